// `due --format table` (default): ledgers that did not load first (as `check` shows them), then one
// table of what is due, overdue first, soonest first, and a summary line.
import chalk from 'chalk';
import { ui } from '../../i18n/ui';
import { loadReporter } from '../../reporters';
import { renderBorderlessTable } from '../../reporters/borderless-table';
import type { Lang } from '../../types';
import { groupItems, sectionHeading } from '../../report/group';
import type { DueItem, DueReport } from '../report';
import type { DueFormatter } from './types';


/** Days until due, as a person says it: `あと 3 日`, `今日まで`, `期限切れ 2 日`. */
export function timeLeftText(item: DueItem, lang: Lang): string {
  const words = ui(lang).due;
  if (item.overdue) return item.daysLeft < 0 ? words.overdueBy(-item.daysLeft) : words.overdueNow;
  return item.daysLeft === 0 ? words.today : words.daysLeft(item.daysLeft);
}

function paintLeft(item: DueItem, text: string, paint: chalk.Chalk): string {
  if (item.overdue) return paint.red.bold(text);
  return item.daysLeft <= 7 ? paint.yellow(text) : text;
}

function itemsTable(report: DueReport, paint: chalk.Chalk): string {
  const { columns } = ui(report.lang).due;
  const manyFiles = new Set(report.items.map((item) => item.file)).size > 1;
  const head = [columns.due, columns.left, columns.target, columns.what, ...(manyFiles ? [columns.file] : [])];
  const rows = report.items.map((item) => {
    const row = [item.due, paintLeft(item, timeLeftText(item, report.lang), paint), item.targetLabel, item.message];
    return manyFiles ? [...row, paint.gray(`${item.file}:${item.line}`)] : row;
  });
  const text = renderBorderlessTable(head.map((h) => paint.bold(h)), rows);
  // One file: name it above the table, as `check` does, instead of a column.
  return manyFiles ? text : `${paint.underline(report.items[0]!.file)}\n${text}`;
}

/** --group-by target: a table per file and target, headed by it, in the ledger's order. */
function groupedTables(report: DueReport, paint: chalk.Chalk): string {
  const { columns } = ui(report.lang).due;
  const files = [...new Set(report.items.map((item) => item.file))];
  const head = [columns.due, columns.left, columns.what].map((h) => paint.bold(h));
  return files
    .flatMap((file) => groupItems(report.items.filter((item) => item.file === file), (item) => item.group))
    .map(({ items }) => {
      const rows = items.map((item) => [item.due, paintLeft(item, timeLeftText(item, report.lang), paint), item.message]);
      return `${paint.underline(`${items[0]!.file} — ${sectionHeading(items[0]!.group.kind, items[0]!.targetLabel, items[0]!.target, report.lang)}`)}\n${renderBorderlessTable(head, rows)}`;
    })
    .join('\n\n');
}

function summaryLine(report: DueReport, paint: chalk.Chalk): string {
  const words = ui(report.lang).due;
  const overdue = report.items.filter((item) => item.overdue).length;
  const text = words.summary(report.items.length, overdue, report.within);
  return overdue > 0 ? paint.red.bold(`✖ ${text}`) : paint.yellow.bold(`● ${text}`);
}

const table: DueFormatter = (report, options) => {
  const paint = new chalk.Instance({ level: options.color ? 1 : 0 });
  const invalid = report.invalid.files.length > 0 ? `${loadReporter('table')!(report.invalid, options)}\n` : '';
  if (report.items.length === 0) return `${invalid}${paint.green(`✔ ${ui(report.lang).due.nothingDue(report.within)}`)}\n`;
  const tables = options.groupBy === 'target' ? groupedTables(report, paint) : itemsTable(report, paint);
  return `${invalid}${tables}\n\n${summaryLine(report, paint)}\n`;
};
export default table;
