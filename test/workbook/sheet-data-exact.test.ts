// One sheet's cells and a workbook's sheets as the reader takes them (src/workbook/{sheet-data,sheets}.ts),
// called directly on parts written here, each answer exact: A1 references at the grid's edges, number
// text, where cells and rows without a reference go, what a sheet part holds that is no cell, the limits
// met exactly, and the workbook part, its sheets, their states and date system and the parts they name.
// Modules are loaded afresh in each test (their patterns count for every test that reads them).
import type { BookContext } from '../../src/workbook/sheet-data';
import type { WorkbookFault } from '../../src/workbook/fault';
import { MAX_WORKBOOK_ALL_ROWS, MAX_WORKBOOK_CELLS, MAX_WORKBOOK_ROWS } from '../../src/workbook/zip-guard';

beforeEach(() => jest.resetModules());

const sheetData = () => require('../../src/workbook/sheet-data') as typeof import('../../src/workbook/sheet-data');
const sheets = () => require('../../src/workbook/sheets') as typeof import('../../src/workbook/sheets');
const pkg = () => require('../../src/workbook/package') as typeof import('../../src/workbook/package');

const parts = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([name, text]) => [name, Buffer.from(text)]));
const book = (counts: Partial<BookContext['counts']> = {}, extra: Partial<BookContext> = {}): BookContext => ({
  strings: ['共有', 'two'], dateStyles: [false, true], date1904: false, counts: { rows: 0, allRows: 0, cells: 0, ...counts }, ...extra,
});
const SHEET = 'xl/worksheets/sheet1.xml';
const read = (xml: string, context: BookContext = book()) => sheetData().sheetData(new (pkg().WorkbookPackage)(parts({ [SHEET]: xml })), SHEET, context);
/** Rows as plain arrays (holes as undefined), for exact comparison. */
const dense = (rows: readonly (readonly unknown[] | undefined)[]) => Array.from(rows, (row) => (row ? Array.from(row) : row));
const damaged = (en: string, ja: string) => ({
  ja: `ブックが壊れているか、途中で切れています（${ja}）。Excel で開けるか確かめ、開けたら保存し直してください`,
  en: `the workbook is damaged or cut short (${en}); check that Excel opens it, and if so save it again`,
});

/** The fault a read stops with (its reason), or 'read'. */
function fault(run: () => unknown): unknown {
  try {
    run();
    return 'read';
  } catch (error) {
    expect((error as Error).name).toBe('WorkbookFault');
    return (error as WorkbookFault).reason;
  }
}

describe('A1 references', () => {
  it('a cell: letters in either case, $ anchors, within A1:XFD1048576', () => {
    const { cellReference } = sheetData();
    expect(['A1', '$B$2', 'a$3', 'xfd1048576', 'Z1', 'AA1', 'AZ1', 'ZZ1', 'AAA1', 'XFD1'].map(cellReference)).toEqual([
      { row: 1, column: 1 }, { row: 2, column: 2 }, { row: 3, column: 1 }, { row: 1_048_576, column: 16_384 }, { row: 1, column: 26 }, { row: 1, column: 27 },
      { row: 1, column: 52 }, { row: 1, column: 702 }, { row: 1, column: 703 }, { row: 1, column: 16_384 },
    ]);
    expect(['XFE1', 'A1048577', 'A0', 'AAAA1', 'A12345678', ' A1', 'A1 ', '1A', 'A', '1', '', 'A-1', 'Ä1', '$$A1'].map(cellReference)).toEqual(Array(14).fill(undefined));
  });

  it('a range: corners in any order, one cell, or none', () => {
    const { rangeReference } = sheetData();
    expect(['B3:A1', 'A3:B1', 'C5', 'A1:XFD1048576'].map(rangeReference)).toEqual([
      { top: 1, left: 1, bottom: 3, right: 2 }, { top: 1, left: 1, bottom: 3, right: 2 }, { top: 5, left: 3, bottom: 5, right: 3 }, { top: 1, left: 1, bottom: 1_048_576, right: 16_384 },
    ]);
    expect(['A1:B2:C3', 'A1:', ':A1', 'A1:XFE1', 'XFE1:A1', ''].map(rangeReference)).toEqual(Array(6).fill(undefined));
  });
});

