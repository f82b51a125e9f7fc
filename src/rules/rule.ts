// What a rule is: data (id, severity, options, sources, messages) plus one check function.
import type { Ledger } from '../ledger';
import type { Bilingual, MessageData, NodePath, Severity, Target } from '../types';

export interface OptionSpec {
  type: 'integer';
  default: number;
  minimum: number;
  /** Every option has a ceiling: `months: 100000` or `1e308` would put due dates past the year 9999. */
  maximum: number;
  description: Bilingual;
}

export type RuleOptions = Record<string, number>;

export interface Report {
  path: NodePath;
  target?: Target;
  /** Key into the rule's `messages`; defaults to `default`. */
  messageId?: string;
  /** The unrecorded key's own path, where a workbook has its empty cell (Finding.cellPath). */
  cellPath?: NodePath;
  data?: MessageData;
}

export interface RuleContext {
  ledger: Ledger;
  /** The day the check is made for, YYYY-MM-DD. */
  asOf: string;
  /** This rule's options, defaults merged with the configuration. */
  options: RuleOptions;
  /** Another rule's options (mcs-password-expiring reads mcs-password-age's `months`). */
  optionsOf(ruleId: string): RuleOptions;
  /** Another rule turned off by the configuration (lock-password-symbols then speaks of a weak lock itself). */
  isOff(ruleId: string): boolean;
  report(report: Report): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Which part of the ledger the rule looks at; groups the catalogue. */
  category: 'structure' | 'facility' | 'users' | 'devices' | 'incidents' | 'exceptions' | 'cross';
  options: Record<string, OptionSpec>;
  sources: readonly string[];
  /** One line: what the rule checks. */
  description: Bilingual;
  /** What to do about a finding. */
  help: Bilingual;
  /** Message templates with `{name}` placeholders; `default` is required. */
  messages: { default: Bilingual } & Record<string, Bilingual>;
  /** Runs only on a document that passed the schema. Rules with no check (yaml-syntax, schema) are produced elsewhere. */
  check?(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
