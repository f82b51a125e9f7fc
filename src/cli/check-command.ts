// The `check` command: options → inputs → findings → report → exit code.
import { basename } from 'node:path';
import { configLookup } from '../config/lookup';
import type { Config } from '../config/types';
import { isDay, today } from '../dates';
import { checkBytes } from '../engine/check-file';
import type { KeptCheck } from '../engine/check-file';
import { checkAcrossLedgers } from '../engine/cross-check';
import { UsageError } from '../errors';
import { detectLang } from '../i18n/lang';
import { GROUPED_FORMATS, groupResultByTarget } from '../report/group';
import { exitCodeOf, presentReport } from '../report/model';
import type { FailOn, PresentOptions, ReportModel } from '../report/model';
import { FORMATS, loadReporter, MARKED_COPY_FORMAT } from '../reporters';
import type { Bilingual, CheckResult, Lang } from '../types';
import { VERSION } from '../version';
import { readLedgerFile, resolveInputs } from './inputs';
import type { Input } from './inputs';
import { COLLECT_AFTER_BYTES, collectGarbage } from './memory';
import { checkFilesInParallel, keptResult, threadsFor } from './parallel-check';
import { guardFolder, namesFolder, writeReportFolder } from './report-folder';
import { guardOutput, writeReport } from './report-file';
import { spreadsheetCheck, spreadsheetFailure, spreadsheetReported, wasSpreadsheet } from './spreadsheets';
import { checkOrUnreadable, nothingReadable, wasUnreadable } from './unreadable';

export interface CheckCommandOptions {
  format: string;
  output?: string;
  asOf?: string;
  failOn: string;
  config?: string;
  lang?: string;
  quiet?: boolean;
  redact?: boolean;
  color: boolean;
  stdinFilename?: string;
  groupBy?: string;
  skipNonLedgers?: boolean;
  /** --no-cross: no checks across ledgers (commander's `cross`, true unless turned off). */
  cross?: boolean;
  baseline?: string;
  baselineGit?: string;
  failOnNew?: boolean;
}

export interface Io {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdoutIsTty: boolean;
  /** The terminal's width in columns, when standard output is a terminal that says. */
  columns?: number;
  /** Standard input, at most `limit` bytes of it. */
  readStdin(limit: number): Buffer;
  writeStdout(text: string): void;
  /** Warnings that do not stop the run (an ignored configuration file). */
  writeStderr?(text: string): void;
}

const FAIL_ON_VALUES: readonly string[] = ['error', 'warning', 'info', 'none'];

export function validAsOf(value: string | undefined): string {
  if (value === undefined) return today();
  if (!isDay(value)) {
    throw new UsageError({
      ja: `--as-of は実在する日付を YYYY-MM-DD で指定してください（${value} は使えません）`,
      en: `--as-of must be a real date written YYYY-MM-DD (not ${value})`,
    });
  }
  return value;
}

export function validLang(value: string | undefined): Lang | undefined {
  if (value === undefined || value === 'ja' || value === 'en') return value;
  throw new UsageError({ ja: `--lang は ja か en にしてください（${value} は使えません）`, en: `--lang must be ja or en (not ${value})` });
}

function validFailOn(value: string): FailOn {
  if (FAIL_ON_VALUES.includes(value)) return value as FailOn;
  throw new UsageError({
    ja: `--fail-on は error, warning, info, none のいずれかにしてください（${value} は使えません）`,
    en: `--fail-on must be one of error, warning, info, none (not ${value})`,
  });
}

/** --group-by takes `target` (by person, device and the facility); undefined = one list per file. */
export function validGroupBy(value: string | undefined): 'target' | undefined {
  if (value === undefined || value === 'target') return value;
  throw new UsageError({ ja: `--group-by は target にしてください（${value} は使えません）`, en: `--group-by must be target (not ${value})` });
}

/** --format must name one of `formats`. */
export function validFormat(value: string, formats: readonly string[] = FORMATS): string {
  if (formats.includes(value)) return value;
  const list = formats.join(', ');
  throw new UsageError({ ja: `--format は ${list} のいずれかにしてください（${value} は使えません）`, en: `--format must be one of ${list} (not ${value})` });
}

export interface CommonSetup {
  asOf: string;
  lang: Lang;
  inputs: Input[];
  /** Each input's configuration, in the same order. */
  configs: Config[];
}

