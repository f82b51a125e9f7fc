// The codec's values, exact and in-process (codec.ts, one cell): yaml: cells nested to the limit and past
// it (as the parsed value nests, aliases included), a leading comment in a yaml: cell, worked-example
// cells, places typed with spaces, words of a boolean never read in a column of another kind, places that
// are not objects, and the deep equality that decides whether a natural cell reads back as its value.
import type { CellValue, SheetCells } from '../../src/workbook/codec';
import { columnFor, workbookLayout, type ColumnSpec } from '../../src/workbook/layout';
import { fresh, freshFunctionsPerTest } from '../helpers/fresh';

type Codec = typeof import('../../src/workbook/codec');
// Loaded inside each test: perTest coverage counts the module (its patterns and sets) for the test that loads it.
const { cellsToLedger, decodeCell, encodeCell, extraColumn, isExampleCell, sameValue } = freshFunctionsPerTest(() => require('../../src/workbook/codec') as Codec);
const workbookLedger = (sheets: SheetCells[]) => fresh(() => require('../../src/workbook/ledger') as typeof import('../../src/workbook/ledger')).workbookLedger(sheets);

const layout = workbookLayout();
const column = (sheet: string, key: string): ColumnSpec => {
  const table = layout.tables.find((candidate) => candidate.name === sheet)!;
  const spec = columnFor(table.columns, key.split('.'));
  if (!spec) throw new Error(`no column ${key} on ${sheet}`);
  return spec;
};
const value = (spec: ColumnSpec, cell: CellValue) => {
  const decoded = decodeCell(spec, cell);
  return decoded.present ? decoded.value : 'ABSENT';
};
const name = column('利用者', 'name');
const minLength = column('端末', 'security.lock_password.min_length'); // integer
const antivirus = column('端末', 'security.antivirus'); // boolean
const locations = column('端末', 'locations');
const any = extraColumn(['x-a'], 'x-a');

describe('yaml: cells nested to the limit: the parsed value counts, not only the brackets', () => {
  const nested = (depth: number, inner: unknown) => Array.from({ length: depth }).reduce<unknown>((item) => [item], inner);

  it('a scalar inside 100 lists is read; inside 101 (a node deeper than 100) the cell stays text', () => {
    const cell = (depth: number) => `yaml:${'['.repeat(depth)}1${']'.repeat(depth)}`;
    expect(value(name, cell(100))).toEqual(nested(100, 1));
    expect(value(name, cell(101))).toBe(cell(101));
    expect(value(any, `yaml:${'{a: '.repeat(100)}1${'}'.repeat(100)}`)).toEqual(Array.from({ length: 100 }).reduce<unknown>((item) => ({ a: item }), 1));
    expect(value(any, `yaml:${'{a: '.repeat(101)}1${'}'.repeat(101)}`)).toBe(`yaml:${'{a: '.repeat(101)}1${'}'.repeat(101)}`);
  });

  it('an alias nesting a list inside itself: 61 brackets deep as written, 120 deep as read, so the cell stays text', () => {
    const half = (inner: string) => `${'['.repeat(60)}${inner}${']'.repeat(60)}`;
    const cell = `yaml:[&a ${half('')}, ${half('*a')}]`;
    expect(value(name, cell)).toBe(cell);
    // the same with 40 each side: 80 deep, read
    const shallow = `yaml:[&a ${'['.repeat(40)}${']'.repeat(40)}, ${'['.repeat(40)}*a${']'.repeat(40)}]`;
    expect(value(name, shallow)).toEqual([nested(39, []), nested(40, nested(39, []))]);
  });

  it('brackets in a leading comment are not nesting: the value after it is read', () => {
    expect(value(minLength, `yaml:# a: ${'['.repeat(150)}\n8`)).toBe(8);
    expect(value(name, `yaml:# - ${'['.repeat(150)}\n[x]`)).toEqual(['x']);
    // outside a comment the same brackets are too deep: the cell stays text
    expect(value(name, `yaml:a: ${'['.repeat(150)}`)).toBe(`yaml:a: ${'['.repeat(150)}`);
  });
});

