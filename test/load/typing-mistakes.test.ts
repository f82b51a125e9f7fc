// Typing mistakes named for what they are, at the line where they are, in both languages: full-width
// (全角) characters, a list item that lost its `- `, a quote never closed, a number that was meant as text.
// Values the schema rejects are checked on both parse paths (a `%YAML` directive sends a text to the
// precise one); syntax errors always leave the fast path.
import { readFileSync } from 'node:fs';
import { checkBytes } from '../../src/engine/check-file';
import { fill } from '../../src/i18n/lang';
import { fullWidthOnLine } from '../../src/load/typing-mistakes';
import { EMPTY_CONFIG } from '../helpers/ledger-fixture';
import { parseFastPerTest } from '../helpers/fresh';

const parseFast = parseFastPerTest();

interface Shown {
  rule: string;
  at: string;
  ja: string;
  en: string;
}

function findings(text: string): Shown[] {
  return checkBytes(Buffer.from(text), { asOf: '2026-11-24', config: EMPTY_CONFIG }).findings.map((finding) => ({
    rule: finding.ruleId,
    at: `${finding.position.line}:${finding.position.column}`,
    ja: fill(finding.message.ja, finding.data),
    en: fill(finding.message.en, finding.data),
  }));
}

const fixture = (name: string) => readFileSync(`test/fixtures/bad/${name}`, 'utf8');
const PRECISE = '%YAML 2.0\n---\n'; // two lines more; a version js-yaml refuses and the `yaml` package reads (with a warning) keeps the text on the precise path

/** The same findings on the fast path and, two lines lower, on the precise path. */
function onBothPaths(text: string): Shown[] {
  expect(parseFast(text)).toBeDefined();
  expect(parseFast(PRECISE + text)).toBeUndefined();
  const fast = findings(text);
  const shifted = fast.map((finding) => ({ ...finding, at: finding.at.replace(/^\d+/, (line) => String(Number(line) + 2)) }));
  expect(findings(PRECISE + text)).toEqual(shifted);
  return fast;
}

/** Syntax errors: the fast path steps aside, the precise path words them. */
function syntaxOnly(text: string): Shown[] {
  expect(parseFast(text)).toBeUndefined();
  return findings(text);
}

