// The workbook reader's own modules in-process, exact: cell values as the sheet XML holds them, merged cells,
// sheets through a worker's portable form and back, where a path is as sheet!cell (the key's header
// cell too), a copied or renamed table sheet named, the Excel hints added to schema findings, and the
// words of a workbook the reader cannot make sense of. Modules are loaded inside each test (module-level tables).
import type ExcelJS from 'exceljs';
import type { Finding } from '../../src/types';
import { handWorkbook } from '../fixtures/bad/workbooks';

beforeEach(() => jest.resetModules());

const sheets = () => require('../../src/workbook/sheets') as typeof import('../../src/workbook/sheets');
const ledger = () => require('../../src/workbook/ledger') as typeof import('../../src/workbook/ledger');
const messages = () => require('../../src/workbook/messages') as typeof import('../../src/workbook/messages');

describe('cellValue', () => {
  it('each cell type as the sheet shows it: strings, booleans, errors, ISO dates, numbers and dates by style, a formula never calculated', () => {
    const { cellValue } = sheets();
    const book = { strings: ['shared', 'two'], dateStyles: [false, true], date1904: false, counts: { rows: 0, allRows: 0, cells: 0 } };
    const cell = (type: string, value: string | undefined, style = 0, inline?: string) => cellValue({ type, style, value, inline }, book);
    const day = new Date(Date.UTC(2026, 10, 1));
    expect([
      cell('s', '0'), cell('s', '1'), cell('s', '2'), cell('inlineStr', undefined, 0, 'inline'), cell('inlineStr', 'in v'), cell('inlineStr', undefined),
      cell('str', 'formula_x0041_'), cell('b', '1'), cell('b', '0'), cell('b', 'maybe'), cell('e', '#N/A'), cell('d', '2026-11-01T00:00:00Z'), cell('d', 'soon'),
      cell('', '12.5'), cell('n', '-3e2'), cell('', '46327', 1), cell('', '46327', 0), cell('', ' '), cell('', 'abc'), cell('', undefined), cell('x-unknown', 'text'),
    ]).toEqual([
      'shared', 'two', null, 'inline', 'in v', null,
      'formulaA', true, false, 'maybe', '#N/A', day, 'soon',
      12.5, -300, day, 46327, null, 'abc', null, 'text',
    ]);
  });
});

/** A guarded workbook's parts, for sheetsOf. */
function guardedParts(bytes: Uint8Array): Map<string, Buffer> {
  const { guardWorkbook } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
  const guard = guardWorkbook(bytes);
  if (!guard.ok) throw new Error(guard.message.en);
  return guard.parts;
}

