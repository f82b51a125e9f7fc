// --format table (default): per file, an aligned table (full-width Japanese included), then a summary.
import { BASELINE_WORDS } from '../diff/words';
import { ui } from '../i18n/ui';
import { inert, inertLines } from '../report/inert';
import { leftOutLine, positionColumn, positionLabel } from '../report/model';
import type { Counts, ReportFile, ReportFinding, ReportModel } from '../report/model';
import type { Severity } from '../types';
import { renderBorderlessTable } from '../text/borderless-table';
import type { Reporter } from './types';
import { fitToWidth } from '../text/wrap';

type Style = (text: string) => string;

/** The table's styles by meaning. */
interface Paint extends Record<Severity, Style> {
  quiet: Style;
  heading: Style;
  file: Style;
  clean: Style;
  errorSummary: Style;
  warningSummary: Style;
}

const plain: Style = (text) => text;
const PLAIN: Paint = { error: plain, warning: plain, info: plain, quiet: plain, heading: plain, file: plain, clean: plain, errorSummary: plain, warningSummary: plain };

/** chalk is loaded only for a terminal: most runs (hooks, CI, pipes) have no colour. */
function colourPaint(): Paint {
  const chalk = require('chalk') as typeof import('chalk');
  const paint = new chalk.Instance({ level: 1 });
  return {
    error: paint.red,
    warning: paint.yellow,
    info: paint.blue,
    quiet: paint.gray,
    heading: paint.bold,
    file: paint.underline,
    clean: paint.green,
    errorSummary: paint.red.bold,
    warningSummary: paint.yellow.bold,
  };
}

function severityCell(finding: ReportFinding, model: ReportModel, paint: Paint): string {
  const text = ui(model.lang);
  if (finding.suppressed) return paint.quiet(text.suppressed);
  return paint[finding.severity](text.severity[finding.severity]);
}

function messageCell(finding: ReportFinding, model: ReportModel, paint: Paint): string {
  if (!finding.suppression) return inert(finding.message);
  const note = ui(model.lang).suppressedBy(finding.suppression.reason, finding.suppression.expires);
  return `${paint.quiet(inert(finding.message))} ${paint.quiet(`[${inert(note)}]`)}`;
}

/** The column of messages: wrapped, or moved below its row, on a narrow terminal. */
const MESSAGE_COLUMN = 4;

function fileTable(file: ReportFile, model: ReportModel, paint: Paint, width: number | undefined): string {
  const { columns } = ui(model.lang);
  // With a baseline, a column after the severity says whether the finding is new.
  const baseline = model.baseline ? BASELINE_WORDS[model.lang] : undefined;
  const state = (finding: ReportFinding) => (finding.baselineState === 'new' ? paint.errorSummary(baseline!.state.new) : paint.quiet(baseline!.state[finding.baselineState ?? 'unchanged']));
  const head = [columns.severity, ...(baseline ? [baseline.column] : []), columns[positionColumn(file.findings)], columns.target, columns.rule, columns.message].map((h) => paint.heading(h));
  const rows = file.findings.map((finding) => [
    severityCell(finding, model, paint),
    ...(baseline ? [state(finding)] : []),
    inert(positionLabel(finding)),
    inert(finding.targetLabel ?? '-'),
    paint.quiet(finding.ruleId),
    messageCell(finding, model, paint),
  ]);
  return renderBorderlessTable(head, rows, width === undefined ? undefined : { width, flow: [MESSAGE_COLUMN + (baseline ? 1 : 0)] });
}

function summaryLine(counts: Counts, model: ReportModel, paint: Paint): string {
  const total = counts.error + counts.warning + counts.info;
  const text = ui(model.lang).summary(total, counts, counts.suppressed);
  return counts.error > 0 ? paint.errorSummary(`✖ ${text}`) : total > 0 ? paint.warningSummary(`✖ ${text}`) : paint.clean(`✔ ${text}`);
}

/** The footer naming the configuration file a ledger was checked with; none for the defaults. */
function configFooter(file: ReportFile, model: ReportModel, paint: Paint): string {
  return file.config === null ? '' : `  ${paint.quiet(ui(model.lang).configuration(inert(file.config), file.disabledRules.length))}\n`;
}

function fileSection(file: ReportFile, model: ReportModel, paint: Paint, width: number | undefined): string {
  const name = paint.file(inert(file.file));
  const leftOut = leftOutLine(file, model.lang);
  const footer = `${leftOut ? `  ${paint.warning(`● ${inert(leftOut)}`)}\n` : ''}${configFooter(file, model, paint)}`;
  if (file.findings.length === 0) return `${name}: ${paint.clean(`✔ ${ui(model.lang).noProblems}`)}\n${footer}`;
  return `${name}\n${fileTable(file, model, paint, width)}\n${footer}`;
}

/** Worst first: errors, then overdue deadlines, warnings, info; then the file's name. */
export function worstFirst(a: ReportFile, b: ReportFile): number {
  return b.counts.error - a.counts.error || (b.overdue ?? 0) - (a.overdue ?? 0) || b.counts.warning - a.counts.warning || b.counts.info - a.counts.info || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** With more than one ledger, one row per facility, worst first, within 80 columns (or the terminal's). */
function rollup(model: ReportModel, paint: Paint, width: number | undefined): string {
  // One ledger, or ledgers split into sections by target (--group-by target): no roll-up.
  if (model.files.length < 2 || model.bySection) return '';
  const words = ui(model.lang).rollup;
  const head = [words.facility, words.file, words.error, words.warning, words.info, words.overdue].map((h) => paint.heading(h));
  const rows = [...model.files].sort(worstFirst).map((file) => [
    inert(file.facility ?? words.notLoaded),
    inert(file.file),
    paint[file.counts.error > 0 ? 'error' : 'quiet'](String(file.counts.error)),
    String(file.counts.warning),
    String(file.counts.info),
    file.overdue === null ? '-' : String(file.overdue),
  ]);
  return `\n${paint.heading(words.heading)}\n${renderBorderlessTable(head, rows, { width: Math.min(width ?? 80, 80), flow: [1, 0] })}\n`;
}

const table: Reporter = (model, options) => {
  const paint = options.color ? colourPaint() : PLAIN;
  const sections = model.files.map((file) => fileSection(file, model, paint, options.width));
  const anyFindings = model.files.some((file) => file.findings.length > 0);
  const against = model.baseline ? `${anyFindings ? '' : '\n'}${BASELINE_WORDS[model.lang].summary(model.baseline)}\n` : '';
  const summary = (anyFindings ? `\n${summaryLine(model.summary, model, paint)}\n` : '') + against;
  const text = inertLines(sections.join('\n') + rollup(model, paint, options.width) + summary);
  return options.width === undefined ? text : fitToWidth(text, options.width);
};
export default table;
