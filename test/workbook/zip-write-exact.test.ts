// The marked copy's zip chores, exact and in-process (mark.ts runs them in the CLI's worker thread, which
// mutation runs do not see): CRC-32 against known values, MS-DOS dates, every field of the headers zipOf
// writes (stored, and deflated by pako except an empty part), and entriesOf reading zips as exceljs writes
// them and with what it must step over: extra fields, comments, a zip comment, folders; and its refusals.
import * as zlib from 'node:zlib';
import type * as ZipWrite from '../../src/workbook/zip-write';
import { freshFunctionsPerTest } from '../helpers/fresh';

// Loaded afresh in each test: the CRC table is module-level.
const { crc32, dosDateTime, entriesOf, zipOf } = freshFunctionsPerTest(() => require('../../src/workbook/zip-write') as typeof ZipWrite);

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('crc32', () => {
  it('the standard CRC-32 (as zlib computes it)', () => {
    expect([crc32(bytes('')), crc32(bytes('a')), crc32(bytes('123456789')), crc32(new Uint8Array([0xff, 0x00, 0x80, 0x01]))]).toEqual([0, 0xe8b7be43, 0xcbf43926, zlib.crc32(Buffer.from([0xff, 0x00, 0x80, 0x01]))]);
    const every = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(crc32(every)).toBe(zlib.crc32(Buffer.from(every)));
    expect(crc32(every)).toBe(crc32(every));
  });
});

describe('dosDateTime', () => {
  it('midnight of the day, years before 1980 as 1980', () => {
    expect(dosDateTime('2026-11-24')).toEqual({ date: (46 << 9) | (11 << 5) | 24, time: 0 });
    expect(dosDateTime('1980-01-01')).toEqual({ date: (1 << 5) | 1, time: 0 });
    expect(dosDateTime('1970-12-31')).toEqual({ date: (12 << 5) | 31, time: 0 });
    expect(dosDateTime('2107-12-31')).toEqual({ date: (127 << 9) | (12 << 5) | 31, time: 0 });
  });
});

/** Each header's fields as zipOf writes them. */
function headers(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const record = { signature: view.getUint32(end, true), disk: view.getUint16(end + 4, true), diskStart: view.getUint16(end + 6, true), here: view.getUint16(end + 8, true), count: view.getUint16(end + 10, true), size: view.getUint32(end + 12, true), offset: view.getUint32(end + 16, true), comment: view.getUint16(end + 20, true) };
  const entries = [];
  let at = record.offset;
  for (let index = 0; index < record.count; index++) {
    const nameLength = view.getUint16(at + 28, true);
    const central = {
      signature: view.getUint32(at, true), madeBy: view.getUint16(at + 4, true), needed: view.getUint16(at + 6, true), flags: view.getUint16(at + 8, true), method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true), date: view.getUint16(at + 14, true), crc: view.getUint32(at + 16, true), compressed: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true),
      nameLength, extra: view.getUint16(at + 30, true), comment: view.getUint16(at + 32, true), disk: view.getUint16(at + 34, true), internal: view.getUint16(at + 36, true), external: view.getUint32(at + 38, true),
      offset: view.getUint32(at + 42, true), name: text(zip.subarray(at + 46, at + 46 + nameLength)),
    };
    const l = central.offset;
    const localNameLength = view.getUint16(l + 26, true);
    const local = {
      signature: view.getUint32(l, true), needed: view.getUint16(l + 4, true), flags: view.getUint16(l + 6, true), method: view.getUint16(l + 8, true), time: view.getUint16(l + 10, true), date: view.getUint16(l + 12, true),
      crc: view.getUint32(l + 14, true), compressed: view.getUint32(l + 18, true), size: view.getUint32(l + 22, true), nameLength: localNameLength, extra: view.getUint16(l + 28, true),
      name: text(zip.subarray(l + 30, l + 30 + localNameLength)), data: zip.subarray(l + 30 + localNameLength, l + 30 + localNameLength + central.compressed),
    };
    entries.push({ central, local });
    at += 46 + nameLength;
  }
  return { record, entries, centralEnd: at };
}

