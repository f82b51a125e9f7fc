import type { Lang } from '../types';

/** --lang wins, then the configuration's lang, then LC_ALL, LC_MESSAGES, LANG (ja* → ja), else en. */
export function detectLang(env: NodeJS.ProcessEnv, explicit?: Lang, configured?: Lang): Lang {
  if (explicit) return explicit;
  if (configured) return configured;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Language for messages before the configuration is read (option errors). */
export function earlyLang(options: { lang?: string }, env: NodeJS.ProcessEnv): Lang {
  const explicit = options.lang === 'ja' || options.lang === 'en' ? options.lang : undefined;
  return detectLang(env, explicit);
}

// Templates split once at their placeholders (text, name, text, …): a report fills the same few
// messages tens of thousands of times. Bounded, in case a caller builds templates from data.
const splitTemplates = new Map<string, string[]>();
const MAX_SPLIT_TEMPLATES = 2000;

function splitTemplate(template: string): string[] {
  let parts = splitTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (splitTemplates.size < MAX_SPLIT_TEMPLATES) splitTemplates.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; unknown names are left as written. */
export function fill(template: string, data: Record<string, string | number>): string {
  const parts = splitTemplate(template);
  let filled = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    filled += (name in data ? String(data[name]) : `{${name}}`) + parts[index + 1]!;
  }
  return filled;
}
