import type { ReportModel } from '../report/model';

export interface ReporterOptions {
  color: boolean;
}

/** A format: a pure function from the report model to the text written out. */
export type Reporter = (model: ReportModel, options: ReporterOptions) => string;
