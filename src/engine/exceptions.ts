// Applies the ledger's exceptions: an exception in force suppresses the matching findings, which stay
// in the report marked as suppressed; an exception in force that suppresses nothing is itself reported.
import type { Config } from '../config/types';
import type { Ledger, LedgerException } from '../ledger';
import { UNEXCEPTABLE_RULES, getRule } from '../rules';
import { isDepartedUserId, sameMcsId } from '../rules/helpers';
import type { Finding, Suppression, Target } from '../types';
import { severityOf } from './run-rules';

export type SuppressibleFinding = Finding & { suppression?: Suppression };

export function isInForce(exception: LedgerException, asOf: string): boolean {
  return exception.approved_on <= asOf && asOf <= exception.expires;
}

function matches(exception: LedgerException, finding: Finding, target: Target): boolean {
  if (exception.rule !== finding.ruleId) return false;
  return target.kind === 'user' ? sameMcsId(exception.target, target.id) : exception.target === target.id;
}

function suppressionOf(exception: LedgerException): Suppression {
  return { reason: exception.reason, approvedBy: exception.approved_by, expires: exception.expires };
}

function unusedFinding(exception: LedgerException, index: number, config: Config): Finding | undefined {
  const rule = getRule('exception-unused')!;
  const severity = severityOf(rule, config);
  if (severity === 'off') return undefined;
  const targetKey = exception.target.includes('@') ? 'mcsId' : 'device';
  return {
    ruleId: rule.id,
    severity,
    path: ['exceptions', index],
    message: rule.messages.default,
    data: { device: '', mcsId: '', [targetKey]: exception.target, rule: exception.rule, expires: exception.expires },
    sources: rule.sources,
  };
}

export function applyExceptions(findings: Finding[], ledger: Ledger, asOf: string, config: Config): SuppressibleFinding[] {
  const inForce = (ledger.exceptions ?? [])
    .map((exception, index) => ({ exception, index, used: false }))
    .filter(({ exception }) => isInForce(exception, asOf));

  const result: SuppressibleFinding[] = findings.map((finding) => {
    const { target } = finding;
    if (!target || UNEXCEPTABLE_RULES.has(finding.ruleId)) return finding;
    const entry = inForce.find(({ exception }) => matches(exception, finding, target));
    if (!entry) return finding;
    entry.used = true;
    return { ...finding, suppression: suppressionOf(entry.exception) };
  });

  // An exception naming someone who has left covers rules that are silent for them: not "unused".
  for (const { exception, index, used } of inForce) {
    const unused = used || isDepartedUserId(ledger, exception.target, asOf) ? undefined : unusedFinding(exception, index, config);
    if (unused) result.push(unused);
  }
  return result;
}