describe('zipOf', () => {
  const PARTS: Array<[string, Uint8Array]> = [['[Content_Types].xml', bytes('<Types>'.repeat(20))], ['xl/空.xml', new Uint8Array(0)], ['xl/worksheets/sheet1.xml', bytes('<worksheet/>')]];
  const DATE = (46 << 9) | (11 << 5) | 24;

  it('stored: every field of every header, the parts in the order given', () => {
    const zip = zipOf(PARTS, '2026-11-24');
    const { record, entries, centralEnd } = headers(zip);
    const nameLengths = PARTS.map(([name]) => bytes(name).length);
    const localSizes = PARTS.map(([, content], index) => 30 + nameLengths[index]! + content.length);
    const offsets = localSizes.map((_, index) => localSizes.slice(0, index).reduce((sum, size) => sum + size, 0));
    const dataEnd = localSizes.reduce((sum, size) => sum + size, 0);
    expect(record).toEqual({ signature: 0x06054b50, disk: 0, diskStart: 0, here: 3, count: 3, size: centralEnd - dataEnd, offset: dataEnd, comment: 0 });
    expect(centralEnd - dataEnd).toBe(nameLengths.reduce((sum, length) => sum + 46 + length, 0));
    expect(zip.length).toBe(centralEnd + 22);
    expect(entries.map(({ central, local }) => ({ central, local: { ...local, data: text(local.data) } }))).toEqual(PARTS.map(([name, content], index) => ({
      central: { signature: 0x02014b50, madeBy: 20, needed: 20, flags: 0x0800, method: 0, time: 0, date: DATE, crc: zlib.crc32(Buffer.from(content)), compressed: content.length, size: content.length, nameLength: nameLengths[index], extra: 0, comment: 0, disk: 0, internal: 0, external: 0, offset: offsets[index], name },
      local: { signature: 0x04034b50, needed: 20, flags: 0x0800, method: 0, time: 0, date: DATE, crc: zlib.crc32(Buffer.from(content)), compressed: content.length, size: content.length, nameLength: nameLengths[index], extra: 0, name, data: text(content) },
    })));
  });

  it('deflated by pako at level 6, but an empty part, which is stored', () => {
    const pako = require('pako') as { deflateRaw(data: Uint8Array, options: { level: number }): Uint8Array };
    const zip = zipOf(PARTS, '2026-11-24', true);
    const { entries, record } = headers(zip);
    expect(entries.map(({ central, local }) => [central.method, local.method, central.compressed, local.compressed, central.size, local.size])).toEqual([
      [8, 8, pako.deflateRaw(PARTS[0]![1], { level: 6 }).length, pako.deflateRaw(PARTS[0]![1], { level: 6 }).length, 140, 140],
      [0, 0, 0, 0, 0, 0],
      [8, 8, pako.deflateRaw(PARTS[2]![1], { level: 6 }).length, pako.deflateRaw(PARTS[2]![1], { level: 6 }).length, 12, 12],
    ]);
    expect(Buffer.from(entries[0]!.local.data)).toEqual(Buffer.from(pako.deflateRaw(PARTS[0]![1], { level: 6 })));
    expect(entries.map(({ central }) => central.crc)).toEqual(PARTS.map(([, content]) => zlib.crc32(Buffer.from(content))));
    expect(record.offset).toBe(entries.reduce((sum, { local }) => sum + 30 + local.nameLength + local.compressed, 0));
    expect(entriesOf(zip).map(([name, data]) => [name, text(data)])).toEqual(PARTS.map(([name, content]) => [name, text(content)]));
  });

  it('no parts: the end record alone', () => {
    expect([...zipOf([], '2026-11-24')]).toEqual([0x50, 0x4b, 0x05, 0x06, ...Array<number>(18).fill(0)]);
  });

  it('the same parts and day give the same bytes; another day, other bytes', () => {
    expect(Buffer.from(zipOf(PARTS, '2026-11-24', true))).toEqual(Buffer.from(zipOf(PARTS, '2026-11-24', true)));
    expect(headers(zipOf(PARTS, '2027-01-02')).entries[0]!.central.date).toBe((47 << 9) | (1 << 5) | 2);
  });
});

