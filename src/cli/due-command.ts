// The `due` command: options → inputs → dated obligations in the window → table, json or ics → exit code.
import { dueFormatter, DUE_FORMATS } from '../due/formats';
import { problemsLine } from '../due/formats/table';
import { dueExitCode, dueReport } from '../due/report';
import { inertText } from '../report/inert';
import { UsageError } from '../errors';
import { VERSION } from '../version';
import { commonSetup, terminalWidth, useColor, validFormat, validGroupBy } from './check-command';
import type { Io } from './check-command';

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
  groupBy?: string;
}

export function validWithin(value: string): number {
  if (/^\d{1,5}$/.test(value)) return Number(value);
  throw new UsageError({
    ja: `--within は 0 以上の日数（整数）にしてください（${value} は使えません）`,
    en: `--within must be a whole number of days, 0 or more (not ${value})`,
  });
}

export function runDue(files: readonly string[], options: DueCommandOptions, io: Io): number {
  const format = validFormat(options.format, DUE_FORMATS);
  const within = validWithin(options.within);
  const groupBy = validGroupBy(options.groupBy);
  const { asOf, configs, lang, inputs } = commonSetup(files, options, io);
  const report = dueReport(
    inputs.map((input, index) => ({ file: input.name, bytes: input.read(), config: configs[index]! })),
    { asOf, within, lang, redact: !!options.redact, version: VERSION },
  );
  // A calendar cannot hold a ledger that could not be checked: it is said here, never made an event.
  if (format === 'ics') for (const file of report.invalid.files) io.writeStderr?.(`dokodemo-check: ${inertText(problemsLine(file, report))}\n`);
  io.writeStdout(dueFormatter(format)!(report, { color: useColor(options, io), width: terminalWidth({}, io), ...(groupBy ? { groupBy } : {}) }));
  return dueExitCode(report, !!options.failOnOverdue);
}
