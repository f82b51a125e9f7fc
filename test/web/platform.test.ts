// The browser's versions of the Node-only steps (src/web/platform) give what the CLI's give.
import fc from 'fast-check';
import { decodeStrictUtf8 as nodeDecode } from '../../src/load/utf8';
import { decodeStrictUtf8 as browserDecode } from '../../src/web/platform/utf8';
import { propertyOptions } from '../helpers/fast-check';

describe('strict UTF-8 decoding in the browser', () => {
  it.each([
    ['empty', []],
    ['a BOM, kept', [0xef, 0xbb, 0xbf, 0x61]],
    ['Japanese', [...Buffer.from('台帳: さくら')]],
    ['a lone continuation byte', [0x61, 0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0xe3, 0x81]],
    ['Shift_JIS', [0x91, 0xe4, 0x92, 0xa0]],
  ])('%s', (_, bytes) => {
    const input = Uint8Array.from(bytes);
    expect(browserDecode(input)).toBe(nodeDecode(input));
  });

  it('agrees with Node on any bytes and any text (fixed seed)', () => {
    const bytes = fc.uint8Array({ maxLength: 64 });
    const text = fc.string({ unit: 'grapheme', maxLength: 32 }).map((value) => new Uint8Array(Buffer.from(value)));
    fc.assert(fc.property(fc.oneof(bytes, text), (input) => browserDecode(input) === nodeDecode(input)), propertyOptions(13, 2000));
  });
});
