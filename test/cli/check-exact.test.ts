// `check` in-process (src/cli/check-command.ts through main()): each refusal's exact line in both
// languages, colour and width, what is read and what is not, and where the report goes.
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useColor, terminalWidth, commonSetup, validFormat } from '../../src/cli/check-command';
import type { Io } from '../../src/cli/check-command';
import { getRule } from '../../src/rules';
import { runCli as runCliHere } from '../helpers/cli';
import type { CliRun, CliSetup } from '../helpers/cli';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { inFolder, tempDirs } from '../helpers/temp';

const temp = tempDirs();
const AS_OF = ['--as-of', '2026-11-24'];
const CLEAN = readFileSync('examples/home-nursing-clean.yaml');
const SMALL = 'version: 1\nfacility:\n  name: テスト\n';
const SMALL_FINDINGS = [
  '::error file=a.yaml,line=1,col=1,title=schema::Required key `devices` (devices used for MCS) is missing. Add it as a list (one entry per line, starting with "- "; [] when there are none)',
  '::error file=a.yaml,line=1,col=1,title=schema::Required key `users` (MCS users) is missing. Add it as a list of at least one entry (one per line, starting with "- ")',
];

/** The CLI in-process; with `cwd`, run from that folder, as a shell there would (relative names are read from it). */
function runCli(args: string[], setup: CliSetup = {}): CliRun {
  return setup.cwd === undefined ? runCliHere(args, setup) : inFolder(setup.cwd, () => runCliHere(args, setup));
}

/** The github format's lines: one per finding, exact and short. */
function github(args: string[], setup: CliSetup = {}) {
  const run = runCli([...AS_OF, '-f', 'github', ...args], setup);
  return { code: run.code, lines: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

function folderWith(files: Record<string, string | Buffer>): string {
  return temp.withFiles('cli-check-', files);
}

function usage(args: string[], en: string, ja: string): void {
  expect(runCli(args)).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ${en}\n` });
  expect(runCli([...args, '--lang', 'ja'])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ${ja}\n` });
}

