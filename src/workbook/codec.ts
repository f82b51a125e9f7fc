// Ledger value ↔ the cells of the workbook layout (workbook-layout.ts), with no workbook library:
// the writer turns a ledger into sheets of cell values, the reader turns sheets of cell values back
// into a ledger. Lossless by construction: a value is written in its column's natural form only when
// reading that form gives the value back; otherwise it is written as `yaml:` and its YAML text.
import type { NodePath } from '../types';
import { flowTooDeep } from '../load/flow-depth';
import { MAX_ALIAS_COUNT, MAX_DEPTH } from '../load/limits';
import {
  cellAddress,
  columnFor,
  columnShowing,
  FALSE_WORD,
  KEY_VALUE_COLUMNS,
  KEY_VALUE_HEADER_ROW,
  keyText,
  NONE_WORD,
  NONE_WORDS,
  NOT_APPLICABLE_WORD,
  NOT_APPLICABLE_WORDS,
  parseKeyText,
  samePath,
  TABLE_FIRST_DATA_ROW,
  TABLE_KEY_ROW,
  TABLE_LABEL_ROW,
  TRUE_WORD,
  YAML_MARKER,
  choiceKey,
  type ColumnSpec,
  type TableSheetSpec,
  type WorkbookLayout,
} from './layout';

/** A cell as both halves see it: empty, text, number, TRUE/FALSE, or a real date (UTC midnight). */
export type CellValue = string | number | boolean | Date | null;

export type Decoded = { present: false } | { present: true; value: unknown };

const ABSENT: Decoded = { present: false };
const present = (value: unknown): Decoded => ({ present: true, value });

/** Keys that reach an object's prototype or constructor when assigned: never keys of a ledger read from cells. */
const INTERNAL_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ----- one cell ---------------------------------------------------------------------------------

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD of a date cell (dates are calendar days stored at UTC midnight). */
export function dayOfDate(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** A real date cell for a YYYY-MM-DD string, when Excel can show it (from 1900-03-01: Excel's 1900 leap-year bug lies before). */
export function dateOfDay(day: string): Date | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || dayOfDate(date) !== day) return undefined;
  return day >= '1900-03-01' && day <= '9999-12-31' ? date : undefined;
}

const NONCHARACTER = /[\uFFFE\uFFFF]/;

