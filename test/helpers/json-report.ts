// The report as --format json writes it (src/reporters/json.ts), typed from the report model, for tests
// that parse the program's output: a finding is the model's without what only the readable formats use.
import type { ReportFile, ReportFinding } from '../../src/report/model';

export type JsonFinding = Omit<ReportFinding, 'targetLabel' | 'failing'>;

export type JsonFile = Pick<ReportFile, 'file' | 'config'> & { findings: JsonFinding[] };