describe('full-width (全角) characters', () => {
  it('min_length: １２', () => {
    expect(onBothPaths(fixture('fullwidth-digits.yaml'))).toEqual([
      {
        rule: 'schema',
        at: '32:21',
        ja: '`min_length`（パスワードの最低文字数）の「１２」に全角文字「１」が含まれています。半角で 12 と記入してください',
        en: '`min_length` (minimum password length): "１２" contains a full-width (全角) character "１". Write it in half-width characters: 12',
      },
    ]);
  });

  it('updated: ２０２６-１０-３０', () => {
    expect(onBothPaths(fixture('fullwidth-date.yaml'))).toEqual([
      {
        rule: 'schema',
        at: '5:12',
        ja: '`updated`（台帳を最後に見直した日）の「２０２６-１０-３０」に全角文字「２」が含まれています。半角で 2026-10-30 と記入してください',
        en: '`updated` (date the ledger was last reviewed): "２０２６-１０-３０" contains a full-width (全角) character "２". Write it in half-width characters: 2026-10-30',
      },
    ]);
  });

  it('job_type　: (a full-width space before the colon) is one finding, not also "job_type is missing"', () => {
    expect(onBothPaths(fixture('fullwidth-space-in-key.yaml'))).toEqual([
      {
        rule: 'schema',
        at: '55:5',
        ja: '項目名 `job_type　` に全角スペースが含まれています。半角で `job_type` と記入してください',
        en: 'The key `job_type　` contains a full-width (全角) space. Write it in half-width characters: `job_type`',
      },
    ]);
  });

  it('sato＠… in an mcs_id', () => {
    expect(onBothPaths(fixture('fullwidth-at-sign.yaml'))).toEqual([
      {
        rule: 'schema',
        at: '56:13',
        ja: '`mcs_id`（MCS の ID）の「takahashi＠sakura.example.jp」に全角文字「＠」が含まれています。半角で takahashi@sakura.example.jp と記入してください',
        en: '`mcs_id` (MCS id): "takahashi＠sakura.example.jp" contains a full-width (全角) character "＠". Write it in half-width characters: takahashi@sakura.example.jp',
      },
    ]);
  });

  it('mfa：true (a full-width colon), at the colon', () => {
    expect(syntaxOnly(fixture('fullwidth-colon.yaml'))).toEqual([
      {
        rule: 'yaml-syntax',
        at: '39:10',
        ja: 'キーの後のコロンが全角「：」です。半角で `mfa: true` と記入してください（コロンの後に半角スペース）',
        en: 'The colon after the key is a full-width (全角) "：". Write it in half-width characters: `mfa: true` (a space after the colon)',
      },
    ]);
  });

  it('{ min_length：１２ } (a full-width colon inside braces): the half-width text has its space, and the key is not also "missing"', () => {
    const text = fixture('fullwidth-digits.yaml').replace('lock_password:\n        min_length: １２\n        composition: alphanumeric', 'lock_password: { min_length：１２, composition: alphanumeric }');
    expect(findings(PRECISE + text).map((finding) => finding.at)).toEqual(['33:24']);
    expect(findings(text)).toEqual([
      {
        rule: 'schema',
        at: '31:24',
        ja: '項目名 `min_length：１２` に全角文字「：」が含まれています。半角で `min_length: 12` と記入してください',
        en: 'The key `min_length：１２` contains a full-width (全角) character "：". Write it in half-width characters: `min_length: 12`',
      },
    ]);
  });

  it('mfa:true (no space after the colon) is named as such, on the line, not as a missing bracket or quote', () => {
    const text = fixture('fullwidth-colon.yaml').replace('      mfa：true', '      mfa:true');
    expect(syntaxOnly(text)).toEqual([
      {
        rule: 'yaml-syntax',
        at: '39:10',
        ja: 'キー `mfa` のコロンの後に半角スペースがありません。`mfa: true` と記入してください',
        en: 'There is no space after the colon of `mfa`. Write `mfa: true`',
      },
    ]);
    expect(syntaxOnly(text.replace('version: 1', 'version:1'))[0]).toMatchObject({ at: '2:8', en: 'There is no space after the colon of `version`. Write `version: 1`' });
  });

  it('reads a colon without a space only where the parser found an error: a time or a URL in a value is not one', () => {
    const text = fixture('fullwidth-colon.yaml').replace('      mfa：true', '      mfa: true').replace(/detail: .*/, 'detail: 受付 9:00-17:00 http://example.jp/a:b');
    expect(findings(text)).toEqual([]);
  });

  it('a full-width space in the indentation, at that space', () => {
    expect(syntaxOnly(fixture('fullwidth-space-indent.yaml'))).toEqual([
      {
        rule: 'yaml-syntax',
        at: '22:3',
        ja: 'インデント（行頭の空白）に全角スペースがあります。半角スペースでインデントしてください',
        en: 'The indentation (the spaces at the start of the line) has a full-width (全角) space. Indent with half-width spaces',
      },
    ]);
  });

  it('leaves Japanese text alone: full-width brackets in a value that is not ASCII are not a typing mistake', () => {
    const text = fixture('fullwidth-digits.yaml').replace('min_length: １２', 'min_length: 12').replace('place: in_facility', 'place: 施設内（事務所）');
    const [only, ...others] = findings(text);
    expect(others).toEqual([]);
    expect(only!.en).toMatch(/"施設内（事務所）" cannot be used\. Use in_facility or outside$/);
  });

  it('reads a line for a full-width colon or indentation, and nothing else', () => {
    expect(fullWidthOnLine('  - ｍｆａ: true', 1)).toBeUndefined();
    expect(fullWidthOnLine('    detail: 訪問先：自宅', 1)).toBeUndefined();
    expect(fullWidthOnLine('version：１', 3)).toEqual({ position: { line: 3, column: 8 }, message: expect.anything(), data: { key: 'version', value: '1' } });
    expect(fullWidthOnLine('  - place：outside  # 訪問先', 4)).toMatchObject({ position: { line: 4, column: 10 }, data: { key: 'place', value: 'outside' } });
    expect(fullWidthOnLine('  － id: PC-01', 5)).toEqual({
      position: { line: 5, column: 3 },
      message: { ja: '一覧の項目の「- 」が全角の「－」です。半角のハイフンと半角スペース「- 」で書いてください', en: 'The list item starts with a full-width (全角) "－". Write a half-width hyphen and a space: `- `' },
    });
  });
});

