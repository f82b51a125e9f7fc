// The main thread's side of writing a workbook: exceljs runs in a worker (sync-worker.ts, shared with
// the reader) and this waits for its bytes. exceljs is never loaded on this thread.
import { UsageError } from '../errors';
import { runInWorkerSync } from '../load/sync-worker';
import type { WriteJob } from './write';

/** A 2,000-user ledger takes a few seconds; the limits only stop a runaway. */
export const WRITE_LIMITS = { timeLimitMs: 120_000, heapMb: 1024 };

export function writeWorkbookSync(job: WriteJob, shownName: string): Uint8Array {
  const outcome = runInWorkerSync<Uint8Array>('workbook/write', 'writeLedgerWorkbook', job, WRITE_LIMITS);
  if (outcome.ok) return outcome.value;
  if ('timedOut' in outcome) {
    throw new UsageError({
      ja: `${shownName}: ブックの作成が ${WRITE_LIMITS.timeLimitMs / 1000} 秒以内に終わりませんでした（台帳が大きすぎるか、メモリが足りません）`,
      en: `${shownName}: writing the workbook took more than ${WRITE_LIMITS.timeLimitMs / 1000} seconds (the ledger is too large, or memory ran out)`,
    });
  }
  throw new Error(`writing the workbook failed: ${outcome.failure}`);
}
