// --format markdown: a report to paste into a pull-request comment: summary, then a table per file.
import { ui } from '../i18n/ui';
import { positionLabel } from '../report/model';
import type { ReportFile, ReportFinding, ReportModel } from '../report/model';
import type { Reporter } from './types';

/** Table cells: `|` escaped, newlines flattened, HTML made inert. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function row(finding: ReportFinding, model: ReportModel): string {
  const words = ui(model.lang);
  const severity = finding.suppressed ? words.suppressed : words.severity[finding.severity];
  const note = finding.suppression ? ` (${words.suppressedBy(finding.suppression.reason, finding.suppression.expires)})` : '';
  const cells = [severity, positionLabel(finding), finding.targetLabel ?? '-', `\`${finding.ruleId}\``, `${finding.message}${note}`];
  return `| ${cells.map((cell, index) => (index === 3 ? cell : escapeCell(cell))).join(' | ')} |`;
}

function fileSection(file: ReportFile, model: ReportModel): string {
  const words = ui(model.lang);
  const heading = `### ${escapeCell(file.file)}`;
  if (file.findings.length === 0) return `${heading}\n\n✔ ${words.noProblems}\n`;
  const { columns } = words;
  const header = `| ${[columns.severity, columns.position, columns.target, columns.rule, columns.message].join(' | ')} |\n| --- | --- | --- | --- | --- |`;
  return `${heading}\n\n${header}\n${file.findings.map((finding) => row(finding, model)).join('\n')}\n`;
}

const markdown: Reporter = (model) => {
  const { summary } = model;
  const total = summary.error + summary.warning + summary.info;
  const words = ui(model.lang);
  const head = `## dokodemo-check (${model.asOf})\n\n${total > 0 ? '✖' : '✔'} ${words.summary(total, summary, summary.suppressed)} — ${words.files(summary.files)}\n`;
  return [head, ...model.files.map((file) => fileSection(file, model))].join('\n');
};
export default markdown;
