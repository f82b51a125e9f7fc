// The ledger workbook (.xlsx), described once as data: which sheet holds which part of the ledger,
// and for every column its key path, its kind of cell and its Japanese label. The writer (init,
// convert) and the reader (check) both work from this description, so a column is found by the key
// in its header, never by its position. Labels and enumerated values come from the ledger schema's
// own descriptions, so the workbook and the YAML format cannot drift apart.
//
// Layout of a table sheet (端末, 利用者, 事故, 例外, 管理者):
//   row 1  the Japanese label of each column (ウイルス対策ソフト…)
//   row 2  the key path it maps to (security.antivirus); any column order, extra columns allowed
//   row 3… one row per item; blank rows are skipped
// Layout of the key/value sheet 施設: row 1 headers, then one row per item of the ledger's root and
// facility object (everything but the tables): column A label, B key path from the root
// (facility.rules.antivirus_required, version, x-…), C value, D description.
import type { Bilingual } from '../types';
import { choicesAt, choiceKey, schemaChoices } from '../i18n/enums';
import type { Choice } from '../i18n/enums';

export { choiceKey };

/** What a cell holds and how it is written and read (see workbook-codec.ts). */
export type ColumnKind =
  | 'text'
  | 'integer'
  | 'boolean' // はい / いいえ (a TRUE/FALSE cell is read too)
  | 'date' // a real date cell; `nullable` adds なし = null, `notApplicable` adds 対象外 = not_applicable
  | 'enum' // a dropdown of the schema's values, shown by their Japanese labels where they have them
  | 'textList' // several values in one cell: `MD-PC-01, MD-TB-01` (`,` `、` or line breaks); なし = []
  | 'enumList' // the same with enumerated values (a device's networks)
  | 'locations' // one place per line: `施設外: 訪問先` (place label, then the detail after a colon)
  | 'any'; // a column the layout does not know (x-…, note of a nested object): text, number, TRUE/FALSE

/** A value and its label: the one table's (i18n/enums.ts), shared with the reports and the messages. */
export type { Choice } from '../i18n/enums';

export interface ColumnSpec {
  /** Key path from the row's item (table sheets) or from the ledger's root (施設). */
  path: readonly string[];
  kind: ColumnKind;
  /** Japanese label for the header row. */
  label: string;
  /** The schema's description of the item, in both languages (header comments, 説明 sheet). */
  description: Bilingual;
  /** Values of an enum / enumList / locations column. */
  choices?: readonly Choice[];
  /** Values a text column offers in its dropdown without insisting (the schema's examples: rule ids). */
  suggestions?: readonly string[];
  /** A text column whose dropdown offers another table's column (an incident's device: the ids on 端末). */
  picksFrom?: { table: readonly string[]; key: string };
  /** The cell may say なし for null. */
  nullable?: boolean;
  /** なし in this column means the enclosing object is null (training: null is written in 受講の種類). */
  nullMeansParent?: boolean;
  /** The cell may say 対象外 for `not_applicable` (incidents' carrier_remote_lock). */
  notApplicable?: boolean;
  /** Required by the schema (or by one of its conditions): shown in the header's colour. */
  required: boolean;
  /** Column width in characters of width 1 (a Japanese character counts 2). */
  width: number;
}

export interface TableSheetSpec {
  kind: 'table';
  name: string;
  /** Where the array lives in the ledger: ['devices'], ['facility', 'mcs_admins']. */
  path: readonly string[];
  columns: readonly ColumnSpec[];
}

export interface KeyValueSheetSpec {
  kind: 'keyValue';
  name: string;
  rows: readonly ColumnSpec[];
}

export type SheetSpec = TableSheetSpec | KeyValueSheetSpec;

/** Cell text meaning null (and [] in a list column). */
export const NONE_WORD = 'なし';
/** Other spellings of NONE_WORD that are read (never written). */
export const NONE_WORDS: readonly string[] = [NONE_WORD, 'null'];
export const NOT_APPLICABLE_WORD = '対象外';
export const NOT_APPLICABLE_WORDS: readonly string[] = [NOT_APPLICABLE_WORD, 'not_applicable'];
export const TRUE_WORD = 'はい';
export const FALSE_WORD = 'いいえ';
/**
 * A cell whose text starts with this holds a YAML (flow) value: how a value the column cannot show
 * as itself is carried (null or a list in a text column, an x- field holding a mapping, an empty
 * string, a string that itself starts with `yaml:`), so that YAML → xlsx → YAML loses nothing.
 */