describe('cellValue: numbers and types', () => {
  it('number text as Excel writes it; other text stays text; a date style makes a serial a date, but not a negative one', () => {
    const { cellValue } = sheetData();
    const cell = (value: string, style = 0, type = 'n') => cellValue({ type, style, value, inline: undefined }, book());
    expect([' 12 ', '+1', '-1.5', '.5', '1.', '1e5', '1E-2', '2e+1', '1e', 'e5', '-', '.', '1.2.3', '0x10', '1_000', 'Infinity', '１２', '.25', '1e10', '2E-10'].map((value) => cell(value))).toEqual([
      12, 1, -1.5, 0.5, 1, 100_000, 0.01, 20, '1e', 'e5', '-', '.', '1.2.3', '0x10', '1_000', 'Infinity', '１２', 0.25, 1e10, 2e-10,
    ]);
    expect([cell('46327', 1), cell('-1', 1), cell('46327', 2), cell('x', 1)]).toEqual([new Date(Date.UTC(2026, 10, 1)), -1, 46327, 'x']);
    expect(cellValue({ type: '', style: 1, value: '0', inline: undefined }, book({}, { date1904: true }))).toEqual(new Date(Date.UTC(1904, 0, 1)));
  });

  it('booleans by their words (trimmed), a shared string by a number, an empty number cell as none', () => {
    const { cellValue } = sheetData();
    const cell = (type: string, value: string) => cellValue({ type, style: 0, value, inline: undefined }, book());
    expect([cell('b', 'true'), cell('b', 'false'), cell('b', ' 1 '), cell('b', 'TRUE'), cell('s', 'x'), cell('s', ' 1 '), cell('s', '-1'), cell('n', ''), cell('str', '')]).toEqual([
      true, false, true, 'TRUE', null, 'two', null, null, '',
    ]);
  });
});

