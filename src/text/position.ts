// Where a finding is, as every format says it: `line:column`, or `sheet!cell` (`利用者!F12`) in a
// workbook. Below the report model so that the engine can name a place too (a check across ledgers).
import type { Position } from '../types';

/** A place as reports carry it. */
export interface PlaceFields {
  line: number | null;
  column: number | null;
  sheet?: string;
  cell?: string;
}

/** A position as reports carry it: line and column, or for a workbook null ones and the sheet and cell. */
export function reportPosition(position: Position): PlaceFields {
  const { cell } = position;
  return cell ? { line: null, column: null, sheet: cell.sheet, cell: cell.ref } : { line: position.line, column: position.column };
}

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation (`'利用者 (2)'`). */
function sheetReference(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) && !/^\d/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** How a report shows where a finding is: `line:column`, or `sheet!cell` (`利用者!F12`) in a workbook. */
export function positionLabel(finding: PlaceFields): string {
  return finding.sheet !== undefined ? `${sheetReference(finding.sheet)}!${finding.cell}` : `${finding.line}:${finding.column}`;
}