function yamlText(value: unknown): string {
  const { stringify } = require('yaml') as typeof import('yaml');
  const flowText = (quoting: import('yaml').ToStringOptions = {}) =>
    stringify(value, { collectionStyle: 'flow', lineWidth: 0, minContentWidth: 0, ...quoting }).replace(/\n$/, '');
  const text = flowText();
  if (!NONCHARACTER.test(text)) return YAML_MARKER + text;
  // The yaml package writes U+FFFE and U+FFFF as they are, which XML cannot hold (the workbook would not
  // open): every text double-quoted, where `\uffff` is their escape.
  const quoted = flowText({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE' });
  return YAML_MARKER + quoted.replaceAll('\uFFFE', '\\ufffe').replaceAll('\uFFFF', '\\uffff');
}

/** Deeper than a YAML ledger may nest (limits.ts): such a cell stays text rather than strain what follows. */
function tooDeep(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((item) => tooDeep(item, depth + 1));
}

function fromYamlText(text: string): Decoded {
  // The nesting a YAML ledger may have, checked before the yaml package composes (it recurses: four
  // million `[` in one cell took gigabytes); such a cell stays text, which the schema reports at its cell.
  if (flowTooDeep(text.slice(YAML_MARKER.length), MAX_DEPTH + 1) !== undefined) return present(text); // as tooDeep counts
  const { parse } = require('yaml') as typeof import('yaml');
  try {
    // Stryker disable next-line ObjectLiteral,StringLiteral: the yaml package's defaults today, written out so that a change of them cannot change a cell (an empty schema name is its default, 'core', too)
    const value: unknown = parse(text.slice(YAML_MARKER.length), { schema: 'core', uniqueKeys: true, maxAliasCount: MAX_ALIAS_COUNT });
    return present(tooDeep(value) ? text : value);
  } catch {
    return present(text); // not YAML after all: carried as the text it is
  }
}

/**
 * A table row with a cell starting with this is a worked example (the template's yellow rows, where it
 * heads the name or the asset tag): not read, and one finding at that cell. Writing over that cell — as
 * filling the row in does — makes the row hers; a list of example names would misjudge her staff.
 */
export const EXAMPLE_MARKER = '【記入例】';

export const isExampleCell = (cell: CellValue): boolean => typeof cell === 'string' && cell.trimStart().startsWith(EXAMPLE_MARKER);

const isBlank = (cell: CellValue) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** The text of a cell, for reading words (はい, なし, labels); numbers and dates as they would be typed. */
function cellText(cell: CellValue): string {
  if (cell instanceof Date) return dayOfDate(cell);
  return String(cell);
}

/** The value a typed word stands for: its label or the value itself, however spaced, cased or full-width (施設内の有線LAN, Windows); else the text. */
function choiceValue(spec: ColumnSpec, text: string): string {
  const word = choiceKey(text);
  const choice = spec.choices?.find((candidate) => choiceKey(candidate.label) === word || choiceKey(candidate.value) === word);
  return choice ? choice.value : text;
}

const LIST_SEPARATOR = /[,，、\n]/;
const PLACE_SEPARATOR = /[:：]/;

function decodeList(spec: ColumnSpec, text: string): unknown[] {
  if (NONE_WORDS.includes(text.trim())) return [];
  const items = text.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  return items.map((item) => choiceValue(spec, item)); // a column with no choices keeps the text
}

function decodeLocations(spec: ColumnSpec, text: string): unknown[] {
  if (NONE_WORDS.includes(text.trim())) return [];
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '').map((line) => {
    const separator = PLACE_SEPARATOR.exec(line);
    if (!separator) return { place: choiceValue(spec, line) };
    return { place: choiceValue(spec, line.slice(0, separator.index)), detail: line.slice(separator.index + 1).trim() };
  });
}

/** What a cell of this column means. A blank cell is absent; `yaml:` cells hold any value. */
export function decodeCell(spec: ColumnSpec, cell: CellValue): Decoded {
  if (isBlank(cell)) return ABSENT;
  if (typeof cell === 'string' && cell.startsWith(YAML_MARKER)) return fromYamlText(cell);
  const text = cellText(cell);
  const word = text.trim();
  if ((spec.nullable || spec.nullMeansParent) && NONE_WORDS.includes(word)) return present(null); // no number, date or boolean reads as なし
  if (spec.notApplicable && NOT_APPLICABLE_WORDS.includes(word)) return present('not_applicable');
  switch (spec.kind) {
    case 'text':
      return present(typeof cell === 'boolean' ? cell : text);
    case 'integer':
    case 'any':
      return present(cell instanceof Date ? text : cell);
    case 'boolean':
      if (word === TRUE_WORD) return present(true);
      if (word === FALSE_WORD) return present(false);
      return present(cell instanceof Date ? text : cell);
    // Stryker disable next-line ConditionalExpression: falling through to enum reads the same: a date column has no choices (choiceValue keeps the text), a date cell is its day there too
    case 'date':
      return present(cell instanceof Date ? dayOfDate(cell) : cell);
    case 'enum':
      return present(typeof cell === 'string' ? choiceValue(spec, cell) : cell instanceof Date ? text : cell);
    case 'textList':
    case 'enumList':
      return present(typeof cell === 'string' ? decodeList(spec, cell) : cell instanceof Date ? text : cell);
    case 'locations':
      return present(typeof cell === 'string' ? decodeLocations(spec, cell) : cell instanceof Date ? text : cell);
  }
}

function labelOf(spec: ColumnSpec, value: string): string {
  return spec.choices?.find((choice) => choice.value === value)?.label ?? value;
}

// Characters XML 1.0 cannot hold, lone surrogates, and CR (XML reading turns CR LF into LF).
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_CELL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The cell a value would naturally be written as in this column. Only a proposal: encodeCell keeps it
 * when it reads back as the same value (null is なし only where the column takes なし; else yaml:null).
 */
function naturalCell(spec: ColumnSpec, value: unknown): CellValue {
  if (value === null) return NONE_WORD;
  if (typeof value === 'boolean') return spec.kind === 'boolean' ? (value ? TRUE_WORD : FALSE_WORD) : value;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : null;
  if (typeof value === 'string') {
    if (UNSAFE_IN_CELL.test(value)) return null;
    if (spec.notApplicable && value === 'not_applicable') return NOT_APPLICABLE_WORD;
    if (spec.kind === 'date') return dateOfDay(value) ?? value;
    return labelOf(spec, value); // the value itself where it has no label
  }
  if (Array.isArray(value)) {
    if (value.length === 0 && (spec.kind === 'textList' || spec.kind === 'enumList' || spec.kind === 'locations')) return NONE_WORD;
    // Stryker disable next-line MethodExpression: a list with an item that is not text joins into text that does not read back as it (encodeCell)
    if (spec.kind === 'textList' && value.every((item) => typeof item === 'string')) return value.join(', ');
    // Stryker disable next-line LogicalOperator,MethodExpression: a list this proposes for another column does not read back (encodeCell)
    if (spec.kind === 'enumList' && value.every((item) => typeof item === 'string')) return value.map((item) => labelOf(spec, item)).join(', ');
    if (spec.kind === 'locations') return locationsText(spec, value);
  }
  return null;
}

function locationsText(spec: ColumnSpec, locations: unknown[]): CellValue {
  const lines: string[] = [];
  for (const location of locations) {
    if (!isPlainObject(location) || typeof location.place !== 'string') return null;
    const keys = Object.keys(location);
    // Stryker disable next-line MethodExpression,ArrowFunction: a place with another key, written as text, reads back without that key (encodeCell writes yaml:)
    if (keys.some((key) => key !== 'place' && key !== 'detail')) return null;
    const place = labelOf(spec, location.place);
    if (location.detail === undefined) lines.push(place);
    else if (typeof location.detail === 'string') lines.push(`${place}: ${location.detail}`);
    else return null;
  }
  return lines.join('\n');
}

/** Deep equality of ledger values (YAML/JSON data: no dates, maps or cycles). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  // Stryker disable next-line LogicalOperator: an array beside a value that is not one is false below as well (an array is no plain object)
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

/** The cell for a value: its natural form when that reads back as the same value, else `yaml:…`. */
export function encodeCell(spec: ColumnSpec, value: unknown): CellValue {
  const natural = naturalCell(spec, value);
  if (natural !== null) {
    const back = decodeCell(spec, natural);
    if (back.present && sameValue(back.value, value)) return natural;
  }
  return yamlText(value);
}

// ----- one object (a row, or the root on 施設) -----------------------------------------------------

export const extraColumn = (path: readonly string[], label: string): ColumnSpec =>
  ({ path, kind: 'any', label, description: { ja: '', en: '' }, required: false, width: 0 });

/** Every proper prefix of the columns' paths: the objects a row is made of (security, training…). */
function structuralPaths(columns: readonly ColumnSpec[]): string[][] {
  const found: string[][] = [];
  for (const spec of columns) {
    for (let length = 1; length < spec.path.length; length++) {
      const prefix = spec.path.slice(0, length);
      // Stryker disable next-line ArrowFunction: a prefix found twice is the same prefix
      if (!found.some((known) => samePath(known, prefix))) found.push(prefix);
    }
  }
  return found;
}

export interface FlatCell {
  spec: ColumnSpec;
  cell: CellValue;
}

/**
 * An object as cells: one per column path present in it, objects of the layout (security…) opened,
 * anything else (x-…, note of a nested object, an unknown key) as an extra `any` column. Paths in
 * `skip` (the tables on 施設) are left to the caller.
 */
// Stryker disable next-line ArrowFunction: a skip that answers undefined skips nothing, as false
export function flattenObject(value: Record<string, unknown>, columns: readonly ColumnSpec[], skip: (path: string[]) => boolean = () => false): FlatCell[] {
  const structural = structuralPaths(columns);
  const cells: FlatCell[] = [];
  const walk = (object: Record<string, unknown>, prefix: string[]) => {
    for (const key of Object.keys(object)) {
      const path = [...prefix, key];
      const item = object[key];
      if (skip(path)) continue;
      const spec = columnFor(columns, path);
      if (spec) {
        // training: { kind: null } alone would read back as training: null
        const alone = spec.nullMeansParent && item === null && Object.keys(object).length === 1;
        cells.push({ spec, cell: alone ? yamlText(item) : encodeCell(spec, item) });
      } else if (structural.some((known) => samePath(known, path)) && isPlainObject(item) && Object.keys(item).length > 0) {
        walk(item, path);
      } else if (item === null && columns.some((candidate) => candidate.nullMeansParent && samePath(candidate.path.slice(0, -1), path))) {
        const nullColumn = columns.find((candidate) => candidate.nullMeansParent && samePath(candidate.path.slice(0, -1), path)) as ColumnSpec;
        cells.push({ spec: nullColumn, cell: NONE_WORD });
      } else {
        const spec = extraColumn(path, key);
        cells.push({ spec, cell: encodeCell(spec, item) });
      }
    }
  };
  walk(value, []);
  return cells;
}

/** Sets `value` at `path`, making the objects on the way; a path through a non-object is dropped. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): boolean {
  if (path.some((key) => INTERNAL_KEYS.has(key))) return false; // reported where the key is read
  let object = target;
  for (const key of path.slice(0, -1)) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) object[key] = {};
    const next = object[key];
    if (!isPlainObject(next)) return false;
    object = next;
  }
  const last = path[path.length - 1];
  if (Object.prototype.hasOwnProperty.call(object, last)) return false; // a second column for the same key: the first wins
  object[last] = value;
  return true;
}

/** The inverse of flattenObject for cells read from a row. */
export function unflattenObject(cells: readonly { path: readonly string[]; spec: ColumnSpec; cell: CellValue }[], onSet?: (path: readonly string[], index: number) => void): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  cells.forEach(({ path, spec, cell }, index) => {
    if (path.length === 0) return; // the whole ledger (cellsToLedger), not a key of it
    const decoded = decodeCell(spec, cell);
    if (!decoded.present) return;
    const marked = typeof cell === 'string' && cell.startsWith(YAML_MARKER);
    if (spec.nullMeansParent && decoded.value === null && !marked) {
      const parent = path.slice(0, -1);
      const siblings = cells.some((other) => other !== cells[index] && samePath(other.path.slice(0, parent.length), parent) && other.path.length > parent.length && !isBlank(other.cell));
      if (!siblings) {
        if (setPath(object, parent, null)) onSet?.(parent, index);
        return;
      }
    }
    if (setPath(object, path, decoded.value)) onSet?.(path, index);
  });
  return object;
}