describe('refusals before anything is read', () => {
  it('--as-of', () => {
    usage(['--as-of', '2026-02-30', 'x.yaml'], '--as-of must be a real date written YYYY-MM-DD (not 2026-02-30)', '--as-of は実在する日付を YYYY-MM-DD で指定してください（2026-02-30 は使えません）');
    usage(['--as-of', '2026-1-01', 'x.yaml'], '--as-of must be a real date written YYYY-MM-DD (not 2026-1-01)', '--as-of は実在する日付を YYYY-MM-DD で指定してください（2026-1-01 は使えません）');
  });

  it('--lang', () => {
    expect(runCli(['--lang', 'fr', 'x.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --lang must be ja or en (not fr)\n' });
    expect(runCli(['--lang', 'fr', 'x.yaml'], { env: { LANG: 'ja_JP.UTF-8' } })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --lang は ja か en にしてください（fr は使えません）\n' });
    expect(runCli(['--lang', '', 'x.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --lang must be ja or en (not )\n' });
  });

  it('--fail-on', () => {
    usage([...AS_OF, '--fail-on', 'never', 'x.yaml'], '--fail-on must be one of error, warning, info, none (not never)', '--fail-on は error, warning, info, none のいずれかにしてください（never は使えません）');
    usage([...AS_OF, '--fail-on', '', 'x.yaml'], '--fail-on must be one of error, warning, info, none (not )', '--fail-on は error, warning, info, none のいずれかにしてください（ は使えません）');
  });

  it('--group-by', () => {
    usage([...AS_OF, '--group-by', 'person', 'x.yaml'], '--group-by must be target (not person)', '--group-by は target にしてください（person は使えません）');
  });

  it('--format', () => {
    const list = 'table, json, sarif, junit, github, markdown, html, csv, xlsx';
    usage([...AS_OF, '-f', 'compact', 'x.yaml'], `--format must be one of ${list} (not compact)`, `--format は ${list} のいずれかにしてください（compact は使えません）`);
    expect(() => validFormat('b', ['a', 'c'])).toThrow('--format must be one of a, c (not b)');
    expect(validFormat('c', ['a', 'c'])).toBe('c');
  });

  it('--fail-on-new, --baseline and --baseline-git', () => {
    expect(runCli([...AS_OF, '--fail-on-new', 'x.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --fail-on-new needs --baseline or --baseline-git\n' });
    expect(runCli([...AS_OF, '--baseline', 'r.json', '--baseline-git', 'HEAD', 'x.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --baseline and --baseline-git cannot be used together\n' });
    expect(runCli([...AS_OF, '--baseline-git', 'HEAD', '--baseline', 'r.json', 'x.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --baseline and --baseline-git cannot be used together\n' });
  });

  it('a file that is not there', () => {
    usage([...AS_OF, 'nowhere/x.yaml'], 'file not found: nowhere/x.yaml', 'ファイルが見つかりません: nowhere/x.yaml');
  });

  it('-o onto a ledger, and a folder for any format but html', () => {
    const root = folderWith({ 'a.yaml': SMALL });
    expect(runCli([...AS_OF, '-o', 'a.yaml', 'a.yaml'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --output must not be one of the ledgers being checked (a.yaml)\n' });
    expect(runCli([...AS_OF, '-f', 'json', '-o', 'out/', 'a.yaml'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: only -f html writes into a folder (-o out/); name a file instead\n' });
    expect(readdirSync(root)).toEqual(['a.yaml']);
  });

  it('-f xlsx without -o', () => {
    const root = folderWith({ 'a.yaml': SMALL });
    expect(runCli([...AS_OF, '-f', 'xlsx', 'a.yaml'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dokodemo-check: -f xlsx writes a marked workbook: name it with -o (e.g. -o ledger-findings.xlsx)\n',
    });
  });
});

describe('colour and width', () => {
  const io = (env: NodeJS.ProcessEnv, stdoutIsTty: boolean, columns?: number): Io => ({ env, cwd: '/', stdoutIsTty, columns, readStdin: () => Buffer.from(''), writeStdout: () => undefined });

  it.each([
    ['a terminal', true, {}, undefined, true],
    ['a pipe', true, {}, undefined, false, false],
    ['--no-color', false, {}, undefined, false],
    ['-o', true, {}, 'r.txt', false],
    ['NO_COLOR', true, { NO_COLOR: '1' }, undefined, false],
    ['an empty NO_COLOR', true, { NO_COLOR: '' }, undefined, true],
    ['FORCE_COLOR=1 on a pipe', true, { FORCE_COLOR: '1' }, undefined, true, false],
    ['FORCE_COLOR= on a pipe', true, { FORCE_COLOR: '' }, undefined, true, false],
    ['FORCE_COLOR=1 with -o', true, { FORCE_COLOR: '1' }, 'r.txt', true],
    ['FORCE_COLOR=0 on a terminal', true, { FORCE_COLOR: '0' }, undefined, false],
    ['FORCE_COLOR=false on a terminal', true, { FORCE_COLOR: 'false' }, undefined, false],
    ['FORCE_COLOR=1 with --no-color', false, { FORCE_COLOR: '1' }, undefined, false],
    ['FORCE_COLOR=1 with NO_COLOR', true, { FORCE_COLOR: '1', NO_COLOR: 'x' }, undefined, false],
  ] as Array<[string, boolean, NodeJS.ProcessEnv, string | undefined, boolean, boolean?]>)('%s', (_name, color, env, output, expected, tty = true) => {
    expect(useColor({ color, ...(output !== undefined ? { output } : {}) }, io(env, tty))).toBe(expected);
  });

  it.each([
    ['a pipe', {}, false, 100, undefined, undefined],
    ['-o on a terminal', {}, true, 100, 'r.txt', undefined],
    ['the terminal', {}, true, 100, undefined, 100],
    ['no width said', {}, true, undefined, undefined, 80],
    ['a width of 0', {}, true, 0, undefined, 80],
    ['a width of 1', {}, true, 1, undefined, 20],
    ['narrower than 20', {}, true, 19, undefined, 20],
    ['20', {}, true, 20, undefined, 20],
    ['21', {}, true, 21, undefined, 21],
    ['COLUMNS', { COLUMNS: '120' }, true, 100, undefined, 120],
    ['COLUMNS of 5 digits', { COLUMNS: '99999' }, true, 100, undefined, 99999],
    ['COLUMNS of 6 digits', { COLUMNS: '100000' }, true, 100, undefined, 100],
    ['COLUMNS=0', { COLUMNS: '0' }, true, 100, undefined, 100],
    ['COLUMNS=05', { COLUMNS: '05' }, true, 100, undefined, 100],
    ['COLUMNS=7', { COLUMNS: '7' }, true, 100, undefined, 20],
    ['COLUMNS with a space', { COLUMNS: ' 90' }, true, 100, undefined, 100],
    ['COLUMNS with a tail', { COLUMNS: '90x' }, true, 100, undefined, 100],
    ['COLUMNS with a head', { COLUMNS: 'x90' }, true, 100, undefined, 100],
    ['COLUMNS empty', { COLUMNS: '' }, true, 100, undefined, 100],
    ['COLUMNS on a pipe', { COLUMNS: '120' }, false, 100, undefined, undefined],
  ] as const)('%s', (_name, env, tty, columns, output, expected) => {
    expect(terminalWidth(output !== undefined ? { output } : {}, io(env, tty, columns))).toBe(expected);
  });

  it('colours the table on a terminal and lays it out for its width', () => {
    const root = folderWith({ 'a.yaml': SMALL });
    const plain = runCli([...AS_OF, 'a.yaml'], { cwd: root });
    const coloured = runCli([...AS_OF, 'a.yaml'], { cwd: root, tty: true, columns: 200 });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
    const narrow = runCli([...AS_OF, 'a.yaml'], { cwd: root, tty: true, columns: 60, env: { LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
    expect(Math.max(...narrow.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(narrow.stdout).not.toBe(plain.stdout);
  });
});

describe('what is read', () => {
  it('reports each ledger and a spreadsheet beside them as its own finding', () => {
    const root = folderWith({ 'a.yaml': SMALL, 'b.xls': 'x', 'c.yaml': CLEAN });
    const run = runCli([...AS_OF, '-f', 'json', root]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; message: string; line: number; column: number; severity: string }> }> };
    expect(report.files.map((file) => [file.file, file.findings.length])).toEqual([[join(root, 'a.yaml'), 7], [join(root, 'b.xls'), 1], [join(root, 'c.yaml'), 0]]);
    expect(report.files[1]!.findings[0]).toMatchObject({ ruleId: 'spreadsheet-format', severity: 'error', line: 1, column: 1, message: getRule('spreadsheet-format')!.messages.xls!.en });
  });

  it('leaves out a spreadsheet where its configuration turns the rule off', () => {
    const root = folderWith({ 'a.yaml': SMALL, 'b.xls': 'x', '.dokodemo-check.yaml': 'rules:\n  spreadsheet-format: off\n' });
    const run = github(['.'], { cwd: root });
    expect([run.code, run.stderr, run.lines.slice(0, 2)]).toEqual([1, '', SMALL_FINDINGS]);
    expect(run.lines.every((line) => line.includes('file=a.yaml'))).toBe(true);
    expect(run.lines).toHaveLength(7);
  });

  it('gives the spreadsheet the severity its configuration gives', () => {
    const root = folderWith({ 'b.xls': 'x', 'c.yaml': CLEAN, '.dokodemo-check.yaml': 'rules:\n  spreadsheet-format: warning\n' });
    const run = github(['.'], { cwd: root });
    expect(run.lines).toEqual([`::warning file=b.xls,line=1,col=1,title=spreadsheet-format::${getRule('spreadsheet-format')!.messages.xls!.en}`]);
    expect(run.code).toBe(0);
  });

  it('stops with exit 2 when nothing could be read', () => {
    const one = folderWith({ 'b.xls': 'x' });
    const xls = getRule('spreadsheet-format')!.messages.xls!;
    expect(runCli([...AS_OF, '.'], { cwd: one })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: b.xls: ${xls.en}\n` });
    expect(runCli([...AS_OF, '--lang', 'ja', '.'], { cwd: one })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: b.xls: ${xls.ja}\n` });
    const two = folderWith({ 'b.xls': 'x', 'c.ods': 'x' });
    expect(runCli([...AS_OF, '.'], { cwd: two })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: no ledger could be read (2 files; the first: b.xls: ${xls.en})\n` });
    const off = folderWith({ 'b.xls': 'x', '.dokodemo-check.yaml': 'rules:\n  spreadsheet-format: off\n' });
    expect(runCli([...AS_OF, '.'], { cwd: off })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: b.xls: ${xls.en}\n` });
    const offTwo = folderWith({ 'b.xls': 'x', 'c.csv': 'x', '.dokodemo-check.yaml': 'rules:\n  spreadsheet-format: off\n' });
    expect(runCli([...AS_OF, '.'], { cwd: offTwo })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: no ledger could be read (2 files; the first: b.xls: ${xls.en})\n` });
  });

  it('a file that cannot be read is its finding, beside the others', () => {
    const root = folderWith({ 'a.yaml': SMALL });
    const run = github(['a.yaml', '/dev/null'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.lines.slice(0, 2)).toEqual(SMALL_FINDINGS);
    expect(run.lines.slice(7)).toEqual(['::error file=/dev/null,line=1,col=1,title=unreadable-file::not a regular file: /dev/null']);
    expect(runCli([...AS_OF, '/dev/null'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: not a regular file: /dev/null\n' });
  });

  it('reads standard input once, under its name', () => {
    expect(github(['-', '--stdin-filename', 'a.yaml'], { stdin: SMALL }).lines.slice(0, 2)).toEqual(SMALL_FINDINGS);
    expect(github(['-'], { stdin: SMALL }).lines[0]).toBe(SMALL_FINDINGS[0]!.replace('file=a.yaml', 'file=<stdin>'));
  });

  it('checks across ledgers unless --no-cross', () => {
    const root = folderWith({ 'a.yaml': CLEAN, 'b.yaml': CLEAN.toString().replace('さくら訪問看護ステーション', 'あおば訪問看護') });
    const across = github(['a.yaml', 'b.yaml'], { cwd: root });
    const alone = github(['--no-cross', 'a.yaml', 'b.yaml'], { cwd: root });
    expect(alone).toEqual({ code: 0, lines: [], stderr: '' });
    expect(across.lines.length).toBeGreaterThan(0);
    expect(across.lines.every((line) => /title=cross-/.test(line))).toBe(true);
    expect(github(['a.yaml'], { cwd: root })).toEqual({ code: 0, lines: [], stderr: '' });
  });

  it('warns of a configuration file anyone may write, once, in the report\'s language', () => {
    const root = folderWith({ 'a.yaml': CLEAN, 'b.yaml': CLEAN, '.dokodemo-check.yaml': 'lang: ja\n' });
    chmodSync(join(root, '.dokodemo-check.yaml'), 0o666);
    const run = runCli([...AS_OF, '-f', 'github', '--no-cross', 'a.yaml', 'b.yaml'], { cwd: root });
    expect(run).toEqual({ code: 0, stdout: '', stderr: `dokodemo-check: the configuration file ${join(root, '.dokodemo-check.yaml')}: anyone can write to it, so it is not used\n` });
    expect(runCli([...AS_OF, '--lang', 'ja', '-f', 'github', '--no-cross', 'a.yaml'], { cwd: root }).stderr).toBe(`dokodemo-check: 設定ファイル ${join(root, '.dokodemo-check.yaml')} は誰でも書き込めるファイルのため使いません\n`);
  });

  it('takes the language from the first configuration that sets one', () => {
    const root = folderWith({ 'x/a.yaml': SMALL, 'y/b.yaml': SMALL, 'y/.dokodemo-check.yaml': 'lang: ja\n', 'z/c.yaml': SMALL, 'z/.dokodemo-check.yaml': 'lang: en\n' });
    const setup = (files: string[]) => inFolder(root, () => commonSetup(files, { asOf: '2026-11-24' }, { env: { LANG: 'en_US.UTF-8' }, cwd: root, stdoutIsTty: false, readStdin: () => Buffer.from(''), writeStdout: () => undefined }));
    expect(setup(['x/a.yaml', 'y/b.yaml', 'z/c.yaml']).lang).toBe('ja');
    expect(setup(['x/a.yaml', 'z/c.yaml', 'y/b.yaml']).lang).toBe('en');
    expect(setup(['x/a.yaml']).lang).toBe('en');
    const three = setup(['z/c.yaml', 'x/a.yaml']);
    expect([three.asOf, three.inputs.map((input) => input.name), three.configs.map((config) => config.file ?? null)]).toEqual(['2026-11-24', ['z/c.yaml', 'x/a.yaml'], [join('z', '.dokodemo-check.yaml'), null]]);
    expect(runCli([...AS_OF, '-f', 'github', 'y/b.yaml'], { cwd: root }).stdout.split('\n')[0]).toBe('::error file=y/b.yaml,line=1,col=1,title=schema::必須項目 `devices`（利用端末）がありません。一覧（1 行に 1 件ずつ「- 」で始める。無ければ []）で記入してください');
  });
});

describe('the report', () => {
  it('goes to a file with -o, nothing on standard output', () => {
    const root = folderWith({ 'a.yaml': SMALL });
    expect(runCli([...AS_OF, '-f', 'github', '-o', 'r.txt', 'a.yaml'], { cwd: root, tty: true })).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(root, 'r.txt'), 'utf8').split('\n').slice(0, 2)).toEqual(SMALL_FINDINGS);
    expect(runCli([...AS_OF, '-o', 't.txt', 'a.yaml'], { cwd: root, tty: true, columns: 30 }).code).toBe(1);
    expect(readFileSync(join(root, 't.txt'), 'utf8')).toBe(runCli([...AS_OF, 'a.yaml'], { cwd: root }).stdout);
  });

  it('goes into a folder for -f html', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    expect(runCli([...AS_OF, '-f', 'html', '-o', 'out/', 'a.yaml'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['1-a.html', 'index.html']);
  });

  it('takes its exit code from --fail-on', () => {
    const root = folderWith({ 'a.yaml': SMALL });
    for (const [failOn, code] of [['error', 1], ['warning', 1], ['info', 1], ['none', 0]] as const) {
      expect(runCli([...AS_OF, '-f', 'github', '--fail-on', failOn, 'a.yaml'], { cwd: root }).code).toBe(code);
    }
  });

  it('--quiet and --redact reach the report', () => {
    const lines = (args: string[]) => github([...args, 'examples/clinic-with-findings.yaml']).lines;
    const plain = lines([]);
    expect(plain.filter((line) => line.startsWith('::warning')).length).toBeGreaterThan(0);
    expect(plain.some((line) => line.includes('中村 誠'))).toBe(true);
    const quiet = lines(['--quiet']);
    expect(quiet).toEqual(plain.filter((line) => line.startsWith('::error')));
    const redacted = lines(['--redact']);
    expect(redacted).toHaveLength(plain.length);
    expect(redacted.some((line) => line.includes('中村 誠'))).toBe(false);
  });

  it('--group-by target makes sections for table and markdown only', () => {
    const root = folderWith({ 'a.yaml': SMALL });
    const grouped = runCli([...AS_OF, '--group-by', 'target', '-f', 'markdown', 'a.yaml'], { cwd: root });
    const flat = runCli([...AS_OF, '-f', 'markdown', 'a.yaml'], { cwd: root });
    expect(grouped.stdout).not.toBe(flat.stdout);
    expect(runCli([...AS_OF, '--group-by', 'target', '-f', 'github', 'a.yaml'], { cwd: root }).stdout).toBe(runCli([...AS_OF, '-f', 'github', 'a.yaml'], { cwd: root }).stdout);
    expect(runCli([...AS_OF, '--group-by', 'target', '-f', 'json', 'a.yaml'], { cwd: root }).stdout).toBe(runCli([...AS_OF, '-f', 'json', 'a.yaml'], { cwd: root }).stdout);
  });
});

describe('module-level words, loaded afresh', () => {
  const check = freshFunctionsPerTest(() => require('../../src/cli/check-command') as typeof import('../../src/cli/check-command'));

  it('each --fail-on value is taken', () => {
    const io: Io = { env: {}, cwd: '/', stdoutIsTty: true, readStdin: () => Buffer.from(''), writeStdout: () => undefined };
    expect(check.terminalWidth({}, io)).toBe(80);
    expect(check.terminalWidth({}, { ...io, columns: 3 })).toBe(20);
    expect(check.validGroupBy(undefined)).toBeUndefined();
    expect(check.validGroupBy('target')).toBe('target');
    expect(check.validLang(undefined)).toBeUndefined();
    expect(check.validLang('ja')).toBe('ja');
    expect(check.validLang('en')).toBe('en');
    expect(check.validAsOf('2024-02-29')).toBe('2024-02-29');
  });
});
