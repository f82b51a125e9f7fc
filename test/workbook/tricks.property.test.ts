// A workbook can never check cleaner than its sheets look: random tricks (hidden rows and columns, a
// hidden column repeating a key, a key holding others, internal keys, a hidden whole-ledger row, a table
// on 施設 too, a value with no key, a very hidden copy of a sheet) are written into the example
// workbooks, and every finding of the untricked workbook is still reported, or an error (or, for a very
// hidden sheet, a warning) names a cell the trick wrote (fast-check, fixed seed).
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { DEFAULT_CONFIG } from '../../src/config/types';
import { checkBytes } from '../../src/engine/check-file';
import type { LocatedFinding } from '../../src/types';
import { propertyOptions } from '../helpers/fast-check';
import { ledgerFile, workbookBytes } from '../helpers/workbook';

const AS_OF = '2026-11-24';
const check = (bytes: Uint8Array) => checkBytes(bytes, { asOf: AS_OF, config: DEFAULT_CONFIG }, 'trick.xlsx').findings;
const CLEAN = ledgerFile('examples/home-nursing-clean.yaml');
const flow = (value: unknown) => `yaml:${stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim()}`;

interface Place {
  sheet: string;
  ref: string;
}
type Trick = (workbook: ExcelJS.Workbook, pick: number) => Place[];

const tableSheets = (workbook: ExcelJS.Workbook) => workbook.worksheets.filter((sheet) => sheet.name !== '施設' && sheet.getRow(2).cellCount > 0);
const facilitySheet = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('施設')!;
const columnPlaces = (sheet: ExcelJS.Worksheet, column: number): Place[] =>
  Array.from({ length: sheet.rowCount + 1 }, (_, row) => ({ sheet: sheet.name, ref: `${sheet.getColumn(column).letter}${row + 1}` }));
const keyColumns = (sheet: ExcelJS.Worksheet) => (sheet.getRow(2).values as unknown[]).filter((value): value is string => typeof value === 'string');

/** A 施設 row at the end, hidden; the places are its cells. */
function facilityRow(workbook: ExcelJS.Workbook, cells: unknown[]): Place[] {
  const sheet = facilitySheet(workbook);
  const row = sheet.addRow(cells);
  row.hidden = true;
  return ['A', 'B', 'C'].map((letter) => ({ sheet: sheet.name, ref: `${letter}${row.number}` }));
}

/** A column inserted at `at` on a table sheet, hidden; every cell of it is a place. */
function tableColumn(sheet: ExcelJS.Worksheet, at: number, label: string, key: string, value: string): Place[] {
  const values = [label, key, ...Array.from({ length: Math.max(0, sheet.rowCount - 2) }, () => value)];
  sheet.spliceColumns(at, 0, values);
  sheet.getColumn(at).hidden = true;
  const places = columnPlaces(sheet, at);
  // the key this column repeats: the real column's key cell names the trick too
  const keyRow = sheet.getRow(2);
  const real = Array.from({ length: keyRow.cellCount }, (_, index) => index + 1).find((column) => column !== at && keyRow.getCell(column).value === key);
  return real === undefined ? places : [...places, ...columnPlaces(sheet, real)];
}

