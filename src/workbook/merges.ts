// Merged cells, as a person means them: a cell merged down a column holds the merge's value (所属 merged
// over several rows applies to each), one merged across columns is empty (the other columns are other
// items), as Excel shows them. Each merge is first clipped to the cells the sheet uses, and the cells all
// merges cover are bounded, so that `AC3:XFD1048576` or 30,000 merges cost what the sheet holds, no more.
import type { CellValue } from './codec';
import { WorkbookFault } from './fault';
import type { CellRange, SheetData } from './sheet-data';
import { MAX_WORKBOOK_CELLS } from './zip-guard';

const thousands = (n: number) => n.toLocaleString('en');

function tooManyMerged(sheet: string): WorkbookFault {
  return new WorkbookFault({
    ja: `結合セルが多すぎるため読みません（シート「${sheet}」までで ${thousands(MAX_WORKBOOK_CELLS)} セル超）。シート全体を選んで「セルの結合を解除」してから保存し直してください`,
    en: `the workbook has too many merged cells to read (more than ${thousands(MAX_WORKBOOK_CELLS)} cells by the sheet 「${sheet}」); select the whole sheet, use "Unmerge Cells", and save it again`,
  });
}

/** The merge within the rows and columns that hold values, or undefined when it holds none of them. */
function clipped(range: CellRange, data: SheetData): CellRange | undefined {
  const bottom = Math.min(range.bottom, data.lastRow);
  const right = Math.min(range.right, data.lastColumn);
  return bottom >= range.top && right >= range.left ? { ...range, bottom, right } : undefined;
}

const area = (range: CellRange) => (range.bottom - range.top + 1) * (range.right - range.left + 1);

/** Counts each merge (at least one, so that many empty merges are bounded too) and keeps the clipped ones. */
export function boundedMerges(data: SheetData, sheet: string, covered: { cells: number }): CellRange[] {
  const kept: CellRange[] = [];
  for (const range of data.merges) {
    const clip = clipped(range, data);
    covered.cells += clip ? area(clip) : 1;
    if (covered.cells > MAX_WORKBOOK_CELLS) throw tooManyMerged(sheet);
    if (clip) kept.push(clip);
  }
  return kept;
}

function setCell(rows: CellValue[][], row: number, column: number, value: CellValue): void {
  if (value !== null) (rows[row - 1] ??= [])[column - 1] = value;
  else if (rows[row - 1]) delete rows[row - 1]![column - 1];
}

/** Fills each merge's first column with its value and empties its other columns. */
export function applyMerges(rows: CellValue[][], merges: readonly CellRange[]): void {
  for (const { top, left, bottom, right } of merges) {
    const value = rows[top - 1]?.[left - 1] ?? null;
    for (let row = top; row <= bottom; row++) {
      if (row > top) setCell(rows, row, left, value);
      for (let column = left + 1; column <= right; column++) setCell(rows, row, column, null);
    }
  }
}
