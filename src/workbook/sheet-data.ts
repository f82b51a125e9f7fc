// One worksheet's cells (`sheetData`) and merges (`mergeCells`), scanned once; nothing else of the sheet
// (validations, conditional formats, comments, drawings) is read, so nothing else can expand. Rows and
// cells are counted against the guard's limits as they are read.
import type { CellValue } from './codec';
import { isoDay, serialDay } from './dates';
import { damagedPart, WorkbookFault } from './fault';
import type { WorkbookPackage } from './package';
import { StringText, unescapeText } from './strings';
import { attributesOf } from './xml';
import { MAX_WORKBOOK_ALL_ROWS, MAX_WORKBOOK_CELLS, MAX_WORKBOOK_ROWS, TOO_MANY_ALL_ROWS, TOO_MANY_CELLS, TOO_MANY_ROWS } from './zip-guard';

/** What every sheet's cells are read with. */
export interface BookContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  counts: { rows: number; allRows: number; cells: number };
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  rows: CellValue[][];
  merges: CellRange[];
  /** The last row and column with a cell, even an empty one (Excel writes a merge's other cells so): 0 when none. */
  lastRow: number;
  lastColumn: number;
}

/** Excel's grid: rows 1–1,048,576, columns A–XFD. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

const REFERENCE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnNumber(letters: string): number {
  let column = 0;
  for (let index = 0; index < letters.length; index++) column = column * 26 + (letters.charCodeAt(index) & 0x1f);
  return column;
}

/** An A1 reference's row and column, or undefined when it is none or outside the grid. */
export function cellReference(text: string): { row: number; column: number } | undefined {
  const match = REFERENCE.exec(text);
  if (!match) return undefined;
  const row = Number(match[2]);
  const column = columnNumber(match[1]!);
  return row >= 1 && row <= MAX_ROW && column >= 1 && column <= MAX_COLUMN ? { row, column } : undefined;
}

/** `A1:B3` (or one cell) → its range, corners in any order; undefined when it is not one. */
export function rangeReference(text: string): CellRange | undefined {
  const [first, second = first, extra] = text.split(':');
  if (extra !== undefined || first === undefined) return undefined;
  const a = cellReference(first);
  const b = cellReference(second!);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** A cell as it was written: its type (`t`), style (`s`), value (`<v>`) and inline string (`<is>`). */
export interface RawCell {
  type: string;
  style: number;
  value: string | undefined;
  inline: string | undefined;
}

/** A number cell: a date when its style shows dates, else the number (text that is no number stays text). */
function numberCell(text: string, style: number, book: BookContext): CellValue {
  if (!NUMBER.test(text)) return text;
  const number = Number(text);
  if (!book.dateStyles[style]) return number;
  return serialDay(number, book.date1904) ?? number;
}

const BOOLEANS: Readonly<Record<string, boolean>> = { '1': true, true: true, '0': false, false: false };

/** A cell's value as the sheet shows it; null for an empty cell (a formula never calculated is one). */
export function cellValue(cell: RawCell, book: BookContext): CellValue {
  const { type, value } = cell;
  if (type === 'inlineStr') return cell.inline ?? (value === undefined ? null : unescapeText(value));
  if (value === undefined) return null;
  switch (type) {
    case 's':
      return book.strings[Number(value)] ?? null;
    case 'str':
      return unescapeText(value);
    case 'b':
      return BOOLEANS[value.trim()] ?? value;
    case 'e':
      return value;
    case 'd':
      return isoDay(value) ?? value;
    case 'n':
    case '':
      return value.trim() === '' ? null : numberCell(value, cell.style, book);
    default:
      return value;
  }
}

const outsideGrid = (what: string) => damagedPart({ ja: `${what} が Excel のシートの範囲外です`, en: `${what} is outside an Excel sheet` });

/** Reads the sheet part `name`. */
export function sheetData(pkg: WorkbookPackage, name: string, book: BookContext): SheetData {
  const reader = new SheetReader(book, name);
  pkg.scan(name, reader);
  return reader.result();
}

/** The scan of one sheet: where it is (sheetData > row > c > v | is), and what it found. */
class SheetReader {
  private readonly path: string[] = [];
  private readonly data: SheetData = { rows: [], merges: [], lastRow: 0, lastColumn: 0 };
  private row = 0;
  private column = 0;
  private rowHasCells = false;
  private cell: RawCell | undefined;
  private readonly inline = new StringText();
  private inValue = false;

  constructor(private readonly book: BookContext, private readonly part: string) {}

  result(): SheetData {
    return this.data;
  }

  open(name: string, attributes: string): void {
    const parent = this.path[this.path.length - 1];
    this.path.push(name);
    if (name === 'row' && parent === 'sheetData') this.startRow(attributes);
    else if (name === 'c' && parent === 'row' && this.path[this.path.length - 3] === 'sheetData') this.startCell(attributes);
    else if (this.cell && name === 'v' && parent === 'c') this.inValue = true;
    else if (this.cell && (name === 'is' || this.path.includes('is'))) this.inline.open(name);
    else if (name === 'mergeCell' && parent === 'mergeCells') this.merge(attributes);
  }

  close(name: string): void {
    this.path.pop();
    if (name === 'c' && this.cell && this.path[this.path.length - 1] === 'row') this.endCell();
    else if (name === 'v') this.inValue = false;
    else if (this.cell) this.inline.close(name);
  }

  text(text: string): void {
    if (!this.cell) return;
    if (this.inValue) this.cell.value = (this.cell.value ?? '') + text;
    else this.inline.add(text);
  }

  private startRow(attributes: string): void {
    const { r } = attributesOf(attributes);
    const row = r === undefined ? this.row + 1 : Number(r);
    if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw outsideGrid(`${this.part}: row ${r}`);
    this.row = row;
    this.column = 0;
    this.rowHasCells = false;
    const counts = this.book.counts;
    if (++counts.allRows > MAX_WORKBOOK_ALL_ROWS) throw new WorkbookFault(TOO_MANY_ALL_ROWS().message);
  }

  private startCell(attributes: string): void {
    const { r, t, s } = attributesOf(attributes);
    const at = r === undefined ? { column: this.column + 1 } : cellReference(r);
    if (!at || at.column > MAX_COLUMN) throw outsideGrid(`${this.part}: ${r ?? `column ${this.column + 1}`}`);
    this.column = at.column;
    this.data.lastRow = Math.max(this.data.lastRow, this.row);
    this.data.lastColumn = Math.max(this.data.lastColumn, this.column);
    this.cell = { type: t ?? '', style: s === undefined ? 0 : Number(s), value: undefined, inline: undefined };
    this.inline.take();
    const counts = this.book.counts;
    if (++counts.cells > MAX_WORKBOOK_CELLS) throw new WorkbookFault(TOO_MANY_CELLS().message);
    if (!this.rowHasCells && ++counts.rows > MAX_WORKBOOK_ROWS) throw new WorkbookFault(TOO_MANY_ROWS().message);
    this.rowHasCells = true;
  }

  private endCell(): void {
    const cell = this.cell!;
    this.cell = undefined;
    if (cell.type === 'inlineStr') {
      const text = this.inline.take();
      cell.inline = text === '' && cell.value !== undefined ? undefined : text;
    }
    const value = cellValue(cell, this.book);
    if (value === null) return;
    (this.data.rows[this.row - 1] ??= [])[this.column - 1] = value;
  }

  private merge(attributes: string): void {
    const range = rangeReference(attributesOf(attributes).ref ?? '');
    if (range) this.data.merges.push(range);
  }
}
