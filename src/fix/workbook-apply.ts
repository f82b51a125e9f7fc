// The tidy copy of a workbook: its bytes and the planned repairs (workbook-plan.ts) → the same workbook
// with only those cells' values changed (and a date's cell given a date format, a number's a number
// format). The zip guard checks the bytes first and exceljs reads exactly the parts the guard inflated.
// A cell that is not what the plan saw (a formula, part of a merge, other text) is left as it is and
// named. Runs in the CLI's worker thread (sync-worker.ts): exceljs reads and writes only asynchronously.
import type { Cell } from 'exceljs';
import { isDateCode } from '../workbook/dates';
import { lostFeatures } from '../workbook/mark';
import type { LostFeature } from '../workbook/mark';
import { guardWorkbook } from '../workbook/zip-guard';
import { zipOf } from '../workbook/zip-write';
import type { CellValue } from '../workbook/codec';

export interface ApplyJob {
  bytes: Uint8Array;
  repairs: Array<{ sheet: string; ref: string; before: CellValue; after: CellValue }>;
}

export interface ApplyResult {
  bytes: Uint8Array;
  /** Repairs not made: the cell was not what the plan saw. */
  skipped: Array<{ sheet: string; ref: string }>;
  /** What exceljs does not carry over into the copy (images, charts…). */
  lost: LostFeature[];
}

export const DATE_FORMAT = 'yyyy-mm-dd';
const FORMULA_TYPE = 6; // ExcelJS.ValueType.Formula

/** A cell's text as exceljs holds it (plain or rich text), else undefined. */
function textOf(cell: Cell): string | undefined {
  const value = cell.value as unknown;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { richText?: unknown }).richText)) {
    return ((value as { richText: Array<{ text: string }> }).richText).map((run) => run.text).join('');
  }
  return undefined;
}

/** The cell's own style with another number format (exceljs shares one style object among cells of a style). */
function setFormat(cell: Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt } as Cell['style'];
}

export async function applyWorkbookRepairs(job: ApplyJob): Promise<ApplyResult> {
  const guard = guardWorkbook(job.bytes);
  if (!guard.ok) throw new Error(guard.message.en);
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(zipOf([...guard.parts], '1980-01-01') as unknown as ArrayBuffer);
  const skipped: ApplyResult['skipped'] = [];
  for (const repair of job.repairs) {
    const cell = workbook.worksheets.find((sheet) => sheet.name === repair.sheet)?.getCell(repair.ref);
    const master = cell && (cell as Cell & { master?: Cell }).master;
    if (!cell || cell.type === FORMULA_TYPE || (master !== undefined && master !== cell) || textOf(cell) !== repair.before) {
      skipped.push({ sheet: repair.sheet, ref: repair.ref });
      continue;
    }
    cell.value = repair.after;
    // Stryker disable next-line StringLiteral: '' and 'General' are read alike below: neither is '@' nor a date code
    const format = cell.numFmt ?? 'General';
    if (repair.after instanceof Date && !isDateCode(format)) setFormat(cell, DATE_FORMAT);
    else if (typeof repair.after === 'number' && (format === '@' || isDateCode(format))) setFormat(cell, 'General');
  }
  const written = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(written as ArrayBuffer), skipped, lost: lostFeatures(guard.parts) };
}
