// What the sheets show must be what is checked: every way a workbook's cells could make the reader
// choose silently (a key twice, a key inside another's value, a table on 施設 and as its sheet, an empty
// or internal key, a value with no key, a sheet twice or very hidden) is a problem at its cell.
import { cellsToLedger, type CellValue, type LayoutProblem, type SheetCells } from '../../src/workbook/codec';
import { workbookLayout } from '../../src/workbook/layout';
import { workbookLedger } from '../../src/workbook/ledger';

const layout = workbookLayout();
type Rows = Array<Array<CellValue | undefined> | undefined>;
const sheet = (name: string, rows: Rows, state?: SheetCells['state']): SheetCells => ({ name, rows: rows as SheetCells['rows'], ...(state ? { state } : {}) });
const facility = (rows: Rows, state?: SheetCells['state']) => sheet('施設', [['項目', 'キー', '値'], ...rows], state);
const read = (...sheets: SheetCells[]) => cellsToLedger(sheets, layout);
const kinds = (problems: LayoutProblem[]) => problems.map(({ kind, sheet: name, cell }) => `${kind} ${name}!${cell}`);

describe('施設', () => {
  it('a key given twice: the first row is read, the second is a problem pointing at the first', () => {
    const decoded = read(facility([['', 'version', 1], ['', 'facility.name', '本物'], ['', 'facility.name', '偽物']]));
    expect(decoded.value).toEqual({ version: 1, facility: { name: '本物' } });
    expect(decoded.problems).toEqual([{ kind: 'duplicateKey', sheet: '施設', cell: 'B4', key: 'facility.name', other: { sheet: '施設', cell: 'B3' } }]);
  });

  it('a row whose key holds others (facility beside facility.name) is a problem when it gives keys or they are filled', () => {
    const decoded = read(facility([['', 'facility.name', 'A'], ['', 'facility', 'yaml:{name: B, updated: 2026-01-01}']]));
    expect(decoded.value).toEqual({ facility: { name: 'A' } });
    expect(decoded.problems).toEqual([{ kind: 'overlappingKey', sheet: '施設', cell: 'B3', key: 'facility', other: { sheet: '施設', cell: 'B2' } }]);
    // a bare value with nothing filled inside is read (the schema judges it), as the writer writes `facility: null`
    expect(read(facility([['', 'facility.name', null], ['', 'facility', 'yaml:null']])).problems).toEqual([]);
    expect(read(facility([['', 'facility.name', 'A'], ['', 'facility', 'yaml:null']])).problems.map((problem) => problem.kind)).toEqual(['overlappingKey']);
  });

  it('a table given as a 施設 row and as its sheet: the sheet is read, the row is a problem (yaml:[] cannot empty 端末)', () => {
    const devices = sheet('端末', [['端末 ID'], ['id'], ['D1']]);
    const decoded = read(facility([['', 'devices', 'yaml:[]']]), devices);
    expect(decoded.value).toEqual({ devices: [{ id: 'D1' }] });
    expect(kinds(decoded.problems)).toEqual(['tableTwice 施設!B2']);
    expect(decoded.problems[0]!.other).toEqual({ sheet: '端末', cell: 'A2' });
    // without the sheet the row is the table (a list rows cannot show)
    expect(read(facility([['', 'devices', 'yaml:[1]']])).value).toEqual({ devices: [1] });
    // a row inside a table's path, or holding a table (facility → facility.mcs_admins), likewise
    expect(kinds(read(facility([['', 'devices.0.id', 'X']]), devices).problems)).toEqual(['tableTwice 施設!B2']);
    expect(kinds(read(facility([['', 'facility', 'yaml:{mcs_admins: []}']]), sheet('管理者', [['氏名'], ['name']])).problems)).toEqual(['tableTwice 施設!B2']);
  });

  it('the whole-ledger key `[]` beside anything else, an empty key part, and internal keys are problems, never read', () => {
    const decoded = read(facility([['', '[]', 'yaml:{version: 1, facility: {name: clean}}'], ['', 'facility.name', '見える施設'], ['', 'a..b', 1], ['', '["", "x"]', 2], ['', '__proto__', 'yaml:{polluted: true}'], ['', 'facility.constructor', 3], ['', 'prototype.x', 4]]));
    expect(decoded.value).toEqual({ facility: { name: '見える施設' } });
    expect(Object.getPrototypeOf(decoded.value)).toBe(Object.prototype);
    expect(kinds(decoded.problems)).toEqual(['emptyKey 施設!B2', 'emptyKey 施設!B4', 'emptyKey 施設!B5', 'internalKey 施設!B6', 'internalKey 施設!B7', 'internalKey 施設!B8']);
  });

  it('a value with no key is a problem at the value; a label or a description alone is not', () => {
    const decoded = read(sheet('施設', [['項目', 'キー', '値', '説明'], ['施設の住所', '', '東京都'], ['見出し', '', null, '説明だけ'], ['', ' ', ' ']]));
    expect(kinds(decoded.problems)).toEqual(['unkeyedValue 施設!C2']);
  });
});

