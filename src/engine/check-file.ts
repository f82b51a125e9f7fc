// One file's bytes → its located findings: decode → parse → schema → rules → exceptions → positions.
import type { Config } from '../config/types';
import type { KeptDevice, KeptLedger, KeptUser, Ledger, User } from '../ledger';
import { showValuesAsWritten } from '../load/as-written';
import { decodeLedger } from '../load/decode';
import { parseLedger } from '../load/parse';
import { isWorkbook } from '../workbook/kind';
import type { ParsedLedger, SyntaxProblem } from '../load/parse';
import { getRule } from '../rules';
import { validateLedger } from '../schema/validate';
import type { Finding, LocatedEntry, LocatedFinding, Position } from '../types';
import { capFindings } from '../finding-cap';
import { applyExceptions } from './exceptions';
import type { SuppressibleFinding } from './exceptions';
import { placesOf } from './places';
import type { Places } from './places';
import { runRules } from './run-rules';
import { withEntryTarget, withoutBrokenEntries } from './one-pass';
import type { WithoutBroken } from './one-pass';

export interface CheckOptions {
  asOf: string;
  config: Config;
  /** Keep where the checks across ledgers point (FileCheck.places): only a run that makes them needs it. */
  places?: boolean;
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
    // Only a workbook has a place for what is missing (an empty cell): YAML points at what is there.
    if (finding.position) continue;
    if (ledger.locateMissing && finding.missingKey !== undefined) finding.position = ledger.locateMissing(finding.path, finding.missingKey);
    else if (ledger.locateMissing && finding.cellPath) finding.position = ledger.locate(finding.cellPath);
    else finding.position = ledger.locate(finding.path, finding.pointsAtKey);
  }
  return findings as LocatedFinding[];
}

