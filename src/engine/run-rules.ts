// Runs every enabled rule on a ledger that passed the schema.
import type { Config } from '../config/types';
import type { Ledger } from '../ledger';
import { RULES, getRule } from '../rules';
import { forgetLedgerLists } from '../rules/helpers';
import type { Report, Rule, RuleOptions } from '../rules/rule';
import type { Finding, Severity } from '../types';

export function optionsOf(rule: Rule, config: Config): RuleOptions {
  const defaults = Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, spec.default]));
  return { ...defaults, ...config.rules[rule.id]?.options };
}

export function severityOf(rule: Rule, config: Config): Severity | 'off' {
  return config.rules[rule.id]?.severity ?? rule.severity;
}

function toFinding(rule: Rule, severity: Severity, report: Report): Finding {
  const message = rule.messages[report.messageId ?? 'default'] ?? rule.messages.default;
  return {
    ruleId: rule.id,
    severity,
    path: report.path,
    target: report.target,
    ...(report.cellPath ? { cellPath: report.cellPath } : {}),
    message,
    data: report.data ?? {},
    sources: rule.sources,
  };
}

function knownRule(id: string): Rule {
  const rule = getRule(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

export function runRules(ledger: Ledger, asOf: string, config: Config): Finding[] {
  const findings: Finding[] = [];
  forgetLedgerLists();
  for (const rule of RULES) {
    const severity = severityOf(rule, config);
    if (!rule.check || severity === 'off') continue;
    rule.check({
      ledger,
      asOf,
      options: optionsOf(rule, config),
      optionsOf: (id) => optionsOf(knownRule(id), config),
      isOff: (id) => severityOf(knownRule(id), config) === 'off',
      report: (report) => findings.push(toFinding(rule, severity, report)),
    });
  }
  return findings;
}
