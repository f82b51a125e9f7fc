// The workbook layout's functions called directly, exact, with the module loaded in each test (the
// layout is built once per load, from the schema): key text and back, column letters, which column
// shows a path, widths, labels and the choices a description gives.
import { freshPerTest } from '../helpers/fresh';

type Layout = typeof import('../../src/workbook/layout');
const layoutModule = freshPerTest(() => require('../../src/workbook/layout') as Layout);

describe('key paths as header text', () => {
  it.each([
    [['security', 'antivirus'], 'security.antivirus'],
    [['note'], 'note'],
    [['x-a.b'], '["x-a.b"]'],
    [['a', ''], '["a",""]'],
    [[' a'], '[" a"]'],
    [['a '], '["a "]'],
    [['[a'], '["[a"]'],
    [['"a'], '["\\"a"]'],
    [['a[b'], 'a[b'],
    [[], '[]'],
  ])('keyText(%j) is %j, and reads back', (path, text) => {
    const { keyText, parseKeyText } = layoutModule();
    expect(keyText(path)).toBe(text);
    expect(parseKeyText(text)).toEqual(path);
  });

  it.each([
    ['', undefined],
    ['  ', undefined],
    [' security . antivirus ', ['security', 'antivirus']],
    ['[1]', ['[1]']],
    ['[x', ['[x']],
    ['["a", 2]', ['["a", 2]']],
    ['{"a": 1}', ['{"a": 1}']],
  ])('parseKeyText(%j) is %j', (text, path) => {
    expect(layoutModule().parseKeyText(text)).toEqual(path);
  });

  it('samePath compares length and every key', () => {
    const { samePath } = layoutModule();
    expect([samePath(['a'], ['a']), samePath(['a'], ['a', 'b']), samePath(['a', 'b'], ['a']), samePath(['a', 'b'], ['a', 'c']), samePath([], [])]).toEqual([true, false, false, false, true]);
  });
});

describe('cells and columns', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, letters) => {
    expect(layoutModule().columnLetter(column)).toBe(letters);
    expect(layoutModule().cellAddress(7, column)).toBe(`${letters}7`);
  });

  it('the column showing a path: its own, else its nearest ancestor’s; indexes skipped; none outside the columns', () => {
    const { columnShowing, columnFor, tableAt, workbookLayout } = layoutModule();
    const devices = tableAt(workbookLayout(), ['devices'])!.columns;
    const key = (path: readonly (string | number)[]) => columnShowing(devices, path)?.path.join('.');
    expect(key(['security', 'antivirus'])).toBe('security.antivirus');
    expect(key(['locations', 1, 'detail'])).toBe('locations');
    expect(key(['security', 'lock_password', 'min_length', 'x'])).toBe('security.lock_password.min_length');
    expect(key(['security'])).toBeUndefined();
    expect(key([])).toBeUndefined();
    expect(columnFor(devices, ['security'])).toBeUndefined();
    expect(columnFor(devices, ['type'])?.kind).toBe('enum');
  });

  it('sheets by name and tables by path', () => {
    const { sheetNamed, tableAt, workbookLayout } = layoutModule();
    const layout = workbookLayout();
    expect(layout.sheets.map((sheet) => sheet.name)).toEqual(['施設', '管理者', '端末', '利用者', '事故', '例外']);
    expect(layout.tables.map((table) => table.path.join('.'))).toEqual(['facility.mcs_admins', 'devices', 'users', 'incidents', 'exceptions']);
    expect(sheetNamed(layout, '端末')?.kind).toBe('table');
    expect(sheetNamed(layout, '施設')?.kind).toBe('keyValue');
    expect(sheetNamed(layout, '説明')).toBeUndefined();
    expect(tableAt(layout, ['users'])?.name).toBe('利用者');
    expect(tableAt(layout, ['facility'])).toBeUndefined();
    expect(workbookLayout()).toBe(layout); // built once
  });
});

