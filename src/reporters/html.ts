// --format html: one self-contained page for an audit binder: a summary (counts, suppressed findings,
// coverage of the guideline items), then per file its findings and its users and devices. Every value
// goes through `html`, which escapes whatever is interpolated, so ledger text can never become markup.
import { coverageRows, coverageStatus } from '../catalogue/coverage';
import type { CoverageRow } from '../catalogue/coverage';
import { today } from '../dates';
import { enumLabel } from '../i18n/enums';
import { ui } from '../i18n/ui';
import { inert } from '../report/inert';
import { leftOutLine, positionColumn, positionLabel } from '../report/model';
import type { Counts, ReportFile, ReportFinding, ReportModel } from '../report/model';
import { HTML_STYLE } from './html-style';
import type { Lang } from '../types';
import type { Reporter } from './types';

type Words = ReturnType<typeof ui>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: markup escaped, and control and bidi characters shown as `\x1b`, `\u202e` (as in every report). */
export function escapeHtml(value: string | number): string {
  return inert(String(value)).replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** Markup that is already safe: only `html` makes it. */
class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Interpolation = string | number | SafeHtml | readonly SafeHtml[];

/** A template whose interpolated values are escaped, unless they are markup made by `html` itself. */
function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  const piece = (value: Interpolation): string =>
    value instanceof SafeHtml ? value.text : Array.isArray(value) ? value.map(piece).join('') : escapeHtml(value as string | number);
  return new SafeHtml(strings.reduce((out, text, index) => out + text + (index < values.length ? piece(values[index]!) : ''), ''));
}

const NOTHING = html``;

export interface HtmlOptions {
  /** The day the report is made, shown on every page (the reporter passes today). */
  generatedOn: string;
}

function runningHeader(model: ReportModel, words: Words, options: HtmlOptions): SafeHtml {
  const { report } = words;
  return html`<div class="running-header"><span>${report.title}</span><span>${report.asOf}: <strong>${model.asOf}</strong> · ${report.generated}: ${options.generatedOn} · ${model.tool.name} ${model.tool.version}</span></div>`;
}

/** A layout table whose header row browsers repeat at the top of every printed page. */
function sheet(header: SafeHtml, content: SafeHtml): SafeHtml {
  return html`<table class="sheet" role="presentation"><thead><tr><td>${header}</td></tr></thead><tbody><tr><td>${content}</td></tr></tbody></table>`;
}

function severityLabel(finding: ReportFinding, words: Words): SafeHtml {
  if (finding.suppressed) return html`<span class="sev sev-suppressed">${words.suppressed} (${words.severity[finding.severity]})</span>`;
  return html`<span class="sev sev-${finding.severity}">${words.severity[finding.severity]}</span>`;
}

function fileLabel(index: number): string {
  return `#${index + 1}`;
}

// ---- summary ---------------------------------------------------------------------------------------

function countCells(counts: Counts): SafeHtml {
  return html`<td class="num">${counts.error}</td><td class="num">${counts.warning}</td><td class="num">${counts.info}</td><td class="num">${counts.suppressed}</td>`;
}

function countsTable(model: ReportModel, words: Words): SafeHtml {
  const { report, severity } = words;
  const rows = model.files.map(
    (file, index) =>
      html`<tr><td class="nowrap"><a href="#file-${index + 1}">${fileLabel(index)}</a></td><td>${file.file}</td><td>${file.inventory?.facility ?? '—'}</td>${countCells(file.counts)}</tr>`,
  );
  return html`<table class="data"><thead><tr><th></th><th>${report.file}</th><th>${report.facility}</th><th class="num">${severity.error}</th><th class="num">${severity.warning}</th><th class="num">${severity.info}</th><th class="num">${words.suppressed}</th></tr></thead><tbody>${rows}</tbody><tfoot><tr><td></td><td colspan="2">${report.total}: ${words.files(model.summary.files)}</td>${countCells(model.summary)}</tr></tfoot></table>`;
}

