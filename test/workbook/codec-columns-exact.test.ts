// The codec reading a table's key row and label row into columns, and a workbook's problems in order,
// exact and in-process: a column with only a label read by it (its problem at the label's cell), a key
// given twice across the two rows (both cells named where they are), keys with spaces, key and label
// rows of different widths, a sheet with no key row, the key-row-missing test, sheet names folded, the
// problems sorted by sheet, row and column (rows past 9, columns past Z), and locate's fallbacks.
import type { CellValue, LayoutProblem, SheetCells } from '../../src/workbook/codec';
import { workbookLayout } from '../../src/workbook/layout';
import { freshFunctionsPerTest } from '../helpers/fresh';

type Codec = typeof import('../../src/workbook/codec');
// Loaded inside each test: perTest coverage counts the module (its A1 pattern) for the test that loads it.
const { cellsToLedger } = freshFunctionsPerTest(() => require('../../src/workbook/codec') as Codec);

const layout = workbookLayout();
type Rows = Array<Array<CellValue | undefined> | undefined>;
const sheet = (name: string, rows: Rows, state?: SheetCells['state']): SheetCells => ({ name, rows: rows as SheetCells['rows'], ...(state ? { state } : {}) });
const facility = (rows: Rows) => sheet('施設', [['項目', 'キー', '値'], ...rows]);
const devices = (rows: Rows) => sheet('端末', rows);
const read = (...sheets: SheetCells[]) => cellsToLedger(sheets, layout);
const places = (problems: LayoutProblem[]) => problems.map(({ kind, sheet: name, cell, key, other }) => `${kind} ${name}!${cell}${key === undefined ? '' : ` ${key}`}${other ? ` → ${other.sheet}!${other.cell}` : ''}`);