export interface SetupOptions {
  asOf?: string;
  lang?: string;
  config?: string;
  stdinFilename?: string;
  skipNonLedgers?: boolean;
}

/** What `check` and `due` share: the as-of day, the inputs, each one's configuration and the language
 * (--lang, else the first configuration in input order that sets one, else the environment). */
export function commonSetup(files: readonly string[], options: SetupOptions, io: Io): CommonSetup {
  const asOf = validAsOf(options.asOf);
  const explicitLang = validLang(options.lang);
  const warnings: Bilingual[] = [];
  const lookup = configLookup({ explicitFile: options.config, cwd: io.cwd, stdinName: options.stdinFilename, warn: (warning) => warnings.push(warning) });
  const inputs = resolveInputs(files, options.stdinFilename ?? '<stdin>', io.readStdin, {
    skipNonLedgers: options.skipNonLedgers,
    stdinNamed: options.stdinFilename !== undefined,
  });
  const configs = inputs.map((input) => lookup.forLedger(input.path));
  const lang = detectLang(io.env, explicitLang, configs.find((config) => config.lang !== undefined)?.lang);
  for (const warning of warnings) io.writeStderr?.(`dokodemo-check: ${warning[lang]}\n`);
  return { asOf, lang, inputs, configs };
}

/** Colour only on a terminal, unless NO_COLOR / FORCE_COLOR / --no-color say otherwise. */
export function useColor(options: { color: boolean; output?: string }, io: Io): boolean {
  if (!options.color || io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return options.output === undefined && io.stdoutIsTty;
}

/** Narrower than this, a terminal is laid out as if it were this wide. */
const MIN_TERMINAL_WIDTH = 20;
const DEFAULT_TERMINAL_WIDTH = 80;

/** The width to lay text out for: a terminal's (COLUMNS, when set, overrides what the terminal says,
 * as for `ls`); none when the output is a pipe or a file, which keep the unwrapped layout. */
export function terminalWidth(options: { output?: string }, io: Io): number | undefined {
  if (options.output !== undefined || !io.stdoutIsTty) return undefined;
  const fromEnv = /^[1-9]\d{0,4}$/.test(io.env.COLUMNS ?? '') ? Number(io.env.COLUMNS) : undefined;
  const columns = fromEnv ?? (io.columns !== undefined && io.columns > 0 ? io.columns : DEFAULT_TERMINAL_WIDTH);
  return Math.max(columns, MIN_TERMINAL_WIDTH);
}

/** Whether this code runs from the build's bundle (workers then load it too) or from its modules. */
const BUNDLED = basename(__filename) === 'bundle.js';

/** Each input's check, in input order: many files on several threads, what the walk already found
 * unreadable (and standard input) on this one. A file that cannot be read is its own finding. */
function checkAll(inputs: readonly Input[], asOf: string, configs: Config[], env: NodeJS.ProcessEnv, cross: boolean): KeptCheck[] {
  const places = cross && inputs.length >= 2; // only the checks across ledgers read them
  const readable = inputs.flatMap((input, index) => (input.path !== undefined && !input.failure ? [index] : []));
  const allFiles = inputs.every((input) => input.path !== undefined);
  const paths = readable.map((index) => inputs[index]!.path!);
  const threads = allFiles ? threadsFor(paths, env) : 1;
  let bytesRead = 0;
  const checkHere = (index: number) => inputs[index]!.spreadsheet !== undefined ? spreadsheetCheck(inputs[index]!.spreadsheet!, configs[index]!) : checkOrUnreadable(() => {
    const bytes = inputs[index]!.read();
    bytesRead += bytes.length;
    return keptResult(checkBytes(bytes, { asOf, config: configs[index]!, places }, inputs[index]!.name), configs[index]!, asOf);
  });
  if (threads <= 1) {
    const checks = inputs.map((_input, index) => checkHere(index));
    if (bytesRead >= COLLECT_AFTER_BYTES) collectGarbage();
    return checks;
  }
  const parallel = checkFilesInParallel(paths, threads, asOf, readable.map((index) => configs[index]!), BUNDLED, places);
  const byIndex = new Map(readable.map((index, at) => [index, parallel[at]!]));
  return inputs.map((_input, index) => byIndex.get(index) ?? checkHere(index));
}

/** Every input checked, then the checks across ledgers; exit 2 (a UsageError) only when none of them could
 * be read at all. A spreadsheet that is not .xlsx is its finding, or left out where its configuration turns it off. */
function checkInputs(given: readonly Input[], asOf: string, givenConfigs: Config[], env: NodeJS.ProcessEnv, cross = true): CheckResult {
  const kept = given.flatMap((input, index) => (input.spreadsheet === undefined || spreadsheetReported(givenConfigs[index]!) ? [index] : []));
  const inputs = kept.map((index) => given[index]!);
  const configs = kept.map((index) => givenConfigs[index]!);
  const checks = checkAll(inputs, asOf, configs, env, cross);
  const unread = (check: KeptCheck, index: number) => (wasSpreadsheet(check) ? spreadsheetFailure(inputs[index]!.name, inputs[index]!.spreadsheet!).text : check.findings[0]!.message);
  if (checks.length > 0 && checks.every((check) => wasUnreadable(check) || wasSpreadsheet(check))) throw nothingReadable(checks.map(unread));
  if (checks.length === 0 && given.length > 0) throw nothingReadable(given.map((input) => input.failure!.text)); // spreadsheets only, turned off
  const files = inputs.map((input, index) => ({ file: input.name, config: configs[index]!, ...checks[index]! }));
  checkAcrossLedgers(files, asOf, cross);
  for (const file of files) delete file.places; // where the cross checks pointed: no part of a report
  return { asOf, files };
}

export function runCheck(files: readonly string[], options: CheckCommandOptions, io: Io): number {
  const format = validFormat(options.format);
  const failOn = validFailOn(options.failOn);
  const groupBy = validGroupBy(options.groupBy);
  if (options.baseline !== undefined || options.baselineGit !== undefined || options.failOnNew) (require('../diff/baseline') as typeof import('../diff/baseline')).validBaselineOptions(options);
  const { asOf, configs, lang, inputs } = commonSetup(files, options, io);
  guardOutput(options.output, inputs, io.cwd);
  guardFolder(options.output, format);
  if (format === MARKED_COPY_FORMAT) {
    const { writeMarkedCopy } = require('./marked-copy') as typeof import('./marked-copy');
    return writeMarkedCopy(inputs, { asOf, lang, configs, failOn, output: options.output, quiet: options.quiet, redact: options.redact }, io);
  }
  const result = checkInputs(inputs, asOf, configs, io.env, options.cross !== false);
  // --baseline / --baseline-git: each finding new or unchanged (src/diff/baseline.ts)
  const baselines = options.baseline !== undefined || options.baselineGit !== undefined ? (require('../diff/baseline') as typeof import('../diff/baseline')) : undefined;
  const named = (input: Input) => input.path ?? (options.stdinFilename !== undefined ? options.stdinFilename : undefined);
  const compared = baselines?.runBaseline(options, result, inputs.map((input, index) => ({ name: input.name, path: named(input), config: configs[index]! })), io.cwd, readLedgerFile);
  const presentOptions: PresentOptions = { lang, redact: !!options.redact, quiet: !!options.quiet, failOn, version: VERSION, ...(compared ? { baselineStateOf: (finding) => compared.stateOf.get(finding), failOnNew: !!options.failOnNew } : {}) };
  const model = presentReport(result, presentOptions);
  if (compared) {
    model.baseline = baselines!.baselineSummary(model.files.flatMap((file) => file.findings), compared.absent);
    if (options.failOnNew) model.failOnNew = true;
  }
  const shown = groupBy && GROUPED_FORMATS.includes(format) ? groupedModel(result, model, presentOptions) : model;
  const text = loadReporter(format)!(shown, { color: useColor(options, io), width: terminalWidth(options, io) });

  if (options.output === undefined) io.writeStdout(text);
  else if (namesFolder(options.output)) writeReportFolder(options.output, format, shown, text, io.cwd);
  else writeReport(options.output, text, io.cwd);
  return exitCodeOf(model);
}

/** Sections per target, rendered as files are; the summary still counts the ledgers. */
function groupedModel(result: CheckResult, model: ReportModel, options: PresentOptions): ReportModel {
  return { ...presentReport(groupResultByTarget(result, options.lang, options.redact), options), summary: model.summary, ...(model.baseline ? { baseline: model.baseline } : {}), ...(model.failOnNew ? { failOnNew: true } : {}) };
}
