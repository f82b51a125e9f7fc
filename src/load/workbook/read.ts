// A workbook's bytes → the parsed ledger, asynchronously: the zip guard, exceljs, the layout's codec.
// Nothing here needs a synchronous caller; the CLI uses read-sync.ts, which runs exceljs in a worker.
import { UsageError } from '../../errors';
import type { Bilingual } from '../../types';
import type { ParsedLedger } from '../parse';
import { workbookLedger } from './ledger';
import { readSheets } from './sheets';
import { guardWorkbook } from './zip-guard';

/** What exceljs's own failure tells the user (the CLI's and the page's words). */
export function cannotRead(failure: string): Bilingual {
  return {
    ja: `ブックを読めません（${failure}）。Excel で開けるか確かめ、.xlsx 形式で保存し直してください`,
    en: `the workbook cannot be read (${failure}); check that Excel opens it and save it again as .xlsx`,
  };
}

/** A refusal as one line: the file's name, then why and what to do. */
export function unreadable(name: string, message: Bilingual): UsageError {
  return new UsageError({ ja: `${name}: ${message.ja}`, en: `${name}: ${message.en}` });
}

export type WorkbookRead = { ok: true; ledger: ParsedLedger } | { ok: false; message: Bilingual };

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  const guard = guardWorkbook(bytes);
  if (!guard.ok) return guard;
  return { ok: true, ledger: workbookLedger(await readSheets(bytes)) };
}

/** readWorkbook for a caller without a worker (the offline page): refusals and failures as read-sync.ts throws them. */
export async function readWorkbookOrThrow(bytes: Uint8Array, name: string): Promise<ParsedLedger> {
  let read: WorkbookRead;
  try {
    read = await readWorkbook(bytes);
  } catch (error) {
    throw unreadable(name, cannotRead(error instanceof Error ? error.message : String(error)));
  }
  if (!read.ok) throw unreadable(name, read.message);
  return read.ledger;
}
