// Real .xlsx workbooks for the tests, written with exceljs in the layout's form (label row, key row,
// one row per item; 施設 as label / key / value rows), with a hook to change cells before saving.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ledgerToCells } from '../../src/workbook/codec';
import { keyText, workbookLayout } from '../../src/workbook/layout';

export type CellEdit = (workbook: ExcelJS.Workbook) => void;

/** The workbook of a ledger value, as an ExcelJS.Workbook to change further. */
export function workbookOf(ledger: unknown): ExcelJS.Workbook {
  const written = ledgerToCells(ledger, workbookLayout());
  const workbook = new ExcelJS.Workbook();
  const facility = workbook.addWorksheet('施設');
  facility.addRow(['項目', 'キー', '値', '説明']);
  for (const { spec, cell } of written.facility) facility.addRow([spec.label, keyText(spec.path), cell]);
  for (const table of written.tables) {
    const sheet = workbook.addWorksheet(table.spec.name);
    sheet.addRow(table.columns.map((spec) => spec.label));
    sheet.addRow(table.columns.map((spec) => keyText(spec.path)));
    for (const row of table.rows) sheet.addRow(row);
  }
  return workbook;
}

export async function workbookBytes(ledger: unknown, edit?: CellEdit): Promise<Buffer> {
  const workbook = workbookOf(ledger);
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const ledgerFile = (file: string): unknown => parse(readFileSync(file, 'utf8'));

/** The column (1-based) whose key row (row 2) says `key`, on a table sheet. */
export function columnOfKey(sheet: ExcelJS.Worksheet, key: string): number {
  const row = sheet.getRow(2);
  for (let column = 1; column <= row.cellCount; column++) if (row.getCell(column).value === key) return column;
  throw new Error(`no column ${key} on ${sheet.name}`);
}

/** The row (1-based) of 施設 whose key (column B) says `key`. */
export function facilityRowOfKey(sheet: ExcelJS.Worksheet, key: string): number {
  for (let row = 2; row <= sheet.rowCount; row++) if (sheet.getRow(row).getCell(2).value === key) return row;
  throw new Error(`no row ${key} on 施設`);
}

/**
 * Mistakes typed into the workbook of examples/home-nursing-clean.yaml as she might type them, each one a
 * repair: an era date (施設's updated), ○ for yes (the first device's antivirus), a full-width number (its
 * lock password's min_length) and a date with slashes (the first user's start_date).
 */
export function typeMistakes(workbook: ExcelJS.Workbook): void {
  const facility = workbook.getWorksheet('施設')!;
  facility.getCell(facilityRowOfKey(facility, 'facility.updated'), 3).value = '令和8年11月1日';
  const devices = workbook.getWorksheet('端末')!;
  devices.getCell(3, columnOfKey(devices, 'security.antivirus')).value = '○';
  devices.getCell(3, columnOfKey(devices, 'security.lock_password.min_length')).value = '１０';
  const users = workbook.getWorksheet('利用者')!;
  users.getCell(3, columnOfKey(users, 'start_date')).value = '2026/4/1';
}