describe('a list item that lost its `- `', () => {
  it('says the item may be missing its `- `, once per item, instead of "remove one of them"', () => {
    expect(syntaxOnly(fixture('missing-list-dash.yaml'))).toEqual([
      {
        rule: 'yaml-syntax',
        at: '53:5',
        ja: 'この一覧の項目に `name` が 2 回あります。この行から新しい項目が始まるなら、行頭の「- 」が抜けています（`- name: …` と記入してください）。そうでなければ、どちらか一方を削除してください',
        en: '`name` appears twice in this list item. If this line starts a new item, it is missing its `- ` (write `- name: …`); otherwise remove one of the two',
      },
    ]);
  });

  it('keeps "remove one of them" for a key written twice outside a list', () => {
    expect(syntaxOnly(fixture('duplicate-keys.yaml')).map((finding) => [finding.at, finding.en])).toEqual([
      ['5:3', 'The same key appears twice in this mapping. Remove one of them'],
      ['8:1', 'The same key appears twice in this mapping. Remove one of them'],
    ]);
  });
});

describe('a quote never closed', () => {
  it('is reported where the quote opens, not at the end of the file', () => {
    expect(syntaxOnly(fixture('unclosed-quote.yaml'))).toEqual([
      {
        rule: 'yaml-syntax',
        at: '21:12',
        ja: 'ここで開いた引用符 " が閉じられていません。値の終わりに " を書いてください（値の中の " は \\" と書きます）',
        en: 'The quote " opened here is never closed. Write " at the end of the value (inside it, write \\" for ")',
      },
    ]);
  });

  it("names a single quote and its doubling ('')", () => {
    const text = fixture('unclosed-quote.yaml').replace('"ThinkPad E14', "'ThinkPad E14");
    expect(syntaxOnly(text)).toEqual([
      {
        rule: 'yaml-syntax',
        at: '21:12',
        ja: "ここで開いた引用符 ' が閉じられていません。値の終わりに ' を書いてください（値の中の ' は '' と書きます）",
        en: "The quote ' opened here is never closed. Write ' at the end of the value (inside it, write '' for ')",
      },
    ]);
  });
});

describe('a number where text belongs', () => {
  it('id: 001 is quoted as written, 001, and "001" is suggested', () => {
    expect(onBothPaths(fixture('id-leading-zeros.yaml'))).toEqual([
      {
        rule: 'schema',
        at: '19:9',
        ja: '`id`（端末の管理番号）の 001 は数値として読み取られます。文字列として "001" のように引用符で囲んで記入してください',
        en: '`id` (asset tag): 001 is read as a number. Write it as text in quotes: "001"',
      },
    ]);
  });

  it('in a flow mapping and before a comment, the value as written is the scalar alone', () => {
    const text = fixture('id-leading-zeros.yaml').replace('  - id: 001', '  - id: 0x1F   # 旧番号');
    expect(onBothPaths(text)[0]!.en).toBe('`id` (asset tag): 0x1F is read as a number. Write it as text in quotes: "0x1F"');
    const flow = fixture('fullwidth-digits.yaml').replace('min_length: １２', 'min_length: 12').replace('{ kind: lecture, date: 2024-03-15 }', '{ kind: lecture, date: 0315 }');
    expect(onBothPaths(flow)).toEqual([
      {
        rule: 'schema',
        at: '50:38',
        ja: '`date`（受講・視聴した日）の「0315」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）で記入してください',
        en: '`date` (date of the lecture or video): "0315" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01)',
      },
    ]);
  });
});
