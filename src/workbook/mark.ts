// A marked copy of a workbook: the workbook's bytes and a plan (reporters/xlsx.ts makes it from the
// check) → the same workbook with each finding's cell filled and noted, and a first sheet listing the
// findings with a link to each cell. The zip guard checks the bytes first, and exceljs reads exactly
// the parts the guard inflated (stored again in a zip of their own); what exceljs cannot carry over is
// named from the parts, never dropped without a word. Runs in the CLI's worker thread (sync-worker.ts)
// and in the offline page: the same plan gives the same bytes in both.
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { guardWorkbook } from './zip-guard';
import { isMarksSheet } from './marks-sheet';
import { entriesOf, zipOf } from './zip-write';

/** A cell to mark: its fill (ARGB) and the text added to its note. */
export interface CellMark {
  sheet: string;
  ref: string;
  fill: string;
  note: string;
}

/** One finding's row on the first sheet. */
export interface FindingRow {
  severity: string;
  fill: string;
  /** The finding's cell: shown as `利用者!F12`, linked to it. */
  place?: { sheet: string; ref: string; text: string };
  target: string;
  rule: string;
  message: string;
  /** YYYY-MM-DD, when the finding is about something with a due day. */
  due?: string;
}

export interface MarkPlan {
  /** The first sheet's name (指摘一覧 / Findings). */
  sheetName: string;
  title: string;
  /** The summary and whatever else heads the list (one cell each). */
  lines: string[];
  /** The colours' meanings: each word on its colour. */
  legend: { label: string; words: Array<{ text: string; fill: string }> };
  header: { severity: string; place: string; target: string; rule: string; message: string; due: string };
  /** Sections by person, device and the facility. */
  groups: Array<{ heading: string; rows: FindingRow[] }>;
  marks: CellMark[];
}

export interface MarkJob {
  bytes: Uint8Array;
  /** YYYY-MM-DD: the copy's modified date and its zip entries' times. */
  asOf: string;
  /** The workbook was written from a YAML ledger: its created date is the as-of day too. */
  written: boolean;
  plan: MarkPlan;
}

/** What the copy could not carry over whole (ids; reporters/xlsx.ts words them). */
export type LostFeature =
  | 'images'
  | 'shapes'
  | 'charts'
  | 'pivot-tables'
  | 'macros'
  | 'slicers'
  | 'threaded-comments'
  | 'embedded-objects'
  | 'form-controls'
  | 'external-links'
  | 'data-connections'
  | 'custom-xml'
  | 'custom-properties'
  | 'printer-settings'
  | 'internal-hyperlinks'
  | 'sheet-list-dropdowns'
  | 'sparklines'
  | 'empty-cell-notes';

export interface MarkedWorkbook {
  bytes: Uint8Array;
  lost: LostFeature[];
}

