/// <reference lib="dom" />
// The result as DOM: every ledger value goes in as text (textContent), never as markup.
import { timeLeftText } from '../due/time-left';
import type { DueItem, DueReport } from '../due/report';
import { ui } from '../i18n/ui';
import { inert } from '../report/inert';
import { positionColumn, positionLabel } from '../report/model';
import type { ReportFile, ReportFinding, ReportModel } from '../report/model';
import type { Lang } from '../types';
import type { CopyKind, PageCheck, PageCopies } from './check';
import { pageWords } from './words';

type Child = Node | string;

/** An element with a class and children; strings become text nodes, control and bidi characters shown
 * escaped (`\x1b`, `\u202e`) as in the HTML report, so a value cannot reorder what the page shows. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children.map((child) => (typeof child === 'string' ? inert(child) : child)));
  return node;
}

function headRow(cells: readonly string[]): HTMLTableSectionElement {
  return h('thead', null, h('tr', null, ...cells.map((cell) => {
    const th = h('th', null, cell);
    th.scope = 'col';
    return th;
  })));
}

function severityBadge(finding: ReportFinding, lang: Lang): HTMLElement {
  const words = ui(lang);
  if (finding.suppressed) return h('span', 'sev sev-suppressed', `${words.suppressed} (${words.severity[finding.severity]})`);
  return h('span', `sev sev-${finding.severity}`, words.severity[finding.severity]);
}

function findingRow(finding: ReportFinding, lang: Lang): HTMLTableRowElement {
  const message = h('td', 'message', finding.message);
  if (finding.suppression) {
    message.append(h('span', 'suppression', ui(lang).suppressedBy(finding.suppression.reason, finding.suppression.expires)));
  }
  const row = h('tr', finding.suppressed ? 'suppressed' : null,
    h('td', 'nowrap', severityBadge(finding, lang)),
    h('td', 'num', positionLabel(finding)),
    h('td', 'target', finding.targetLabel ?? '—'),
    h('td', 'nowrap', h('code', null, finding.ruleId)),
    message);
  row.dataset.rule = finding.ruleId;
  row.dataset.path = finding.path;
  row.dataset.severity = finding.severity;
  if (finding.suppressed) row.dataset.suppressed = 'true';
  return row;
}

function findingsSection(file: ReportFile, lang: Lang): HTMLElement {
  const words = pageWords(lang);
  const { columns } = ui(lang);
  const heading = h('h2', null, `${words.findings} (${file.findings.length})`);
  heading.id = 'findings-heading';
  if (file.findings.length === 0) return h('section', 'card', heading, h('p', 'muted', words.noFindings));
  const table = h('table', 'data findings',
    headRow([columns.severity, columns[positionColumn(file.findings)], columns.target, columns.rule, columns.message]),
    h('tbody', null, ...file.findings.map((finding) => findingRow(finding, lang))));
  table.id = 'findings';
  table.setAttribute('aria-labelledby', heading.id);
  return h('section', 'card', heading, h('div', 'table-scroll', table));
}

function dueRow(item: DueItem, lang: Lang): HTMLTableRowElement {
  const urgency = item.overdue ? 'overdue' : item.daysLeft <= 7 ? 'soon' : 'later';
  const row = h('tr', null,
    h('td', 'nowrap num', item.due),
    h('td', `nowrap left-${urgency}`, timeLeftText(item, lang)),
    h('td', 'target', item.targetLabel),
    h('td', 'message', item.message));
  row.dataset.dueKind = item.kind;
  row.dataset.duePath = item.path;
  if (item.overdue) row.dataset.overdue = 'true';
  return row;
}

function dueSection(due: DueReport, lang: Lang): HTMLElement {
  const words = ui(lang).due;
  const heading = h('h2', null, pageWords(lang).due(due.within));
  heading.id = 'due-heading';
  const section = h('section', 'card', heading);
  const invalid = due.invalid.files[0];
  if (invalid || due.items.length === 0) {
    section.append(invalid
      ? h('p', 'notice', words.invalidLedger(invalid.file, invalid.findings.length))
      : h('p', 'muted', words.nothingDue(due.within)));
    return section;
  }
  const { columns } = words;
  const table = h('table', 'data due',
    headRow([columns.due, columns.left, columns.target, columns.what]),
    h('tbody', null, ...due.items.map((item) => dueRow(item, lang))));
  table.id = 'due';
  table.setAttribute('aria-labelledby', heading.id);
  const overdue = due.items.filter((item) => item.overdue).length;
  section.append(h('p', overdue > 0 ? 'due-summary overdue' : 'due-summary', words.summary(due.items.length, overdue, due.within)), h('div', 'table-scroll', table));
  return section;
}

function fact(term: string, ...definition: Child[]): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, ...definition)];
}

function countChip(kind: string, label: string, count: number): HTMLElement {
  return h('span', `chip chip-${kind}${count === 0 ? ' chip-zero' : ''}`, h('strong', null, String(count)), ` ${label}`);
}

/** The result in one line: "no problems", or the counts (as the CLI's table summary says them). */
export function verdict(model: ReportModel, lang: Lang): string {
  const words = ui(lang);
  const { counts, findings } = model.files[0]!;
  const total = counts.error + counts.warning + counts.info;
  return findings.length === 0 ? words.noProblems : words.summary(total, counts, counts.suppressed);
}