/** A zip as another writer might lay it out: extra fields, entry comments, folders, a zip comment. */
function otherZip(entries: Array<{ name: string; data: Uint8Array; method?: number; size?: number; localExtra?: number; centralExtra?: number; comment?: number }>, zipComment = 0): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.method ?? 0, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size ?? entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(entry.localExtra ?? 0, 28);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(entry.method ?? 0, 10);
    record.writeUInt32LE(entry.data.length, 20);
    record.writeUInt32LE(entry.size ?? entry.data.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(entry.centralExtra ?? 0, 30);
    record.writeUInt16LE(entry.comment ?? 0, 32);
    record.writeUInt32LE(offset, 42);
    const parts = [local, name, Buffer.alloc(entry.localExtra ?? 0, 0x41), Buffer.from(entry.data)];
    chunks.push(...parts);
    offset += parts.reduce((sum, part) => sum + part.length, 0);
    central.push(record, name, Buffer.alloc(entry.centralExtra ?? 0, 0x42), Buffer.alloc(entry.comment ?? 0, 0x43));
  }
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(zipComment, 20);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end, Buffer.alloc(zipComment, 0x50)]));
}

describe('entriesOf', () => {
  const read = (zip: Uint8Array) => entriesOf(zip).map(([name, data]) => [name, text(data)]);

  it('steps over extra fields, comments and folders, and finds the end record before a zip comment', () => {
    const deflated = zlib.deflateRawSync(Buffer.from('deflated text, deflated text'));
    const zip = otherZip([
      { name: 'xl/', data: new Uint8Array(0) },
      { name: 'a.xml', data: bytes('<a/>'), localExtra: 5, centralExtra: 3, comment: 2 },
      { name: 'b.xml', data: new Uint8Array(deflated), method: 8, size: 28, localExtra: 1 },
      { name: 'c.xml', data: bytes('c'), centralExtra: 4 },
      { name: 'd.xml', data: bytes('d'), comment: 7 },
    ], 30);
    expect(read(zip)).toEqual([['a.xml', '<a/>'], ['b.xml', 'deflated text, deflated text'], ['c.xml', 'c'], ['d.xml', 'd']]);
  });

  it('reads a zip that is a view into a larger buffer', () => {
    const zip = zipOf([['x.xml', bytes('<x/>')]], '2026-11-24', true);
    const padded = new Uint8Array(zip.length + 9);
    padded.set(zip, 4);
    expect(read(padded.subarray(4, 4 + zip.length))).toEqual([['x.xml', '<x/>']]);
  });

  it('an empty deflated part, and a part larger than its size says: refused by zlib', () => {
    expect(read(otherZip([{ name: 'e.xml', data: new Uint8Array(zlib.deflateRawSync(Buffer.alloc(0))), method: 8, size: 0 }]))).toEqual([['e.xml', '']]);
    expect(() => entriesOf(otherZip([{ name: 'f.xml', data: new Uint8Array(zlib.deflateRawSync(Buffer.from('12345'))), method: 8, size: 4 }]))).toThrow('Cannot create a Buffer larger than 4 bytes');
    expect(read(otherZip([{ name: 'g.xml', data: new Uint8Array(zlib.deflateRawSync(Buffer.from('12345'))), method: 8, size: 5 }]))).toEqual([['g.xml', '12345']]);
  });

  it('refuses a zip without an end record, with a damaged directory or entry', () => {
    const good = () => zipOf([['x.xml', bytes('<x/>')], ['y.xml', bytes('<y/>')]], '2026-11-24');
    expect(() => entriesOf(new Uint8Array(21))).toThrow(new Error('the written workbook has no zip end record'));
    expect(() => entriesOf(good().subarray(0, good().length - 1))).toThrow(new Error('the written workbook has no zip end record'));
    const directory = good();
    const { record } = headers(directory);
    directory[record.offset + 46 + 5] = 0; // the second central record's signature
    expect(() => entriesOf(directory)).toThrow(new Error('the written workbook’s zip directory is damaged'));
    const entry = good();
    entry[30 + 5 + 4] = 0; // the second local header's signature
    expect(() => entriesOf(entry)).toThrow(new Error('the written workbook’s zip entry is damaged'));
  });

  it('an end record at the very start is found', () => {
    expect(entriesOf(zipOf([], '2026-11-24'))).toEqual([]);
  });
});
