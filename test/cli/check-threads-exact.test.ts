// How `check` shares its files out (src/cli/check-command.ts's checkAll), with parallel-check.ts and
// memory.ts stood in for: from the sources a run never starts workers (they load the build), so which
// files go to the threads, with which options, and how the answers are put back in order is seen here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeptCheck } from '../../src/engine/check-file';
import type { Config } from '../../src/config/types';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const LEDGER = 'version: 1\nfacility:\n  name: テスト\n';

interface Recorded {
  threadsFor: Array<[string[], string | undefined]>;
  parallel: Array<{ paths: string[]; threads: number; asOf: string; configs: Config[]; bundled: boolean; places: boolean }>;
  collected: number;
}

/** main() with `threads` answered by threadsFor and each parallel check a made-up finding naming its file. */
function withThreads(threads: number, collectAfter = Number.MAX_SAFE_INTEGER) {
  const recorded: Recorded = { threadsFor: [], parallel: [], collected: 0 };
  // The whole run inside the isolated registry: main loads the check command lazily, when it runs.
  const run = (args: string[], stdin = '') => {
    let stdout = '';
    let result: { code: number; stderr: string } | undefined;
    jest.isolateModules(() => {
      jest.doMock('../../src/cli/parallel-check', () => ({
        ...jest.requireActual<object>('../../src/cli/parallel-check'),
        threadsFor: (paths: string[], env: NodeJS.ProcessEnv) => {
          recorded.threadsFor.push([[...paths], env.MARK]);
          return threads;
        },
        checkFilesInParallel: (paths: string[], count: number, asOf: string, configs: Config[], bundled: boolean, places: boolean): KeptCheck[] => {
          recorded.parallel.push({ paths: [...paths], threads: count, asOf, configs, bundled, places });
          return paths.map((path) => ({
            findings: [{ ruleId: 'mfa', severity: 'warning', path: [], position: { line: 2, column: 3 }, message: { ja: `偽 ${path}`, en: `made up for ${path}` }, data: {}, sources: [] }],
          }));
        },
      }));
      jest.doMock('../../src/cli/memory', () => ({
        COLLECT_AFTER_BYTES: collectAfter,
        collectGarbage: () => {
          recorded.collected++;
        },
      }));
      const { main } = require('../../src/cli/main') as typeof import('../../src/cli/main');
      result = main(['--as-of', '2026-11-24', '-f', 'github', ...args], {
        env: { LANG: 'en_US.UTF-8', MARK: 'env' },
        cwd: process.cwd(),
        stdoutIsTty: false,
        readStdin: () => Buffer.from(stdin),
        writeStdout: (text) => {
          stdout += text;
        },
      });
    });
    jest.dontMock('../../src/cli/parallel-check');
    jest.dontMock('../../src/cli/memory');
    return { ...result!, lines: stdout.split('\n').filter(Boolean) };
  };
  return { recorded, run };
}

function ledgers(): { a: string; b: string } {
  const root = temp.make('cli-threads-');
  writeFileSync(join(root, 'a.yaml'), LEDGER);
  writeFileSync(join(root, 'b.yaml'), LEDGER);
  return { a: join(root, 'a.yaml'), b: join(root, 'b.yaml') };
}

describe('checkAll', () => {
  it('gives the readable files to the threads and checks what the walk found unreadable here, in input order', () => {
    const { a, b } = ledgers();
    const { recorded, run } = withThreads(2);
    const result = run([a, '/dev/null', b]);
    expect(recorded.threadsFor).toEqual([[[a, b], 'env']]);
    expect(recorded.parallel).toEqual([{ paths: [a, b], threads: 2, asOf: '2026-11-24', configs: [{ rules: {} }, { rules: {} }], bundled: false, places: true }]);
    expect(result.lines).toEqual([
      `::warning file=${a},line=2,col=3,title=mfa::made up for ${a}`,
      '::error file=/dev/null,line=1,col=1,title=unreadable-file::not a regular file: /dev/null',
      `::warning file=${b},line=2,col=3,title=mfa::made up for ${b}`,
    ]);
    expect(result.code).toBe(1);
  });

  it('asks for the places only when the checks across ledgers run', () => {
    const { a, b } = ledgers();
    const without = withThreads(2);
    without.run(['--no-cross', a, b]);
    expect(without.recorded.parallel.map((call) => call.places)).toEqual([false]);
    const two = withThreads(2);
    two.run([a, b]);
    expect(two.recorded.parallel.map((call) => call.places)).toEqual([true]);
  });

  it('checks everything here when threadsFor says one thread', () => {
    const { a, b } = ledgers();
    const { recorded, run } = withThreads(1);
    const result = run([a, b]);
    expect(recorded.threadsFor).toEqual([[[a, b], 'env']]);
    expect(recorded.parallel).toEqual([]);
    expect(result.lines.filter((line) => line.includes('title=schema'))).toHaveLength(14);
  });

  it('never asks for threads when standard input is among the inputs', () => {
    const { a } = ledgers();
    const { recorded, run } = withThreads(2);
    const result = run([a, '-', '--stdin-filename', 's.yaml'], LEDGER);
    expect([recorded.threadsFor, recorded.parallel]).toEqual([[], []]);
    expect(result.lines.filter((line) => line.includes('file=s.yaml,'))).toHaveLength(7);
  });

  it('collects garbage after reading as many bytes as the bound here, not below it', () => {
    const { a, b } = ledgers();
    const bytes = Buffer.byteLength(LEDGER);
    const at = withThreads(1, 2 * bytes);
    at.run([a, b]);
    expect(at.recorded.collected).toBe(1);
    const above = withThreads(1, 2 * bytes + 1);
    above.run([a, b]);
    expect(above.recorded.collected).toBe(0);
    const one = withThreads(1, bytes);
    one.run([a]);
    expect(one.recorded.collected).toBe(1);
    const threads = withThreads(2, 1);
    threads.run([a, b]);
    expect(threads.recorded.collected).toBe(0);
  });
});
