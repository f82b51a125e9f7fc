// --format xlsx's plan (src/reporters/xlsx.ts), called directly, each answer exact: the list's title,
// summary, legend and header in both languages, the findings grouped by person, device and the ledger as
// a whole with each one's cell, severity (suppressed ones grey, with the exception's reason), message and
// due day, one mark per cell; --quiet; the marked copy's name, the line on what it lost, and a YAML
// ledger that cannot be marked. The module is loaded inside each test (its tables count for every test).
import { cleanLedger } from '../helpers/ledger-fixture';

beforeEach(() => jest.resetModules());

const xlsx = () => require('../../src/reporters/xlsx') as typeof import('../../src/reporters/xlsx');

function ledger(): unknown {
  const value: any = cleanLedger();
  value.devices[0].security.antivirus = false;
  value.devices[0].security.mfa = false;
  value.users[0].mcs_password_changed = '2025-01-01';
  value.exceptions = [
    { rule: 'antivirus', target: 'PC-01', reason: '手配中', approved_by: '院長', approved_on: '2026-01-01', expires: '2027-01-01' },
    { rule: 'antivirus', target: 'PC-99', reason: '不要', approved_by: '院長', approved_on: '2026-01-01', expires: '2027-01-01' },
  ];
  return value;
}

async function loadedBook() {
  const { writeLedgerWorkbook } = require('../../src/workbook/write') as typeof import('../../src/workbook/write');
  const { loadLedger } = require('../../src/engine/check-file') as typeof import('../../src/engine/check-file');
  const bytes = await writeLedgerWorkbook({ ledger: ledger() });
  return { bytes, loaded: loadLedger(bytes, 'l.xlsx') };
}

const PLAN_JA = {
  "sheetName": "指摘一覧",
  "title": "dokodemo-check — 指摘一覧（l.xlsx、基準日 2026-11-24）",
  "lines": [
    "4 件 (エラー 2, 警告 1, 情報 1), 抑止 1"
  ],
  "legend": {
    "label": "色の意味",
    "words": [
      {
        "text": "エラー",
        "fill": "FFFFC7CE"
      },
      {
        "text": "警告",
        "fill": "FFFFEB9C"
      },
      {
        "text": "情報",
        "fill": "FFCFE2F3"
      },
      {
        "text": "抑止",
        "fill": "FFD9D9D9"
      }
    ]
  },
  "header": {
    "severity": "重大度",
    "place": "セル",
    "target": "対象",
    "rule": "ルール",
    "message": "メッセージ",
    "due": "期限"
  },
  "groups": [
    {
      "heading": "利用者 佐藤 由美（sato@sakura.example.jp）",
      "rows": [
        {
          "severity": "エラー",
          "fill": "FFFFC7CE",
          "target": "佐藤 由美",
          "rule": "mcs-password-age",
          "message": "佐藤 由美 さんの MCS パスワードが 2025-01-01 以降変更されていません（施設の規定の 2 か月を超過、期限 2025-03-01）。MCS のパスワードを変更し、台帳の「MCS のパスワードを最後に変更した日」を更新してください",
          "place": {
            "sheet": "利用者",
            "ref": "H3",
            "text": "利用者!H3"
          },
          "due": "2025-03-01"
        }
      ]
    },
    {
      "heading": "端末 PC-01",
      "rows": [
        {
          "severity": "エラー（抑止）",
          "fill": "FFD9D9D9",
          "target": "PC-01",
          "rule": "antivirus",
          "message": "端末 PC-01 にウイルス対策ソフトが導入されていません。ウイルス対策ソフトを導入し、「ウイルス対策ソフトの導入の有無」を「はい」にしてください\n抑止: 手配中（2027-01-01 まで）",
          "place": {
            "sheet": "端末",
            "ref": "L3",
            "text": "端末!L3"
          }
        },
        {
          "severity": "警告",
          "fill": "FFFFEB9C",
          "target": "PC-01",
          "rule": "mfa",
          "message": "端末 PC-01 で二要素認証が使われていません（推奨）。二要素認証を設定し、「二要素認証の利用の有無」を「はい」にしてください",
          "place": {
            "sheet": "端末",
            "ref": "T3",
            "text": "端末!T3"
          }
        }
      ]
    },
    {
      "heading": "台帳全体（対象なし）",
      "rows": [
        {
          "severity": "情報",
          "fill": "FFCFE2F3",
          "target": "",
          "rule": "exception-unused",
          "message": "ルール antivirus の例外（対象 PC-99、2027-01-01 まで）は何も抑止していません。問題が解消していれば削除してください",
          "place": {
            "sheet": "例外",
            "ref": "A4",
            "text": "例外!A4"
          }
        },
        {
          "severity": "エラー",
          "fill": "FFFFC7CE",
          "target": "",
          "rule": "unknown-reference",
          "message": "例外の対象 PC-99 が台帳にありません。端末の管理番号、利用者の「MCS の ID（登録メールアドレス）」、または「facility」を記入してください",
          "place": {
            "sheet": "例外",
            "ref": "B4",
            "text": "例外!B4"
          }
        }
      ]
    }
  ],
  "marks": [
    {
      "sheet": "端末",
      "ref": "L3",
      "fill": "FFD9D9D9",
      "note": "【dokodemo-check】\nエラー（抑止）: 端末 PC-01 にウイルス対策ソフトが導入されていません。ウイルス対策ソフトを導入し、「ウイルス対策ソフトの導入の有無」を「はい」にしてください\n抑止: 手配中（2027-01-01 まで）（antivirus）"
    },
    {
      "sheet": "端末",
      "ref": "T3",
      "fill": "FFFFEB9C",
      "note": "【dokodemo-check】\n警告: 端末 PC-01 で二要素認証が使われていません（推奨）。二要素認証を設定し、「二要素認証の利用の有無」を「はい」にしてください（mfa）"
    },
    {
      "sheet": "利用者",
      "ref": "H3",
      "fill": "FFFFC7CE",
      "note": "【dokodemo-check】\nエラー: 佐藤 由美 さんの MCS パスワードが 2025-01-01 以降変更されていません（施設の規定の 2 か月を超過、期限 2025-03-01）。MCS のパスワードを変更し、台帳の「MCS のパスワードを最後に変更した日」を更新してください（mcs-password-age）"
    },
    {
      "sheet": "例外",
      "ref": "A4",
      "fill": "FFCFE2F3",
      "note": "【dokodemo-check】\n情報: ルール antivirus の例外（対象 PC-99、2027-01-01 まで）は何も抑止していません。問題が解消していれば削除してください（exception-unused）"
    },
    {
      "sheet": "例外",
      "ref": "B4",
      "fill": "FFFFC7CE",
      "note": "【dokodemo-check】\nエラー: 例外の対象 PC-99 が台帳にありません。端末の管理番号、利用者の「MCS の ID（登録メールアドレス）」、または「facility」を記入してください（unknown-reference）"
    }
  ]
};

