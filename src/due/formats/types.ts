import type { DueReport } from '../report';

export interface DueFormatOptions {
  color: boolean;
}

/** A `due` format: a pure function from the due report to the text written out. */
export type DueFormatter = (report: DueReport, options: DueFormatOptions) => string;
