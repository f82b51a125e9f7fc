import { decodeLedger } from '../../src/load/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeLedger', () => {
  it('accepts UTF-8 and drops a BOM', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('a: 田中\n')]);
    expect(decodeLedger(bom)).toEqual({ ok: true, text: 'a: 田中\n' });
  });

  it('recognises Shift_JIS saved from Excel and says how to fix it', () => {
    // "a: " then あい in Shift_JIS
    const bytes = Uint8Array.from([0x61, 0x3a, 0x20, 0x82, 0xa0, 0x82, 0xa2, 0x0a]);
    const result = decodeLedger(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.offset).toBe(3);
    expect(result.message.ja).toContain('Shift_JIS');
    expect(result.message.ja).toContain('UTF-8');
    expect(result.message.en).toBe('The file is not UTF-8 (it looks like Shift_JIS). Open it in a text editor and save it again with the encoding "UTF-8"');
  });

  it('recognises UTF-16 with and without a BOM', () => {
    const withBom = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]);
    const withoutBom = Uint8Array.from(Buffer.from('version: 1\n', 'utf16le'));
    for (const bytes of [withBom, withoutBom]) {
      const result = decodeLedger(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.en).toContain('UTF-16');
    }
  });

  it('reports the line of the first bad byte', () => {
    const bytes = Uint8Array.from([...utf8('a: 1\nb: '), 0xff, 0xfe, 0xfd, 0x0a]);
    const result = decodeLedger(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.offset).toBe(8);
      expect(result.message.en).toContain('could not be recognised');
    }
  });
});
