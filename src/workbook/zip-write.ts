// The zip chores of the marked copy (mark.ts), with no zip library: the parts the zip guard inflated,
// stored in a new zip for exceljs to read, so that exceljs reads exactly what the guard checked; and
// exceljs's own output read back and written again, after mark.ts corrected a part, with every entry's
// time set to one day and deflated by pako, so that the same input and as-of day give the same bytes
// on any machine, from the CLI and from the offline page (exceljs stamps each entry with the clock).
import * as zlib from 'node:zlib';

let crcTable: Uint32Array | undefined;

function table(): Uint32Array {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let byte = 0; byte < 256; byte++) {
      let crc = byte;
      for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
      crcTable[byte] = crc >>> 0;
    }
  }
  return crcTable;
}

export function crc32(bytes: Uint8Array): number {
  const lookup = table();
  let crc = 0xffffffff;
  for (let at = 0; at < bytes.length; at++) crc = lookup[(crc ^ bytes[at]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of midnight on `day` (YYYY-MM-DD), as zip headers hold them. */
export function dosDateTime(day: string): { date: number; time: number } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { date: ((Math.max(1980, year) - 1980) << 9) | (month << 5) | date, time: 0 };
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Names are UTF-8 (general purpose flag bit 11). */
const UTF8_NAMES = 0x0800;

type Deflate = (data: Uint8Array) => Uint8Array;

/**
 * pako's raw deflate (level 6), on every platform: the CLI and the offline page then write the same
 * bytes. Node's zlib (Chromium's fork of zlib) deflates to other bytes than pako does, and differently
 * on CPUs with other instructions, so the copy was the same only on one machine and Node version.
 * pako is what exceljs's zip library (JSZip) deflates with: a dependency of its own too.
 */
function platformDeflate(): Deflate {
  const pako = require('pako') as { deflateRaw(data: Uint8Array, options: { level: number }): Uint8Array };
  // Stryker disable next-line ObjectLiteral: pako's default level is 6 too
  return (data) => pako.deflateRaw(data, { level: 6 });
}

/** A zip of `parts`, in the order given: stored, or deflated when `compress`. Workbook parts stay far below zip64's sizes. */
export function zipOf(parts: ReadonlyArray<readonly [string, Uint8Array]>, day: string, compress = false): Uint8Array {
  const { date, time } = dosDateTime(day);
  const deflate = compress ? platformDeflate() : undefined;
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const nameBytes = new TextEncoder().encode(name);
    const crc = crc32(content);
    const method = deflate && content.length > 0 ? 8 : 0;
    const data = method === 8 ? deflate!(content) : content;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, UTF8_NAMES, true);
    local.setUint16(8, method, true);
    // Stryker disable next-line BooleanLiteral: the time is always 0, the same bytes in either order
    local.setUint16(10, time, true);
    local.setUint16(12, date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, content.length, true);
    local.setUint16(26, nameBytes.length, true);
    // Stryker disable next-line BooleanLiteral: 0 is the same bytes in either order
    local.setUint16(28, 0, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, CENTRAL, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, UTF8_NAMES, true);
    entry.setUint16(10, method, true);
    // Stryker disable next-line BooleanLiteral: the time is always 0, the same bytes in either order
    entry.setUint16(12, time, true);
    entry.setUint16(14, date, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, content.length, true);
    entry.setUint16(28, nameBytes.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), nameBytes, data);
    central.push(new Uint8Array(entry.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((size, chunk) => size + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const zip = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const chunk of all) {
    zip.set(chunk, at);
    at += chunk.length;
  }
  return zip;
}

/**
 * The entries of a zip exceljs just wrote (one end record, no zip64, stored or deflated), in its order.
 * Not for anyone else's zip: a workbook from outside goes through the zip guard.
 */
export function entriesOf(zip: Uint8Array): Array<[string, Uint8Array]> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('the written workbook has no zip end record');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Array<[string, Uint8Array]> = [];
  for (let entry = 0; entry < count; entry++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('the written workbook’s zip directory is damaged');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('the written workbook’s zip entry is damaged');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + compressed);
    if (!name.endsWith('/')) entries.push([name, method === 8 ? new Uint8Array(zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) })) : data]);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