const TRICKS: Record<string, Trick> = {
  'a hidden whole-ledger row holding a clean ledger': (workbook) => facilityRow(workbook, ['', '[]', flow(CLEAN)]),
  'a hidden 施設 row emptying a table': (workbook, pick) => {
    const sheet = tableSheets(workbook)[pick % tableSheets(workbook).length]!;
    const path = { 管理者: 'facility.mcs_admins', 端末: 'devices', 利用者: 'users', 事故: 'incidents', 例外: 'exceptions' }[sheet.name] ?? 'devices';
    return facilityRow(workbook, ['', path, 'yaml:[]']);
  },
  'a hidden 施設 row repeating a key': (workbook) => facilityRow(workbook, ['', 'facility.name', '偽の施設']),
  'a 施設 row whose key holds others': (workbook) => facilityRow(workbook, ['', 'facility', flow((CLEAN as { facility: unknown }).facility)]),
  'a 施設 value with no key': (workbook) => facilityRow(workbook, ['施設の住所', '', '東京都']),
  'a hidden 施設 row with an internal key': (workbook, pick) => facilityRow(workbook, ['', ['__proto__', 'constructor', 'facility.prototype'][pick % 3], flow({ version: 1 })]),
  'a hidden column left of the real one repeating its key': (workbook, pick) => {
    const sheet = tableSheets(workbook)[pick % tableSheets(workbook).length]!;
    const keys = keyColumns(sheet);
    const key = keys[pick % keys.length]!;
    return tableColumn(sheet, 1, '隠し', key, 'yaml:true');
  },
  'a column whose key holds others': (workbook) => {
    const sheet = workbook.getWorksheet('端末')!;
    return tableColumn(sheet, sheet.getRow(2).cellCount + 1, 'security', 'security', flow({ antivirus: true, os_up_to_date: true }));
  },
  'a hidden internal-key column': (workbook, pick) => {
    const sheet = tableSheets(workbook)[pick % tableSheets(workbook).length]!;
    return tableColumn(sheet, 1, '隠し', ['__proto__', 'constructor', 'prototype.x'][pick % 3]!, flow({ security: { antivirus: true } }));
  },
  'hidden rows and columns of data (departed staff, old devices)': (workbook, pick) => {
    for (const sheet of tableSheets(workbook)) {
      if (sheet.rowCount >= 3) sheet.getRow(3 + (pick % (sheet.rowCount - 2))).hidden = true;
      sheet.getColumn(1 + (pick % Math.max(1, sheet.getRow(2).cellCount))).hidden = true;
    }
    return [];
  },
  'a very hidden copy of a sheet, the visible one renamed': (workbook, pick) => {
    const sheet = tableSheets(workbook)[pick % tableSheets(workbook).length]!;
    const name = sheet.name;
    const rows = [sheet.getRow(1).values, sheet.getRow(2).values] as unknown[][];
    sheet.name = `${name}一覧`;
    const copy = workbook.addWorksheet(name, { state: 'veryHidden' });
    for (const values of rows) copy.addRow((values as unknown[]).slice(1));
    return [{ sheet: name, ref: 'A1' }, ...columnPlaces(sheet, 1)];
  },
};

/** A finding as the sheet's reader sees it, wherever an inserted column moved its cell. */
const key = (finding: LocatedFinding) => `${finding.ruleId} ${finding.path.join('.')} ${finding.message.en} ${JSON.stringify(finding.data)}`;

describe('tricks written into the example workbooks', () => {
  const bases: Record<string, Buffer> = {};
  beforeAll(async () => {
    for (const example of ['clinic-with-findings', 'home-nursing-clean', 'visiting-nurse-exceptions']) {
      bases[example] = await workbookBytes(ledgerFile(`examples/${example}.yaml`));
    }
  });

  it('never report fewer of the visible problems without a finding at a cell the trick wrote', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('clinic-with-findings', 'home-nursing-clean', 'visiting-nurse-exceptions'),
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(TRICKS)), fc.nat(50)), { minLength: 1, maxLength: 3 }),
        async (example, tricks) => {
          const before = check(bases[example]!);
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(bases[example]! as unknown as ArrayBuffer);
          const places = tricks.flatMap(([name, pick]) => TRICKS[name]!(workbook, pick));
          const after = check(Buffer.from(await workbook.xlsx.writeBuffer()));
          const afterKeys = new Set(after.map(key));
          const lost = before.filter((finding) => !afterKeys.has(key(finding)));
          if (lost.length === 0) return;
          const named = after.filter((finding) => (finding.severity === 'error' || finding.ruleId === 'hidden-sheet') && places.some((place) => place.sheet === finding.position.cell?.sheet && place.ref === finding.position.cell?.ref));
          expect({ tricks, lost: lost.map(key), named: named.map(key) }).toEqual(expect.objectContaining({ named: expect.arrayContaining([expect.any(String)]) }));
        },
      ),
      propertyOptions(20261205, 60),
    );
  }, 120_000);

  it('the hidden whole-ledger row alone would have hidden every problem: it is an error at its key cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bases['clinic-with-findings']! as unknown as ArrayBuffer);
    const [, key] = TRICKS['a hidden whole-ledger row holding a clean ledger']!(workbook, 0);
    const after = check(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(after.filter((finding) => finding.position.cell?.ref === key!.ref).map((finding) => [finding.ruleId, finding.severity, finding.position.cell?.sheet])).toEqual([['schema', 'error', '施設']]);
  });
});
