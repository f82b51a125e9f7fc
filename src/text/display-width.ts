// Columns on a terminal. Plain ASCII is one column a character; string-width (and its emoji table,
// slow to load and to run on first use) is asked only about the rest: it counts full-width Japanese
// as two columns and skips colour codes.
import type stringWidthType from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
let stringWidth: typeof stringWidthType | undefined;

// A network's table asks about the same few hundred Japanese words and labels thousands of times
// (500 ledgers: 11,000 questions, 567 texts), and string-width builds two patterns per question.
const widthOf = new Map<string, number>();
const MAX_REMEMBERED = 10_000;

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = widthOf.get(text);
  if (width === undefined) {
    stringWidth ??= require('string-width') as typeof stringWidthType;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: forgetting sooner, later, always or never gives the same widths (only memory and time differ)
    if (widthOf.size >= MAX_REMEMBERED) widthOf.clear();
    widthOf.set(text, (width = stringWidth(text)));
  }
  return width;
}