describe('a table’s key row and label row', () => {
  it('a column with no key is read by its label: its key is the label, its problems at the label’s cell', () => {
    const decoded = read(devices([
      ['端末 ID', 'メモ', 'id', 'a..b'],
      ['id', null, ' ', undefined],
      ['D1', 'x', 'y', 'z'],
    ]));
    expect(decoded.value).toStrictEqual({ devices: [{ id: 'D1', メモ: 'x' }] });
    expect(decoded.tables).toStrictEqual([{ path: ['devices'], sheet: '端末', columns: [['id'], ['メモ']], nextColumn: 3 }]);
    // C: its label `id` repeats A2's key; D: its label is an empty key part. Each at the label's row.
    expect(decoded.problems).toStrictEqual([
      { kind: 'duplicateKey', sheet: '端末', cell: 'C1', key: 'id', other: { sheet: '端末', cell: 'A2' } },
      { kind: 'emptyKey', sheet: '端末', cell: 'D1', key: 'a..b' },
    ]);
  });

  it('a key given twice, the first by a label: the later key is the problem, the other cell is the label', () => {
    const decoded = read(devices([
      ['', 'x-memo', ''],
      ['id', null, 'x-memo'],
      ['D1', 'first', 'second'],
    ]));
    expect(decoded.value).toStrictEqual({ devices: [{ id: 'D1', 'x-memo': 'first' }] });
    expect(decoded.problems).toStrictEqual([{ kind: 'duplicateKey', sheet: '端末', cell: 'C2', key: 'x-memo', other: { sheet: '端末', cell: 'B1' } }]);
  });

  it('keys with spaces: read trimmed, part by part; twice is a problem naming the key as trimmed', () => {
    const decoded = read(devices([
      ['', '', '', ''],
      [' id ', 'security . antivirus', ' security.antivirus ', '  id'],
      ['D1', 'はい', 'いいえ', 'D2'],
    ]));
    expect(decoded.value).toStrictEqual({ devices: [{ id: 'D1', security: { antivirus: true } }] });
    expect(decoded.tables[0]!.columns).toStrictEqual([['id'], ['security', 'antivirus']]);
    expect(decoded.problems).toStrictEqual([
      { kind: 'duplicateKey', sheet: '端末', cell: 'C2', key: 'security.antivirus', other: { sheet: '端末', cell: 'B2' } },
      { kind: 'duplicateKey', sheet: '端末', cell: 'D2', key: 'id', other: { sheet: '端末', cell: 'A2' } },
    ]);
  });

  it('key and label rows of different widths: every column either row has is read, none past them', () => {
    const longKeys = read(devices([['端末 ID'], ['id', 'x-a', undefined, 'x-b'], ['D1', 1, 2, 3, 4]]));
    expect(longKeys.value).toStrictEqual({ devices: [{ id: 'D1', 'x-a': 1, 'x-b': 3 }] });
    expect(longKeys.tables[0]).toStrictEqual({ path: ['devices'], sheet: '端末', columns: [['id'], ['x-a'], ['x-b']], nextColumn: 5 });
    const longLabels = read(devices([['端末 ID', 'ラベル', 'x-c'], ['id'], ['D1', 1, 2, 3]]));
    expect(longLabels.value).toStrictEqual({ devices: [{ id: 'D1', ラベル: 1, 'x-c': 2 }] });
    expect(longLabels.tables[0]!.columns).toStrictEqual([['id'], ['ラベル'], ['x-c']]);
    expect([longKeys.problems, longLabels.problems]).toStrictEqual([[], []]);
  });

  it('a sheet of one row (no key row): its labels are its keys; a sheet with no label row reads only its keys', () => {
    const labelsOnly = read(devices([['x-label']]));
    expect(labelsOnly.value).toStrictEqual({ devices: [] });
    expect(labelsOnly.tables).toStrictEqual([{ path: ['devices'], sheet: '端末', columns: [['x-label']], nextColumn: 2 }]);
    expect(labelsOnly.problems).toStrictEqual([]);
    const keysOnly = read(devices([undefined, [null, 'id'], [1, 'D1']]));
    expect(keysOnly.value).toStrictEqual({ devices: [{ id: 'D1' }] });
    expect(keysOnly.tables).toStrictEqual([{ path: ['devices'], sheet: '端末', columns: [['id']], nextColumn: 3 }]);
    const nothing = read(devices([]));
    expect([nothing.value, nothing.tables, nothing.problems]).toStrictEqual([{ devices: [] }, [{ path: ['devices'], sheet: '端末', columns: [], nextColumn: 1 }], []]);
  });

  it('the key row lost: only when a row below the labels has a filled cell and no column is the table’s', () => {
    // labels only (row 1 filled, nothing below): read as a table of no rows
    expect(read(devices([['名前', 'メモ']])).problems).toStrictEqual([]);
    // blank and empty cells below: nothing is lost
    const blank = read(devices([['ラベル'], [null, ' ', undefined], [null]]));
    expect([blank.value, blank.problems]).toStrictEqual([{ devices: [] }, []]);
    // one filled cell beside blank ones: the key row is missing, the sheet is not read
    const lost = read(devices([['ラベル'], [undefined, '佐藤 健', null], [null]]));
    expect([lost.value, lost.tables, places(lost.problems)]).toStrictEqual([{}, [], ['keyRowMissing 端末!A2']]);
  });

  it('an example row is a problem at its marked cell, in any column; the rows around it are read', () => {
    const decoded = read(devices([['', ''], ['id', 'x-memo'], ['D1', 'a'], ['D2', '  【記入例】 x'], ['D3', 'c']]));
    expect(decoded.value).toStrictEqual({ devices: [{ id: 'D1', 'x-memo': 'a' }, { id: 'D3', 'x-memo': 'c' }] });
    expect(places(decoded.problems)).toStrictEqual(['exampleRow 端末!B4']);
  });
});

describe('施設 keys and sheet names', () => {
  it('a key with spaces around it twice: the problem names the key as trimmed, both cells', () => {
    const decoded = read(facility([['', ' facility.name ', 'A'], ['', 'facility . name  ', 'B']]));
    expect(decoded.value).toStrictEqual({ facility: { name: 'A' } });
    expect(decoded.problems).toStrictEqual([{ kind: 'duplicateKey', sheet: '施設', cell: 'B3', key: 'facility . name', other: { sheet: '施設', cell: 'B2' } }]);
  });

  it('sheet names are one ignoring ASCII case; ß and SS are two names', () => {
    const decoded = read(facility([['', 'version', 1]]), sheet('Memo', [['a']]), sheet('MEMO', [['b']]), sheet('Straße', [['c']]), sheet('STRASSE', [['d']]));
    expect(decoded.problems).toStrictEqual([{ kind: 'duplicateSheet', sheet: 'MEMO', cell: 'A1', other: { sheet: 'Memo', cell: 'A1' } }]);
  });
});

