// Reading a written workbook back in a test, straight with exceljs: the sheets as cells (for the
// layout's codec) and the raw XML of each part (to assert what the file itself says).
import ExcelJS from 'exceljs';
import type { CellValue, SheetCells } from '../../src/load/workbook-codec';

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return plain((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return plain((value as { text: ExcelJS.CellValue }).text);
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

export async function sheetCells(bytes: Uint8Array): Promise<SheetCells[]> {
  const workbook = await readWorkbook(bytes);
  return workbook.worksheets.map((sheet) => {
    const rows: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => (cells[column - 1] = plain(cell.value)));
      rows[rowNumber - 1] = cells;
    });
    return { name: sheet.name, rows };
  });
}

/** The text of every part of the zip whose name matches. */
export async function zipParts(bytes: Uint8Array, pattern: RegExp): Promise<Map<string, string>> {
  const JSZip = require('jszip') as { loadAsync(data: Uint8Array): Promise<{ files: Record<string, { async(type: 'string'): Promise<string> }> }> };
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (pattern.test(name)) parts.set(name, await file.async('string'));
  return parts;
}
