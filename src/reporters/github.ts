// --format github: GitHub Actions workflow commands, one line per finding, escaped as the Actions
// toolkit escapes them. Suppressed findings become notices that say so, so reviewers still see them.
// Ledger values are made inert first (one line, no controls, no `##[`), so only our commands remain.
// Against a baseline the title says whether a finding is new; with --fail-on-new an unchanged one is a
// notice, so that a pull request's annotations show as errors only what it made worse.
import { inertText } from '../report/inert';
import { leftOutLine, positionLabel } from '../report/model';
import type { ReportFile, ReportFinding, ReportModel } from '../report/model';
import type { Severity } from '../types';
import type { Reporter } from './types';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(finding: ReportFinding, file: string, failOnNew: boolean): string {
  const settled = finding.suppressed || (failOnNew && finding.baselineState === 'unchanged');
  const name = settled ? 'notice' : COMMANDS[finding.severity];
  const state = finding.baselineState ? ` (${finding.baselineState})` : '';
  const title = finding.suppressed ? `${finding.ruleId} (suppressed)` : `${finding.ruleId}${state}`;
  const suppressed = finding.suppression ? `${finding.message} [suppressed: ${finding.suppression.reason}]` : finding.message;
  // A workbook has no lines to annotate: the cell goes into the title and the message instead.
  const cell = finding.sheet !== undefined ? positionLabel(finding) : undefined;
  const message = cell === undefined ? suppressed : `${cell}: ${suppressed}`;
  const place = cell === undefined
    ? `line=${finding.line},col=${finding.column},title=${escapeProperty(inertText(title))}`
    : `title=${escapeProperty(inertText(`${title} ${cell}`))}`;
  const properties = `file=${escapeProperty(inertText(file))},${place}`;
  return `::${name} ${properties}::${escapeData(inertText(message))}`;
}

/** Entries left out of the content checks (one pass): one warning for the file, so that the review sees it. */
function leftOutCommand(file: ReportFile, model: ReportModel): string[] {
  const line = leftOutLine(file, model.lang);
  return line ? [`::warning file=${escapeProperty(inertText(file.file))},title=format problems::${escapeData(inertText(line))}\n`] : [];
}

const github: Reporter = (model: ReportModel) =>
  model.files.flatMap((file) => [...file.findings.map((finding) => `${command(finding, file.file, model.failOnNew === true)}\n`), ...leftOutCommand(file, model)]).join('');
export default github;
