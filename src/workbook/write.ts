// A ledger value → the bytes of an .xlsx workbook, laid out by workbook-layout.ts: frozen headers,
// dropdowns (data validation) for every enumerated and yes/no item, date-formatted date columns,
// widths that fit, header comments with the schema's description, and the 説明 sheet. Runs in a
// worker thread (exceljs writes only asynchronously): see writeWorkbookSync. Text is always written
// as a text cell: a value starting with = + - @ never becomes a formula (CWE-1236).
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { instructionLines } from './instructions';
import { ledgerToCells, type CellValue, type FlatCell, type WrittenTable } from './codec';
import {
  columnLetter,
  FALSE_WORD,
  KEY_VALUE_COLUMNS,
  KEY_VALUE_HEADER_ROW,
  keyText,
  NONE_WORD,
  samePath,
  NOT_APPLICABLE_WORD,
  SHEET_NAMES,
  TABLE_FIRST_DATA_ROW,
  TABLE_KEY_ROW,
  TABLE_LABEL_ROW,
  TRUE_WORD,
  workbookLayout,
  type ColumnSpec,
  type WorkbookLayout,
} from './layout';

export interface WriteJob {
  ledger: unknown;
  /** Mark every table row as a worked example (the template). */
  examples?: boolean;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
/** What a spreadsheet would take for a formula if typed (OWASP CSV injection: = + - @ tab CR). */
const FORMULA_LIKE = /^[=+\-@\t\r]/;
/** Dropdowns and date formats reach this many rows past the last written one (at least this far). */
const VALIDATED_ROWS = 1000;
const EXAMPLE_FILL = 'FFFFF2CC';
const HEADER_FILL = 'FFDDEBF7';
const REQUIRED_HEADER_FILL = 'FFBDD7EE';
const KEY_FONT_COLOUR = 'FF7F7F7F';
/**
 * How every sheet prints: A4 landscape, as wide as one page (as many pages down as the rows need), the
 * header rows on every page. Without it a spreadsheet prints on its default paper (US Letter portrait
 * in LibreOffice), the wide sheets cut into dozens of pages of a few columns each.
 */
const A4_PAPER = 9;
function printSetup(sheet: Worksheet, titleRows: string | undefined): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4_PAPER,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as needed
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  } as Worksheet['pageSetup'];
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: '&A &P / &N' } as Worksheet['headerFooter'];
}

/** exceljs's default font, named on every styled cell: a style without a name falls back to a serif in LibreOffice. */
const FONT = { name: 'Calibri', family: 2 } as const;

function displayWidth(text: string): number {
  const stringWidth = require('string-width') as (text: string) => number;
  return Math.max(0, ...text.split('\n').map((line) => stringWidth(line)));
}

/** Where each column's long list lives on the hidden 選択肢 sheet (`'選択肢'!$A$1:$A$43`). */
type ListRanges = Map<ColumnSpec['path'], string>;

/** Where the dropdown or the check of a column's cells comes from. */
function validationOf(spec: ColumnSpec, lists: ListRanges): Record<string, unknown> | undefined {
  const range = lists.get(spec.path);
  if (range) {
    return { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: true, errorStyle: 'warning', errorTitle: '一覧にない値 / Not in the list', error: '一覧にない値です。このままでよいですか / Not in the list: keep it?' };
  }
  const list = (values: string[], strict: boolean, prompt: string) => ({
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: strict,
    errorStyle: 'warning',
    errorTitle: '選択肢にない値 / Not one of the choices',
    error: `${values.join(' / ')} から選んでください / choose one of the list`,
    showInputMessage: true,
    prompt,
  });
  const nullWords = [...(spec.nullable || spec.nullMeansParent ? [NONE_WORD] : []), ...(spec.notApplicable ? [NOT_APPLICABLE_WORD] : [])];
  switch (spec.kind) {
    case 'boolean':
      return list([TRUE_WORD, FALSE_WORD], true, `${TRUE_WORD} か ${FALSE_WORD} / yes or no`);
    case 'enum':
      return list([...(spec.choices ?? []).map((choice) => choice.label), ...nullWords], true, '一覧から選んでください / choose from the list');
    case 'date':
      if (nullWords.length > 0) {
        // A dropdown offering なし (対象外); a date is typed over it, so the list does not insist.
        return list(nullWords, false, `日付（例 2026-11-01）、または ${nullWords.join('・')} / a date, or ${nullWords.join(' / ')}`);
      }
      return {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '日付ではありません / Not a date',
        error: '日付を入力してください（例 2026-11-01） / enter a date (e.g. 2026-11-01)',
        showInputMessage: true,
        prompt: '日付（例 2026-11-01） / a date',
      };
    case 'integer':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [1], showErrorMessage: true, errorStyle: 'warning', error: '1 以上の整数 / a whole number, 1 or more' };
    case 'enumList':
    case 'locations':
      return { type: 'any', showInputMessage: true, prompt: listPrompt(spec) };
    case 'textList':
      return { type: 'any', showInputMessage: true, prompt: `複数は「,」「、」か改行で区切る。無ければ ${NONE_WORD} / several: separate with , 、 or line breaks; none: ${NONE_WORD}` };
    default:
      return undefined;
  }
}

