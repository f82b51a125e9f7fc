import type { Lang } from '../types';

/** --lang wins, then the configuration's lang, then LC_ALL, LC_MESSAGES, LANG (ja* → ja), else en. */
export function detectLang(env: NodeJS.ProcessEnv, explicit?: Lang, configured?: Lang): Lang {
  if (explicit) return explicit;
  if (configured) return configured;
  // Stryker disable next-line StringLiteral: no locale is not Japanese, and neither is the mutant's text
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Language for messages before the configuration is read (option errors). */
export function earlyLang(options: { lang?: string }, env: NodeJS.ProcessEnv): Lang {
  const explicit = options.lang === 'ja' || options.lang === 'en' ? options.lang : undefined;
  return detectLang(env, explicit);
}

/**
 * How a message names the ledger's keys and values. A template says `{@scope:path}` for a key,
 * `{@scope:path=value}` for a value of it (`{@devices:security.os_up_to_date=true}`) and
 * `{@scope:path:=value}` for the key given that value (`security.mfa: true`); `scope` is where the path
 * starts: a list of entries (devices, users, incidents, exceptions, facility.mcs_admins), `facility`,
 * or nothing for the ledger's root. `{@scope:path|text}` is a key a YAML ledger's message spells its
 * own way (`locations の detail`). `{name}` placeholders inside are filled from the data. A YAML
 * ledger's words are its own spelling; a workbook's are the labels of its columns and dropdowns
 * (workbook/words.ts).
 */
export interface Words {
  key(scope: string, path: string, written?: string): string;
  value(scope: string, path: string, value: string): string;
  /** The key given a value: `security.mfa: true`, 「二要素認証の利用の有無」に「はい」. */
  entry(scope: string, path: string, value: string): string;
}

export const YAML_WORDS: Words = {
  key: (_scope, path, written) => written ?? path,
  value: (_scope, _path, value) => value,
  entry: (_scope, path, value) => `${path}: ${value}`,
};

type Part = string | { name: string } | { markup: string };

// Templates split once at their placeholders (text, name or markup, text, …): a report fills the same
// few messages tens of thousands of times. Bounded, in case a caller builds templates from data.
const splitTemplates = new Map<string, Part[]>();
const MAX_SPLIT_TEMPLATES = 2000;
const PLACEHOLDER = /\{@((?:[^{}]|\{\w+\})*)\}|\{(\w+)\}/g;

function splitTemplate(template: string): Part[] {
  let parts = splitTemplates.get(template);
  // Stryker disable next-line ConditionalExpression: a template split again gives the same parts (the map only saves time)
  if (!parts) {
    parts = [];
    let at = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(at, match.index), match[1] !== undefined ? { markup: match[1] } : { name: match[2]! });
      at = match.index + match[0].length;
    }
    parts.push(template.slice(at));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: how many splits are kept bounds memory, not what a fill gives
    if (splitTemplates.size < MAX_SPLIT_TEMPLATES) splitTemplates.set(template, parts);
  }
  return parts;
}

const filledIn = (text: string, data: Record<string, string | number>) =>
  // Stryker disable next-line StringLiteral: a pre-check; the pattern finds no placeholder in text without {
  text.includes('{') ? text.replace(/\{(\w+)\}/g, (written, name: string) => (name in data ? String(data[name]) : written)) : text;

/** `scope:path`, `scope:path=value`, `scope:path:=value` or `scope:path|text` (placeholders filled) in the given words. */
function spoken(markup: string, data: Record<string, string | number>, words: Words): string {
  const inner = filledIn(markup, data);
  const colon = inner.indexOf(':');
  const scope = colon === -1 ? '' : inner.slice(0, colon);
  const rest = inner.slice(colon + 1);
  const bar = rest.indexOf('|');
  if (bar !== -1) return words.key(scope, rest.slice(0, bar), rest.slice(bar + 1));
  const entry = rest.indexOf(':=');
  if (entry !== -1) return words.entry(scope, rest.slice(0, entry), rest.slice(entry + 2));
  const equals = rest.indexOf('=');
  return equals === -1 ? words.key(scope, rest) : words.value(scope, rest.slice(0, equals), rest.slice(equals + 1));
}

/** Past U+00FF; '' (charAt beyond either end) is not. */
const wide = (character: string) => character > '\u00ff';

/**
 * Fills `{name}` placeholders (unknown names are left as written) and speaks `{@…}` keys and values in
 * `words` (a YAML ledger's by default). A space the template puts between Japanese text and a key is
 * dropped when the key is spoken in brackets (「OS・ブラウザ…」を, not 「…」 を); English keeps its spaces.
 */
export function fill(template: string, data: Record<string, string | number>, words: Words = YAML_WORDS): string {
  const parts = splitTemplate(template);
  let filled = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const part = parts[index] as Exclude<Part, string>;
    let text = parts[index + 1] as string;
    if ('name' in part) {
      filled += (part.name in data ? String(data[part.name]) : `{${part.name}}`) + text;
      continue;
    }
    const said = spoken(part.markup, data, words);
    if (wide(said.charAt(0)) && filled.endsWith(' ') && wide(filled.charAt(filled.length - 2))) filled = filled.slice(0, -1);
    if (wide(said.charAt(said.length - 1)) && text.startsWith(' ') && wide(text.charAt(1))) text = text.slice(1);
    filled += said + text;
  }
  return filled;
}
