// The CLI's small parts called directly, each module loaded afresh in every test (test/helpers/fresh.ts):
// unreadable.ts, spreadsheets.ts, output-file.ts, report-file.ts and report-folder.ts, with exact
// findings, messages in both languages and the files they leave on disk.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../src/errors';
import { getRule } from '../../src/rules';
import { fresh, freshFunctionsPerTest } from '../helpers/fresh';
import { tempDirs } from '../helpers/temp';
import { thrown } from '../helpers/thrown';

const unreadable = freshFunctionsPerTest(() => require('../../src/cli/unreadable') as typeof import('../../src/cli/unreadable'));
const sheets = freshFunctionsPerTest(() => require('../../src/cli/spreadsheets') as typeof import('../../src/cli/spreadsheets'));
const output = freshFunctionsPerTest(() => require('../../src/cli/output-file') as typeof import('../../src/cli/output-file'));
const reportFile = freshFunctionsPerTest(() => require('../../src/cli/report-file') as typeof import('../../src/cli/report-file'));
const folder = freshFunctionsPerTest(() => require('../../src/cli/report-folder') as typeof import('../../src/cli/report-folder'));

const temp = tempDirs();

const REASON = { ja: '読めません: a.yaml', en: 'cannot read: a.yaml' };
const UNREADABLE = getRule('unreadable-file')!;
const SPREADSHEET = getRule('spreadsheet-format')!;

describe('unreadable.ts', () => {
  it('stands for the whole file with one finding at its start', () => {
    expect(unreadable.unreadableCheck(REASON)).toStrictEqual({
      findings: [{ ruleId: 'unreadable-file', severity: 'error', path: [], position: { line: 1, column: 1 }, message: REASON, data: {}, sources: UNREADABLE.sources }],
    });
  });

  it('turns a UsageError into that finding and rethrows anything else', () => {
    const { checkOrUnreadable, unreadableCheck, FreshUsageError } = fresh(() => ({
      ...(require('../../src/cli/unreadable') as typeof import('../../src/cli/unreadable')),
      FreshUsageError: (require('../../src/errors') as typeof import('../../src/errors')).UsageError,
    }));
    const check = { findings: [] };
    expect(checkOrUnreadable(() => check)).toBe(check);
    expect(checkOrUnreadable(() => {
      throw new FreshUsageError(REASON);
    })).toStrictEqual(unreadableCheck(REASON));
    // A UsageError of another copy of errors.ts is not this one's: a bug, thrown.
    expect(thrown(() => checkOrUnreadable(() => {
      throw new UsageError(REASON);
    }))).toStrictEqual({ usage: REASON });
  });

  it('rethrows any error that is not a UsageError', () => {
    const check = { findings: [] };
    expect(unreadable.checkOrUnreadable(() => check)).toBe(check);
    const bug = new Error('bug');
    expect(thrown(() => unreadable.checkOrUnreadable(() => {
      throw bug;
    }))).toBe(bug);
  });

  it('knows its own finding and nothing else', () => {
    const own = unreadable.unreadableCheck(REASON);
    expect(unreadable.wasUnreadable(own)).toBe(true);
    expect(unreadable.wasUnreadable({ ...own, ledger: {} as never })).toBe(false);
    expect(unreadable.wasUnreadable({ findings: [...own.findings, ...own.findings] })).toBe(false);
    expect(unreadable.wasUnreadable({ findings: [] })).toBe(false);
    expect(unreadable.wasUnreadable({ findings: [{ ...own.findings[0]!, ruleId: 'yaml-syntax' }] })).toBe(false);
  });

  it('says why nothing could be read: the reason itself for one input, a count and the first for more', () => {
    expect(unreadable.nothingReadable([REASON]).text).toStrictEqual(REASON);
    expect(unreadable.nothingReadable([REASON, { ja: '二つ目', en: 'second' }]).text).toStrictEqual({
      ja: '台帳を 1 件も読めませんでした（2 件。最初のもの: 読めません: a.yaml）',
      en: 'no ledger could be read (2 files; the first: cannot read: a.yaml)',
    });
    expect(unreadable.nothingReadable([REASON, REASON, REASON]).text.en).toBe('no ledger could be read (3 files; the first: cannot read: a.yaml)');
  });
});