function summarySection(model: ReportModel, lang: Lang): HTMLElement {
  const file = model.files[0]!;
  const words = pageWords(lang);
  const report = ui(lang);
  const { counts } = file;
  const clean = counts.error + counts.warning + counts.info === 0;
  const result = h('p', clean ? 'verdict verdict-ok' : 'verdict verdict-findings', `${clean ? '✓' : '⚠'} ${verdict(model, lang)}`);
  const facts = h('dl', 'facts',
    ...fact(words.file, h('code', null, file.file)),
    ...(file.inventory ? fact(words.facility, file.inventory.facility) : []),
    ...fact(words.configApplied, file.config ?? words.configNone),
    ...(file.disabledRules.length > 0 ? fact(words.rulesOff, file.disabledRules.join(', ')) : []));
  const chips = h('p', 'chips',
    countChip('error', report.severity.error, counts.error),
    countChip('warning', report.severity.warning, counts.warning),
    countChip('info', report.severity.info, counts.info),
    countChip('suppressed', report.suppressed, counts.suppressed));
  return h('section', 'card summary', h('h2', null, words.result), result, chips, facts);
}

/** The copies the ledger can be saved as (the CLI's `-f xlsx -o` and `fix -o`), each only when it can be
 * made: the marked workbook for any checked ledger (a YAML one that reads as YAML), the tidy copy when
 * `fix` has something to repair, with each repair listed. The buttons are answered by page.ts. */
function copiesSection(copies: PageCopies, lang: Lang): HTMLElement | undefined {
  if (!copies.marked && copies.repairs.length === 0) return undefined;
  const words = pageWords(lang);
  const button = (kind: CopyKind, text: string) => {
    const node = h('button', null, text);
    node.type = 'button';
    node.id = `save-${kind}`;
    node.dataset.save = kind;
    return node;
  };
  const heading = h('h2', null, words.copies);
  const section = h('section', 'card copies', heading);
  section.id = 'copies';
  if (copies.marked) section.append(h('div', 'copy', button('marked', words.saveMarked), h('p', 'hint', words.markedHint)));
  if (copies.repairs.length > 0) {
    const list = h('ul', 'repairs', ...copies.repairs.map(({ at, before, after }) => h('li', null, h('code', null, at), ' ', before, ' → ', after)));
    list.id = 'repairs';
    section.append(h('div', 'copy', button('tidy', words.saveTidy), h('p', 'hint', words.tidyHint), h('h3', null, words.repairs(copies.repairs.length)), list));
  }
  const status = h('p', 'copy-status');
  status.id = 'copy-status';
  status.setAttribute('role', 'status');
  section.append(status);
  return section;
}

/** The result view: summary, findings and the due list; or the one message saying why there is none. */
export function renderCheck(check: PageCheck, lang: Lang): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (check.status === 'cancelled') {
    const note = h('p', 'cancelled-box', check.message[lang]);
    note.setAttribute('role', 'status');
    fragment.append(note);
    return fragment;
  }
  if (check.status === 'error') {
    const box = h('div', 'error-box', h('strong', null, `${pageWords(lang).error}: `), check.message[lang]);
    box.setAttribute('role', 'alert');
    fragment.append(box);
    return fragment;
  }
  const file = check.model.files[0]!;
  const copies = copiesSection(check.copies, lang);
  fragment.append(summarySection(check.model, lang), ...(copies ? [copies] : []), findingsSection(file, lang), dueSection(check.due, lang));
  return fragment;
}
