// A large ledger's syntax error, read from the part of the text around it. js-yaml finds the error
// fast but words it poorly; the precise parser words it well but holds the whole tree while it reads
// (1.4 GB and 13 s for 20,000 staff and one tab), so it reads only the list item around the error,
// or for an early error above the lists, the text up to it.
import type { FastPathStop } from './fast-parse';
import type { ParseResult } from './parse';
import { lineIndex } from './positions';
import type { OffsetToPosition } from './positions';
import { parsePrecise } from './precise-parse';

/** From this size on, a syntax error is worded from the part of the text around it (errorNearStop). */
export const BOUNDED_ERROR_CHARS = 1024 * 1024;
/** Lines after js-yaml's stop that the precise parser also reads: its own error may sit a little later. */
const LINES_AFTER_STOP = 20;
/** Problems up to this many lines after the stop are the text's own; later ones may come from the cut. */
const LINES_KEPT_AFTER_STOP = 5;

/** Spaces before a line's text: YAML indents with spaces only. */
const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

function lineAt(text: string, lineStart: number): string {
  const end = text.indexOf('\n', lineStart);
  return text.slice(lineStart, end === -1 ? text.length : end);
}

/** Where the line `lines` lines after the one holding `from` ends, or the last line before one that `endsBefore`. */
function lineEndAfter(text: string, from: number, lines: number, endsBefore: (line: string) => boolean = () => false): number {
  let end = text.indexOf('\n', from);
  for (let count = 0; count < lines && end !== -1 && !endsBefore(lineAt(text, end + 1)); count++) end = text.indexOf('\n', end + 1);
  return end === -1 ? text.length : end;
}

/** Where the part around the stop ends: some lines after it, or before the first line outside the item's list. */
function partEnd(text: string, itemLineStart: number, stoppedAt: number): number {
  const itemIndent = indentOf(lineAt(text, itemLineStart));
  const outsideList = (line: string) => isContent(line) && (indentOf(line) < itemIndent || (indentOf(line) === itemIndent && line[itemIndent] !== '-'));
  return lineEndAfter(text, stoppedAt, LINES_AFTER_STOP, outsideList);
}

/** Aliases and directives reach outside a part: read alone, it would have errors of its own. */
const REACHES_OUTSIDE = /(?:^|[\s,[{])\*[^\s,[\]{}]|^%/m;

/** The text read in place of the whole: the key line of the list, then the item's lines up to a little
 * after the error (or, for an early error outside the lists, the text up to a little after it);
 * `firstLine` is the line of the whole text that the part's first line after its context is. */
export interface PartAroundStop {
  text: string;
  firstLine: number;
  /** The part's lines before the item's (the key line). */
  contextLines: number;
}

/** An error this early (a mistake in `facility:`, above the lists) is worded from the text up to it. */
const PREFIX_CHARS = 256 * 1024;

export function partAroundStop(text: string, stop: FastPathStop, toPosition: OffsetToPosition = lineIndex(text)): PartAroundStop | undefined {
  const { at, item } = stop;
  if (at === undefined) return undefined;
  if (!item) return at < PREFIX_CHARS ? { text: text.slice(0, lineEndAfter(text, at, LINES_AFTER_STOP)), firstLine: 1, contextLines: 0 } : undefined;
  if (text.startsWith('%') || text.includes('\n%')) return undefined;
  const lines = text.slice(item.itemLineStart, partEnd(text, item.itemLineStart, at));
  if (REACHES_OUTSIDE.test(lines)) return undefined;
  const keyLine = item.keyLineStart === undefined ? '' : `${lineAt(text, item.keyLineStart)}\n`;
  if (REACHES_OUTSIDE.test(keyLine)) return undefined;
  return { text: keyLine + lines, firstLine: toPosition(item.itemLineStart).line, contextLines: keyLine === '' ? 0 : 1 };
}

/**
 * A large ledger's syntax error, worded by the precise parser from the part around it. Undefined when
 * there is no such part, or it has no problem of its own before the cut: then the whole text is read.
 */
export function errorNearStop(text: string, stop: FastPathStop, toPosition: OffsetToPosition = lineIndex(text)): ParseResult | undefined {
  const part = partAroundStop(text, stop, toPosition);
  if (!part) return undefined;
  const result = parsePrecise(part.text);
  if (result.ok) return undefined;
  const lastKeptLine = toPosition(stop.at!).line + LINES_KEPT_AFTER_STOP;
  const shift = part.firstLine - 1 - part.contextLines;
  const problems = result.problems
    .filter((problem) => problem.position.line > part.contextLines)
    .map((problem) => ({ ...problem, position: { line: problem.position.line + shift, column: problem.position.column } }))
    .filter((problem) => problem.position.line <= lastKeptLine);
  return problems.length > 0 ? { ok: false, problems } : undefined;
}