// ----- the whole ledger -------------------------------------------------------------------------

export interface WrittenTable {
  spec: TableSheetSpec;
  /** The layout's columns, then the extra columns the ledger needs, in order of first appearance. */
  columns: ColumnSpec[];
  /** One array of cells per item, in `columns` order. */
  rows: CellValue[][];
}

export interface WrittenWorkbook {
  /** 施設: the layout's rows (empty cell when absent), then extra rows. */
  facility: FlatCell[];
  /** Only the tables present in the ledger: a missing table has no sheet, an empty one has its headers. */
  tables: WrittenTable[];
}

/** A table that rows can show: an array of non-empty objects. Anything else is one `yaml:` cell on 施設. */
function rowsRepresentable(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && Object.keys(item).length > 0);
}

function getPath(root: unknown, path: readonly string[]): { found: boolean; value?: unknown } {
  let value = root;
  for (const key of path) {
    // Stryker disable next-line ObjectLiteral: `found` undefined is not found
    if (!isPlainObject(value) || !Object.prototype.hasOwnProperty.call(value, key)) return { found: false };
    value = value[key];
  }
  return { found: true, value };
}

/** The cells of a ledger value (any YAML value; a non-object is one `yaml:` cell). */
export function ledgerToCells(ledger: unknown, layout: WorkbookLayout): WrittenWorkbook {
  if (!isPlainObject(ledger)) {
    // Not a mapping at all: one row on 施設 whose key is the empty path `[]`, which no ledger key can spell.
    const spec = extraColumn([], '');
    return { facility: [...layout.facility.rows.map((row) => ({ spec: row, cell: null })), { spec, cell: encodeCell(spec, ledger) }], tables: [] };
  }
  const root = ledger;
  const tableShown = (path: string[]) => layout.tables.some((table) => samePath(table.path, path)) && rowsRepresentable(getPath(root, path).value);
  const flat = flattenObject(root, layout.facility.rows, tableShown);
  const facility: FlatCell[] = layout.facility.rows.map((spec) => flat.find((cell) => cell.spec === spec) ?? { spec, cell: null });
  facility.push(...flat.filter((cell) => !layout.facility.rows.includes(cell.spec)));
  const tables: WrittenTable[] = [];
  for (const spec of layout.tables) {
    const { found, value } = getPath(root, spec.path);
    if (!found || !rowsRepresentable(value)) continue;
    const columns = [...spec.columns];
    const rows = value.map((item) => {
      const cells = flattenObject(item, spec.columns);
      for (const { spec: cellSpec } of cells) {
        if (!columns.some((known) => samePath(known.path, cellSpec.path))) columns.push(cellSpec);
      }
      return columns.map((known) => cells.find((cell) => samePath(cell.spec.path, known.path))?.cell ?? null);
    });
    tables.push({ spec, columns, rows: rows.map((row) => [...row, ...new Array<CellValue>(columns.length - row.length).fill(null)]) });
  }
  return { facility, tables };
}

