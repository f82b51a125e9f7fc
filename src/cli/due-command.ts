// The `due` command: options → inputs → dated obligations in the window → table, json or ics → exit code.
import { resolveConfig } from '../config/load';
import { dueFormatter, DUE_FORMATS } from '../due/formats';
import { dueExitCode, dueReport } from '../due/report';
import { UsageError } from '../errors';
import { detectLang } from '../i18n/lang';
import { VERSION } from '../version';
import { useColor, validAsOf, validLang } from './check-command';
import type { Io } from './check-command';
import { resolveInputs } from './inputs';

export interface DueCommandOptions {
  format: string;
  asOf?: string;
  within: string;
  config?: string;
  lang?: string;
  redact?: boolean;
  color: boolean;
  stdinFilename?: string;
  failOnOverdue?: boolean;
}

export const DEFAULT_WITHIN_DAYS = 30;

export function validWithin(value: string): number {
  if (/^\d{1,5}$/.test(value)) return Number(value);
  throw new UsageError({
    ja: `--within は 0 以上の日数（整数）にしてください（${value} は使えません）`,
    en: `--within must be a whole number of days, 0 or more (not ${value})`,
  });
}

function validDueFormat(value: string): string {
  if (DUE_FORMATS.includes(value)) return value;
  const list = DUE_FORMATS.join(', ');
  throw new UsageError({ ja: `--format は ${list} のいずれかにしてください（${value} は使えません）`, en: `--format must be one of ${list} (not ${value})` });
}

export function runDue(files: readonly string[], options: DueCommandOptions, io: Io): number {
  const format = validDueFormat(options.format);
  const within = validWithin(options.within);
  const asOf = validAsOf(options.asOf);
  const explicitLang = validLang(options.lang);
  const config = resolveConfig(options.config, io.cwd);
  const lang = detectLang(io.env, explicitLang, config.lang);

  const inputs = resolveInputs(files, options.stdinFilename ?? '<stdin>', io.readStdin);
  const report = dueReport(
    inputs.map((input) => ({ file: input.name, bytes: input.read() })),
    { asOf, within, config, lang, redact: !!options.redact, version: VERSION },
  );
  io.writeStdout(dueFormatter(format)!(report, { color: useColor(options, io) }));
  return dueExitCode(report, !!options.failOnOverdue);
}
