// Which command lines start a many-file check's workers before the program loads (src/cli/early-workers.ts),
// and how many: those with a folder or 4 MB of files to check, never a hook's few small ledgers.
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const FOUR_MB = 4 * 1024 * 1024;

type EarlyWorkers = typeof import('../../src/cli/early-workers');

/** The module with `cores` cores and a stand-in Worker; the workers `use` started, and how many were unreferenced. */
function withCores(cores: number, use: (early: EarlyWorkers) => void): { sources: string[]; unref: number } {
  const sources: string[] = [];
  let unref = 0;
  jest.isolateModules(() => {
    jest.doMock('node:os', () => ({ ...jest.requireActual<object>('node:os'), availableParallelism: () => cores }));
    jest.doMock('node:worker_threads', () => ({
      Worker: class {
        constructor(source: string) {
          sources.push(source);
        }

        unref(): void {
          unref++;
        }
      },
    }));
    try {
      const early = require('../../src/cli/early-workers') as EarlyWorkers;
      use(early);
      early.takeEarlyWorkers(true, Infinity);
      early.takeEarlyWorkers(false, Infinity);
    } finally {
      jest.dontMock('node:os');
      jest.dontMock('node:worker_threads');
    }
  });
  return { sources, unref };
}

function tree(): { root: string; small: string; other: string; big: string } {
  const root = temp.make('early-workers-');
  mkdirSync(join(root, 'ledgers'));
  writeFileSync(join(root, 'small.yaml'), 'version: 1\n');
  writeFileSync(join(root, 'other.yaml'), 'version: 1\n');
  writeFileSync(join(root, 'big.yaml'), '');
  truncateSync(join(root, 'big.yaml'), FOUR_MB - 11);
  return { root, small: join(root, 'small.yaml'), other: join(root, 'other.yaml'), big: join(root, 'big.yaml') };
}

describe('mayCheckManyFiles', () => {
  it('says yes for a folder to check, or files of 4 MB together, and no otherwise', () => {
    const { root, small, other, big } = tree();
    const answers = (argvs: string[][]) => {
      let said: boolean[] = [];
      withCores(2, (early) => (said = argvs.map((argv) => early.mayCheckManyFiles(argv))));
      return said;
    };
    expect(
      answers([
        [join(root, 'ledgers')],
        ['check', '--as-of', '2026-11-24', root],
        [small, big], // exactly 4 MB
        [small, small, big], // the same file twice counts twice, as it is checked twice
        [small, other],
        [big],
        [],
        ['-', small],
        [join(root, 'missing'), small],
        ['--output', 'x', small],
        [`-o${root}`, small], // an option's own value is not looked at
      ]),
    ).toEqual([true, true, true, true, false, false, false, false, false, false, false]);
  });

  it('never takes an option for a path, even when a folder of that name is here', () => {
    const { root, small } = tree();
    mkdirSync(join(root, '--quiet'));
    mkdirSync(join(root, '-'));
    const here = process.cwd();
    let said: boolean[] = [];
    try {
      process.chdir(root);
      withCores(2, (early) => (said = [early.mayCheckManyFiles(['--quiet', small]), early.mayCheckManyFiles(['-', small]), early.mayCheckManyFiles(['ledgers'])]));
    } finally {
      process.chdir(here);
    }
    expect(said).toEqual([false, false, true]);
  });

  it('says no for the commands that check no files in parallel', () => {
    const { root } = tree();
    let said: boolean[] = [];
    withCores(2, (early) => (said = ['due', 'rules', 'schema', 'init', 'convert', 'fix', 'diff', 'help', 'check'].map((command) => early.mayCheckManyFiles([command, root]))));
    expect(said).toEqual([false, false, false, false, false, false, false, false, true]);
  });
});

describe('startEarlyWorkers', () => {
  const start = (cores: number, argv: string[], env: NodeJS.ProcessEnv) => withCores(cores, (early) => early.startEarlyWorkers(argv, env, true)).sources.length;

  it('starts as many workers as a check of those files would use besides this thread, unreferenced', () => {
    const { root, small } = tree();
    expect([start(2, [root], {}), start(8, [root], {}), start(8, [root], { DOKODEMO_CHECK_JOBS: '6' }), start(4, [root], { DOKODEMO_CHECK_JOBS: '8' })]).toEqual([1, 3, 5, 3]);
    expect([start(1, [root], {}), start(8, [root], { DOKODEMO_CHECK_JOBS: '1' }), start(8, [small], {})]).toEqual([0, 0, 0]);
    expect(withCores(4, (early) => early.startEarlyWorkers([root], {}, false)).unref).toBe(3);
  });

  it('gives each worker once, and only to a check that loads the program the same way', () => {
    const { root } = tree();
    let taken: number[] = [];
    withCores(4, (early) => {
      early.startEarlyWorkers([root], {}, true);
      taken = [early.takeEarlyWorkers(false, 3).length, early.takeEarlyWorkers(true, 2).length, early.takeEarlyWorkers(true, 2).length, early.takeEarlyWorkers(true, 2).length];
    });
    expect(taken).toEqual([0, 2, 1, 0]);
  });

  it('writes the program to load into the source: the bundle through the entry, or the modules', () => {
    const cli = join(__dirname, '..', '..', 'src', 'cli');
    const sources = withCores(2, (early) => {
      early.startEarlyWorkers([tree().root], {}, true);
      early.takeEarlyWorkers(true, 1);
      early.startEarlyWorkers([tree().root], {}, false);
    }).sources;
    const main = `require(${JSON.stringify(join(cli, 'main.js'))})`;
    const after = "\nrequire('node:worker_threads').parentPort.once('message', (job) => program.runCheckWorker(job));";
    expect(sources).toEqual([`const program = require(${JSON.stringify(join(cli, 'entry.js'))}).compileBundle()?.cli ?? ${main};${after}`, `const program = ${main};${after}`]);
  });
});