/** Position order: sheet (a workbook's sheets in their order), then line or row, then column, then rule. */
export function compareFindings(a: LocatedFinding, b: LocatedFinding): number {
  return (a.position.cell?.sheetIndex ?? 0) - (b.position.cell?.sheetIndex ?? 0) || a.position.line - b.position.line || a.position.column - b.position.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export interface FileCheck {
  findings: LocatedFinding[];
  /** The ledger, when it parsed and matched the schema (reports list its users and devices); without the left-out entries. */
  ledger?: Ledger;
  /** Entries left out of the content checks until their format is fixed (one pass), located. */
  leftOut?: LocatedEntry[];
  /** Where the checks across ledgers (engine/cross-check.ts, on the main thread) point, when the ledger loaded. */
  places?: Places;
}

/** Entries with format errors, left out of a ledger whose other entries are checked. */
export interface LeftOut {
  entries: LocatedEntry[];
  toOriginal: WithoutBroken['toOriginal'];
  speaksOfLeftOut: WithoutBroken['speaksOfLeftOut'];
}

export type LoadedLedger =
  | {
      ok: true;
      /** What the rules check: the ledger as written, or without the entries that have format errors. */
      ledger: Ledger;
      parsed: ParsedLedger;
      /** Format findings that did not stop the rules (in entries left out), and reading warnings; located. */
      readFindings: LocatedFinding[];
      leftOut?: LeftOut;
    }
  | { ok: false; findings: LocatedFinding[] };

/** A workbook's reader (and exceljs with it) is loaded only when a workbook is read. */
const workbooks = () => require('../workbook/read-sync') as typeof import('../workbook/read-sync');

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
 * `hint` is workbook/messages.ts's withWorkbookHint (not imported here: YAML start-up). */
export function loadWorkbookLedger(parsed: ParsedLedger, hint: (finding: Finding) => Finding): LoadedLedger {
  return validated(parsed, hint);
}

const isError = (finding: Finding) => finding.severity === 'error';

/**
 * Schema findings (after `adjust`, and `present` once located), each naming the entry it is in. Errors
 * only inside entries leave those entries out and the rest is checked (one pass); an error elsewhere
 * (the facility's items, a sheet or key the reader could not take) stops the rules.
 */
function validated(
  parsed: ParsedLedger,
  adjust: (finding: Finding) => Finding = (finding) => finding,
  present: (findings: LocatedFinding[]) => LocatedFinding[] = (findings) => findings,
): LoadedLedger {
  const problems = parsed.problems ?? [];
  const findings = [...problems, ...validateLedger(parsed.value).map(adjust)].map((finding) => withEntryTarget(finding, parsed.value));
  const errors = findings.filter(isError);
  const readFindings = () => {
    const located = present(locate(findings, parsed));
    return parsed.condense ? parsed.condense(located) : located;
  };
  if (errors.length === 0) return { ok: true, ledger: parsed.value as Ledger, parsed, readFindings: readFindings() };
  const partial = problems.some(isError) ? undefined : withoutBrokenEntries(parsed.value, errors);
  if (!partial || validateLedger(partial.value).some(isError)) return { ok: false, findings: readFindings() };
  const entries = partial.leftOut.map((entry) => ({ ...entry, position: parsed.locate(entry.path) }));
  return { ok: true, ledger: partial.value as Ledger, parsed, readFindings: readFindings(), leftOut: { entries, toOriginal: partial.toOriginal, speaksOfLeftOut: partial.speaksOfLeftOut } };
}

function checkUnsorted(loaded: LoadedLedger, options: CheckOptions): FileCheck {
  if (!loaded.ok) return { findings: loaded.findings };
  const { ledger, parsed, leftOut } = loaded;
  let ruleFindings = capFindings(applyExceptions(runRules(ledger, options.asOf, options.config), ledger, options.asOf, options.config));
  if (leftOut) {
    ruleFindings = ruleFindings.filter((finding) => !leftOut.speaksOfLeftOut(finding));
    for (const finding of ruleFindings) {
      finding.path = leftOut.toOriginal(finding.path);
      if (finding.cellPath) finding.cellPath = leftOut.toOriginal(finding.cellPath);
    }
  }
  const findings = [...loaded.readFindings, ...locate(ruleFindings, parsed)];
  const result: FileCheck = { findings, ledger, ...(leftOut ? { leftOut: leftOut.entries } : {}) };
  if (options.places) result.places = placesOf(ledger, (path) => parsed.locate(path), leftOut?.toOriginal);
  return result;
}

/** A loaded ledger's findings in file order (the offline page loads once for findings and due list). */
export function checkLoaded(loaded: LoadedLedger, options: CheckOptions): FileCheck {
  const result = checkUnsorted(loaded, options);
  result.findings.sort(compareFindings);
  return result;
}

/** A check as a run of many files keeps it until its report: the ledger without what only the rules read
 * (KeptLedger). 2,000 ledgers of 50 staff: 280 MB kept, 150 MB without the devices' settings; the users'
 * dates and lists left out too, the main thread of 500 spends a quarter less on collecting garbage. */
export type KeptCheck = Omit<FileCheck, 'ledger'> & { ledger?: KeptLedger; overdue?: number };

function keptUser({ name, mcs_id, job_type, account_status, start_date, end_date }: User): KeptUser {
  // Written out, not spread: an optional end date left out stays out.
  const kept: KeptUser = { name, mcs_id, job_type, account_status, start_date };
  if (end_date !== undefined) kept.end_date = end_date;
  return kept;
}

/** What a run keeps of a check (its overdue count, when it has one, kept as well). */
export function keptCheck(check: FileCheck & { overdue?: number }): KeptCheck {
  if (!check.ledger) return check;
  const devices = check.ledger.devices.map(({ locations: _locations, networks: _networks, security: _security, ...kept }): KeptDevice => kept);
  return { ...check, ledger: { ...check.ledger, devices, users: check.ledger.users.map(keptUser) } };
}

/** `name` (the file's) chooses the reader, as for loadLedger. */
export function checkBytes(bytes: Uint8Array, options: CheckOptions, name = ''): FileCheck {
  return checkLoaded(loadLedger(bytes, name), options);
}
