// The writer in-process (writeLedgerWorkbook, as the worker runs it), its workbook read back with
// exceljs: what each cell is written as (formats, wrapping, formula-like text kept text), and the whole
// look of the template and of a filled ledger as a compact digest per sheet (sheet order and state,
// frozen panes, column widths and formats, header styles and notes, dropdowns and checks, row heights,
// the example fill), which is what a facility administrator sees first.
import type ExcelJS from 'exceljs';
import { templateLedger } from '../../src/cli/init-command';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { ledgerFile } from '../helpers/workbook';
import { readWorkbook, zipParts } from '../helpers/workbook-read';

// Loaded inside each test, with the layout it builds once per load: its styles, formats and the
// layout's labels and widths are module-level, and each test then counts as reading them.
const { writeLedgerWorkbook } = freshFunctionsPerTest(() => require('../../src/workbook/write') as typeof import('../../src/workbook/write'));

const written = async (ledger: unknown, examples?: boolean) => readWorkbook(await writeLedgerWorkbook({ ledger, ...(examples === undefined ? {} : { examples }) }));

/** A cell in one line: address, value (long text cut: the instructions' words are pinned elsewhere), and the styles set on it. */
function cellLine(cell: ExcelJS.Cell): string {
  const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
  const parts = [cell.address, typeof value === 'string' && value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…(${value.length})` : JSON.stringify(value)];
  if (cell.numFmt) parts.push(`fmt=${cell.numFmt}`);
  const { font, fill, alignment } = cell;
  // exceljs reads every styled cell's font back in full; only what the writer sets differs from the default
  if (font && (font.bold || font.color?.argb || font.size !== 11)) parts.push(`font=${font.name}${font.bold ? ',bold' : ''},${font.size}${font.color?.argb ? `,${font.color.argb}` : ''}`);
  const pattern = fill as ExcelJS.FillPattern | undefined;
  if (pattern?.pattern && pattern.pattern !== 'none') parts.push(`fill=${pattern.pattern}:${pattern.fgColor?.argb}`);
  if (alignment && Object.keys(alignment).length > 0) parts.push(`align=${JSON.stringify(alignment)}`);
  if (cell.note) parts.push(`note=${JSON.stringify(cell.note)}`);
  return parts.join(' ');
}

function sheetDigest(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const rows: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(`row ${row.number}${row.height ? ` height=${row.height}` : ''}`);
    row.eachCell({ includeEmpty: false }, (cell) => rows.push(`  ${cellLine(cell)}`));
  });
  const columns = (sheet.columns ?? []).map((column, index) => `${index + 1}: width=${column.width}${column.numFmt ? ` fmt=${column.numFmt}` : ''}`);
  return { name: sheet.name, state: sheet.state, views: sheet.views, columns, rows };
}

/** The dropdowns and checks as the file states them, one per range (exceljs would expand each to its cells). */
const validationsOf = (xml: string) => xml.match(/<dataValidation [^>]*\/>|<dataValidation [\s\S]*?<\/dataValidation>/g) ?? [];

async function digest(bytes: Uint8Array): Promise<unknown> {
  const workbook = await readWorkbook(bytes);
  const parts = await zipParts(bytes, /^xl\/worksheets\/sheet\d+\.xml$/);
  const sheets = workbook.worksheets.map((sheet) => ({ ...sheetDigest(sheet), validations: validationsOf(parts.get(`xl/worksheets/sheet${sheet.id}.xml`)!) }));
  return { creator: workbook.creator, views: workbook.views, sheets };
}

describe('each value is written as the cell it reads back from', () => {
  const ledger = {
    ...(ledgerFile('examples/clinic-with-findings.yaml') as Record<string, unknown>),
    'x-formula': '=1+2',
    'x-equals': 'a=1',
    'x-lines': 'one\ntwo',
    'x-number': 12,
  };
  /** The value cell of each key on 施設 (written in each test: what runs in a hook counts for no test). */
  async function valueCells(): Promise<(key: string) => ExcelJS.Cell> {
    const sheet = (await written(ledger)).getWorksheet('施設')!;
    return (key) => {
      for (let row = 2; row <= sheet.rowCount; row++) if (sheet.getCell(row, 2).value === key) return sheet.getCell(row, 3);
      throw new Error(`no row ${key}`);
    };
  }

  it('on 施設, a value a spreadsheet would take for a formula is a text cell (format @); one that only contains = is not', async () => {
    const valueCell = await valueCells();
    expect([valueCell('x-formula').value, valueCell('x-formula').numFmt]).toEqual(['=1+2', '@']);
    expect([valueCell('x-equals').value, valueCell('x-equals').numFmt]).toEqual(['a=1', undefined]);
  });

  it('a line break wraps the cell at the top; a number is General; a date is a real date in yyyy-mm-dd', async () => {
    const valueCell = await valueCells();
    expect([valueCell('x-lines').value, valueCell('x-lines').alignment]).toEqual(['one\ntwo', { vertical: 'top', wrapText: true }]);
    expect([valueCell('x-equals').alignment]).toEqual([undefined]);
    expect([valueCell('x-number').value, valueCell('x-number').numFmt]).toEqual([12, undefined]); // General
    expect([valueCell('facility.updated').value, valueCell('facility.updated').numFmt]).toEqual([new Date('2025-09-30T00:00:00Z'), 'yyyy-mm-dd']);
  });
});

describe('text a workbook cannot hold as it is', () => {
  it('noncharacters (U+FFFE, U+FFFF) are written escaped in a yaml: cell, and read back by the reader', async () => {
    const { readWorkbook: readLedgerWorkbook } = require('../../src/workbook/read') as typeof import('../../src/workbook/read');
    const ledger = { version: 1, 'x-a': 'a\uffff', 'x-b': { 'k\ufffe': ['\uffff'] }, users: [{ name: '佐藤\ufffe' }] };
    const read = await readLedgerWorkbook(await writeLedgerWorkbook({ ledger }));
    expect(read.ok && read.ledger.value).toStrictEqual(ledger);
  });
});

describe('a table sheet', () => {
  /** The clean example's first user with `field` set to `value`, written: its cell on 利用者 and the empty one below. */
  async function userCells(field: string, value: unknown): Promise<[ExcelJS.Cell, ExcelJS.Cell]> {
    const ledger = ledgerFile('examples/home-nursing-clean.yaml') as { users: Array<Record<string, unknown>> };
    ledger.users[0]![field] = value;
    const sheet = (await written(ledger)).getWorksheet('利用者')!;
    const column = (sheet.getRow(2).values as unknown[]).indexOf(field);
    return [sheet.getCell(3, column), sheet.getCell(4, column)];
  }

  it('a date column holding text that is not a date: the cell is General, the empty cells below keep yyyy-mm-dd', async () => {
    const [cell, below] = await userCells('start_date', '令和8年11月1日');
    expect([cell.value, cell.numFmt, below.numFmt]).toEqual(['令和8年11月1日', undefined, 'yyyy-mm-dd']);
  });

  // (a CR is never written as itself: such text is a `yaml:` cell)
  it.each(['=1+2', '+81 3', '-5', '@SUM(A1)', '\t=cmd'])('%j is a text cell (format @)', async (note) => {
    const [cell] = await userCells('note', note);
    expect([cell.value, cell.numFmt]).toEqual([note, '@']);
  });
});

describe('the whole look, as a digest per sheet', () => {
  it('of the template (init ledger.xlsx): example rows filled', async () => {
    expect(await digest(await writeLedgerWorkbook({ ledger: templateLedger(), examples: true }))).toMatchSnapshot();
  });

  it('of a filled ledger with no examples', async () => {
    expect(await digest(await writeLedgerWorkbook({ ledger: ledgerFile('examples/visiting-nurse-exceptions.yaml') }))).toMatchSnapshot();
  });

  it('of a ledger that is not a mapping: 施設 with its empty rows and one yaml: row, no tables, no list sheet', async () => {
    expect(await digest(await writeLedgerWorkbook({ ledger: ['a', 1] }))).toMatchSnapshot();
  });
});
