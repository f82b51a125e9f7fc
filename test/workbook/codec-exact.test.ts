// The cell codec called directly, exact, without a workbook: what each kind of column makes of each
// kind of cell (and of the words なし, 対象外, はい, いいえ, labels), the cell each value is written as
// (its natural form only when it reads back as the same value, else `yaml:`), and objects flattened
// into columns and back.
import type { CellValue, SheetCells } from '../../src/workbook/codec';
import { columnFor, workbookLayout, type ColumnSpec } from '../../src/workbook/layout';
import { freshFunctionsPerTest } from '../helpers/fresh';

type Codec = typeof import('../../src/workbook/codec');
// Loaded inside each test: its patterns (dates, list separators, unsafe characters) are module-level.
const { cellsToLedger, dateOfDay, dayOfDate, decodeCell, encodeCell, flattenObject, ledgerToCells, sameValue, unflattenObject } = freshFunctionsPerTest(
  () => require('../../src/workbook/codec') as Codec,
);

const layout = workbookLayout();
const column = (sheet: string, key: string): ColumnSpec => {
  const table = layout.tables.find((candidate) => candidate.name === sheet);
  const spec = columnFor(table ? table.columns : layout.facility.rows, key.split('.'));
  if (!spec) throw new Error(`no column ${key} on ${sheet}`);
  return spec;
};
const DAY = new Date(Date.UTC(2026, 10, 1));
const value = (spec: ColumnSpec, cell: CellValue) => {
  const decoded = decodeCell(spec, cell);
  return decoded.present ? decoded.value : 'ABSENT';
};

describe('dates', () => {
  it('dayOfDate pads the year, month and day', () => {
    expect(dayOfDate(new Date(Date.UTC(999, 0, 5)))).toBe('0999-01-05');
    expect(dayOfDate(new Date(Date.UTC(2026, 10, 21)))).toBe('2026-11-21');
  });

  it.each([
    ['2026-11-01', DAY],
    ['1900-03-01', new Date(Date.UTC(1900, 2, 1))],
    ['9999-12-31', new Date(Date.UTC(9999, 11, 31))],
    ['1900-02-28', undefined], // Excel's 1900 leap-year bug lies before
    ['2026-02-30', undefined],
    ['2026-13-01', undefined],
    ['2026-11-1', undefined],
    [' 2026-11-01', undefined],
    ['2026-11-01 ', undefined],
  ])('dateOfDay(%j) is %j', (day, date) => {
    expect(dateOfDay(day)).toEqual(date);
  });
});

