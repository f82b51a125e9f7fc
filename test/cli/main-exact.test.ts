// The program itself in-process (src/cli/main.ts, debug.ts, parallel-check.ts's main-thread side): every
// command's help, commander's errors and ours in both languages, internal errors with and without
// --debug, the process wrapper's exit codes, and how many threads a check uses.
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, run } from '../../src/cli/main';
import type { Io } from '../../src/cli/check-command';
import { debugEnabled } from '../../src/cli/debug';
import { inertText } from '../../src/report/inert';
import { VERSION } from '../../src/version';
import { runCli } from '../helpers/cli';
import { runProcess as runProcessOf } from '../helpers/run-process';
import type { Ran } from '../helpers/run-process';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const JA = { LANG: 'ja_JP.UTF-8' };

describe('help and version', () => {
  // commander lays help out for the terminal's width and colours it on a terminal or when the environment
  // forces colour: here always as for a pipe, so that the snapshots hold wherever the tests run.
  const saved: { tty?: PropertyDescriptor; env: NodeJS.ProcessEnv } = { env: {} };
  beforeEach(() => {
    saved.tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
    Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true, writable: true });
    saved.env = { ...process.env };
    for (const name of ['FORCE_COLOR', 'CLICOLOR_FORCE', 'NO_COLOR']) delete process.env[name];
  });
  afterEach(() => {
    if (saved.tty) Object.defineProperty(process.stdout, 'isTTY', saved.tty);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
    process.env = saved.env;
  });

  it.each([[['--help']], [['-h']], [['help']], [['check', '--help']], [['due', '--help']], [['rules', '--help']], [['schema', '--help']], [['init', '--help']], [['convert', '--help']], [['fix', '--help']], [['diff', '--help']], [['help', 'diff']]])('%j', (args) => {
    const run = runCli(args);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatchSnapshot();
  });

  it('prints the version', () => {
    expect(runCli(['-V'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe("commander's errors, in the user's language", () => {
  it.each([
    [['--bogus', 'a.yaml'], "unknown option '--bogus'", "不明なオプションです: unknown option '--bogus'"],
    [[], "missing required argument 'files'", '台帳ファイルを指定してください（例: dokodemo-check ledger.yaml）'],
    [['a.yaml', '-f'], "option '-f, --format <name>' argument missing", "オプションに値がありません: option '-f, --format <name>' argument missing"],
    [['rules', 'a', 'b'], "too many arguments for 'rules'. Expected 1 argument but got 2.", "引数が多すぎます: too many arguments for 'rules'. Expected 1 argument but got 2."],
    [['error: x', '--bogus'], "unknown option '--bogus'", "不明なオプションです: unknown option '--bogus'"],
  ])('%j', (args, en, ja) => {
    expect(runCli(args)).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ${en}\n` });
    expect(runCli(args, { env: JA })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ${ja}\n` });
  });

  it('takes the language from --lang, written either way, before the environment', () => {
    expect(runCli(['--bogus', '--lang', 'ja'])).toEqual({ code: 2, stdout: '', stderr: "dokodemo-check: 不明なオプションです: unknown option '--bogus'\n" });
    expect(runCli(['--bogus', '--lang=ja'])).toEqual({ code: 2, stdout: '', stderr: "dokodemo-check: 不明なオプションです: unknown option '--bogus'\n" });
    expect(runCli(['--bogus', '--lang', 'en'], { env: JA })).toEqual({ code: 2, stdout: '', stderr: "dokodemo-check: unknown option '--bogus'\n" });
    expect(runCli(['--bogus', '--lang=en'], { env: JA })).toEqual({ code: 2, stdout: '', stderr: "dokodemo-check: unknown option '--bogus'\n" });
    expect(runCli(['--bogus', '--language=en'], { env: JA }).stderr).toBe("dokodemo-check: 不明なオプションです: unknown option '--bogus'\n");
    expect(runCli(['--bogus', 'x--lang=en'], { env: JA }).stderr).toBe("dokodemo-check: 不明なオプションです: unknown option '--bogus'\n");
    expect(runCli(['--bogus', '--lang'], { env: JA }).stderr).toBe("dokodemo-check: オプションに値がありません: option '--lang <ja|en>' argument missing\n");
    expect(runCli(['nowhere.yaml', '--lang=ja'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: ファイルが見つかりません: nowhere.yaml\n' });
  });

  it('shows names in its errors inert', () => {
    const name = 'a\u001b[31m\u202e.yaml';
    expect(runCli([name])).toEqual({ code: 2, stdout: '', stderr: `${inertText(`dokodemo-check: file not found: ${name}`)}\n` });
    expect(inertText(`dokodemo-check: file not found: ${name}`)).not.toBe(`dokodemo-check: file not found: ${name}`);
    expect(runCli(['--bo\u001bgus']).stderr).toBe(`${inertText("dokodemo-check: unknown option '--bo\u001bgus'")}\n`);
  });
});

describe('internal errors', () => {
  const failing = (thrown: unknown, env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }): Io => ({
    env,
    cwd: process.cwd(),
    stdoutIsTty: false,
    readStdin: () => Buffer.from(''),
    writeStdout: () => {
      throw thrown;
    },
  });

  it('is one line asking for a report, the stack only with --debug or DEBUG=dokodemo-check', () => {
    const error = new Error('boom');
    error.stack = 'Error: boom\n    at here';
    expect(main(['rules'], failing(error))).toEqual({ code: 2, stderr: 'dokodemo-check: internal error: boom (run with --debug for details and report it as a bug)\n' });
    expect(main(['rules'], failing(error, JA))).toEqual({ code: 2, stderr: 'dokodemo-check: 内部エラー: boom（--debug で詳細を表示できます。不具合として報告してください）\n' });
    expect(main(['--debug', 'rules'], failing(error))).toEqual({ code: 2, stderr: 'dokodemo-check: internal error: boom (run with --debug for details and report it as a bug)\nError: boom\n    at here\n' });
    expect(main(['rules'], failing(error, { DEBUG: 'x,dokodemo-check' }))).toEqual({ code: 2, stderr: 'dokodemo-check: internal error: boom (run with --debug for details and report it as a bug)\nError: boom\n    at here\n' });
    const bare = new Error('bare');
    bare.stack = '';
    expect(main(['--debug', 'rules'], failing(bare)).stderr).toBe('dokodemo-check: internal error: bare (run with --debug for details and report it as a bug)\n');
    expect(main(['--debug', 'rules'], failing('a string'))).toEqual({ code: 2, stderr: 'dokodemo-check: internal error: a string (run with --debug for details and report it as a bug)\n' });
    expect(main(['--debug', 'rules'], failing({ stack: 'not an error' })).stderr).toBe('dokodemo-check: internal error: [object Object] (run with --debug for details and report it as a bug)\n');
  });

  it('shows its detail inert', () => {
    expect(main(['rules'], failing(new Error('a\u001bb'))).stderr).toBe(`${inertText('dokodemo-check: internal error: a\u001bb (run with --debug for details and report it as a bug)')}\n`);
  });
});

describe('debugEnabled', () => {
  it.each([
    [['--debug'], {}, true],
    [['a', '--debug'], {}, true],
    [['--debugs'], {}, false],
    [[], {}, false],
    [[], { DEBUG: 'dokodemo-check' }, true],
    [[], { DEBUG: 'a,dokodemo-check' }, true],
    [[], { DEBUG: 'a, dokodemo-check' }, true],
    [[], { DEBUG: 'a dokodemo-check\tb' }, true],
    [[], { DEBUG: 'a,,\n dokodemo-check' }, true],
    [[], { DEBUG: 'dokodemo-check:*' }, false],
    [[], { DEBUG: 'dokodemo' }, false],
    [[], { DEBUG: 'adokodemo-check' }, false],
    [[], { DEBUG: '' }, false],
  ] as Array<[string[], NodeJS.ProcessEnv, boolean]>)('%j %j', (argv, env, enabled) => {
    expect(debugEnabled(argv, env)).toBe(enabled);
  });
});

describe('run(): the process wrapper', () => {
  /** run() with argv, the streams and process.exit stood in for; `after` may emit on stdout once it ran. */
  const runProcess = (argv: string[], env: NodeJS.ProcessEnv, after?: () => void, writeCallbackError?: Error): Ran => runProcessOf(run, argv, env, { after, writeCallbackError });

  it('writes the report and exits with the code once it is handed over', () => {
    expect(runProcess(['-V'], { LANG: 'en_US.UTF-8' })).toEqual({ stdout: `${VERSION}\n`, stderr: '', exits: [0] });
    expect(runProcess(['--bogus'], { LANG: 'en_US.UTF-8' })).toEqual({ stdout: '', stderr: "dokodemo-check: unknown option '--bogus'\n", exits: [2] });
    const root = temp.make('cli-run-');
    writeFileSync(join(root, 'a.yaml'), 'version: 1\nfacility:\n  name: テスト\n');
    const ran = runProcess(['--as-of', '2026-11-24', '-f', 'github', join(root, 'a.yaml')], { LANG: 'en_US.UTF-8' });
    expect([ran.stderr, ran.exits, ran.stdout.split('\n').length]).toEqual(['', [1], 8]);
  });

  it('leaves the exit to the error handler when the last write fails', () => {
    expect(runProcess(['-V'], { LANG: 'en_US.UTF-8' }, undefined, new Error('EIO'))).toEqual({ stdout: `${VERSION}\n`, stderr: '', exits: [] });
  });

  it('a reader that stops early is no error; a failing output is exit 2 with a line', () => {
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const eio = Object.assign(new Error('write EIO'), { code: 'EIO' });
    const bare = new Error('disk gone');
    expect(runProcess(['--bogus'], { LANG: 'en_US.UTF-8' }, () => process.stdout.emit('error', epipe))).toEqual({ stdout: '', stderr: "dokodemo-check: unknown option '--bogus'\n", exits: [2, 2] });
    expect(runProcess(['-V'], { LANG: 'en_US.UTF-8' }, () => process.stdout.emit('error', epipe)).exits).toEqual([0, 0]);
    expect(runProcess(['-V'], { LANG: 'en_US.UTF-8' }, () => process.stdout.emit('error', eio))).toEqual({
      stdout: `${VERSION}\n`,
      stderr: 'dokodemo-check: cannot write the report to standard output (EIO)\n',
      exits: [0, 2],
    });
    expect(runProcess(['-V', '--lang', 'ja'], { LANG: 'en_US.UTF-8' }, () => process.stdout.emit('error', bare)).stderr).toBe('dokodemo-check: レポートを標準出力に書き込めません（disk gone）\n');
    expect(runProcess(['-V'], JA, () => process.stdout.emit('error', eio)).stderr).toBe('dokodemo-check: レポートを標準出力に書き込めません（EIO）\n');
  });
});

describe('threads for a check (parallel-check.ts)', () => {
  type Parallel = typeof import('../../src/cli/parallel-check');

  /** The module with the build's entry present (or not) and `cores` cores. */
  function parallelWith(entry: boolean, cores: number): Parallel {
    let module: Parallel | undefined;
    jest.isolateModules(() => {
      const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
      jest.doMock('node:fs', () => ({ ...fs, existsSync: (path: string) => (path === join(__dirname, '..', '..', 'src', 'cli', 'entry.js') ? entry : fs.existsSync(path)) }));
      jest.doMock('node:os', () => ({ ...jest.requireActual<typeof import('node:os')>('node:os'), availableParallelism: () => cores }));
      module = require('../../src/cli/parallel-check') as Parallel;
    });
    jest.dontMock('node:fs');
    jest.dontMock('node:os');
    return module!;
  }

  /** Files of these many bytes (sparse: nothing is written). */
  function files(...sizes: number[]): string[] {
    const root = temp.make('cli-threads-');
    return sizes.map((size, index) => {
      const path = join(root, `${index}.yaml`);
      writeFileSync(path, '');
      truncateSync(path, size);
      return path;
    });
  }

  const MB = 1024 * 1024;

  it('uses one thread from the sources (no build entry to start workers from)', () => {
    const { threadsFor } = jest.requireActual<Parallel>('../../src/cli/parallel-check');
    expect(threadsFor(files(3 * MB, 3 * MB), {})).toBe(1);
    expect(parallelWith(false, 8).threadsFor(files(3 * MB, 3 * MB), {})).toBe(1);
  });

  it('uses up to 4 threads, one per file at most, once there are 4 MB', () => {
    expect(parallelWith(true, 8).threadsFor(files(2 * MB, 2 * MB), {})).toBe(2);
    expect(parallelWith(true, 8).threadsFor(files(MB, MB, MB, MB, MB, MB), {})).toBe(4);
    expect(parallelWith(true, 3).threadsFor(files(MB, MB, MB, MB, MB, MB), {})).toBe(3);
    expect(parallelWith(true, 8).threadsFor(files(2 * MB, 2 * MB - 1), {})).toBe(1);
    expect(parallelWith(true, 8).threadsFor(files(8 * MB), {})).toBe(1);
    expect(parallelWith(true, 1).threadsFor(files(4 * MB, 4 * MB), {})).toBe(1);
    const [big] = files(4 * MB);
    expect(parallelWith(true, 8).threadsFor([big!, join(big!, '..', 'missing.yaml')], {})).toBe(2);
    expect(parallelWith(true, 8).threadsFor([join(big!, '..', 'missing.yaml'), join(big!, '..', 'gone.yaml')], {})).toBe(1);
  });

  it('takes DOKODEMO_CHECK_JOBS, never above the cores', () => {
    const six = () => files(MB, MB, MB, MB, MB, MB);
    expect(parallelWith(true, 8).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '6' })).toBe(6);
    expect(parallelWith(true, 8).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '5' })).toBe(5);
    expect(parallelWith(true, 3).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '6' })).toBe(3);
    expect(parallelWith(true, 8).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '1' })).toBe(1);
    expect(parallelWith(true, 8).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '2' })).toBe(2);
    expect(parallelWith(true, 8).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '0' })).toBe(4);
    expect(parallelWith(true, 8).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '-3' })).toBe(4);
    expect(parallelWith(true, 8).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '2.5' })).toBe(4);
    expect(parallelWith(true, 8).threadsFor(six(), { DOKODEMO_CHECK_JOBS: 'x' })).toBe(4);
    expect(parallelWith(true, 2).threadsFor(six(), { DOKODEMO_CHECK_JOBS: '' })).toBe(2);
  });

  it('checks on the main thread alone with one thread: results in order, an unreadable file its finding', () => {
    const { checkFilesInParallel } = jest.requireActual<Parallel>('../../src/cli/parallel-check');
    const root = temp.make('cli-threads-');
    mkdirSync(join(root, 'd'));
    writeFileSync(join(root, 'a.yaml'), 'version: 1\nfacility:\n  name: テスト\n');
    const checks = checkFilesInParallel([join(root, 'a.yaml'), join(root, 'd'), join(root, 'a.yaml')], 1, '2026-11-24', [{ rules: {} }, { rules: {} }, { rules: {} }], false, true);
    expect(checks.map((check) => check.findings.map((finding) => finding.ruleId))).toEqual([Array(7).fill('schema'), ['unreadable-file'], Array(7).fill('schema')]);
    expect(checks[1]!.findings[0]!.message.en).toBe(`not a regular file: ${join(root, 'd')}`);
    const clean = join(__dirname, '..', '..', 'examples', 'home-nursing-clean.yaml');
    expect(checkFilesInParallel([clean], 1, '2026-11-24', [{ rules: {} }], false, true)[0]!.places).toBeDefined();
    expect(checkFilesInParallel([clean], 1, '2026-11-24', [{ rules: {} }], false)[0]!.places).toBeUndefined();
    const late = checkFilesInParallel([clean, join(root, 'a.yaml')], 1, '2030-01-01', [{ rules: {} }, { rules: {} }], false);
    expect(late[0]!.findings.length).toBeGreaterThan(0);
    expect('overdue' in late[1]!).toBe(false);
    expect(late[0]!.overdue).toBeGreaterThan(0);
    expect(checkFilesInParallel([clean], 1, '2026-11-24', [{ rules: {} }], false)[0]!.overdue).toBe(0);
    expect(checkFilesInParallel([clean], 1, '2026-11-24', [{ rules: { 'mcs-password-expiring': { severity: 'off', options: {} } } }], false)[0]!.findings).toEqual([]);
  });
});

