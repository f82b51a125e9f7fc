// --format github: GitHub Actions workflow commands, one line per finding, escaped as the Actions
// toolkit escapes them. Suppressed findings become notices that say so, so reviewers still see them.
import type { ReportFinding, ReportModel } from '../report/model';
import type { Severity } from '../types';
import type { Reporter } from './types';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(finding: ReportFinding, file: string): string {
  const name = finding.suppressed ? 'notice' : COMMANDS[finding.severity];
  const title = finding.suppressed ? `${finding.ruleId} (suppressed)` : finding.ruleId;
  const message = finding.suppression ? `${finding.message} [suppressed: ${finding.suppression.reason}]` : finding.message;
  const properties = `file=${escapeProperty(file)},line=${finding.line},col=${finding.column},title=${escapeProperty(title)}`;
  return `::${name} ${properties}::${escapeData(message)}`;
}

const github: Reporter = (model: ReportModel) =>
  model.files.flatMap((file) => file.findings.map((finding) => `${command(finding, file.file)}\n`)).join('');
export default github;
