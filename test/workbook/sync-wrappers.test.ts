// The command line's synchronous side of reading and writing workbooks (exceljs writes in a worker;
// reading runs on the calling thread): the real worker once each way, then the worker's other answers
// (out of time, a failure), which a real workbook cannot produce on demand, from a stand-in for it.
import { HOSTILE_WORKBOOKS } from '../fixtures/bad/workbooks';
import { ledgerFile } from '../helpers/workbook';
import type { SyncOutcome } from '../../src/load/sync-worker';

const CLINIC = 'examples/clinic-with-findings.yaml';

type WriteSync = typeof import('../../src/workbook/write-sync');
type ReadSync = typeof import('../../src/workbook/read-sync');

/** The wrappers with the worker answering `outcome`, and the calls it got. */
function withWorker(outcome: SyncOutcome<unknown>) {
  const calls: unknown[][] = [];
  let modules: { write: WriteSync; read: ReadSync } | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/load/sync-worker', () => ({
      runInWorkerSync: (...args: unknown[]) => {
        calls.push(args.slice(0, 2).concat([args[3]]));
        return outcome;
      },
    }));
    modules = { write: require('../../src/workbook/write-sync'), read: require('../../src/workbook/read-sync') };
  });
  return { ...modules!, calls };
}

/** What `action` threw: a usage error's two languages (exit 2), or another error's message. */
function thrown(action: () => unknown): unknown {
  try {
    action();
    return 'returned';
  } catch (error) {
    // Each isolated module registry has its own UsageError class: told apart by name.
    return (error as Error).name === 'UsageError' ? { usage: (error as { text: unknown }).text } : { error: (error as Error).message };
  }
}

const workbookBytes = () => {
  const { writeWorkbookSync } = require('../../src/workbook/write-sync') as WriteSync;
  return writeWorkbookSync({ ledger: ledgerFile(CLINIC) }, 'clinic.xlsx');
};

describe('with the real worker', () => {
  it('a ledger written to a workbook reads back as the same ledger', () => {
    const bytes = workbookBytes();
    expect(Buffer.from(bytes.subarray(0, 4))).toEqual(Buffer.from('PK\u0003\u0004'));
    const { readWorkbookSync } = require('../../src/workbook/read-sync') as ReadSync;
    expect(readWorkbookSync(bytes, 'clinic.xlsx').value).toEqual(ledgerFile(CLINIC));
  });
});

describe('the worker\'s other answers', () => {
  it('writing: the worker is asked for writeLedgerWorkbook within 120 s and 1 GB, and its bytes are returned as they are', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { write, calls } = withWorker({ ok: true, value: bytes });
    expect(write.writeWorkbookSync({ ledger: {} }, 'out.xlsx')).toBe(bytes);
    expect(calls).toEqual([['workbook/write', 'writeLedgerWorkbook', { timeLimitMs: 120_000, heapMb: 1024 }]]);
  });

  it('writing out of time: one line naming the file and the limit in seconds', () => {
    const { write } = withWorker({ ok: false, timedOut: true });
    expect(thrown(() => write.writeWorkbookSync({ ledger: {} }, 'out.xlsx'))).toEqual({
      usage: {
        ja: 'out.xlsx: ブックの作成が 120 秒以内に終わりませんでした（台帳が大きすぎるか、メモリが足りません）',
        en: 'out.xlsx: writing the workbook took more than 120 seconds (the ledger is too large, or memory ran out)',
      },
    });
  });

  it('writing that fails in the worker is a program error (exceljs refusing its own input), not a usage error', () => {
    const { write } = withWorker({ ok: false, failure: 'Invalid row number' });
    expect(thrown(() => write.writeWorkbookSync({ ledger: {} }, 'out.xlsx'))).toEqual({ error: 'writing the workbook failed: Invalid row number' });
  });

  // Reading needs no worker since the reader is synchronous and bounded (sheets.ts): whatever the worker
  // would answer, reading does not ask it.
  it('reading runs on the calling thread: the worker is never asked; refusals are one line naming the file', () => {
    const bytes = workbookBytes();
    const { read, calls } = withWorker({ ok: false, timedOut: true });
    expect(read.readWorkbookSync(bytes, 'clinic.xlsx').value).toEqual(ledgerFile(CLINIC));
    expect(thrown(() => read.readWorkbookSync(HOSTILE_WORKBOOKS['macro.xlsm']!.make(), 'macro.xlsm'))).toMatchObject({ usage: { en: expect.stringMatching(/^macro\.xlsm: macro-enabled workbooks/) } });
    expect(calls).toEqual([]);
  });
});
