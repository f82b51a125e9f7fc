// A workbook is a zip of XML from someone else. This walks the zip's central directory entry by entry
// (an end record that disagrees with it is refused), refuses part names that are not canonical or that
// repeat ignoring case, and inflates every part itself within its declared size (a zip that lies about
// its sizes is refused), bounding the parts, the bytes and the rows, refusing DTDs (entity bombs,
// external entities) and macro-enabled workbooks. The parts it inflated are what the reader reads
// (sheets.ts): what is guarded is exactly what is read. What it refuses comes with what to do.
import { isUtf8 } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import type { Bilingual } from '../types';
import { EMPTY_ZIP_SIGNATURE, isOwnerFile, OLE2_SIGNATURE, startsWith, ZIP_SIGNATURE } from './kind';

/** A ledger's workbook has about twenty parts. */
export const MAX_WORKBOOK_PARTS = 1000;
/** All parts inflated: a workbook of 5,000 staff and their devices is about 12 MB. */
export const MAX_WORKBOOK_XML_BYTES = 48 * 1024 * 1024;
/** Rows with cells over all sheets. */
export const MAX_WORKBOOK_ROWS = 100_000;
/** Rows counting empty ones (Excel writes a row only formatted, e.g. when whole rows were styled). */
export const MAX_WORKBOOK_ALL_ROWS = 250_000;
/** Cells over all sheets (and cells merges cover): 5,000 staff and their devices are about 200,000. */
export const MAX_WORKBOOK_CELLS = 300_000;

/** The parts by their names in the zip (folders left out), each inflated and checked. */
export type GuardResult = { ok: true; parts: Map<string, Buffer> } | { ok: false; message: Bilingual };

export type Refusal = { ok: false; message: Bilingual };

const SAVE_AS_XLSX = {
  ja: 'Excel で開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください',
  en: 'open it in Excel and use "Save As" with the type "Excel Workbook (*.xlsx)"',
};

const refuse = (ja: string, en: string): Refusal => ({ ok: false, message: { ja, en } });

/** `detail` names a part of the zip (its own name, or a Bilingual description). */
export const damaged = (detail: string | Bilingual): Refusal => {
  const { ja, en } = typeof detail === 'string' ? { ja: detail, en: detail } : detail;
  return refuse(
    `ブックが壊れているか、途中で切れています（${ja}）。Excel で開けるか確かめ、開けたら保存し直してください`,
    `the workbook is damaged or cut short (${en}); check that Excel opens it, and if so save it again`,
  );
};

const NO_DIRECTORY: Bilingual = { ja: 'ZIP の目次がありません', en: 'no zip directory' };
const BAD_DIRECTORY: Bilingual = { ja: 'ZIP の目次が壊れています', en: 'zip directory' };
const DIRECTORY_DISAGREES: Bilingual = {
  ja: 'ZIP の目次の件数か大きさが、目次の中身と合いません',
  en: 'the zip directory\'s count or size does not match its entries',
};

export const tooBig = (what: Bilingual): Refusal =>
  refuse(
    `ブックが大きすぎるため読みません（${what.ja}）。台帳を施設ごとのブックに分けてください`,
    `the workbook is too large to read (${what.en}); split the ledger into one workbook per facility`,
  );

/** UTF-16LE text, as OLE2 directory entries name their streams. */
function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