describe('sheetData', () => {
  it('places cells by their reference, or after the previous one; rows likewise; empty cells count for the last row and column', () => {
    const data = read(`<worksheet><sheetData>
      <row r="2"><c r="B2" t="s"><v>0</v></c><c t="inlineStr"><is><r><t>山</t></r><r><t>田</t></r><rPh><t>やまだ</t></rPh></is></c><c><v>7</v></c></row>
      <row><c r="A3" t="str"><v>1&amp;2</v></c><c r="F3"/></row>
      <row r="9"/>
      <row><c><f>1+1</f></c><c t="b"><v>1</v></c></row>
    </sheetData></worksheet>`);
    expect(dense(data.rows)).toEqual([undefined, [undefined, '共有', '山田', 7], ['1&2'], undefined, undefined, undefined, undefined, undefined, undefined, [undefined, true]]);
    expect([data.lastRow, data.lastColumn, data.merges]).toEqual([10, 6, []]);
  });

  it('an inline string with no text of its own takes its value; one with text keeps it', () => {
    const data = read('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><v>from v</v><is><t></t></is></c><c r="B1" t="inlineStr"><is><t>is</t></is><v>v</v></c><c r="C1" t="inlineStr"><is><t></t></is></c></row></sheetData></worksheet>');
    expect(dense(data.rows)).toEqual([['from v', 'is', '']]);
  });

  it('reads only sheetData > row > c and mergeCells > mergeCell: a v outside a cell, cells elsewhere, merges elsewhere or unreadable are nothing', () => {
    const data = read(`<worksheet><v>1</v><row r="5"><c r="A5"><v>9</v></c></row>
      <sheetData><row r="1"><v>2</v><c r="A1"><v>3</v><extLst><v>4</v></extLst></c><extLst><c r="B1"><v>5</v></c></extLst></row></sheetData>
      <mergeCells><mergeCell ref="B3:A1"/><mergeCell ref="bad"/><mergeCell/><x><mergeCell ref="C1:C2"/></x></mergeCells><mergeCell ref="D1:D2"/></worksheet>`);
    expect(dense(data.rows)).toEqual([[3]]);
    expect([data.lastRow, data.lastColumn]).toEqual([1, 1]);
    expect(data.merges).toStrictEqual([{ top: 1, left: 1, bottom: 3, right: 2 }]);
  });

  it('a row is a row element of sheetData, a cell a c of such a row, a merge a mergeCell of mergeCells; a cell ends at its own end', () => {
    const data = read(`<worksheet><row r="5"/><sheetData><foo/><row><c t="inlineStr"><is><t>a</t></is><extLst><t>b</t></extLst></c><c><extLst><c/></extLst><v>2</v></c></row>
      <bar><c r="A9"><v>3</v></c></bar></sheetData><extLst><row r="7"><c r="C7"><v>4</v></c></row></extLst>
      <mergeCells><extLst ref="E1:E2"/></mergeCells></worksheet>`);
    expect(dense(data.rows)).toEqual([['a', 2]]);
    expect([data.lastRow, data.lastColumn]).toEqual([1, 2]);
    expect(data.merges).toStrictEqual([]);
  });

  it('a cell without a style has style 0, which may show dates', () => {
    const data = read('<worksheet><sheetData><row r="1"><c r="A1"><v>61</v></c><c r="B1" s="1"><v>61</v></c></row></sheetData></worksheet>', book({}, { dateStyles: [true, false] }));
    expect(dense(data.rows)).toEqual([[new Date(Date.UTC(1900, 2, 1)), 61]]);
  });

  it('a row or a cell outside the grid is damage, named with the part', () => {
    const row = (r: string) => fault(() => read(`<worksheet><sheetData><row r="${r}"/></sheetData></worksheet>`));
    expect(['0', '1048577', 'x', '1.5', '-1'].map(row)).toEqual(['0', '1048577', 'x', '1.5', '-1'].map((r) => damaged(`${SHEET}: row ${r} is outside an Excel sheet`, `${SHEET}: row ${r} が Excel のシートの範囲外です`)));
    expect(row('1048576')).toBe('read');
    expect(fault(() => read('<worksheet><sheetData><row r="1"><c r="XFE1"/></row></sheetData></worksheet>'))).toEqual(damaged(`${SHEET}: XFE1 is outside an Excel sheet`, `${SHEET}: XFE1 が Excel のシートの範囲外です`));
    expect(fault(() => read('<worksheet><sheetData><row r="1"><c r="XFD1"/><c/></row></sheetData></worksheet>'))).toEqual(damaged(`${SHEET}: column 16385 is outside an Excel sheet`, `${SHEET}: column 16385 が Excel のシートの範囲外です`));
    expect(read('<worksheet><sheetData><row r="1"><c r="XFC1"/><c/></row></sheetData></worksheet>').lastColumn).toBe(16_384);
    // a row without a reference after the last row is outside too (its message says "row undefined": reported, not pinned)
    expect((fault(() => read('<worksheet><sheetData><row r="1048576"/><row/></sheetData></worksheet>')) as { en: string }).en).toMatch(new RegExp(`^the workbook is damaged or cut short \\(${SHEET}: row .* is outside an Excel sheet\\)`));
  });

  it('counts rows (with cells), all rows and cells across sheets, and stops just past each limit', () => {
    const { TOO_MANY_ALL_ROWS, TOO_MANY_CELLS, TOO_MANY_ROWS } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
    const counts = { rows: 0, allRows: 0, cells: 0 };
    read('<worksheet><sheetData><row r="1"><c r="A1"/><c r="B1"/></row><row r="2"/><row r="3"><c r="A3"/></row></sheetData></worksheet>', book({}, { counts }));
    expect(counts).toEqual({ rows: 2, allRows: 3, cells: 3 });
    const two = '<worksheet><sheetData><row r="1"><c r="A1"/></row><row r="2"><c r="A2"/><c r="B2"/></row></sheetData></worksheet>';
    expect(fault(() => read(two, book({ rows: MAX_WORKBOOK_ROWS - 2 })))).toBe('read');
    expect(fault(() => read(two, book({ rows: MAX_WORKBOOK_ROWS - 1 })))).toEqual(TOO_MANY_ROWS().message);
    expect(fault(() => read(two, book({ allRows: MAX_WORKBOOK_ALL_ROWS - 2 })))).toBe('read');
    expect(fault(() => read(two, book({ allRows: MAX_WORKBOOK_ALL_ROWS - 1 })))).toEqual(TOO_MANY_ALL_ROWS().message);
    expect(fault(() => read(two, book({ cells: MAX_WORKBOOK_CELLS - 3 })))).toBe('read');
    expect(fault(() => read(two, book({ cells: MAX_WORKBOOK_CELLS - 2 })))).toEqual(TOO_MANY_CELLS().message);
    expect(TOO_MANY_ROWS().message.en).toContain('more than 100,000 rows');
  });
});

