// Workbooks as other programs write them, and bombs that are read within bounds (test/fixtures/bad/
// workbooks.ts's OTHER_WORKBOOKS): each read to its exact cells by the reader (src/workbook/sheets.ts).
import { BUILT_IN_DATE_IDS, DATE_CODES, ISO_DATE_CELLS, NOT_DATE_CODES, OTHER_WORKBOOKS } from '../fixtures/bad/workbooks';

const read = (name: string) => {
  const { readSheets } = require('../../src/workbook/sheets') as typeof import('../../src/workbook/sheets');
  return readSheets(OTHER_WORKBOOKS[name]!());
};

const day = (text: string) => new Date(`${text}T00:00:00Z`);
/** Rows as plain arrays (holes as undefined), for exact comparison. */
const dense = (rows: readonly (readonly unknown[] | undefined)[]) => Array.from(rows, (row) => (row ? Array.from(row) : row));
/** The 施設-like rows the bombs carry: k1…kn in A, 1…n in B. */
const filled = (rows: number) => Array.from({ length: rows }, (_, index) => [`k${index + 1}`, index + 1]);

describe('ranges over whole sheets are never expanded', () => {
  it('a merge from AC3 to XFD1048576 beside data in A:B holds nothing the sheet uses', () => {
    const [sheet] = read('merge-bomb.xlsx');
    expect(dense(sheet!.rows)).toEqual(filled(5));
  });

  it('30,000 merges down a column: each fills its second row, up to the last row that holds a value', () => {
    const [sheet] = read('thirty-thousand-merges.xlsx');
    expect(dense(sheet!.rows.slice(0, 4))).toEqual([[undefined, undefined, 1], [undefined, undefined, 1], [undefined, undefined, 3], [undefined, undefined, 3]]);
    // The last merge (C59999:C60000) is clipped to row 59,999: row 60,000 holds nothing of its own.
    expect(sheet!.rows).toHaveLength(59_999);
    expect(dense(sheet!.rows.slice(-3))).toEqual([[undefined, undefined, 59_997], [undefined, undefined, 59_997], [undefined, undefined, 59_999]]);
  });

  it('a data validation, a conditional format and defined names over the whole sheet are not read', () => {
    expect(dense(read('validation-whole-sheet.xlsx')[0]!.rows)).toEqual(filled(3));
    expect(dense(read('conditional-and-name-whole-sheet.xlsx')[0]!.rows)).toEqual(filled(3));
  });
});

describe('workbooks other programs write', () => {
  it('openpyxl\'s comments and their drawing are left alone', () => {
    expect(read('openpyxl-comments.xlsx')).toEqual([{ name: '施設', state: 'visible', rows: filled(2) }]);
  });

  it('x:-prefixed workbook, shared strings and sheet XML', () => {
    expect(read('x-prefixed.xlsx')).toEqual([{ name: '施設', state: 'visible', rows: [['共有', 'inline', 7]] }]);
  });

  it('a copy of a sheet in another folder is not the sheet the workbook names', () => {
    expect(read('junk-copy.xlsx')).toEqual([{ name: '施設', state: 'visible', rows: [['the real one']] }]);
  });
});

describe('dates as Excel writes them', () => {
  it('every built-in date and time id reads as its date; the id beside it stays a number', () => {
    const [sheet] = read('built-in-date-formats.xlsx');
    expect(dense(sheet!.rows)).toEqual(BUILT_IN_DATE_IDS.map((id) => [day('2026-05-10'), id]));
  });

  it('custom codes: dates (和暦, 年月日, elapsed times) read as dates, numbers stay numbers', () => {
    const [sheet] = read('custom-date-formats.xlsx');
    const expected = [...DATE_CODES.map(() => day('2026-05-10')), ...NOT_DATE_CODES.map(() => 46152)];
    expect(sheet!.rows.map((row) => row![0])).toEqual(expected);
  });

  it('ISO 8601 date cells read as their calendar day; one that is no date stays its text', () => {
    const [sheet] = read('iso-date-cells.xlsx');
    expect(sheet!.rows.map((row) => row![0])).toEqual([day('2026-05-10'), day('2026-05-10'), day('2026-05-10'), day('1900-01-01'), '2026-02-30', '10:30:00']);
    expect(ISO_DATE_CELLS).toHaveLength(6);
  });

  it('the 1904 date system', () => {
    expect(dense(read('date-1904.xlsx')[0]!.rows)).toEqual([[day('2026-05-10'), day('1904-01-01'), 44690]]);
  });
});

describe('serial numbers and format codes', () => {
  const dates = () => require('../../src/workbook/dates') as typeof import('../../src/workbook/dates');

  it('the 1900 system with Excel\'s 1900-02-29 (serial 60), times dropped, the 1904 system', () => {
    const { serialDay } = dates();
    expect([0, 1, 59, 60, 61, 46152, 46152.999, 46152.9999999999, 2958465].map((serial) => serialDay(serial, false))).toEqual([
      day('1899-12-31'), day('1900-01-01'), day('1900-02-28'), '1900-02-29', day('1900-03-01'), day('2026-05-10'), day('2026-05-10'), day('2026-05-11'), day('9999-12-31'),
    ]);
    expect([0, 59, 60, 44690.5].map((serial) => serialDay(serial, true))).toEqual([day('1904-01-01'), day('1904-02-29'), day('1904-03-01'), day('2026-05-10')]);
    expect([-1, 2958466, Number.NaN, Number.POSITIVE_INFINITY].map((serial) => serialDay(serial, false))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('format codes: tokens outside quotes, escapes and brackets; elapsed times; General and exponents are none', () => {
    const { isDateCode, isDateFormat } = dates();
    expect(DATE_CODES.map(isDateCode)).toEqual(DATE_CODES.map(() => true));
    expect(NOT_DATE_CODES.map(isDateCode)).toEqual(NOT_DATE_CODES.map(() => false));
    expect(['[h]', '[mm]:ss', 'AM/PM h', 'e', 'G/標準'].map(isDateCode)).toEqual([true, true, true, true, true]);
    expect([isDateFormat(14, undefined), isDateFormat(14, '0.00'), isDateFormat(0, undefined), isDateFormat(49, undefined), isDateFormat(164, 'yyyy')]).toEqual([true, false, false, false, true]);
  });
});
