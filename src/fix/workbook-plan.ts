// Which cells of a workbook `fix` repairs, decided on the cells as the checker reads them (the zip guard
// and the reader, no workbook library): a cell is repaired only where the checker finds a format problem
// at it, only by the mechanical repairs of repairs.ts, and only when the repaired cell reads back free
// of that problem. Writing the copy is workbook-apply.ts's (exceljs, in a worker thread).
import type { Finding } from '../types';
import { workbookLedger } from '../workbook/ledger';
import { cellAddress, columnFor, FALSE_WORD, KEY_VALUE_COLUMNS, KEY_VALUE_HEADER_ROW, NONE_WORDS, parseKeyText, TABLE_FIRST_DATA_ROW, TABLE_KEY_ROW, TRUE_WORD, workbookLayout } from '../workbook/layout';
import type { ColumnSpec } from '../workbook/layout';
import { dateOfDay, isExampleCell } from '../workbook/codec';
import type { CellValue, SheetCells } from '../workbook/codec';
import { validateLedger } from '../schema/validate';
import { halfWidthText, meantBoolean, nearChoice, textDate, textInteger, trimmedText } from './repairs';
import type { RepairKind } from './repairs';

/** A cell's repair; dates are real dates (UTC midnight), as the reader gives them. */
export interface CellRepair {
  sheet: string;
  ref: string;
  row: number;
  column: number;
  before: CellValue;
  after: CellValue;
  kind: RepairKind;
}

interface Candidate {
  after: CellValue;
  kind: RepairKind;
}

const LIST_SEPARATOR = /([,，、\n])/;
const PLACE_SEPARATOR = /[:：]/;

/** A list cell's items repaired in place, separators and spacing kept: each item by `item`. */
function repairItems(text: string, separator: RegExp, item: (word: string) => string | undefined): string | undefined {
  if (NONE_WORDS.includes(text.trim())) return undefined;
  let changed = false;
  const parts = text.split(separator).map((part, index) => {
    // Stryker disable next-line MethodExpression: a part of spaces goes to `item` as '' all the same, which nothing repairs (nearChoice and halfWidthText answer undefined)
    if (index % 2 === 1 || part.trim() === '') return part;
    const repaired = item(part.trim());
    // Stryker disable next-line MethodExpression: a repair is never the word it repairs (labelFor drops a choice equal to it; halfWidthText changes each full-width character), so it differs from the part with or without its spaces
    if (repaired === undefined || repaired === part.trim()) return part;
    changed = true;
    return part.replace(part.trim(), repaired);
  });
  return changed ? parts.join('') : undefined;
}

/** A choice's label for a word that is a near miss of it (the word itself when it already is one: undefined). */
function labelFor(spec: ColumnSpec, word: string): string | undefined {
  const choice = nearChoice(word, spec.choices ?? []);
  return choice && choice.label !== word ? choice.label : undefined;
}

/** The repair of a text cell of this column, if there is one that needs no judgement. */
export function repairCell(spec: ColumnSpec, cell: CellValue): Candidate | undefined {
  if (typeof cell !== 'string' || isExampleCell(cell)) return undefined;
  const text = cell;
  switch (spec.kind) {
    case 'boolean': {
      const meant = meantBoolean(text);
      return meant === undefined ? undefined : { after: meant ? TRUE_WORD : FALSE_WORD, kind: 'yes-no' };
    }
    case 'date': {
      const day = textDate(text);
      const date = day === undefined ? undefined : dateOfDay(day);
      return date ? { after: date, kind: 'date' } : undefined;
    }
    case 'integer': {
      const number = textInteger(text);
      return number === undefined ? undefined : { after: number, kind: text.trim() === String(number) ? 'spaces' : 'half-width' };
    }
    case 'enum': {
      const label = labelFor(spec, text);
      return label === undefined ? undefined : { after: label, kind: label === text.trim() ? 'spaces' : 'choice' };
    }
    case 'enumList': {
      const after = repairItems(text, LIST_SEPARATOR, (word) => labelFor(spec, word));
      return after === undefined ? undefined : { after, kind: 'choice' };
    }
    case 'locations': {
      const after = repairItems(text, /(\n)/, (line) => {
        const at = PLACE_SEPARATOR.exec(line)?.index ?? line.length; // 施設外: 訪問先 — the place, then its detail
        const place = line.slice(0, at);
        // Stryker disable next-line MethodExpression: nearChoice reads the place trimmed; only a label with spaces before its colon differs, and it comes back as the same line, which repairItems leaves
        const label = labelFor(spec, place.trim());
        return label === undefined ? undefined : place.replace(place.trim(), label) + line.slice(at);
      });
      return after === undefined ? undefined : { after, kind: 'choice' };
    }
    case 'text': {
      const half = halfWidthText(text);
      if (half !== undefined) return { after: half, kind: 'half-width' };
      const trimmed = trimmedText(text);
      return trimmed === undefined ? undefined : { after: trimmed, kind: 'spaces' };
    }
    case 'textList': {
      const after = repairItems(text, LIST_SEPARATOR, (word) => halfWidthText(word));
      return after === undefined ? undefined : { after, kind: 'half-width' };
    }
    // Stryker disable next-line ConditionalExpression: without its return the switch ends and the function returns undefined all the same
    default:
      return undefined; // x- and other columns of her own: not the checker's to judge
  }
}