describe('spreadsheets.ts', () => {
  it.each([
    ['a.xls', 'xls'], ['A.XLS', 'xls'], ['a.xlsm', 'xlsm'], ['a.xltm', 'xlsm'], ['a.XLSM', 'xlsm'], ['a.xlsb', 'xlsb'], ['a.xlt', 'template'], ['a.xltx', 'template'],
    ['a.ods', 'ods'], ['a.fods', 'ods'], ['a.ots', 'ods'], ['a.sxc', 'ods'], ['a.ODS', 'ods'], ['a.numbers', 'numbers'], ['a.Numbers', 'numbers'], ['a.csv', 'csv'], ['a.tsv', 'csv'], ['a.CSV', 'csv'],
    ['a.et', 'wps'], ['a.ett', 'wps'], ['a.ET', 'wps'],
    ['a.xlsx', undefined], ['a.xls.bak', undefined], ['axls', undefined], ['a.xlsmx', undefined], ['a.xlsbx', undefined], ['a.xltxx', undefined], ['a.odsx', undefined], ['a.numbersx', undefined],
    ['anumbers', undefined], ['a.csvx', undefined], ['acsv', undefined], ['a.ettx', undefined], ['aet', undefined], ['a.yaml', undefined], ['aods', undefined], ['axlsb', undefined], ['axlt', undefined], ['axlsm', undefined],
    ['a.xlsm.txt', undefined], ['a.ods.txt', undefined], ['a.csv.txt', undefined], ['a.et.txt', undefined], ['a.numbers.txt', undefined], ['a.xlsb.txt', undefined], ['a.xlt.txt', undefined],
  ])('%s is %s', (name, kind) => {
    expect(sheets.spreadsheetKind(name)).toBe(kind);
  });

  it('says what reading it would say, with its name, and the default words for a kind without its own', () => {
    expect(sheets.spreadsheetFailure('d/a.xls', 'xls').text).toStrictEqual({ ja: `d/a.xls: ${SPREADSHEET.messages.xls!.ja}`, en: `d/a.xls: ${SPREADSHEET.messages.xls!.en}` });
    expect(sheets.spreadsheetFailure('d/a.zzz', 'zzz').text).toStrictEqual({ ja: `d/a.zzz: ${SPREADSHEET.messages.default!.ja}`, en: `d/a.zzz: ${SPREADSHEET.messages.default!.en}` });
  });

  it('is reported unless the configuration turns it off', () => {
    expect(sheets.spreadsheetReported({ rules: {} })).toBe(true);
    expect(sheets.spreadsheetReported({ rules: { 'spreadsheet-format': { severity: 'warning', options: {} } } })).toBe(true);
    expect(sheets.spreadsheetReported({ rules: { 'spreadsheet-format': { severity: 'off', options: {} } } })).toBe(false);
  });

  it('stands for the whole file with the severity its configuration gives, or nothing when off', () => {
    expect(sheets.spreadsheetCheck('ods', { rules: {} })).toStrictEqual({
      findings: [{ ruleId: 'spreadsheet-format', severity: 'error', path: [], position: { line: 1, column: 1 }, message: SPREADSHEET.messages.ods, data: {}, sources: SPREADSHEET.sources }],
    });
    expect(sheets.spreadsheetCheck('zzz', { rules: { 'spreadsheet-format': { severity: 'info', options: {} } } })).toStrictEqual({
      findings: [{ ruleId: 'spreadsheet-format', severity: 'info', path: [], position: { line: 1, column: 1 }, message: SPREADSHEET.messages.default, data: {}, sources: SPREADSHEET.sources }],
    });
    expect(sheets.spreadsheetCheck('ods', { rules: { 'spreadsheet-format': { severity: 'off', options: {} } } })).toStrictEqual({ findings: [] });
  });

  it('knows its own finding and nothing else', () => {
    const own = sheets.spreadsheetCheck('csv', { rules: {} });
    expect(sheets.wasSpreadsheet(own)).toBe(true);
    expect(sheets.wasSpreadsheet({ ...own, ledger: {} as never })).toBe(false);
    expect(sheets.wasSpreadsheet({ findings: [...own.findings, ...own.findings] })).toBe(false);
    expect(sheets.wasSpreadsheet({ findings: [] })).toBe(false);
    expect(sheets.wasSpreadsheet({ findings: [{ ...own.findings[0]!, ruleId: 'unreadable-file' }] })).toBe(false);
  });
});

