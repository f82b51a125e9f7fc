// Sheets of cells → the parsed-ledger contract the YAML path gives (parse.ts): the value, and where a
// path is, as a sheet and A1 cell. The mapping itself is the layout's codec (workbook-codec.ts); this
// adds what findings need: the sheet's place for sorting, and a key's header cell for an unknown key.
import type { Finding, NodePath, Position } from '../../types';
import type { ParsedLedger } from '../parse';
import { cellsToLedger } from '../workbook-codec';
import type { CellLocation, CellValue, LayoutProblem, SheetCells } from '../workbook-codec';
import { layoutProblemFinding } from './layout-problems';
import { isMarksSheet } from './marks-sheet';
import { cellAddress, KEY_VALUE_COLUMNS, keyText, SHEET_NAMES, TABLE_KEY_ROW, workbookLayout } from '../workbook-layout';
import type { WorkbookLayout } from '../workbook-layout';

const A1 = /^([A-Z]+)(\d+)$/;

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/** The header cell naming the key at `location`: row 2 of a table sheet, column B of 施設. */
function keyCell(location: CellLocation, row: number, column: number, tableSheets: ReadonlySet<string>): { row: number; column: number } {
  if (tableSheets.has(location.sheet)) return { row: TABLE_KEY_ROW, column };
  if (location.sheet === SHEET_NAMES.facility) return { row, column: KEY_VALUE_COLUMNS.key };
  return { row, column };
}

const cellText = (cell: CellValue | undefined): string => (typeof cell === 'string' ? cell.trim() : '');

/**
 * A sheet under a name the layout does not have, whose key row holds two or more of a table's keys — a
 * copy of 利用者 as 「利用者 (2)」, a renamed 端末 — is not read: its rows would be left out without a
 * word. Sheets of the facility's own (notes, lists) have no such row and are left alone.
 */
function unreadSheets(sheets: readonly SheetCells[], layout: WorkbookLayout): Finding[] {
  const known = new Set<string>([SHEET_NAMES.instructions, SHEET_NAMES.lists, ...layout.sheets.map((sheet) => sheet.name)]);
  const findings: Finding[] = [];
  sheets.forEach((sheet, sheetIndex) => {
    if (known.has(sheet.name)) return;
    const keys = new Set((sheet.rows[TABLE_KEY_ROW - 1] ?? []).map(cellText));
    // The table whose keys the row shares most, two at least (one word in a note is no key row).
    const shared = (table: (typeof layout.tables)[number]) => table.columns.filter((column) => keys.has(keyText(column.path))).length;
    const like = [...layout.tables].sort((a, b) => shared(b) - shared(a))[0];
    if (!like || shared(like) < 2) return;
    const ref = cellAddress(TABLE_KEY_ROW, 1);
    findings.push({
      ruleId: 'schema',
      severity: 'error',
      path: [],
      position: { line: TABLE_KEY_ROW, column: 1, cell: { sheet: sheet.name, sheetIndex, ref } },
      message: {
        ja: `シート「${sheet.name}」は「${like.name}」と同じ形ですが、読み取られません（読むのは「${like.name}」という名前のシートだけです）。行を「${like.name}」シートに移して、このシートを削除してください`,
        en: `The sheet 「${sheet.name}」 is laid out like 「${like.name}」 but is not read (only the sheet named 「${like.name}」 is). Move its rows to 「${like.name}」 and delete this sheet`,
      },
      data: {},
      sources: ['ledger.md'],
    });
  });
  return findings;
}

export function workbookLedger(sheets: readonly SheetCells[]): ParsedLedger {
  const layout = workbookLayout();
  const decoded = cellsToLedger(sheets, layout);
  const order = sheets.map((sheet) => sheet.name);
  const tableSheets = new Set(layout.tables.map((table) => table.name));
  // Not a marked copy's list of findings (reporters/xlsx.ts): the copy must check as the original does.
  const firstSheet: CellLocation = { sheet: order.find((name) => !isMarksSheet(name)) ?? SHEET_NAMES.facility, cell: 'A1' };

  const locate = (path: NodePath, pointsAtKey = false): Position => {
    const location = decoded.locate(path) ?? firstSheet;
    const match = A1.exec(location.cell);
    const found = { row: match ? Number(match[2]) : 1, column: match ? columnNumber(match[1]!) : 1 };
    const { row, column } = pointsAtKey && path.length > 0 ? keyCell(location, found.row, found.column, tableSheets) : found;
    const sheetIndex = Math.max(0, order.indexOf(location.sheet));
    return { line: row, column, cell: { sheet: location.sheet, sheetIndex, ref: cellAddress(row, column) } };
  };
  const place = (at: CellLocation): Position => {
    const match = A1.exec(at.cell);
    const row = match ? Number(match[2]) : 1;
    const column = match ? columnNumber(match[1]!) : 1;
    return { line: row, column, cell: { sheet: at.sheet, sheetIndex: Math.max(0, order.indexOf(at.sheet)), ref: at.cell } };
  };
  const layoutFindings = decoded.problems.map((problem: LayoutProblem) => layoutProblemFinding(problem, place(problem)));
  return { value: decoded.value, locate, locateMissing: (path, key) => locate([...path, key]), problems: [...layoutFindings, ...unreadSheets(sheets, layout)] };
}
