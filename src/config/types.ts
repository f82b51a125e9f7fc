import type { Lang, SeverityOrOff } from '../types';
import type { RuleOptions } from '../rules/rule';

export interface RuleSetting {
  severity?: SeverityOrOff;
  options: RuleOptions;
}

/** A configuration file after validation. Rules it does not name keep their defaults. */
export interface Config {
  lang?: Lang;
  rules: Record<string, RuleSetting>;
  /** Where the configuration came from, for messages; undefined for the built-in defaults. */
  file?: string;
}

export const DEFAULT_CONFIG: Config = { rules: {} };
