// `fix` of a workbook and `check -f xlsx -o` write in a worker thread (src/load/sync-worker.ts); here its
// other answers, which a real workbook cannot give on demand, come from a stand-in: out of time, a failure,
// and features the copy could not carry over. Every module afresh in each test (jest.resetModules), so the
// commands' module-level text counts as read by each test and main's UsageError is the commands'.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CliRun } from '../helpers/cli';
import { runMain } from '../helpers/run-main';
import type { SyncOutcome } from '../../src/load/sync-worker';
import { tempDirs } from '../helpers/temp';
import { columnOfKey, workbookBytes } from '../helpers/workbook';

type Main = typeof import('../../src/cli/main');
type SyncWorker = typeof import('../../src/load/sync-worker');

// Workbooks are written and read by the real worker here: seconds each on a busy machine.
jest.setTimeout(60_000);

const temp = tempDirs();
const ROOT = join(__dirname, '..', '..');
const CLEAN = readFileSync(join(ROOT, 'examples', 'home-nursing-clean.yaml'), 'utf8');
const AS_OF = ['--as-of', '2026-11-24'];

/** What the stand-in answers for a job, given what the real worker would (called only when asked). */
type Answer = (module: string, real: () => SyncOutcome<unknown>) => SyncOutcome<unknown>;

beforeEach(() => {
  jest.resetModules();
});

afterEach(() => {
  jest.dontMock('../../src/load/sync-worker');
});

/** main() with the worker answering through `answer`; the jobs asked for are listed in `calls`. */
function mainWith(answer: Answer, calls: unknown[][] = []): Main {
  jest.resetModules();
  jest.doMock('../../src/load/sync-worker', () => {
    const actual = jest.requireActual('../../src/load/sync-worker') as SyncWorker;
    return {
      ...actual,
      runInWorkerSync: (module: string, exportName: string, input: unknown, options: unknown) => {
        calls.push([module, exportName, options]);
        return answer(module, () => actual.runInWorkerSync(module, exportName, input, options as { timeLimitMs: number; heapMb: number }));
      },
    };
  });
  return require('../../src/cli/main') as Main;
}

function runCli(main: Main, args: string[], cwd: string, setup: { ja?: boolean; noStderr?: boolean } = {}): CliRun {
  return runMain(main.main, args, { cwd, env: setup.ja ? { LANG: 'ja_JP.UTF-8' } : { LANG: 'en_US.UTF-8' }, noStderr: setup.noStderr });
}

function folderWith(files: Record<string, string | Uint8Array>): string {
  return temp.withFiles('cli-workers-', files);
}

const LIMITS = { timeLimitMs: 120_000, heapMb: 1024 };
const OUT_OF_TIME: SyncOutcome<unknown> = { ok: false, timedOut: true };
const FAILED: SyncOutcome<unknown> = { ok: false, failure: 'Invalid row number' };

/** The real answer, with `lost` set to these features. */
const losing = (lost: string[]): Answer => (_module, real) => {
  const outcome = real();
  return outcome.ok ? { ok: true, value: { ...(outcome.value as object), lost } } : outcome;
};