/** A folder's entries but the ones named. */
const entries = (directory: string) => readdirSync(directory).sort();

describe('output-file.ts', () => {
  it('lets a new name through, and refuses an existing one without --force', () => {
    const directory = temp.make('cli-out-');
    const target = join(directory, 'out.yaml');
    expect(thrown(() => output.checkOutput(target, 'out.yaml', {}))).toBe('nothing thrown');
    writeFileSync(target, 'old');
    expect(thrown(() => output.checkOutput(target, 'shown.yaml', {}))).toStrictEqual({
      usage: { ja: 'shown.yaml はすでにあります。上書きする場合は --force を付けてください', en: 'shown.yaml already exists; use --force to overwrite it' },
    });
    expect(thrown(() => output.checkOutput(target, 'shown.yaml', { force: false, inputs: [join(directory, 'other.yaml')] }))).toStrictEqual({
      usage: { ja: 'shown.yaml はすでにあります。上書きする場合は --force を付けてください', en: 'shown.yaml already exists; use --force to overwrite it' },
    });
    expect(thrown(() => output.checkOutput(target, 'shown.yaml', { force: true }))).toBe('nothing thrown');
    expect(thrown(() => output.checkOutput(target, 'shown.yaml', { force: true, inputs: [join(directory, 'missing.yaml')] }))).toBe('nothing thrown');
  });

  it('counts a dangling link as a name taken', () => {
    const directory = temp.make('cli-out-');
    const target = join(directory, 'link.yaml');
    symlinkSync(join(directory, 'nowhere.yaml'), target);
    expect(thrown(() => output.checkOutput(target, 'link.yaml', { inputs: [join(directory, 'nowhere.yaml')] }))).toStrictEqual({
      usage: { ja: 'link.yaml はすでにあります。上書きする場合は --force を付けてください', en: 'link.yaml already exists; use --force to overwrite it' },
    });
  });

  it('never writes over an input, by any name, even with --force', () => {
    const directory = temp.make('cli-out-');
    const input = join(directory, 'in.yaml');
    writeFileSync(input, 'ledger');
    linkSync(input, join(directory, 'hard.yaml'));
    symlinkSync(input, join(directory, 'soft.yaml'));
    for (const name of ['in.yaml', 'hard.yaml', 'soft.yaml']) {
      expect(thrown(() => output.checkOutput(join(directory, name), 'x', { force: true, inputs: [join(directory, 'other.yaml'), input] }))).toStrictEqual({
        usage: { ja: 'x は入力と同じファイルです。別の出力先を指定してください', en: 'x is the input file itself; name another output' },
      });
    }
  });

  it('replaces the file through a temporary one beside it, leaving no temporary file', () => {
    const directory = temp.make('cli-out-');
    const target = join(directory, 'out.txt');
    writeFileSync(target, 'a much longer old text than the new one');
    output.replaceFile(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    output.replaceFile(target, Uint8Array.from([0xe3, 0x81, 0x82]));
    expect(readFileSync(target, 'utf8')).toBe('あ');
    const big = 'x'.repeat(3 * 1024 * 1024);
    output.replaceFile(target, big);
    expect(readFileSync(target, 'utf8')).toBe(big);
    output.replaceFile(target, '');
    expect(readFileSync(target, 'utf8')).toBe('');
    expect(entries(directory)).toEqual(['out.txt']);
  });

  it('replaces a link at the name and leaves what it pointed to alone', () => {
    const directory = temp.make('cli-out-');
    writeFileSync(join(directory, 'target.txt'), 'kept');
    symlinkSync(join(directory, 'target.txt'), join(directory, 'link.txt'));
    output.writeOutput(join(directory, 'link.txt'), 'link.txt', 'report', { force: true });
    expect(lstatSync(join(directory, 'link.txt')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(directory, 'link.txt'), 'utf8')).toBe('report');
    expect(readFileSync(join(directory, 'target.txt'), 'utf8')).toBe('kept');
    expect(entries(directory)).toEqual(['link.txt', 'target.txt']);
  });

  it('throws the system error and removes its temporary file when the rename fails', () => {
    const directory = temp.make('cli-out-');
    mkdirSync(join(directory, 'folder'));
    writeFileSync(join(directory, 'folder', 'inside'), '');
    const error = thrown(() => output.replaceFile(join(directory, 'folder'), 'text')) as NodeJS.ErrnoException;
    expect([error.code, error.syscall]).toEqual(['EISDIR', 'rename']);
    expect(entries(directory)).toEqual(['folder']);
    const missing = thrown(() => output.replaceFile(join(directory, 'none', 'out.txt'), 'text')) as NodeJS.ErrnoException;
    expect([missing.code, missing.syscall]).toEqual(['ENOENT', 'open']);
  });

  it('says which name it could not write', () => {
    const directory = temp.make('cli-out-');
    expect(thrown(() => output.writeOutput(join(directory, 'none', 'out.yaml'), 'none/out.yaml', 'text', {}))).toStrictEqual({
      usage: { ja: 'none/out.yaml に書き込めません', en: 'cannot write none/out.yaml' },
    });
    writeFileSync(join(directory, 'old.yaml'), 'old');
    expect(thrown(() => output.writeOutput(join(directory, 'old.yaml'), 'old.yaml', 'text', {}))).toStrictEqual({
      usage: { ja: 'old.yaml はすでにあります。上書きする場合は --force を付けてください', en: 'old.yaml already exists; use --force to overwrite it' },
    });
    expect(readFileSync(join(directory, 'old.yaml'), 'utf8')).toBe('old');
    output.writeOutput(join(directory, 'new.yaml'), 'new.yaml', 'text', {});
    expect(readFileSync(join(directory, 'new.yaml'), 'utf8')).toBe('text');
  });

  it('writes a device or a FIFO in place', () => {
    const directory = temp.make('cli-out-');
    const file = join(directory, 'plain.txt');
    writeFileSync(file, 'a longer text than the new one');
    output.writeInPlace(file, 'short');
    expect(readFileSync(file, 'utf8')).toBe('short');
    output.writeInPlace(file, Buffer.from('bytes'));
    expect(readFileSync(file, 'utf8')).toBe('bytes');
    output.writeInPlace('/dev/null', 'gone');
  });
});

/** A FIFO with a reader open, so that writing to it does not block; returns what was written to it. */
function throughFifo(directory: string, write: (path: string) => void): { text: string; stillFifo: boolean } {
  const fifo = join(directory, 'fifo');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    write(fifo);
    const buffer = Buffer.alloc(1024);
    const length = readSync(reader, buffer, 0, buffer.length, null);
    return { text: buffer.subarray(0, length).toString('utf8'), stillFifo: lstatSync(fifo).isFIFO() };
  } finally {
    closeSync(reader);
  }
}

