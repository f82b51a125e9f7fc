// --format json: the machine contract of cli.md (formatVersion 1). Key order is part of the contract.
import type { ReportFinding, ReportLeftOut, ReportModel } from '../report/model';
import type { Reporter } from './types';

export const JSON_FORMAT_VERSION = 1;

function findingJson(finding: ReportFinding): Record<string, unknown> {
  const json: Record<string, unknown> = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    ...(finding.sheet !== undefined ? { sheet: finding.sheet, cell: finding.cell } : {}),
    target: finding.target,
    suppressed: finding.suppressed,
  };
  // Assigned, not spread from an empty object: a first check of an old ledger writes tens of thousands.
  if (finding.suppression) json.suppression = finding.suppression;
  json.sources = finding.sources;
  // baselineState (added in 1.x, only with --baseline / --baseline-git): "new" or "unchanged", as SARIF says
  if (finding.baselineState) json.baselineState = finding.baselineState;
  return json;
}

function leftOutJson(entry: ReportLeftOut): Record<string, unknown> {
  return { path: entry.path, line: entry.line, column: entry.column, ...(entry.sheet !== undefined ? { sheet: entry.sheet, cell: entry.cell } : {}), target: entry.target };
}

export function reportJson(model: ReportModel): Record<string, unknown> {
  return {
    formatVersion: JSON_FORMAT_VERSION,
    tool: model.tool,
    asOf: model.asOf,
    // leftOut (added in 1.x, only when there are some): entries whose format errors kept them out of the content checks
    files: model.files.map((file) => ({ file: file.file, config: file.config, findings: file.findings.map(findingJson), summary: { facility: file.facility, ...file.counts, overdue: file.overdue }, ...(file.leftOut ? { leftOut: file.leftOut.map(leftOutJson) } : {}) })),
    summary: model.summary,
    // baseline (added in 1.x, only with --baseline / --baseline-git): new, unchanged, and absent (the baseline's findings gone)
    ...(model.baseline ? { baseline: model.baseline } : {}),
  };
}

const json: Reporter = (model) => `${JSON.stringify(reportJson(model), null, 2)}\n`;
export default json;
