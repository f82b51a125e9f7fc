// A workbook's findings as she acts on them, exact and in-process (the tests that write workbooks are too
// slow for mutation runs): `condense` makes a required column missing from a table sheet one finding at
// the key row where it goes back, gives the same finding at the same cell once, and drops the format
// findings of a table sheet not read for its lost key row; `locate` and the layout problems' places at rows
// past 9. The module is loaded inside each test.
import type * as Ledger from '../../src/workbook/ledger';
import type { LocatedFinding, NodePath, Position } from '../../src/types';
import { freshFunctionsPerTest } from '../helpers/fresh';

const { workbookLedger } = freshFunctionsPerTest(() => require('../../src/workbook/ledger') as typeof Ledger);

/** 管理者 with a key the table does not have, 利用者 without its key row, 端末 with two columns. */
const SHEETS = () => [
  { name: '説明', rows: [['how to']] },
  { name: '施設', rows: [['項目', 'キー', '値'], ['施設名', 'facility.name', '訪問看護']] },
  { name: '管理者', rows: [['氏名', '講習日'], ['name', 'training.date'], ['a', 'b'], ['c', 'd']] },
  { name: '利用者', rows: [['氏名'], ['氏名', 'ID'], ['佐藤', 'sato']] },
  { name: '端末', rows: [['管理番号'], ['id', 'security.antivirus'], ['PC-1', true]] },
];

const cellOf = (sheet: string, ref: string): Position => {
  const [, letters = 'A', row = '1'] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
  const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { line: Number(row), column, cell: { sheet, sheetIndex: SHEETS().findIndex((candidate) => candidate.name === sheet), ref } };
};

function finding(ruleId: string, path: NodePath, missingKey: string | undefined, position: Position, en = `${ruleId} at ${path.join('/')}${missingKey ? ` missing ${missingKey}` : ''}`): LocatedFinding {
  return { ruleId, severity: 'error', path, ...(missingKey === undefined ? {} : { missingKey }), position, message: { ja: `ja ${en}`, en }, data: {}, sources: ['ledger.md'] };
}