// ----- reading sheets of cells back --------------------------------------------------------------

/** A sheet as read: `rows[r][c]` is the cell at row r+1, column c+1 (sparse arrays are fine). */
export interface SheetCells {
  name: string;
  rows: readonly (readonly CellValue[] | undefined)[];
  /** As workbook.xml says: hidden sheets are read like visible ones; a veryHidden one (no menu shows it) is warned of. */
  state?: SheetState;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface CellLocation {
  sheet: string;
  /** A1 form. */
  cell: string;
}

/**
 * What the sheets show that the ledger value cannot hold without choosing silently: a key given twice,
 * a key inside another's value, a table given both on 施設 and as its sheet, an empty key, a key naming
 * an object's internals, a value without a key, a second sheet of a name, a sheet no menu can show.
 * Each is reported at its cell; the cell is then not read (the first of two is).
 */
export type LayoutProblemKind = 'keyRowMissing' | 'duplicateKey' | 'overlappingKey' | 'tableTwice' | 'emptyKey' | 'internalKey' | 'unkeyedValue' | 'duplicateSheet' | 'veryHiddenSheet' | 'exampleRow';

export interface LayoutProblem extends CellLocation {
  kind: LayoutProblemKind;
  /** The key as written (keyText), where the problem is about a key. */
  key?: string;
  /** The cell this one conflicts with (the first of two, the longer key, the table's sheet). */
  other?: CellLocation;
}

export interface DecodedWorkbook {
  value: unknown;
  /**
   * The cell showing a ledger path: the cell of the value (or of its nearest ancestor column), the
   * empty cell where a missing item belongs, or the row's first cell; undefined when no sheet shows it.
   */
  locate(path: NodePath): CellLocation | undefined;
  problems: LayoutProblem[];
  /** The table sheets read: which columns each has, and the first column after them. */
  tables: ReadTable[];
}

export interface ReadTable {
  path: readonly string[];
  sheet: string;
  columns: readonly (readonly string[])[];
  nextColumn: number;
}

const cellAt = (sheet: SheetCells, row: number, column: number): CellValue => sheet.rows[row - 1]?.[column - 1] ?? null;

/** Why a key cannot be read (an empty path, an empty segment, an internal key), or undefined. */
function keyFault(path: readonly string[]): 'emptyKey' | 'internalKey' | undefined {
  if (path.length === 0 || path.some((key) => key === '')) return 'emptyKey';
  return path.some((key) => INTERNAL_KEYS.has(key)) ? 'internalKey' : undefined;
}

const pathKey = (path: readonly (string | number)[]) => path.join('\u0000');

/** Every proper prefix of these paths, as pathKeys: a path among them has other keys inside its value. */
function prefixesOf(paths: readonly (readonly string[])[]): Set<string> {
  const prefixes = new Set<string>();
  for (const path of paths) for (let length = 1; length < path.length; length++) prefixes.add(pathKey(path.slice(0, length)));
  return prefixes;
}

/**
 * Whether a cell of a key that has other keys inside it (security beside security.antivirus) conflicts
 * with them: it gives keys of its own (an object), or a cell inside it is filled too. A bare value
 * (null, text) with nothing inside is how the writer shows `security: null`, and the schema judges it.
 */
function conflicts(spec: ColumnSpec, cell: CellValue, insideFilled: boolean): boolean {
  if (isBlank(cell)) return false;
  if (insideFilled) return true;
  const decoded = decodeCell(spec, cell);
  return decoded.present && isPlainObject(decoded.value) && Object.keys(decoded.value).length > 0;
}

interface KeyedColumn {
  column: number;
  path: string[];
  spec: ColumnSpec;
  /** Some other column's key is inside this one's (security beside security.antivirus). */
  holdsOthers: boolean;
}

function headerColumns(sheet: SheetCells, spec: TableSheetSpec, problems: LayoutProblem[]): KeyedColumn[] {
  const keys = sheet.rows[TABLE_KEY_ROW - 1] ?? [];
  const labels = sheet.rows[TABLE_LABEL_ROW - 1] ?? [];
  const found: KeyedColumn[] = [];
  const first = new Map<string, { row: number; column: number }>(); // where a key was first read: its key cell, or its label's
  const width = Math.max(keys.length, labels.length);
  for (let index = 0; index < width; index++) {
    const keyCell = keys[index] ?? null;
    const labelCell = labels[index] ?? null;
    // A column with no key is read by its label, so that a column someone added is reported, not lost.
    const row = !isBlank(keyCell) ? TABLE_KEY_ROW : TABLE_LABEL_ROW;
    const text = !isBlank(keyCell) ? cellText(keyCell) : !isBlank(labelCell) ? cellText(labelCell) : '';
    // Stryker disable next-line MethodExpression: text is '' or a non-blank cell's text, which isBlank (trimming) found not blank
    if (text.trim() === '') continue;
    // Stryker disable next-line ArrayDeclaration: text is not blank here, and parseKeyText gives a path for any text not blank
    const path = parseKeyText(text) ?? [];
    const at = { sheet: sheet.name, cell: cellAddress(row, index + 1), key: text.trim() };
    const fault = keyFault(path);
    if (fault) {
      problems.push({ kind: fault, ...at });
      continue;
    }
    const firstCell = first.get(pathKey(path));
    if (firstCell !== undefined) {
      problems.push({ kind: 'duplicateKey', ...at, other: { sheet: sheet.name, cell: cellAddress(firstCell.row, firstCell.column) } });
      continue;
    }
    first.set(pathKey(path), { row, column: index + 1 });
    const known = columnFor(spec.columns, path);
    // Stryker disable next-line BooleanLiteral: holdsOthers is set for every column after the loop
    found.push({ column: index + 1, path, spec: known ?? extraColumn(path, path[path.length - 1]), holdsOthers: false });
  }
  const prefixes = prefixesOf(found.map((column) => column.path));
  for (const column of found) column.holdsOthers = prefixes.has(pathKey(column.path));
  return found;
}

/** Whether `path` is inside `outer` (security.antivirus inside security). */
const isInside = (path: readonly string[], outer: readonly string[]) => path.length > outer.length && samePath(path.slice(0, outer.length), outer);

/** The first column whose key is inside `path` (the one a problem with `path` points at). */
const firstInside = (columns: readonly KeyedColumn[], path: readonly string[]) => columns.find((candidate) => isInside(candidate.path, path));

/**
 * The first column inside the nearest object of `keys` that has one: an object of the row (security,
 * lock_password) is shown by its first column, as YAML points at its key, and so is a missing leaf of it
 * whose own column is not on the sheet (lock_password.composition → the min_length column).
 */
function firstColumnInside(columns: readonly { column: number; path: readonly string[] }[], keys: readonly string[]): number | undefined {
  for (let length = keys.length; length > 0; length--) {
    const found = columns.find((candidate) => samePath(candidate.path.slice(0, length), keys.slice(0, length)));
    if (found) return found.column;
  }
  return undefined;
}

/** Two paths where one is the other or inside it. */
const overlaps = (a: readonly string[], b: readonly string[]) => {
  const length = Math.min(a.length, b.length);
  return samePath(a.slice(0, length), b.slice(0, length));
};

interface FacilityCell {
  path: string[];
  spec: ColumnSpec;
  cell: CellValue;
  row: number;
}

/** 施設's rows as keyed cells; rows that cannot be read without a silent choice become problems. */
function facilityRows(sheet: SheetCells, layout: WorkbookLayout, problems: LayoutProblem[]): FacilityCell[] {
  const cells: FacilityCell[] = [];
  const first = new Map<string, number>();
  const at = (row: number, column: number) => ({ sheet: sheet.name, cell: cellAddress(row, column) });
  for (let row = KEY_VALUE_HEADER_ROW + 1; row <= sheet.rows.length; row++) {
    const keyCell = cellAt(sheet, row, KEY_VALUE_COLUMNS.key);
    const valueCell = cellAt(sheet, row, KEY_VALUE_COLUMNS.value);
    if (isBlank(keyCell)) {
      if (!isBlank(valueCell)) problems.push({ kind: 'unkeyedValue', ...at(row, KEY_VALUE_COLUMNS.value) });
      continue;
    }
    const text = cellText(keyCell).trim();
    // Stryker disable next-line ArrayDeclaration: the key cell is not blank here, and parseKeyText gives a path for any text not blank
    const path = parseKeyText(text) ?? [];
    const fault = path.length === 0 ? undefined : keyFault(path); // `[]`: the whole ledger, judged below
    if (fault) {
      problems.push({ kind: fault, ...at(row, KEY_VALUE_COLUMNS.key), key: text });
      continue;
    }
    const firstRow = first.get(pathKey(path));
    if (firstRow !== undefined) {
      problems.push({ kind: 'duplicateKey', ...at(row, KEY_VALUE_COLUMNS.key), key: text, other: at(firstRow, KEY_VALUE_COLUMNS.key) });
      continue;
    }
    first.set(pathKey(path), row);
    // Stryker disable next-line ArithmeticOperator: an extra column's label is never read back (only its kind, any, decodes the cell)
    cells.push({ path, spec: columnFor(layout.facility.rows, path) ?? extraColumn(path, path[path.length - 1]), cell: valueCell, row });
  }
  return cells;
}

/**
 * 施設 rows that another row or a table's sheet also gives (a `security`-like object row beside its
 * keys, `devices` beside the 端末 sheet): problems, and left out, unless they hold nothing.
 */
function withoutOverlaps(cells: FacilityCell[], sheetName: string, tables: readonly { spec: TableSheetSpec; sheet: SheetCells }[], problems: LayoutProblem[]): FacilityCell[] {
  const prefixes = prefixesOf(cells.map((cell) => cell.path));
  const keyAt = (row: number) => ({ sheet: sheetName, cell: cellAddress(row, KEY_VALUE_COLUMNS.key), key: keyText(cells.find((cell) => cell.row === row)!.path) });
  const inside = (cell: FacilityCell) => cells.filter((other) => isInside(other.path, cell.path));
  return cells.filter((cell) => {
    if (cell.path.length === 0 || isBlank(cell.cell)) return true;
    const table = tables.find(({ spec }) => overlaps(spec.path, cell.path));
    if (table) {
      problems.push({ kind: 'tableTwice', ...keyAt(cell.row), other: { sheet: table.sheet.name, cell: cellAddress(TABLE_KEY_ROW, 1) } });
      return false;
    }
    if (!prefixes.has(pathKey(cell.path))) return true;
    const within = inside(cell);
    if (!conflicts(cell.spec, cell.cell, within.some((other) => !isBlank(other.cell)))) return true;
    problems.push({ kind: 'overlappingKey', ...keyAt(cell.row), other: { sheet: sheetName, cell: cellAddress(within[0]!.row, KEY_VALUE_COLUMNS.key) } });
    return false;
  });
}

/** The sheet each layout sheet is read from: the first of its name; later ones and hidden-from-menus ones are problems. */
function sheetsByName(sheets: readonly SheetCells[], problems: LayoutProblem[]): Map<string, SheetCells> {
  const byName = new Map<string, SheetCells>();
  const seen = new Map<string, SheetCells>();
  for (const sheet of sheets) {
    const folded = sheet.name.toLowerCase(); // Excel's sheet names are unique ignoring case
    const earlier = seen.get(folded);
    if (earlier) {
      problems.push({ kind: 'duplicateSheet', sheet: sheet.name, cell: 'A1', other: { sheet: earlier.name, cell: 'A1' } });
      continue;
    }
    seen.set(folded, sheet);
    byName.set(sheet.name, sheet);
  }
  return byName;
}

/** Reads sheets of cells (as the writer lays them out) back into a ledger value. */
export function cellsToLedger(sheets: readonly SheetCells[], layout: WorkbookLayout): DecodedWorkbook {
  // Every cell read is remembered: keys and places kept cheap (a 2,000-user workbook has 100,000 cells).
  // A path's segments joined by NUL is unambiguous: a node is an array or an object, never both.
  const places = new Map<string, { sheet: string; row: number; column: number }>();
  const remember = (path: readonly (string | number)[], sheet: string, row: number, column: number) => places.set(pathKey(path), { sheet, row, column });
  const place = (path: readonly (string | number)[]): CellLocation | undefined => {
    const found = places.get(pathKey(path));
    return found && { sheet: found.sheet, cell: cellAddress(found.row, found.column) };
  };
  const problems: LayoutProblem[] = [];
  const byName = sheetsByName(sheets, problems);
  const readSheet = (name: string) => {
    const sheet = byName.get(name);
    if (sheet?.state === 'veryHidden') problems.push({ kind: 'veryHiddenSheet', sheet: sheet.name, cell: 'A1' });
    return sheet;
  };
  const tableSheets = layout.tables.flatMap((spec) => {
    const sheet = readSheet(spec.name);
    return sheet ? [{ spec, sheet }] : [];
  });

  const facilitySheet = readSheet(layout.facility.name);
  const facilityCells = facilitySheet ? withoutOverlaps(facilityRows(facilitySheet, layout, problems), facilitySheet.name, tableSheets, problems) : [];
  if (facilitySheet) for (const { path, row } of facilityCells) remember(path, facilitySheet.name, row, KEY_VALUE_COLUMNS.value);
  const root: Record<string, unknown> = unflattenObject(facilityCells);

  const tableRows: { spec: TableSheetSpec; sheet: SheetCells; rows: number[]; columns: KeyedColumn[] }[] = [];
  for (const { spec, sheet } of tableSheets) {
    const columns = headerColumns(sheet, spec, problems);
    if (keyRowMissing(sheet, spec, columns)) {
      // Its first row of data would be read as keys (46 「不明な項目 `佐藤 健`」): one problem instead.
      problems.push({ kind: 'keyRowMissing', sheet: sheet.name, cell: cellAddress(TABLE_KEY_ROW, 1) });
      continue;
    }
    const items: unknown[] = [];
    const rows: number[] = [];
    for (let row = TABLE_FIRST_DATA_ROW; row <= sheet.rows.length; row++) {
      const cells = columns.map(({ column, path, spec: columnSpec }) => ({ path, spec: columnSpec, cell: cellAt(sheet, row, column), column }));
      if (cells.every(({ cell }) => isBlank(cell))) continue; // blank rows between entries
      const example = cells.find(({ cell }) => isExampleCell(cell));
      if (example) {
        problems.push({ kind: 'exampleRow', sheet: sheet.name, cell: cellAddress(row, example.column) }); // not a person or a device of hers
        continue;
      }
      const read = cells.filter(({ spec: columnSpec, cell }, index) => {
        if (!columns[index]!.holdsOthers) return true;
        const within = columns.flatMap((candidate, at) => (isInside(candidate.path, columns[index]!.path) ? [cells[at]!] : []));
        if (!conflicts(columnSpec, cell, within.some((other) => !isBlank(other.cell)))) return true;
        const inside = firstInside(columns, columns[index]!.path)!;
        problems.push({ kind: 'overlappingKey', sheet: sheet.name, cell: cellAddress(row, columns[index]!.column), key: keyText(columns[index]!.path), other: { sheet: sheet.name, cell: cellAddress(TABLE_KEY_ROW, inside.column) } });
        return false;
      });
      const index = items.length;
      const item = unflattenObject(read, (path, cellIndex) => remember([...spec.path, index, ...path], sheet.name, row, read[cellIndex]!.column));
      items.push(item);
      rows.push(row);
    }
    tableRows.push({ spec, sheet, rows, columns });
    setPath(root, spec.path, items);
  }

  const whole = wholeLedger(facilityCells, tableSheets.length, problems, facilitySheet?.name);
  const value = whole.present ? whole.value : root;
  problems.sort(byPlace(sheets));

  const locate = (path: NodePath): CellLocation | undefined => {
    const known = place(path);
    if (known) return known;
    for (const table of tableRows) {
      const depth = table.spec.path.length;
      if (path.length < depth || !samePath(table.spec.path, path.slice(0, depth) as string[])) continue;
      const index = path[depth];
      const row = typeof index === 'number' ? table.rows[index] : undefined;
      if (row === undefined) return { sheet: table.sheet.name, cell: cellAddress(table.rows[0] ?? TABLE_FIRST_DATA_ROW, table.columns[0]?.column ?? 1) };
      const inRow = path.slice(depth + 1);
      const shown = columnShowing(table.columns.map((column) => ({ ...column.spec, path: column.path })), inRow);
      // Stryker disable next-line MethodExpression: with no column showing the path, an index in it matches no column either
      const keys = inRow.filter((key): key is string => typeof key === 'string');
      const column = shown
        // Stryker disable next-line OptionalChaining: `shown` is one of these columns
        ? table.columns.find((candidate) => samePath(candidate.path, shown.path))?.column
        : firstColumnInside(table.columns, keys);
      // Stryker disable next-line OptionalChaining: a row is read only on a sheet that has a column
      return { sheet: table.sheet.name, cell: cellAddress(row, column ?? table.columns[0]?.column ?? 1) };
    }
    if (!facilitySheet) return undefined;
    const shown = columnShowing(facilityCells.map((cell) => ({ ...cell.spec, path: cell.path })), path);
    // The row of the path or of its nearest ancestor, else the first row inside it (facility.rules → its first rule).
    const row = shown
      // Stryker disable next-line OptionalChaining: `shown` is one of these cells' columns
      ? facilityCells.find((cell) => samePath(cell.path, shown.path))?.row
      : facilityCells.find((cell) => cell.path.length > path.length && samePath(cell.path.slice(0, path.length), path as string[]))?.row;
    if (row !== undefined) return { sheet: facilitySheet.name, cell: cellAddress(row, KEY_VALUE_COLUMNS.value) };
    // Stryker disable next-line ArithmeticOperator: starting past the path looks up the path itself, already not found above
    for (let length = path.length - 1; length > 0; length--) {
      const ancestor = place(path.slice(0, length));
      if (ancestor) return ancestor;
    }
    return { sheet: facilitySheet.name, cell: cellAddress(KEY_VALUE_HEADER_ROW + 1, KEY_VALUE_COLUMNS.value) };
  };
  const tables = tableRows.map(({ spec, sheet, columns }) => ({
    path: spec.path,
    sheet: sheet.name,
    columns: columns.map((column) => column.path),
    nextColumn: Math.max(0, ...columns.map((column) => column.column)) + 1,
  }));
  return { value, locate, problems, tables };
}

/** A table sheet with rows below its header but not one of the table's keys in its key row (row 2 deleted). */
function keyRowMissing(sheet: SheetCells, spec: TableSheetSpec, columns: readonly KeyedColumn[]): boolean {
  if (columns.some((column) => columnFor(spec.columns, column.path))) return false;
  return sheet.rows.slice(TABLE_KEY_ROW - 1).some((row) => row?.some((cell) => cell !== undefined && !isBlank(cell)));
}

/**
 * The `[]` row: a ledger that is not a mapping, as the writer writes one (that row alone, no table
 * sheet). Beside anything else it would replace what the sheets show: then it is a problem, not read.
 */
// Stryker disable next-line StringLiteral: a `[]` row is read only from a 施設 sheet, whose name is then given
function wholeLedger(cells: readonly FacilityCell[], tableSheetCount: number, problems: LayoutProblem[], sheet = ''): Decoded {
  const whole = cells.find((cell) => cell.path.length === 0);
  if (!whole || isBlank(whole.cell)) return ABSENT;
  const alone = tableSheetCount === 0 && cells.every((cell) => cell === whole || isBlank(cell.cell));
  if (alone) return decodeCell(whole.spec, whole.cell);
  problems.push({ kind: 'emptyKey', sheet, cell: cellAddress(whole.row, KEY_VALUE_COLUMNS.key), key: '[]' });
  return ABSENT;
}

const A1_PARTS = /^([A-Z]+)(\d+)$/;

/** Problems in the sheets' order, then row, then column. */
function byPlace(sheets: readonly SheetCells[]): (a: LayoutProblem, b: LayoutProblem) => number {
  // The first sheet of a name is the one read (and the one findings name): a later one must not move its problems.
  const order = new Map(sheets.map((sheet, index) => [sheet.name, index] as const).reverse());
  const parts = (cell: string) => {
    // Stryker disable next-line StringLiteral,ArrayDeclaration: every problem's cell is an address cellAddress wrote, which the pattern matches: these defaults are never used
    const [, letters = '', row = '0'] = A1_PARTS.exec(cell) ?? [];
    return [Number(row), letters.length, letters] as const;
  };
  return (a, b) => {
    const [rowA, widthA, lettersA] = parts(a.cell);
    const [rowB, widthB, lettersB] = parts(b.cell);
    return (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || rowA - rowB || widthA - widthB || (lettersA < lettersB ? -1 : lettersA > lettersB ? 1 : 0);
  };
}

export { keyText };
