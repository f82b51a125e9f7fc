// Text → one YAML 1.2 document with source positions, or yaml-syntax problems. The fast path (js-yaml
// with a position listener) reads ordinary ledgers; the precise path (the `yaml` package) reads the
// rest and words every syntax error. Both give the same values and positions (test/load/fast-parse.test.ts).
import type { Bilingual, Finding, MessageData, NodePath, Position } from '../types';
import { parseFast } from './fast-parse';
import type { FastPathStop } from './fast-parse';
import { BOUNDED_ERROR_CHARS, errorNearStop } from './error-near-stop';
import { parsePrecise } from './precise-parse';

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
}

export type ParseResult = { ok: true; ledger: ParsedLedger } | { ok: false; problems: SyntaxProblem[] };

/** YAML reads a lone CR (old Mac line ends) as a line break, as LF: one for one, so offsets stay. */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** `boundedFrom`: the text size from which a syntax error is worded from the part around it. */
export function parseLedger(text: string, boundedFrom = BOUNDED_ERROR_CHARS): ParseResult {
  const lines = withLineFeeds(text);
  const stop: FastPathStop = {};
  const fast = parseFast(lines, stop);
  if (fast) return fast;
  return (lines.length >= boundedFrom ? errorNearStop(lines, stop) : undefined) ?? parsePrecise(lines);
}