function listPrompt(spec: ColumnSpec): string {
  const labels = (spec.choices ?? []).map((choice) => choice.label).join('、');
  return spec.kind === 'locations'
    ? `1 行に 1 か所:「施設外: 訪問先」（${labels}）/ one place per line`
    : `${labels} から、複数は「,」で区切る / several separated by ,`;
}

/** `_x0041_` in a cell's text is Excel's escape for a character (the reader decodes it, as Excel and
 * LibreOffice do): a text that holds one literally is written with its underscore escaped, as Excel does. */
export function excelText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

function setCell(cell: Cell, value: CellValue, spec: ColumnSpec): void {
  if (value === null) return;
  // An object value would be a formula or a hyperlink to exceljs; the codec hands only these types.
  cell.value = typeof value === 'string' ? excelText(value) : value;
  if (value instanceof Date) cell.numFmt = DATE_FORMAT;
  else if (typeof value === 'string' && FORMULA_LIKE.test(value)) cell.numFmt = '@'; // stays text even when edited and re-entered
  else if (spec.kind === 'date' || typeof value === 'number') cell.numFmt = 'General';
  if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
}

function headerStyle(cell: Cell, required: boolean): void {
  cell.font = { ...FONT, bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: required ? REQUIRED_HEADER_FILL : HEADER_FILL } };
  cell.alignment = { wrapText: true, vertical: 'middle' };
}

function descriptionText(spec: ColumnSpec): string | undefined {
  const { ja, en } = spec.description;
  const words = [ja, en].filter((text) => text !== '').join('\n');
  return words === '' ? undefined : words;
}

function columnStyle(sheet: Worksheet, index: number, spec: ColumnSpec, width: number): void {
  const column = sheet.getColumn(index);
  column.width = width;
  if (spec.kind === 'date') column.numFmt = DATE_FORMAT;
  else if (spec.kind === 'text' || spec.kind === 'textList') column.numFmt = '@'; // typed digits stay text
}

function validate(sheet: Worksheet, column: number, fromRow: number, toRow: number, spec: ColumnSpec, lists: ListRanges): void {
  const validation = validationOf(spec, lists);
  if (!validation) return;
  const letter = columnLetter(column);
  (sheet as unknown as { dataValidations: { add(address: string, validation: unknown): void } }).dataValidations.add(`${letter}${fromRow}:${letter}${toRow}`, validation);
}

/** Lines a header label may wrap onto: a sheet of 28 columns then prints one page wide at a size that can be read. */
const LABEL_LINES = 3;
/** The key row's font is 9 points, the body's 11. */
const KEY_FONT_RATIO = 0.8;

/**
 * Wide enough for the key (row 2), a third of the label (row 1 wraps onto three lines), the longest
 * choice and what the rows hold; at most 40, so that a long note wraps instead of widening the page.
 */