describe('worked examples: a table row with a cell starting with 【記入例】 is not read', () => {
  it('isExampleCell: text starting with the marker, spaces before it allowed; the marker elsewhere, in part, or no text is not', () => {
    const cells: CellValue[] = ['【記入例】佐藤', ' \n\t【記入例】', '【記入例】', '佐藤【記入例】', '佐藤 【記入例】 ', '【記入例', '記入例】', '', null, 12, true, new Date(Date.UTC(2026, 0, 1))];
    expect(cells.map((cell) => isExampleCell(cell))).toEqual([true, true, true, false, false, false, false, false, false, false, false, false]);
  });

  it('an example row is skipped with one problem at its first marked cell; a row with the marker at the end is read', () => {
    const decoded = cellsToLedger([{ name: '端末', rows: [
      ['端末 ID', '種類', 'メモ'],
      ['id', 'type', 'note'],
      ['D1', 'パソコン', '  【記入例】 消してください'],
      ['D2', 'タブレット', 'メモ【記入例】'],
      [' 【記入例】D3', '【記入例】', null],
    ] }], layout);
    expect(decoded.value).toStrictEqual({ devices: [{ id: 'D2', type: 'tablet', note: 'メモ【記入例】' }] });
    expect(decoded.problems).toEqual([{ kind: 'exampleRow', sheet: '端末', cell: 'C3' }, { kind: 'exampleRow', sheet: '端末', cell: 'A5' }]);
  });

  it('as a finding: a schema warning at the marked cell, in both languages', () => {
    const parsed = workbookLedger([{ name: '利用者', rows: [['氏名', 'MCS ID'], ['name', 'mcs_id'], ['\u3000【記入例】山田', 'x']] }]);
    expect(parsed.problems!.map(({ ruleId, severity, position, message }) => ({ ruleId, severity, position, message }))).toEqual([
      {
        ruleId: 'schema',
        severity: 'warning',
        position: { line: 3, column: 1, cell: { sheet: '利用者', sheetIndex: 0, ref: 'A3' } },
        message: {
          ja: 'この行は記入例です（「【記入例】」で始まるセルがあります）。確認には使っていません。行ごと削除するか、自分の施設の内容に書き換えてください（「【記入例】」も消します）',
          en: 'This row is a worked example (a cell starts with 「【記入例】」) and was not checked. Delete the row, or write your own entry over it (「【記入例】」 included)',
        },
      },
    ]);
    expect(parsed.value).toStrictEqual({ users: [] });
  });
});

describe('decodeCell: the words of one kind of column are not read in another', () => {
  it('はい and いいえ are text in a column of any kind and in an integer column: only a boolean column reads them', () => {
    expect(['はい', ' いいえ ', 'はい ', 'yes'].map((cell) => value(any, cell))).toEqual(['はい', ' いいえ ', 'はい ', 'yes']);
    expect(['はい', ' いいえ '].map((cell) => value(minLength, cell))).toEqual(['はい', ' いいえ ']);
    expect(['はい', ' いいえ '].map((cell) => value(antivirus, cell))).toEqual([true, false]);
  });

  it('places typed with spaces around a line: the place without them; a line of spaces is no place', () => {
    expect(value(locations, ' 自宅 \n \n\u3000\n施設外 ')).toEqual([{ place: '自宅' }, { place: 'outside' }]);
    expect(value(locations, '  \n 施設内')).toEqual([{ place: 'in_facility' }]);
  });
});

describe('encodeCell: places that are not objects, and a detail that would not read back', () => {
  it('a place that is null, or null beside a place: yaml: (never text that drops it)', () => {
    expect(encodeCell(locations, [null])).toBe('yaml:[ null ]');
    expect(encodeCell(locations, [{ place: 'outside' }, null])).toBe('yaml:[ { place: outside }, null ]');
  });

  it('a detail with spaces around it would read back trimmed: yaml:, the spaces kept', () => {
    expect(encodeCell(locations, [{ place: 'outside', detail: ' 訪問先' }])).toBe('yaml:[ { place: outside, detail: " 訪問先" } ]');
    expect(encodeCell(locations, [{ place: 'outside', detail: '訪問先' }])).toBe('施設外: 訪問先');
  });
});

describe('sameValue: every key, and arrays only with arrays', () => {
  it.each([
    [{ a: 1, b: 2 }, { a: 1, b: 3 }, false],
    [{ a: 1, b: 2 }, { a: 9, b: 2 }, false],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [null, [], false],
    ['ab', ['a', 'b'], false],
    [{ length: 0 }, [], false],
    [[], { length: 0 }, false],
    [[], [], true],
  ])('%j and %j: %j', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});
