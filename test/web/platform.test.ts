// The browser's versions of the Node-only steps (src/web/platform) give what the CLI's give.
import { isUtf8 as nodeIsUtf8 } from 'node:buffer';
import * as nodeZlib from 'node:zlib';
import fc from 'fast-check';
import { decodeStrictUtf8 as nodeDecode } from '../../src/load/utf8';
import { isUtf8 as browserIsUtf8 } from '../../src/web/platform/buffer';
import { decodeStrictUtf8 as browserDecode } from '../../src/web/platform/utf8';
import * as browserZlib from '../../src/web/platform/zlib';
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

describe('raw inflate in the browser (the zip guard\'s)', () => {
  const text = Buffer.from('<row r="1"><c t="b"><v>1</v></c></row>'.repeat(5000));
  const deflated = nodeZlib.deflateRawSync(text);

  /** What each gives: the bytes, or whether it refused as a zip bomb or as damaged. */
  function outcome(inflate: (data: Uint8Array, options: { maxOutputLength: number }) => Uint8Array, data: Uint8Array, max: number): string {
    try {
      return Buffer.from(inflate(data, { maxOutputLength: max })).toString('base64');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too large' : 'damaged';
    }
  }

  it.each([
    ['whole, within its size', deflated, text.length + 1],
    ['whole, at exactly its size', deflated, text.length],
    ['past its declared size (a zip bomb)', deflated, 1000],
    ['cut short', deflated.subarray(0, deflated.length >> 1), text.length + 1],
    ['not deflate at all', Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00]), 100],
    ['empty', Buffer.alloc(0), 100],
    ['a stored block', nodeZlib.deflateRawSync(Buffer.from('abc'), { level: 0 }), 4],
  ])('%s', (_, data, max) => {
    const node = outcome(nodeZlib.inflateRawSync, data, max);
    expect(outcome(browserZlib.inflateRawSync, data, max)).toBe(node);
  });

  it('refuses a zip bomb without expanding it (64 MB of spaces, 1 KB allowed)', () => {
    const bomb = nodeZlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const started = Date.now();
    expect(outcome(browserZlib.inflateRawSync, bomb, 1024)).toBe('too large');
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('isUtf8 in the browser', () => {
  it('agrees with Node on any bytes and any text (fixed seed)', () => {
    const bytes = fc.uint8Array({ maxLength: 64 });
    const text = fc.string({ unit: 'grapheme', maxLength: 32 }).map((value) => new Uint8Array(Buffer.from(value)));
    fc.assert(fc.property(fc.oneof(bytes, text), (input) => browserIsUtf8(input) === nodeIsUtf8(input)), propertyOptions(29, 2000));
  });
});
