// The small text helpers of the loader, exact at their edges: full-width (全角) look-alikes and their
// half-width text, offsets to line:column, the limits, the syntax-message catalogue, and how a file is
// told to be a workbook. Each module is loaded inside its test: its tables are module-level data.
beforeEach(() => jest.resetModules());

const fullWidth = () => require('../../src/load/full-width') as typeof import('../../src/load/full-width');

describe('full-width text', () => {
  it('finds full-width characters from ！ to ～ and the full-width space, and nothing next to them', () => {
    const { hasFullWidth } = fullWidth();
    expect(['！', '～', '\u3000', 'ａ', 'x１y'].map(hasFullWidth)).toEqual([true, true, true, true, true]);
    expect(['\uff00', '\uff5f', '\u3001', '田中', 'abc ~!', ''].map(hasFullWidth)).toEqual([false, false, false, false, false, false]);
  });

  it('turns every one of them into its half-width character, and leaves the rest', () => {
    const { toHalfWidth } = fullWidth();
    expect(toHalfWidth('！～\u3000ＡＢ：１２＠ｚ田中\uff00\uff5f')).toBe('!~ AB:12@z田中\uff00\uff5f');
  });

  it('tells text meant as ASCII from Japanese text', () => {
    const { isFullWidthAscii } = fullWidth();
    expect(['ａｂ', 'ａb ~', '１２\u3000３'].map(isFullWidthAscii)).toEqual([true, true, true]);
    expect(['ab', 'ａ田', '田ａ', 'ａ\n', 'ａ\u007f', 'ａ\u001f', ''].map(isFullWidthAscii)).toEqual([false, false, false, false, false, false, false]);
  });

  it('writes a full-width key as meant: the name before a full-width colon, then the value after it', () => {
    const { halfWidthKey } = fullWidth();
    expect(halfWidthKey(' ｍｉｎ＿ｌｅｎｇｔｈ\u3000：\u3000１２ ')).toEqual({ key: 'min_length', text: 'min_length: 12' });
    expect(halfWidthKey('ａ：ｂ：ｃ')).toEqual({ key: 'a', text: 'a: b:c' });
    expect(halfWidthKey('\u3000ｊｏｂ＿ｔｙｐｅ\u3000')).toEqual({ key: 'job_type', text: 'job_type' });
    expect(halfWidthKey('：１')).toEqual({ key: '', text: ': 1' });
    expect(halfWidthKey('')).toEqual({ key: '', text: '' });
  });

  it('names the first full-width character', () => {
    const { fullWidthCharacter } = fullWidth();
    expect(fullWidthCharacter('ab\u3000１')).toEqual({ ja: '全角スペース', en: 'a full-width (全角) space' });
    expect(fullWidthCharacter('sato＠mcs\u3000')).toEqual({ ja: '全角文字「＠」', en: 'a full-width (全角) character "＠"' });
    expect(fullWidthCharacter('abc')).toEqual({ ja: '全角文字「」', en: 'a full-width (全角) character ""' });
  });
});

describe('lineIndex', () => {
  it('places every offset as the line counter does', () => {
    const { lineIndex } = require('../../src/load/positions') as typeof import('../../src/load/positions');
    const text = 'ab\ncd\n\nx\r\n田中\n\n\nlast';
    const toPosition = lineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const before = text.slice(0, offset).split('\n');
      expect([offset, toPosition(offset)]).toEqual([offset, { line: before.length, column: before[before.length - 1]!.length + 1 }]);
    }
    expect([toPosition(0), toPosition(2), toPosition(3), toPosition(6), toPosition(7), toPosition(15)]).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 8, column: 1 },
    ]);
  });

  it('a text of one line, and an empty text', () => {
    const { lineIndex } = require('../../src/load/positions') as typeof import('../../src/load/positions');
    expect(lineIndex('abc')(2)).toEqual({ line: 1, column: 3 });
    expect(lineIndex('')(0)).toEqual({ line: 1, column: 1 });
    expect(lineIndex('\n')(1)).toEqual({ line: 2, column: 1 });
  });
});

describe('limits', () => {
  it('are 64 MiB, 100 levels and 100 aliases', () => {
    expect({ ...(require('../../src/load/limits') as object) }).toEqual({ MAX_LEDGER_BYTES: 67108864, MAX_DEPTH: 100, MAX_ALIAS_COUNT: 100 });
  });
});

