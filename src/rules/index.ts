// The rule registry: every rule module, in catalogue order. Adding a rule = one module + one line here.
import type { Rule } from './rule';
import yamlSyntax from './yaml-syntax';
import schema from './schema';
import antivirus from './antivirus';
import mcsPasswordAge from './mcs-password-age';
import mcsPasswordExpiring from './mcs-password-expiring';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  mcsPasswordAge,
  mcsPasswordExpiring,
  antivirus,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Rules whose findings cannot be suppressed by an exception. */
export const UNEXCEPTABLE_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'schema']);
