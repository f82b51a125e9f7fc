// A workbook is a zip of XML from someone else. Before exceljs expands anything, this reads the zip's
// central directory and inflates every part itself within its declared size (a zip that lies about its
// sizes is refused), bounding the parts, the bytes and the rows, refusing DTDs (entity bombs, external
// entities) and macro-enabled workbooks. What it refuses comes with what to do, in both languages.
import { isUtf8 } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import type { Bilingual } from '../../types';
import { OLE2_SIGNATURE, startsWith, ZIP_SIGNATURE } from './kind';

/** A ledger's workbook has about twenty parts. */
export const MAX_WORKBOOK_PARTS = 1000;
/** All parts inflated: a workbook of 5,000 staff and their devices is about 12 MB. */
export const MAX_WORKBOOK_XML_BYTES = 48 * 1024 * 1024;
/** Rows with cells over all sheets. */
export const MAX_WORKBOOK_ROWS = 100_000;
/** Rows counting empty ones (Excel writes a row only formatted, e.g. when whole rows were styled). */
export const MAX_WORKBOOK_ALL_ROWS = 250_000;
/**
 * Cells over all sheets: 5,000 staff and their devices are about 200,000. exceljs takes about 16 µs and
 * 300 bytes a cell (1,000,000 cells: 16 s, 640 MB), so this keeps any workbook to seconds and ~200 MB.
 */
export const MAX_WORKBOOK_CELLS = 300_000;

export type GuardResult = { ok: true } | { ok: false; message: Bilingual };

const SAVE_AS_XLSX = {
  ja: 'Excel で開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください',
  en: 'open it in Excel and use "Save As" with the type "Excel Workbook (*.xlsx)"',
};

const refuse = (ja: string, en: string): GuardResult => ({ ok: false, message: { ja, en } });

/** `detail` names a part of the zip (its own name, or a Bilingual description). */
const damaged = (detail: string | Bilingual): GuardResult => {
  const { ja, en } = typeof detail === 'string' ? { ja: detail, en: detail } : detail;
  return refuse(
    `ブックが壊れているか、途中で切れています（${ja}）。Excel で開けるか確かめ、開けたら保存し直してください`,
    `the workbook is damaged or cut short (${en}); check that Excel opens it, and if so save it again`,
  );
};

const NO_DIRECTORY: Bilingual = { ja: 'ZIP の目次がありません', en: 'no zip directory' };
const BAD_DIRECTORY: Bilingual = { ja: 'ZIP の目次が壊れています', en: 'zip directory' };

const tooBig = (what: Bilingual): GuardResult =>
  refuse(
    `ブックが大きすぎるため読みません（${what.ja}）。台帳を施設ごとのブックに分けてください`,
    `the workbook is too large to read (${what.en}); split the ledger into one workbook per facility`,
  );

/** UTF-16LE text, as OLE2 directory entries name their streams. */
function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

function ole2(bytes: Buffer): GuardResult {
  if (bytes.includes(utf16('EncryptedPackage')) || bytes.includes(utf16('EncryptionInfo'))) {
    return refuse(
      'パスワードで保護（暗号化）されたブックは読めません。Excel でパスワード保護を解除して（「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」を空に）、保存し直してください',
      'the workbook is password-protected (encrypted) and cannot be read: remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, cleared) and save it again',
    );
  }
  return refuse(
    `古い Excel 形式（.xls）のブックは読めません。.xlsx 形式で保存し直してください（${SAVE_AS_XLSX.ja}）`,
    `this is an old-format Excel workbook (.xls), which cannot be read: save it again in the .xlsx format (${SAVE_AS_XLSX.en})`,
  );
}

/** A zip, but not of a workbook this reader knows (an OpenDocument file, an unknown compression). */
const unknownZip = (): GuardResult =>
  refuse(
    `Excel ブック（.xlsx）として読めません。.xlsx 形式で保存し直してください（${SAVE_AS_XLSX.ja}）`,
    `this is not an Excel workbook (.xlsx) that can be read: save it again in the .xlsx format (${SAVE_AS_XLSX.en})`,
  );

function notAWorkbook(bytes: Buffer): GuardResult {
  if (isUtf8(bytes)) {
    return refuse(
      'Excel ブック（.xlsx）ではなくテキストファイルです。YAML の台帳なら拡張子を .yaml にしてください。Excel で作った台帳なら .xlsx 形式で保存し直してください',
      'this is a text file, not an Excel workbook (.xlsx): if it is a YAML ledger, name it .yaml; if it was made in Excel, save it again in the .xlsx format',
    );
  }
  return unknownZip();
}