const PLAN_EN = {
  "sheetName": "Findings",
  "title": "dokodemo-check — findings (l.xlsx, as of 2026-11-24)",
  "lines": [
    "4 problems (2 errors, 1 warning, 1 info), 1 suppressed"
  ],
  "legend": {
    "label": "Colours",
    "words": [
      {
        "text": "error",
        "fill": "FFFFC7CE"
      },
      {
        "text": "warning",
        "fill": "FFFFEB9C"
      },
      {
        "text": "info",
        "fill": "FFCFE2F3"
      },
      {
        "text": "suppressed",
        "fill": "FFD9D9D9"
      }
    ]
  },
  "header": {
    "severity": "Severity",
    "place": "Cell",
    "target": "Target",
    "rule": "Rule",
    "message": "Message",
    "due": "Due"
  },
  "groups": [
    {
      "heading": "User 佐藤 由美 (sato@sakura.example.jp)",
      "rows": [
        {
          "severity": "error",
          "fill": "FFFFC7CE",
          "target": "佐藤 由美",
          "rule": "mcs-password-age",
          "message": "佐藤 由美's MCS password has not been changed since 2025-01-01 (more than the facility's 2 months; due 2025-03-01). Change the MCS password and update “Date the MCS password was last changed” (MCS のパスワードを最後に変更した日) in the ledger",
          "place": {
            "sheet": "利用者",
            "ref": "H3",
            "text": "利用者!H3"
          },
          "due": "2025-03-01"
        }
      ]
    },
    {
      "heading": "Device PC-01",
      "rows": [
        {
          "severity": "error (suppressed)",
          "fill": "FFD9D9D9",
          "target": "PC-01",
          "rule": "antivirus",
          "message": "Device PC-01 has no antivirus software. Install antivirus software and set “Antivirus software installed” (ウイルス対策ソフトの導入の有無) to Yes (はい)\nsuppressed: 手配中 (until 2027-01-01)",
          "place": {
            "sheet": "端末",
            "ref": "L3",
            "text": "端末!L3"
          }
        },
        {
          "severity": "warning",
          "fill": "FFFFEB9C",
          "target": "PC-01",
          "rule": "mfa",
          "message": "Device PC-01 does not use two-factor login (recommended). Set it up and set “Two-factor login used” (二要素認証の利用の有無) to Yes (はい)",
          "place": {
            "sheet": "端末",
            "ref": "T3",
            "text": "端末!T3"
          }
        }
      ]
    },
    {
      "heading": "The ledger as a whole",
      "rows": [
        {
          "severity": "info",
          "fill": "FFCFE2F3",
          "target": "",
          "rule": "exception-unused",
          "message": "The exception to antivirus for PC-99 (until 2027-01-01) suppresses nothing. Remove it if the problem is gone",
          "place": {
            "sheet": "例外",
            "ref": "A4",
            "text": "例外!A4"
          }
        },
        {
          "severity": "error",
          "fill": "FFFFC7CE",
          "target": "",
          "rule": "unknown-reference",
          "message": "Exception target PC-99 is not in the ledger. Use a device id, a user “MCS id” (MCS の ID（登録メールアドレス）), or 「facility」",
          "place": {
            "sheet": "例外",
            "ref": "B4",
            "text": "例外!B4"
          }
        }
      ]
    }
  ],
  "marks": [
    {
      "sheet": "端末",
      "ref": "L3",
      "fill": "FFD9D9D9",
      "note": "【dokodemo-check】\nerror (suppressed): Device PC-01 has no antivirus software. Install antivirus software and set “Antivirus software installed” (ウイルス対策ソフトの導入の有無) to Yes (はい)\nsuppressed: 手配中 (until 2027-01-01) (antivirus)"
    },
    {
      "sheet": "端末",
      "ref": "T3",
      "fill": "FFFFEB9C",
      "note": "【dokodemo-check】\nwarning: Device PC-01 does not use two-factor login (recommended). Set it up and set “Two-factor login used” (二要素認証の利用の有無) to Yes (はい) (mfa)"
    },
    {
      "sheet": "利用者",
      "ref": "H3",
      "fill": "FFFFC7CE",
      "note": "【dokodemo-check】\nerror: 佐藤 由美's MCS password has not been changed since 2025-01-01 (more than the facility's 2 months; due 2025-03-01). Change the MCS password and update “Date the MCS password was last changed” (MCS のパスワードを最後に変更した日) in the ledger (mcs-password-age)"
    },
    {
      "sheet": "例外",
      "ref": "A4",
      "fill": "FFCFE2F3",
      "note": "【dokodemo-check】\ninfo: The exception to antivirus for PC-99 (until 2027-01-01) suppresses nothing. Remove it if the problem is gone (exception-unused)"
    },
    {
      "sheet": "例外",
      "ref": "B4",
      "fill": "FFFFC7CE",
      "note": "【dokodemo-check】\nerror: Exception target PC-99 is not in the ledger. Use a device id, a user “MCS id” (MCS の ID（登録メールアドレス）), or 「facility」 (unknown-reference)"
    }
  ]
};

