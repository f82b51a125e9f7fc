// Workbook bytes → its sheets as plain cell values (workbook-codec.ts's SheetCells), with exceljs,
// loaded here only. Formulas give their cached result and are never evaluated (one never calculated
// is an empty cell); date cells, in the 1900 or the 1904 date system, are dates; rich text and links
// are their text; an error cell is its text (#N/A), which the schema then reports at that cell; a cell
// merged down a column holds the merge's value, one merged across columns is empty.
import type { Cell, CellValue as ExcelValue, Workbook } from 'exceljs';
import type { CellValue, SheetCells } from '../workbook-codec';

export function cellValue(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as { result?: ExcelValue }).result);
  if ('text' in value) return cellValue((value as { text: ExcelValue }).text);
  return null;
}

/**
 * Merged cells: exceljs gives every cell of a merge the first cell's value. Down a column that is what a
 * person means (所属 merged over several rows applies to each); across columns it is not (the other
 * columns are other items), so those cells are empty, as Excel shows them.
 */
function mergedAcross(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.col !== cell.col;
}

export function sheetsOf(workbook: Workbook): SheetCells[] {
  return workbook.worksheets.map((worksheet) => {
    const rows: CellValue[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (mergedAcross(cell)) return;
        cells[column - 1] = cellValue(cell.value);
      });
      rows[rowNumber - 1] = cells;
    });
    return { name: worksheet.name, rows };
  });
}

/** Bytes that passed the zip guard → their sheets. Runs in a worker thread (read-sync.ts) or a page. */
export async function readSheets(bytes: Uint8Array): Promise<SheetCells[]> {
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return sheetsOf(workbook);
}

/** A date as it crosses to another thread: a Date revived there may belong to another realm (a test's vm). */
export interface PortableDate {
  time: number;
}

export type PortableSheets = Array<{ name: string; rows: Array<Array<Exclude<CellValue, Date> | PortableDate> | undefined> }>;

/** readSheets for a worker thread: dates as their time. */
export async function readPortableSheets(bytes: Uint8Array): Promise<PortableSheets> {
  const sheets = await readSheets(bytes);
  return sheets.map(({ name, rows }) => ({ name, rows: rows.map((row) => row?.map((cell) => (cell instanceof Date ? { time: cell.getTime() } : cell))) }));
}

/** The sheets again, dates made in this realm. */
export function reviveSheets(sheets: PortableSheets): SheetCells[] {
  return sheets.map(({ name, rows }) => ({
    name,
    rows: rows.map((row) => row?.map((cell) => (cell !== null && typeof cell === 'object' ? new Date(cell.time) : cell))),
  }));
}
