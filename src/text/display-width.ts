// Columns on a terminal. Plain ASCII is one column a character; string-width (and its emoji table,
// slow to load and to run on first use) is asked only about the rest: it counts full-width Japanese
// as two columns and skips colour codes.
import type stringWidthType from 'string-width';
import { boundedMemo } from '../bounded-memo';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
let stringWidth: typeof stringWidthType | undefined;

// A network's table asks about the same few hundred Japanese words and labels thousands of times
// (500 ledgers: 11,000 questions, 567 texts), and string-width builds two patterns per question.
const widthOf = boundedMemo<number>(10_000);

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  return widthOf(text, () => {
    stringWidth ??= require('string-width') as typeof stringWidthType;
    return stringWidth(text);
  });
}