describe('markJobFor', () => {
  it('the plan in Japanese and in English', async () => {
    const { bytes, loaded } = await loadedBook();
    const ja = xlsx().markJobFor({ name: 'l.xlsx', bytes, written: true, loaded, config: { rules: {} }, asOf: '2026-11-24', lang: 'ja' });
    expect(ja.job).toEqual({ bytes, asOf: '2026-11-24', written: true, plan: PLAN_JA });
    expect(ja.model.files[0]!.counts).toEqual({ error: 2, warning: 1, info: 1, suppressed: 1 });
    expect(ja.model.files[0]!.findings.filter((finding) => finding.failing).map((finding) => finding.ruleId)).toEqual(['mcs-password-age', 'unknown-reference']);
    const en = xlsx().markJobFor({ name: 'l.xlsx', bytes, written: false, loaded, config: { rules: {} }, asOf: '2026-11-24', lang: 'en' });
    expect(en.job).toEqual({ bytes, asOf: '2026-11-24', written: false, plan: PLAN_EN });
  }, 60_000);

  it('--quiet: errors only, suppressed ones too; --fail-on; a clean ledger', async () => {
    const { bytes, loaded } = await loadedBook();
    const quiet = xlsx().markJobFor({ name: 'l.xlsx', bytes, written: false, loaded, config: { rules: {} }, asOf: '2026-11-24', lang: 'en', quiet: true });
    expect(quiet.job.plan.lines).toEqual(['2 problems (2 errors, 0 warnings, 0 info), 1 suppressed']);
    expect(quiet.job.plan.groups.map((group) => [group.heading, group.rows.map((row) => row.rule)])).toEqual([
      ['User 佐藤 由美 (sato@sakura.example.jp)', ['mcs-password-age']], ['Device PC-01', ['antivirus']], ['The ledger as a whole', ['unknown-reference']],
    ]);
    expect(quiet.job.plan.marks.map((mark) => `${mark.sheet}!${mark.ref}`)).toEqual(['端末!L3', '利用者!H3', '例外!B4']);
    const warnings = xlsx().markJobFor({ name: 'l.xlsx', bytes, written: false, loaded, config: { rules: { 'mcs-password-age': { severity: 'off', options: {} }, 'unknown-reference': { severity: 'off', options: {} } } }, asOf: '2026-11-24', lang: 'en', failOn: 'warning' });
    expect(warnings.model.files[0]!.findings.filter((finding) => finding.failing).map((finding) => finding.ruleId)).toEqual(['mfa']);
    const errorsOnly = xlsx().markJobFor({ name: 'l.xlsx', bytes, written: false, loaded, config: { rules: { 'mcs-password-age': { severity: 'off', options: {} }, 'unknown-reference': { severity: 'off', options: {} } } }, asOf: '2026-11-24', lang: 'en' });
    expect(errorsOnly.model.files[0]!.findings.filter((finding) => finding.failing).map((finding) => finding.ruleId)).toEqual([]);
    const { writeLedgerWorkbook } = require('../../src/workbook/write') as typeof import('../../src/workbook/write');
    const { loadLedger } = require('../../src/engine/check-file') as typeof import('../../src/engine/check-file');
    const clean = await writeLedgerWorkbook({ ledger: cleanLedger() });
    const none = (lang: 'ja' | 'en') => xlsx().markJobFor({ name: 'c.xlsx', bytes: clean, written: true, loaded: loadLedger(clean, 'c.xlsx'), config: { rules: {} }, asOf: '2026-11-24', lang }).job.plan;
    expect([none('ja').lines, none('en').lines, none('en').groups, none('en').marks]).toEqual([['指摘はありません'], ['No findings'], [], []]);
  }, 60_000);
});