const macroEnabled = (): GuardResult =>
  refuse(
    `マクロ有効ブック（.xlsm）は読みません（マクロは実行しません）。.xlsx 形式で保存し直してください（${SAVE_AS_XLSX.ja}）`,
    `macro-enabled workbooks (.xlsm) are not read (macros are never run): save it again in the .xlsx format (${SAVE_AS_XLSX.en})`,
  );

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The end-of-central-directory record: within the last 22 + 65,535 bytes (its comment). */
function findEndOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function readDirectory(bytes: Buffer): ZipEntry[] | GuardResult {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return damaged(NO_DIRECTORY);
  const count = bytes.readUInt16LE(end + 10);
  const start = bytes.readUInt32LE(end + 16);
  if (count > MAX_WORKBOOK_PARTS) return tooBig({ ja: `${count} 個の部品`, en: `${count} parts` });
  const entries: ZipEntry[] = [];
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return damaged(BAD_DIRECTORY);
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) {
      return tooBig({ ja: 'ZIP64 形式', en: 'ZIP64' });
    }
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** One part's bytes, never more than it declares: inflating stops one byte past the declared size. */
function inflate(bytes: Buffer, entry: ZipEntry): Buffer | GuardResult {
  const at = entry.localHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return damaged(entry.name);
  const dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length < entry.compressedSize) return damaged(entry.name);
  if (entry.method === 0) return entry.size === data.length ? data : damaged(entry.name);
  if (entry.method !== 8) return unknownZip();
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return tooBig({ ja: `${entry.name} が申告より大きく展開されます（zip 爆弾）`, en: `${entry.name} expands beyond its declared size (a zip bomb)` });
    return damaged(entry.name);
  }
  if (inflated.length !== entry.size) return tooBig({ ja: `${entry.name} の大きさが申告と違います`, en: `${entry.name} does not have its declared size` });
  return inflated;
}

const DTD = /<!DOCTYPE|<!ENTITY/i;
/** Parts that are XML (VML drawings hold cell notes). */
const XML_PART = /\.(xml|rels|vml)$/i;
const ROW = /<row[\s>/]/g;
/** A row element that is not empty (`<row r="5"/>` is). */
const ROW_WITH_CELLS = /<row(?:\s[^>]*[^/>])?>/g;
const CELL = /<c[\s>/]/g;

function count(pattern: RegExp, xml: string): number {
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(xml) !== null) found++;
  return found;
}

const thousands = (n: number) => n.toLocaleString('en');

/** Every part inflated within its declared size (an image that lies would expand in exceljs too), XML inspected. */
function inspectParts(bytes: Buffer, entries: readonly ZipEntry[]): GuardResult {
  let total = 0;
  let rows = 0;
  let allRows = 0;
  let cells = 0;
  const names = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) return damaged(`${entry.name} twice`);
    names.add(entry.name);
    if (/(^|\/)vbaProject\.bin$/i.test(entry.name)) return macroEnabled();
    total += entry.size;
    if (total > MAX_WORKBOOK_XML_BYTES) {
      const limit = MAX_WORKBOOK_XML_BYTES / 1024 / 1024;
      const size = Math.floor(total / 1024 / 1024);
      return tooBig({ ja: `展開すると ${size} MB 以上。上限は ${limit} MB`, en: `${size} MB or more expanded; the limit is ${limit} MB` });
    }
    const part = inflate(bytes, entry);
    if (!Buffer.isBuffer(part)) return part;
    if (!XML_PART.test(entry.name)) continue;
    const xml = part.toString('utf8');
    if (DTD.test(xml)) return damaged(`${entry.name}: DTD`);
    if (entry.name === '[Content_Types].xml' && /macroEnabled/i.test(xml)) return macroEnabled();
    if (!/^xl\/worksheets\//i.test(entry.name)) continue;
    allRows += count(ROW, xml);
    rows += count(ROW_WITH_CELLS, xml);
    cells += count(CELL, xml);
    if (rows > MAX_WORKBOOK_ROWS) return tooBig({ ja: `${thousands(MAX_WORKBOOK_ROWS)} 行超`, en: `more than ${thousands(MAX_WORKBOOK_ROWS)} rows` });
    if (allRows > MAX_WORKBOOK_ALL_ROWS) {
      return tooBig({ ja: `空の行を含めて ${thousands(MAX_WORKBOOK_ALL_ROWS)} 行超。書式だけの行を削除してください`, en: `more than ${thousands(MAX_WORKBOOK_ALL_ROWS)} rows counting empty ones; delete the rows that only hold formatting` });
    }
    if (cells > MAX_WORKBOOK_CELLS) return tooBig({ ja: `${thousands(MAX_WORKBOOK_CELLS)} セル超`, en: `more than ${thousands(MAX_WORKBOOK_CELLS)} cells` });
  }
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return unknownZip();
  return { ok: true };
}

/** Whether these bytes may be handed to exceljs; if not, why and what to do. */
export function guardWorkbook(input: Uint8Array): GuardResult {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length === 0) return refuse('ファイルが空です。Excel で台帳のブックを保存し直してください', 'the file is empty: save the ledger workbook again from Excel');
  if (startsWith(bytes, OLE2_SIGNATURE)) return ole2(bytes);
  if (!startsWith(bytes, ZIP_SIGNATURE)) return notAWorkbook(bytes);
  const entries = readDirectory(bytes);
  return Array.isArray(entries) ? inspectParts(bytes, entries) : entries;
}