describe('condense', () => {
  it('a required column missing from a table sheet: one finding at its key row, the rows that need it counted', () => {
    const { condense } = workbookLedger(SHEETS());
    const first = finding('schema', ['facility', 'mcs_admins', 0], 'mcs_id', cellOf('管理者', 'A3'));
    const findings = [
      first,
      finding('schema', ['devices', 0], 'type', cellOf('端末', 'A3')),
      finding('schema', ['facility', 'mcs_admins', 1], 'mcs_id', cellOf('管理者', 'A4')),
      finding('schema', ['devices', 0, 'security', 'lock_password'], 'min_length', cellOf('端末', 'B3')),
      finding('schema', ['facility', 'mcs_admins', 1, 'training'], 'kind', cellOf('管理者', 'B4')),
    ];
    expect(condense!(findings)).toStrictEqual([
      {
        ...first,
        path: ['facility', 'mcs_admins'],
        missingKey: undefined,
        position: { line: 2, column: 3, cell: { sheet: '管理者', sheetIndex: 2, ref: 'C2' } },
        message: {
          ja: '「管理者」シートに列「MCS の ID」（キー mcs_id）がありません。2 行で必要です。テンプレートのとおり、1 行目に「MCS の ID」、2 行目に mcs_id と書いた列を戻してください',
          en: 'The sheet 「管理者」 has no column 「MCS の ID」 (key mcs_id), which 2 rows need. Put the column back as in the template: 「MCS の ID」 in row 1 and mcs_id in row 2',
        },
      },
      {
        ...findings[1],
        path: ['devices'],
        missingKey: undefined,
        position: { line: 2, column: 3, cell: { sheet: '端末', sheetIndex: 4, ref: 'C2' } },
        message: {
          ja: '「端末」シートに列「端末の種類」（キー type）がありません。1 行で必要です。テンプレートのとおり、1 行目に「端末の種類」、2 行目に type と書いた列を戻してください',
          en: 'The sheet 「端末」 has no column 「端末の種類」 (key type), which 1 row needs. Put the column back as in the template: 「端末の種類」 in row 1 and type in row 2',
        },
      },
      {
        ...findings[3],
        path: ['devices'],
        missingKey: undefined,
        position: { line: 2, column: 3, cell: { sheet: '端末', sheetIndex: 4, ref: 'C2' } },
        message: {
          ja: '「端末」シートに列「パスワードの最低文字数」（キー security.lock_password.min_length）がありません。1 行で必要です。テンプレートのとおり、1 行目に「パスワードの最低文字数」、2 行目に security.lock_password.min_length と書いた列を戻してください',
          en: 'The sheet 「端末」 has no column 「パスワードの最低文字数」 (key security.lock_password.min_length), which 1 row needs. Put the column back as in the template: 「パスワードの最低文字数」 in row 1 and security.lock_password.min_length in row 2',
        },
      },
      {
        ...findings[4],
        path: ['facility', 'mcs_admins'],
        missingKey: undefined,
        position: { line: 2, column: 3, cell: { sheet: '管理者', sheetIndex: 2, ref: 'C2' } },
        message: {
          // 管理者 has no column training.kind in the template: the key's last word is its label.
          ja: '「管理者」シートに列「kind」（キー training.kind）がありません。1 行で必要です。テンプレートのとおり、1 行目に「kind」、2 行目に training.kind と書いた列を戻してください',
          en: 'The sheet 「管理者」 has no column 「kind」 (key training.kind), which 1 row needs. Put the column back as in the template: 「kind」 in row 1 and training.kind in row 2',
        },
      },
    ]);
  });

  it('a missing key whose column the sheet has, one outside a table\'s rows, another rule\'s: each kept as it is', () => {
    const { condense } = workbookLedger(SHEETS());
    const findings = [
      // The column is there, its cell empty; a column inside the key; a key inside a column.
      finding('schema', ['devices', 0, 'security'], 'antivirus', cellOf('端末', 'B3')),
      finding('schema', ['devices', 0], 'security', cellOf('端末', 'B3')),
      finding('schema', ['devices', 0, 'id'], 'part', cellOf('端末', 'A3')),
      // Not inside an entry of a table: the facility's own keys, the list itself, a key beside a table's path.
      finding('schema', ['facility'], 'manager', cellOf('施設', 'C2')),
      finding('schema', ['facility', 'mcs_admins'], 'extra', cellOf('管理者', 'A2')),
      finding('schema', ['facility', 'rules', 0], 'extra', cellOf('施設', 'C2')),
      finding('schema', ['devices', 'zero'], 'type', cellOf('端末', 'A3')),
      // Other rules are never condensed, nor given once.
      finding('mfa', ['devices', 0, 'security'], 'mfa', cellOf('端末', 'C3')),
      finding('device-type', ['devices', 0], 'type', cellOf('端末', 'A3')),
      finding('device-type', ['devices', 0], 'type', cellOf('端末', 'A3')),
    ];
    expect(condense!(findings)).toStrictEqual(findings);
  });

  it('the same format finding at the same cell once; another cell, sheet, message or rule is another finding', () => {
    const { condense } = workbookLedger(SHEETS());
    const unknown = (item: number, ref: string, sheet = '端末', en = 'Unknown key `メモ`.', ruleId = 'schema') => finding(ruleId, ['devices', item, 'メモ'], undefined, cellOf(sheet, ref), en);
    const nowhere = (en: string): LocatedFinding => ({ ...finding('schema', ['devices', 0, 'x'], undefined, { line: 1, column: 1 }, en) });
    const findings = [
      unknown(0, 'C2', '端末', 'Unknown key `メモ`.', 'other-rule'),
      unknown(0, 'C2'),
      unknown(1, 'C2'),
      unknown(2, 'D2'),
      unknown(3, 'C2', '管理者'),
      unknown(4, 'C2', '端末', 'Unknown key `メモ`!'),
      unknown(5, 'C2'),
      nowhere('A'),
      nowhere('A'),
      nowhere('B'),
    ];
    expect(condense!(findings)).toStrictEqual([findings[0], findings[1], findings[3], findings[4], findings[5], findings[7], findings[9]]);
  });

  it('a table sheet not read for its lost key row: its format findings go (that sheet said so), others stay', () => {
    const { condense, problems } = workbookLedger(SHEETS());
    expect(problems!.map((problem) => `${problem.position!.cell!.sheet}!${problem.position!.cell!.ref} ${problem.message.en}`)).toEqual([
      "利用者!A2 The sheet 「利用者」 has lost its row 2 (the row of keys), so it is not read. Put the template's row 2 back (undo the deletion)",
    ]);
    const kept = [
      finding('mfa', ['users', 0], 'mcs_id', cellOf('利用者', 'A3')),
      finding('schema', ['facility', 'name'], undefined, cellOf('施設', 'C2')),
      finding('schema', [], 'version', cellOf('施設', 'C2')),
      finding('schema', ['use'], undefined, cellOf('施設', 'C2')),
      finding('schema', ['devices', 0, 'users'], undefined, cellOf('端末', 'A3')),
    ];
    const dropped = [
      finding('schema', [], 'users', cellOf('施設', 'A1')),
      finding('schema', ['users'], undefined, cellOf('利用者', 'A2')),
      finding('schema', ['users', 0], 'name', cellOf('利用者', 'A3')),
      finding('schema', ['users', 0, 'name'], undefined, cellOf('利用者', 'A3')),
    ];
    expect(condense!([dropped[0]!, kept[0]!, dropped[1]!, kept[1]!, kept[2]!, dropped[2]!, kept[3]!, dropped[3]!, kept[4]!])).toStrictEqual(kept);
  });

  it('a lost key row on 管理者: the findings inside facility.mcs_admins go, the facility\'s other keys stay', () => {
    const sheets = SHEETS().map((sheet) => (sheet.name === '管理者' ? { ...sheet, rows: [['氏名'], ['氏名'], ['a']] } : sheet.name === '利用者' ? { ...sheet, rows: [['氏名'], ['name'], ['佐藤']] } : sheet));
    const { condense, problems } = workbookLedger(sheets);
    expect(problems!.map((problem) => problem.position!.cell!.ref && `${problem.position!.cell!.sheet}!${problem.position!.cell!.ref}`)).toEqual(['管理者!A2']);
    const kept = [
      finding('schema', ['facility'], 'manager', cellOf('施設', 'C2')),
      finding('schema', ['facility', 'name'], undefined, cellOf('施設', 'C2')),
      finding('schema', ['users', 0], 'mcs_id', cellOf('利用者', 'A3')),
    ];
    const dropped = [finding('schema', ['facility'], 'mcs_admins', cellOf('施設', 'C2')), finding('schema', ['facility', 'mcs_admins', 0], 'name', cellOf('管理者', 'A3'))];
    expect(condense!([...dropped, ...kept])).toStrictEqual([
      kept[0],
      kept[1],
      {
        ...kept[2],
        path: ['users'],
        missingKey: undefined,
        position: { line: 2, column: 2, cell: { sheet: '利用者', sheetIndex: 3, ref: 'B2' } },
        message: {
          ja: '「利用者」シートに列「MCS の ID（登録メールアドレス）」（キー mcs_id）がありません。1 行で必要です。テンプレートのとおり、1 行目に「MCS の ID（登録メールアドレス）」、2 行目に mcs_id と書いた列を戻してください',
          en: 'The sheet 「利用者」 has no column 「MCS の ID（登録メールアドレス）」 (key mcs_id), which 1 row needs. Put the column back as in the template: 「MCS の ID（登録メールアドレス）」 in row 1 and mcs_id in row 2',
        },
      },
    ]);
  });

  it('with every sheet read, nothing is dropped', () => {
    const sheets = SHEETS().filter((sheet) => sheet.name !== '利用者');
    const { condense } = workbookLedger(sheets);
    const findings = [finding('schema', ['users', 0, 'name'], undefined, cellOf('施設', 'A1')), finding('schema', [], 'users', cellOf('施設', 'A1'), 'other')];
    expect(condense!(findings)).toStrictEqual(findings);
  });
});

