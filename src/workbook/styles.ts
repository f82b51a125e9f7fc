// Which cell styles show dates: styles.xml's cellXfs (a cell's `s` is an index into them) and the
// number formats they use, built-in by id or custom (`<numFmts>`).
import { isDateFormat } from './dates';
import type { WorkbookPackage } from './package';
import { attributesOf } from './xml';

/** For each cell style index, whether it shows a date. */
export function dateStyles(book: WorkbookPackage, part: string | undefined): boolean[] {
  const formatIds: number[] = [];
  const codes = new Map<number, string>();
  // Stryker disable next-line StringLiteral: any name but cellXfs and numFmts is outside both
  let section = '';
  if (part !== undefined) {
    book.scan(part, {
      open(name, attributes) {
        if (name === 'cellXfs' || name === 'numFmts') section = name;
        else if (name === 'xf' && section === 'cellXfs') formatIds.push(Number(attributesOf(attributes).numFmtId ?? 0));
        else if (name === 'numFmt' && section === 'numFmts') {
          const { numFmtId, formatCode } = attributesOf(attributes);
          if (numFmtId !== undefined && formatCode !== undefined) codes.set(Number(numFmtId), formatCode);
        }
      },
      close(name) {
        // Stryker disable next-line StringLiteral: any name but cellXfs and numFmts is outside both
        if (name === section) section = '';
      },
      text() {},
    });
  }
  return formatIds.map((id) => isDateFormat(id, codes.get(id)));
}