describe('the marked copy\'s name, what it lost, a YAML ledger', () => {
  it('markedFileName beside the ledger', () => {
    const { markedFileName } = xlsx();
    expect([markedFileName('台帳.xlsx', 'ja'), markedFileName('dir/sub\\ledger.YAML', 'en'), markedFileName('l.yml', 'ja'), markedFileName('a.xlsx.xlsx', 'en'), markedFileName('book.xls', 'en'), markedFileName('x', 'en'), markedFileName('a.yaml.xlsx', 'en')]).toEqual([
      '台帳-指摘.xlsx', 'ledger-findings.xlsx', 'l-指摘.xlsx', 'a.xlsx-findings.xlsx', 'book.xls-findings.xlsx', 'x-findings.xlsx', 'a.yaml-findings.xlsx',
    ]);
  });

  it('lostLine: each feature in its words, in both languages; nothing when nothing was lost', () => {
    const { lostLine } = xlsx();
    expect(lostLine([], 'b.xlsx', 'en')).toBeUndefined();
    expect(lostLine(['images', 'charts'], 'b.xlsx', 'en')).toBe('b.xlsx: the marked copy does not carry over image formatting (cropping, rotation, borders, alt text; the images and their places stay), charts (the original workbook is unchanged)');
    expect(lostLine(['macros', 'empty-cell-notes'], 'b.xlsx', 'ja')).toBe('b.xlsx: 指摘付きのコピーには次のものが引き継がれていません（元のブックはそのままです）: マクロ、空のセルのメモ');
    const all = ['images', 'shapes', 'charts', 'pivot-tables', 'macros', 'slicers', 'threaded-comments', 'embedded-objects', 'form-controls', 'external-links', 'data-connections', 'custom-xml', 'custom-properties', 'printer-settings', 'internal-hyperlinks', 'sheet-list-dropdowns', 'sparklines', 'empty-cell-notes'] as const;
    expect(lostLine([...all], 'b', 'en')).toBe(`b: the marked copy does not carry over ${[
      'image formatting (cropping, rotation, borders, alt text; the images and their places stay)', 'shapes, text boxes and SmartArt', 'charts', 'pivot tables', 'macros', 'slicers and timelines', 'threaded comments (notes stay)', 'embedded objects', 'form controls',
      'links to other workbooks', 'data connections', 'custom XML', 'custom document properties', 'printer driver settings (orientation and margins stay)', 'hyperlinks to places in the workbook', 'dropdowns listing another sheet’s cells (Excel 2010 form)', 'sparklines', 'notes on empty cells',
    ].join(', ')} (the original workbook is unchanged)`);
    expect(lostLine([...all], 'b', 'ja')).toBe(`b: 指摘付きのコピーには次のものが引き継がれていません（元のブックはそのままです）: ${[
      '画像の書式（トリミング・回転・枠線・代替テキスト。画像そのものと位置は残ります）', '図形・テキストボックス・SmartArt', 'グラフ', 'ピボットテーブル', 'マクロ', 'スライサー・タイムライン', 'スレッド形式のコメント（メモは残ります）', '埋め込みオブジェクト', 'フォームコントロール',
      '他のブックへのリンク', '外部データの接続', 'カスタム XML', 'ユーザー設定のプロパティ', 'プリンターの詳細設定（印刷の向きや余白は残ります）', 'ブック内へのハイパーリンク', '別のシートの一覧から選ぶドロップダウン（Excel 2010 形式）', 'スパークライン', '空のセルのメモ',
    ].join('、')}`);
  });

  it('yamlLedgerValue: the value; a file that does not decode or is not YAML refused, at its place', () => {
    const { yamlLedgerValue } = xlsx();
    const refusal = (text: Uint8Array) => {
      try {
        yamlLedgerValue(text, 'l.yaml');
        return 'none';
      } catch (error) {
        const { ja, en } = (error as { text: { ja: string; en: string } }).text;
        return `${(error as Error).name}: ${en} / ${ja}`;
      }
    };
    expect(yamlLedgerValue(new TextEncoder().encode('version: 1\n'), 'l.yaml')).toEqual({ version: 1 });
    expect(refusal(new TextEncoder().encode('a: [1\n'))).toMatch(/^UsageError: l\.yaml:\d+:\d+: .+ \(not readable as YAML, so no marked workbook can be made\) \/ l\.yaml:\d+:\d+: .+（YAML として読めないため、指摘付きのブックを作れません）$/);
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00]))).toMatch(/^UsageError: l\.yaml: .+ \/ l\.yaml: /);
  });

  it('markedCopy of a YAML ledger: its workbook form marked, named beside it, nothing lost', async () => {
    const { markedCopy } = xlsx();
    const { stringify } = require('yaml') as typeof import('yaml');
    const copy = await markedCopy({ name: 'dir/l.yaml', bytes: new TextEncoder().encode(stringify(ledger())) }, { asOf: '2026-11-24', config: { rules: {} }, lang: 'en', quiet: true });
    expect(copy.fileName).toBe('l-findings.xlsx');
    expect('lost' in copy).toBe(false);
    expect(copy.model.files[0]!.findings.map((finding) => finding.ruleId)).toEqual(['antivirus', 'mcs-password-age', 'unknown-reference']);
    expect(copy.model.files[0]!.file).toBe('dir/l.yaml');
  }, 60_000);
});

