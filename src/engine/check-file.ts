// One file's bytes → its located findings: decode → parse → schema → rules → exceptions → positions.
import type { Config } from '../config/types';
import type { Ledger } from '../ledger';
import { decodeLedger } from '../load/decode';
import { parseLedger } from '../load/parse';
import type { ParsedLedger, SyntaxProblem } from '../load/parse';
import { getRule } from '../rules';
import { validateLedger } from '../schema/validate';
import type { Finding, LocatedFinding, Position } from '../types';
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
    data: {},
    sources: rule.sources,
  };
}

function offsetPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function locate(findings: SuppressibleFinding[], ledger: ParsedLedger): LocatedFinding[] {
  return findings.map((finding) => ({
    ...finding,
    position: finding.position ?? ledger.locate(finding.path, finding.pointsAtKey),
  }));
}

export function compareFindings(a: LocatedFinding, b: LocatedFinding): number {
  return a.position.line - b.position.line || a.position.column - b.position.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function findingsOf(bytes: Uint8Array, options: CheckOptions): LocatedFinding[] {
  const decoded = decodeLedger(bytes);
  if (!decoded.ok) {
    return [syntaxFinding({ position: offsetPosition(decoded.text, decoded.offset), message: decoded.message })];
  }
  const parsed = parseLedger(decoded.text);
  if (!parsed.ok) return parsed.problems.map(syntaxFinding);

  const { ledger } = parsed;
  const schemaFindings: Finding[] = validateLedger(ledger.value);
  if (schemaFindings.length > 0) return locate(schemaFindings, ledger);

  const value = ledger.value as Ledger;
  const ruleFindings = runRules(value, options.asOf, options.config);
  return locate(applyExceptions(ruleFindings, value, options.asOf, options.config), ledger);
}

export function checkBytes(bytes: Uint8Array, options: CheckOptions): LocatedFinding[] {
  return findingsOf(bytes, options).sort(compareFindings);
}
