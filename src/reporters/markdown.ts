// --format markdown: a report to paste into a pull-request comment: summary, then a table per file.
import { ui } from '../i18n/ui';
import { inert, inertLines } from '../report/inert';
import { leftOutLine, positionColumn, positionLabel } from '../report/model';
import type { ReportFile, ReportFinding, ReportModel } from '../report/model';
import type { Reporter } from './types';

/** Characters that can start inline markup, an entity, HTML, math or a table cell's end (`(` only links after `]`). */
const MARKUP = /[\\`*_[\]<>!#|~&$]/g;
/** Words GitHub would turn into a link or a mention: an @, a URL, `www.`, an issue number (#12, GH-12). */
const LINKLIKE = /@|:\/\/|www\.|#\d|\bGH-\d/i;

/** A word in a code span, where nothing links or mentions: fenced by a backtick run longer than any inside it. */
function codeSpan(word: string): string {
  const longest = Math.max(0, ...(word.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = word.startsWith('`') || word.endsWith('`') ? ` ${word} ` : word;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

/** A value as inline Markdown that stays text: one line, controls shown escaped, markup escaped, and words
 * that would link or mention in code spans. Safe in a table cell and a heading. */
export function escapeCell(text: string): string {
  return inert(text)
    .split(/( +)/)
    .map((word) => (LINKLIKE.test(word) ? codeSpan(word) : word.replace(MARKUP, '\\$&')))
    .join('');
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
  const header = `| ${[columns.severity, columns[positionColumn(file.findings)], columns.target, columns.rule, columns.message].join(' | ')} |\n| --- | --- | --- | --- | --- |`;
  const leftOut = leftOutLine(file, model.lang);
  return `${heading}\n\n${header}\n${file.findings.map((finding) => row(finding, model)).join('\n')}\n${leftOut ? `\n● ${escapeCell(leftOut)}\n` : ''}`;
}

const markdown: Reporter = (model) => {
  const { summary } = model;
  const total = summary.error + summary.warning + summary.info;
  const words = ui(model.lang);
  const head = `## dokodemo-check (${model.asOf})\n\n${total > 0 ? '✖' : '✔'} ${words.summary(total, summary, summary.suppressed)} — ${words.files(summary.files)}\n`;
  // A code span keeps `##[` as written: neutralised too, for a report printed into a CI log.
  return inertLines([head, ...model.files.map((file) => fileSection(file, model))].join('\n'));
};
export default markdown;
