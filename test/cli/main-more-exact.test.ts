// What the first mutation run of src/cli/{main,parallel-check,entry,memory} left open (see main-exact):
// every command's action reached from main(), run()'s terminal width, standard input and warnings,
// start()'s choice of program, the garbage collection's flag, and checkFilesInParallel with worker
// threads stood in for by ones that run in this thread (the real ones load the build).
import { chmodSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalogue } from '../../src/catalogue/entries';
import { catalogueTable } from '../../src/catalogue/render';
import type { Config } from '../../src/config/types';
import { runCli } from '../helpers/cli';
import { runProcess as runProcessOf } from '../helpers/run-process';
import type { Ran } from '../helpers/run-process';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const LEDGER = 'version: 1\nfacility:\n  name: テスト\n';
const CLI_FOLDER = join(__dirname, '..', '..', 'src', 'cli');

describe("each command's action runs", () => {
  it.each([
    [['schema'], 0, undefined],
    [['due', 'nowhere.yaml'], 2, 'dokodemo-check: file not found: nowhere.yaml\n'],
    [['init', 'x.xls'], 2, 'dokodemo-check: the template workbook is written as .xlsx (e.g. dokodemo-check init ledger.xlsx): x.xls\n'],
    [['convert', 'a.yaml', 'b.txt'], 2, 'dokodemo-check: the output must end in .xlsx or .yaml (.yml): b.txt\n'],
    [['fix', '-', '-o', 'x.yaml'], 2, 'dokodemo-check: fix does not read standard input: name the ledger file\n'],
    [['diff', 'a.yaml'], 2, 'dokodemo-check: give two ledgers (dokodemo-check diff <old> <new>), or --git <rev> and one ledger\n'],
  ] as Array<[string[], number, string | undefined]>)('%j', (args, code, stderr) => {
    const run = runCli(args);
    expect(run.code).toBe(code);
    if (stderr === undefined) expect(run.stdout.length).toBeGreaterThan(1000);
    else expect(run.stderr).toBe(stderr);
  });
});

describe('run()', () => {
  /** run() loaded afresh, with its modules replaced as given, the streams and process.exit stood in for. */
  function runProcess(argv: string[], env: NodeJS.ProcessEnv, tty?: { columns: number }, mocks: Record<string, () => unknown> = {}): Ran {
    const start = () => {
      try {
        jest.isolateModules(() => {
          for (const [name, mock] of Object.entries(mocks)) jest.doMock(name, mock);
          (require('../../src/cli/main') as typeof import('../../src/cli/main')).run();
        });
      } finally {
        for (const name of Object.keys(mocks)) jest.dontMock(name);
      }
    };
    return runProcessOf(start, argv, env, { tty });
  }

  it("lays out for the terminal's width only on a terminal", () => {
    const env = { LANG: 'en_US.UTF-8' };
    expect(runProcess(['rules'], env, { columns: 50 })).toEqual({ stdout: catalogueTable(catalogue('en'), 'en', 50), stderr: '', exits: [0] });
    expect(runProcess(['rules'], env)).toEqual({ stdout: catalogueTable(catalogue('en'), 'en', undefined), stderr: '', exits: [0] });
  });

  it('reads standard input through readStdinUpTo', () => {
    const limits: number[] = [];
    const inputs = () => ({
      ...jest.requireActual<object>('../../src/cli/inputs'),
      readStdinUpTo: (limit: number) => {
        limits.push(limit);
        return Buffer.from(LEDGER);
      },
    });
    const ran = runProcess(['--as-of', '2026-11-24', '-f', 'github', '-', '--stdin-filename', 's.yaml'], { LANG: 'en_US.UTF-8' }, undefined, { '../../src/cli/inputs': inputs });
    expect([ran.exits, ran.stderr, ran.stdout.split('\n')[0], limits]).toEqual([[1], '', '::error file=s.yaml,line=1,col=1,title=schema::Required key `devices` (devices used for MCS) is missing. Add it as a list (one entry per line, starting with "- "; [] when there are none)', [64 * 1024 * 1024 + 1]]);
  });

  it('writes warnings to standard error', () => {
    const root = temp.make('cli-run-');
    writeFileSync(join(root, 'a.yaml'), LEDGER);
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'lang: ja\n');
    chmodSync(join(root, '.dokodemo-check.yaml'), 0o666);
    const ran = runProcess(['--as-of', '2026-11-24', '-f', 'json', join(root, 'a.yaml')], { LANG: 'en_US.UTF-8' });
    expect([ran.exits, ran.stderr]).toEqual([[1], `dokodemo-check: the configuration file ${join(root, '.dokodemo-check.yaml')}: anyone can write to it, so it is not used\n`]);
  });
});

