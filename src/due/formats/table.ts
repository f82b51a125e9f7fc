// `due --format table` (default): ledgers that did not load first (as `check` shows them), then one
// table of what is due, overdue first, soonest first, and a summary line.
import chalk from 'chalk';
import { ui } from '../../i18n/ui';
import { inert, inertLines } from '../../report/inert';
import { positionLabel } from '../../report/model';
import type { ReportFile } from '../../report/model';
import { renderBorderlessTable } from '../../text/borderless-table';
import { fitToWidth } from '../../text/wrap';
import { groupItems, sectionHeading } from '../../report/group';
import type { DueItem, DueReport } from '../report';
import { timeLeftText } from '../time-left';
import type { DueFormatOptions, DueFormatter } from './types';

function paintLeft(item: DueItem, text: string, paint: chalk.Chalk): string {
  if (item.overdue) return paint.red.bold(text);
  return item.daysLeft <= 7 ? paint.yellow(text) : text;
}

/** The columns of text (what to do, then the file) that wrap, or move below their row, on a narrow terminal. */
const WHAT_COLUMN = 3;
const FILE_COLUMN = 4;
/** Grouped by target, the table has no target column: what to do is the third. */
const GROUPED_WHAT_COLUMN = 2;

function itemsTable(report: DueReport, paint: chalk.Chalk, width: number | undefined): string {
  const { columns } = ui(report.lang).due;
  const manyFiles = new Set(report.items.map((item) => item.file)).size > 1;
  const head = [columns.due, columns.left, columns.target, columns.what, ...(manyFiles ? [columns.file] : [])];
  const rows = report.items.map((item) => {
    const what = manyFiles ? `${item.facility}: ${item.message}` : item.message; // many ledgers: the facility first
    const row = [item.due, paintLeft(item, timeLeftText(item, report.lang), paint), inert(item.targetLabel), inert(what)];
    return manyFiles ? [...row, paint.gray(`${inert(item.file)}:${item.sheet !== undefined ? inert(positionLabel(item)) : item.line}`)] : row;
  });
  const text = renderBorderlessTable(head.map((h) => paint.bold(h)), rows, width === undefined ? undefined : { width, flow: manyFiles ? [WHAT_COLUMN, FILE_COLUMN] : [WHAT_COLUMN] });
  // One file: name it above the table, as `check` does, instead of a column.
  return manyFiles ? text : `${paint.underline(inert(report.items[0]!.file))}\n${text}`;
}

/** --group-by target: a table per file and target, headed by it, in the ledger's order. */
function groupedTables(report: DueReport, paint: chalk.Chalk, width: number | undefined): string {
  const { columns } = ui(report.lang).due;
  const files = [...new Set(report.items.map((item) => item.file))];
  const head = [columns.due, columns.left, columns.what].map((h) => paint.bold(h));
  return files
    .flatMap((file) => groupItems(report.items.filter((item) => item.file === file), (item) => item.group))
    .map(({ items }) => {
      const rows = items.map((item) => [item.due, paintLeft(item, timeLeftText(item, report.lang), paint), inert(item.message)]);
      const heading = `${inert(items[0]!.file)} — ${inert(sectionHeading(items[0]!.group.kind, items[0]!.targetLabel, items[0]!.target, report.lang))}`;
      return `${paint.underline(heading)}\n${renderBorderlessTable(head, rows, width === undefined ? undefined : { width, flow: [GROUPED_WHAT_COLUMN] })}`;
    })
    .join('\n\n');
}

function summaryLine(report: DueReport, paint: chalk.Chalk): string {
  const words = ui(report.lang).due;
  const overdue = report.items.filter((item) => item.overdue).length;
  const text = words.summary(report.items.length, overdue, report.within);
  return overdue > 0 ? paint.red.bold(`✖ ${text}`) : paint.yellow.bold(`● ${text}`);
}

/** A ledger with format errors is one line: how many, and whether any of it could be listed. */
export function problemsLine(file: ReportFile, report: DueReport): string {
  const words = ui(report.lang).due;
  return file.leftOut ? words.partialLedger(file.file, file.findings.length) : words.invalidLedger(file.file, file.findings.length);
}

function dueText(report: DueReport, options: DueFormatOptions, paint: chalk.Chalk): string {
  const invalid = report.invalid.files.map((file) => `${paint.red(`✖ ${inert(problemsLine(file, report))}`)}\n`).join('') + (report.invalid.files.length > 0 ? '\n' : '');
  // Never an all-clear while a format error kept something out of the list.
  const incomplete = report.complete ? '' : `${paint.yellow.bold(`● ${ui(report.lang).due.incomplete}`)}\n`;
  if (report.items.length === 0) return `${invalid}${incomplete || `${paint.green(`✔ ${ui(report.lang).due.nothingDue(report.within)}`)}\n`}`;
  const tables = options.groupBy === 'target' ? groupedTables(report, paint, options.width) : itemsTable(report, paint, options.width);
  return `${invalid}${tables}\n\n${summaryLine(report, paint)}\n${incomplete}`;
}

const table: DueFormatter = (report, options) => {
  const text = inertLines(dueText(report, options, new chalk.Instance({ level: options.color ? 1 : 0 })));
  return options.width === undefined ? text : fitToWidth(text, options.width);
};
export default table;
