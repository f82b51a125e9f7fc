// A worker thread's side of a many-file check (src/cli/parallel-check.ts's runCheckWorker, started through
// main.ts's), run in-process on a job as its first message brings it, and the main thread's
// own share of the files: which files each takes from the shared counter, and what it says of each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import type { Config } from '../../src/config/types';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const LEDGER = 'version: 1\nfacility:\n  name: テスト\n';

interface Posted {
  index: number;
  check?: { findings: Array<{ ruleId: string }>; places?: unknown; overdue?: number };
  usage?: { ja: string; en: string };
  failure?: { message: string; stack?: string };
}

/** main.ts's runCheckWorker on a job (what a worker's first message brings); the outcomes it posted and the shared counters after. */
function asWorker(paths: string[], configs: Array<Config | null>, next = 0, places = false): { posted: Posted[]; shared: number[] } {
  const posted: Posted[] = [];
  const shared = new Int32Array(new SharedArrayBuffer(8));
  shared[0] = next;
  const port = { postMessage: (outcome: Posted) => posted.push(outcome) } as unknown as MessagePort;
  const { runCheckWorker } = require('../../src/cli/main') as typeof import('../../src/cli/main');
  runCheckWorker({ paths, asOf: '2026-11-24', places, configs: configs as Config[], bundled: false, shared, port });
  return { posted, shared: [...shared] };
}

function folder(): { a: string; dir: string; clean: string } {
  const root = temp.make('cli-worker-');
  writeFileSync(join(root, 'a.yaml'), LEDGER);
  mkdirSync(join(root, 'd'));
  return { a: join(root, 'a.yaml'), dir: join(root, 'd'), clean: join(__dirname, '..', '..', 'examples', 'home-nursing-clean.yaml') };
}

describe('runCheckWorker', () => {
  it('takes files from the counter until none are left, posting each outcome, then counts itself finished', () => {
    const { a, dir, clean } = folder();
    const { posted, shared } = asWorker([a, dir, clean], [{ rules: {} }, { rules: {} }, { rules: {} }]);
    expect(shared).toEqual([4, 1]);
    expect(posted.map((outcome) => [outcome.index, Object.keys(outcome)])).toEqual([[0, ['index', 'check']], [1, ['index', 'usage']], [2, ['index', 'check']]]);
    expect(posted[0]!.check!.findings.map((finding) => finding.ruleId)).toEqual(Array(7).fill('schema'));
    expect(posted[1]!.usage).toEqual({ ja: `通常のファイルではありません: ${dir}`, en: `not a regular file: ${dir}` });
    expect([posted[2]!.check!.findings, posted[2]!.check!.overdue, posted[2]!.check!.places]).toEqual([[], 0, undefined]);
  });

  it('starts where the counter stands, and keeps the places when asked', () => {
    const { a, clean } = folder();
    const { posted, shared } = asWorker([a, a, clean], [{ rules: {} }, { rules: {} }, { rules: {} }], 2, true);
    expect(shared).toEqual([4, 1]);
    expect(posted.map((outcome) => outcome.index)).toEqual([2]);
    expect(posted[0]!.check!.places).toBeDefined();
    expect(asWorker([a], [{ rules: {} }], 1)).toEqual({ posted: [], shared: [2, 1] });
  });

  it('sends any other error as data, and counts itself finished', () => {
    const { clean } = folder();
    const { posted, shared } = asWorker([clean], [null]);
    expect(shared).toEqual([2, 1]);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.index).toBe(0);
    expect(posted[0]!.failure!.message).toMatch(/\S/);
    expect(posted[0]!.failure!.stack).toContain(posted[0]!.failure!.message);
  });
});

describe("checkFilesInParallel's main thread", () => {
  it('throws the first other error in file order, with its stack', () => {
    const { checkFilesInParallel } = require('../../src/cli/parallel-check') as typeof import('../../src/cli/parallel-check');
    const { a, clean } = folder();
    const worker = asWorker([clean], [null]).posted[0]!.failure!;
    let thrown: Error | undefined;
    try {
      checkFilesInParallel([a, clean, clean], 1, '2026-11-24', [{ rules: {} }, null as unknown as Config, { rules: {} }], false);
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown!.message).toBe(worker.message);
    expect(thrown!.stack!.split('\n')[0]).toBe(worker.stack!.split('\n')[0]);
    expect(thrown!.stack).toContain('parallel-check');
  });
});
