// The codec's keys, exact and in-process: objects opened as deep as the columns go, a column meaning its
// parent at any depth, keys naming an object's internals never set (and reported where they are read,
// with an empty key part), and a key holding others (facility beside facility.name, security beside
// security.antivirus) read only when it is a bare value with nothing filled inside it.
import type { CellValue, LayoutProblem, SheetCells } from '../../src/workbook/codec';
import type { ColumnSpec } from '../../src/workbook/layout';
import { workbookLayout } from '../../src/workbook/layout';
import { fresh, freshFunctionsPerTest } from '../helpers/fresh';

type Codec = typeof import('../../src/workbook/codec');
// Loaded inside each test: perTest coverage counts the module for the test that loads it.
const { cellsToLedger, extraColumn, flattenObject, unflattenObject } = freshFunctionsPerTest(() => require('../../src/workbook/codec') as Codec);
const workbookLedger = (sheets: SheetCells[]) => fresh(() => require('../../src/workbook/ledger') as typeof import('../../src/workbook/ledger')).workbookLedger(sheets);

const layout = workbookLayout();
type Rows = Array<Array<CellValue | undefined> | undefined>;
const sheet = (name: string, rows: Rows): SheetCells => ({ name, rows: rows as SheetCells['rows'] });
const facility = (rows: Rows) => sheet('施設', [['項目', 'キー', '値'], ...rows]);
const devices = (rows: Rows) => sheet('端末', rows);
const read = (...sheets: SheetCells[]) => cellsToLedger(sheets, layout);

/** A column of the layout's kind `enum` whose なし means its parent object is null, at any path. */
const meaningParent = (path: string[]): ColumnSpec => ({ path, kind: 'enum', label: path.join('.'), description: { ja: '', en: '' }, required: false, width: 0, nullMeansParent: true });

describe('flattenObject and unflattenObject: paths as deep as the columns', () => {
  it('objects are opened down to a column 17 keys deep, and read back', () => {
    const path = 'abcdefghijklmnopq'.split('');
    const spec = { ...extraColumn(path, 'q'), kind: 'text' as const };
    const value = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), 'deep') as Record<string, unknown>;
    const cells = flattenObject(value, [spec]);
    expect(cells).toEqual([{ spec, cell: 'deep' }]);
    expect(unflattenObject(cells.map(({ spec: column, cell }) => ({ path: column.path, spec: column, cell })))).toEqual(value);
  });

  it('a column meaning its parent, three keys deep: なし there is its parent (a.b), not its grandparent', () => {
    const spec = meaningParent(['a', 'b', 'c']);
    expect(flattenObject({ a: { b: null } }, [spec])).toEqual([{ spec, cell: 'なし' }]);
    const set: string[] = [];
    expect(unflattenObject([{ path: spec.path, spec, cell: 'なし' }], (path, index) => set.push(`${path.join('.')}@${index}`))).toEqual({ a: { b: null } });
    expect(set).toEqual(['a.b@0']);
    // a sibling filled inside a.b: the column is null itself, a.b stays an object
    const sibling = { ...extraColumn(['a', 'b', 'd'], 'd'), kind: 'text' as const };
    expect(unflattenObject([{ path: spec.path, spec, cell: 'なし' }, { path: sibling.path, spec: sibling, cell: 'x' }])).toEqual({ a: { b: { c: null, d: 'x' } } });
  });

  it('a cell of the parent itself is no sibling inside it: training.kind なし beside a training cell makes training null (the first wins)', () => {
    const kind = layout.tables.find((table) => table.name === '利用者')!.columns.find((column) => column.path.join('.') === 'training.kind')!;
    const training = extraColumn(['training'], 'training');
    const set: string[] = [];
    const object = unflattenObject([{ path: kind.path, spec: kind, cell: 'なし' }, { path: training.path, spec: training, cell: 'x' }], (path, index) => set.push(`${path.join('.')}@${index}`));
    expect(object).toEqual({ training: null });
    expect(set).toEqual(['training@0']);
  });
});

