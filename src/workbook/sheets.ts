// The zip guard's parts → the workbook's sheets as plain cell values (workbook-codec.ts's SheetCells),
// synchronously and bounded, with no workbook library: the workbook part (from _rels/.rels), its sheets
// in tab order with their state, shared strings, the styles that show dates, each sheet's cells and
// merges. Formulas give their cached result and are never evaluated (one never calculated is an empty
// cell); date cells, in the 1900 or the 1904 date system, are dates; rich text is its text without
// phonetic guides; an error cell is its text (#N/A), which the schema then reports at that cell.
import type { CellValue, SheetCells, SheetState } from './codec';
import { damagedPart, WorkbookFault } from './fault';
import { applyMerges, boundedMerges } from './merges';
import { typeIs, WorkbookPackage } from './package';
import type { Relationship } from './package';
import { sheetData } from './sheet-data';
import type { BookContext } from './sheet-data';
import { sharedStrings } from './strings';
import { dateStyles } from './styles';
import { childrenAt } from './xml';
import { guardWorkbook } from './zip-guard';

export { cellValue } from './sheet-data';
export type { BookContext, RawCell } from './sheet-data';
export { WorkbookFault } from './fault';

const STATES: ReadonlySet<string> = new Set(['visible', 'hidden', 'veryHidden']);
const TRUE_WORDS: ReadonlySet<string> = new Set(['1', 'true']);

interface SheetEntry {
  name: string;
  state: SheetState;
  relationship: Relationship | undefined;
}

/** The workbook part that _rels/.rels names (xl/workbook.xml when it names none). */
function workbookPart(pkg: WorkbookPackage): string {
  const office = pkg.relationships('').find((relationship) => typeIs(relationship, 'officeDocument') && relationship.part !== undefined);
  const part = office?.part ?? 'xl/workbook.xml';
  if (pkg.find(part) === undefined) throw damagedPart({ ja: `${part} がありません`, en: `${part} is missing` });
  return pkg.find(part)!;
}

/** workbook.xml's sheets in tab order, and its date system. */
function workbookSheets(pkg: WorkbookPackage, part: string, relationships: readonly Relationship[]): { sheets: SheetEntry[]; date1904: boolean } {
  const tree = pkg.tree(part, ['workbook', 'workbookPr', 'sheets', 'sheet'])!;
  const properties = childrenAt(tree, 'workbook', 'workbookPr')[0]?.attributes ?? {};
  const sheets = childrenAt(tree, 'workbook', 'sheets', 'sheet').map(({ attributes }) => ({
    name: attributes.name ?? '',
    state: (STATES.has(attributes.state ?? '') ? attributes.state : 'visible') as SheetState,
    relationship: relationships.find((relationship) => relationship.id === attributes.id),
  }));
  return { sheets, date1904: TRUE_WORDS.has((properties.date1904 ?? '').trim()) };
}

function missingSheet(name: string): WorkbookFault {
  return damagedPart({ ja: `シート「${name}」の中身がありません`, en: `the sheet 「${name}」 has no contents` });
}

/** One sheet's cells, its merges applied within the bound on the cells merges cover. */
function sheetCells(pkg: WorkbookPackage, entry: SheetEntry, book: BookContext, read: Set<string>, covered: { cells: number }): SheetCells {
  const { name, state, relationship } = entry;
  if (!relationship || relationship.part === undefined) throw missingSheet(name);
  if (!typeIs(relationship, 'worksheet')) return { name, rows: [], state }; // a chart sheet holds no cells
  const part = pkg.find(relationship.part);
  if (part === undefined) throw missingSheet(name);
  // Each part is read once: two sheets naming one part would read it twice over.
  if (read.has(part)) throw damagedPart({ ja: `${part} を二つのシートが指しています`, en: `two sheets point at ${part}` });
  read.add(part);
  const data = sheetData(pkg, part, book);
  applyMerges(data.rows, boundedMerges(data, name, covered));
  return { name, rows: data.rows, state };
}

/** The guarded parts (guardWorkbook's) → the sheets; a WorkbookFault says what cannot be read and why. */
export function sheetsOf(parts: ReadonlyMap<string, Buffer>): SheetCells[] {
  const pkg = new WorkbookPackage(parts);
  const part = workbookPart(pkg);
  const relationships = pkg.relationships(part);
  const { sheets, date1904 } = workbookSheets(pkg, part, relationships);
  const related = (kind: string) => relationships.find((relationship) => typeIs(relationship, kind))?.part;
  const book: BookContext = {
    strings: sharedStrings(pkg, related('sharedStrings')),
    dateStyles: dateStyles(pkg, related('styles')),
    date1904,
    counts: { rows: 0, allRows: 0, cells: 0 },
  };
  const read = new Set<string>();
  const covered = { cells: 0 };
  return sheets.map((entry) => sheetCells(pkg, entry, book, read, covered));
}

/** A workbook's bytes → its sheets: the zip guard, then the reader; a WorkbookFault when either refuses. */
export function readSheets(bytes: Uint8Array, name = ''): SheetCells[] {
  const guard = guardWorkbook(bytes, name);
  if (!guard.ok) throw new WorkbookFault(guard.message);
  return sheetsOf(guard.parts);
}

/** A date as it crosses to another thread: a Date revived there may belong to another realm (a test's vm). */
export interface PortableDate {
  time: number;
}

export type PortableSheets = Array<{ name: string; state?: SheetState; rows: Array<Array<Exclude<CellValue, Date> | PortableDate> | undefined> }>;

/** readSheets for a worker thread: dates as their time. */
export function readPortableSheets(bytes: Uint8Array): PortableSheets {
  return readSheets(bytes).map(({ name, state, rows }) => ({
    name,
    state,
    rows: rows.map((row) => row?.map((cell) => (cell instanceof Date ? { time: cell.getTime() } : cell))),
  }));
}

/** The sheets again, dates made in this realm. */
export function reviveSheets(sheets: PortableSheets): SheetCells[] {
  return sheets.map(({ name, state, rows }) => ({
    name,
    ...(state === undefined ? {} : { state }),
    rows: rows.map((row) => row?.map((cell) => (cell !== null && typeof cell === 'object' ? new Date(cell.time) : cell))),
  }));
}
