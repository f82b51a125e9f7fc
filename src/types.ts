// The findings model shared by loading, schema validation, rules, exceptions and reporters.
import type { Config } from './config/types';
import type { KeptLedger } from './ledger';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Lang = 'ja' | 'en';

/** Text in both languages. Templates use `{name}` placeholders filled from a finding's data. */
export interface Bilingual {
  ja: string;
  en: string;
}

/** A path into the ledger document: keys and array indexes. */
export type NodePath = ReadonlyArray<string | number>;

/** 1-based line and column where a node starts; in a workbook, the cell (line and column then hold its row and column). */
export interface Position {
  line: number;
  column: number;
  cell?: CellAddress;
}

/** A cell of a workbook: the sheet's name and place among the sheets, and the A1 reference. */
export interface CellAddress {
  sheet: string;
  sheetIndex: number;
  ref: string;
}

/**
 * Values substituted into a message template. Keys listed in PERSONAL_DATA_KEYS hold personal data
 * and are masked by --redact.
 */
export type MessageData = Record<string, string | number>;

export const PERSONAL_DATA_KEYS: ReadonlySet<string> = new Set(['user', 'mcsId', 'value', 'halfWidth']);

/** What a finding is about, as an exception names it, and how a report shows it. */
export interface Target {
  kind: 'device' | 'user' | 'facility';
  /** The device id, the user's mcs_id, or `facility`. */
  id: string;
  /** The user's name for a user; otherwise the id. */
  label: string;
}

/** A finding as the checker produces it, before exceptions and presentation. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  path: NodePath;
  /** Point at the key rather than the value (e.g. an unknown key). */
  pointsAtKey?: boolean;
  /** A required key missing from the object at `path`: a workbook shows where it belongs (its empty cell). */
  missingKey?: string;
  /** Where a workbook points instead of `path`: the empty cell of an optional key that is not recorded
   * (YAML points at the key's parent or sibling, as rules.md says; in a workbook the cell to fill is there). */
  cellPath?: NodePath;
  /** Set when the position is known directly (yaml-syntax findings have no node). */
  position?: Position;
  target?: Target;
  message: Bilingual;
  data: MessageData;
  sources: readonly string[];
}

export interface Suppression {
  reason: string;
  approvedBy: string;
  expires: string;
}

/** A finding with its position resolved and exceptions applied. */
export interface LocatedFinding extends Finding {
  position: Position;
  suppression?: Suppression;
}

/** An entry (a user, a device…) left out of the content checks until its format is fixed. */
export interface LeftOutEntry {
  path: NodePath;
  target?: Target;
}

export interface LocatedEntry extends LeftOutEntry {
  position: Position;
}

/** The result of checking one file. */
export interface FileResult {
  file: string;
  findings: LocatedFinding[];
  /** Entries whose format errors left them out of the content checks (the others were checked). */
  leftOut?: LocatedEntry[];
  /** The ledger, when it parsed and matched the schema: what reports and the checks across ledgers read. */
  ledger?: KeptLedger;
  /** The configuration applied to this file (its `file` is undefined for the built-in defaults). */
  config?: Config;
  /** Its obligations past due as of the check's day, counted where the file was checked (a many-file
   * run's threads), from the whole ledger: the kept one lacks the dates they count from. */
  overdue?: number;
}

export interface CheckResult {
  asOf: string;
  files: FileResult[];
  /** The files are sections of ledgers by target (--group-by target), not one per ledger. */
  bySection?: boolean;
}
