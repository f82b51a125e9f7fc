// Ledger values and file names are written by whoever edits the ledger: in a text report they must
// never act on what displays it (a terminal, a CI log). One escaping for every text output; the JSON
// formats keep the exact data instead.

/** C0, DEL and C1 controls; line and paragraph separators; bidi controls (Trojan Source, CVE-2021-42574). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Line breaks that end a value (a YAML block scalar keeps one: `reason: >`) or a line of it before a
 * blank: dropped, as a reader would not see them, instead of shown as `\n`. */
const TRAILING_BREAKS = /(?:\r\n|\r|\n)+(?= |$)/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(character: string): string {
  const code = character.charCodeAt(0);
  return NAMED[character] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** Commands a CI runner obeys in a log: GitHub's `::name …::` opening a line (after blanks) and the
 * older `##[name]` anywhere, Azure Pipelines' `##vso[…]` anywhere. A backslash makes them plain text. */
const COMMAND_START = /##(vso)?\[/gi;

/** A value shown as text: every control and bidi character visibly escaped (`\x1b`, `\u202e`, `\n`),
 * so the value stays on one line and cannot move the cursor, retitle the window or reorder text; and
 * every `::` and `##[` broken (`:\:`, `##\[`), so that no line a report wraps can start a CI command. */
export function inert(text: string): string {
  return text.replace(TRAILING_BREAKS, '').replace(UNSAFE, visible).replace(/:(?=:)/g, ':\\').replace(COMMAND_START, '##$1\\[');
}

/** The same for whole lines of a report, in case a value opens one: no text report writes either itself. */
export function inertLines(text: string): string {
  return text.replace(/^([ \t]*(?:\x1b\[[0-9;]*m)*)::/gm, '$1:\\:').replace(COMMAND_START, '##$1\\[');
}

/** A report's values and its lines, made inert for a terminal or a log. */
export function inertText(text: string): string {
  return inertLines(inert(text));
}
