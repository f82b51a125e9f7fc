// Whatever a person types into whichever cell, checking the workbook gives findings located at cells
// of its sheets, exit 0 or 1, nothing on stderr (fast-check, fixed seed).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { runCli } from '../helpers/cli';
import { ledgerFile, workbookBytes } from '../helpers/workbook';
import { propertyOptions } from '../helpers/fast-check';

const directory = mkdtempSync(join(tmpdir(), 'dokodemo-workbook-property-'));

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.string(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constantFrom<ExcelJS.CellValue>('はい', 'いいえ', 'なし', '対象外', '2026/11/01', '令和8年11月1日', 'yaml:{a: 1}', 'yaml:[', 'yaml:null', '__proto__', 'constructor', '#N/A', null),
  fc.constantFrom<ExcelJS.CellValue>({ formula: '1+1', result: 2 }, { formula: 'NOW()' } as ExcelJS.CellFormulaValue, { richText: [{ text: 'MD-' }, { text: 'PC-01' }] }, { text: 'a@b.example', hyperlink: 'mailto:a@b.example' }),
);

const edit = fc.record({ sheet: fc.nat({ max: 5 }), row: fc.integer({ min: 1, max: 8 }), column: fc.integer({ min: 1, max: 30 }), value: cellValue });

describe('any cell edit', () => {
  let base: Buffer;
  beforeAll(async () => {
    base = await workbookBytes(ledgerFile('examples/clinic-with-findings.yaml'));
  });

  it('gives located findings, exit 0 or 1, never an error', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(base as unknown as ArrayBuffer);
        const sheets = workbook.worksheets;
        for (const { sheet, row, column, value } of edits) sheets[sheet % sheets.length]!.getCell(row, column).value = value;
        const file = join(directory, `edited-${run++}.xlsx`);
        writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
        const result = runCli(['--as-of', '2026-11-24', '-f', 'json', file]);
        expect(result.stderr).toBe('');
        expect([0, 1]).toContain(result.code);
        const names = sheets.map((sheet) => sheet.name);
        for (const finding of JSON.parse(result.stdout).files[0].findings) {
          expect(finding.line).toBeNull();
          expect(names).toContain(finding.sheet);
          expect(finding.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
        }
      }),
      propertyOptions(20261124, 20),
    );
  }, 120_000);
});
