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

/** Fills `{name}` placeholders; unknown names are left as written. */
export function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
