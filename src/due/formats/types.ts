import type { DueReport } from '../report';

export interface DueFormatOptions {
  color: boolean;
  /** The terminal's width in columns when the output goes to one (the table fits it). */
  width?: number;
}

/** A `due` format: a pure function from the due report to the text written out. */
export type DueFormatter = (report: DueReport, options: DueFormatOptions) => string;