export const YAML_MARKER = 'yaml:';

/** Key/value sheet columns (1-based). */
export const KEY_VALUE_COLUMNS = { label: 1, key: 2, value: 3, description: 4 } as const;
export const KEY_VALUE_HEADER_ROW = 1;
/** Table sheets: row 1 labels, row 2 keys, data from row 3. */
export const TABLE_LABEL_ROW = 1;
export const TABLE_KEY_ROW = 2;
export const TABLE_FIRST_DATA_ROW = 3;

export const SHEET_NAMES = {
  instructions: '説明',
  facility: '施設',
  admins: '管理者',
  devices: '端末',
  users: '利用者',
  incidents: '事故',
  exceptions: '例外',
  /** Hidden: the lists behind dropdowns too long to write inline (Excel allows 255 characters). */
  lists: '選択肢',
} as const;

// ----- key paths as header text ------------------------------------------------------------------

/** `security.antivirus`; a path whose keys contain `.` (or look like JSON) is written as a JSON array. */
export function keyText(path: readonly string[]): string {
  const plain = path.length > 0 && path.every((key) => key !== '' && !key.includes('.') && !/^[\s["]/.test(key) && key.trim() === key);
  return plain ? path.join('.') : JSON.stringify(path);
}

/** The inverse of keyText; undefined for an empty cell. `[]` is the empty path: the whole ledger (a ledger that is not a mapping). */
export function parseKeyText(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // Stryker disable next-line ConditionalExpression,StringLiteral: only text starting with [ parses to an array; the check saves a parse
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.every((key) => typeof key === 'string')) return parsed as string[];
    } catch {
      // not JSON: read as a dotted path below
    }
  }
  return trimmed.split('.').map((key) => key.trim());
}

export const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, i) => key === b[i]);

// ----- the schema as the source of labels ---------------------------------------------------------

interface SchemaNode {
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: string[];
  required?: string[];
  type?: string | string[];
}

let schema: SchemaNode | undefined;
const ledgerSchema = () => (schema ??= require('../../schemas/ledger.schema.json') as SchemaNode);

/** The schema node at a path of keys (array items are stepped through). */
export function schemaNodeAt(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = ledgerSchema();
  for (const key of path) {
    while (node?.items) node = node.items;
    node = node?.properties?.[key];
  }
  return node;
}

function splitDescription(description: string | undefined): Bilingual {
  const [ja = '', en = ''] = (description ?? '').split(' / ');
  return { ja, en };
}

/** 「ウイルス対策ソフトの導入の有無（スマートフォンは…）」 → 「ウイルス対策ソフトの導入の有無」 */
function shortLabel(ja: string): string {
  return ja.replace(/（[^（）]*）$/, '').trim();
}

/** `pc: パソコン、tablet: タブレット` in a description → labels (the one table's reading of the schema). */
export function choicesOf(node: SchemaNode): Choice[] {
  return schemaChoices(node);
}

const DATE_WIDTH = 12;
const LABEL_PADDING = 2;

function column(base: readonly string[], relative: string, kind: ColumnKind, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  const path = relative.split('.');
  const node = schemaNodeAt([...base, ...path]) ?? {};
  const description = splitDescription(node.description);
  const label = extra.label ?? shortLabel(description.ja);
  const choices = kind === 'enum' || kind === 'enumList' ? choicesAt([...base, ...path]) : kind === 'locations' ? choicesAt([...base, ...path, 'place']) : undefined;
  const parent = schemaNodeAt([...base, ...path.slice(0, -1)]);
  const required = extra.required ?? (parent?.required?.includes(path[path.length - 1]) ?? false);
  return { path, kind, label, description, ...(choices ? { choices } : {}), required, width: 0, ...extra };
}

/** Fits the header label and the widest choice; dates and booleans have fixed widths. */
function withWidths(columns: ColumnSpec[]): ColumnSpec[] {
  return columns.map((spec) => {
    const candidates = [spec.label, keyText(spec.path), ...(spec.choices ?? []).map((choice) => choice.label)];
    const floor = spec.kind === 'date' ? DATE_WIDTH : spec.kind === 'text' || spec.kind === 'textList' ? 14 : 6;
    const width = Math.min(40, Math.max(floor, ...candidates.map(roughWidth)) + LABEL_PADDING);
    return { ...spec, width };
  });
}

