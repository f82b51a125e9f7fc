import type { DueReport } from '../report';

export interface DueFormatOptions {
  color: boolean;
  /** The terminal's width in columns when the output goes to one (the table fits it). */
  width?: number;
  /** `target`: the table has a section per person, device and the facility; json and ics ignore it. */
  groupBy?: 'target';
}

/** A `due` format: a pure function from the due report to the text written out. */
export type DueFormatter = (report: DueReport, options: DueFormatOptions) => string;