const CT = '<Types/>';
const ROOT_RELS = (target = 'xl/workbook.xml') =>
  `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
const rel = (id: string, kind: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${target}"/>`;
const cells = (value: string) => `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${value}</t></is></c></row></sheetData></worksheet>`;

describe('sheetsOf', () => {
  it('the workbook part _rels/.rels names, its sheets in tab order with their states, shared strings, date styles and the 1904 system', () => {
    const merged = sheets().sheetsOf(parts({
      'xl/workbook.xml': '<workbook><sheets><sheet name="m" r:id="a"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': `<Relationships>${rel('a', 'worksheet', 'worksheets/sheet1.xml')}</Relationships>`,
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"/></row></sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>',
    }));
    expect(dense(merged[0]!.rows)).toEqual([[1], [1]]);
    const read = sheets().sheetsOf(parts({
      '[Content_Types].xml': CT,
      '_rels/.rels': ROOT_RELS('book/main.xml'),
      'book/main.xml': `<workbook><workbookPr date1904=" true "/><sheets><sheet name="二" sheetId="2" r:id="r2" state="hidden"/><sheet name="一" r:id="r1"/><sheet name="三" r:id="r3" state="veryHidden"/><sheet name="四" r:id="r4" state="odd"/><sheet r:id="r5"/></sheets></workbook>`,
      'book/_rels/main.xml.rels': `<Relationships>${rel('r1', 'worksheet', 's1.xml')}${rel('r2', 'worksheet', 's2.xml')}${rel('r3', 'chartsheet', 'c.xml')}${rel('r4', 'worksheet', 's4.xml')}${rel('r5', 'worksheet', 's5.xml')}${rel('rs', 'sharedStrings', 'strings.xml')}${rel('rt', 'styles', 'styles.xml')}</Relationships>`,
      'book/s1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>0</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A2"/></mergeCells></worksheet>',
      'book/s2.xml': cells('b'),
      'book/s4.xml': cells('d'),
      'book/s5.xml': cells('e'),
      'book/strings.xml': '<sst><si><t>zero</t></si><si><t>one</t></si></sst>',
      'book/styles.xml': '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    }));
    expect(read.map((sheet) => [sheet.name, sheet.state, dense(sheet.rows)])).toEqual([
      ['二', 'hidden', [['b']]], ['一', 'visible', [['one', new Date(Date.UTC(1904, 0, 1))]]], ['三', 'veryHidden', []], ['四', 'visible', [['d']]], ['', 'visible', [['e']]],
    ]);
  });

  it('xl/workbook.xml when _rels/.rels names none (or an external one); the 1900 system unless date1904 says 1 or true', () => {
    const workbook = (date1904: string, rootRels?: string) => sheets().sheetsOf(parts({
      ...(rootRels === undefined ? {} : { '_rels/.rels': rootRels }),
      'xl/workbook.xml': `<workbook><workbookPr date1904="${date1904}"/><sheets><sheet name="s" r:id="a"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships>${rel('a', 'worksheet', 'worksheets/sheet1.xml')}${rel('t', 'styles', 'styles.xml')}</Relationships>`,
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>61</v></c></row></sheetData></worksheet>',
      'xl/styles.xml': '<styleSheet><cellXfs><xf/><xf numFmtId="14"/></cellXfs></styleSheet>',
    }))[0]!.rows[0]![0];
    expect([workbook('1'), workbook('0'), workbook('false'), workbook('TRUE'), workbook('1', '<Relationships/>'), workbook('1', `<Relationships><Relationship Id="x" Type="a/officeDocument" Target="http://x/" TargetMode="External"/></Relationships>`)]).toEqual([
      new Date(Date.UTC(1904, 2, 2)), new Date(Date.UTC(1900, 2, 1)), new Date(Date.UTC(1900, 2, 1)), new Date(Date.UTC(1900, 2, 1)), new Date(Date.UTC(1904, 2, 2)), new Date(Date.UTC(1904, 2, 2)),
    ]);
  });

  it('the officeDocument relationship that names a part in the package, after others', () => {
    const entries = {
      '_rels/.rels': `<Relationships><Relationship Id="c" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
        <Relationship Id="x" Type="a/officeDocument" Target="http://x/" TargetMode="External"/>${rel('w', 'officeDocument', 'book/main.xml')}</Relationships>`,
      'docProps/core.xml': '<coreProperties/>',
      'book/main.xml': '<workbook><sheets><sheet name="本" r:id="a"/></sheets></workbook>',
      'book/_rels/main.xml.rels': `<Relationships>${rel('a', 'worksheet', 's.xml')}</Relationships>`,
      'book/s.xml': cells('x'),
      'xl/workbook.xml': '<workbook><sheets/></workbook>',
    };
    expect(sheets().sheetsOf(parts(entries)).map((sheet) => [sheet.name, dense(sheet.rows)])).toEqual([['本', [['x']]]]);
  });

  it('counts rows across the workbook\'s sheets against the limits', () => {
    const { TOO_MANY_ALL_ROWS } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
    const empty = (count: number) => `<worksheet><sheetData>${'<row/>'.repeat(count)}</sheetData></worksheet>`;
    const workbook = (second: number) => parts({
      'xl/workbook.xml': '<workbook><sheets><sheet name="a" r:id="a"/><sheet name="b" r:id="b"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': `<Relationships>${rel('a', 'worksheet', 'a.xml')}${rel('b', 'worksheet', 'b.xml')}</Relationships>`,
      'xl/a.xml': empty(MAX_WORKBOOK_ALL_ROWS / 2),
      'xl/b.xml': empty(second),
    });
    expect(sheets().sheetsOf(workbook(MAX_WORKBOOK_ALL_ROWS / 2))).toHaveLength(2);
    expect(fault(() => sheets().sheetsOf(workbook(MAX_WORKBOOK_ALL_ROWS / 2 + 1)))).toEqual(TOO_MANY_ALL_ROWS().message);
  });

  it('readSheets refuses what the guard refuses; sheets revived from a worker keep a state only when they had one', () => {
    expect(fault(() => sheets().readSheets(Buffer.from('not a workbook')))).toEqual({
      ja: 'Excel ブック（.xlsx）ではなくテキストファイルです。YAML の台帳なら拡張子を .yaml にしてください。Excel で作った台帳なら .xlsx 形式で保存し直してください',
      en: 'this is a text file, not an Excel workbook (.xlsx): if it is a YAML ledger, name it .yaml; if it was made in Excel, save it again in the .xlsx format',
    });
    const revived = sheets().reviveSheets([{ name: 'a', rows: [[1, { time: 0 }], undefined] }, { name: 'b', state: 'hidden', rows: [] }]);
    expect(revived).toStrictEqual([{ name: 'a', rows: [[1, new Date(0)], undefined] }, { name: 'b', state: 'hidden', rows: [] }]);
  });

  it('a workbook part, a sheet\'s relationship or its part missing, or two sheets on one part, is damage, named', () => {
    const base = {
      '_rels/.rels': ROOT_RELS(),
      'xl/workbook.xml': '<workbook><sheets><sheet name="甲" r:id="a"/><sheet name="乙" r:id="b"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': `<Relationships>${rel('a', 'worksheet', 'worksheets/sheet1.xml')}${rel('b', 'worksheet', 'worksheets/sheet2.xml')}</Relationships>`,
      'xl/worksheets/sheet1.xml': cells('a'),
      'xl/worksheets/sheet2.xml': cells('b'),
    };
    const of = (entries: Record<string, string | undefined>) => fault(() => sheets().sheetsOf(parts(Object.fromEntries(Object.entries({ ...base, ...entries }).filter((entry): entry is [string, string] => entry[1] !== undefined)))));
    expect(of({})).toBe('read');
    expect(of({ '_rels/.rels': ROOT_RELS('xl/book.xml') })).toEqual(damaged('xl/book.xml is missing', 'xl/book.xml がありません'));
    expect(of({ '_rels/.rels': undefined, 'xl/workbook.xml': undefined })).toEqual(damaged('xl/workbook.xml is missing', 'xl/workbook.xml がありません'));
    expect(of({ 'xl/_rels/workbook.xml.rels': `<Relationships>${rel('a', 'worksheet', 'worksheets/sheet1.xml')}</Relationships>` })).toEqual(damaged('the sheet 「乙」 has no contents', 'シート「乙」の中身がありません'));
    expect(of({ 'xl/_rels/workbook.xml.rels': `<Relationships>${rel('a', 'worksheet', 'worksheets/sheet1.xml')}${rel('b', 'worksheet', '../../x.xml')}</Relationships>` })).toEqual(damaged('the sheet 「乙」 has no contents', 'シート「乙」の中身がありません'));
    expect(of({ 'xl/worksheets/sheet2.xml': undefined })).toEqual(damaged('the sheet 「乙」 has no contents', 'シート「乙」の中身がありません'));
    expect(of({ 'xl/_rels/workbook.xml.rels': `<Relationships>${rel('a', 'worksheet', 'worksheets/sheet1.xml')}${rel('b', 'worksheet', 'worksheets/SHEET1.xml')}</Relationships>` })).toEqual(damaged('two sheets point at xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml を二つのシートが指しています'));
  });

  it('merged cells are bounded across the sheets of a workbook', () => {
    const merged = (sheet: string) => `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${sheet}</t></is></c></row><row r="1000"><c r="C1000"/></row></sheetData><mergeCells><mergeCell ref="A1:C1000"/></mergeCells></worksheet>`;
    const entries: Record<string, string> = { 'xl/workbook.xml': `<workbook><sheets>${Array.from({ length: 101 }, (_, index) => `<sheet name="s${index}" r:id="r${index}"/>`).join('')}</sheets></workbook>` };
    let rels = '';
    for (let index = 0; index < 101; index++) {
      rels += rel(`r${index}`, 'worksheet', `worksheets/sheet${index}.xml`);
      entries[`xl/worksheets/sheet${index}.xml`] = merged(`s${index}`);
    }
    entries['xl/_rels/workbook.xml.rels'] = `<Relationships>${rels}</Relationships>`;
    // 3,000 cells a sheet: the 100th sheet reaches 300,000, the 101st passes it
    const reason = fault(() => sheets().sheetsOf(parts(entries))) as { en: string };
    expect(reason.en).toBe('the workbook has too many merged cells to read (more than 300,000 cells by the sheet 「s100」); select the whole sheet, use "Unmerge Cells", and save it again');
    delete entries['xl/worksheets/sheet100.xml'];
    entries['xl/workbook.xml'] = entries['xl/workbook.xml']!.replace('<sheet name="s100" r:id="r100"/>', '');
    expect(sheets().sheetsOf(parts(entries))).toHaveLength(100);
  });
});