describe('report-file.ts', () => {
  const inputs = (...paths: Array<string | undefined>) => paths.map((path) => ({ name: path ?? '<stdin>', ...(path !== undefined ? { path } : {}), read: () => Buffer.from('') }));
  const refusal = (name: string) => ({ usage: { ja: `--output に確認対象の台帳 ${name} は指定できません`, en: `--output must not be one of the ledgers being checked (${name})` } });

  it('refuses an --output that is a ledger being checked, by any spelling or link', () => {
    const directory = temp.make('cli-guard-');
    writeFileSync(join(directory, 'a.yaml'), 'x');
    linkSync(join(directory, 'a.yaml'), join(directory, 'hard.yaml'));
    symlinkSync(join(directory, 'a.yaml'), join(directory, 'soft.yaml'));
    expect(thrown(() => reportFile.guardOutput(undefined, inputs('a.yaml'), directory))).toBe('nothing thrown');
    expect(thrown(() => reportFile.guardOutput('a.yaml', inputs(undefined, 'a.yaml'), directory))).toStrictEqual(refusal('a.yaml'));
    expect(thrown(() => reportFile.guardOutput('./sub/../a.yaml', inputs(join(directory, 'a.yaml')), directory))).toStrictEqual(refusal('./sub/../a.yaml'));
    expect(thrown(() => reportFile.guardOutput('hard.yaml', inputs('a.yaml'), directory))).toStrictEqual(refusal('hard.yaml'));
    expect(thrown(() => reportFile.guardOutput('soft.yaml', inputs('a.yaml'), directory))).toStrictEqual(refusal('soft.yaml'));
    expect(thrown(() => reportFile.guardOutput('a.yaml', inputs('soft.yaml'), directory))).toStrictEqual(refusal('a.yaml'));
    // A ledger not yet there (it will be unreadable) is still refused by name.
    expect(thrown(() => reportFile.guardOutput('gone.yaml', inputs('gone.yaml'), directory))).toStrictEqual(refusal('gone.yaml'));
  });

  it('lets any other name through', () => {
    const directory = temp.make('cli-guard-');
    writeFileSync(join(directory, 'a.yaml'), 'x');
    writeFileSync(join(directory, 'report.json'), 'old');
    expect(thrown(() => reportFile.guardOutput('report.json', inputs('a.yaml', undefined), directory))).toBe('nothing thrown');
    expect(thrown(() => reportFile.guardOutput('new.json', inputs('a.yaml', 'gone.yaml'), directory))).toBe('nothing thrown');
    expect(thrown(() => reportFile.guardOutput('report.json', inputs('gone.yaml'), directory))).toBe('nothing thrown');
    expect(thrown(() => reportFile.guardOutput('report.json', inputs(), directory))).toBe('nothing thrown');
  });

  it('writes the report relative to the working folder, replacing a file or a link at the name', () => {
    const directory = temp.make('cli-report-');
    writeFileSync(join(directory, 'target.txt'), 'kept');
    symlinkSync(join(directory, 'target.txt'), join(directory, 'link.txt'));
    reportFile.writeReport('link.txt', 'report', directory);
    expect(lstatSync(join(directory, 'link.txt')).isFile()).toBe(true);
    expect(readFileSync(join(directory, 'link.txt'), 'utf8')).toBe('report');
    expect(readFileSync(join(directory, 'target.txt'), 'utf8')).toBe('kept');
    reportFile.writeReport(join(directory, 'bytes.bin'), Uint8Array.from([1, 2]), '/');
    expect([...readFileSync(join(directory, 'bytes.bin'))]).toEqual([1, 2]);
    expect(entries(directory)).toEqual(['bytes.bin', 'link.txt', 'target.txt']);
  });

  it('writes a device, a /dev or /proc name and a FIFO in place', () => {
    const directory = temp.make('cli-report-');
    // Never /dev/null itself: a mutant that replaces instead would put a regular file in its place (as root).
    const shm = temp.add(mkdtempSync('/dev/shm/cli-report-'));
    writeFileSync(join(shm, 'r.txt'), 'old');
    linkSync(join(shm, 'r.txt'), join(shm, 'kept.txt'));
    reportFile.writeReport(join(shm, 'r.txt'), 'in place', directory);
    expect([readFileSync(join(shm, 'r.txt'), 'utf8'), readFileSync(join(shm, 'kept.txt'), 'utf8')]).toEqual(['in place', 'in place']);
    expect(throughFifo(directory, () => reportFile.writeReport('fifo', 'through the pipe', directory))).toEqual({ text: 'through the pipe', stillFifo: true });
  });

  it('writes /proc/self/fd names in place', () => {
    const directory = temp.make('cli-report-');
    expect(throughFifo(directory, (fifo) => {
      const writer = openSync(fifo, constants.O_WRONLY);
      try {
        reportFile.writeReport(`/proc/self/fd/${writer}`, 'by descriptor', directory);
      } finally {
        closeSync(writer);
      }
    })).toEqual({ text: 'by descriptor', stillFifo: true });
  });

  it('says which report it could not write', () => {
    const directory = temp.make('cli-report-');
    mkdirSync(join(directory, 'folder'));
    writeFileSync(join(directory, 'folder', 'inside'), '');
    expect(thrown(() => reportFile.writeReport('folder', 'x', directory))).toStrictEqual({ usage: { ja: 'レポートを書き込めません: folder', en: 'cannot write the report to folder' } });
    expect(thrown(() => reportFile.writeReport('none/r.json', 'x', directory))).toStrictEqual({ usage: { ja: 'レポートを書き込めません: none/r.json', en: 'cannot write the report to none/r.json' } });
    expect(thrown(() => reportFile.writeReport('/dev/none/r.json', 'x', directory))).toStrictEqual({ usage: { ja: 'レポートを書き込めません: /dev/none/r.json', en: 'cannot write the report to /dev/none/r.json' } });
    expect(existsSync('/dev/none')).toBe(false);
  });

  it('replaces a name that only starts like /dev or /proc', () => {
    const directory = temp.make('cli-report-');
    // Relative names resolve under the folder: only an absolute /dev/ or /proc/ is written in place.
    mkdirSync(join(directory, 'dev'));
    symlinkSync('/dev/null', join(directory, 'dev', 'null'));
    reportFile.writeReport('dev/null', 'a file now', directory);
    expect(statSync(join(directory, 'dev', 'null')).isFile()).toBe(true);
    expect(readFileSync(join(directory, 'dev', 'null'), 'utf8')).toBe('a file now');
  });
});

