// The zip guard's structural checks, each on the zip that trips it and on the nearest zip that passes:
// a directory or local header cut short or with a wrong signature, sizes that lie, ZIP64 marks, a part
// named twice, macros, and every limit met exactly. The spawned program's words for the common hostile
// workbooks are test/workbook/hostile.test.ts; these are the guard's own answers, in-process.
import { crc32 } from 'node:zlib';
import { handWorkbook, inlineRow, ole2, sheet, workbookParts, zip } from '../fixtures/bad/workbooks';
import type { ZipPart } from '../fixtures/bad/workbooks';
import { fresh } from '../helpers/fresh';

const guard = (bytes: Buffer) => fresh(() => require('../../src/load/workbook/zip-guard') as typeof import('../../src/load/workbook/zip-guard')).guardWorkbook(bytes);

const OK = { ok: true };
const SAVE_AS = {
  ja: 'Excel で開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください',
  en: 'open it in Excel and use "Save As" with the type "Excel Workbook (*.xlsx)"',
};
const damaged = (ja: string, en = ja) => ({
  ok: false,
  message: {
    ja: `ブックが壊れているか、途中で切れています（${ja}）。Excel で開けるか確かめ、開けたら保存し直してください`,
    en: `the workbook is damaged or cut short (${en}); check that Excel opens it, and if so save it again`,
  },
});
const tooBig = (ja: string, en: string) => ({
  ok: false,
  message: {
    ja: `ブックが大きすぎるため読みません（${ja}）。台帳を施設ごとのブックに分けてください`,
    en: `the workbook is too large to read (${en}); split the ledger into one workbook per facility`,
  },
});
const NOT_A_WORKBOOK = {
  ok: false,
  message: {
    ja: `Excel ブック（.xlsx）として読めません。.xlsx 形式で保存し直してください（${SAVE_AS.ja}）`,
    en: `this is not an Excel workbook (.xlsx) that can be read: save it again in the .xlsx format (${SAVE_AS.en})`,
  },
};
const MACROS = {
  ok: false,
  message: {
    ja: `マクロ有効ブック（.xlsm）は読みません（マクロは実行しません）。.xlsx 形式で保存し直してください（${SAVE_AS.ja}）`,
    en: `macro-enabled workbooks (.xlsm) are not read (macros are never run): save it again in the .xlsx format (${SAVE_AS.en})`,
  },
};
const SHEET = 'xl/worksheets/sheet1.xml';
const BAD_DIRECTORY = damaged('ZIP の目次が壊れています', 'zip directory');

const oneRowSheet = () => sheet(inlineRow(1, 'x'));
const workbook = (extra: ZipPart[] = [], sheetPart: Partial<ZipPart> = {}) => handWorkbook(oneRowSheet(), extra, sheetPart);

/** Where the zip's directory entries and their parts' local headers are (read the way the zip spec lays them out). */
function layout(bytes: Buffer): { entries: { at: number; name: string; localHeader: number }[]; end: number } {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let n = 0; n < bytes.readUInt16LE(end + 10); n++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({ at, name: bytes.toString('utf8', at + 46, at + 46 + nameLength), localHeader: bytes.readUInt32LE(at + 42) });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { entries, end };
}

/** A copy of `bytes` with `change` applied to the directory entry of part `name` (its offset given). */
function withEntry(bytes: Buffer, name: string, change: (copy: Buffer, entryAt: number, localHeader: number) => void): Buffer {
  const copy = Buffer.from(bytes);
  const entry = layout(copy).entries.find((candidate) => candidate.name === name)!;
  change(copy, entry.at, entry.localHeader);
  return copy;
}

/** A local header of a stored, empty part with no name of its own. */
function emptyLocalHeader(): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(crc32(Buffer.alloc(0)), 14);
  return header;
}

