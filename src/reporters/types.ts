import type { ReportModel } from '../report/model';

export interface ReporterOptions {
  color: boolean;
  /** Directory that file paths are made relative to (SARIF); defaults to the process's. */
  cwd?: string;
  /** The terminal's width in columns when the report goes to one; text formats then fit it. */
  width?: number;
}

/** A format: a pure function from the report model to the text written out. */
export type Reporter = (model: ReportModel, options: ReporterOptions) => string;