describe('entry.ts: the bundle and its code cache', () => {
  type Entry = typeof import('../../src/cli/entry');
  const { compileBundle, cacheRecord, BUNDLE_FILE, CACHE_FILE } = jest.requireActual<Entry>('../../src/cli/entry');
  const ID = '0123456789abcdef';

  function bundle(text: string): { file: string; cache: string } {
    const root = temp.make('cli-bundle-');
    writeFileSync(join(root, 'bundle.js'), text);
    writeFileSync(join(root, 'helper.js'), 'module.exports = 41;');
    return { file: join(root, 'bundle.js'), cache: join(root, 'bundle.js.cache') };
  }

  it('names the build\'s files beside itself', () => {
    expect(BUNDLE_FILE).toBe(join(__dirname, '..', '..', 'src', 'cli', 'bundle.js'));
    expect(CACHE_FILE).toBe(`${BUNDLE_FILE}.cache`);
  });

  it('runs a bundle as a module, with its own require, file and folder', () => {
    const { file, cache } = bundle(`// dokodemo-check bundle ${ID}\nexports.answer = require('./helper') + 1; module.exports.where = [__filename, __dirname];`);
    const compiled = compileBundle(file, cache)!;
    expect([compiled.buildId, compiled.cacheUsed, compiled.cli]).toEqual([ID, false, { answer: 42, where: [file, join(file, '..')] }]);
    const record = cacheRecord(compiled);
    expect(record.subarray(0, 16).toString('latin1')).toBe(ID);
    expect(record.length).toBeGreaterThan(16);
    writeFileSync(cache, record);
    expect(compileBundle(file, cache)!.cacheUsed).toBe(true);
    writeFileSync(cache, Buffer.concat([Buffer.from('fedcba9876543210', 'latin1'), record.subarray(16)]));
    expect(compileBundle(file, cache)!.cacheUsed).toBe(false);
  });

  it('is no bundle without its first line naming the build', () => {
    expect(compileBundle(join(temp.make('cli-bundle-'), 'none.js'))).toBeUndefined();
    for (const first of ['// dokodemo-check bundle 0123456789ABCDEF', '// dokodemo-check bundle 0123456789abcde', '// dokodemo-check bundle 0123456789abcdef0', ' // dokodemo-check bundle 0123456789abcdef', '// dokodemo-check bundle 0123456789abcdef ']) {
      const { file, cache } = bundle(`${first}\nexports.x = 1;`);
      expect(compileBundle(file, cache)).toBeUndefined();
    }
    const { file, cache } = bundle(`\n// dokodemo-check bundle ${ID}\nexports.x = 1;`);
    expect(compileBundle(file, cache)).toBeUndefined();
  });
});

describe('memory.ts', () => {
  it('collects garbage on request, above 8 MB read', () => {
    const { collectGarbage, COLLECT_AFTER_BYTES } = jest.requireActual<typeof import('../../src/cli/memory')>('../../src/cli/memory');
    expect(COLLECT_AFTER_BYTES).toBe(8 * 1024 * 1024);
    expect(() => collectGarbage()).not.toThrow();
  });
});
