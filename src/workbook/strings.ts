// Shared strings (xl/sharedStrings.xml) and the text of a string element: its `<t>`, or its runs'
// `<r><t>` joined, never the phonetic guide (`<rPh>`, the furigana Japanese Excel keeps for names).
import type { WorkbookPackage } from './package';

/** `_x000D_` is how OOXML writes a character XML cannot hold; `_x005F_` is an underscore. */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeText(text: string): string {
  // Stryker disable next-line StringLiteral: '' sends every text through the replace, which changes only _xHHHH_
  return text.includes('_x') ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

/** Collects the text of string items (`si`, or a cell's `is`): their `t`, outside any `rPh`. */
export class StringText {
  private phonetic = 0;
  private inText = false;
  private text = '';

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  add(text: string): void {
    if (this.inText) this.text += text;
  }

  /** The item's text so far, and a fresh start for the next. */
  take(): string {
    const text = unescapeText(this.text);
    this.text = '';
    this.phonetic = 0;
    this.inText = false;
    return text;
  }
}

/** The shared strings by index (none when the workbook has no such part). */
export function sharedStrings(book: WorkbookPackage, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  const item = new StringText();
  let inItem = false;
  book.scan(part, {
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) item.open(name);
    },
    close(name) {
      if (name !== 'si') return item.close(name);
      strings.push(item.take());
      inItem = false;
    },
    text(text) {
      item.add(text);
    },
  });
  return strings;
}