describe('markedCopy of a workbook', () => {
  it('the workbook itself marked (not read as YAML), named beside it, nothing lost', async () => {
    const { bytes } = await loadedBook();
    const copy = await xlsx().markedCopy({ name: 'dir/l.xlsx', bytes }, { asOf: '2026-11-24', config: { rules: {} }, lang: 'ja' });
    expect([copy.fileName, 'lost' in copy, copy.model.files[0]!.file, copy.model.files[0]!.findings.map((finding) => `${finding.sheet}!${finding.cell} ${finding.ruleId}`)]).toEqual([
      'l-指摘.xlsx', false, 'dir/l.xlsx', ['端末!L3 antivirus', '端末!T3 mfa', '利用者!H3 mcs-password-age', '例外!A4 exception-unused', '例外!B4 unknown-reference'],
    ]);
    const { readSheets } = require('../../src/workbook/sheets') as typeof import('../../src/workbook/sheets');
    expect(readSheets(copy.bytes, 'm.xlsx').map((sheet) => sheet.name)).toEqual(['指摘一覧', ...readSheets(bytes, 'l.xlsx').map((sheet) => sheet.name)]);
    const { guardWorkbook } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
    const created = (book: Uint8Array) => {
      const guard = guardWorkbook(book);
      return guard.ok ? /<dcterms:created[^>]*>([^<]*)</.exec(new TextDecoder().decode(guard.parts.get('docProps/core.xml')))?.[1] : undefined;
    };
    expect(created(copy.bytes)).toBe(created(bytes));
    expect(created(copy.bytes)).not.toMatch(/^2026-11-24/);
  }, 60_000);

  it('a workbook with a part the copy cannot carry: the line on what it lost', async () => {
    const { bytes } = await loadedBook();
    const { guardWorkbook } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
    const { zipOf } = require('../../src/workbook/zip-write') as typeof import('../../src/workbook/zip-write');
    const guard = guardWorkbook(bytes);
    if (!guard.ok) throw new Error(guard.message.en);
    const withXml = zipOf([...guard.parts, ['customXml/item1.xml', new TextEncoder().encode('<root/>')]], '1980-01-01');
    const copy = await xlsx().markedCopy({ name: 'l.xlsx', bytes: withXml }, { asOf: '2026-11-24', config: { rules: {} }, lang: 'en' });
    expect(copy.lost).toBe('l.xlsx: the marked copy does not carry over custom XML (the original workbook is unchanged)');
  }, 60_000);
});