function suppressedTable(model: ReportModel, words: Words): SafeHtml {
  const { report, columns } = words;
  const rows = model.files.flatMap((file, index) =>
    file.findings
      .filter((finding) => finding.suppression)
      .map((finding) => {
        const { reason, approvedBy, expires } = finding.suppression!;
        return html`<tr><td class="nowrap">${fileLabel(index)}</td><td>${finding.targetLabel ?? '—'}</td><td><code>${finding.ruleId}</code></td><td>${reason}</td><td>${approvedBy}</td><td class="nowrap">${expires}</td></tr>`;
      }),
  );
  if (rows.length === 0) return html`<p class="muted">${report.noSuppressed}</p>`;
  return html`<table class="data"><thead><tr><th></th><th>${columns.target}</th><th>${columns.rule}</th><th>${report.reason}</th><th>${report.approvedBy}</th><th>${report.until}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The item's rules that the configuration turned off: they did not look, so the item is not fully checked. */
function offNote(offRules: readonly string[], words: Words): SafeHtml {
  return offRules.length > 0 ? html`<span class="off-rules">${words.report.offRules} ${ruleList(offRules)}</span>` : NOTHING;
}

function statusCell(row: CoverageRow, file: ReportFile, words: Words): SafeHtml {
  const status = coverageStatus(row, file);
  const text = words.report.coverageStatus;
  switch (status.kind) {
    case 'pass':
      return html`<td class="status-pass"><span class="nowrap">${text.pass}</span>${offNote(status.offRules, words)}</td>`;
    case 'advisory':
      return html`<td class="status-advisory"><span class="nowrap">${text.advisory}</span>${ruleList(status.advisoryRules)}${offNote(status.offRules, words)}</td>`;
    case 'fail':
      return html`<td class="status-fail"><span class="nowrap">${text.fail}</span>${ruleList(status.failingRules)}${offNote(status.offRules, words)}</td>`;
    case 'unchecked':
      return html`<td class="status-unchecked">${text.unchecked}</td>`;
    case 'not-run':
      return html`<td class="status-none">${text.notRun}</td>`;
    case 'no-rule':
      return html`<td class="status-none">${text.noRule}</td>`;
  }
}

/** Rule ids that wrap between ids, never inside one. */
function ruleList(rules: readonly string[]): SafeHtml {
  return html`<span class="rule-list">${rules.map((rule, index) => html`${index > 0 ? ', ' : ''}<code>${rule}</code>`)}</span>`;
}

function coverageTable(model: ReportModel, words: Words): SafeHtml {
  const { report } = words;
  const single = model.files.length === 1;
  const fileHeads = model.files.map((file, index) => html`<th title="${file.file}">${single ? report.result : fileLabel(index)}</th>`);
  const rows = coverageRows().map((row) => {
    // An item no rule checks reads the same in every file: say it once.
    const statuses = row.rules.length === 0
      ? html`<td class="status-none" colspan="${model.files.length}">${report.coverageStatus.noRule}</td>`
      : model.files.map((file) => statusCell(row, file, words));
    return html`<tr><td class="nowrap"><strong>${row.item.id}</strong></td><td>${row.item.title[model.lang]}</td><td>${row.rules.length > 0 ? ruleList(row.rules) : '—'}</td>${statuses}</tr>`;
  });
  return html`<p class="muted">${report.coverageNote}</p><table class="data coverage"><thead><tr><th class="item">${report.item}</th><th class="requirement">${report.requirement}</th><th class="rules">${report.rules}</th>${fileHeads}</tr></thead><tbody>${rows}</tbody></table>`;
}

function configText(file: ReportFile, words: Words): SafeHtml {
  const { report } = words;
  const off = file.disabledRules.length > 0 ? ruleList(file.disabledRules) : html`${report.none}`;
  return html`${report.config}: ${file.config === null ? report.noConfig : html`<code>${file.config}</code>`} · ${report.rulesOff}: ${off}`;
}

/** Which configuration each file was checked with: once when all files share it, else per file. */
function configLines(model: ReportModel, words: Words): SafeHtml {
  const [first] = model.files;
  if (!first) return NOTHING;
  const key = (file: ReportFile) => JSON.stringify([file.config, file.disabledRules]);
  if (model.files.every((file) => key(file) === key(first))) return html`<p class="config">${configText(first, words)}</p>`;
  return html`<ul class="config">${model.files.map((file, index) => html`<li>${fileLabel(index)}: ${configText(file, words)}</li>`)}</ul>`;
}

/** Under --quiet, how many findings the lists leave out (the coverage table still counts them). */
function quietNote(model: ReportModel, words: Words): SafeHtml {
  const count = model.files.reduce((sum, file) => sum + (file.leftOutByQuiet?.length ?? 0), 0);
  return count > 0 ? html`<p class="quiet">${words.report.leftOutByQuiet(count)}</p>` : NOTHING;
}

function summarySection(model: ReportModel, words: Words, options: HtmlOptions): SafeHtml {
  const { report } = words;
  const content = html`<h1>${report.title}</h1>
<p>${report.asOf}: <strong>${model.asOf}</strong> · ${report.generated}: ${options.generatedOn}</p>
${configLines(model, words)}${quietNote(model, words)}
<h2>${report.summary}</h2>${countsTable(model, words)}
<h2>${report.suppressedFindings}</h2>${suppressedTable(model, words)}
<h2>${report.coverage}</h2>${coverageTable(model, words)}`;
  return html`<section class="summary">${sheet(runningHeader(model, words, options), content)}</section>`;
}

// ---- per file ----------------------------------------------------------------------------------------

function messageCell(finding: ReportFinding, words: Words): SafeHtml {
  if (!finding.suppression) return html`<td>${finding.message}</td>`;
  return html`<td>${finding.message}<span class="suppression">${words.suppressedBy(finding.suppression.reason, finding.suppression.expires)}</span></td>`;
}

function findingsTable(file: ReportFile, words: Words): SafeHtml {
  const { columns } = words;
  const rows = file.findings.map(
    (finding) =>
      html`<tr><td class="nowrap">${severityLabel(finding, words)}</td><td class="num">${positionLabel(finding)}</td><td class="nowrap">${finding.targetLabel ?? '—'}</td><td class="nowrap"><code>${finding.ruleId}</code></td>${messageCell(finding, words)}</tr>`,
  );
  return html`<table class="data"><thead><tr><th>${columns.severity}</th><th class="num">${columns[positionColumn(file.findings)]}</th><th>${columns.target}</th><th>${columns.rule}</th><th>${columns.message}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function findingsMark(count: number): SafeHtml {
  return count > 0 ? html`<span class="mark">⚠ ${count}</span>` : NOTHING;
}

function usersTable(file: ReportFile, words: Words, lang: Lang): SafeHtml {
  const { report } = words;
  const rows = file.inventory!.users.map(
    (user) =>
      html`<tr class="${user.findings > 0 ? 'has-findings' : ''}"><td class="num">${findingsMark(user.findings)}</td><td>${user.name}</td><td>${user.mcsId}</td><td>${user.jobType}</td><td>${enumLabel('user.account_status', user.accountStatus, lang)}</td></tr>`,
  );
  return html`<table class="data"><thead><tr><th class="num">${report.mark}</th><th>${report.name}</th><th>${report.mcsId}</th><th>${report.jobType}</th><th>${report.accountStatus}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function devicesTable(file: ReportFile, words: Words, lang: Lang): SafeHtml {
  const { report } = words;
  const rows = file.inventory!.devices.map(
    (device) =>
      html`<tr class="${device.findings > 0 ? 'has-findings' : ''}"><td class="num">${findingsMark(device.findings)}</td><td>${device.id}</td><td>${enumLabel('device.type', device.type, lang)}</td><td>${device.model}</td><td>${enumLabel('device.ownership', device.ownership, lang)}</td><td>${enumLabel('device.status', device.status, lang)}</td></tr>`,
  );
  return html`<table class="data"><thead><tr><th class="num">${report.mark}</th><th>${report.deviceId}</th><th>${report.type}</th><th>${report.model}</th><th>${report.ownership}</th><th>${report.status}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function fileResult(file: ReportFile, words: Words): SafeHtml {
  const total = file.counts.error + file.counts.warning + file.counts.info;
  if (file.findings.length === 0) return html`<p class="result-clean">✓ ${words.noProblems}</p>`;
  return html`<p class="${total > 0 ? 'result-findings' : 'result-clean'}">${words.summary(total, file.counts, file.counts.suppressed)}</p>`;
}

function fileSection(file: ReportFile, index: number, model: ReportModel, words: Words, options: HtmlOptions): SafeHtml {
  const { report } = words;
  const facility = file.inventory ? html` — ${file.inventory.facility}` : NOTHING;
  const findings = file.findings.length > 0 ? html`<h3>${report.findings}</h3>${findingsTable(file, words)}` : NOTHING;
  const inventory = file.inventory
    ? html`<h3>${report.users}</h3>${usersTable(file, words, model.lang)}<h3>${report.devices}</h3>${devicesTable(file, words, model.lang)}`
    : html`<p class="notice">${report.notLoaded}</p>`;
  const leftOut = leftOutLine(file, model.lang);
  const leftOutNotice = leftOut ? html`<p class="notice">${leftOut}</p>` : NOTHING;
  const content = html`<h2>${fileLabel(index)} <code>${file.file}</code>${facility}</h2>${fileResult(file, words)}${leftOutNotice}${findings}${inventory}`;
  return html`<section class="file" id="file-${index + 1}">${sheet(runningHeader(model, words, options), content)}</section>`;
}

/** The page, as a pure function of the model and the generation day (tests pin it). */
export function renderHtml(model: ReportModel, options: HtmlOptions): string {
  const words = ui(model.lang);
  const files = model.files.map((file, index) => fileSection(file, index, model, words, options));
  const page = html`<!DOCTYPE html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${model.tool.name} ${model.tool.version}">
<title>${words.report.title} (${model.asOf})</title>
<style>${new SafeHtml(HTML_STYLE)}</style>
</head>
<body>
<main>
${summarySection(model, words, options)}
${files}
</main>
</body>
</html>
`;
  return page.text;
}

const htmlReporter: Reporter = (model) => renderHtml(model, { generatedOn: today() });
export default htmlReporter;