describe('zip structure the guard accepts', () => {
  it('an end record whose comment is as long as a zip allows (65,535 bytes)', () => {
    expect(guard(zip(workbookParts(oneRowSheet()), Buffer.alloc(0xffff, 0x20)))).toEqual(OK);
  });

  it('parts with extra fields (Info-ZIP timestamps) and comments in their headers', () => {
    const timestamp = Buffer.from([0x55, 0x54, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00, 0x60]);
    const parts = workbookParts(oneRowSheet()).map((part) => ({ ...part, extraField: timestamp, comment: `part ${part.name}` }));
    expect(guard(zip(parts))).toEqual(OK);
  });

  it('a last directory entry that ends exactly where the end record starts (a part with an empty name)', () => {
    expect(guard(workbook([{ name: '', data: Buffer.alloc(0), stored: true }]))).toEqual(OK);
  });

  it('a part whose local header is the last 30 bytes of the file', () => {
    const bytes = workbook([{ name: 'xl/media/empty.bin', data: Buffer.alloc(0), stored: true }]);
    const moved = withEntry(Buffer.concat([bytes, emptyLocalHeader()]), 'xl/media/empty.bin', (copy, entryAt) => copy.writeUInt32LE(bytes.length, entryAt + 42));
    expect(guard(moved)).toEqual(OK);
  });

  it('exactly 1,000 parts', () => {
    const media = Array.from({ length: 995 }, (_, index) => ({ name: `xl/media/p${index}.bin`, data: Buffer.alloc(1) }));
    expect(guard(workbook(media))).toEqual(OK);
  });

  it('exactly 48 MB expanded', () => {
    const parts = workbookParts(oneRowSheet());
    const rest = 48 * 1024 * 1024 - parts.reduce((sum, part) => sum + part.data.length, 0);
    expect(guard(zip([...parts, { name: 'xl/media/filler.bin', data: Buffer.alloc(rest, 0x20) }]))).toEqual(OK);
  });

  it('exactly 100,000 rows with cells, 250,000 rows in all and 300,000 cells; cells outside the sheets are not counted', () => {
    const full = Array.from({ length: 100_000 }, (_, index) => `<row r="${index + 1}">${'<c t="b"><v>1</v></c>'.repeat(3)}</row>`);
    const styledOnly = Array.from({ length: 150_000 }, (_, index) => `<row r="${100_001 + index}" s="1" customFormat="1"/>`);
    const calcChain = { name: 'xl/calcChain.xml', data: Buffer.from('<calcChain><c r="A1" i="1"/></calcChain>') };
    const customXml = { name: 'customXml/xl/worksheets/item1.xml', data: Buffer.from('<root><row><c/></row></root>') };
    expect(guard(zip(workbookParts(sheet(full.join('') + styledOnly.join('')), [calcChain, customXml])))).toEqual(OK);
  });

  it('a DTD-like text in a part that is not XML, even one named like XML before its extension', () => {
    expect(guard(workbook([{ name: 'xl/media/diagram.xml.png', data: Buffer.from('<!DOCTYPE html><html></html>') }]))).toEqual(OK);
  });

  it('"macroEnabled" in a cell, and a part named like vbaProject.bin that is not it', () => {
    expect(guard(zip(workbookParts(sheet(inlineRow(1, 'macroEnabled')), [{ name: 'xl/media/vbaProject.bin.png', data: Buffer.alloc(4) }])))).toEqual(OK);
  });
});