describe('fix of a workbook', () => {
  let typed: Uint8Array;
  beforeAll(async () => {
    typed = await workbookBytes(parse(CLEAN), (book) => {
      const devices = book.getWorksheet('端末')!;
      devices.getCell(3, columnOfKey(devices, 'security.antivirus')).value = '○';
    });
  }, 60_000);

  it('asks the worker for applyWorkbookRepairs within the write limits', () => {
    const root = folderWith({ 'w.xlsx': typed });
    const calls: unknown[][] = [];
    const run = runCli(mainWith((_module, real) => real(), calls), ['fix', 'w.xlsx', '-o', 'o.xlsx'], root);
    expect(run).toEqual({ code: 0, stdout: 'w.xlsx → o.xlsx: 1 repair\n  端末!L3  ○ → はい\nnothing left that needs a person\nthe original w.xlsx is unchanged\n', stderr: '' });
    expect(calls).toEqual([['fix/workbook-apply', 'applyWorkbookRepairs', LIMITS]]);
  });

  it('out of time: one line naming the file, in both languages, nothing written', () => {
    const root = folderWith({ 'w.xlsx': typed });
    expect(runCli(mainWith(() => OUT_OF_TIME), ['fix', 'w.xlsx', '-o', 'o.xlsx'], root)).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: w.xlsx: writing the tidy copy took too long\n' });
    expect(runCli(mainWith(() => OUT_OF_TIME), ['fix', 'w.xlsx', '-o', 'o.xlsx'], root, { ja: true })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: w.xlsx: 整形したブックの作成が時間内に終わりませんでした\n' });
  });

  it('a failure in the worker is a program error, named', () => {
    const root = folderWith({ 'w.xlsx': typed });
    expect(runCli(mainWith(() => FAILED), ['fix', 'w.xlsx', '-o', 'o.xlsx'], root)).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: internal error: writing the tidy copy failed: Invalid row number (run with --debug for details and report it as a bug)\n' });
  });

  it('what the copy could not carry over is a warning on stderr, in the chosen language', () => {
    const root = folderWith({ 'w.xlsx': typed });
    const run = runCli(mainWith(losing(['images', 'charts'])), ['fix', 'w.xlsx', '-o', 'o.xlsx'], root);
    expect(run).toEqual({
      code: 0,
      stdout: 'w.xlsx → o.xlsx: 1 repair\n  端末!L3  ○ → はい\nnothing left that needs a person\nthe original w.xlsx is unchanged\n',
      stderr: 'dokodemo-check: the tidy copy does not carry over images, charts (the original workbook is unchanged)\n',
    });
    const ja = runCli(mainWith(losing(['images'])), ['fix', 'w.xlsx', '-o', 'p.xlsx', '--lang', 'ja'], root);
    expect(ja.stderr).toBe('dokodemo-check: 整形したコピーには次のものが引き継がれていません（元のブックはそのままです）: images\n');
    const quiet = runCli(mainWith(losing(['images'])), ['fix', 'w.xlsx', '-o', 'q.xlsx'], root, { noStderr: true });
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
  });
});

describe('the marked copy', () => {
  it('asks the worker for markWorkbook within the write limits; nothing lost, nothing said', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    const calls: unknown[][] = [];
    expect(runCli(mainWith((_module, real) => real(), calls), [...AS_OF, '-f', 'xlsx', '-o', 'out.xlsx', 'a.yaml'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(calls).toEqual([['workbook/write', 'writeLedgerWorkbook', LIMITS], ['workbook/mark', 'markWorkbook', LIMITS]]);
  });

  it('out of time: one line naming the file and the limit in seconds, in both languages', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    const late: Answer = (module, real) => (module === 'workbook/mark' ? OUT_OF_TIME : real());
    expect(runCli(mainWith(late), [...AS_OF, '-f', 'xlsx', '-o', 'out.xlsx', 'a.yaml'], root)).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: a.yaml: writing the marked workbook took more than 120 seconds (the ledger is too large, or memory ran out)\n' });
    expect(runCli(mainWith(late), [...AS_OF, '-f', 'xlsx', '-o', 'out.xlsx', 'a.yaml'], root, { ja: true })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: a.yaml: 指摘付きのブックの作成が 120 秒以内に終わりませんでした（台帳が大きすぎるか、メモリが足りません）\n' });
  });

  it('a failure in the worker is a program error, named', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    const failing: Answer = (module, real) => (module === 'workbook/mark' ? FAILED : real());
    expect(runCli(mainWith(failing), [...AS_OF, '-f', 'xlsx', '-o', 'out.xlsx', 'a.yaml'], root)).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: internal error: writing the marked workbook failed: Invalid row number (run with --debug for details and report it as a bug)\n' });
  });

  it('what the copy could not carry over is one line on stderr', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    const lost: Answer = (module, real) => (module === 'workbook/mark' ? losing(['images'])(module, real) : real());
    expect(runCli(mainWith(lost), [...AS_OF, '-f', 'xlsx', '-o', 'out.xlsx', 'a.yaml'], root)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'dokodemo-check: a.yaml: the marked copy does not carry over image formatting (cropping, rotation, borders, alt text; the images and their places stay) (the original workbook is unchanged)\n',
    });
    const quiet = runCli(mainWith(lost), [...AS_OF, '-f', 'xlsx', '-o', 'q.xlsx', 'a.yaml'], root, { noStderr: true });
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
  });
});

describe('due', () => {
  afterEach(() => {
    jest.dontMock('../../src/engine/check-file');
  });

  it('a failure while loading that is not a usage error is a program error, never a file\'s problem', () => {
    const root = folderWith({ 'a.yaml': CLEAN, 'b.yaml': CLEAN });
    jest.resetModules();
    jest.doMock('../../src/engine/check-file', () => {
      const actual = jest.requireActual('../../src/engine/check-file') as typeof import('../../src/engine/check-file');
      return {
        ...actual,
        loadLedger: (bytes: Uint8Array, name: string) => {
          if (name === 'b.yaml') throw new Error('boom');
          return actual.loadLedger(bytes, name);
        },
      };
    });
    const main = require('../../src/cli/main') as Main;
    expect(runCli(main, ['due', ...AS_OF, '-f', 'json', 'a.yaml', 'b.yaml'], root)).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: internal error: boom (run with --debug for details and report it as a bug)\n' });
  });
});
