// A job past its time limit must not take the process down. Ending a worker thread while zlib works in
// it aborts Node 20 (a native assertion, "close before init", in the worker's teardown): CI died of it
// once. First, exactly: a timed-out worker is ended only once its job has settled, else told to end
// itself then. Second, for real: a hundred time-outs of a zlib-busy job in a process of their own (an
// abort would take the test runner with it); as a race it catches the old code in some runs, not all.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = `
  const { runInWorkerSync } = require(${JSON.stringify(join(ROOT, 'dist', 'load', 'sync-worker.js'))});
  const outcomes = [];
  for (let round = 0; round < 100; round++) outcomes.push(runInWorkerSync('../test/fixtures/workers/zlib-busy', 'spin', 400, { timeLimitMs: 80 + (round % 5) * 10, heapMb: 64 }));
  process.stdout.write(JSON.stringify([...new Set(outcomes.map((outcome) => JSON.stringify(outcome)))]));
`;

it('100 time-outs of a job that keeps zlib busy: each a timedOut outcome, and the process ends normally', () => {
  const run = spawnSync(process.execPath, ['-e', SCRIPT], { encoding: 'utf8', timeout: 120_000 });
  expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ status: 0, signal: null, stderr: '' });
  expect(JSON.parse(run.stdout)).toEqual([JSON.stringify({ ok: false, timedOut: true })]);
});

describe('a worker past its time limit (worker_threads stood in for)', () => {
  afterEach(() => jest.dontMock('node:worker_threads'));

  /** One timed-out call; `settles` says whether the job settled (without a message) while the caller looked. */
  function timeOut(settles: boolean): { terminated: number; left: number } {
    let terminated = 0;
    let shared: Int32Array | undefined;
    jest.resetModules();
    jest.doMock('node:worker_threads', () => {
      const actual = jest.requireActual('node:worker_threads') as typeof import('node:worker_threads');
      return {
        ...actual,
        Worker: class {
          unref(): void {}
          postMessage(job: { shared: Int32Array }): void {
            shared = job.shared;
            if (settles) Atomics.store(shared, 0, 1); // done, but nothing posted: the caller sees no answer
          }
          terminate(): Promise<number> {
            terminated++;
            return Promise.resolve(0);
          }
        },
      };
    });
    const { runInWorkerSync } = require('../../src/load/sync-worker') as typeof import('../../src/load/sync-worker');
    expect(runInWorkerSync('load/sync-worker', 'runInWorkerSync', null, { timeLimitMs: 5, heapMb: 16 })).toEqual({ ok: false, timedOut: true });
    return { terminated, left: shared![1]! };
  }

  it('still working: not ended, told to end itself when its job settles', () => {
    expect(timeOut(false)).toEqual({ terminated: 0, left: 1 });
  });

  it('settled meanwhile: idle, so ended', () => {
    expect(timeOut(true)).toEqual({ terminated: 1, left: 1 });
  });
});
