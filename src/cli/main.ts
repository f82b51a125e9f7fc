// Entry point: builds the commander program, runs it, and turns every failure into exit code 2 with
// one line on stderr (a stack trace only with --debug or DEBUG=dokodemo-check).
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_WITHIN_DAYS } from '../due/defaults';
import { UsageError } from '../errors';
import { earlyLang } from '../i18n/lang';
import { inertText } from '../report/inert';
import { FORMATS } from '../reporters';
import type { Lang } from '../types';
import { VERSION } from '../version';
import type { CheckCommandOptions, Io } from './check-command';
import type { ConvertCommandOptions } from './convert-command';
import { debugEnabled } from './debug';
import type { DiffCommandOptions } from './diff-command';
import type { DueCommandOptions } from './due-command';
import type { FixCommandOptions } from './fix-command';
import type { InitCommandOptions } from './init-command';
import type { RulesCommandOptions } from './rules-command';

// A command's module is loaded only when that command runs: start-up time is paid per command.
const load = {
  check: () => require('./check-command') as typeof import('./check-command'),
  convert: () => require('./convert-command') as typeof import('./convert-command'),
  diff: () => require('./diff-command') as typeof import('./diff-command'),
  due: () => require('./due-command') as typeof import('./due-command'),
  fix: () => require('./fix-command') as typeof import('./fix-command'),
  init: () => require('./init-command') as typeof import('./init-command'),
  rules: () => require('./rules-command') as typeof import('./rules-command'),
};

const EXAMPLES = `
Examples / 例:
  $ dokodemo-check ledger.yaml
  $ dokodemo-check 台帳.xlsx
  $ dokodemo-check --as-of 2026-11-24 --format json ledgers/
  $ cat ledger.yaml | dokodemo-check - --stdin-filename ledger.yaml`;