// ----- the sheets -------------------------------------------------------------------------------

function facilityRows(): ColumnSpec[] {
  return [
    column([], 'version', 'integer'),
    column([], 'facility.name', 'text'),
    column([], 'facility.updated', 'date'),
    column([], 'facility.manager.name', 'text', { label: '管理責任者の氏名（台帳 1）' }),
    column([], 'facility.manager.title', 'text'),
    column([], 'facility.mcs_facility_admin.name', 'text', { label: '施設管理者の氏名（台帳 2）' }),
    column([], 'facility.mcs_facility_admin.mcs_id', 'text', { label: '施設管理者の MCS の ID' }),
    column([], 'facility.rules.public_wireless_lan_prohibited', 'boolean', { label: '利用規程: 公衆無線 LAN は不可' }),
    column([], 'facility.rules.startup_password_required', 'boolean', { label: '利用規程: 端末起動時パスワードの設定' }),
    column([], 'facility.rules.antivirus_required', 'boolean', { label: '利用規程: ウイルス対策ソフトの導入' }),
    column([], 'facility.rules.unused_apps_handled', 'boolean', { label: '利用規程: 業務に使用しないアプリ・機能の削除等' }),
    column([], 'facility.wireless_lan.ssid_stealth', 'boolean', { label: '施設の無線 LAN: SSID ステルス（無線 LAN がなければ空欄）' }),
    column([], 'facility.note', 'text', { label: '施設の補足' }),
  ];
}

const ADMIN_BASE = ['facility', 'mcs_admins'];
const adminColumns = () => [column(ADMIN_BASE, 'name', 'text'), column(ADMIN_BASE, 'mcs_id', 'text'), column(ADMIN_BASE, 'note', 'text')];

function deviceColumns(): ColumnSpec[] {
  const b = ['devices'];
  const conditional = { required: true };
  return [
    column(b, 'id', 'text', { label: '管理番号' }),
    column(b, 'type', 'enum'),
    column(b, 'model', 'text'),
    column(b, 'os', 'enum'),
    column(b, 'ownership', 'enum'),
    column(b, 'status', 'enum'),
    column(b, 'locations', 'locations'),
    column(b, 'networks', 'enumList'),
    column(b, 'security.startup_password', 'boolean'),
    column(b, 'security.lock_password.min_length', 'integer', conditional),
    column(b, 'security.lock_password.composition', 'enum', conditional),
    column(b, 'security.antivirus', 'boolean'),
    column(b, 'security.os_up_to_date', 'boolean'),
    column(b, 'security.unused_apps', 'enum'),
    column(b, 'security.file_sharing_software', 'boolean'),
    column(b, 'security.mcs_password_saved', 'boolean'),
    column(b, 'security.remote_wipe', 'boolean', conditional),
    column(b, 'security.unknown_sources_blocked', 'boolean', conditional),
    column(b, 'security.settings_admin_only', 'boolean', conditional),
    column(b, 'security.mfa', 'boolean'),
    column(b, 'security.privacy_filter', 'boolean'),
    column(b, 'security.encrypted', 'boolean'),
    column(b, 'security.patient_data_stored', 'boolean'),
    column(b, 'security.wipe_after_failed_attempts', 'boolean'),
    column(b, 'shared_outside_staff', 'boolean'),
    column(b, 'disposal.date', 'date', conditional),
    column(b, 'disposal.wiped', 'boolean', conditional),
    column(b, 'note', 'text'),
  ];
}

function userColumns(): ColumnSpec[] {
  const b = ['users'];
  return [
    column(b, 'name', 'text'),
    column(b, 'affiliation', 'text'),
    column(b, 'job_type', 'text'),
    column(b, 'mcs_id', 'text', { label: 'MCS の ID（登録メールアドレス）' }),
    column(b, 'start_date', 'date'),
    column(b, 'end_date', 'date', { label: '利用終了日', nullable: true }),
    column(b, 'account_status', 'enum'),
    column(b, 'mcs_password_changed', 'date', { nullable: true }),
    column(b, 'policy_read', 'boolean'),
    column(b, 'training.kind', 'enum', { label: '講習の種類（なければ なし）', nullMeansParent: true, required: true }),
    column(b, 'training.date', 'date'),
    column(b, 'pledge_date', 'date', { nullable: true }),
    column(b, 'devices', 'textList', { label: '利用端末の管理番号（複数可）' }),
    column(b, 'note', 'text'),
  ];
}

