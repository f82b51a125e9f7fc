// Validates a parsed configuration file against the rule registry (the same data that generates
// schemas/config.schema.json), naming the offending key in every message.
import { RULES, UNEXCEPTABLE_RULES, getRule } from '../rules';
import type { Rule } from '../rules/rule';
import type { Bilingual, Lang, SeverityOrOff } from '../types';
import type { Config, RuleSetting } from './types';

export const SEVERITY_SETTINGS: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** Rules whose severity and options a configuration may set. */
export function configurableRules(): Rule[] {
  return RULES.filter((rule) => !UNEXCEPTABLE_RULES.has(rule.id));
}

type Problem = Bilingual;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function severityProblem(key: string, value: unknown): Problem | undefined {
  if ((SEVERITY_SETTINGS as readonly unknown[]).includes(value)) return undefined;
  return {
    ja: `${key} は off, info, warning, error のいずれかにしてください（${show(value)} は使えません）`,
    en: `${key} must be one of off, info, warning, error (not ${show(value)})`,
  };
}

function optionProblem(rule: Rule, name: string, value: unknown): Problem | undefined {
  const key = `rules.${rule.id}.${name}`;
  // Own options only: `constructor` or `toString` must not find Object's members.
  const spec = Object.hasOwn(rule.options, name) ? rule.options[name] : undefined;
  if (!spec) {
    const known = Object.keys(rule.options);
    const allowed = ['severity', ...known].join(', ');
    return { ja: `${key}: 不明なオプションです（使えるもの: ${allowed}）`, en: `${key}: unknown option (allowed: ${allowed})` };
  }
  // Number.isInteger is false for anything but a whole number.
  const whole = Number.isInteger(value) ? (value as number) : undefined;
  if (whole === undefined || whole < spec.minimum) {
    return {
      ja: `${key} は ${spec.minimum} 以上の整数にしてください（${show(value)} は使えません）`,
      en: `${key} must be a whole number of at least ${spec.minimum} (not ${show(value)})`,
    };
  }
  if (whole > spec.maximum) {
    return {
      ja: `${key} は ${spec.maximum} 以下の整数にしてください（${show(value)} は使えません）`,
      en: `${key} must be a whole number of at most ${spec.maximum} (not ${show(value)})`,
    };
  }
  return undefined;
}

function ruleSetting(rule: Rule, value: unknown, problems: Problem[]): RuleSetting {
  const key = `rules.${rule.id}`;
  if (!isPlainObject(value)) {
    const problem = severityProblem(key, value);
    if (problem) problems.push(problem);
    return { severity: value as SeverityOrOff, options: {} };
  }
  const setting: RuleSetting = { options: {} };
  for (const [name, option] of Object.entries(value)) {
    if (name === 'severity') {
      const problem = severityProblem(`${key}.severity`, option);
      if (problem) problems.push(problem);
      setting.severity = option as SeverityOrOff;
      continue;
    }
    const problem = optionProblem(rule, name, option);
    if (problem) problems.push(problem);
    else setting.options[name] = option as number;
  }
  return setting;
}

function unknownRule(id: string): Problem {
  if (UNEXCEPTABLE_RULES.has(id)) {
    return { ja: `rules.${id}: このルールは設定で変更できません`, en: `rules.${id}: this rule cannot be configured` };
  }
  return {
    ja: `rules.${id}: 不明なルール ID です（dokodemo-check rules で一覧を表示できます）`,
    en: `rules.${id}: unknown rule id (dokodemo-check rules lists them)`,
  };
}

function rulesSection(value: unknown, problems: Problem[]): Config['rules'] {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) {
    problems.push({ ja: 'rules はルール ID をキーとする対応表にしてください', en: 'rules must be a mapping from rule ids to settings' });
    return {};
  }
  const rules: Config['rules'] = {};
  for (const [id, setting] of Object.entries(value)) {
    const rule = getRule(id);
    if (!rule || UNEXCEPTABLE_RULES.has(id)) problems.push(unknownRule(id));
    else rules[id] = ruleSetting(rule, setting, problems);
  }
  return rules;
}

/** Returns the configuration, or the problems found in it (all of them). */
export function validateConfig(value: unknown): { config: Config; problems: Problem[] } {
  const problems: Problem[] = [];
  if (value === null || value === undefined) return { config: { rules: {} }, problems };
  if (!isPlainObject(value)) {
    problems.push({ ja: '設定ファイルは lang と rules を持つ対応表にしてください', en: 'the configuration must be a mapping with lang and rules' });
    return { config: { rules: {} }, problems };
  }
  const config: Config = { rules: rulesSection(value.rules, problems) };
  if (value.lang !== undefined) {
    if ((LANGS as readonly unknown[]).includes(value.lang)) config.lang = value.lang as Lang;
    else problems.push({ ja: `lang は ja か en にしてください（${show(value.lang)} は使えません）`, en: `lang must be ja or en (not ${show(value.lang)})` });
  }
  for (const key of Object.keys(value)) {
    if (key !== 'lang' && key !== 'rules') problems.push({ ja: `${key}: 不明なキーです（使えるもの: lang, rules）`, en: `${key}: unknown key (allowed: lang, rules)` });
  }
  return { config, problems };
}