describe('report-folder.ts', () => {
  it.each([['out/', true], ['out\\', true], ['a/b/', true], ['/', true], ['out', false], ['/out', false], ['\\out', false], ['out/x', false], ['', false]])('%s names a folder: %s', (name, named) => {
    expect(folder.namesFolder(name)).toBe(named);
  });

  it('takes a folder for -f html only, and no -o or a file for anything', () => {
    for (const [out, format] of [[undefined, 'json'], ['r.json', 'json'], ['out/', 'html'], ['out\\', 'html'], ['r.html', 'table']] as const) {
      expect(thrown(() => folder.guardFolder(out, format))).toBe('nothing thrown');
    }
    expect(thrown(() => folder.guardFolder('out/', 'json'))).toStrictEqual({
      usage: { ja: 'フォルダへの出力（-o out/）は -f html だけです。ファイル名を指定してください', en: 'only -f html writes into a folder (-o out/); name a file instead' },
    });
    expect(thrown(() => folder.writeReportFolder('x/', 'markdown', { files: [] } as never, '', '/'))).toStrictEqual({
      usage: { ja: 'フォルダへの出力（-o x/）は -f html だけです。ファイル名を指定してください', en: 'only -f html writes into a folder (-o x/); name a file instead' },
    });
  });

  it('says when the folder cannot be made', () => {
    const directory = temp.make('cli-folder-');
    writeFileSync(join(directory, 'file'), '');
    expect(thrown(() => folder.writeReportFolder('file/sub/', 'html', { files: [] } as never, '', directory))).toStrictEqual({
      usage: { ja: 'フォルダを作れません: file/sub/', en: 'cannot make the folder file/sub/' },
    });
    expect(entries(directory)).toEqual(['file']);
  });
});