describe('sheetsOf', () => {
  it('rows and columns at their places; a merge down a column fills each cell, one across leaves the others empty', async () => {
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet('一');
    first.getCell('A1').value = 'a';
    first.getCell('C1').value = 3;
    first.getCell('B3').value = true;
    first.getCell('A5').value = 'across';
    first.mergeCells('A5:B5');
    first.getCell('D7').value = 'down';
    first.mergeCells('D7:D8');
    workbook.addWorksheet('二', { state: 'hidden' }).getCell('AB2').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    const read = sheets().sheetsOf(guardedParts(Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(read.map((sheet) => [sheet.name, sheet.state])).toEqual([['一', 'visible'], ['二', 'hidden']]);
    expect(read[0]!.rows).toStrictEqual(sparse([['a', undefined, 3], undefined, [undefined, true], undefined, ['across'], undefined, [undefined, undefined, undefined, 'down'], [undefined, undefined, undefined, 'down']].map(sparse)));
    expect(read[1]!.rows).toStrictEqual(sparse([undefined, sparse([...Array<undefined>(27), 2])]));
  });
});

/** The array with its undefined entries as holes, as assignment by index leaves them. */
function sparse(row: unknown[] | undefined): unknown[] | undefined {
  if (row === undefined) return undefined;
  const holes: unknown[] = [];
  row.forEach((cell, index) => {
    if (cell !== undefined) holes[index] = cell;
  });
  holes.length = row.length;
  return holes;
}

describe('readSheets, through a worker\'s portable form and back', () => {
  it('reads the bytes of a view, and dates cross as their time', async () => {
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('施設');
    const day = new Date(Date.UTC(2026, 10, 1));
    sheet.addRow(['x', 1, day]);
    const written = Buffer.from(await workbook.xlsx.writeBuffer());
    const padded = Buffer.concat([Buffer.from('pad'), written, Buffer.from('pad')]);
    const view = new Uint8Array(padded.buffer, padded.byteOffset + 3, written.length);
    const { readPortableSheets, reviveSheets } = sheets();
    const portable = readPortableSheets(view);
    expect(portable).toEqual([{ name: '施設', state: 'visible', rows: [['x', 1, { time: day.getTime() }]] }]);
    const revived = reviveSheets(JSON.parse(JSON.stringify(portable)));
    expect(revived).toEqual([{ name: '施設', state: 'visible', rows: [['x', 1, day]] }]);
    expect(revived[0]!.rows[0]![2]).toBeInstanceOf(Date);
    expect(reviveSheets([{ name: 's', rows: [undefined, [null, 'a', false]] }])).toEqual([{ name: 's', rows: [undefined, [null, 'a', false]] }]);
  });
});

describe('workbookLedger', () => {
  const USERS_LABELS = ['氏名', 'ID', '職種'];
  const book = () => [
    { name: '説明', rows: [['how to']] },
    { name: '施設', rows: [['項目', 'キー', '値'], ['施設名', 'facility.name', '訪問看護'], ['更新日', 'facility.updated', '2026-11-01']] },
    { name: '利用者', rows: [USERS_LABELS, ['name', 'mcs_id', 'job_type', ...Array<null>(24).fill(null), 'x-note'], ['a', 'id-a', 'nurse'], [], ['b', 'id-b', 'clerk', ...Array<null>(24).fill(null), 'memo']] },
  ];

  it('places a path at its sheet and cell, and at its key\'s header cell', () => {
    const { locate, locateMissing, value } = ledger().workbookLedger(book());
    expect(value).toEqual({ facility: { name: '訪問看護', updated: '2026-11-01' }, users: [{ name: 'a', mcs_id: 'id-a', job_type: 'nurse' }, { name: 'b', mcs_id: 'id-b', job_type: 'clerk', 'x-note': 'memo' }] });
    expect(locate(['users', 1, 'job_type'])).toEqual({ line: 5, column: 3, cell: { sheet: '利用者', sheetIndex: 2, ref: 'C5' } });
    expect(locate(['users', 1, 'job_type'], true)).toEqual({ line: 2, column: 3, cell: { sheet: '利用者', sheetIndex: 2, ref: 'C2' } });
    expect(locate(['users', 1, 'x-note'])).toEqual({ line: 5, column: 28, cell: { sheet: '利用者', sheetIndex: 2, ref: 'AB5' } });
    expect(locate(['users', 1, 'x-note'], true)).toEqual({ line: 2, column: 28, cell: { sheet: '利用者', sheetIndex: 2, ref: 'AB2' } });
    expect(locate(['facility', 'updated'])).toEqual({ line: 3, column: 3, cell: { sheet: '施設', sheetIndex: 1, ref: 'C3' } });
    expect(locate(['facility', 'updated'], true)).toEqual({ line: 3, column: 2, cell: { sheet: '施設', sheetIndex: 1, ref: 'B3' } });
    expect(locateMissing!(['users', 0], 'start_date')).toEqual({ line: 3, column: 1, cell: { sheet: '利用者', sheetIndex: 2, ref: 'A3' } });
  });

  it('a path on no sheet is at A1 of the first sheet; with no sheets, of 施設', () => {
    const { locate } = ledger().workbookLedger([{ name: '説明', rows: [['how to']] }, { name: '利用者', rows: [USERS_LABELS, ['name'], ['a']] }]);
    expect(locate(['devices', 0, 'id'])).toEqual({ line: 1, column: 1, cell: { sheet: '説明', sheetIndex: 0, ref: 'A1' } });
    expect(locate(['devices', 0, 'id'], true)).toEqual({ line: 1, column: 1, cell: { sheet: '説明', sheetIndex: 0, ref: 'A1' } });
    expect(ledger().workbookLedger([]).locate(['version'])).toEqual({ line: 1, column: 1, cell: { sheet: '施設', sheetIndex: 0, ref: 'A1' } });
    expect(ledger().workbookLedger([]).locate(['version'], true)).toEqual({ line: 1, column: 2, cell: { sheet: '施設', sheetIndex: 0, ref: 'B1' } });
  });

  it('the whole ledger pointed at by its key stays at its cell', () => {
    const { locate } = ledger().workbookLedger(book());
    expect(locate([], true)).toEqual(locate([]));
  });

  it('names a sheet laid out like a table under another name, by the table it shares most keys with', () => {
    const { workbookLedger } = ledger();
    const copy = { name: '利用者 (2)', rows: [USERS_LABELS, [' name ', 'mcs_id', 'job_type', 'id', 'model']] };
    const note = { name: 'メモ', rows: [['memo'], ['name', 42, 'see below']] };
    const lists = { name: '選択肢', rows: [[], ['name', 'mcs_id', 'job_type']] };
    const empty = { name: '空', rows: [] };
    const problems = workbookLedger([...book(), note, lists, empty, copy]).problems;
    expect(problems).toEqual([
      {
        ruleId: 'schema',
        severity: 'error',
        path: [],
        position: { line: 2, column: 1, cell: { sheet: '利用者 (2)', sheetIndex: 6, ref: 'A2' } },
        message: {
          ja: 'シート「利用者 (2)」は「利用者」と同じ形ですが、読み取られません（読むのは「利用者」という名前のシートだけです）。行を「利用者」シートに移して、このシートを削除してください',
          en: 'The sheet 「利用者 (2)」 is laid out like 「利用者」 but is not read (only the sheet named 「利用者」 is). Move its rows to 「利用者」 and delete this sheet',
        },
        data: {},
        sources: ['ledger.md'],
      },
    ]);
    const devices = { name: 'Devices', rows: [[], ['id', 'model']] };
    expect(workbookLedger([devices]).problems?.map((problem) => problem.message.en)).toEqual([
      'The sheet 「Devices」 is laid out like 「端末」 but is not read (only the sheet named 「端末」 is). Move its rows to 「端末」 and delete this sheet',
    ]);
    expect(workbookLedger([{ name: 'Devices', rows: [[], ['id', 'note: model']] }]).problems).toEqual([]);
    expect(workbookLedger(book()).problems).toEqual([]);
  });
});

describe('withWorkbookHint', () => {
  const finding = (en: string, extra: Partial<Finding> = {}, ja = '日本語の文。'): Finding => ({ ruleId: 'schema', severity: 'error', path: ['users', 0, 'x'], message: { ja, en }, data: {}, sources: [], ...extra });
  const hinted = (given: Finding) => messages().withWorkbookHint(given).message;

  it('adds how to enter a date, yes or no, a number, or text in Excel', () => {
    expect(hinted(finding('The date 1/11 is not written YYYY-MM-DD.'))).toEqual({
      ja: '日本語の文。ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
      en: 'The date 1/11 is not written YYYY-MM-DD. In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
    });
    expect(hinted(finding('令和 cannot be used here. Use YYYY-MM-DD', {}, '文'))).toEqual({
      ja: '文。ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
      en: '令和 cannot be used here. Use YYYY-MM-DD. In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
    });
    // yes or no is said in the column's own words (はい / いいえ of its dropdown): test/workbook/her-words.test.ts; a column the layout lacks gets none
    expect(hinted(finding('Write yes: use true or false.'))).toEqual({ ja: '日本語の文。', en: 'Write yes: use true or false.' });
    expect(hinted(finding('Write 12 without quotes.'))).toEqual({
      ja: '日本語の文。ブックでは、セルが文字列になっています。数値として入力し直してください（「文字列」の書式を外すか、Excel の「数値に変換」を使います）',
      en: 'Write 12 without quotes. In the workbook, the cell holds text: enter it as a number (clear the Text format, or use Excel\'s Convert to Number)',
    });
    expect(hinted(finding('001 is a number. Write it as text in quotes.'))).toEqual({
      ja: '日本語の文。ブックでは、セルの書式を「文字列」にするか、先頭に \' を付けて入力してください',
      en: '001 is a number. Write it as text in quotes. In the workbook, format the cell as Text or type a leading \'',
    });
  });

  it('leaves other messages and other rules as they are', () => {
    const { withWorkbookHint } = messages();
    for (const given of [finding('Something else.'), finding('x cannot be used here, Use YYYY-MM-DD'), finding('is not written YYYY-MM-DD', { ruleId: 'device-id' }), finding('A number', { path: ['users', 0], missingKey: 'name' })]) {
      expect(withWorkbookHint(given)).toStrictEqual(given);
    }
  });

  it('says where a missing table or facility item is written', () => {
    expect(hinted(finding('users is missing.', { path: [], missingKey: 'users' }, 'users がありません。'))).toEqual({
      ja: '「利用者」シートがありません（シート名を変えると読み取れません）。1 行以上記入してください',
      en: 'The sheet 「利用者」 is missing (a sheet under another name is not read). Fill in at least one row',
    });
    expect(hinted(finding('mcs_admins is missing', { path: ['facility'], missingKey: 'mcs_admins' }, 'ない'))).toEqual({
      ja: '「管理者」シートがありません（シート名を変えると読み取れません）。1 行以上記入してください',
      en: 'The sheet 「管理者」 is missing (a sheet under another name is not read). Fill in at least one row',
    });
    expect(hinted(finding('manager is missing: use true or false.', { path: ['facility'], missingKey: 'manager' }, 'ない'))).toEqual({
      ja: 'ない。ブックでは「施設」シートの、キー（B 列）が facility.manager.name の行に記入します',
      en: 'manager is missing: use true or false. In the workbook, write it on the sheet 「施設」, in the row whose key (column B) is facility.manager.name',
    });
    expect(hinted(finding('zzz is missing.', { path: ['facility'], missingKey: 'zzz' }))).toEqual({ ja: '日本語の文。', en: 'zzz is missing.' });
    expect(hinted(finding('version is missing', { path: [], missingKey: 'version' }))).toEqual({
      ja: '日本語の文。ブックでは「施設」シートの、キー（B 列）が version の行に記入します',
      en: 'version is missing. In the workbook, write it on the sheet 「施設」, in the row whose key (column B) is version',
    });
  });
});

describe('readWorkbook', () => {
  it('reads a workbook the guard lets through', async () => {
    const { readWorkbook } = require('../../src/workbook/read') as typeof import('../../src/workbook/read');
    const read = await readWorkbook(handWorkbook(Buffer.from('<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>')));
    expect(read.ok && read.ledger.value).toEqual({});
  });

  it('a workbook the reader cannot make sense of: what to do in our words, after the file\'s name', async () => {
    const { readWorkbookOrThrow } = require('../../src/workbook/read') as typeof import('../../src/workbook/read');
    const { UsageError } = require('../../src/errors') as typeof import('../../src/errors');
    const broken = handWorkbook(Buffer.from('<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"'));
    const thrown = await readWorkbookOrThrow(broken, '台帳.xlsx').then(() => undefined, (error: unknown) => error);
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as InstanceType<typeof UsageError>).text).toEqual({
      ja: '台帳.xlsx: ブックが壊れているか、途中で切れています（xl/worksheets/sheet1.xml が XML として読めません）。Excel で開けるか確かめ、開けたら保存し直してください',
      en: '台帳.xlsx: the workbook is damaged or cut short (xl/worksheets/sheet1.xml is not readable XML); check that Excel opens it, and if so save it again',
    });
  });
});

describe('the instructions sheet', () => {
  it('has these lines, Japanese, the dropdown words, then English', () => {
    const { instructionLines } = require('../../src/workbook/instructions') as typeof import('../../src/workbook/instructions');
    const { workbookLayout } = require('../../src/workbook/layout') as typeof import('../../src/workbook/layout');
    expect(instructionLines(workbookLayout()).map((line) => (line.heading ? `${'#'.repeat(line.heading)} ${line.text}` : line.text)).join('\n')).toMatchSnapshot();
  });
});
