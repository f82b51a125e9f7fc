// decodeLedger's every branch, exact: the UTF-16 tests at their limits (2 bytes of BOM, 4 bytes and a
// third of NULs in the first 200), the encodings guessed, the control characters YAML allows and those
// it does not, and the messages in both languages. The module is loaded inside each test: its
// messages and its control-character pattern are module-level data.
type Decode = typeof import('../../src/load/decode');

beforeEach(() => jest.resetModules());

const decode = (bytes: number[] | Uint8Array) => (require('../../src/load/decode') as Decode).decodeLedger(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
const utf8 = (text: string) => [...Buffer.from(text, 'utf8')];

const SAVE_JA = 'テキストエディタやメモ帳で開き「UTF-8」を指定して保存し直してください（Excel では「CSV UTF-8」ではなく、テキストとして保存）';
const SAVE_EN = 'Open it in a text editor and save it again with the encoding "UTF-8"';
const notUtf8 = (text: string, offset: number, ja: string, en: string) => ({
  ok: false,
  text,
  offset,
  message: { ja: `ファイルが UTF-8 ではありません（${ja}）。${SAVE_JA}`, en: `The file is not UTF-8 (${en}). ${SAVE_EN}` },
  data: {},
});
const UTF16 = notUtf8('', 0, 'UTF-16 で保存されているようです', 'it looks like UTF-16');
const control = (text: string, offset: number, code: string) => ({
  ok: false,
  text,
  offset,
  message: {
    ja: `YAML で使えない制御文字（${code}）があります。ファイルがバイナリか、見えない文字を含んで保存されたようです。その文字を削除するか、テキスト（UTF-8）として保存し直してください`,
    en: `The file contains a control character (${code}) that YAML does not allow: it may be binary, or saved with hidden characters. Delete the character, or save the file again as text (UTF-8)`,
  },
  data: {},
});

describe('decodeLedger, UTF-16', () => {
  it('a little-endian BOM alone, two bytes', () => {
    expect(decode([0xff, 0xfe])).toEqual(UTF16);
  });

  it('a big-endian BOM before text with no NUL (アイ)', () => {
    expect(decode([0xfe, 0xff, 0x30, 0xa2, 0x30, 0xa4])).toEqual(UTF16);
  });

  it('a little-endian BOM before text with no NUL (アイ)', () => {
    expect(decode([0xff, 0xfe, 0xa2, 0x30, 0xa4, 0x30])).toEqual(UTF16);
  });

  it('half a BOM, or the bytes of a BOM the other way round, are not one', () => {
    expect(decode([0xff])).toEqual(notUtf8('\uFFFD', 0, '文字コードを判別できません。テキストファイルではないかもしれません', 'the encoding could not be recognised; it may not be a text file'));
    expect(decode([0xff, 0xff, 0x61])).toEqual(notUtf8('\uFFFD\uFFFDa', 0, '文字コードを判別できません。テキストファイルではないかもしれません', 'the encoding could not be recognised; it may not be a text file'));
    expect(decode([0xfe, 0xfe, 0x61])).toEqual(notUtf8('\uFFFD\uFFFDa', 0, '文字コードを判別できません。テキストファイルではないかもしれません', 'the encoding could not be recognised; it may not be a text file'));
  });

  it('without a BOM: four bytes, half of them NUL', () => {
    expect(decode([0x61, 0x00, 0x62, 0x00])).toEqual(UTF16);
  });

  it('without a BOM: exactly a third of the bytes NUL is UTF-16, fewer is a control character', () => {
    expect(decode([0x61, 0x62, 0x00, 0x63, 0x64, 0x00])).toEqual(UTF16);
    expect(decode([0x61, 0x62, 0x00, 0x63, 0x64, 0x65, 0x66])).toEqual(control('ab\u0000cdef', 2, 'U+0000'));
  });

  it('three NUL bytes are too few to tell: a control character', () => {
    expect(decode([0x00, 0x00, 0x00])).toEqual(control('\u0000\u0000\u0000', 0, 'U+0000'));
  });

  it('only the first 200 bytes are counted', () => {
    // 66 NULs in the first 200 bytes (198 < 200), the 67th at byte 201.
    const bytes = [...Array<number>(66).fill(0), ...Array<number>(134).fill(0x61), 0];
    const text = String.fromCharCode(...bytes);
    expect(decode(bytes)).toEqual(control(text, 0, 'U+0000'));
    // 67 NULs in the first 200: UTF-16.
    expect(decode([...Array<number>(67).fill(0), ...Array<number>(133).fill(0x61), 0x61])).toEqual(UTF16);
  });
});

describe('decodeLedger, other encodings', () => {
  it('Shift_JIS, at the first byte that is not UTF-8', () => {
    const bytes = [...utf8('a: '), 0x82, 0xa0, 0x82, 0xa2, 0x0a];
    expect(decode(bytes)).toEqual(notUtf8('a: \uFFFD\uFFFD\uFFFD\uFFFD\n', 3, 'Shift_JIS で保存されているようです', 'it looks like Shift_JIS'));
  });

  it('EUC-JP that is not Shift_JIS', () => {
    const bytes = [...utf8('name: '), 0xa1, 0xfd, 0x0a];
    expect(decode(bytes)).toEqual(notUtf8('name: \uFFFD\uFFFD\n', 6, 'EUC-JP で保存されているようです', 'it looks like EUC-JP'));
  });

  it('neither: the encoding could not be recognised', () => {
    const bytes = [...utf8('a: 1\nb: '), 0xff, 0xfe, 0xfd, 0x0a];
    expect(decode(bytes)).toEqual(notUtf8('a: 1\nb: \uFFFD\uFFFD\uFFFD\n', 8, '文字コードを判別できません。テキストファイルではないかもしれません', 'the encoding could not be recognised; it may not be a text file'));
  });
});

describe('decodeLedger, UTF-8', () => {
  it('drops a BOM and nothing else', () => {
    expect(decode([0xef, 0xbb, 0xbf, ...utf8('a: 田中\n')])).toEqual({ ok: true, text: 'a: 田中\n' });
    expect(decode(utf8('a: 田中\n'))).toEqual({ ok: true, text: 'a: 田中\n' });
    expect(decode(utf8('a: \uFEFF\n'))).toEqual({ ok: true, text: 'a: \uFEFF\n' });
    expect(decode([])).toEqual({ ok: true, text: '' });
  });

  it('a control character is placed after the BOM is dropped, its code in upper-case hex of four digits', () => {
    expect(decode([0xef, 0xbb, 0xbf, ...utf8('a: \u001b[31m\n')])).toEqual(control('a: \u001b[31m\n', 3, 'U+001B'));
  });

  it('allows tab, line feed, carriage return, NEL and no-break space', () => {
    const text = 'a:\t1\r\nb: \u0085 \u00a0 ~ \u00ff\n';
    expect(decode(utf8(text))).toEqual({ ok: true, text });
  });

  it.each([
    ['\u0001', 'U+0001'],
    ['\u0008', 'U+0008'],
    ['\u000b', 'U+000B'],
    ['\u000c', 'U+000C'],
    ['\u000e', 'U+000E'],
    ['\u001f', 'U+001F'],
    ['\u007f', 'U+007F'],
    ['\u0084', 'U+0084'],
    ['\u0086', 'U+0086'],
    ['\u009f', 'U+009F'],
  ])('refuses %j as %s, at its offset', (character, code) => {
    const text = `a: 1\nb: x${character}\n`;
    expect(decode(utf8(text))).toEqual(control(text, 9, code));
  });
});

describe('decodeStrictUtf8', () => {
  it('reads the bytes of a view into a larger buffer, and only those, a BOM kept', () => {
    const { decodeStrictUtf8 } = require('../../src/load/utf8') as typeof import('../../src/load/utf8');
    const whole = Buffer.from('xx\uFEFFあい: 1yy', 'utf8');
    expect(decodeStrictUtf8(new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.byteLength - 4))).toBe('\uFEFFあい: 1');
    expect(decodeStrictUtf8(Uint8Array.from([0x61, 0xc3]))).toBeUndefined();
  });
});