/** The feature each part name means, when exceljs drops the part (or keeps only some of it). */
const LOST_PARTS: ReadonlyArray<readonly [RegExp, LostFeature]> = [
  [/^xl\/media\//, 'images'],
  [/^xl\/richData\//, 'images'],
  [/^xl\/charts\//, 'charts'],
  [/^xl\/chartsheets\//, 'charts'],
  [/^xl\/(pivotTables|pivotCache)\//, 'pivot-tables'],
  [/^xl\/vbaProject\.bin$/, 'macros'],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, 'slicers'],
  [/^xl\/(threadedComments|persons)\//, 'threaded-comments'],
  [/^xl\/embeddings\//, 'embedded-objects'],
  [/^xl\/(ctrlProps|activeX)\//, 'form-controls'],
  [/^xl\/externalLinks\//, 'external-links'],
  [/^xl\/(connections\.xml$|queryTables\/)/, 'data-connections'],
  [/^customXml\//, 'custom-xml'],
  [/^docProps\/custom\.xml$/, 'custom-properties'],
  [/^xl\/printerSettings\//, 'printer-settings'],
  [/^xl\/diagrams\//, 'shapes'],
];

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const DRAWING_PART = /^xl\/drawings\/[^/]+\.xml$/;

/** What the parts say exceljs will not carry over: by their names, and a few things inside sheets and drawings. */
export function lostFeatures(parts: ReadonlyMap<string, Uint8Array>): LostFeature[] {
  const lost = new Set<LostFeature>();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  for (const [name, bytes] of parts) {
    for (const [pattern, feature] of LOST_PARTS) if (pattern.test(name)) lost.add(feature);
    if (DRAWING_PART.test(name)) {
      const drawing = text(bytes);
      // exceljs keeps pictures anchored to cells; shapes, text boxes, connectors and groups are dropped.
      if (/<(\w+:)?(sp|cxnSp|grpSp|graphicFrame)[\s>]/.test(drawing) || /<(\w+:)?absoluteAnchor[\s>]/.test(drawing)) lost.add('shapes');
    }
    if (SHEET_PART.test(name)) {
      const sheet = text(bytes);
      // exceljs reads a hyperlink only through a relationship: one to a place in the workbook is lost.
      for (const link of sheet.match(/<(\w+:)?hyperlink\s[^>]*>/g) ?? []) if (!/\br:id=/.test(link) && /\blocation=/.test(link)) lost.add('internal-hyperlinks');
      // Excel 2010's form of a dropdown whose list is on another sheet: exceljs does not read it.
      if (/<x14:dataValidations[\s>]/.test(sheet)) lost.add('sheet-list-dropdowns');
      if (/<x14:sparklineGroups[\s>]/.test(sheet)) lost.add('sparklines');
    }
  }
  return [...lost];
}

/** The notes the workbook's comment parts hold (exceljs keeps only those of cells it reads: not of empty ones). */
function noteCount(parts: ReadonlyMap<string, Uint8Array>): number {
  let count = 0;
  for (const [name, bytes] of parts) {
    if (/^xl\/comments[^/]*\.xml$/.test(name)) count += (new TextDecoder().decode(bytes).match(/<(\w+:)?comment[\s>]/g) ?? []).length;
  }
  return count;
}

type NoteValue = Cell['note'];
type RichNote = Exclude<NoteValue, string | undefined>;

function noteText(note: NoteValue): string {
  if (note === undefined) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/** The first line of what a marking adds to a note (`【dokodemo-check】`): a later marking finds it there. */
export const NOTE_HEADING = '【dokodemo-check】';

/** Where a previous marking's text starts in a note, or -1. */
function markingAt(text: string): number {
  return text.startsWith(NOTE_HEADING) ? 0 : text.indexOf(`\n\n${NOTE_HEADING}`);
}

/** A cell's note with the finding's text added after hers, which is kept as written. */
function addedNote(note: NoteValue, added: string): NoteValue {
  const existing = noteText(note);
  if (note === undefined || existing === '') return added;
  if (typeof note === 'string') return `${note}\n\n${added}`;
  const rich = note as RichNote;
  return { ...rich, texts: [...(rich.texts ?? []), { text: `\n\n${added}` }] } as NoteValue;
}

/** The fills a marking gives cells (ARGB): by severity, and grey for a suppressed finding. */
export const MARK_FILLS = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFCFE2F3', suppressed: 'FFD9D9D9' } as const;
const MARK_FILL_SET = new Set<string>(Object.values(MARK_FILLS));

const solid = (argb: string) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { indexed: 64 } }) as const;

/** A cell's own style with this fill: exceljs shares one style object among the cells a file gave one style. */
function setFill(cell: Cell, argb: string): void {
  cell.style = { ...cell.style, fill: solid(argb) } as Cell['style'];
}

/** `'利用者'!F12`: a place in this workbook, as a hyperlink's location (`#` before it). */
export function internalLink(sheet: string, ref: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${ref}`;
}

const FONT = { name: 'Calibri', family: 2 } as const;

function markCells(workbook: Workbook, plan: MarkPlan): void {
  for (const mark of plan.marks) {
    const sheet = workbook.getWorksheet(mark.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(mark.ref);
    setFill(cell, mark.fill);
    cell.note = addedNote(cell.note, mark.note);
  }
}

/** A sheet name not taken by another sheet: the plan's, else with (2), (3)… after it. */
function freeName(workbook: Workbook, name: string): string {
  const taken = new Set(workbook.worksheets.map((sheet) => sheet.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let number = 2; ; number++) if (!taken.has(`${name} (${number})`.toLowerCase())) return `${name} (${number})`;
}

const COLUMNS = { severity: 1, place: 2, target: 3, rule: 4, message: 5, due: 6 } as const;
const WIDTHS = [12, 16, 24, 26, 80, 12];

function writeList(workbook: Workbook, plan: MarkPlan): Worksheet {
  const sheet = workbook.addWorksheet(freeName(workbook, plan.sheetName), { views: [{ state: 'frozen', ySplit: 0 }] });
  WIDTHS.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  let row = 1;
  const title = sheet.getCell(row++, 1);
  title.value = plan.title;
  title.font = { ...FONT, bold: true, size: 14 };
  for (const line of plan.lines) sheet.getCell(row++, 1).value = line;
  const legend = sheet.getRow(row++);
  legend.getCell(1).value = plan.legend.label;
  plan.legend.words.forEach((word, index) => {
    const cell = legend.getCell(index + 2);
    cell.value = word.text;
    setFill(cell, word.fill);
  });
  row++;
  const header = sheet.getRow(row);
  const { severity, place, target, rule, message, due } = plan.header;
  [severity, place, target, rule, message, due].forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true };
    setFill(cell, 'FFD9D9D9');
  });
  sheet.views = [{ state: 'frozen', ySplit: row, xSplit: 0, topLeftCell: `A${row + 1}`, activeCell: `A${row + 1}`, tabSelected: true } as Worksheet['views'][number]];
  row++;
  for (const group of plan.groups) {
    const heading = sheet.getCell(row++, 1);
    heading.value = group.heading;
    heading.font = { ...FONT, bold: true };
    for (const finding of group.rows) {
      const line = sheet.getRow(row++);
      const severityCell = line.getCell(COLUMNS.severity);
      severityCell.value = finding.severity;
      setFill(severityCell, finding.fill);
      if (finding.place) {
        const link = line.getCell(COLUMNS.place);
        link.value = { text: finding.place.text, hyperlink: internalLink(finding.place.sheet, finding.place.ref) };
        link.font = { ...FONT, color: { argb: 'FF0563C1' }, underline: true };
      }
      line.getCell(COLUMNS.target).value = finding.target;
      line.getCell(COLUMNS.rule).value = finding.rule;
      const messageCell = line.getCell(COLUMNS.message);
      messageCell.value = finding.message;
      messageCell.alignment = { wrapText: true, vertical: 'top' };
      if (finding.due) {
        const dueCell = line.getCell(COLUMNS.due);
        dueCell.value = new Date(`${finding.due}T00:00:00Z`);
        dueCell.numFmt = 'yyyy-mm-dd';
      }
    }
  }
  return sheet;
}

/**
 * exceljs writes a link to a place in the workbook as a link to an outside file named `#'利用者'!F12`
 * (a relationship) with that place as its location: LibreOffice then opens neither. The list's links
 * become what Excel itself writes: the location alone (`'利用者'!F12`), no relationship.
 */
function correctedPart(name: string, data: Uint8Array, listId: number): Uint8Array {
  if (name !== `xl/worksheets/sheet${listId}.xml` && name !== `xl/worksheets/_rels/sheet${listId}.xml.rels`) return data;
  const text = new TextDecoder().decode(data);
  const corrected = name.endsWith('.rels')
    ? text.replace(/<Relationship [^>]*Type="[^"]*\/hyperlink"[^>]*\/>/g, '')
    : text.replace(/<hyperlink ref="([A-Z]+\d+)" r:id="[^"]*" location="#([^"]*)"\/>/g, '<hyperlink ref="$1" location="$2"/>');
  return new TextEncoder().encode(corrected);
}

/** The list first: exceljs writes sheets in their order numbers. The workbook opens on it. */
function putFirst(workbook: Workbook, list: Worksheet): void {
  const others = workbook.worksheets.filter((sheet) => sheet !== list);
  const ordered = (sheet: Worksheet) => sheet as Worksheet & { orderNo: number };
  ordered(list).orderNo = 0;
  others.forEach((sheet, index) => (ordered(sheet).orderNo = index + 1));
  for (const sheet of others) for (const view of sheet.views ?? []) (view as { tabSelected?: boolean }).tabSelected = false;
  const [view] = workbook.views ?? [];
  workbook.views = [{ ...{ x: 0, y: 0, width: 20000, height: 12000, visibility: 'visible' }, ...view, firstSheet: 0, activeTab: 0 }];
}

/** exceljs has no way to take a note away (a note set to nothing is an empty note): its own fields, the
 * note and the copy the value's model keeps from the file. */
function withoutNote(cell: Cell): void {
  const fields = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  fields._comment = undefined;
  if (fields._value?.model) delete fields._value.model.comment;
}

/** What every list's title starts with: a later marking finds its list by it. */
export const LIST_TITLE_START = 'dokodemo-check';

/**
 * A marked copy marked again (she fixed cells in the copy and checks it again): the previous marking is
 * taken away first, so that a fixed cell is not left marked. Its list goes; its text leaves each note
 * (hers stays); a cell whose note was the marking's and whose fill is a marking's colour loses the fill.
 */
function unmark(workbook: Workbook): void {
  for (const sheet of [...workbook.worksheets]) {
    const name = sheet.name.replace(/ \(\d+\)$/, '');
    if (isMarksSheet(name) && String(sheet.getCell(1, 1).value ?? '').startsWith(LIST_TITLE_START)) workbook.removeWorksheet(sheet.id);
  }
  workbook.eachSheet((sheet) => sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    const text = noteText(cell.note);
    const at = markingAt(text);
    if (at === -1) return;
    if (at === 0) withoutNote(cell);
    else cell.note = text.slice(0, at);
    const fill = cell.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
    if (fill?.type === 'pattern' && MARK_FILL_SET.has(fill.fgColor?.argb ?? '')) cell.style = { ...cell.style, fill: undefined } as unknown as Cell['style'];
  })));
}

function notesRead(workbook: Workbook): number {
  let count = 0;
  workbook.eachSheet((sheet) => sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    if (cell.note !== undefined) count++;
  })));
  return count;
}

/** The marked copy's bytes, and what it could not carry over. Throws when the guard refuses the bytes. */
export async function markWorkbook(job: MarkJob): Promise<MarkedWorkbook> {
  const guard = guardWorkbook(job.bytes);
  if (!guard.ok) throw new Error(guard.message.en);
  const lost = lostFeatures(guard.parts);
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(zipOf([...guard.parts], job.asOf) as unknown as ArrayBuffer);
  if (notesRead(workbook) < noteCount(guard.parts)) lost.push('empty-cell-notes');
  unmark(workbook);
  markCells(workbook, job.plan);
  const list = writeList(workbook, job.plan);
  putFirst(workbook, list);
  const day = new Date(`${job.asOf}T00:00:00Z`);
  if (job.written || !(workbook.created instanceof Date) || Number.isNaN(workbook.created.getTime())) workbook.created = day;
  workbook.modified = day;
  workbook.lastModifiedBy = 'dokodemo-check';
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const parts = entriesOf(written).map(([name, data]): [string, Uint8Array] => [name, correctedPart(name, data, list.id)]);
  return { bytes: zipOf(parts, job.asOf, true), lost };
}
