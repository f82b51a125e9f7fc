// Sheets of cells → the parsed-ledger contract the YAML path gives (parse.ts): the value, and where a
// path is, as a sheet and A1 cell. The mapping itself is the layout's codec (workbook-codec.ts); this
// adds what findings need: the sheet's place for sorting, and a key's header cell for an unknown key.
import type { Finding, LocatedFinding, NodePath, Position } from '../types';
import type { ParsedLedger } from '../load/parse';
import { cellsToLedger } from './codec';
import type { CellLocation, CellValue, LayoutProblem, ReadTable, SheetCells } from './codec';
import { layoutProblemFinding } from './layout-problems';
import { isMarksSheet } from './marks-sheet';
import { cellAddress, KEY_VALUE_COLUMNS, keyText, SHEET_NAMES, TABLE_KEY_ROW, workbookLayout } from './layout';
import type { WorkbookLayout } from './layout';

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
    // Stryker disable next-line ArrayDeclaration: a sheet without row 2 shares no key; a made-up word is no column's key either
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

/** A table sheet not read for its lost key row has said so: that its table is missing is not said again. */
function withoutUnreadTables(findings: LocatedFinding[], problems: readonly LayoutProblem[], layout: WorkbookLayout): LocatedFinding[] {
  const unread = layout.tables.filter((table) => problems.some((problem) => problem.kind === 'keyRowMissing' && problem.sheet === table.name));
  if (unread.length === 0) return findings;
  const within = (finding: Finding, table: (typeof unread)[number]) => {
    const path = finding.missingKey === undefined ? finding.path : [...finding.path, finding.missingKey];
    return table.path.every((key, at) => path[at] === key);
  };
  return findings.filter((finding) => finding.ruleId !== 'schema' || !unread.some((table) => within(finding, table)));
}

/** Where a column missing from a table sheet would be needed: the table and the key, or undefined. */
function missingColumn(finding: Finding, tables: readonly ReadTable[]): { table: ReadTable; key: string[] } | undefined {
  if (finding.ruleId !== 'schema' || finding.missingKey === undefined) return undefined;
  const table = tables.find(({ path }) => path.every((key, at) => finding.path[at] === key) && typeof finding.path[path.length] === 'number');
  if (!table) return undefined;
  const inRow = [...finding.path.slice(table.path.length + 1).map(String), finding.missingKey];
  // One is a prefix of the other (the shorter's keys match): a column inside the key, or the key inside a column.
  const overlaps = (column: readonly string[]) => column.slice(0, inRow.length).every((key, at) => key === inRow[at]);
  return table.columns.some(overlaps) ? undefined : { table, key: inRow };
}

/**
 * A workbook's format findings as she acts on them: a required column missing from a sheet is one
 * finding at the key row where it goes back (not one 「必須項目がありません」 per row), and the same
 * finding at the same cell (an unkeyed column's header, once per row) is given once.
 */
function condensed(findings: LocatedFinding[], tables: readonly ReadTable[], at: (sheet: string, row: number, column: number) => Position): LocatedFinding[] {
  const seen = new Set<string>();
  const missing = new Map<string, { first: LocatedFinding; table: ReadTable; key: string[]; rows: number }>();
  const kept: LocatedFinding[] = [];
  for (const finding of findings) {
    const column = missingColumn(finding, tables);
    if (column) {
      const id = `${column.table.sheet}\u0000${column.key.join('\u0000')}`;
      const group = missing.get(id);
      if (group) group.rows++;
      else missing.set(id, { first: finding, ...column, rows: 1 });
      continue;
    }
    const id = `${finding.ruleId}\u0000${finding.position.cell?.sheet}\u0000${finding.position.cell?.ref}\u0000${finding.message.en}`;
    if (finding.ruleId === 'schema' && seen.has(id)) continue;
    seen.add(id);
    kept.push(finding);
  }
  for (const { first, table, key, rows } of missing.values()) {
    const spec = workbookLayout().tables.find((candidate) => candidate.path.join('.') === table.path.join('.'));
    const label = spec?.columns.find((candidate) => candidate.path.join('.') === key.join('.'))?.label ?? key[key.length - 1]!;
    kept.push({
      ...first,
      path: first.path.slice(0, table.path.length),
      missingKey: undefined,
      position: at(table.sheet, TABLE_KEY_ROW, table.nextColumn),
      message: {
        ja: `「${table.sheet}」シートに列「${label}」（キー ${keyText(key)}）がありません。${rows} 行で必要です。テンプレートのとおり、1 行目に「${label}」、2 行目に ${keyText(key)} と書いた列を戻してください`,
        en: `The sheet 「${table.sheet}」 has no column 「${label}」 (key ${keyText(key)}), which ${rows === 1 ? '1 row needs' : `${rows} rows need`}. Put the column back as in the template: 「${label}」 in row 1 and ${keyText(key)} in row 2`,
      },
    });
  }
  return kept;
}

export function workbookLedger(sheets: readonly SheetCells[]): ParsedLedger {
  const layout = workbookLayout();
  const decoded = cellsToLedger(sheets, layout);
  const order = sheets.map((sheet) => sheet.name);
  const tableSheets = new Set(layout.tables.map((table) => table.name));
  // Not a marked copy's list of findings (reporters/xlsx.ts): the copy must check as the original does.
  // Stryker disable next-line StringLiteral: locate reads the cell's row and column back (none: 1 and 1) and writes its own ref, A1
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
  return {
    value: decoded.value,
    locate,
    locateMissing: (path, key) => locate([...path, key]),
    problems: [...layoutFindings, ...unreadSheets(sheets, layout)],
    condense: (findings) => condensed(withoutUnreadTables(findings, decoded.problems, layout), decoded.tables, (sheet, row, column) => place({ sheet, cell: cellAddress(row, column) })),
  };
}
