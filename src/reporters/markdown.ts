// --format markdown: a report to paste into a pull-request comment: summary, then a table per file. With
// more than one ledger, the summary is a table of facilities, worst first, and the files follow in that
// order. Whatever the input, the text stays under GitHub's 65,536-character comment limit: it is cut at
// a whole line, with a last line saying what was left out and where the full report is.
import { ui } from '../i18n/ui';
import { inert, inertLines } from '../report/inert';
import { leftOutLine, positionColumn, positionLabel } from '../report/model';
import type { ReportFile, ReportFinding, ReportModel } from '../report/model';
import { worstFirst } from './table';
import type { Reporter } from './types';

/** GitHub's limit on a comment's body, in characters; the text is always shorter. */
export const COMMENT_LIMIT = 65_536;
/** Room kept for the line that says where the cut is (its variable parts are clipped to fit). */
const CUT_ROOM = 1_200;
/** The summary table of facilities takes at most this much, so the worst facilities' findings follow it. */
const ROLLUP_SHARE = 0.5;
/** A value longer than this is clipped (…) before escaping: one row never fills a comment. */
const VALUE_LIMIT = 500;

function clip(text: string, limit = VALUE_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

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
    // Stryker disable next-line Regex: split at each space, not each run, the words between are empty and stay empty
    .split(/( +)/)
    .map((word) => (LINKLIKE.test(word) ? codeSpan(word) : word.replace(MARKUP, '\\$&')))
    .join('');
}

function row(finding: ReportFinding, model: ReportModel): string {
  const words = ui(model.lang);
  const severity = finding.suppressed ? words.suppressed : words.severity[finding.severity];
  const note = finding.suppression ? ` (${words.suppressedBy(finding.suppression.reason, finding.suppression.expires)})` : '';
  const cells = [severity, positionLabel(finding), clip(finding.targetLabel ?? '-'), `\`${clip(finding.ruleId)}\``, `${clip(finding.message)}${clip(note)}`];
  return `| ${cells.map((cell, index) => (index === 3 ? cell : escapeCell(cell))).join(' | ')} |`;
}

/** A part of the report that is kept whole or left out whole: a line, or a file's heading and table head. */
interface Piece {
  text: string;
  /** The file whose section this piece belongs to (its index in the model). */
  file?: number;
  /** This piece is one finding's row. */
  finding?: boolean;
  /** This piece is one row of the facilities' summary. */
  rollupRow?: boolean;
}

function fileHeading(file: ReportFile, several: boolean): string {
  const facility = several && file.facility !== null ? ` — ${clip(file.facility)}` : '';
  return `### ${escapeCell(clip(file.file))}${escapeCell(facility)}`;
}

function fileSection(file: ReportFile, index: number, model: ReportModel, several: boolean): Piece[] {
  const words = ui(model.lang);
  const heading = fileHeading(file, several);
  if (file.findings.length === 0) return [{ text: `${heading}\n\n✔ ${words.noProblems}\n`, file: index }];
  const { columns } = words;
  const header = `| ${[columns.severity, columns[positionColumn(file.findings)], columns.target, columns.rule, columns.message].join(' | ')} |\n| --- | --- | --- | --- | --- |`;
  const leftOut = leftOutLine(file, model.lang);
  return [
    { text: `${heading}\n\n${header}\n`, file: index },
    ...file.findings.map((finding) => ({ text: `${row(finding, model)}\n`, file: index, finding: true })),
    { text: leftOut ? `\n● ${escapeCell(clip(leftOut, 2_000))}\n` : '', file: index },
  ];
}

function rollupPieces(model: ReportModel, order: readonly number[]): Piece[] {
  const words = ui(model.lang).rollup;
  const head = `\n### ${escapeCell(words.heading)}\n\n| ${[words.facility, words.file, words.error, words.warning, words.info, words.overdue].join(' | ')} |\n| --- | --- | ---: | ---: | ---: | ---: |\n`;
  const rows = order.map((index) => {
    const file = model.files[index]!;
    const cells = [escapeCell(clip(file.facility ?? words.notLoaded, 200)), escapeCell(clip(file.file, 200)), file.counts.error, file.counts.warning, file.counts.info, file.overdue ?? '-'];
    return { text: `| ${cells.join(' | ')} |\n`, rollupRow: true };
  });
  return [{ text: head }, ...rows];
}