describe('unflattenObject: a key naming an object’s internals is never set', () => {
  it('__proto__, constructor and prototype anywhere in a path: not set, no prototype reached, onSet not called; the other cells are read', () => {
    const cell = (path: string[], value: CellValue) => ({ path, spec: extraColumn(path, path[path.length - 1]!), cell: value });
    const set: string[] = [];
    const object = unflattenObject(
      [cell(['__proto__', 'polluted'], 'yaml:true'), cell(['constructor'], 'c'), cell(['x-a', 'prototype'], 1), cell(['x-b', 'constructor', 'y'], 2), cell(['name'], 'a')],
      (path, index) => set.push(`${path.join('.')}@${index}`),
    );
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(['name']);
    expect(object).toStrictEqual({ name: 'a' });
    expect((object as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(object, 'constructor')).toBe(false);
    expect(set).toEqual(['name@4']);
  });
});

const kinds = (problems: LayoutProblem[]) => problems.map(({ kind, sheet: name, cell, key }) => `${kind} ${name}!${cell} ${key}`);

describe('empty and internal keys: problems where the key is read, never read', () => {
  it('on 施設: an empty part (a..b, ["", "x"], a. .b) is emptyKey; a part naming internals (alone or among others) is internalKey', () => {
    const decoded = read(facility([
      ['', 'version', 1], ['', 'a..b', 1], ['', '["", "x"]', 2], ['', 'x-c. .d', 3], ['', 'facility.constructor', 4], ['', 'x-e.__proto__.f', 5], ['', 'prototype', 6], ['', '["x-g", "__proto__"]', 7],
    ]));
    expect(decoded.value).toStrictEqual({ version: 1 });
    expect(kinds(decoded.problems)).toEqual([
      'emptyKey 施設!B3 a..b', 'emptyKey 施設!B4 ["", "x"]', 'emptyKey 施設!B5 x-c. .d',
      'internalKey 施設!B6 facility.constructor', 'internalKey 施設!B7 x-e.__proto__.f', 'internalKey 施設!B8 prototype', 'internalKey 施設!B9 ["x-g", "__proto__"]',
    ]);
  });

  it('in a table’s key row likewise, at the key cell; the column is not read in any row', () => {
    const decoded = read(devices([
      ['端末 ID', '', '', '', '', ''],
      ['id', 'a..b', 'security.constructor', '["", "x"]', '__proto__', 'x-a.prototype'],
      ['D1', 1, 'はい', 2, 'yaml:{polluted: true}', 3],
      ['D2', 4, 'いいえ', 5, 'yaml:{}', 6],
    ]));
    expect(decoded.value).toStrictEqual({ devices: [{ id: 'D1' }, { id: 'D2' }] });
    expect(kinds(decoded.problems)).toEqual([
      'emptyKey 端末!B2 a..b', 'internalKey 端末!C2 security.constructor', 'emptyKey 端末!D2 ["", "x"]', 'internalKey 端末!E2 __proto__', 'internalKey 端末!F2 x-a.prototype',
    ]);
    expect(decoded.tables[0]!.columns).toEqual([['id']]);
  });

  it('as findings: schema errors at the key cell, in both languages', () => {
    const parsed = workbookLedger([facility([['', 'a..b', 1], ['', 'facility.constructor', 2]])]);
    expect(parsed.problems!.map(({ ruleId, severity, position, message }) => ({ ruleId, severity, position, message }))).toEqual([
      {
        ruleId: 'schema',
        severity: 'error',
        position: { line: 2, column: 2, cell: { sheet: '施設', sheetIndex: 0, ref: 'B2' } },
        message: {
          ja: 'キー「a..b」は空のキーを含むため、読み取れません。正しいキーを書くか、この列・行を削除してください',
          en: 'The key 「a..b」 is empty or has an empty part, so it is not read. Write the right key or delete this column or row',
        },
      },
      {
        ruleId: 'schema',
        severity: 'error',
        position: { line: 3, column: 2, cell: { sheet: '施設', sheetIndex: 0, ref: 'B3' } },
        message: {
          ja: 'キー「facility.constructor」（__proto__、constructor、prototype を含むもの）は台帳のキーとして使えないため、読み取っていません。この列・行を削除してください',
          en: 'The key 「facility.constructor」 (naming __proto__, constructor or prototype) cannot be a ledger key and is not read. Delete this column or row',
        },
      },
    ]);
    expect(parsed.value).toStrictEqual({});
  });
});

describe('a key holding others: read only as a bare value with nothing filled inside', () => {
  it('on 施設: a bare value beside a filled key inside it is a problem pointing at that key; the inner rows are read', () => {
    const decoded = read(facility([['', 'facility.name', 'A'], ['', 'facility.updated', null], ['', 'facility', 'yaml:null']]));
    expect(decoded.value).toStrictEqual({ facility: { name: 'A' } });
    expect(decoded.problems).toEqual([{ kind: 'overlappingKey', sheet: '施設', cell: 'B4', key: 'facility', other: { sheet: '施設', cell: 'B2' } }]);
  });

  it('on 施設: an object of keys is a problem even with nothing filled inside; the first row inside (blank too) is the other cell', () => {
    const decoded = read(facility([['', 'version', 1], ['', 'facility.updated', null], ['', 'facility.name', ' '], ['', 'facility', 'yaml:{name: B}']]));
    expect(decoded.value).toStrictEqual({ version: 1 });
    expect(decoded.problems).toEqual([{ kind: 'overlappingKey', sheet: '施設', cell: 'B5', key: 'facility', other: { sheet: '施設', cell: 'B3' } }]);
  });

  it('on 施設: a bare value, an empty object or text with nothing filled inside is read (the schema judges it); a deeper key holds others too', () => {
    const cases: Array<[CellValue, unknown]> = [['yaml:null', null], ['yaml:{}', {}], ['なし', 'なし'], [3, 3]];
    for (const [cell, value] of cases) {
      const decoded = read(facility([['', 'facility.manager.name', null], ['', 'facility', cell]]));
      expect([decoded.value, decoded.problems]).toEqual([{ facility: value }, []]);
    }
    // facility.manager beside facility.manager.name: the middle key holds others as well
    const decoded = read(facility([['', 'facility.manager.name', '山田'], ['', 'facility.manager', 'yaml:null']]));
    expect(decoded.value).toStrictEqual({ facility: { manager: { name: '山田' } } });
    expect(decoded.problems).toEqual([{ kind: 'overlappingKey', sheet: '施設', cell: 'B3', key: 'facility.manager', other: { sheet: '施設', cell: 'B2' } }]);
  });

  it('in a table: per row, a blank cell of the outer column is no problem; a bare value beside a filled inner cell, or an object of keys, is', () => {
    const decoded = read(devices([
      ['端末 ID', 'セキュリティ', 'ウイルス対策', 'パスワード'],
      ['id', 'security', 'security.antivirus', 'security.lock_password.min_length'],
      ['D1', null, 'はい', 8],
      ['D2', ' ', null, 6],
      ['D3', 'yaml:null', 'いいえ', null],
      ['D4', 'yaml:{antivirus: true}', null, null],
      ['D5', 'yaml:null', null, null],
      ['D6', 'yaml:{}', null, null],
    ]));
    expect(decoded.value).toStrictEqual({
      devices: [
        { id: 'D1', security: { antivirus: true, lock_password: { min_length: 8 } } },
        { id: 'D2', security: { lock_password: { min_length: 6 } } },
        { id: 'D3', security: { antivirus: false } },
        { id: 'D4' },
        { id: 'D5', security: null },
        { id: 'D6', security: {} },
      ],
    });
    expect(decoded.problems).toEqual([
      { kind: 'overlappingKey', sheet: '端末', cell: 'B5', key: 'security', other: { sheet: '端末', cell: 'C2' } },
      { kind: 'overlappingKey', sheet: '端末', cell: 'B6', key: 'security', other: { sheet: '端末', cell: 'C2' } },
    ]);
  });

  it('in a table, a middle key (security.lock_password) holds others: its other cell is the first column inside it', () => {
    const decoded = read(devices([
      ['', '', '', ''],
      ['id', 'security.lock_password.min_length', 'security.lock_password', 'security.antivirus'],
      ['D1', 8, 'yaml:null', 'はい'],
      ['D2', null, 'yaml:null', 'はい'],
    ]));
    expect(decoded.value).toStrictEqual({ devices: [{ id: 'D1', security: { lock_password: { min_length: 8 }, antivirus: true } }, { id: 'D2', security: { lock_password: null, antivirus: true } }] });
    expect(decoded.problems).toEqual([{ kind: 'overlappingKey', sheet: '端末', cell: 'C3', key: 'security.lock_password', other: { sheet: '端末', cell: 'B2' } }]);
  });

  it('as a finding: a schema error at the outer key’s cell, in both languages', () => {
    const parsed = workbookLedger([facility([['', 'facility.name', 'A'], ['', 'facility', 'yaml:{name: B}']])]);
    expect(parsed.problems!.map(({ ruleId, severity, position, message }) => ({ ruleId, severity, position, message }))).toEqual([
      {
        ruleId: 'schema',
        severity: 'error',
        position: { line: 3, column: 2, cell: { sheet: '施設', sheetIndex: 0, ref: 'B3' } },
        message: {
          ja: 'facility の値は、「施設」B2 から始まる facility.… の列・行と重なります。値はそれぞれの列・行に記入し、このセルを空にしてください（このセルは読み取っていません）',
          en: 'The value of facility overlaps the facility.… columns or rows starting at 「施設」B2. Write each value in its own column or row and empty this cell (it is not read)',
        },
      },
    ]);
    expect(parsed.value).toStrictEqual({ facility: { name: 'A' } });
  });
});