describe('syntax messages', () => {
  const CODES = ['DUPLICATE_KEY', 'BAD_INDENT', 'TAB_AS_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'BAD_ALIAS', 'MULTIPLE_DOCS', 'RESOURCE_EXHAUSTION', 'KEY_OVER_1024_CHARS', 'SOMETHING_NEW'];

  it('every code in both languages, the parser\'s first line after it without its "at line, column"', () => {
    const { syntaxMessage } = require('../../src/load/syntax-messages') as typeof import('../../src/load/syntax-messages');
    const worded = Object.fromEntries(CODES.map((code) => [code, syntaxMessage(code, `Parser says ${code} at line 3, column 5:\n\n  a: b\n  ^`)]));
    expect(worded).toMatchSnapshot();
  });

  it('the detail is the first line only, kept whole when it has no position', () => {
    const { syntaxMessage } = require('../../src/load/syntax-messages') as typeof import('../../src/load/syntax-messages');
    expect(syntaxMessage('BAD_ALIAS', 'Aliased anchor not found: x\nsecond line')).toEqual({
      ja: 'エイリアス（*名前）が定義されていないアンカーを指しています（詳細: Aliased anchor not found: x）',
      en: 'An alias (*name) refers to an anchor that is not defined (Aliased anchor not found: x)',
    });
    expect(syntaxMessage('NEW', 'Stopped at line 12, column 1')).toEqual({
      ja: 'YAML の書き方に誤りがあります。示された位置の前後を確認してください（詳細: Stopped）',
      en: 'The YAML is malformed. Check the text around this position (Stopped)',
    });
    expect(syntaxMessage('NEW', 'at line 12 of it')).toEqual({
      ja: 'YAML の書き方に誤りがあります。示された位置の前後を確認してください（詳細: at line 12 of it）',
      en: 'The YAML is malformed. Check the text around this position (at line 12 of it)',
    });
  });

  it('the catalogue of our own messages, and an unsupported tag', () => {
    const { SYNTAX_MESSAGES, unsupportedTag } = require('../../src/load/syntax-messages') as typeof import('../../src/load/syntax-messages');
    expect(SYNTAX_MESSAGES).toMatchSnapshot();
    expect(unsupportedTag('!!binary')).toEqual({
      ja: 'タグ !!binary は台帳では使えません。タグを削除し、値をそのまま書いてください',
      en: 'The tag !!binary cannot be used in a ledger. Remove it and write the value as it is',
    });
  });
});

describe('isWorkbook', () => {
  const kind = () => require('../../src/workbook/kind') as typeof import('../../src/workbook/kind');
  const none = new Uint8Array();

  it('by name: the workbook extensions in any case, at the end of the name only', () => {
    const { isWorkbook } = kind();
    expect(['a.xlsx', 'b.XLSM', 'c.xltx', 'd.xltm', 'e.xls', '台帳.Xlsx'].map((name) => isWorkbook(name, none))).toEqual([true, true, true, true, true, true]);
    expect(['a.xlsx.yaml', 'axlsx', 'a.xlsb', 'a.yaml', 'a.xl', 'xlsx'].map((name) => isWorkbook(name, none))).toEqual([false, false, false, false, false, false]);
  });

  it('by the first bytes: a zip or an OLE2 file, the whole signature', () => {
    const { isWorkbook, ZIP_SIGNATURE, OLE2_SIGNATURE } = kind();
    expect(ZIP_SIGNATURE).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(OLE2_SIGNATURE).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(isWorkbook('ledger', Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(isWorkbook('ledger', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]))).toBe(true);
    expect(isWorkbook('ledger', Uint8Array.from([0x50, 0x4b, 0x03]))).toBe(false);
    expect(isWorkbook('ledger', Uint8Array.from([0x50, 0x4b, 0x03, 0x05]))).toBe(false);
    expect(isWorkbook('ledger', Uint8Array.from([0x51, 0x4b, 0x03, 0x04]))).toBe(false);
    expect(isWorkbook('ledger', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a]))).toBe(false);
    expect(isWorkbook('ledger.yaml', Buffer.from('version: 1\n'))).toBe(false);
  });

  it('startsWith needs every byte of the signature', () => {
    const { startsWith } = kind();
    expect(startsWith(Uint8Array.from([1, 2]), [1, 2])).toBe(true);
    expect(startsWith(Uint8Array.from([1]), [1, 2])).toBe(false);
    expect(startsWith(Uint8Array.from([1, 3]), [1, 2])).toBe(false);
    expect(startsWith(Uint8Array.from([3, 2]), [1, 2])).toBe(false);
  });
});