function incidentColumns(): ColumnSpec[] {
  const b = ['incidents'];
  return [
    column(b, 'date', 'date'),
    column(b, 'device', 'text', { label: '端末の管理番号', picksFrom: { table: ['devices'], key: 'id' } }),
    column(b, 'user', 'text', { label: '利用者の MCS の ID', picksFrom: { table: ['users'], key: 'mcs_id' } }),
    column(b, 'kind', 'enum'),
    column(b, 'mcs_password_changed', 'date', { nullable: true }),
    column(b, 'secretariat_notified', 'date', { nullable: true }),
    column(b, 'carrier_remote_lock', 'date', { nullable: true, notApplicable: true }),
    column(b, 'note', 'text'),
  ];
}

function exceptionColumns(): ColumnSpec[] {
  const b = ['exceptions'];
  return [
    column(b, 'rule', 'text', { suggestions: (schemaNodeAt([...b, 'rule'])?.examples ?? []).filter((id): id is string => typeof id === 'string') }),
    column(b, 'target', 'text'),
    column(b, 'reason', 'text'),
    column(b, 'approved_by', 'text'),
    column(b, 'approved_on', 'date'),
    column(b, 'expires', 'date'),
    column(b, 'note', 'text'),
  ];
}

export interface WorkbookLayout {
  /** In workbook order; 説明 (instructions) is written first and never read. */
  sheets: readonly SheetSpec[];
  facility: KeyValueSheetSpec;
  tables: readonly TableSheetSpec[];
}

let built: WorkbookLayout | undefined;

/** The layout, built once from the schema. */
export function workbookLayout(): WorkbookLayout {
  if (built) return built;
  const facility: KeyValueSheetSpec = { kind: 'keyValue', name: SHEET_NAMES.facility, rows: facilityRows() };
  const table = (name: string, path: string[], columns: ColumnSpec[]): TableSheetSpec => ({ kind: 'table', name, path, columns: withWidths(columns) });
  const tables = [
    table(SHEET_NAMES.admins, ADMIN_BASE, adminColumns()),
    table(SHEET_NAMES.devices, ['devices'], deviceColumns()),
    table(SHEET_NAMES.users, ['users'], userColumns()),
    table(SHEET_NAMES.incidents, ['incidents'], incidentColumns()),
    table(SHEET_NAMES.exceptions, ['exceptions'], exceptionColumns()),
  ];
  built = { sheets: [facility, ...tables], facility, tables };
  return built;
}

/** Labels, keys and choices are ASCII or wide (Japanese): the writer measures cell text with string-width. */
function roughWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0xff ? 2 : 1;
  return width;
}

/** The table sheet holding the array at `path` (['devices'] → 端末). */
export function tableAt(layout: WorkbookLayout, path: readonly string[]): TableSheetSpec | undefined {
  return layout.tables.find((table) => samePath(table.path, path));
}

export function sheetNamed(layout: WorkbookLayout, name: string): SheetSpec | undefined {
  return layout.sheets.find((sheet) => sheet.name === name);
}

/** The layout's column for a key path (of the row item, or of the root on 施設). */
export function columnFor(columns: readonly ColumnSpec[], path: readonly string[]): ColumnSpec | undefined {
  return columns.find((spec) => samePath(spec.path, path));
}

/**
 * The column that shows a ledger path inside a row: the column of the path itself, else of its
 * nearest ancestor (devices[0].locations[1].detail is shown in the locations column).
 */
export function columnShowing(columns: readonly ColumnSpec[], path: readonly (string | number)[]): ColumnSpec | undefined {
  const keys = path.filter((key): key is string => typeof key === 'string');
  for (let length = keys.length; length > 0; length--) {
    const spec = columnFor(columns, keys.slice(0, length));
    if (spec) return spec;
  }
  return undefined;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A1-style address. */
export const cellAddress = (row: number, column: number) => `${columnLetter(column)}${row}`;