describe('problems in order: sheet, then row, then column', () => {
  it('problems found out of order are given by sheet order, row (past 9), column width and letters (past Z)', () => {
    const wide = (cells: Record<number, CellValue>) => Array.from({ length: 27 }, (_, index) => cells[index + 1] ?? null);
    const decoded = read(
      // 利用者 first: its key row has no key of the table (keyRowMissing A2 found after B2 and AA2)
      sheet('利用者', [wide({}), wide({ 1: 'x-a', 2: 'a..b', 27: '__proto__' }), wide({ 1: 'v' })]),
      facility([
        ['', '[]', 'yaml:1'], // B2: the whole ledger beside other rows, found last
        ['', 'facility.name', 'A'],
        ['', 'facility', 'yaml:{name: B}'], // B4: overlapping, found after the rows
        ...Array.from({ length: 5 }, (_, index) => ['', `x-${index}`, index]),
        ['', 'facility.name', 'C'], // B10: a duplicate, found while reading the rows
        ['', '', 'value'], // C11
      ]),
      devices([['', ''], ['id', 'x-memo'], ['D1', 'a'], ['【記入例】', 'b']]),
      sheet('施設', [['again']]),
    );
    expect(places(decoded.problems)).toStrictEqual([
      'keyRowMissing 利用者!A2',
      'emptyKey 利用者!B2 a..b',
      'internalKey 利用者!AA2 __proto__',
      'duplicateSheet 施設!A1 → 施設!A1',
      'emptyKey 施設!B2 []',
      'overlappingKey 施設!B4 facility → 施設!B3',
      'duplicateKey 施設!B10 facility.name → 施設!B3',
      'unkeyedValue 施設!C11',
      'exampleRow 端末!A4',
    ]);
  });

  it('at one cell: in the order found (a second 施設, then the first very hidden)', () => {
    const decoded = read(sheet('施設', [['項目', 'キー', '値']], 'veryHidden'), sheet('施設', [['again']]));
    expect(places(decoded.problems)).toStrictEqual(['duplicateSheet 施設!A1 → 施設!A1', 'veryHiddenSheet 施設!A1']);
  });

  it('in one row: A before B before Z before AA, however found', () => {
    const row = Array.from({ length: 27 }, () => null as CellValue);
    row[1] = 'a..b';
    row[25] = 'x..y';
    row[26] = '__proto__';
    const decoded = read(sheet('利用者', [[], row, ['v']]));
    expect(places(decoded.problems)).toStrictEqual(['keyRowMissing 利用者!A2', 'emptyKey 利用者!B2 a..b', 'emptyKey 利用者!Z2 x..y', 'internalKey 利用者!AA2 __proto__']);
  });
});

describe('locate: where a path no cell holds is shown', () => {
  it('on 施設: the row of a key shown by a column past an index; else the first row, not the whole-ledger row', () => {
    const decoded = read(facility([['', 'facility.name', 'X'], ['', 'x-a.b', 1], ['', '[]', 'yaml:3']]));
    expect(places(decoded.problems)).toStrictEqual(['emptyKey 施設!B4 []']);
    expect(decoded.locate(['x-a', 0, 'b'])).toStrictEqual({ sheet: '施設', cell: 'C3' });
    expect(decoded.locate(['zzz'])).toStrictEqual({ sheet: '施設', cell: 'C2' });
    expect(decoded.locate(['zzz', 'q'])).toStrictEqual({ sheet: '施設', cell: 'C2' });
  });

  it('on 施設 with a table read: a facility path is not the table’s; a path nothing shows is the first row', () => {
    const decoded = read(facility([[null, null, null], ['', 'facility.name', 'X']]), devices([['', ''], ['id', 'x-memo'], ['D1', 'a'], ['D2', 'b']]));
    expect(decoded.locate(['facility', 'name'])).toStrictEqual({ sheet: '施設', cell: 'C3' });
    expect(decoded.locate(['version'])).toStrictEqual({ sheet: '施設', cell: 'C2' });
    // a key of the list that is no index: the table's first row
    expect(decoded.locate(['devices', 'length'])).toStrictEqual({ sheet: '端末', cell: 'A3' });
    expect(decoded.locate(['devices', 1, 'x-memo'])).toStrictEqual({ sheet: '端末', cell: 'B4' });
  });

  it('in a table row, a path nothing shows past an index: the first column inside its keys, the index skipped', () => {
    const decoded = read(devices([['', '', ''], ['id', 'x-a.z', 'x-a.b.c'], ['D1', 1, 2]]));
    expect(decoded.locate(['devices', 0, 'x-a', 0, 'b'])).toStrictEqual({ sheet: '端末', cell: 'C3' });
    expect(decoded.locate(['devices', 0, 'x-a', 0])).toStrictEqual({ sheet: '端末', cell: 'B3' });
    expect(decoded.locate(['devices', 0, 'x-q'])).toStrictEqual({ sheet: '端末', cell: 'A3' });
  });
});