function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  // Subcommands inherit exitOverride and configureOutput from the program.
  const program = new Command('dokodemo-check')
    .description('Check どこでも連絡帳 (MCS) ledgers / どこでも連絡帳 管理台帳のチェック')
    // Stryker disable next-line StringLiteral: commander takes no flags ('') as its default, -V, --version
    .version(VERSION, '-V, --version')
    .option('--debug', 'show stack traces of internal errors')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.writeStdout(text), writeErr: () => undefined })
    // Stryker disable next-line BooleanLiteral: help after an error goes to writeErr, which writes nothing
    .showHelpAfterError(false);

  program
    .command('check', { isDefault: true })
    .description('check ledgers (the default command) / 台帳をチェックする')
    .argument('<files...>', 'ledger files (.yaml, .xlsx), directories, or - for standard input')
    .addOption(new Option('-f, --format <name>', FORMATS.join(', ')).default('table'))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--as-of <YYYY-MM-DD>', 'the date the check is made for (default: today)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1: error, warning, info, none').default('error'))
    .option('-c, --config <file>', 'rule configuration for every ledger (default: the .dokodemo-check.yaml nearest to each ledger)')
    .option('--lang <ja|en>', 'language of messages (default: from LC_ALL, LC_MESSAGES, LANG)')
    .option('--quiet', 'report errors only')
    .option('--redact', 'mask personal data (names, e-mail local parts)')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--stdin-filename <name>', 'the name to show for - (its folder is where the configuration is looked up; ending in .xlsx: a workbook)')
    .option('--skip-non-ledgers', 'leave out named files a directory walk would leave out (hidden, or YAML with no ledger keys)')
    .option('--group-by <target>', 'table and markdown: a section per person, device and the facility (a to-do list each)')
    .option('--no-cross', 'no checks across ledgers (one person or device in two facilities\' ledgers, an administrator who is staff nowhere)')
    .option('--baseline <report.json>', 'mark each finding new or unchanged against an earlier -f json report')
    .option('--baseline-git <rev>', 'mark each finding new or unchanged against the ledgers of a git revision, checked now')
    .option('--fail-on-new', 'only new findings (against the baseline) make the exit code 1')
    .addHelpText('after', EXAMPLES)
    .action((files: string[], options: CheckCommandOptions) => setExitCode(load.check().runCheck(files, options, io)));

  program
    .command('due')
    .description('what is overdue or due soon: passwords, exceptions, ledger review / 期限の一覧')
    .argument('<files...>', 'ledger files (.yaml, .xlsx), directories, or - for standard input')
    .addOption(new Option('-f, --format <name>', 'table, json, ics (iCalendar)').default('table'))
    .addOption(new Option('--within <days>', 'list what falls due within this many days of --as-of').default(String(DEFAULT_WITHIN_DAYS)))
    .option('--as-of <YYYY-MM-DD>', 'the day to count from (default: today)')
    .option('--fail-on-overdue', 'exit code 1 when something is overdue (for a scheduled CI job)')
    .option('-c, --config <file>', 'rule configuration for every ledger (default: the .dokodemo-check.yaml nearest to each ledger)')
    .option('--lang <ja|en>', 'language of messages (default: from LC_ALL, LC_MESSAGES, LANG)')
    .option('--redact', 'mask personal data (names, e-mail local parts)')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--stdin-filename <name>', 'the name to show for - (its folder is where the configuration is looked up; ending in .xlsx: a workbook)')
    .option('--group-by <target>', 'table: a section per person, device and the facility (a to-do list each)')
    .addHelpText('after', '\nExamples / 例:\n  $ dokodemo-check due ledgers/\n  $ dokodemo-check due --within 60 --format ics ledger.yaml > due.ics')
    .action((files: string[], options: DueCommandOptions) => setExitCode(load.due().runDue(files, options, io)));

  program
    .command('rules')
    .description('the rule catalogue, or one rule in full / ルール一覧')
    .argument('[id]', 'a rule id')
    .addOption(new Option('-f, --format <name>', 'table, json, markdown').default('table'))
    .option('--lang <ja|en>', 'language')
    .option('--checklist', "the inspection checklist's items and the rules that evidence each / 立入検査のチェックリストの項目と根拠のルール")
    .addHelpText('after', '\nExamples / 例:\n  $ dokodemo-check rules\n  $ dokodemo-check rules mcs-password-age --lang ja\n  $ dokodemo-check rules --checklist')
    .action((id: string | undefined, options: RulesCommandOptions) => setExitCode(load.rules().runRules(id, options, io)));

  program
    .command('schema')
    .description('print the ledger JSON Schema / 台帳の JSON Schema を表示')
    .addHelpText('after', '\nExample / 例:\n  $ dokodemo-check schema > ledger.schema.json')
    .action(() => setExitCode(load.rules().runSchema(io)));

  program
    .command('init')
    .description('write a commented starter ledger, or a template workbook for .xlsx / 台帳のひな形を作成（.xlsx なら Excel ブック）')
    .argument('[path]', 'where to write it (.yaml, or .xlsx for a workbook)', 'ledger.yaml')
    .option('--force', 'overwrite an existing file')
    .addHelpText('after', '\nExamples / 例:\n  $ dokodemo-check init\n  $ dokodemo-check init ledgers/station.yaml\n  $ dokodemo-check init ledger.xlsx')
    .action((path: string, options: InitCommandOptions) => setExitCode(load.init().runInit(path, options, io)));

  program
    .command('convert')
    .description('convert a ledger between YAML and an Excel workbook / 台帳を YAML と Excel ブックの間で変換')
    .argument('<input>', 'a ledger: .yaml or .xlsx')
    .argument('<output>', 'the file to write: .xlsx or .yaml (the extension chooses the direction)')
    .option('--force', 'overwrite an existing output file (never the input)')
    .addHelpText('after', '\nExamples / 例:\n  $ dokodemo-check convert ledger.yaml ledger.xlsx\n  $ dokodemo-check convert ledger.xlsx ledger.yaml --force')
    .action((input: string, output: string, options: ConvertCommandOptions) => setExitCode(load.convert().runConvert(input, output, options, io)));

  program
    .command('fix')
    .description('write a copy with the mechanical repairs only (〇 → はい, text dates, full-width letters, near-miss labels, spaces); never in place / 機械的に直せるところだけを直したコピーを作成')
    .argument('<ledger>', 'a ledger: .xlsx or .yaml')
    .option('-o, --output <file>', 'the copy to write, in the same format (never the input)')
    .option('--force', 'overwrite an existing output file (never the input)')
    .option('--lang <ja|en>', 'language (default: from LC_ALL, LC_MESSAGES, LANG)')
    .addHelpText('after', '\nExamples / 例:\n  $ dokodemo-check fix 台帳.xlsx -o 台帳-整形.xlsx\n  $ dokodemo-check fix ledger.yaml -o ledger-fixed.yaml')
    .action((input: string, options: FixCommandOptions) => setExitCode(load.fix().runFix(input, options, io)));

  program
    .command('diff')
    .description('what changed between two versions of a ledger / 台帳の 2 つの版の違い')
    .argument('<files...>', '<old> <new> (YAML or .xlsx), or with --git <rev> one ledger')
    .option('--git <rev>', 'compare the ledger with its version at a git revision')
    .option('--staged', 'with --git: the staged version instead of the working file')
    .addOption(new Option('-f, --format <name>', 'table, json, markdown').default('table'))
    .option('-o, --output <file>', 'write the comparison to a file')
    .option('--as-of <YYYY-MM-DD>', 'the date both versions are checked for (default: today)')
    .option('-c, --config <file>', 'rule configuration (default: the .dokodemo-check.yaml nearest to the new ledger)')
    .option('--lang <ja|en>', 'language (default: from LC_ALL, LC_MESSAGES, LANG)')
    .option('--redact', 'mask personal data (names, e-mail local parts)')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .addHelpText('after', '\nExamples / 例:\n  $ dokodemo-check diff old/ledger.yaml ledger.yaml\n  $ dokodemo-check diff --git main ledgers/clinic.yaml\n  $ dokodemo-check diff --git HEAD --staged -f markdown ledgers/台帳.xlsx')
    .action((files: string[], options: DiffCommandOptions) => setExitCode(load.diff().runDiff(files, options, io)));

  return program;
}

