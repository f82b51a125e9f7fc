// A workbook's bytes → the parsed ledger: the zip guard, the reader of its parts (sheets.ts), the
// layout's codec. Synchronous and bounded; the async forms are for callers that await (the page).
import { UsageError } from '../errors';
import type { Bilingual } from '../types';
import type { ParsedLedger } from '../load/parse';
import { WorkbookFault } from './fault';
import { workbookLedger } from './ledger';
import { readSheets } from './sheets';

/** What a failure the reader did not foresee tells the user: what to do, never a parser's words. */
export const CANNOT_READ: Bilingual = {
  ja: 'ブックを読めません。Excel で開けるか確かめ、.xlsx 形式で保存し直してください',
  en: 'the workbook cannot be read; check that Excel opens it and save it again as .xlsx',
};

/** A refusal as one line: the file's name, then why and what to do. */
export function unreadable(name: string, message: Bilingual): UsageError {
  return new UsageError({ ja: `${name}: ${message.ja}`, en: `${name}: ${message.en}` });
}

export type WorkbookRead = { ok: true; ledger: ParsedLedger } | { ok: false; message: Bilingual };

/** The ledger, or why the workbook cannot be read (`name`, the file's, tells an Excel owner file). */
export function readWorkbookResult(bytes: Uint8Array, name = ''): WorkbookRead {
  let sheets;
  try {
    sheets = readSheets(bytes, name);
  } catch (error) {
    if (error instanceof WorkbookFault) return { ok: false, message: error.reason };
    if (error instanceof RangeError) return { ok: false, message: CANNOT_READ }; // out of memory for a string or an array
    throw error;
  }
  return { ok: true, ledger: workbookLedger(sheets) };
}

export async function readWorkbook(bytes: Uint8Array, name = ''): Promise<WorkbookRead> {
  return readWorkbookResult(bytes, name);
}

/** The ledger; a UsageError (exit 2, one line) when the workbook cannot be read. */
export function readWorkbookOrThrowSync(bytes: Uint8Array, name: string): ParsedLedger {
  const read = readWorkbookResult(bytes, name);
  if (!read.ok) throw unreadable(name, read.message);
  return read.ledger;
}

/** For callers that await (the offline page): refusals as the CLI's. */
export async function readWorkbookOrThrow(bytes: Uint8Array, name: string): Promise<ParsedLedger> {
  return readWorkbookOrThrowSync(bytes, name);
}