describe('zip structure the guard refuses', () => {
  it('an OLE2 file with encryption information but no encrypted package is still an encrypted workbook', () => {
    expect(guard(ole2(['Root Entry', 'EncryptionInfo']))).toEqual({
      ok: false,
      message: {
        ja: 'パスワードで保護（暗号化）されたブックは読めません。Excel でパスワード保護を解除して（「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」を空に）、保存し直してください',
        en: 'the workbook is password-protected (encrypted) and cannot be read: remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, cleared) and save it again',
      },
    });
  });

  it('a directory entry with a wrong signature', () => {
    expect(guard(withEntry(workbook(), 'xl/workbook.xml', (copy, entryAt) => copy.writeUInt32LE(0x02014b51, entryAt)))).toEqual(BAD_DIRECTORY);
  });

  it('a directory that counts one entry more than it holds, whose last entry is cut short', () => {
    const bytes = workbook();
    const { end } = layout(bytes);
    const stub = Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02]), Buffer.alloc(10)]);
    const record = Buffer.from(bytes.subarray(end));
    record.writeUInt16LE(record.readUInt16LE(8) + 1, 8);
    record.writeUInt16LE(record.readUInt16LE(10) + 1, 10);
    expect(guard(Buffer.concat([bytes.subarray(0, end), stub, record]))).toEqual(BAD_DIRECTORY);
  });

  it('a ZIP64 mark as the size or as the compressed size', () => {
    const zip64 = tooBig('ZIP64 形式', 'ZIP64');
    expect(guard(workbook([], { declaredSize: 0xffffffff }))).toEqual(zip64);
    expect(guard(withEntry(workbook(), SHEET, (copy, entryAt) => copy.writeUInt32LE(0xffffffff, entryAt + 20)))).toEqual(zip64);
  });

  it('a local header with a wrong signature, or past the end of the file', () => {
    expect(guard(withEntry(workbook(), SHEET, (copy, _entryAt, localHeader) => copy.writeUInt32LE(0x04034b51, localHeader)))).toEqual(damaged(SHEET));
    const bytes = workbook();
    expect(guard(withEntry(bytes, SHEET, (copy, entryAt) => copy.writeUInt32LE(bytes.length + 100, entryAt + 42)))).toEqual(damaged(SHEET));
  });

  it('a local header cut short by the end of the file (its signature, then 6 of its 30 bytes)', () => {
    const bytes = workbook();
    const cut = Buffer.concat([bytes, emptyLocalHeader().subarray(0, 10)]);
    expect(guard(withEntry(cut, SHEET, (copy, entryAt) => copy.writeUInt32LE(bytes.length, entryAt + 42)))).toEqual(damaged(SHEET));
  });

  it('a compressed size that runs past the end of the file', () => {
    expect(guard(withEntry(workbook(), SHEET, (copy, entryAt) => copy.writeUInt32LE(copy.readUInt32LE(entryAt + 20) + 1_000_000, entryAt + 20)))).toEqual(damaged(SHEET));
  });

  it('a stored part whose size differs from its stored bytes', () => {
    expect(guard(workbook([], { stored: true, declaredSize: oneRowSheet().length + 1 }))).toEqual(damaged(SHEET));
  });

  it('a deflated part that expands to less than its declared size', () => {
    expect(guard(workbook([], { declaredSize: oneRowSheet().length + 100 }))).toEqual(
      tooBig(`${SHEET} の大きさが申告と違います`, `${SHEET} does not have its declared size`),
    );
  });

  it('a compression method other than stored or deflated', () => {
    expect(guard(withEntry(workbook(), SHEET, (copy, entryAt) => copy.writeUInt16LE(12, entryAt + 10)))).toEqual(NOT_A_WORKBOOK);
  });

  it('deflated data that does not inflate is damage, not a zip bomb', () => {
    const noise = workbook([{ name: 'xl/media/image1.png', data: Buffer.alloc(64, 0xff), stored: true }]);
    expect(guard(withEntry(noise, 'xl/media/image1.png', (copy, entryAt) => copy.writeUInt16LE(8, entryAt + 10)))).toEqual(damaged('xl/media/image1.png'));
  });

  it('a part named twice', () => {
    const image = { name: 'xl/media/image1.png', data: Buffer.alloc(4) };
    expect(guard(workbook([image, image]))).toEqual(damaged('xl/media/image1.png twice'));
  });

  it('macros: vbaProject.bin outside a folder, or a macro-enabled content type without it', () => {
    expect(guard(workbook([{ name: 'vbaProject.bin', data: Buffer.alloc(4) }]))).toEqual(MACROS);
    const xlsmType = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
    const parts = workbookParts(oneRowSheet()).map((part) =>
      part.name === '[Content_Types].xml' ? { ...part, data: Buffer.from(String(part.data).replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', xlsmType)) } : part,
    );
    expect(String(parts[0]!.data)).toContain(xlsmType);
    expect(guard(zip(parts))).toEqual(MACROS);
  });

  it('a zip with content types but no xl/workbook.xml', () => {
    expect(guard(zip(workbookParts(oneRowSheet()).filter((part) => part.name !== 'xl/workbook.xml')))).toEqual(NOT_A_WORKBOOK);
  });

  it('100,001 rows written without attributes (`<row>`) count as rows with cells', () => {
    const rows = '<row><c t="b"><v>1</v></c></row>'.repeat(100_001);
    expect(guard(zip(workbookParts(sheet(rows))))).toEqual(tooBig('100,000 行超', 'more than 100,000 rows'));
  });
});
