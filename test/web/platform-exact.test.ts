// The browser's versions of the Node-only steps (src/web/platform), exactly: the errors the page's raw
// inflate throws (message and code), the calendar uid the page does without, the strict decoders at their
// edges. Loaded inside each test (their decoders are module-level).
import * as nodeZlib from 'node:zlib';
import { freshFunctionsPerTest } from '../helpers/fresh';

const zlib = freshFunctionsPerTest(() => require('../../src/web/platform/zlib') as typeof import('../../src/web/platform/zlib'));
const uid = freshFunctionsPerTest(() => require('../../src/web/platform/uid') as typeof import('../../src/web/platform/uid'));
const utf8 = freshFunctionsPerTest(() => require('../../src/web/platform/utf8') as typeof import('../../src/web/platform/utf8'));
const buffer = freshFunctionsPerTest(() => require('../../src/web/platform/buffer') as typeof import('../../src/web/platform/buffer'));

function thrown(run: () => unknown): { message: string; code?: string; keys: string[] } | 'none' {
  try {
    run();
    return 'none';
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    return { message, ...(code === undefined ? {} : { code }), keys: Object.keys(error as object) };
  }
}

describe('raw inflate (zlib.ts)', () => {
  const text = Buffer.from('abc'.repeat(1000));
  const deflated = nodeZlib.deflateRawSync(text);

  it('the bytes, as a Buffer of exactly their size', () => {
    const out = zlib.inflateRawSync(deflated, { maxOutputLength: 3000 });
    expect(Buffer.isBuffer(out)).toBe(true);
    expect(out.equals(text)).toBe(true);
    expect(out.length).toBe(3000);
    expect(zlib.inflateRawSync(nodeZlib.deflateRawSync(Buffer.alloc(0)), { maxOutputLength: 0 }).length).toBe(0);
  });

  it('past the limit: Node\'s message and code', () => {
    expect(thrown(() => zlib.inflateRawSync(deflated, { maxOutputLength: 2999 }))).toEqual({
      message: 'Cannot create a Buffer larger than maxOutputLength', code: 'ERR_BUFFER_TOO_LARGE', keys: ['code'],
    });
  });

  it('cut short: "unexpected end of file", no code', () => {
    expect(thrown(() => zlib.inflateRawSync(deflated.subarray(0, 5), { maxOutputLength: 3000 }))).toEqual({ message: 'unexpected end of file', keys: [] });
  });

  it('no bytes at all: pako says no reason, so its error number is the message', () => {
    expect(thrown(() => zlib.inflateRawSync(new Uint8Array(0), { maxOutputLength: 3000 }))).toEqual({ message: 'inflate error -5', keys: [] });
  });

  it('damaged: pako\'s reason, no code', () => {
    expect(thrown(() => zlib.inflateRawSync(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x00]), { maxOutputLength: 100 }))).toEqual({ message: 'invalid block type', keys: [] });
    expect(thrown(() => zlib.inflateRawSync(Uint8Array.from([0x00, 0x05, 0x00, 0x00, 0x00]), { maxOutputLength: 100 }))).toEqual({ message: 'invalid stored block lengths', keys: [] });
  });
});

describe('the calendar uid (uid.ts)', () => {
  it('is empty: the page writes no calendar', () => {
    expect(uid.calendarUid()).toBe('');
  });
});

describe('strict UTF-8 (utf8.ts, buffer.ts)', () => {
  it('the text with its BOM kept; undefined for bytes that are not UTF-8', () => {
    expect(utf8.decodeStrictUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('\ufeffa');
    expect(utf8.decodeStrictUtf8(Uint8Array.from([0xe5, 0x8f, 0xb0]))).toBe('台');
    expect(utf8.decodeStrictUtf8(Uint8Array.from([0x61, 0x80]))).toBeUndefined();
    expect(utf8.decodeStrictUtf8(Uint8Array.from([0xe3, 0x81]))).toBeUndefined();
  });

  it('isUtf8', () => {
    expect(buffer.isUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe(true);
    expect(buffer.isUtf8(new Uint8Array(0))).toBe(true);
    expect(buffer.isUtf8(Uint8Array.from([0x61, 0x80]))).toBe(false);
    expect(buffer.isUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(false);
  });

  it('the Buffer is the buffer package\'s', () => {
    const { Buffer: Browser } = require('../../src/web/platform/buffer') as typeof import('../../src/web/platform/buffer');
    expect(Browser).toBe((require('buffer') as typeof import('buffer')).Buffer);
  });
});