describe('places past row 9 and column Z', () => {
  it('locate and the layout problems read every digit of the row and every letter of the column', () => {
    const rows = [['氏名'], ['name', 'mcs_id'], ...Array.from({ length: 10 }, (_, index) => [`p${index}`, `id${index}`]), ['【記入例】', 'x']];
    const { locate, problems } = workbookLedger([{ name: '施設', rows: [['項目', 'キー', '値']] }, { name: '利用者', rows }]);
    expect(locate(['users', 9, 'mcs_id'])).toEqual({ line: 12, column: 2, cell: { sheet: '利用者', sheetIndex: 1, ref: 'B12' } });
    expect(locate(['users', 9, 'mcs_id'], true)).toEqual({ line: 2, column: 2, cell: { sheet: '利用者', sheetIndex: 1, ref: 'B2' } });
    expect(problems!.map((problem) => problem.position)).toEqual([{ line: 13, column: 1, cell: { sheet: '利用者', sheetIndex: 1, ref: 'A13' } }]);
    const wide = workbookLedger([{ name: '利用者', rows: [['氏名'], ['name', ...Array<null>(26).fill(null), 'x-memo'], ['佐藤', ...Array<null>(26).fill(null), 'note']] }]);
    expect(wide.locate(['users', 0, 'x-memo'])).toEqual({ line: 3, column: 28, cell: { sheet: '利用者', sheetIndex: 0, ref: 'AB3' } });
  });
});
