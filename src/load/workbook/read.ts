// A workbook's bytes → the parsed ledger, asynchronously: the zip guard, exceljs, the layout's codec.
// Nothing here needs a synchronous caller; the CLI uses read-sync.ts, which runs exceljs in a worker.
import type { Bilingual } from '../../types';
import type { ParsedLedger } from '../parse';
import { workbookLedger } from './ledger';
import { readSheets } from './sheets';
import { guardWorkbook } from './zip-guard';

export type WorkbookRead = { ok: true; ledger: ParsedLedger } | { ok: false; message: Bilingual };

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  const guard = guardWorkbook(bytes);
  if (!guard.ok) return guard;
  return { ok: true, ledger: workbookLedger(await readSheets(bytes)) };
}
