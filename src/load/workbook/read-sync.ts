// A workbook read synchronously, as the CLI reads every ledger: the zip guard here, before anything is
// expanded; exceljs in a worker thread with a bounded heap and time (sync-worker.ts); the layout's codec.
import type { ParsedLedger } from '../parse';
import { runInWorkerSync } from '../sync-worker';
import { workbookLedger } from './ledger';
export { withWorkbookHint } from './messages';
import { cannotRead, unreadable } from './read';
import { reviveSheets } from './sheets';
import type { PortableSheets } from './sheets';
import { guardWorkbook } from './zip-guard';

/** Far above what a workbook within the guard's limits takes on a slow machine. */
export const READ_TIME_LIMIT_MS = 60_000;
/** Heap for exceljs: a workbook at the guard's limits needs about half. */
export const READ_HEAP_MB = 512;

/** A workbook's bytes → the parsed ledger (value and cells); a UsageError (exit 2) when it cannot be read. */
export function readWorkbookSync(bytes: Uint8Array, name: string): ParsedLedger {
  const guard = guardWorkbook(bytes);
  if (!guard.ok) throw unreadable(name, guard.message);
  const outcome = runInWorkerSync<PortableSheets>('load/workbook/sheets', 'readPortableSheets', bytes, { timeLimitMs: READ_TIME_LIMIT_MS, heapMb: READ_HEAP_MB });
  if (outcome.ok) return workbookLedger(reviveSheets(outcome.value));
  if ('timedOut' in outcome) {
    throw unreadable(name, {
      ja: `ブックを ${READ_TIME_LIMIT_MS / 1000} 秒以内に読み終えられませんでした（大きすぎるか壊れています）。台帳を施設ごとのブックに分けるか、Excel で保存し直してください`,
      en: `the workbook could not be read within ${READ_TIME_LIMIT_MS / 1000} s (too large or damaged); split the ledger into one workbook per facility, or save it again from Excel`,
    });
  }
  throw unreadable(name, cannotRead(outcome.failure));
}
