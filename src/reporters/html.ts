// --format html: one self-contained page for an audit binder: a summary (counts, suppressed findings,
// coverage of the guideline items), then per file its findings and its users and devices. Every value
// goes through `html`, which escapes whatever is interpolated, so ledger text can never become markup.
import { BASIS_WORDS, CHECKLIST, CHECKLIST_NAME, CHECKLIST_NOTE, EVIDENCE_WORDS } from '../catalogue/checklist';
import { CLAUSE_WORDS, EDITION_IN_FORCE, MAP_CHECKED, clauseRows } from '../catalogue/clauses';
import { coverageRows, coverageStatus, scorecardRows, scoreOf, uncheckedItems } from '../catalogue/coverage';
import type { CoverageRow, Score } from '../catalogue/coverage';
import { today } from '../dates';
import { enumLabel } from '../i18n/enums';
import { ui } from '../i18n/ui';
import { inert } from '../report/inert';
import { leftOutLine, positionColumn, positionLabel } from '../report/model';
import type { Counts, ReportFile, ReportFinding, ReportModel } from '../report/model';
import { HTML_STYLE, NETWORK_STYLE } from './html-style';
import { worstFirst } from './table';
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
<h2>${report.coverage}</h2>${coverageTable(model, words)}
${guidelineInForce(model, words)}`;
  return html`<section class="summary">${sheet(runningHeader(model, words, options), content)}</section>`;
}

// ---- the edition in force: the inspection checklist and each rule's clauses (issue 28) ---------------

const IN_FORCE_WORDS = {
  ja: {
    checklist: '立入検査のチェックリスト',
    shows: '台帳が示すこと',
    cannot: '台帳では示せない（別途確認）',
    clauses: '各ルールの根拠（第5版と現行の第6.0版）',
    clausesNote: (edition: string, checked: string) =>
      `施設の注意事項、ガイドライン第5版 6.9 と、現行の${edition}の条項です。（案）は案の段階の文書でのみ確認したもの。引用と確認先は docs/guideline-map.md（${checked} 確認）にあります。`,
  },
  en: {
    checklist: 'The inspection checklist',
    shows: 'What the ledger shows',
    cannot: 'a ledger cannot show it (check separately)',
    clauses: "Each rule's basis (the 5th edition and 6.0, in force)",
    clausesNote: (edition: string, checked: string) =>
      `The facility note, the guideline's 5th edition §6.9 and the clause of the edition in force, the ${edition}. (案) = read only in a draft. Quotes and where they were read: docs/guideline-map.md (checked ${checked}).`,
  },
} as const;