const CUT_WORDS = {
  ja: {
    rollupMore: (count: number) => `… ほか ${count} 施設（全体のレポートにあります）`,
    cut: (findings: number, facilities: number, where: string) =>
      `✂ PR コメントの上限（${COMMENT_LIMIT.toLocaleString('en')} 文字）に収めるため、ここで省略しました: ${facilities} 施設の指摘 ${findings} 件。全体のレポート: ${where}`,
    where: '同じ台帳で `dokodemo-check -f html -o report.html` を実行してください',
    run: (url: string) => `${url}（この CI の実行。アップロードしたレポートは成果物にあります）。または同じ台帳で \`dokodemo-check -f html -o report.html\` を実行してください`,
  },
  en: {
    rollupMore: (count: number) => `… and ${count} more ${count === 1 ? 'facility' : 'facilities'} (in the full report)`,
    cut: (findings: number, facilities: number, where: string) =>
      `✂ Cut to fit a pull-request comment (${COMMENT_LIMIT.toLocaleString('en')} characters): ${findings} ${findings === 1 ? 'finding' : 'findings'} of ${facilities} ${facilities === 1 ? 'facility' : 'facilities'} left out here. The full report: ${where}`,
    where: 'run `dokodemo-check -f html -o report.html` on the same ledgers',
    run: (url: string) => `${url} (this CI run; a report it uploaded is among its artifacts), or run \`dokodemo-check -f html -o report.html\` on the same ledgers`,
  },
} as const;

export interface MarkdownOptions {
  /** Where the full report is (a CI run's address), named in the line that says the text was cut. */
  fullReport?: string;
  /** The limit to stay under; GitHub's comment limit unless a test asks for less. */
  limit?: number;
}

/** Pieces in order, taken while they fit; the rest is said in one line. */
function fitted(head: string, pieces: readonly Piece[], model: ReportModel, options: MarkdownOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const budget = limit - 1 - CUT_ROOM;
  const rollupBudget = Math.floor(limit * ROLLUP_SHARE);
  const words = CUT_WORDS[model.lang];
  let out = inertLines(head);
  let rollupLength = 0;
  let rollupLeft = 0;
  let rollupLeftSaid = false;
  let stopped = -1;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    const text = inertLines(piece.text);
    if (piece.rollupRow && (rollupLeft > 0 || rollupLength + text.length > rollupBudget)) {
      rollupLeft++;
      continue;
    }
    // The first piece after the summary table's rows (a file's: every row comes before them) says how many it left out.
    if (rollupLeft > 0 && !rollupLeftSaid) {
      out += `\n${words.rollupMore(rollupLeft)}\n`;
      rollupLeftSaid = true;
    }
    if (out.length + 1 + text.length > budget) {
      stopped = index;
      break;
    }
    out += (piece.file !== undefined && pieces[index - 1]?.file !== piece.file ? '\n' : '') + text;
    if (piece.rollupRow) rollupLength += text.length;
  }
  if (stopped < 0) return out;
  const rest = pieces.slice(stopped);
  const findings = rest.filter((piece) => piece.finding).length;
  const facilities = new Set(rest.filter((piece) => piece.finding || (piece.file !== undefined && piece.text.startsWith('### '))).map((piece) => piece.file)).size;
  const where = options.fullReport ? words.run(clip(options.fullReport, 300)) : words.where;
  return `${out}\n${inertLines(words.cut(findings, facilities, where))}\n`;
}

export function renderMarkdown(model: ReportModel, options: MarkdownOptions = {}): string {
  const { summary } = model;
  const total = summary.error + summary.warning + summary.info;
  const words = ui(model.lang);
  const head = `## dokodemo-check (${model.asOf})\n\n${total > 0 ? '✖' : '✔'} ${words.summary(total, summary, summary.suppressed)} — ${words.files(summary.files)}\n`;
  // Several ledgers, one section each (--group-by target makes sections per person, its summary still counting ledgers: no roll-up there).
  const several = model.files.length > 1 && !model.bySection;
  const order = model.files.map((_, index) => index);
  if (several) order.sort((a, b) => worstFirst(model.files[a]!, model.files[b]!));
  const pieces = [...(several ? rollupPieces(model, order) : []), ...order.flatMap((index) => fileSection(model.files[index]!, index, model, several))];
  // A code span keeps `##[` as written: neutralised too, for a report printed into a CI log.
  return fitted(head, pieces, model, options);
}

/** The address of the GitHub Actions run making the report, when there is one (its artifacts hold the full report). */
function actionsRun(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  return server && repository && run && /^\d+$/.test(run) ? `${server}/${repository}/actions/runs/${run}` : undefined;
}

const markdown: Reporter = (model) => renderMarkdown(model, { fullReport: actionsRun(process.env) });
export default markdown;
