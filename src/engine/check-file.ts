// One file's bytes → its located findings: decode → parse → schema → rules → exceptions → positions.
import type { Config } from '../config/types';
import type { Ledger } from '../ledger';
import { showValuesAsWritten } from '../load/as-written';
import { decodeLedger } from '../load/decode';
import { parseLedger } from '../load/parse';
import { isWorkbook } from '../load/workbook/kind';
import type { ParsedLedger, SyntaxProblem } from '../load/parse';
import { getRule } from '../rules';
import { validateLedger } from '../schema/validate';
import type { Finding, LocatedFinding, Position } from '../types';
import { capFindings } from './cap';
import { applyExceptions } from './exceptions';
import type { SuppressibleFinding } from './exceptions';
import { runRules } from './run-rules';

export interface CheckOptions {
  asOf: string;
  config: Config;
}

function syntaxFinding(problem: SyntaxProblem): LocatedFinding {
  const rule = getRule('yaml-syntax')!;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    path: [],
    position: problem.position,
    message: problem.message,
    data: problem.data ?? {},
    sources: rule.sources,
  };
}

function offsetPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Places each finding, in place: they are fresh from the schema or the rules, and a first check of an
 * old ledger has tens of thousands (a copy of each cost more than placing it). */
function locate(findings: SuppressibleFinding[], ledger: ParsedLedger): LocatedFinding[] {
  for (const finding of findings) {
    finding.position ??= finding.missingKey !== undefined && ledger.locateMissing ? ledger.locateMissing(finding.path, finding.missingKey) : ledger.locate(finding.path, finding.pointsAtKey);
  }
  return findings as LocatedFinding[];
}

/** Position order: sheet (a workbook's sheets in their order), then line or row, then column, then rule. */
export function compareFindings(a: LocatedFinding, b: LocatedFinding): number {
  return (a.position.cell?.sheetIndex ?? 0) - (b.position.cell?.sheetIndex ?? 0) || a.position.line - b.position.line || a.position.column - b.position.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export interface FileCheck {
  findings: LocatedFinding[];
  /** The ledger, when it parsed and matched the schema (reports list its users and devices). */
  ledger?: Ledger;
}

export type LoadedLedger =
  | { ok: true; ledger: Ledger; parsed: ParsedLedger }
  | { ok: false; findings: LocatedFinding[] };

/** A workbook's reader (and exceljs with it) is loaded only when a workbook is read. */
const workbooks = () => require('../load/workbook/read-sync') as typeof import('../load/workbook/read-sync');

/** Bytes → a ledger that matched the schema, or the yaml-syntax / schema findings that stop the rules.
 * `name` (the file's) chooses the reader: a workbook by its extension or its bytes, else YAML. */
export function loadLedger(bytes: Uint8Array, name = ''): LoadedLedger {
  if (isWorkbook(name, bytes)) return validated(workbooks().readWorkbookSync(bytes, name), workbooks().withWorkbookHint);
  const decoded = decodeLedger(bytes);
  if (!decoded.ok) {
    const position = offsetPosition(decoded.text, decoded.offset);
    return { ok: false, findings: [syntaxFinding({ position, message: decoded.message })] };
  }
  const parsed = parseLedger(decoded.text);
  if (!parsed.ok) return { ok: false, findings: capFindings(parsed.problems.map(syntaxFinding)) as LocatedFinding[] };
  return validated(parsed.ledger, undefined, (findings) => showValuesAsWritten(findings, parsed.ledger.value, decoded.text));
}

/** A workbook read elsewhere (the offline page reads it asynchronously) → as loadLedger loads one;
 * `hint` is load/workbook/messages.ts's withWorkbookHint (not imported here: YAML start-up). */
export function loadWorkbookLedger(parsed: ParsedLedger, hint: (finding: Finding) => Finding): LoadedLedger {
  return validated(parsed, hint);
}

/** Schema findings (after `adjust`, and `present` once located), or the ledger that matched the schema. */
function validated(
  parsed: ParsedLedger,
  adjust: (finding: Finding) => Finding = (finding) => finding,
  present: (findings: LocatedFinding[]) => LocatedFinding[] = (findings) => findings,
): LoadedLedger {
  const problems = parsed.problems ?? [];
  const schemaFindings: Finding[] = [...problems, ...validateLedger(parsed.value).map(adjust)];
  // A reading problem that is only a warning (a workbook's very hidden sheet) does not stop the rules.
  if (schemaFindings.some((finding) => finding.severity === 'error')) return { ok: false, findings: present(locate(schemaFindings, parsed)) };
  return { ok: true, ledger: parsed.value as Ledger, parsed };
}

function checkUnsorted(loaded: LoadedLedger, options: CheckOptions): FileCheck {
  if (!loaded.ok) return { findings: loaded.findings };
  const { ledger, parsed } = loaded;
  const ruleFindings = runRules(ledger, options.asOf, options.config);
  const readingWarnings = (parsed.problems ?? []) as LocatedFinding[]; // located where they were read
  return { findings: [...readingWarnings, ...locate(capFindings(applyExceptions(ruleFindings, ledger, options.asOf, options.config)), parsed)], ledger };
}

/** A loaded ledger's findings in file order (the offline page loads once for findings and due list). */
export function checkLoaded(loaded: LoadedLedger, options: CheckOptions): FileCheck {
  const result = checkUnsorted(loaded, options);
  result.findings.sort(compareFindings);
  return result;
}

/** `name` (the file's) chooses the reader, as for loadLedger. */
export function checkBytes(bytes: Uint8Array, options: CheckOptions, name = ''): FileCheck {
  return checkLoaded(loadLedger(bytes, name), options);
}