function ole2(bytes: Buffer): Refusal {
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
const unknownZip = (): Refusal =>
  refuse(
    `Excel ブック（.xlsx）として読めません。.xlsx 形式で保存し直してください（${SAVE_AS_XLSX.ja}）`,
    `this is not an Excel workbook (.xlsx) that can be read: save it again in the .xlsx format (${SAVE_AS_XLSX.en})`,
  );

function notAWorkbook(bytes: Buffer): Refusal {
  if (isUtf8(bytes)) {
    return refuse(
      'Excel ブック（.xlsx）ではなくテキストファイルです。YAML の台帳なら拡張子を .yaml にしてください。Excel で作った台帳なら .xlsx 形式で保存し直してください',
      'this is a text file, not an Excel workbook (.xlsx): if it is a YAML ledger, name it .yaml; if it was made in Excel, save it again in the .xlsx format',
    );
  }
  return unknownZip();
}

const macroEnabled = (): Refusal =>
  refuse(
    `マクロ有効ブック（.xlsm）は読みません（マクロは実行しません）。.xlsx 形式で保存し直してください（${SAVE_AS_XLSX.ja}）`,
    `macro-enabled workbooks (.xlsm) are not read (macros are never run): save it again in the .xlsx format (${SAVE_AS_XLSX.en})`,
  );

const emptyZip = (): Refusal =>
  refuse(
    'ZIP ファイルですが中身が空で、Excel ブックではありません。台帳のブックを Excel で保存し直してください',
    'this is an empty zip archive (it holds no files), not an Excel workbook: save the ledger workbook again from Excel',
  );

const ownerFile = (): Refusal =>
  refuse(
    'Excel がブックを開いている間に作る所有者ファイル（名前が ~$ で始まる一時ファイル）で、台帳ではありません。~$ の付かない元のブックを指定してください',
    'this is the owner file Excel writes while a workbook is open (its name starts with ~$), not a ledger: name the workbook itself, without ~$',
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

/**
 * The end-of-central-directory record: within the last 22 + 65,535 bytes (its comment). The one whose
 * comment ends the file, so that an end record written inside another's comment is not taken for it.
 */
function findEndOfDirectory(bytes: Buffer): number {
  let found = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    if (at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at;
    if (found < 0) found = at;
  }
  return found;
}

/** One directory entry at `at` (its signature checked by the caller), and where the next starts. */
function directoryEntry(bytes: Buffer, at: number, end: number): { entry: ZipEntry; next: number } | Refusal {
  if (at + 46 > end) return damaged(BAD_DIRECTORY);
  const nameLength = bytes.readUInt16LE(at + 28);
  const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  if (next > end) return damaged(BAD_DIRECTORY);
  const entry: ZipEntry = {
    method: bytes.readUInt16LE(at + 10),
    compressedSize: bytes.readUInt32LE(at + 20),
    size: bytes.readUInt32LE(at + 24),
    localHeader: bytes.readUInt32LE(at + 42),
    name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
  };
  if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) return tooBig({ ja: 'ZIP64 形式', en: 'ZIP64' });
  return { entry, next };
}

const tooManyParts = (count: number | string) => tooBig({ ja: `${count} 個の部品`, en: `${count} parts` });

/**
 * Every entry of the central directory, walked while the signature says it is one (as zip readers
 * differ in trusting the end record's count, or the directory): the end record must agree with them.
 */
function readDirectory(bytes: Buffer): ZipEntry[] | Refusal {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return damaged(NO_DIRECTORY);
  const count = bytes.readUInt16LE(end + 10);
  const start = bytes.readUInt32LE(end + 16);
  if (count > MAX_WORKBOOK_PARTS) return tooManyParts(count);
  const entries: ZipEntry[] = [];
  let at = start;
  while (at + 4 <= end && bytes.readUInt32LE(at) === DIRECTORY_ENTRY) {
    if (entries.length === MAX_WORKBOOK_PARTS) return tooManyParts(`${MAX_WORKBOOK_PARTS} +`);
    const read = directoryEntry(bytes, at, end);
    if ('ok' in read) return read;
    entries.push(read.entry);
    at = read.next;
  }
  if (entries.some((entry) => MACROS.test(entry.name))) return macroEnabled();
  if (entries.length < count) return damaged(BAD_DIRECTORY);
  const agrees = entries.length === count && bytes.readUInt16LE(end + 8) === count && at === end && bytes.readUInt32LE(end + 12) === end - start;
  return agrees ? entries : damaged(DIRECTORY_DISAGREES);
}

/** One part's bytes, never more than it declares: inflating stops one byte past the declared size. */
function inflate(bytes: Buffer, entry: ZipEntry): Buffer | Refusal {
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

/** vbaProject.bin in any folder: a macro-enabled workbook. */
const MACROS = /(^|[/\\])vbaProject\.bin$/i;
/** A folder's entry (`xl/`): no part, no bytes. */
const isFolder = (name: string) => name.endsWith('/');

/**
 * A part name as OPC writes one: relative, `/`-separated, no empty, `.` or `..` segment, no control
 * character. Readers resolve other names differently (`/xl/…`, `xl/./…`), so each is refused.
 */
// eslint-disable-next-line no-control-regex
const NOT_CANONICAL = /^\/|\\|\/\/|(^|\/)\.{1,2}(\/|$)|[\u0000-\u001f\u007f]/;

function nameFault(name: string): boolean {
  return name === '' || NOT_CANONICAL.test(name); // `/` is a leading slash
}

/** OPC part names are equal ignoring ASCII case. */
const folded = (name: string) => name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** Part names that are not canonical, or that name one part twice (ignoring case). */
function checkNames(entries: readonly ZipEntry[]): Refusal | undefined {
  const seen = new Map<string, string>();
  for (const { name } of entries) {
    if (nameFault(name)) return damaged({ ja: `部品名「${name}」は使えない形です`, en: `the part name "${name}" is not a valid name` });
    const earlier = seen.get(folded(name));
    if (earlier === name) return damaged(`${name} twice`);
    if (earlier !== undefined) return damaged({ ja: `${earlier} と ${name} は同じ部品名です`, en: `${earlier} and ${name} are the same part name` });
    seen.set(folded(name), name);
  }
  return undefined;
}

const DTD = /<!DOCTYPE|<!ENTITY/i;
/** Parts that are XML (VML drawings hold cell notes). */
const XML_PART = /\.(xml|rels|vml)$/i;
/** Sheet parts wherever they are (`junk/xl/worksheets/…`): the reader follows relationships, not folders. */
const SHEET_PART = /worksheets\//i;
// Elements by their local name: `<x:row>` is a row too.
const ROW = /<(?:[^\s<>/:]+:)?row[\s>/]/g;
/** A row element that is not empty (`<row r="5"/>` is). */
const ROW_WITH_CELLS = /<(?:[^\s<>/:]+:)?row(?:\s[^>]*[^/>])?>/g;
const CELL = /<(?:[^\s<>/:]+:)?c[\s>/]/g;

function count(pattern: RegExp, xml: string): number {
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(xml) !== null) found++;
  return found;
}

const thousands = (n: number) => n.toLocaleString('en');

export const TOO_MANY_ROWS = (): Refusal => tooBig({ ja: `${thousands(MAX_WORKBOOK_ROWS)} 行超`, en: `more than ${thousands(MAX_WORKBOOK_ROWS)} rows` });
export const TOO_MANY_ALL_ROWS = (): Refusal =>
  tooBig({
    ja: `空の行を含めて ${thousands(MAX_WORKBOOK_ALL_ROWS)} 行超。書式だけの行を削除してください`,
    en: `more than ${thousands(MAX_WORKBOOK_ALL_ROWS)} rows counting empty ones; delete the rows that only hold formatting`,
  });
export const TOO_MANY_CELLS = (): Refusal => tooBig({ ja: `${thousands(MAX_WORKBOOK_CELLS)} セル超`, en: `more than ${thousands(MAX_WORKBOOK_CELLS)} cells` });

/** Rows and cells of the sheets so far, against the limits. */
class SheetCounts {
  rows = 0;
  allRows = 0;
  cells = 0;

  add(xml: string): Refusal | undefined {
    this.allRows += count(ROW, xml);
    this.rows += count(ROW_WITH_CELLS, xml);
    this.cells += count(CELL, xml);
    if (this.rows > MAX_WORKBOOK_ROWS) return TOO_MANY_ROWS();
    if (this.allRows > MAX_WORKBOOK_ALL_ROWS) return TOO_MANY_ALL_ROWS();
    return this.cells > MAX_WORKBOOK_CELLS ? TOO_MANY_CELLS() : undefined;
  }
}

/** What refuses an inflated part: a DTD, a macro-enabled content type, too many rows or cells. */
function inspectPart(name: string, part: Buffer, counts: SheetCounts): Refusal | undefined {
  const sheet = SHEET_PART.test(name);
  if (!XML_PART.test(name) && !sheet) return undefined;
  const xml = part.toString('utf8');
  if (DTD.test(xml)) return damaged(`${name}: DTD`);
  if (folded(name) === '[content_types].xml' && /macroEnabled/i.test(xml)) return macroEnabled();
  return sheet ? counts.add(xml) : undefined;
}

/** Every part inflated within its declared size (an image that lies is refused too), XML inspected. */
function inspectParts(bytes: Buffer, entries: readonly ZipEntry[]): GuardResult {
  let total = 0;
  const counts = new SheetCounts();
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (isFolder(entry.name)) {
      if (entry.size !== 0) return damaged(entry.name);
      continue;
    }
    total += entry.size;
    if (total > MAX_WORKBOOK_XML_BYTES) {
      const limit = MAX_WORKBOOK_XML_BYTES / 1024 / 1024;
      const size = Math.floor(total / 1024 / 1024);
      return tooBig({ ja: `展開すると ${size} MB 以上。上限は ${limit} MB`, en: `${size} MB or more expanded; the limit is ${limit} MB` });
    }
    const part = inflate(bytes, entry);
    if (!Buffer.isBuffer(part)) return part;
    const refusal = inspectPart(entry.name, part, counts);
    if (refusal) return refusal;
    parts.set(entry.name, part);
  }
  const names = new Set([...parts.keys()].map(folded));
  if (!names.has('[content_types].xml') || !names.has('xl/workbook.xml')) return unknownZip();
  return { ok: true, parts };
}

function guardZip(bytes: Buffer): GuardResult {
  // Stryker disable next-line ConditionalExpression: a short-cut: the directory of an empty zip lists nothing, which says the same below
  if (startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return emptyZip();
  const entries = readDirectory(bytes);
  if (!Array.isArray(entries)) return entries;
  if (entries.length === 0) return emptyZip();
  return checkNames(entries) ?? inspectParts(bytes, entries);
}

/**
 * The workbook's parts, inflated and checked, for the reader; or why not and what to do. `name` (the
 * file's) tells Excel's owner file `~$…` from a workbook.
 */
// Stryker disable next-line StringLiteral: any default name without ~$ reads as a workbook's
export function guardWorkbook(input: Uint8Array, name = ''): GuardResult {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length === 0) return refuse('ファイルが空です。Excel で台帳のブックを保存し直してください', 'the file is empty: save the ledger workbook again from Excel');
  if (startsWith(bytes, OLE2_SIGNATURE)) return ole2(bytes);
  if (isOwnerFile(name, bytes)) return ownerFile();
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return guardZip(bytes);
  return notAWorkbook(bytes);
}