describe('markJobFor with findings and due days laid out by hand (the report model and the due list stood in for)', () => {
  type Model = import('../../src/report/model').ReportModel;
  type Finding = import('../../src/report/model').ReportFinding;
  type Item = import('../../src/due/report').DueItem;

  /** markJobFor over the ledger above, its presented findings given `extra` ones after the engine's (no located finding) and its due list `items`. */
  async function planWith(extra: (findings: Finding[]) => Finding[], items: Array<Pick<Item, 'target' | 'path' | 'kind' | 'due'>>, config: object = { rules: {} }) {
    const { bytes, loaded } = await loadedBook();
    const realModel = jest.requireActual('../../src/report/model') as typeof import('../../src/report/model');
    const realDue = jest.requireActual('../../src/due/report') as typeof import('../../src/due/report');
    jest.doMock('../../src/report/model', () => ({
      ...realModel,
      presentReport: (...args: Parameters<typeof realModel.presentReport>): Model => {
        const model = realModel.presentReport(...args);
        model.files[0]!.findings.push(...extra(model.files[0]!.findings));
        return model;
      },
    }));
    jest.doMock('../../src/due/report', () => ({ ...realDue, dueReport: () => ({ items }) }));
    try {
      return xlsx().markJobFor({ name: 'l.xlsx', bytes, written: false, loaded, config: config as never, asOf: '2026-11-24', lang: 'en' }).job.plan;
    } finally {
      jest.dontMock('../../src/report/model');
      jest.dontMock('../../src/due/report');
    }
  }

  it('a finding\'s due day: its own node\'s earliest, else its rule\'s for its target; a finding with no cell, no sheet or neither is listed but not marked', async () => {
    const plan = await planWith((findings) => {
      const mfa = findings.find((finding) => finding.ruleId === 'mfa')!;
      const { sheet: _sheet, cell: _cell, ...nowhere } = mfa;
      return [
        { ...mfa, ruleId: 'ledger-review', path: '/devices/0/zzz' },
        { ...nowhere, ruleId: 'x-nowhere' }, { ...mfa, ruleId: 'x-sheet-only', cell: undefined }, { ...mfa, ruleId: 'x-cell-only', sheet: undefined },
      ];
    }, [
      { target: 'sato@sakura.example.jp', path: '/users/0/name', kind: 'mcs-password', due: '2025-02-01' },
      { target: 'sato@sakura.example.jp', path: '/users/0/mcs_password_changed', kind: 'ledger-review', due: '2025-06-01' },
      { target: 'sato@sakura.example.jp', path: '/users/0/mcs_password_changed', kind: 'ledger-review', due: '2025-04-01' },
      { target: 'someone@else.example.jp', path: '/users/0/mcs_password_changed', kind: 'mcs-password', due: '2024-01-01' },
      { target: 'PC-01', path: '/devices/0/yyy', kind: 'ledger-review', due: '2027-03-03' },
      { target: 'PC-02', path: '/devices/0/yyy', kind: 'ledger-review', due: '2026-03-03' },
    ]);
    const rows = plan.groups.flatMap((group) => group.rows.map((row) => [group.heading, row.rule, Object.keys(row).join(','), row.place ? `${row.place.sheet}!${row.place.ref} ${row.place.text}` : '', row.due ?? '']));
    expect(rows).toEqual([
      ['User 佐藤 由美 (sato@sakura.example.jp)', 'mcs-password-age', 'severity,fill,target,rule,message,place,due', '利用者!H3 利用者!H3', '2025-04-01'],
      ['Device PC-01', 'antivirus', 'severity,fill,target,rule,message,place', '端末!L3 端末!L3', ''],
      ['Device PC-01', 'mfa', 'severity,fill,target,rule,message,place', '端末!T3 端末!T3', ''],
      ['The ledger as a whole', 'exception-unused', 'severity,fill,target,rule,message,place', '例外!A4 例外!A4', ''],
      ['The ledger as a whole', 'unknown-reference', 'severity,fill,target,rule,message,place', '例外!B4 例外!B4', ''],
      ['The ledger as a whole', 'ledger-review', 'severity,fill,target,rule,message,place,due', '端末!T3 端末!T3', '2027-03-03'],
      ['The ledger as a whole', 'x-nowhere', 'severity,fill,target,rule,message', '', ''],
      ['The ledger as a whole', 'x-sheet-only', 'severity,fill,target,rule,message', '', ''],
      ['The ledger as a whole', 'x-cell-only', 'severity,fill,target,rule,message', '', ''],
    ]);
    expect(plan.marks.map((mark) => `${mark.sheet}!${mark.ref}`)).toEqual(['端末!L3', '端末!T3', '利用者!H3', '例外!A4', '例外!B4']);
  }, 60_000);

  it('the summary when every finding is suppressed', async () => {
    const off = { severity: 'off', options: {} };
    const plan = await planWith(() => [], [], { rules: { mfa: off, 'mcs-password-age': off, 'unknown-reference': off, 'exception-unused': off } });
    expect([plan.lines, plan.groups.map((group) => group.rows.map((row) => row.severity))]).toEqual([['0 problems (0 errors, 0 warnings, 0 info), 1 suppressed'], [['error (suppressed)']]]);
  }, 60_000);

  it('several findings on one cell: the fill of the most severe unsuppressed one, every finding in the note in order', async () => {
    const plan = await planWith((findings) => {
      const at = (rule: string) => findings.find((finding) => finding.ruleId === rule)!;
      return [
        { ...at('mfa'), ruleId: 'x-info', severity: 'info' }, { ...at('mfa'), ruleId: 'x-error', severity: 'error' },
        { ...at('antivirus'), ruleId: 'x-info', severity: 'info', suppressed: false, suppression: undefined }, { ...at('antivirus'), ruleId: 'x-warning', severity: 'warning' },
        { ...at('mcs-password-age'), ruleId: 'x-suppressed', severity: 'error', suppressed: true },
      ];
    }, []);
    const brief = (note: string) => [...note.matchAll(/^(error|warning|info)( \(suppressed\))?:[^]*?\(([a-z-]+)\)$/gm)].map((match) => `${match[1]}${match[2] ?? ''} ${match[3]}`).join(' | ');
    expect(plan.marks.map((mark) => [`${mark.sheet}!${mark.ref}`, mark.fill, brief(mark.note)])).toEqual([
      ['端末!L3', 'FFCFE2F3', 'error (suppressed) antivirus | info x-info | warning (suppressed) x-warning'],
      ['端末!T3', 'FFFFC7CE', 'warning mfa | info x-info | error x-error'],
      ['利用者!H3', 'FFFFC7CE', 'error mcs-password-age | error (suppressed) x-suppressed'],
      ['例外!A4', 'FFCFE2F3', 'info exception-unused'], ['例外!B4', 'FFFFC7CE', 'error unknown-reference'],
    ]);
  }, 60_000);
});