/** The checklist's items with their status in each ledger, then every rule's note item, 5th-edition and 6.0 clauses. */
function guidelineInForce(model: ReportModel, words: Words): SafeHtml {
  const lang = model.lang;
  const own = IN_FORCE_WORDS[lang];
  const { report } = words;
  const single = model.files.length === 1;
  const fileHeads = model.files.map((file, index) => html`<th title="${file.file}">${single ? report.result : fileLabel(index)}</th>`);
  const items = CHECKLIST.map((item) => {
    const row: CoverageRow = { item: { id: item.id, title: item.title }, rules: item.rules };
    const statuses = item.rules.length === 0
      ? html`<td class="status-none" colspan="${model.files.length}">${own.cannot}</td>`
      : model.files.map((file) => statusCell(row, file, words));
    const quote = item.quote === null ? NOTHING : html`<br><span class="muted">${item.quote}</span>`;
    return html`<tr><td class="nowrap"><strong>${item.number ?? '—'}</strong></td><td>${item.title[lang]}${quote}<br><span class="muted">${BASIS_WORDS[item.basis][lang]}</span></td><td>${EVIDENCE_WORDS[item.evidence][lang]}: ${item.shows[lang]}</td><td>${item.rules.length > 0 ? ruleList(item.rules) : '—'}</td>${statuses}</tr>`;
  });
  const clauseWords = CLAUSE_WORDS[lang];
  const clauses = clauseRows(lang).map(
    (row) => html`<tr><td class="nowrap"><code>${row.id}</code></td><td>${row.note}</td><td>${row.fifth}</td><td>${row.current}</td></tr>`,
  );
  return html`<h2>${own.checklist}</h2><p><strong>${CHECKLIST_NAME[lang]}</strong></p><p class="muted">${CHECKLIST_NOTE[lang]}</p><table class="data coverage checklist"><thead><tr><th class="item">${report.item}</th><th class="requirement">${report.requirement}</th><th>${own.shows}</th><th class="rules">${report.rules}</th>${fileHeads}</tr></thead><tbody>${items}</tbody></table>
<h2>${own.clauses}</h2><p class="muted">${own.clausesNote(EDITION_IN_FORCE[lang], MAP_CHECKED)}</p><table class="data clauses"><thead><tr><th>${report.rules}</th><th>${clauseWords.note}</th><th>${clauseWords.fifth}</th><th>${clauseWords.current}</th></tr></thead><tbody>${clauses}</tbody></table>`;
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

/** From this many ledgers on, the page is the network report (networkPage); below, the audit layout,
 * where each ledger has its own column in the coverage table beside the requirements' text. */
export const NETWORK_FROM = 4;

function page(model: ReportModel, words: Words, style: string, body: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${model.tool.name} ${model.tool.version}">
<title>${words.report.title} (${model.asOf})</title>
<style>${new SafeHtml(style)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.text;
}

/** The page, as a pure function of the model and the generation day (tests pin it). */
export function renderHtml(model: ReportModel, options: HtmlOptions): string {
  if (model.files.length >= NETWORK_FROM) return networkPage(model, options);
  const words = ui(model.lang);
  const files = model.files.map((file, index) => fileSection(file, index, model, words, options));
  return page(model, words, HTML_STYLE, html`${summarySection(model, words, options)}
${files}`);
}

// ---- the network report (NETWORK_FROM ledgers or more) ------------------------------------------------
// Page 1: the per-facility summary, worst first, each facility linked to its section; then the scorecard
// (facilities × guideline items, the same order), then one section per facility in the order given,
// each starting a printed page. Printed on A4 landscape. A facility opened from its link (#file-N) and
// printed prints alone. Lean on purpose: 500 facilities stay under 5 MB (users and devices are listed
// in each ledger's own report, not here).

const NETWORK_WORDS = {
  ja: {
    facilities: (count: number) => `${count} 施設`,
    unreadable: (count: number) => `台帳として読み込めなかったファイル ${count} 件（各施設の欄に理由があります）`,
    printAlone: '施設名のリンクからその施設の欄を開いて印刷すると、その施設の欄だけが印刷されます（施設に送るときに）。',
    configDiffers: '設定ファイル: 施設によって異なります（各施設の欄を参照）',
    suppressed: '抑止',
    rank: '順位',
    scorecard: 'ガイドライン項目ごとの結果（施設 × 項目、問題の多い順）',
    legend: '✓ 適合（情報レベルの助言・抑止された指摘のみを含む）　✗ n 指摘あり（抑止されていない警告・エラー n 件）　? 記録なし（台帳を読み込めず確認できない）　– 無効（項目のルールをすべて無効化）',
    note: '留意事項',
    guideline: 'ガイドライン 6.9',
    items: '項目とルール',
    unchecked: (items: string) => `ルールでは確認しない項目（別途確認してください）: ${items}`,
    itemsWithFindings: '指摘のある項目',
    inventory: (users: number, usersWith: number, devices: number, devicesWith: number) =>
      `利用者 ${users} 人（指摘あり ${usersWith}）・端末 ${devices} 台（指摘あり ${devicesWith}）。一覧はこの台帳だけのレポートにあります。`,
    back: '↑ 概要へ',
  },
  en: {
    facilities: (count: number) => `${count} ${count === 1 ? 'facility' : 'facilities'}`,
    unreadable: (count: number) => `${count} ${count === 1 ? 'file' : 'files'} could not be read as a ledger (the reason is in each facility's section)`,
    printAlone: "Open a facility from its link and print: only that facility's section is printed (to send it to them).",
    configDiffers: "Configuration file: differs between facilities (see each facility's section)",
    suppressed: 'Suppressed',
    rank: 'Rank',
    scorecard: 'Scorecard: facilities × guideline items (worst first)',
    legend: '✓ pass (info-level advice or suppressed findings at most)   ✗ n findings (n unsuppressed warnings and errors)   ? not recorded (the ledger could not be read)   – off (every rule of the item turned off)',
    note: 'Note',
    guideline: 'Guideline 6.9',
    items: 'Items and rules',
    unchecked: (items: string) => `Items no rule checks (check them separately): ${items}`,
    itemsWithFindings: 'Items with findings',
    inventory: (users: number, usersWith: number, devices: number, devicesWith: number) =>
      `${users} ${users === 1 ? 'user' : 'users'} (${usersWith} with findings), ${devices} ${devices === 1 ? 'device' : 'devices'} (${devicesWith} with findings); this ledger's own report lists them.`,
    back: '↑ Summary',
  },
} as const;

type NetworkWords = (typeof NETWORK_WORDS)['ja' | 'en'];

/** A facility as the network report names it: its name, or the file's when the ledger did not load. */
function facilityName(file: ReportFile): string {
  return file.facility ?? file.file;
}

function networkSummary(model: ReportModel, ranked: readonly { file: ReportFile; index: number }[], words: Words, net: NetworkWords, options: HtmlOptions): SafeHtml {
  const { report, rollup } = words;
  const { summary } = model;
  const total = summary.error + summary.warning + summary.info;
  const unreadable = model.files.filter((file) => file.facility === null).length;
  const [first] = model.files;
  const key = (file: ReportFile) => JSON.stringify([file.config, file.disabledRules]);
  const config = model.files.every((file) => key(file) === key(first!)) ? html`<p class="config">${configText(first!, words)}</p>` : html`<p class="config">${net.configDiffers}</p>`;
  const rows = ranked.map(
    ({ file, index }, rank) =>
      html`<tr><td class="num">${rank + 1}</td><td class="num"><a href="#file-${index + 1}">${fileLabel(index)}</a></td><td><a href="#file-${index + 1}">${facilityName(file)}</a></td><td>${file.file}</td><td class="num">${file.counts.error}</td><td class="num">${file.counts.warning}</td><td class="num">${file.counts.info}</td><td class="num">${file.counts.suppressed}</td><td class="num">${file.overdue ?? '—'}</td></tr>`,
  );
  const content = html`<h1>${report.title}</h1>
<p>${report.asOf}: <strong>${model.asOf}</strong> · ${report.generated}: ${options.generatedOn}</p>
<p class="${total > 0 ? 'result-findings' : 'result-clean'}">${net.facilities(summary.files)}: ${words.summary(total, summary, summary.suppressed)}</p>
${unreadable > 0 ? html`<p class="notice">${net.unreadable(unreadable)}</p>` : NOTHING}${config}${quietNote(model, words)}<p class="muted screen">${net.printAlone}</p>
<h2>${rollup.heading}</h2><table class="data rollup"><thead><tr><th class="num">${net.rank}</th><th class="num">#</th><th>${rollup.facility}</th><th>${rollup.file}</th><th class="num">${rollup.error}</th><th class="num">${rollup.warning}</th><th class="num">${rollup.info}</th><th class="num">${net.suppressed}</th><th class="num">${rollup.overdue}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return html`<section class="summary" id="summary">${sheet(runningHeader(model, words, options), content)}</section>`;
}

const SCORE_CLASS: Record<Score['kind'], string> = { pass: 's-p', findings: 's-f', 'not-recorded': 's-n', off: 's-o' };

function scoreCell(score: Score): SafeHtml {
  switch (score.kind) {
    case 'pass':
      return html`<td class="s-p">✓</td>`;
    case 'findings':
      return html`<td class="s-f" title="${score.rules.join(', ')}">✗${score.count}</td>`;
    case 'not-recorded':
      return html`<td class="s-n">?</td>`;
    case 'off':
      return html`<td class="s-o">–</td>`;
  }
}

/** An item's id in the scorecard's second header row: `2-4` under "note", `B` and `C-6` under 6.9. */
function shortId(id: string): string {
  // Stryker disable next-line Regex: the items' ids (note 1, 6.9 B, C-6…) hold `note ` and `6.9 ` only at their start
  return id.replace(/^note /, '').replace(/^6\.9 /, '');
}

function scorecardSection(model: ReportModel, ranked: readonly { file: ReportFile; index: number }[], words: Words, net: NetworkWords, options: HtmlOptions): SafeHtml {
  const rows = scorecardRows();
  const notes = rows.filter((row) => row.item.id.startsWith('note')).length;
  const heads = rows.map((row) => html`<th class="${SCORE_CLASS.pass} item" title="${row.item.title[model.lang]}">${shortId(row.item.id)}</th>`);
  const body = ranked.map(
    ({ file, index }) =>
      html`<tr><td class="num"><a href="#file-${index + 1}">${fileLabel(index)}</a></td><td class="name">${facilityName(file)}</td>${rows.map((row) => scoreCell(scoreOf(row, file)))}</tr>`,
  );
  const legend = rows.map((row) => html`<tr><td class="nowrap"><strong>${row.item.id}</strong></td><td>${row.item.title[model.lang]}</td><td>${ruleList(row.rules)}</td></tr>`);
  const unchecked = uncheckedItems().map((item) => item.id).join(', ');
  const content = html`<h2>${net.scorecard}</h2><p class="muted">${net.legend}</p>
<table class="data score"><colgroup><col class="c-num"><col class="c-name">${rows.map(() => html`<col>`)}</colgroup><thead><tr><th rowspan="2" class="num">#</th><th rowspan="2">${words.rollup.facility}</th><th colspan="${notes}">${net.note}</th><th colspan="${rows.length - notes}">${net.guideline}</th></tr><tr>${heads}</tr></thead><tbody>${body}</tbody></table>
<h3>${net.items}</h3><p class="muted">${net.unchecked(unchecked)}</p><table class="data coverage"><thead><tr><th class="item">${words.report.item}</th><th class="requirement">${words.report.requirement}</th><th class="rules">${words.report.rules}</th></tr></thead><tbody>${legend}</tbody></table>`;
  return html`<section class="scorecard">${sheet(runningHeader(model, words, options), content)}</section>`;
}

function findingRow(finding: ReportFinding, words: Words): SafeHtml {
  return html`<tr><td>${severityLabel(finding, words)}</td><td class="num">${positionLabel(finding)}</td><td>${finding.targetLabel ?? '—'}</td><td><code>${finding.ruleId}</code></td>${messageCell(finding, words)}</tr>`;
}

function networkFileSection(file: ReportFile, index: number, model: ReportModel, words: Words, net: NetworkWords, options: HtmlOptions): SafeHtml {
  const { report, columns } = words;
  const facility = file.facility !== null ? html` — ${file.facility}` : NOTHING;
  const failing = scorecardRows().filter((row) => scoreOf(row, file).kind === 'findings').map((row) => row.item.id);
  const items = failing.length > 0 ? html`<p>${net.itemsWithFindings}: ${failing.join(', ')}</p>` : NOTHING;
  const findings =
    file.findings.length > 0
      ? html`<table class="data findings"><thead><tr><th>${columns.severity}</th><th class="num">${columns[positionColumn(file.findings)]}</th><th>${columns.target}</th><th>${columns.rule}</th><th>${columns.message}</th></tr></thead><tbody>${file.findings.map((finding) => findingRow(finding, words))}</tbody></table>`
      : NOTHING;
  const inventory = file.inventory;
  const people = inventory
    ? html`<p class="muted">${net.inventory(inventory.users.length, inventory.users.filter((user) => user.findings > 0).length, inventory.devices.length, inventory.devices.filter((device) => device.findings > 0).length)}</p>`
    : html`<p class="notice">${report.notLoaded}</p>`;
  const leftOut = leftOutLine(file, model.lang);
  const content = html`<h2>${fileLabel(index)} <code>${file.file}</code>${facility}<a class="back screen" href="#summary">${net.back}</a></h2>${fileResult(file, words)}<p class="config">${configText(file, words)}</p>${leftOut ? html`<p class="notice">${leftOut}</p>` : NOTHING}${items}${findings}${people}`;
  return html`<section class="file" id="file-${index + 1}">${sheet(runningHeader(model, words, options), content)}</section>`;
}

function networkPage(model: ReportModel, options: HtmlOptions): string {
  const words = ui(model.lang);
  const net = NETWORK_WORDS[model.lang];
  const ranked = model.files.map((file, index) => ({ file, index })).sort((a, b) => worstFirst(a.file, b.file));
  const sections = model.files.map((file, index) => networkFileSection(file, index, model, words, net, options));
  return page(model, words, HTML_STYLE + NETWORK_STYLE, html`${networkSummary(model, ranked, words, net, options)}
${scorecardSection(model, ranked, words, net, options)}
${sections}`);
}

/** Each ledger's own page, as the audit layout gives it for that ledger alone (users and devices
 * included): what to send one facility. Named `NNN-<path>.html` (NNN its place in the run, the path's
 * separators as `_`), so 500 of them sort and never collide. */
export function facilityPages(model: ReportModel, options: HtmlOptions): Array<{ name: string; html: string }> {
  const width = String(model.files.length).length;
  return model.files.map((file, index) => {
    const alone: ReportModel = { ...model, files: [file], summary: { files: 1, ...file.counts } };
    const slug = file.file.replace(/\.[^./\\]*$/, '').replace(/^[./\\]+/, '').replace(/[\/\\:*?"<>|\s\u0000-\u001f]+/g, '_').slice(0, 120);
    return { name: `${String(index + 1).padStart(width, '0')}-${slug}.html`, html: renderHtml(alone, options) };
  });
}

const htmlReporter: Reporter = (model) => renderHtml(model, { generatedOn: today() });
export default htmlReporter;