describe('table sheets', () => {
  const devices = (rows: Rows, state?: SheetCells['state']) => sheet('端末', rows, state);

  it('a key given by two columns: the first is read, the second is a problem at its key cell', () => {
    const decoded = read(devices([['隠し', '端末 ID', 'ウイルス対策'], ['security.antivirus', 'id', 'security.antivirus'], ['yaml:true', 'D1', 'いいえ']]));
    expect(decoded.value).toEqual({ devices: [{ id: 'D1', security: { antivirus: true } }] });
    expect(decoded.problems).toEqual([{ kind: 'duplicateKey', sheet: '端末', cell: 'C2', key: 'security.antivirus', other: { sheet: '端末', cell: 'A2' } }]);
  });

  it('a column whose key holds others (security beside security.*) is a problem in each row where it gives keys or they are filled', () => {
    const decoded = read(devices([['', '', ''], ['id', 'security', 'security.antivirus'], ['D1', 'yaml:{antivirus: true}', 'いいえ'], ['D2', 'yaml:{antivirus: true}', null], ['D3', 'yaml:null', null], ['D4', null, 'はい']]));
    expect(decoded.value).toEqual({ devices: [{ id: 'D1', security: { antivirus: false } }, { id: 'D2' }, { id: 'D3', security: null }, { id: 'D4', security: { antivirus: true } }] });
    expect(kinds(decoded.problems)).toEqual(['overlappingKey 端末!B3', 'overlappingKey 端末!B4']);
    expect(decoded.problems[0]!.other).toEqual({ sheet: '端末', cell: 'C2' });
  });

  it('internal and empty keys in the key row are problems; the values never reach an object prototype', () => {
    const decoded = read(devices([['', '', '', ''], ['id', '__proto__', 'security.constructor', 'a..b'], ['D1', 'yaml:{security: {antivirus: true}}', 'x', 'y']]));
    expect(decoded.value).toEqual({ devices: [{ id: 'D1' }] });
    const [item] = (decoded.value as { devices: object[] }).devices;
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(kinds(decoded.problems)).toEqual(['internalKey 端末!B2', 'internalKey 端末!C2', 'emptyKey 端末!D2']);
  });
});

describe('sheets', () => {
  it('a hidden sheet is read like a visible one, with no problem', () => {
    const decoded = read(facility([['', 'version', 1]], 'hidden'));
    expect(decoded.value).toEqual({ version: 1 });
    expect(decoded.problems).toEqual([]);
  });

  it('a very hidden layout sheet is read and warned of; a very hidden sheet that is not read is left alone', () => {
    const decoded = read(facility([['', 'version', 1]]), sheet('端末', [['ID'], ['id'], ['D1']], 'veryHidden'), sheet('メモ', [['x']], 'veryHidden'));
    expect(decoded.value).toEqual({ version: 1, devices: [{ id: 'D1' }] });
    expect(kinds(decoded.problems)).toEqual(['veryHiddenSheet 端末!A1']);
  });

  it('a second sheet of a name (ignoring case) is a problem; the first is read', () => {
    const decoded = read(facility([['', 'version', 1]]), facility([['', 'version', 2]]));
    expect(decoded.value).toEqual({ version: 1 });
    expect(decoded.problems).toEqual([{ kind: 'duplicateSheet', sheet: '施設', cell: 'A1', other: { sheet: '施設', cell: 'A1' } }]);
  });
});

describe('as findings', () => {
  it('errors are schema findings at their cell (they stop the rules); a very hidden sheet is a hidden-sheet warning', () => {
    const parsed = workbookLedger([
      facility([['', 'version', 1], ['', 'version', 2]]),
      sheet('端末', [['ID'], ['id'], ['D1']], 'veryHidden'),
    ]);
    expect(parsed.problems!.map(({ ruleId, severity, position, message }) => ({ ruleId, severity, position, en: message.en }))).toEqual([
      {
        ruleId: 'schema',
        severity: 'error',
        position: { line: 3, column: 2, cell: { sheet: '施設', sheetIndex: 0, ref: 'B3' } },
        en: 'The key version is also at 「施設」B2. With the same key twice, which value to check cannot be decided: delete one of them (this column or row is not read)',
      },
      {
        ruleId: 'hidden-sheet',
        severity: 'warning',
        position: { line: 1, column: 1, cell: { sheet: '端末', sheetIndex: 1, ref: 'A1' } },
        en: "The sheet 「端末」 is very hidden (Excel's menus cannot show it). It was checked, but a ledger no one can see cannot be reviewed: make it visible again (with VBA or another tool) or move its rows to a visible sheet",
      },
    ]);
  });
});
