// Text → one YAML 1.2 document with source positions, or yaml-syntax problems. The fast path (js-yaml
// with a position listener) reads ordinary ledgers; the precise path (the `yaml` package) reads the
// rest and words every syntax error. Both give the same values and positions (test/load/fast-parse.test.ts).
import type { Bilingual, Finding, LocatedFinding, MessageData, NodePath, Position } from '../types';
import { parseFast } from './fast-parse';
import type { FastPathStop } from './fast-parse';
import { BOUNDED_ERROR_CHARS, errorNearStop } from './error-near-stop';
import { lineIndex } from './positions';
import type { OffsetToPosition } from './positions';
import { parsePrecise } from './precise-parse';
import { SYNTAX_MESSAGES } from './syntax-messages';

export interface SyntaxProblem {
  position: Position;
  message: Bilingual;
  /** Placeholders of the message (a value as written is personal data: --redact masks `value`). */
  data?: MessageData;
}

export interface ParsedLedger {
  value: unknown;
  /** Where the node at `path` starts; the nearest existing ancestor when the path is absent. */
  locate(path: NodePath, pointsAtKey?: boolean): Position;
  /** Where the missing `key` of the object at `path` belongs, when the format has such a place (a workbook's empty cell). */
  locateMissing?(path: NodePath, key: string): Position;
  /** Problems found while reading that the schema cannot see (a workbook's sheet that is not read), located. */
  problems?: Finding[];
  /** Located format findings as this format says them best: a workbook says a column is missing once, not once a row. */
  condense?(findings: LocatedFinding[]): LocatedFinding[];
}

export type ParseResult = { ok: true; ledger: ParsedLedger } | { ok: false; problems: SyntaxProblem[] };

/** YAML reads a lone CR (old Mac line ends) as a line break, as LF: one for one, so offsets stay. */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Above this, the precise parser does not read the whole text: it holds 60 to 70 times the text
 * (1.5 GB for a 24 MB ledger), and a 64 MB file would end in an out-of-memory abort. */
export const PRECISE_LIMIT_CHARS = 12 * 1024 * 1024;

export interface ParseLimits {
  /** The text size from which a syntax error is worded from the part around it. */
  boundedFrom?: number;
  /** The largest text the precise parser reads whole. */
  preciseUpTo?: number;
}

/** Where a text too large for the precise parser stopped the fast path, and why, as its one problem. */
function tooLargeForPrecise(stop: FastPathStop, toPosition: OffsetToPosition): ParseResult {
  const position = toPosition(stop.at ?? stop.asideAt ?? 0);
  if (stop.at !== undefined) return { ok: false, problems: [{ position, message: SYNTAX_MESSAGES.largeSyntaxError, data: { reason: stop.reason ?? '' } }] };
  return { ok: false, problems: [{ position, message: SYNTAX_MESSAGES.largeUnusualYaml }] };
}

export function parseLedger(text: string, limits: ParseLimits = {}): ParseResult {
  const { boundedFrom = BOUNDED_ERROR_CHARS, preciseUpTo = PRECISE_LIMIT_CHARS } = limits;
  const lines = withLineFeeds(text);
  const stop: FastPathStop = {};
  const fast = parseFast(lines, stop);
  if (fast) return fast;
  const toPosition = lineIndex(lines); // built on first use: one index for both bounded paths
  const near = lines.length >= boundedFrom ? errorNearStop(lines, stop, toPosition) : undefined;
  if (near) return near;
  return lines.length > preciseUpTo ? tooLargeForPrecise(stop, toPosition) : parsePrecise(lines);
}
