// The zip guard's refusals word for word, in both languages, and the row and cell counts at their limits
// for every way a sheet may write its rows (with or without attributes, with or without a namespace
// prefix of one letter or several). zip-guard-exact.test.ts checks which zips are refused; this file
// checks what the refusal says. The module is loaded afresh for each verdict (its texts are module-level).
import { handWorkbook, ownerFile, sheet, zip } from '../fixtures/bad/workbooks';
import { fresh } from '../helpers/fresh';

const guard = (bytes: Buffer, name?: string) => {
  const result = fresh(() => require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard')).guardWorkbook(bytes, name);
  return result.ok ? { ok: true } : result;
};
const refused = (ja: string, en: string) => ({ ok: false, message: { ja, en } });
const damaged = (ja: string, en: string) =>
  refused(`ブックが壊れているか、途中で切れています（${ja}）。Excel で開けるか確かめ、開けたら保存し直してください`, `the workbook is damaged or cut short (${en}); check that Excel opens it, and if so save it again`);
const tooBig = (ja: string, en: string) =>
  refused(`ブックが大きすぎるため読みません（${ja}）。台帳を施設ごとのブックに分けてください`, `the workbook is too large to read (${en}); split the ledger into one workbook per facility`);

const EMPTY_ZIP = refused(
  'ZIP ファイルですが中身が空で、Excel ブックではありません。台帳のブックを Excel で保存し直してください',
  'this is an empty zip archive (it holds no files), not an Excel workbook: save the ledger workbook again from Excel',
);
const SHEET = 'xl/worksheets/sheet1.xml';
const rows = (count: number, row: (n: number) => string) => Array.from({ length: count }, (_, index) => row(index + 1)).join('');

describe('what the guard says', () => {
  it('an empty file, an empty zip, and an empty zip after other bytes', () => {
    expect(guard(Buffer.alloc(0))).toEqual(refused('ファイルが空です。Excel で台帳のブックを保存し直してください', 'the file is empty: save the ledger workbook again from Excel'));
    expect(guard(zip([]))).toEqual(EMPTY_ZIP);
    // A local header's signature first, then an end record that lists nothing: no part at all.
    const end = zip([]);
    end.writeUInt32LE(30, 16);
    expect(guard(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), end]))).toEqual(EMPTY_ZIP);
  });

  it('an owner file Excel leaves beside an open workbook', () => {
    const owner = refused(
      'Excel がブックを開いている間に作る所有者ファイル（名前が ~$ で始まる一時ファイル）で、台帳ではありません。~$ の付かない元のブックを指定してください',
      'this is the owner file Excel writes while a workbook is open (its name starts with ~$), not a ledger: name the workbook itself, without ~$',
    );
    expect(guard(ownerFile('佐藤'), 'ledger.xlsx')).toEqual(owner);
    expect(guard(Buffer.from('x'), '~$台帳.xlsx')).toEqual(owner);
  });

  it('a zip with no end record', () => {
    expect(guard(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]))).toEqual(damaged('ZIP の目次がありません', 'no zip directory'));
  });

  it('more parts than 1,000, as the end record counts them or as the directory lists them', () => {
    const parts = Array.from({ length: 1001 }, (_, index) => ({ name: `p${index}`, data: Buffer.alloc(0), stored: true }));
    expect(guard(zip(parts.slice(0, 2), undefined, { count: 1001 }))).toEqual(tooBig('1001 個の部品', '1001 parts'));
    expect(guard(zip(parts, undefined, { count: 1000 }))).toEqual(tooBig('1000 + 個の部品', '1000 + parts'));
  });

  it('a part that inflates past its declared size, and parts that declare more than 48 MB in all', () => {
    const sheetXml = sheet(rows(50, (n) => `<row r="${n}"><c r="A${n}"><v>${n}</v></c></row>`));
    expect(guard(handWorkbook(sheetXml, [], { declaredSize: 100 }))).toEqual(tooBig(`${SHEET} が申告より大きく展開されます（zip 爆弾）`, `${SHEET} expands beyond its declared size (a zip bomb)`));
    expect(guard(handWorkbook(sheetXml, [], { declaredSize: 49 * 1024 * 1024 + 5 }))).toEqual(tooBig('展開すると 49 MB 以上。上限は 48 MB', '49 MB or more expanded; the limit is 48 MB'));
  });
});

describe('the end record', () => {
  it('with bytes after it, is the last one in the file, not an earlier signature inside a part', () => {
    const fake = Buffer.alloc(22);
    fake.writeUInt32LE(0x06054b50, 0);
    fake.writeUInt16LE(7, 10); // a count no directory has
    const bytes = Buffer.concat([handWorkbook(sheet('<row r="1"><c/></row>'), [{ name: 'xl/media/a.bin', data: fake, stored: true }]), Buffer.from('trail')]);
    expect(guard(bytes)).toEqual({ ok: true });
  });
});

describe('rows and cells at their limits, however a sheet writes them', () => {
  const ALL_ROWS = tooBig('空の行を含めて 250,000 行超。書式だけの行を削除してください', 'more than 250,000 rows counting empty ones; delete the rows that only hold formatting');
  const ROWS = tooBig('100,000 行超', 'more than 100,000 rows');
  const CELLS = tooBig('300,000 セル超', 'more than 300,000 cells');
  const prefixed = (body: string) => Buffer.from(`<?xml version="1.0"?><xy:worksheet xmlns:xy="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><xy:sheetData>${body}</xy:sheetData></xy:worksheet>`);

  it('250,001 rows that only hold formatting, plain or prefixed', () => {
    expect(guard(handWorkbook(sheet(rows(250_001, (n) => `<row r="${n}" s="1"/>`))))).toEqual(ALL_ROWS);
    expect(guard(handWorkbook(prefixed(rows(250_001, (n) => `<xy:row r="${n}" s="1"/>`))))).toEqual(ALL_ROWS);
    expect(guard(handWorkbook(prefixed(rows(250_000, (n) => `<xy:row r="${n}" s="1"/>`))))).toEqual({ ok: true });
  });

  it('100,001 rows with cells written with attributes, plain or prefixed', () => {
    expect(guard(handWorkbook(sheet(rows(100_001, (n) => `<row r="${n}"><c/></row>`))))).toEqual(ROWS);
    expect(guard(handWorkbook(prefixed(rows(100_001, (n) => `<xy:row r="${n}"><xy:c/></xy:row>`))))).toEqual(ROWS);
  });

  it('300,001 cells with a prefix of two letters', () => {
    expect(guard(handWorkbook(prefixed(`<xy:row r="1">${'<xy:c/>'.repeat(300_001)}</xy:row>`)))).toEqual(CELLS);
  });
});