describe('labels, widths and choices from the schema', () => {
  it('each table’s columns: key, kind, label, required, width (counted two per non-ASCII character)', () => {
    const { keyText, workbookLayout } = layoutModule();
    const summary = workbookLayout().tables.map((table) => [table.name, table.columns.map((spec) => `${keyText(spec.path)} ${spec.kind} ${spec.label}${spec.required ? ' *' : ''} ${spec.width}`)]);
    expect(summary).toMatchSnapshot();
  });

  it('施設’s rows: key, kind, label, required', () => {
    const { keyText, workbookLayout } = layoutModule();
    expect(workbookLayout().facility.rows.map((spec) => `${keyText(spec.path)} ${spec.kind} ${spec.label}${spec.required ? ' *' : ''} ${spec.width}`)).toMatchSnapshot();
  });

  it('choices: labels where the description gives them unambiguously, else the values', () => {
    const { columnFor, tableAt, workbookLayout } = layoutModule();
    const choices = (table: string[], key: string) => columnFor(tableAt(workbookLayout(), table)!.columns, key.split('.'))?.choices?.map((choice) => `${choice.value}=${choice.label}`);
    expect(choices(['devices'], 'ownership')).toEqual(['facility=施設', 'personal=個人所有端末']);
    expect(choices(['devices'], 'locations')).toEqual(['in_facility=施設内', 'outside=施設外']);
    expect(choices(['devices'], 'networks')).toEqual(['facility_wired_lan=施設内の有線 LAN', 'facility_wireless_lan=施設内の無線 LAN', 'carrier=携帯電話会社の回線', 'public_wireless_lan=公衆無線 LAN']);
    expect(choices(['users'], 'name')).toBeUndefined();
  });

  it('choicesOf: a label after `value: ` (at the start, after （, 、 or a space), cut at ` = `; the values when a label is missing, repeated or another value’s spelling', () => {
    const { choicesOf } = layoutModule();
    const pairs = (node: Parameters<typeof choicesOf>[0]) => choicesOf(node).map((choice) => `${choice.value}=${choice.label}`);
    expect(pairs({ enum: ['a', 'b', 'c'], description: 'a: 甲、b: 乙  = B（c: 丙） / a: A' })).toEqual(['a=甲', 'b=乙', 'c=丙']);
    expect(pairs({ items: { enum: ['a', 'b'], description: '種類 a: 甲 / kinds' }, description: 'a: 外' })).toEqual(['a=甲', 'b=b']);
    expect(pairs({ enum: ['a', 'xa'], description: 'xa: 甲' })).toEqual(['a=a', 'xa=甲']);
    expect(pairs({ enum: ['a', 'b'], description: 'a: 同じ、b: 同じ' })).toEqual(['a=a', 'b=b']);
    expect(pairs({ enum: ['x', 'y'], description: 'x: Ｙ' })).toEqual(['x=x', 'y=y']);
    expect(pairs({ enum: ['x', 'y'], description: 'x: y' })).toEqual(['x=x', 'y=y']);
    expect(pairs({ enum: ['x'], description: 'x: x' })).toEqual(['x=x']);
    expect(pairs({})).toEqual([]);
  });

  it('choiceKey: full-width letters, spaces and case do not matter', () => {
    const { choiceKey } = layoutModule();
    expect([choiceKey(' Ｗｉｎ dows '), choiceKey('施設内の 有線\u3000LAN'), choiceKey('ＬＡＮ')]).toEqual(['windows', '施設内の有線lan', 'lan']);
  });

  it('schemaNodeAt steps through lists; an unknown key has no node', () => {
    const { schemaNodeAt } = layoutModule();
    expect(schemaNodeAt(['devices', 'security', 'antivirus'])?.type).toBe('boolean');
    expect(schemaNodeAt(['devices', 'nothing'])).toBeUndefined();
    expect(schemaNodeAt(['nothing', 'deeper'])).toBeUndefined();
    expect(schemaNodeAt(['devices', 'id', 'deeper'])).toBeUndefined();
  });
});