describe('entry.ts start()', () => {
  function start(argv: string[], env: NodeJS.ProcessEnv, bundle?: string): number {
    let runs = 0;
    jest.isolateModules(() => {
      jest.doMock('../../src/cli/main', () => ({
        run: () => {
          runs++;
        },
      }));
      const entry = require('../../src/cli/entry') as typeof import('../../src/cli/entry');
      if (bundle !== undefined) writeFileSync(entry.BUNDLE_FILE, bundle);
      try {
        entry.start(argv, env);
      } finally {
        if (bundle !== undefined) require('node:fs').rmSync(entry.BUNDLE_FILE);
      }
    });
    jest.dontMock('../../src/cli/main');
    return runs;
  }

  it('runs the modules when there is no bundle, or with --debug', () => {
    expect(start([], {})).toBe(1);
    expect(start(['--debug'], {})).toBe(1);
    expect(start([], { DEBUG: 'dokodemo-check' })).toBe(1);
  });

  /** The sources of the workers start() begins for `argv` on two cores; `bundled`: the build's bundle is there
   * (its reading then fails, and the modules run: the workers were started before it was read). */
  function earlySources(argv: string[], env: NodeJS.ProcessEnv, bundled: boolean): string[] {
    const sources: string[] = [];
    jest.isolateModules(() => {
      const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
      const bundleFile = join(CLI_FOLDER, 'bundle.js');
      jest.doMock('node:fs', () => ({ ...fs, existsSync: (path: string) => (path === bundleFile ? bundled : fs.existsSync(path)) }));
      jest.doMock('node:os', () => ({ ...jest.requireActual<object>('node:os'), availableParallelism: () => 2 }));
      jest.doMock('node:worker_threads', () => ({
        Worker: class {
          constructor(source: string) {
            sources.push(source);
          }

          unref(): void {}
        },
      }));
      jest.doMock('../../src/cli/main', () => ({ run: () => undefined }));
      try {
        (require('../../src/cli/entry') as typeof import('../../src/cli/entry')).start(argv, env);
        const early = require('../../src/cli/early-workers') as typeof import('../../src/cli/early-workers');
        early.takeEarlyWorkers(true, 1);
        early.takeEarlyWorkers(false, 1);
      } finally {
        for (const name of ['node:fs', 'node:os', 'node:worker_threads', '../../src/cli/main']) jest.dontMock(name);
      }
    });
    return sources;
  }

  it('first starts the workers a check of a folder will use, loading the program as it will run', () => {
    const folder = temp.make('cli-entry-');
    const bundle = expect.stringContaining(`require(${JSON.stringify(join(CLI_FOLDER, 'entry.js'))}).compileBundle()`);
    const modules = expect.stringMatching(/^const program = require\([^)]*main\.js"\);/);
    expect(earlySources([folder], {}, true)).toEqual([bundle]);
    expect(earlySources([folder], {}, false)).toEqual([modules]);
    expect(earlySources(['--debug', folder], {}, true)).toEqual([modules]);
    expect(earlySources([folder], { DEBUG: 'dokodemo-check' }, true)).toEqual([modules]);
    expect(earlySources([join(folder, 'missing.yaml')], {}, true)).toEqual([]);
  });
});

describe('memory.ts', () => {
  it('exposes the collector once asked, and runs it', () => {
    const flags: string[] = [];
    const code: string[] = [];
    let collected = 0;
    let bound = 0;
    jest.isolateModules(() => {
      jest.doMock('node:v8', () => ({ setFlagsFromString: (flag: string) => flags.push(flag) }));
      jest.doMock('node:vm', () => ({
        runInNewContext: (text: string) => {
          code.push(text);
          return () => {
            collected++;
          };
        },
      }));
      const memory = require('../../src/cli/memory') as typeof import('../../src/cli/memory');
      bound = memory.COLLECT_AFTER_BYTES;
      memory.collectGarbage();
    });
    jest.dontMock('node:v8');
    jest.dontMock('node:vm');
    expect([flags, code, collected, bound]).toEqual([['--expose-gc'], ['gc'], 1, 8 * 1024 * 1024]);
  });
});

describe('checkFilesInParallel with worker threads that run in this thread', () => {
  type Parallel = typeof import('../../src/cli/parallel-check');
  interface Started {
    source: string;
    eval: boolean;
    transfers: number;
  }

  /** `use` given the module with Worker replaced: each runs the worker's side here as soon as it is given
   * its job (or, `dead`, nothing). The whole use inside the isolated registry: the module loads
   * node:worker_threads lazily. `early`: workers started as bin/ starts them (early-workers.ts) first. */
  function withWorkers(dead: boolean, use: (parallel: Parallel, started: readonly Started[]) => void, early?: { argv: string[]; bundled: boolean }): { started: Started[]; terminated: number; unref: number } {
    const started: Started[] = [];
    let terminated = 0;
    let unref = 0;
    let parallel: Parallel | undefined;
    jest.isolateModules(() => {
      const actual = jest.requireActual<typeof import('node:worker_threads')>('node:worker_threads');
      // Four cores, whatever this machine has: DOKODEMO_CHECK_JOBS=3 then starts two workers early.
      jest.doMock('node:os', () => ({ ...jest.requireActual<object>('node:os'), availableParallelism: () => 4 }));
      jest.doMock('node:worker_threads', () => ({
        ...actual,
        Worker: class {
          private readonly begun: Started;

          constructor(source: string, options: { eval: boolean }) {
            this.begun = { source, eval: options.eval, transfers: -1 };
            started.push(this.begun);
          }

          postMessage(job: Parameters<Parallel['runCheckWorker']>[0], transferList: unknown[]): void {
            this.begun.transfers = transferList.length;
            if (!dead) parallel!.runCheckWorker(job);
          }

          unref(): void {
            unref++;
          }

          terminate(): Promise<number> {
            terminated++;
            return Promise.resolve(0);
          }
        },
      }));
      try {
        if (early) (require('../../src/cli/early-workers') as typeof import('../../src/cli/early-workers')).startEarlyWorkers(early.argv, { DOKODEMO_CHECK_JOBS: '3' }, early.bundled);
        parallel = require('../../src/cli/parallel-check') as Parallel;
        use(parallel, started);
      } finally {
        jest.dontMock('node:worker_threads');
        jest.dontMock('node:os');
      }
    });
    return { started, terminated, unref };
  }

  function files(): string[] {
    const root = temp.make('cli-workers-');
    writeFileSync(join(root, 'a.yaml'), LEDGER);
    return [join(root, 'a.yaml'), root, join(__dirname, '..', '..', 'examples', 'home-nursing-clean.yaml')];
  }

  const configs = (count: number): Config[] => Array.from({ length: count }, () => ({ rules: {} }));

  const MODULES = `require(${JSON.stringify(join(CLI_FOLDER, 'main.js'))})`;
  const BUNDLE = `require(${JSON.stringify(join(CLI_FOLDER, 'entry.js'))}).compileBundle()?.cli ?? ${MODULES}`;
  /** What a worker runs: the program, then the job its first message brings. */
  const sourceOf = (program: string) => `const program = ${program};\nrequire('node:worker_threads').parentPort.once('message', (job) => program.runCheckWorker(job));`;

  it("starts threads - 1 workers on the program's entry, gives each the job, and puts their answers in file order", () => {
    const paths = files();
    let checks: ReturnType<Parallel['checkFilesInParallel']> = [];
    const { started, terminated, unref } = withWorkers(false, (parallel) => {
      checks = parallel.checkFilesInParallel(paths, 3, '2026-11-24', configs(3), false);
    });
    expect(started).toEqual([{ source: sourceOf(MODULES), eval: true, transfers: 1 }, { source: sourceOf(MODULES), eval: true, transfers: 1 }]);
    expect([terminated, unref]).toEqual([2, 0]);
    expect(checks.map((check) => check.findings.map((finding) => finding.ruleId))).toEqual([Array(7).fill('schema'), ['unreadable-file'], []]);
    expect(checks[1]!.findings[0]!.message.en).toBe(`not a regular file: ${paths[1]}`);
  });

  it('starts bundled workers from the bundle, falling back to the modules', () => {
    const { started } = withWorkers(false, (parallel) => parallel.checkFilesInParallel(files(), 2, '2026-11-24', configs(3), true));
    expect(started.map((one) => one.source)).toEqual([sourceOf(BUNDLE)]);
  });

  it('gives the job to the workers bin/ started early, unreferenced, and starts only those still missing', () => {
    const paths = files();
    let checks: ReturnType<Parallel['checkFilesInParallel']> = [];
    let second: Started[] = [];
    const { started, terminated, unref } = withWorkers(
      false,
      (parallel, started) => {
        checks = parallel.checkFilesInParallel(paths, 3, '2026-11-24', configs(3), true);
        second = [...started];
        // Each is given once: a second check starts workers of its own.
        parallel.checkFilesInParallel(paths.slice(0, 2), 2, '2026-11-24', configs(2), true);
      },
      { argv: [dirname(paths[0]!)], bundled: true },
    );
    expect(second).toEqual([{ source: sourceOf(BUNDLE), eval: true, transfers: 1 }, { source: sourceOf(BUNDLE), eval: true, transfers: 1 }]);
    expect(started).toHaveLength(3);
    expect([terminated, unref]).toEqual([3, 2]);
    expect(checks.map((check) => check.findings.map((finding) => finding.ruleId))).toEqual([Array(7).fill('schema'), ['unreadable-file'], []]);
  });

  it('leaves workers started early for the other way of loading the program (the bundle failed) idle', () => {
    const paths = files();
    const { started, terminated, unref } = withWorkers(false, (parallel) => parallel.checkFilesInParallel(paths, 2, '2026-11-24', configs(3), false), { argv: [dirname(paths[0]!)], bundled: true });
    expect(started.map((one) => [one.source, one.transfers])).toEqual([[sourceOf(BUNDLE), -1], [sourceOf(BUNDLE), -1], [sourceOf(MODULES), 1]]);
    expect([terminated, unref]).toEqual([1, 2]);
    withWorkers(false, () => (require('../../src/cli/early-workers') as typeof import('../../src/cli/early-workers')).takeEarlyWorkers(true, 2));
  });

  it('gives up on a worker that stops answering after ten minutes', () => {
    const times = [0, 0, 10 * 60 * 1000, 10 * 60 * 1000 + 1];
    const paths = files().slice(0, 1);
    let thrown: unknown;
    const now = jest.spyOn(Date, 'now').mockImplementation(() => times.shift() ?? 10 * 60 * 1000 + 1);
    let left: number[] = [];
    const { terminated } = withWorkers(true, (parallel) => {
      try {
        parallel.checkFilesInParallel(paths, 2, '2026-11-24', configs(1), false);
      } catch (error) {
        thrown = error;
      } finally {
        left = [...times];
        now.mockRestore();
      }
    });
    expect((thrown as Error).message).toBe('a worker thread stopped without finishing its files');
    expect(left).toEqual([]);
    expect(terminated).toBe(1);
  });
});
