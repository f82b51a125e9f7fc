// The zip guard's structural checks, each on the zip that trips it and on the nearest zip that passes:
// a directory or local header cut short or with a wrong signature, sizes that lie, ZIP64 marks, a part
// named twice, macros, and every limit met exactly. The spawned program's words for the common hostile
// workbooks are test/workbook/hostile.test.ts; these are the guard's own answers, in-process.
import { crc32 } from 'node:zlib';
import { handWorkbook, inlineRow, ole2, sheet, workbookParts, zip } from '../fixtures/bad/workbooks';
import type { ZipPart } from '../fixtures/bad/workbooks';
import { fresh } from '../helpers/fresh';

const guardModule = () => fresh(() => require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard'));
/** The guard's verdict; the parts it passes on are checked on their own (a diff of megabytes of parts is no help). */
const guard = (bytes: Buffer) => {
  const result = guardModule().guardWorkbook(bytes);
  return result.ok ? { ok: true } : result;
};

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

  // Was a part with an empty name, which is now refused as not canonical (see below): a one-letter name.
  it('a last directory entry that ends exactly where the end record starts', () => {
    expect(guard(workbook([{ name: 'z', data: Buffer.alloc(0), stored: true }]))).toEqual(OK);
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

  // The custom XML part was under customXml/xl/worksheets/: every part whose name holds worksheets/ is
  // counted now (a relationship may point a sheet anywhere), so it lies outside such a folder.
  it('exactly 100,000 rows with cells, 250,000 rows in all and 300,000 cells; cells outside sheet folders are not counted', () => {
    const full = Array.from({ length: 100_000 }, (_, index) => `<row r="${index + 1}">${'<c t="b"><v>1</v></c>'.repeat(3)}</row>`);
    const styledOnly = Array.from({ length: 150_000 }, (_, index) => `<row r="${100_001 + index}" s="1" customFormat="1"/>`);
    const calcChain = { name: 'xl/calcChain.xml', data: Buffer.from('<calcChain><c r="A1" i="1"/></calcChain>') };
    const customXml = { name: 'customXml/item1.xml', data: Buffer.from('<root><row><c/></row></root>') };
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

describe('what the guard passes on is what the reader reads', () => {
  it('the parts by their names as stored, inflated; folders are no parts', () => {
    const folder = { name: 'xl/', data: Buffer.alloc(0), stored: true };
    const result = guardModule().guardWorkbook(workbook([folder, { name: 'docProps/app.xml', data: Buffer.from('<Properties/>') }]));
    expect(result.ok && [...result.parts.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', SHEET, 'docProps/app.xml']);
    expect(result.ok && result.parts.get(SHEET)).toEqual(oneRowSheet());
  });

  it('a folder entry that holds bytes is damage', () => {
    expect(guard(workbook([{ name: 'xl/', data: Buffer.from('x') }]))).toEqual(damaged('xl/'));
  });

  it('an end record inside another\'s comment is not taken for the real one', () => {
    const bytes = workbook();
    const fake = Buffer.from(bytes.subarray(bytes.length - 22));
    fake.writeUInt32LE(0, 16); // a directory at the file's start: local headers, no directory entries
    // The fake's own comment is empty, so it does not end the file (three bytes follow it).
    expect(guard(zip(workbookParts(oneRowSheet()), Buffer.concat([fake, Buffer.from('abc')])))).toEqual(OK);
  });

  it.each([
    ['', 'an empty name'],
    ['/xl/worksheets/sheet2.xml', 'a leading slash'],
    ['xl\\worksheets\\sheet2.xml', 'backslashes'],
    ['xl//worksheets/sheet2.xml', 'an empty segment'],
    ['xl/./worksheets/sheet2.xml', 'a . segment'],
    ['xl/worksheets/../worksheets/sheet2.xml', 'a .. segment'],
    ['..', 'only ..'],
    ['xl/work\u0000sheets/sheet2.xml', 'a control character'],
  ])('a part name that is not canonical: %j (%s)', (name) => {
    expect(guard(workbook([{ name, data: Buffer.from('<a/>') }]))).toEqual(
      damaged(`部品名「${name}」は使えない形です`, `the part name "${name}" is not a valid name`),
    );
  });

  it('two names equal ignoring ASCII case are one part named twice; other letters are not folded', () => {
    expect(guard(workbook([{ name: 'XL/WORKBOOK.XML', data: Buffer.from('<a/>') }]))).toEqual(
      damaged('xl/workbook.xml と XL/WORKBOOK.XML は同じ部品名です', 'xl/workbook.xml and XL/WORKBOOK.XML are the same part name'),
    );
    expect(guard(workbook([{ name: 'xl/media/Ａ.png', data: Buffer.alloc(1) }, { name: 'xl/media/ａ.png', data: Buffer.alloc(1) }]))).toEqual(OK);
  });

  it('vbaProject.bin in any folder, or past the count the end record claims', () => {
    expect(guard(workbook([{ name: 'junk/deep/vbaProject.bin', data: Buffer.alloc(4) }]))).toEqual(MACROS);
    const parts = [...workbookParts(oneRowSheet()), { name: 'xl/vbaProject.bin', data: Buffer.alloc(4) }];
    expect(guard(zip(parts, undefined, { count: parts.length - 1 }))).toEqual(MACROS);
  });

  it('an end record whose count or directory size disagrees with the directory', () => {
    const disagrees = damaged('ZIP の目次の件数か大きさが、目次の中身と合いません', 'the zip directory\'s count or size does not match its entries');
    const parts = workbookParts(oneRowSheet());
    expect(guard(zip(parts, undefined, { count: parts.length - 1 }))).toEqual(disagrees);
    expect(guard(zip(parts, undefined, { directorySize: 100 }))).toEqual(disagrees);
    expect(guard(zip(parts, undefined, { count: parts.length + 1 }))).toEqual(BAD_DIRECTORY);
  });

  it('rows and cells are counted in every part whose name holds worksheets/, prefixed elements too', () => {
    const cells = (count: number) => sheet(`<row r="1">${'<x:c t="b"><x:v>1</x:v></x:c>'.repeat(count)}</row>`);
    expect(guard(workbook([{ name: 'junk/xl/worksheets/s.xml', data: cells(299_999) }]))).toEqual(OK);
    expect(guard(workbook([{ name: 'junk/xl/worksheets/s.xml', data: cells(300_000) }]))).toEqual(tooBig('300,000 セル超', 'more than 300,000 cells'));
  });

  it('an empty zip and an Excel owner file say what they are', () => {
    expect(guard(zip([]))).toMatchObject({ ok: false, message: { en: expect.stringMatching(/^this is an empty zip archive/) } });
    const { ownerFile } = require('../fixtures/bad/workbooks') as typeof import('../fixtures/bad/workbooks');
    const owner = /^this is the owner file Excel writes while a workbook is open/;
    expect(guardModule().guardWorkbook(ownerFile('Sato'), 'ledger.xlsx')).toMatchObject({ ok: false, message: { en: expect.stringMatching(owner) } });
    expect(guardModule().guardWorkbook(Buffer.from('x'), 'dir/~$ledger.xlsx')).toMatchObject({ ok: false, message: { en: expect.stringMatching(owner) } });
    expect(guardModule().guardWorkbook(Buffer.from('version: 1\n'), 'ledger.xlsx')).toMatchObject({ ok: false, message: { en: expect.stringMatching(/^this is a text file/) } });
  });
});
