// The `due` command: options → inputs → dated obligations in the window → table, json or ics → exit code.
import { dueFormatter, DUE_FORMATS } from '../due/formats';
import { problemsLine } from '../due/formats/table';
import { dueExitCode, dueReport } from '../due/report';
import { inertText } from '../report/inert';
import { loadLedger } from '../engine/check-file';
import type { LoadedLedger } from '../engine/check-file';
import { UsageError } from '../errors';
import type { Bilingual } from '../types';
import type { Input } from './inputs';
import { nothingReadable, unreadableCheck } from './unreadable';
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

function loadedOrUnreadable(input: Input): { ledger: LoadedLedger; unreadable: boolean; reason?: Bilingual } {
  try {
    return { ledger: loadLedger(input.read(), input.name), unreadable: false };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { ledger: { ok: false, findings: unreadableCheck(error.text).findings }, unreadable: true, reason: error.text };
  }
}

export function runDue(files: readonly string[], options: DueCommandOptions, io: Io): number {
  const format = validFormat(options.format, DUE_FORMATS);
  const within = validWithin(options.within);
  const groupBy = validGroupBy(options.groupBy);
  const { asOf, configs, lang, inputs } = commonSetup(files, options, io);
  // A file that cannot be read is a problem of its own, as in `check`; only when none can be read, exit 2.
  const loaded = inputs.map((input) => loadedOrUnreadable(input));
  if (loaded.length > 0 && loaded.every((one) => one.unreadable)) throw nothingReadable(loaded.map((one) => one.reason!));
  const report = dueReport(
    inputs.map((input, index) => ({ file: input.name, bytes: new Uint8Array(), loaded: loaded[index]!.ledger, config: configs[index]! })),
    { asOf, within, lang, redact: !!options.redact, version: VERSION },
  );
  // A calendar cannot hold a ledger that could not be checked: it is said here, never made an event.
  if (format === 'ics') for (const file of report.invalid.files) io.writeStderr?.(`dokodemo-check: ${inertText(problemsLine(file, report))}\n`);
  io.writeStdout(dueFormatter(format)!(report, { color: useColor(options, io), width: terminalWidth({}, io), ...(groupBy ? { groupBy } : {}) }));
  return dueExitCode(report, !!options.failOnOverdue);
}
