// --format table (default): per file, an aligned table (full-width Japanese included), then a summary.
import chalk from 'chalk';
import { ui } from '../i18n/ui';
import type { Counts, ReportFile, ReportFinding, ReportModel } from '../report/model';
import type { Severity } from '../types';
import { renderBorderlessTable } from './borderless-table';
import type { Reporter } from './types';


type Paint = chalk.Chalk;

function severityCell(finding: ReportFinding, model: ReportModel, paint: Paint): string {
  const text = ui(model.lang);
  if (finding.suppressed) return paint.gray(text.suppressed);
  const colour: Record<Severity, chalk.Chalk> = { error: paint.red, warning: paint.yellow, info: paint.blue };
  return colour[finding.severity](text.severity[finding.severity]);
}

function messageCell(finding: ReportFinding, model: ReportModel, paint: Paint): string {
  if (!finding.suppression) return finding.message;
  const note = ui(model.lang).suppressedBy(finding.suppression.reason, finding.suppression.expires);
  return `${paint.gray(finding.message)} ${paint.gray(`[${note}]`)}`;
}

function fileTable(file: ReportFile, model: ReportModel, paint: Paint): string {
  const { columns } = ui(model.lang);
  const head = [columns.severity, columns.position, columns.target, columns.rule, columns.message].map((h) => paint.bold(h));
  const rows = file.findings.map((finding) => [
    severityCell(finding, model, paint),
    `${finding.line}:${finding.column}`,
    finding.targetLabel ?? '-',
    paint.gray(finding.ruleId),
    messageCell(finding, model, paint),
  ]);
  return renderBorderlessTable(head, rows);
}

function summaryLine(counts: Counts, model: ReportModel, paint: Paint): string {
  const total = counts.error + counts.warning + counts.info;
  const text = ui(model.lang).summary(total, counts, counts.suppressed);
  return counts.error > 0 ? paint.red.bold(`✖ ${text}`) : total > 0 ? paint.yellow.bold(`✖ ${text}`) : paint.green(`✔ ${text}`);
}

function fileSection(file: ReportFile, model: ReportModel, paint: Paint): string {
  if (file.findings.length === 0) return `${paint.underline(file.file)}: ${paint.green(`✔ ${ui(model.lang).noProblems}`)}\n`;
  return `${paint.underline(file.file)}\n${fileTable(file, model, paint)}\n`;
}

const table: Reporter = (model, options) => {
  const paint = new chalk.Instance({ level: options.color ? 1 : 0 });
  const sections = model.files.map((file) => fileSection(file, model, paint));
  const anyFindings = model.files.some((file) => file.findings.length > 0);
  const summary = anyFindings ? `\n${summaryLine(model.summary, model, paint)}\n` : '';
  return sections.join('\n') + summary;
};
export default table;
