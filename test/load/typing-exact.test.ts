// typingMistake and fullWidthOnLine called directly, exact: each pattern at its edges (where the
// full-width colon, dash or space is; the key; the value after it, its comment left out), a colon with no
// space, a lost `- ` found from a repeated key as the precise path reports it (once per item, not outside a list),
// and an unclosed quote placed where it opens.
import type { YAMLError } from 'yaml';
import { duplicateKeys } from '../../src/load/precise-parse';

beforeEach(() => jest.resetModules());

type Typing = typeof import('../../src/load/typing-mistakes');
const typing = () => require('../../src/load/typing-mistakes') as Typing;

const FULL_WIDTH_COLON = {
  ja: 'キーの後のコロンが全角「：」です。半角で `{key}: {value}` と記入してください（コロンの後に半角スペース）',
  en: 'The colon after the key is a full-width (全角) "：". Write it in half-width characters: `{key}: {value}` (a space after the colon)',
};
const FULL_WIDTH_DASH = {
  ja: '一覧の項目の「- 」が全角の「－」です。半角のハイフンと半角スペース「- 」で書いてください',
  en: 'The list item starts with a full-width (全角) "－". Write a half-width hyphen and a space: `- `',
};
const FULL_WIDTH_INDENT = {
  ja: 'インデント（行頭の空白）に全角スペースがあります。半角スペースでインデントしてください',
  en: 'The indentation (the spaces at the start of the line) has a full-width (全角) space. Indent with half-width spaces',
};
const NO_SPACE = { ja: 'キー `{key}` のコロンの後に半角スペースがありません。`{key}: {value}` と記入してください', en: 'There is no space after the colon of `{key}`. Write `{key}: {value}`' };
const MISSING_DASH = {
  ja: 'この一覧の項目に `{key}` が 2 回あります。この行から新しい項目が始まるなら、行頭の「- 」が抜けています（`- {key}: …` と記入してください）。そうでなければ、どちらか一方を削除してください',
  en: '`{key}` appears twice in this list item. If this line starts a new item, it is missing its `- ` (write `- {key}: …`); otherwise remove one of the two',
};
const UNCLOSED = {
  ja: 'ここで開いた引用符 {quote} が閉じられていません。値の終わりに {quote} を書いてください（値の中の {quote} は {escaped} と書きます）',
  en: 'The quote {quote} opened here is never closed. Write {quote} at the end of the value (inside it, write {escaped} for {quote})',
};

/**
 * The text parsed by the `yaml` package as the precise path parses it, and typingMistake for each of its
 * errors and repeated keys in text order (or for a made-up error at `offset`).
 */
function mistakes(text: string, made?: { code: string; offset: number; message?: string }) {
  const yaml = require('yaml') as typeof import('yaml');
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, uniqueKeys: false });
  const found = [...duplicateKeys(yaml, document.contents), ...document.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const errors = made ? [{ code: made.code, pos: [made.offset, made.offset + 1], message: made.message ?? '' } as unknown as YAMLError] : found;
  const reported = new Set<object>();
  return errors.map((error) => typing().typingMistake(error, { yaml, document, lineCounter, lines: text.split('\n') }, reported));
}

describe('fullWidthOnLine', () => {
  it('a full-width colon after a key: at the colon, the key, the value in half width without its comment', () => {
    const { fullWidthOnLine } = typing();
    expect(fullWidthOnLine('\u3000 - a.b-c_9\u3000 ：\u3000ｘ １  # 注', 7)).toEqual({ position: { line: 7, column: 14 }, message: FULL_WIDTH_COLON, data: { key: 'a.b-c_9', value: 'x 1' } });
    expect(fullWidthOnLine('_k：v#1\t', 1)).toEqual({ position: { line: 1, column: 3 }, message: FULL_WIDTH_COLON, data: { key: '_k', value: 'v#1' } });
    expect(fullWidthOnLine('mfa：', 2)).toEqual({ position: { line: 2, column: 4 }, message: FULL_WIDTH_COLON, data: { key: 'mfa', value: '' } });
    expect(fullWidthOnLine('-  k：v', 2)).toEqual({ position: { line: 2, column: 5 }, message: FULL_WIDTH_COLON, data: { key: 'k', value: 'v' } });
    expect(fullWidthOnLine('-\u3000k：v', 2)).toEqual({ position: { line: 2, column: 4 }, message: FULL_WIDTH_COLON, data: { key: 'k', value: 'v' } });
  });

  it('not after something that is not a key', () => {
    const { fullWidthOnLine } = typing();
    expect(fullWidthOnLine('1a：b', 1)).toBeUndefined();
    expect(fullWidthOnLine('x: 訪問先：自宅', 1)).toBeUndefined();
    expect(fullWidthOnLine('-k：v', 1)).toBeUndefined();
    expect(fullWidthOnLine('a b：c', 1)).toBeUndefined();
  });

  it('a full-width dash, with half- or full-width spaces around it', () => {
    const { fullWidthOnLine } = typing();
    expect(fullWidthOnLine('－ id: x', 3)).toEqual({ position: { line: 3, column: 1 }, message: FULL_WIDTH_DASH });
    expect(fullWidthOnLine(' \u3000－\u3000id: x', 3)).toEqual({ position: { line: 3, column: 3 }, message: FULL_WIDTH_DASH });
    expect(fullWidthOnLine('－id: x', 3)).toBeUndefined();
    expect(fullWidthOnLine('a － b', 3)).toBeUndefined();
  });

  it('a full-width space in the indentation, at the first one', () => {
    const { fullWidthOnLine } = typing();
    expect(fullWidthOnLine('\u3000id: x', 4)).toEqual({ position: { line: 4, column: 1 }, message: FULL_WIDTH_INDENT });
    expect(fullWidthOnLine('  \u3000 \u3000id: x', 4)).toEqual({ position: { line: 4, column: 3 }, message: FULL_WIDTH_INDENT });
    expect(fullWidthOnLine('id:\u3000x', 4)).toBeUndefined();
    expect(fullWidthOnLine('  id: x', 4)).toBeUndefined();
    expect(fullWidthOnLine('', 4)).toBeUndefined();
  });
});

