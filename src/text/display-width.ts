// Columns on a terminal. Plain ASCII is one column a character; string-width (and its emoji table,
// slow to load and to run on first use) is asked only about the rest: it counts full-width Japanese
// as two columns and skips colour codes.
import type stringWidthType from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
let stringWidth: typeof stringWidthType | undefined;

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  stringWidth ??= require('string-width') as typeof stringWidthType;
  return stringWidth(text);
}