/** commander's own errors (unknown option, missing argument) in the user's language. */
function commanderMessage(error: CommanderError, lang: Lang): string {
  // Stryker disable next-line Regex: commander's messages start with 'error: ', so its first occurrence is at the start either way
  const detail = error.message.replace(/^error: /, '');
  const japanese: Record<string, string> = {
    'commander.unknownOption': `不明なオプションです: ${detail}`,
    'commander.missingArgument': `台帳ファイルを指定してください（例: dokodemo-check ledger.yaml）`,
    'commander.optionMissingArgument': `オプションに値がありません: ${detail}`,
    // Stryker disable next-line StringLiteral: check is the default command, so commander never finds an unknown command (the word is a file's name)
    'commander.unknownCommand': `不明なコマンドです: ${detail}`,
    'commander.excessArguments': `引数が多すぎます: ${detail}`,
  };
  return lang === 'ja' ? (japanese[error.code] ?? detail) : detail;
}

export interface MainResult {
  code: number;
  stderr: string;
}

/** Runs the CLI; returns the exit code and the one stderr line, if any. Never throws. */
export function main(argv: readonly string[], io: Io): MainResult {
  let code = 0;
  const lang = () => earlyLang({ lang: optionValue(argv, '--lang') }, io.env);
  try {
    buildProgram(io, (exitCode) => (code = exitCode)).parse(argv as string[], { from: 'user' });
    return { code, stderr: '' };
  } catch (error) {
    if (error instanceof CommanderError) {
      const harmless = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return harmless ? { code: 0, stderr: '' } : { code: 2, stderr: errorLine(commanderMessage(error, lang())) };
    }
    if (error instanceof UsageError) return { code: 2, stderr: errorLine(error.text[lang()]) };
    return { code: 2, stderr: internalError(error, lang(), debugEnabled(argv, io.env)) };
  }
}

/** One line on stderr: file names and values in it are shown inert, as in every report. */
function errorLine(message: string): string {
  return `${inertText(`dokodemo-check: ${message}`)}\n`;
}

function internalError(error: unknown, lang: Lang, debug: boolean): string {
  const detail = error instanceof Error ? error.message : String(error);
  const line = lang === 'ja'
    ? errorLine(`内部エラー: ${detail}（--debug で詳細を表示できます。不具合として報告してください）`)
    : errorLine(`internal error: ${detail} (run with --debug for details and report it as a bug)`);
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : '';
  return `${line}${stack}`;
}

function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index !== -1) return argv[index + 1];
  const inline = argv.find((argument) => argument.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function stdoutWriteError(reason: string, lang: Lang): string {
  return lang === 'ja'
    ? `dokodemo-check: レポートを標準出力に書き込めません（${reason}）\n`
    : `dokodemo-check: cannot write the report to standard output (${reason})\n`;
}

/** Where a worker thread of a many-file check starts (src/cli/parallel-check.ts); exported so the bundle holds it. */
export function runCheckWorker(job: import('./parallel-check').WorkerJob): void {
  (require('./parallel-check') as typeof import('./parallel-check')).runCheckWorker(job);
}

/** The process wrapper used by bin/: real streams and environment. */
export function run(): void {
  let code = 2;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) closes the pipe: the report was not wanted, which is no error.
    if (error.code === 'EPIPE') process.exit(code);
    // A full disk or a failing device: the report is lost, and a CI job must not pass on an empty one.
    process.stderr.write(stdoutWriteError(error.code ?? error.message, earlyLang({ lang: optionValue(process.argv, '--lang') }, process.env)));
    process.exit(2);
  });
  const result = main(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTty: process.stdout.isTTY === true,
    columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
    readStdin: (limit) => (require('./inputs') as typeof import('./inputs')).readStdinUpTo(limit),
    writeStdout: (text) => process.stdout.write(text),
    writeStderr: (text) => process.stderr.write(text),
  });
  code = result.code;
  if (result.stderr) process.stderr.write(result.stderr);
  // Exit as soon as the report has been handed over: Node's own teardown of the heap would add about
  // 5% to a pre-commit run. The write's callback waits for a slow pipe.
  // A failed write leaves the exit to the 'error' handler above.
  process.stdout.write('', (error) => error || process.exit(code));
}