function widthOf(spec: ColumnSpec, cells: readonly CellValue[]): number {
  const texts = cells.map((cell) => (cell === null ? '' : cell instanceof Date ? '2026-11-01' : String(cell)));
  const widest = Math.max(
    Math.ceil(displayWidth(keyText(spec.path)) * KEY_FONT_RATIO) + 1,
    Math.ceil(displayWidth(spec.label) / LABEL_LINES) + 2,
    ...(spec.choices ?? []).map((choice) => displayWidth(choice.label) + 2),
    ...texts.map((text) => displayWidth(text) + 2),
  );
  return Math.min(40, Math.max(spec.kind === 'date' ? 12 : 8, widest));
}

function writeTable(workbook: Workbook, table: WrittenTable, examples: boolean, lists: ListRanges): void {
  const sheet = workbook.addWorksheet(table.spec.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: TABLE_KEY_ROW }] });
  printSetup(sheet, `${TABLE_LABEL_ROW}:${TABLE_KEY_ROW}`);
  const widths = table.columns.map((spec, index) => widthOf(spec, table.rows.map((row) => row[index])));
  table.columns.forEach((spec, index) => {
    const column = index + 1;
    columnStyle(sheet, column, spec, widths[index]!);
    const label = sheet.getCell(TABLE_LABEL_ROW, column);
    label.value = excelText(spec.label);
    headerStyle(label, spec.required);
    const note = descriptionText(spec);
    if (note) label.note = note;
    const key = sheet.getCell(TABLE_KEY_ROW, column);
    key.value = excelText(keyText(spec.path));
    key.font = { ...FONT, color: { argb: KEY_FONT_COLOUR }, size: 9 };
    validate(sheet, column, TABLE_FIRST_DATA_ROW, lastValidatedRow(table), spec, lists);
  });
  sheet.getRow(TABLE_LABEL_ROW).height = LABEL_LINES * LINE_HEIGHT_POINTS + 3;
  table.rows.forEach((cells, rowIndex) => {
    const row = sheet.getRow(TABLE_FIRST_DATA_ROW + rowIndex);
    cells.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      setCell(cell, value, table.columns[index]);
      // Text wider than its column wraps inside it: overflowing into the next columns, it would widen the printed page.
      if (typeof value === 'string' && displayWidth(value) + 2 > widths[index]!) cell.alignment = { wrapText: true, vertical: 'top' };
      if (examples) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: EXAMPLE_FILL } };
    });
  });
}

function writeFacility(workbook: Workbook, cells: readonly FlatCell[]): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.facility, { views: [{ state: 'frozen', ySplit: KEY_VALUE_HEADER_ROW }] });
  printSetup(sheet, `${KEY_VALUE_HEADER_ROW}:${KEY_VALUE_HEADER_ROW}`);
  const headers = { label: '項目 / Item', key: 'キー / Key', value: '値 / Value', description: '説明 / Description' };
  for (const [name, column] of Object.entries(KEY_VALUE_COLUMNS)) {
    const cell = sheet.getCell(KEY_VALUE_HEADER_ROW, column);
    cell.value = headers[name as keyof typeof headers];
    headerStyle(cell, name === 'value');
  }
  cells.forEach(({ spec, cell }, index) => {
    const row = KEY_VALUE_HEADER_ROW + 1 + index;
    const label = sheet.getCell(row, KEY_VALUE_COLUMNS.label);
    label.value = excelText(spec.label);
    if (spec.required) label.font = { ...FONT, bold: true };
    const key = sheet.getCell(row, KEY_VALUE_COLUMNS.key);
    key.value = excelText(keyText(spec.path));
    key.font = { ...FONT, color: { argb: KEY_FONT_COLOUR }, size: 9 };
    const value = sheet.getCell(row, KEY_VALUE_COLUMNS.value);
    if (spec.kind === 'date') value.numFmt = DATE_FORMAT;
    else if (spec.kind === 'text') value.numFmt = '@';
    setCell(value, cell, spec);
    validate(sheet, KEY_VALUE_COLUMNS.value, row, row, spec, new Map());
    const description = descriptionText(spec);
    if (description) {
      const cell = sheet.getCell(row, KEY_VALUE_COLUMNS.description);
      cell.value = description.replace('\n', ' / ');
      cell.alignment = { wrapText: true, vertical: 'top' }; // inside the printed page
    }
  });
  const width = (column: number, texts: string[], floor: number, ceiling: number) =>
    (sheet.getColumn(column).width = Math.min(ceiling, Math.max(floor, ...texts.map((text) => displayWidth(text) + 2))));
  width(KEY_VALUE_COLUMNS.label, cells.map(({ spec }) => spec.label), 12, 50);
  width(KEY_VALUE_COLUMNS.key, cells.map(({ spec }) => keyText(spec.path)), 10, 50);
  width(KEY_VALUE_COLUMNS.value, cells.map(({ cell }) => (cell instanceof Date ? '2026-11-01' : String(cell ?? ''))), 30, 60);
  sheet.getColumn(KEY_VALUE_COLUMNS.description).width = 80;
}