/** Each cell of the layout's columns, with its column's spec: table sheets' rows and 施設's values. */
function* layoutCells(sheets: readonly SheetCells[]): Generator<{ sheet: string; row: number; column: number; spec: ColumnSpec; cell: CellValue }> {
  const layout = workbookLayout();
  const first = (name: string) => sheets.find((sheet) => sheet.name === name);
  for (const table of layout.tables) {
    const sheet = first(table.name);
    if (!sheet) continue;
    // Stryker disable next-line ArrayDeclaration: a made-up key 'Stryker was here' names no column
    const keys = sheet.rows[TABLE_KEY_ROW - 1] ?? [];
    const seen = new Set<string>();
    // Stryker disable next-line ArrayDeclaration: a made-up entry has no column, so its cells are none the checker finds a problem at
    const columns: Array<{ column: number; spec: ColumnSpec }> = [];
    keys.forEach((key, index) => {
      if (typeof key !== 'string') return;
      const path = parseKeyText(key);
      const spec = path && columnFor(table.columns, path);
      // Stryker disable next-line LogicalOperator,MethodExpression: the reader reads the first of a key written twice and reports the other at its header: the other's cells are never found at, and an unknown key's neither
      if (!spec || seen.has(key.trim())) return;
      // Stryker disable next-line MethodExpression: as above
      seen.add(key.trim());
      columns.push({ column: index + 1, spec });
    });
    for (let row = TABLE_FIRST_DATA_ROW; row <= sheet.rows.length; row++) {
      const cells = sheet.rows[row - 1];
      if (!cells) continue;
      for (const { column, spec } of columns) yield { sheet: sheet.name, row, column, spec, cell: cells[column - 1] ?? null };
    }
  }
  const facility = first(layout.facility.name);
  if (!facility) return;
  // Stryker disable next-line ArithmeticOperator: row 0 does not exist and row 1 is the header, whose キー names no row
  for (let row = KEY_VALUE_HEADER_ROW + 1; row <= facility.rows.length; row++) {
    const key = facility.rows[row - 1]?.[KEY_VALUE_COLUMNS.key - 1];
    const path = typeof key === 'string' ? parseKeyText(key) : undefined;
    const spec = path && columnFor(layout.facility.rows, path);
    // Stryker disable next-line OptionalChaining: a missing row has no key either, so it never gets here
    if (spec) yield { sheet: facility.name, row, column: KEY_VALUE_COLUMNS.value, spec, cell: facility.rows[row - 1]?.[KEY_VALUE_COLUMNS.value - 1] ?? null };
  }
}

const place = (sheet: string, ref: string) => `${sheet}\u0000${ref}`;

/** The cells where the checker finds a problem with a value (not a missing or an unknown key), and the findings. */
export function formatFindings(sheets: readonly SheetCells[]): { at: Set<string>; findings: Finding[] } {
  const parsed = workbookLedger(sheets);
  const findings = [...(parsed.problems ?? []), ...validateLedger(parsed.value)];
  const at = new Set<string>();
  for (const finding of findings) {
    if (finding.ruleId !== 'schema' || finding.missingKey !== undefined || finding.pointsAtKey) continue;
    const cell = (finding.position ?? parsed.locate(finding.path)).cell;
    if (cell) at.add(place(cell.sheet, cell.ref));
  }
  return { at, findings };
}

/** The sheets with these repairs made. */
export function withRepairs(sheets: readonly SheetCells[], repairs: readonly CellRepair[]): SheetCells[] {
  return sheets.map((sheet) => {
    const mine = repairs.filter((repair) => repair.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const rows = [...sheet.rows];
    for (const repair of mine) {
      const row = [...(rows[repair.row - 1] ?? [])];
      row[repair.column - 1] = repair.after;
      rows[repair.row - 1] = row;
    }
    return { ...sheet, rows };
  });
}

/**
 * The repairs to make: at cells the checker finds a value problem at, each the repair repairs.ts makes,
 * kept only when the repaired workbook reads that cell without a problem (what still has one is left
 * to a person, unchanged).
 */
export function planWorkbookRepairs(sheets: readonly SheetCells[]): CellRepair[] {
  const diagnosed = formatFindings(sheets).at;
  let repairs: CellRepair[] = [];
  for (const { sheet, row, column, spec, cell } of layoutCells(sheets)) {
    const ref = cellAddress(row, column);
    if (!diagnosed.has(place(sheet, ref))) continue;
    const candidate = repairCell(spec, cell);
    if (candidate) repairs.push({ sheet, ref, row, column, before: cell, after: candidate.after, kind: candidate.kind });
  }
  // A repair that does not clear its cell is not made; dropping one can leave another's cell with a problem again.
  // Stryker disable next-line LogicalOperator,UpdateOperator: a round only drops repairs, so the rounds end at the break, also with none left
  for (let round = 0; round < 5 && repairs.length > 0; round++) {
    const remaining = formatFindings(withRepairs(sheets, repairs)).at;
    const kept = repairs.filter((repair) => !remaining.has(place(repair.sheet, repair.ref)));
    if (kept.length === repairs.length) break;
    repairs = kept;
  }
  return repairs;
}