describe('typingMistake', () => {
  it('a line with a full-width character is named for it, whatever the error', () => {
    expect(mistakes('a: 1\n\u3000b: 2\n', { code: 'BAD_INDENT', offset: 6 })).toEqual([{ position: { line: 2, column: 1 }, message: FULL_WIDTH_INDENT }]);
    expect(mistakes('a: 1\nmfa：x:y\n', { code: 'UNEXPECTED_TOKEN', offset: 5 })).toEqual([{ position: { line: 2, column: 4 }, message: FULL_WIDTH_COLON, data: { key: 'mfa', value: 'x:y' } }]);
  });

  it('a colon with no space after it: at the colon, the value without its comment', () => {
    expect(mistakes('a: 1\n  - mfa.x-y_1:true # c\n', { code: 'BAD_INDENT', offset: 9 })).toEqual([{ position: { line: 2, column: 14 }, message: NO_SPACE, data: { key: 'mfa.x-y_1', value: 'true' } }]);
    expect(mistakes('a:b', { code: 'X', offset: 0 })).toEqual([{ position: { line: 1, column: 2 }, message: NO_SPACE, data: { key: 'a', value: 'b' } }]);
  });

  it('not a colon followed by a blank, another colon or nothing, nor after a tab or a number', () => {
    for (const line of ['mfa: true', 'mfa::x', 'mfa:', 'mfa:\ttrue', '\tmfa:x', '9a:x', '-mfa:x', 'a b:c']) expect(mistakes(line, { code: 'X', offset: 0 })).toEqual([undefined]);
  });

  it('a key twice in a list item: the lost `- ` once per item, at the second key', () => {
    const text = 'users:\n  - name: a\n    job: x\n    name: b\n    job: y\n  - name: c\n    name: d\n';
    expect(mistakes(text)).toEqual([
      { position: { line: 4, column: 5 }, message: MISSING_DASH, data: { key: 'name' } },
      null,
      { position: { line: 7, column: 5 }, message: MISSING_DASH, data: { key: 'name' } },
    ]);
  });

  it('a key twice outside a list, or a duplicate error where no key starts: worded as the parser found it', () => {
    expect(mistakes('a: 1\na: 2\n')).toEqual([undefined]);
    expect(mistakes('a: {b: 1, b: 2}\n')).toEqual([undefined]);
    expect(mistakes('- a: 1\n- b: 2\n', { code: 'DUPLICATE_KEY', offset: 3 })).toEqual([undefined]);
  });

  it('an unclosed quote, where it opens, with its escape', () => {
    expect(mistakes('a: 1\nb: "abc\n')).toEqual([{ position: { line: 2, column: 4 }, message: UNCLOSED, data: { quote: '"', escaped: '\\"' } }]);
    expect(mistakes("a: 1\nb: 'abc\n")).toEqual([{ position: { line: 2, column: 4 }, message: UNCLOSED, data: { quote: "'", escaped: "''" } }]);
    expect(mistakes('a: "x"\nb: "y\nc: 1\n')).toEqual([{ position: { line: 2, column: 4 }, message: UNCLOSED, data: { quote: '"', escaped: '\\"' } }]);
  });

  it('a missing character that is not a quote, or a quote error with no quoted text running to it: as the parser found it', () => {
    expect(mistakes('a: [1, 2\n').filter((mistake) => mistake !== undefined)).toEqual([]);
    expect(mistakes('a: 1\n', { code: 'MISSING_CHAR', offset: 3, message: 'Missing closing "quote' })).toEqual([undefined]);
    expect(mistakes('a: "x"\nb: 1\n', { code: 'MISSING_CHAR', offset: 10, message: 'Missing closing "QUOTE' })).toEqual([undefined]);
    expect(mistakes('a: "x"\n', { code: 'MISSING_CHAR', offset: 4, message: 'Missing closing "QUOTE' })).toEqual([{ position: { line: 1, column: 4 }, message: UNCLOSED, data: { quote: '"', escaped: '\\"' } }]);
    expect(mistakes('a: "x"\n', { code: 'MISSING_CHAR', offset: 6, message: 'quote' })).toEqual([{ position: { line: 1, column: 4 }, message: UNCLOSED, data: { quote: '"', escaped: '\\"' } }]);
    expect(mistakes('a: "x"\n', { code: 'MISSING_CHAR', offset: 7, message: 'quote' })).toEqual([undefined]);
    expect(mistakes('a: "x"\n', { code: 'MISSING_CHAR', offset: 4, message: 'Missing a bracket' })).toEqual([undefined]);
    expect(mistakes('a: "x"\n', { code: 'BAD_INDENT', offset: 4, message: 'quote' })).toEqual([undefined]);
  });
});
