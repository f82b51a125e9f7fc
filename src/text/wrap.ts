// Wrapping text for a terminal of a given width, counted in display columns (full-width Japanese as
// two). Lines break at spaces and between Japanese characters (not before 、。」 and the like, not
// after 「（), never inside a run of Latin letters, digits and punctuation, so `security.mfa` stays
// whole unless it alone is wider than the line (then after a `-`, `.` or the like where one fits).
// Colour codes are kept and re-opened on each line.
import { displayWidth } from './display-width';

/** A piece of a line: a space run, a run of narrow non-space characters, one wide character, or a colour code. */
interface Unit {
  text: string;
  width: number;
  kind: 'space' | 'narrow' | 'wide' | 'style';
}

const STYLE = /\x1b\[[0-9;]*m/y;
/** Japanese line-breaking rules (kinsoku): characters a line must not start with, or end with. */
const NO_START = new Set('、。，．・：；？！）］｝」』】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々)]},.:;!?\'"%');
const NO_END = new Set('（［｛「『【〔〈《([{');

function units(text: string): Unit[] {
  const result: Unit[] = [];
  let index = 0;
  while (index < text.length) {
    STYLE.lastIndex = index;
    const style = STYLE.exec(text);
    if (style) {
      result.push({ text: style[0], width: 0, kind: 'style' });
      index += style[0].length;
      continue;
    }
    const character = String.fromCodePoint(text.codePointAt(index)!);
    index += character.length;
    const width = displayWidth(character);
    const kind = character === ' ' ? 'space' : width > 1 ? 'wide' : 'narrow';
    const last = result[result.length - 1];
    if (last && last.kind === kind && kind !== 'wide') {
      last.text += character;
      last.width += width;
    } else {
      result.push({ text: character, width, kind });
    }
  }
  return result;
}

/** Whether a line may start at `unit`, given the visible unit before it. */
function mayBreakBefore(previous: Unit | undefined, unit: Unit): boolean {
  if (!previous || unit.kind === 'space') return false;
  if (previous.kind === 'space') return true;
  if (NO_START.has(unit.text[0]!) || NO_END.has(previous.text[previous.text.length - 1]!)) return false;
  if (previous.kind === 'wide' && unit.kind === 'wide') return true;
  // Between Japanese and Latin text: only where the Latin side starts or ends with a letter or digit.
  if (previous.kind === 'wide') return /^[\p{L}\p{N}]/u.test(unit.text);
  if (unit.kind === 'wide') return /[\p{L}\p{N}]$/u.test(previous.text);
  return false;
}

/** Where a run of narrow characters may be cut when it alone is wider than the line: after one of these. */
const CUT_AFTER = new Set(['-', '_', '.', '/', '@']);

/**
 * The part of `text` that goes on a line `room` columns wide: up to its last cut point that fits, else as
 * many characters as fit (at least one). `text` is wider than `room`, so it never ends there.
 */
function pieceOf(text: string, room: number): Unit {
  let fitted = 0;
  let used = 0;
  let cutLength = 0;
  let cutWidth = 0;
  for (const character of text) {
    const characterWidth = displayWidth(character);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a line is at least 1 column and a narrow character at most 1, so the first always fits; the guard keeps the loop moving
    if (fitted > 0 && used + characterWidth > room) break;
    used += characterWidth;
    fitted += character.length;
    if (CUT_AFTER.has(character)) {
      cutLength = fitted;
      cutWidth = used;
    }
  }
  return cutLength > 0 ? { text: text.slice(0, cutLength), width: cutWidth, kind: 'narrow' } : { text: text.slice(0, fitted), width: used, kind: 'narrow' };
}

/**
 * A narrow run wider than the line, the only place a word is split: after a `-`, `_`, `.`, `/` or `@`
 * where one fits (`lock-password-` | `strength`), else by characters. Linear: each piece is measured once.
 */
function splitLong(unit: Unit, firstWidth: number, width: number): Unit[] {
  const pieces: Unit[] = [];
  let rest: Unit = unit;
  for (let room = firstWidth; rest.width > room; room = width) {
    const piece = pieceOf(rest.text, room);
    pieces.push(piece);
    rest = { text: rest.text.slice(piece.text.length), width: rest.width - piece.width, kind: 'narrow' };
  }
  pieces.push(rest);
  return pieces;
}

const visibleIn = (line: Unit[]) => line.some((unit) => unit.kind !== 'style');
const widthOf = (line: Unit[]) => line.reduce((sum, unit) => sum + unit.width, 0);

/** The line without its trailing blanks (colour codes after them stay). */
function trimEnd(line: Unit[]): Unit[] {
  const kept = [...line];
  for (let index = kept.length - 1; index >= 0 && kept[index]!.kind !== 'narrow' && kept[index]!.kind !== 'wide'; index--) {
    if (kept[index]!.kind === 'space') kept.splice(index, 1);
  }
  return kept;
}

/** Line breaks chosen greedily: the first line at most `firstWidth` wide, the others `width`. */
function breakUnits(all: Unit[], firstWidth: number, width: number): Unit[][] {
  const lines: Unit[][] = [];
  let line: Unit[] = [];
  let previous: Unit | undefined; // the last visible unit
  let breakAt = -1; // where in `line` the latest break opportunity is
  const limit = () => (lines.length === 0 ? firstWidth : width);
  const endLine = (kept: Unit[], carried: Unit[]) => {
    lines.push(trimEnd(kept));
    line = carried;
    breakAt = -1;
  };

  for (const unit of all) {
    if (unit.kind === 'style') {
      line.push(unit);
      continue;
    }
    if (unit.kind === 'space') {
      if (visibleIn(line) || lines.length === 0) line.push(unit); // no blanks opening a continuation line
      previous = unit;
      continue;
    }
    if (visibleIn(line) && mayBreakBefore(previous, unit)) breakAt = line.length;
    if (visibleIn(line) && widthOf(line) + unit.width > limit()) {
      if (breakAt > 0) endLine(line.slice(0, breakAt), line.slice(breakAt));
      if (widthOf(line) + unit.width > limit() && visibleIn(line)) endLine(line, []); // no opportunity left: break here
    }
    if (unit.kind === 'narrow' && widthOf(line) + unit.width > limit()) {
      const pieces = splitLong(unit, limit() - widthOf(line), width);
      for (const piece of pieces.slice(0, -1)) endLine([...line, piece], []);
      line.push(pieces[pieces.length - 1]!);
    } else {
      line.push(unit);
    }
    previous = unit;
  }
  lines.push(trimEnd(line));
  return lines;
}

/** Which attribute an SGR code sets, and the codes that end it (chalk closes each attribute on its own). */
function slotOf(code: number): string {
  if ((code >= 30 && code <= 39) || (code >= 90 && code <= 97)) return 'fg';
  if ((code >= 40 && code <= 49) || (code >= 100 && code <= 107)) return 'bg';
  if (code === 1 || code === 2 || code === 22) return 'intensity';
  return String(code >= 20 ? code - 20 : code);
}
const CLOSING = new Set([22, 23, 24, 25, 27, 28, 29, 39, 49]);

/** Colour codes still open at a line's end are reset there and opened again on the next line. */
function restyle(lines: string[]): string[] {
  let open = new Map<string, string>();
  return lines.map((line) => {
    const start = [...open.values()].join('');
    for (const match of line.matchAll(/\x1b\[([0-9;]*)m/g)) {
      for (const code of match[1]!.split(';').map(Number)) {
        if (code === 0) open = new Map();
        else if (CLOSING.has(code)) open.delete(slotOf(code));
        else open.set(slotOf(code), `\x1b[${code}m`);
      }
    }
    return `${start}${line}${open.size > 0 ? '\x1b[0m' : ''}`;
  });
}

/** `text` (one line) as lines: the first at most `width` display columns wide, the others `restWidth`. */
export function wrapText(text: string, width: number, restWidth = width): string[] {
  const lines = breakUnits(units(text), Math.max(1, width), Math.max(1, restWidth));
  return restyle(lines.map((line) => line.map((unit) => unit.text).join('')));
}

/** Every line of `text` wider than `width` wrapped; its continuation lines indented two more than it. */
export function fitToWidth(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (displayWidth(line) <= width) return [line];
      const indent = /^ */.exec(line)![0].length;
      const more = Math.min(indent + 2, Math.floor(width / 2));
      const [first, ...rest] = wrapText(line.slice(indent), width - indent, width - more);
      return [`${' '.repeat(indent)}${first}`, ...rest.map((part) => `${' '.repeat(more)}${part}`)];
    })
    .join('\n');
}
