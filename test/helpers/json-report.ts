// The report as --format json writes it (src/reporters/json.ts), typed from the report model, for tests
// that parse the program's output: a finding is the model's without what only the readable formats use.
import type { ReportFile, ReportFinding } from '../../src/report/model';

export type JsonFinding = Omit<ReportFinding, 'targetLabel' | 'failing'>;

export type JsonFile = Pick<ReportFile, 'file' | 'config'> & { findings: JsonFinding[] };

/** A finding in a YAML ledger, which always has a line and a column (a workbook's has a sheet and cell). */
export type YamlJsonFinding = JsonFinding & { line: number; column: number };
