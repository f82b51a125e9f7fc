// src/workbook/read.ts called directly, with a stand-in for the sheet reader where only a stand-in can
// fail the way a case needs: a refusal in the reader's words, memory running out (RangeError) as the one
// "cannot be read" line, anything else thrown on, and each form (sync and async, result or throw).
beforeEach(() => jest.resetModules());
afterEach(() => jest.dontMock('../../src/workbook/sheets'));

type Read = typeof import('../../src/workbook/read');

function readWith(readSheets: () => unknown): Read {
  jest.doMock('../../src/workbook/sheets', () => ({ ...jest.requireActual('../../src/workbook/sheets'), readSheets }));
  return require('../../src/workbook/read') as Read;
}

const CANNOT_READ = {
  ja: 'ブックを読めません。Excel で開けるか確かめ、.xlsx 形式で保存し直してください',
  en: 'the workbook cannot be read; check that Excel opens it and save it again as .xlsx',
};

describe('readWorkbookResult and its forms', () => {
  it('gives the reader’s refusal in its own words, and passes the file’s name to the reader', () => {
    const read = require('../../src/workbook/read') as Read;
    const result = read.readWorkbookResult(Buffer.from('not a zip'), 'ledger.xlsx');
    expect(result.ok).toBe(false);
    jest.resetModules();
    const names: unknown[] = [];
    const stand = readWith((...args: unknown[]) => {
      names.push(args[1]);
      const { WorkbookFault } = require('../../src/workbook/fault') as typeof import('../../src/workbook/fault');
      throw new WorkbookFault({ ja: '壊れています', en: 'it is damaged' });
    });
    expect(stand.readWorkbookResult(new Uint8Array(0), 'a.xlsx')).toStrictEqual({ ok: false, message: { ja: '壊れています', en: 'it is damaged' } });
    expect(stand.readWorkbookResult(new Uint8Array(0))).toStrictEqual({ ok: false, message: { ja: '壊れています', en: 'it is damaged' } });
    expect(names).toStrictEqual(['a.xlsx', '']);
  });

  it('says the workbook cannot be read when memory runs out, and throws anything else on', () => {
    const out = readWith(() => {
      throw new RangeError('Invalid string length');
    });
    expect(out.CANNOT_READ).toStrictEqual(CANNOT_READ);
    expect(out.readWorkbookResult(new Uint8Array(0), 'a.xlsx')).toStrictEqual({ ok: false, message: CANNOT_READ });
    jest.resetModules();
    const bug = new TypeError('a bug');
    const other = readWith(() => {
      throw bug;
    });
    expect(() => other.readWorkbookResult(new Uint8Array(0), 'a.xlsx')).toThrow(bug);
  });

  it('throws a refusal as one line naming the file, sync and async', async () => {
    const read = readWith(() => {
      throw new RangeError('Array buffer allocation failed');
    });
    const expected = { ja: `a.xlsx: ${CANNOT_READ.ja}`, en: `a.xlsx: ${CANNOT_READ.en}` };
    const thrown = (() => {
      try {
        read.readWorkbookOrThrowSync(new Uint8Array(0), 'a.xlsx');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    const { UsageError } = require('../../src/errors') as typeof import('../../src/errors');
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as InstanceType<typeof UsageError>).text).toStrictEqual(expected);
    await expect(read.readWorkbookOrThrow(new Uint8Array(0), 'a.xlsx')).rejects.toMatchObject({ text: expected });
    await expect(read.readWorkbook(new Uint8Array(0), 'a.xlsx')).resolves.toStrictEqual({ ok: false, message: CANNOT_READ });
    await expect(read.readWorkbook(new Uint8Array(0))).resolves.toStrictEqual({ ok: false, message: CANNOT_READ });
    expect(read.unreadable('b.xlsx', { ja: 'だめ', en: 'no' }).text).toStrictEqual({ ja: 'b.xlsx: だめ', en: 'b.xlsx: no' });
  });

  it('gives the ledger of a workbook it can read, in every form', async () => {
    const ledger = { value: { version: 1 } };
    jest.doMock('../../src/workbook/ledger', () => ({ workbookLedger: (sheets: unknown) => ({ ...ledger, sheets }) }));
    const read = readWith(() => ['sheet']);
    expect(read.readWorkbookResult(new Uint8Array(0), 'a.xlsx')).toStrictEqual({ ok: true, ledger: { value: { version: 1 }, sheets: ['sheet'] } });
    expect(read.readWorkbookOrThrowSync(new Uint8Array(0), 'a.xlsx')).toStrictEqual({ value: { version: 1 }, sheets: ['sheet'] });
    await expect(read.readWorkbookOrThrow(new Uint8Array(0), 'a.xlsx')).resolves.toStrictEqual({ value: { version: 1 }, sheets: ['sheet'] });
    const sync = require('../../src/workbook/read-sync') as typeof import('../../src/workbook/read-sync');
    expect(sync.readWorkbookSync(new Uint8Array(0), 'a.xlsx')).toStrictEqual({ value: { version: 1 }, sheets: ['sheet'] });
    jest.dontMock('../../src/workbook/ledger');
  });
});
