// Why the reader could not make sense of a workbook, in the user's words (never a parser's): thrown by
// the reader's modules, turned into the CLI's and the page's one line by read.ts.
import type { Bilingual } from '../types';
import { damaged } from './zip-guard';

export class WorkbookFault extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'WorkbookFault';
  }
}

/** A part that is not the XML it should be, or a reference to a part that is not there. */
export function damagedPart(detail: Bilingual): WorkbookFault {
  return new WorkbookFault(damaged(detail).message);
}