describe('decodeCell: what each kind of column makes of each kind of cell', () => {
  const name = column('利用者', 'name');
  const minLength = column('端末', 'security.lock_password.min_length');
  const antivirus = column('端末', 'security.antivirus');
  const startDate = column('利用者', 'start_date');
  const endDate = column('利用者', 'end_date'); // nullable
  const type = column('端末', 'type');
  const devices = column('利用者', 'devices'); // textList
  const networks = column('端末', 'networks'); // enumList
  const locations = column('端末', 'locations');
  const trainingKind = column('利用者', 'training.kind'); // nullMeansParent
  const remoteLock = column('事故', 'carrier_remote_lock'); // nullable, notApplicable

  it.each([
    ['text', name, ['a', 12, true, DAY, ' x ', 'なし', '対象外'], ['a', '12', true, '2026-11-01', ' x ', 'なし', '対象外']],
    ['integer', minLength, [8, 'eight', true, DAY, 'なし'], [8, 'eight', true, '2026-11-01', 'なし']],
    ['boolean', antivirus, ['はい', ' いいえ ', true, false, '○', 1, DAY, 'なし'], [true, false, true, false, '○', 1, '2026-11-01', 'なし']],
    ['date', startDate, [DAY, '2026/11/01', 45000, true, 'なし'], ['2026-11-01', '2026/11/01', 45000, true, 'なし']],
    ['nullable date', endDate, ['なし', ' なし ', 'null', DAY, 'None'], [null, null, null, '2026-11-01', 'None']],
    ['enum', type, ['タブレット', 'tablet', ' ＴＡＢＬＥＴ ', 'スマート フォン', 'phone', 3, DAY, true], ['tablet', 'tablet', 'tablet', 'smartphone', 'phone', 3, '2026-11-01', true]],
    ['enum whose parent may be none', trainingKind, ['なし', 'null', 'e-ラーニング'], [null, null, 'e-ラーニング']],
    ['not applicable', remoteLock, ['対象外', 'not_applicable', ' 対象外 ', 'なし'], ['not_applicable', 'not_applicable', 'not_applicable', null]],
  ])('%s', (_kind, spec, cells, values) => {
    expect((cells as CellValue[]).map((cell) => value(spec, cell))).toEqual(values);
  });

  it('lists: split at , ， 、 and line breaks, blanks dropped, なし an empty list; labels read as values on an enumerated list', () => {
    expect(value(devices, 'a, b，c、d\ne,, ')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(value(devices, ' なし ')).toEqual([]);
    expect(value(devices, 'null')).toEqual([]);
    expect(value(devices, 'なし, a')).toEqual(['なし', 'a']);
    expect(value(devices, 12)).toBe(12);
    expect(value(devices, DAY)).toBe('2026-11-01');
    expect(value(networks, '公衆無線 LAN, carrier, 不明')).toEqual(['public_wireless_lan', 'carrier', '不明']);
  });

  it('places: one per line, a place and the detail after : or ：, labels read as values', () => {
    expect(value(locations, '施設内\n\n 施設外 :  訪問先 \n施設外：a: b')).toEqual([{ place: 'in_facility' }, { place: 'outside', detail: '訪問先' }, { place: 'outside', detail: 'a: b' }]);
    expect(value(locations, ' なし ')).toEqual([]);
    expect(value(locations, '自宅')).toEqual([{ place: '自宅' }]);
    expect(value(locations, 7)).toBe(7);
    expect(value(locations, DAY)).toBe('2026-11-01');
  });

  it('blank cells are absent; yaml: cells hold any value, or stay text when they are not YAML, repeat a key, or nest too deep', () => {
    expect([null, '', ' \n\t'].map((cell) => value(name, cell))).toEqual(['ABSENT', 'ABSENT', 'ABSENT']);
    expect(decodeCell(name, null)).toStrictEqual({ present: false });
    expect(value(antivirus, 'yaml:[1, {a: null}]')).toEqual([1, { a: null }]);
    expect(value(antivirus, 'yaml:')).toBeNull();
    expect(value(name, 'yaml:{a: 1, a: 2}')).toBe('yaml:{a: 1, a: 2}');
    expect(value(name, 'YAML:1')).toBe('YAML:1');
    expect(value(name, ' yaml:1')).toBe(' yaml:1');
    const deep = (depth: number) => `yaml:${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(value(name, deep(102))).toBe(deep(102));
    expect(Array.isArray(value(name, deep(101)))).toBe(true);
  });

  it('a yaml: cell nested past the limit is never composed: four million [ (a 36 KB workbook) stay text', () => {
    const bomb = `yaml:${'['.repeat(4_000_000)}`;
    expect(value(name, bomb)).toBe(bomb);
    expect(value(name, `yaml:${'{a: '.repeat(200)}1${'}'.repeat(200)}`)).toBe(`yaml:${'{a: '.repeat(200)}1${'}'.repeat(200)}`);
    expect(value(name, `yaml:${'- '.repeat(200)}1`)).toBe(`yaml:${'- '.repeat(200)}1`);
  });
});

describe('encodeCell: the natural cell when it reads back as the same value, else yaml:', () => {
  const name = column('利用者', 'name');
  const antivirus = column('端末', 'security.antivirus');
  const startDate = column('利用者', 'start_date');
  const endDate = column('利用者', 'end_date');
  const type = column('端末', 'type');
  const devices = column('利用者', 'devices');
  const networks = column('端末', 'networks');
  const locations = column('端末', 'locations');
  const remoteLock = column('事故', 'carrier_remote_lock');
  const minLength = column('端末', 'security.lock_password.min_length');

  it.each([
    ['a name', name, '佐藤', '佐藤'],
    ['null where none is not a word', name, null, 'yaml:null'],
    ['null where it is', endDate, null, 'なし'],
    ['true, false', antivirus, true, 'はい'],
    ['false', antivirus, false, 'いいえ'],
    ['a boolean in a text column', name, true, true],
    ['a number', minLength, 8, 8],
    ['-0', minLength, -0, 'yaml:-0'],
    ['Infinity', minLength, Infinity, 'yaml:.inf'],
    ['NaN', minLength, NaN, 'yaml:.nan'],
    ['a number in a text column (it would read back as text)', name, 12, 'yaml:12'],
    ['text that would read as a number in a text column', name, '12', '12'],
    ['a day', startDate, '2026-11-01', DAY],
    ['a day Excel cannot show', startDate, '1899-12-31', '1899-12-31'],
    ['not a day', startDate, '2026/11/01', '2026/11/01'],
    ['a choice by its label', type, 'smartphone', 'スマートフォン'],
    ['not a choice', type, 'phone', 'phone'],
    ['not applicable', remoteLock, 'not_applicable', '対象外'],
    ['not applicable where it is not a word', endDate, 'not_applicable', 'not_applicable'],
    ['a word that reads as null', endDate, 'なし', 'yaml:なし'],
    ['a yes that reads as true', antivirus, 'はい', 'yaml:はい'],
    ['text with a CR', name, 'a\r\nb', 'yaml:"a\\r\\nb"'],
    ['text with a control character', name, 'a\u0001', 'yaml:"a\\x01"'],
    ['text with a lone surrogate', name, 'a\ud800', 'yaml:"a\\ud800"'],
    ['text with a surrogate pair', name, 'a😀', 'a😀'],
    ['text spelled like the marker', name, 'yaml:x', 'yaml:yaml:x'],
    ['text with spaces around it', name, ' x ', ' x '],
    ['an empty list', devices, [], 'なし'],
    ['a list of ids', devices, ['a', 'b'], 'a, b'],
    ['a list with a comma inside an item', devices, ['a,b'], 'yaml:[ "a,b" ]'],
    ['a list of choices by label', networks, ['carrier', 'other'], '携帯電話会社の回線, other'],
    ['a list with a number', devices, ['a', 1], 'yaml:[ a, 1 ]'],
    ['an empty list where none is not a word', name, [], 'yaml:[]'],
    ['places', locations, [{ place: 'outside', detail: '訪問先' }, { place: 'in_facility' }], '施設外: 訪問先\n施設内'],
    ['a place with another key', locations, [{ place: 'outside', note: 'x' }], 'yaml:[ { place: outside, note: x } ]'],
    ['a place that is not text', locations, [{ place: 1 }], 'yaml:[ { place: 1 } ]'],
    ['a detail that is not text', locations, [{ place: 'outside', detail: 2 }], 'yaml:[ { place: outside, detail: 2 } ]'],
    ['a place that is not an object', locations, ['outside'], 'yaml:[ outside ]'],
    ['an object', name, { a: [1] }, 'yaml:{ a: [ 1 ] }'],
    ['an object in a list column', devices, { a: 1 }, 'yaml:{ a: 1 }'],
    ['an empty list of choices', networks, [], 'なし'],
    ['no places', locations, [], 'なし'],
    ['text with a line break that a list column would split (a plain scalar over lines)', devices, 'a\nb', 'yaml:a\n\nb'],
    ['text with a lone low surrogate', name, 'a\udc00', 'yaml:"a\\udc00"'],
    ['text with a noncharacter (which XML cannot hold, and the yaml package writes as it is)', name, 'a\uffff', 'yaml:"a\\uffff"'],
    ['noncharacters in keys and items', name, { 'k\ufffe': ['x\uffff\ny', 1] }, 'yaml:{ "k\\ufffe": [ "x\\uffff\\ny", 1 ] }'],
    ['text with a tab and a line break', name, 'a\tb\nc', 'a\tb\nc'],
  ])('%s', (_what, spec, input, cell) => {
    expect(encodeCell(spec, input)).toEqual(cell);
  });
});

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    [NaN, NaN, true],
    [0, -0, false],
    [[1, [2]], [1, [2]], true],
    [[1], [1, 2], false],
    [[1, 2], [1], false],
    [[1], { 0: 1 }, false],
    [{ 0: 1 }, [1], false],
    [{ a: 1, b: [2] }, { b: [2], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: 1, b: 2 }, { a: 1 }, false],
    [{ a: undefined }, { b: undefined }, false],
    [{ a: 1 }, { a: 2 }, false],
    [null, {}, false],
    ['1', 1, false],
  ])('%j and %j: %j', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('flattenObject and unflattenObject', () => {
  const users = layout.tables.find((table) => table.name === '利用者')!.columns;
  const flat = (object: Record<string, unknown>) => flattenObject(object, users).map(({ spec, cell }) => [spec.path.join('.'), spec.kind, cell]);

  it('opens the layout objects, keeps others whole in extra columns, and marks a training that is only none', () => {
    expect(flat({ name: 'a', training: { kind: 'e-learning', date: '2026-11-01' }, 'x-a': { b: 1 }, note: null })).toEqual([
      ['name', 'text', 'a'],
      ['training.kind', 'enum', 'e-learning'],
      ['training.date', 'date', DAY],
      ['x-a', 'any', 'yaml:{ b: 1 }'],
      ['note', 'text', 'yaml:null'],
    ]);
    expect(flat({ name: 'a' })).toEqual([['name', 'text', 'a']]);
    expect(flat({ training: { kind: 'e-learning' } })).toEqual([['training.kind', 'enum', 'e-learning']]);
    expect(flat({ training: null })).toEqual([['training.kind', 'enum', 'なし']]);
    expect(flat({ training: { kind: null } })).toEqual([['training.kind', 'enum', 'yaml:null']]);
    expect(flat({ training: { kind: null, date: null } })).toEqual([['training.kind', 'enum', 'なし'], ['training.date', 'date', 'yaml:null']]);
    expect(flat({ training: {} })).toEqual([['training', 'any', 'yaml:{}']]);
    expect(flat({ training: 'none' })).toEqual([['training', 'any', 'none']]);
    expect(flat({ 'x-b': null })).toEqual([['x-b', 'any', 'yaml:null']]);
  });

  it('reads cells back: objects made on the way, the first of two columns for a key wins, a path through text dropped', () => {
    const spec = (path: string) => columnFor(users, path.split('.')) ?? { ...users[0]!, path: path.split('.'), kind: 'any' as const };
    const cells = (entries: Array<[string, CellValue]>) => entries.map(([path, cell]) => ({ path: path.split('.'), spec: spec(path), cell }));
    const set: string[] = [];
    const object = unflattenObject(cells([['name', 'a'], ['name', 'b'], ['x.y', 1], ['x', 2], ['note', 'n'], ['note.z', 3], ['training.kind', 'なし']]), (path, index) => set.push(`${path.join('.')}@${index}`));
    expect(object).toEqual({ name: 'a', x: { y: 1 }, note: 'n', training: null });
    expect(set).toEqual(['name@0', 'x.y@2', 'note@4', 'training@6']);
    // none in training.kind with a date beside it: the kind is none, the training stays an object
    expect(unflattenObject(cells([['training.kind', 'なし'], ['training.date', DAY]]))).toEqual({ training: { kind: null, date: '2026-11-01' } });
    expect(unflattenObject(cells([['training.kind', 'なし'], ['training.date', ' ']]))).toEqual({ training: null });
    expect(unflattenObject(cells([['training.kind', 'yaml:null']]))).toEqual({ training: { kind: null } });
    expect(unflattenObject(cells([['training.kind', 'e-learning']]))).toEqual({ training: { kind: 'e-learning' } });
    expect(unflattenObject([{ path: [], spec: users[0]!, cell: 'whole' }])).toEqual({});
  });
});

describe('ledgerToCells', () => {
  const keys = (cells: Array<{ spec: ColumnSpec; cell: CellValue }>) => cells.map(({ spec, cell }) => `${spec.path.join('.')}=${cell instanceof Date ? dayOfDate(cell) : String(cell)}`);

  it('施設: every layout row in order (empty when absent), then the extra rows in the ledger’s order; tables present only', () => {
    const written = ledgerToCells({ 'x-z': 1, facility: { note: 'n', 'x-f': 'f', name: '診療所' }, version: 1, users: [], devices: [{ id: 'PC-1', 'x-d': 2 }, { id: 'PC-2', model: 'm', 'x-e': 3 }] }, layout);
    expect(keys(written.facility)).toEqual([
      'version=1', 'facility.name=診療所', 'facility.updated=null', 'facility.manager.name=null', 'facility.manager.title=null',
      'facility.mcs_facility_admin.name=null', 'facility.mcs_facility_admin.mcs_id=null',
      'facility.rules.public_wireless_lan_prohibited=null', 'facility.rules.startup_password_required=null', 'facility.rules.antivirus_required=null',
      'facility.rules.unused_apps_handled=null', 'facility.wireless_lan.ssid_stealth=null', 'facility.note=n',
      'x-z=1', 'facility.x-f=f',
    ]);
    expect(written.tables.map((table) => table.spec.name)).toEqual(['端末', '利用者']);
    const devices = written.tables[0]!;
    const layoutWidth = layout.tables.find((table) => table.name === '端末')!.columns.length;
    // extra columns after the layout's, in order of first appearance; every row as wide as the sheet
    expect(devices.columns.slice(layoutWidth).map((spec) => spec.path.join('.'))).toEqual(['x-d', 'x-e']);
    expect(devices.rows.map((row) => [row.length, row[0], row[2], row[layoutWidth], row[layoutWidth + 1]])).toEqual([
      [layoutWidth + 2, 'PC-1', null, 2, null],
      [layoutWidth + 2, 'PC-2', 'm', null, 3],
    ]);
    expect(written.tables[1]!.rows).toEqual([]);
  });

  it('a table that rows cannot show (not a list, an empty item, an item that is not an object) is one yaml: row on 施設', () => {
    for (const users of ['x', [{}], [1], [{ name: 'a' }, []]]) {
      const written = ledgerToCells({ users }, layout);
      expect(written.tables).toEqual([]);
      expect(keys(written.facility).slice(-1)).toEqual([`users=${users === 'x' ? 'x' : encodeCell({ ...column('利用者', 'name'), kind: 'any' }, users)}`]);
    }
  });

  it('a ledger that is not a mapping: 施設’s rows empty and one row for the whole value', () => {
    const written = ledgerToCells([1], layout);
    expect(written.tables).toEqual([]);
    expect(written.facility.length).toBe(layout.facility.rows.length + 1);
    expect(written.facility.slice(0, -1).every(({ cell }) => cell === null)).toBe(true);
    expect(written.facility.at(-1)).toEqual({ spec: expect.objectContaining({ path: [], kind: 'any' }), cell: 'yaml:[ 1 ]' });
  });
});

describe('cellsToLedger', () => {
  /** A sheet as read: `undefined` where a row or a cell was never written (sparse). */
  const sheet = (name: string, rows: Array<Array<CellValue | undefined> | undefined>): SheetCells => ({ name, rows: rows as SheetCells['rows'] });
  const users = (rows: Parameters<typeof sheet>[1]) => sheet('利用者', rows);
  const facility = (rows: Parameters<typeof sheet>[1]) => sheet('施設', rows);

  it('施設: rows below the header with a key; a blank key skipped; the value column read by kind', () => {
    const read = cellsToLedger([facility([['項目', 'キー', '値'], ['x', 'version', 1], ['x', ' ', 'lost'], undefined, ['x', 'facility.updated', DAY], ['', 'x-a', 'a'], ['', 'facility.manager.name']])], layout);
    expect(read.value).toEqual({ version: 1, facility: { updated: '2026-11-01' }, 'x-a': 'a' });
    expect(read.problems).toEqual([{ kind: 'unkeyedValue', sheet: '施設', cell: 'C3' }]); // a value no key names is not lost silently
    expect([read.locate(['version']), read.locate(['facility', 'updated']), read.locate(['x-a'])]).toEqual([
      { sheet: '施設', cell: 'C2' }, { sheet: '施設', cell: 'C5' }, { sheet: '施設', cell: 'C6' },
    ]);
  });

  it('tables: the key row names the columns (else the label row), blank rows skipped, items in order', () => {
    // D: no key, an empty label; F: a blank key and no label at all: neither is a column
    const read = cellsToLedger([users([['氏名', '所属', 'メモ', '', 'ラベルだけ'], ['name', 'affiliation', undefined, ' ', undefined, ' '], ['a', 'b', 'c', 'd', 'e', 'z'], undefined, [' ', null], ['f', undefined, undefined, undefined, 'g']])], layout);
    expect(read.value).toEqual({ users: [{ name: 'a', affiliation: 'b', メモ: 'c', ラベルだけ: 'e' }, { name: 'f', ラベルだけ: 'g' }] });
    expect([read.locate(['users', 0, 'メモ']), read.locate(['users', 1, 'name']), read.locate(['users', 1, 'ラベルだけ'])]).toEqual([
      { sheet: '利用者', cell: 'C3' }, { sheet: '利用者', cell: 'A6' }, { sheet: '利用者', cell: 'E6' },
    ]);
  });

  it('a table sheet with no rows is an empty list; with no key row its cells are not read and that is a problem; no sheet, no key', () => {
    expect(cellsToLedger([users([['氏名'], ['name']])], layout).value).toEqual({ users: [] });
    const keyless = cellsToLedger([users([undefined, undefined, ['x']])], layout);
    expect(keyless.value).toEqual({});
    expect(keyless.problems).toEqual([{ kind: 'keyRowMissing', sheet: '利用者', cell: 'A2' }]);
    expect(cellsToLedger([], layout).value).toEqual({});
    expect(cellsToLedger([], layout).locate(['users'])).toBeUndefined();
  });

  it('the whole-ledger row stands for the ledger only alone (as the writer writes it); beside anything else it is a problem, not read', () => {
    expect(cellsToLedger([facility([['項目', 'キー', '値'], ['', '[]', 'yaml:[1]'], ['', 'version', null]])], layout).value).toEqual([1]);
    const beside = cellsToLedger([facility([['項目', 'キー', '値'], ['', '[]', 'yaml:[1]'], ['', 'version', 2]])], layout);
    expect(beside.value).toEqual({ version: 2 });
    expect(beside.problems).toEqual([{ kind: 'emptyKey', sheet: '施設', cell: 'B2', key: '[]' }]);
    const besideSheet = cellsToLedger([facility([['項目', 'キー', '値'], ['', '[]', 'yaml:{version: 1}']]), users([['氏名'], ['name'], ['a']])], layout);
    expect(besideSheet.value).toEqual({ users: [{ name: 'a' }] });
    expect(besideSheet.problems.map((problem) => problem.kind)).toEqual(['emptyKey']);
    expect(cellsToLedger([facility([['項目', 'キー', '値'], ['', '[]', null], ['', 'version', 2]])], layout).value).toEqual({ version: 2 });
  });

  it('locate: a missing item at the first row, a missing column at the row’s first cell, an object (or a leaf of it with no column) at the object’s first column, 施設’s nearest row', () => {
    const read = cellsToLedger([
      facility([['項目', 'キー', '値'], ['', 'facility.name', 'n'], ['', 'facility.rules.antivirus_required', 'はい'], ['', 'x-top', 'yaml:{a: {b: 1}}']]),
      sheet('端末', [['管理番号', '種類', 'パスワード'], ['id', 'type', 'security.lock_password.min_length'], undefined, ['PC-1', 'パソコン', 8], ['PC-2']]),
    ], layout);
    expect(read.locate(['devices', 5])).toEqual({ sheet: '端末', cell: 'A4' });
    expect(read.locate(['devices', 'x'])).toEqual({ sheet: '端末', cell: 'A4' });
    expect(read.locate(['devices', 1, 'model'])).toEqual({ sheet: '端末', cell: 'A5' });
    expect(read.locate(['devices', 1, 'security'])).toEqual({ sheet: '端末', cell: 'C5' });
    expect(read.locate(['devices', 0, 'security', 'lock_password'])).toEqual({ sheet: '端末', cell: 'C4' });
    expect(read.locate(['devices', 0, 'security', 'lock_password', 'composition'])).toEqual({ sheet: '端末', cell: 'C4' }); // no column of its own here: lock_password's first
    expect(read.locate(['devices', 0, 'security', 'antivirus'])).toEqual({ sheet: '端末', cell: 'C4' }); // security's first
    expect(read.locate(['devices', 0, 'disposal', 'date'])).toEqual({ sheet: '端末', cell: 'A4' }); // nothing of disposal on the sheet
    expect(read.locate(['devices', 0, 'type'])).toEqual({ sheet: '端末', cell: 'B4' });
    expect(read.locate(['facility', 'rules'])).toEqual({ sheet: '施設', cell: 'C3' });
    expect(read.locate(['facility', 'rules', 'antivirus_required'])).toEqual({ sheet: '施設', cell: 'C3' });
    expect(read.locate(['x-top', 'a', 'b'])).toEqual({ sheet: '施設', cell: 'C4' });
    expect(read.locate(['facility', 'manager', 'name'])).toEqual({ sheet: '施設', cell: 'C2' });
    expect(read.locate(['incidents', 0])).toEqual({ sheet: '施設', cell: 'C2' });
    expect(read.locate([])).toEqual({ sheet: '施設', cell: 'C2' });
  });

  it('locate: a column keyed [] is not a column; a table’s own path is its first row', () => {
    const read = cellsToLedger([users([['全体', '氏名'], ['[]', 'name'], ['x', 'a']])], layout);
    expect(read.value).toEqual({ users: [{ name: 'a' }] });
    expect(read.locate(['users', 0, 'x-absent'])).toEqual({ sheet: '利用者', cell: 'B3' });
    expect(read.locate(['users'])).toEqual({ sheet: '利用者', cell: 'B3' });
  });

  it('locate on 施設: paths whose keys run together are told apart; a row keyed with an index shows that item', () => {
    const read = cellsToLedger([facility([['項目', 'キー', '値'], ['', 'x-ab', 1], ['', 'x-a.b', 2], ['', 'x-list.0', 'a']])], layout);
    expect([read.locate(['x-ab']), read.locate(['x-a', 'b']), read.locate(['x-list', 0, 'y'])]).toEqual([
      { sheet: '施設', cell: 'C2' }, { sheet: '施設', cell: 'C3' }, { sheet: '施設', cell: 'C4' },
    ]);
  });

  it('locate: a training that is none is at its kind’s cell, wherever the columns were moved', () => {
    const read = cellsToLedger([users([['日付', '氏名', '講習'], ['training.date', 'name', 'training.kind'], [null, 'a', 'なし']])], layout);
    expect(read.value).toEqual({ users: [{ name: 'a', training: null }] });
    expect(read.locate(['users', 0, 'training'])).toEqual({ sheet: '利用者', cell: 'C3' });
  });

  it('locate on an empty table sheet: its first data row, first column', () => {
    const read = cellsToLedger([{ name: '端末', rows: [['種類'], ['type']] }], layout);
    expect(read.locate(['devices', 0, 'type'])).toEqual({ sheet: '端末', cell: 'A3' });
    expect(cellsToLedger([{ name: '端末', rows: [] }], layout).locate(['devices', 0])).toEqual({ sheet: '端末', cell: 'A3' });
  });
});