const INSTRUCTIONS_WIDTH = 110;
const LINE_HEIGHT_POINTS = 15;

function writeInstructions(workbook: Workbook, layout: WorkbookLayout): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.instructions);
  printSetup(sheet, undefined);
  sheet.getColumn(1).width = INSTRUCTIONS_WIDTH;
  instructionLines(layout).forEach((line, index) => {
    const row = sheet.getRow(index + 1);
    const cell = row.getCell(1);
    cell.value = line.text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (line.heading) cell.font = { ...FONT, bold: true, size: line.heading === 1 ? 14 : 12 };
    // Not every spreadsheet grows a wrapped row by itself (LibreOffice keeps the default height).
    const lines = Math.max(1, Math.ceil(displayWidth(line.text) / (INSTRUCTIONS_WIDTH - 4)));
    row.height = line.heading ? 24 : lines * LINE_HEIGHT_POINTS + 3;
  });
}

/** Columns whose dropdown is a list on the hidden 選択肢 sheet, one sheet column each. */
function suggestingColumns(tables: readonly WrittenTable[]): ColumnSpec[] {
  return tables.flatMap((table) => table.columns.filter((spec) => (spec.suggestions ?? []).length > 0));
}

/** The last row a table's dropdowns and formats reach. */
const lastValidatedRow = (table: WrittenTable) => TABLE_FIRST_DATA_ROW + table.rows.length - 1 + VALIDATED_ROWS;

function listRanges(tables: readonly WrittenTable[]): ListRanges {
  const ranges: ListRanges = new Map();
  suggestingColumns(tables).forEach((spec, index) => {
    const letter = columnLetter(index + 1);
    ranges.set(spec.path, `'${SHEET_NAMES.lists}'!$${letter}$1:$${letter}$${(spec.suggestions ?? []).length}`);
  });
  for (const table of tables) {
    for (const spec of table.columns) {
      const source = spec.picksFrom && tables.find((candidate) => samePath(candidate.spec.path, spec.picksFrom!.table));
      const column = source ? source.columns.findIndex((candidate) => keyText(candidate.path) === spec.picksFrom!.key) : -1;
      if (!source || column === -1) continue;
      const letter = columnLetter(column + 1);
      ranges.set(spec.path, `'${source.spec.name}'!$${letter}$${TABLE_FIRST_DATA_ROW}:$${letter}$${lastValidatedRow(source)}`);
    }
  }
  return ranges;
}

/** The hidden 選択肢 sheet, last, so that the ledger's sheets keep their order. */
function writeLists(workbook: Workbook, tables: readonly WrittenTable[]): void {
  const columns = suggestingColumns(tables);
  if (columns.length === 0) return;
  const sheet = workbook.addWorksheet(SHEET_NAMES.lists, { state: 'hidden' });
  columns.forEach((spec, index) => (spec.suggestions ?? []).forEach((value, row) => (sheet.getCell(row + 1, index + 1).value = value)));
}

/** The workbook's bytes (called in the worker by writeWorkbookSync). */
export async function writeLedgerWorkbook(job: WriteJob): Promise<Uint8Array> {
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const layout = workbookLayout();
  const written = ledgerToCells(job.ledger, layout);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'dokodemo-check';
  writeInstructions(workbook, layout);
  writeFacility(workbook, written.facility);
  const lists = listRanges(written.tables);
  for (const table of written.tables) writeTable(workbook, table, job.examples ?? false, lists);
  writeLists(workbook, written.tables);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
