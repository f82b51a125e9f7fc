// `diff` in its three formats: a table for a terminal, JSON (a versioned contract like check's), and
// Markdown for a pull-request comment. Personal data is masked with --redact; text is shown inert.
import { ui } from '../i18n/ui';
import { inert, inertLines } from '../report/inert';
import { positionLabel } from '../report/model';
import type { ReportFinding } from '../report/model';
import { redactText } from '../report/redact';
import { renderBorderlessTable } from '../text/borderless-table';
import { escapeCell } from '../reporters/markdown';
import type { Lang } from '../types';
import type { Change, Section } from './ledger-diff';
import { DIFF_WORDS } from './words';

export interface DiffReport {
  tool: { name: string; version: string };
  asOf: string;
  lang: Lang;
  redact: boolean;
  old: { file: string; revision?: string };
  new: { file: string; staged?: boolean };
  changes: Change[];
  appeared: ReportFinding[];
  went: ReportFinding[];
}

const SECTIONS: readonly Section[] = ['facility', 'admins', 'staff', 'devices', 'incidents', 'exceptions'];
const PERSONAL_KEY = /(^|\.)(name|mcs_id|user|approved_by)$/;

/** A value as text; a person's name or MCS id masked with --redact. */
function shown(value: unknown, redact: boolean, personal: boolean): string {
  if (value === undefined) return '-';
  if (Array.isArray(value)) return value.length === 0 ? '-' : value.map((item) => shown(item, redact, personal)).join(', ');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return redact && (personal || /@/.test(text)) ? redactText(text) : text;
}

function masked(change: Change, redact: boolean): { id: string; label: string } {
  return redact && change.personal && change.section !== 'devices' ? { id: redactText(change.id), label: redactText(change.label) } : { id: change.id, label: change.label };
}

/** Whether a change's before and after are people: a device's users (passed on, or of a device added),
 * a name or MCS id of the facility's. */
function personalValues(change: Change): boolean {
  return change.kind === 'owner-changed' || (change.kind === 'added' && change.section === 'devices') || (change.section === 'facility' && change.personal);
}

function detail(change: Change, lang: Lang, redact: boolean): string {
  const words = DIFF_WORDS[lang];
  // A null in the ledger (a date not recorded) is said in words, never as `null`.
  const said = (v: unknown, personal: boolean) => (v === null ? words.notRecorded : shown(v, redact, personal));
  const value = (v: unknown) => said(v, personalValues(change));
  if (change.keys) return change.keys.map((key) => `${key.key}: ${said(key.before, PERSONAL_KEY.test(key.key))} → ${said(key.after, PERSONAL_KEY.test(key.key))}`).join('; ');
  if (change.kind === 'owner-changed') return words.usedBy(value(change.before), value(change.after));
  if (change.kind === 'password-changed') return words.password(value(change.before), value(change.after));
  if (change.section === 'exceptions') {
    if (change.kind === 'expired') return words.expired(value(change.after));
    if (change.kind === 'renewed') return `${words.expires(value(change.before))} → ${value(change.after)}`;
    return change.after !== undefined || change.before !== undefined ? words.expires(value(change.after !== undefined ? change.after : change.before)) : '';
  }
  if (change.kind === 'added' && change.section === 'devices' && change.after !== undefined) return words.usedBy('-', value(change.after));
  if (change.before !== undefined || change.after !== undefined) {
    return change.before === undefined ? value(change.after) : change.after === undefined ? value(change.before) : `${value(change.before)} → ${value(change.after)}`;
  }
  return '';
}

function kindWord(change: Change, lang: Lang): string {
  return DIFF_WORDS[lang].kinds[change.kind] ?? change.kind;
}

function summaryText(report: DiffReport): string {
  return DIFF_WORDS[report.lang].summary({ changes: report.changes.length, appeared: report.appeared.length, went: report.went.length });
}

function findingCells(finding: ReportFinding, lang: Lang): string[] {
  const words = ui(lang);
  return [finding.suppressed ? words.suppressed : words.severity[finding.severity], positionLabel(finding), finding.targetLabel ?? '-', finding.ruleId, finding.message];
}

function title(report: DiffReport): string {
  const words = DIFF_WORDS[report.lang];
  const old = report.old.revision !== undefined ? `${report.old.file} @ ${report.old.revision}` : report.old.file;
  const now = report.new.staged ? `${report.new.file} (staged)` : report.new.file;
  return `${words.title(old, now)} (${words.asOf(report.asOf)})`;
}

export function diffTable(report: DiffReport): string {
  const words = DIFF_WORDS[report.lang];
  const parts = [`${inert(title(report))}\n`];
  const { columns } = words;
  for (const section of SECTIONS) {
    const changes = report.changes.filter((change) => change.section === section);
    if (changes.length === 0) continue;
    const rows = changes.map((change) => [kindWord(change, report.lang), inert(masked(change, report.redact).label), inert(detail(change, report.lang, report.redact))]);
    parts.push(`${words.sections[section]}\n${renderBorderlessTable([columns.change, columns.who, columns.detail], rows)}\n`);
  }
  if (report.changes.length === 0) parts.push(`  ${words.nothing}\n`);
  const findings = (heading: string, list: readonly ReportFinding[]) => {
    if (list.length === 0) return `${heading}: ${words.noFindings}\n`;
    const head = [columns.severity, list.some((finding) => finding.sheet !== undefined) ? ui(report.lang).columns.cell : columns.position, columns.target, columns.rule, columns.message];
    return `${heading}\n${renderBorderlessTable(head, list.map((finding) => findingCells(finding, report.lang).map(inert)))}\n`;
  };
  parts.push(findings(words.sections.appeared, report.appeared), findings(words.sections.went, report.went));
  parts.push(`${report.appeared.length > 0 ? '✖' : '✔'} ${summaryText(report)}\n`);
  return inertLines(parts.join('\n'));
}

export function diffMarkdown(report: DiffReport): string {
  const words = DIFF_WORDS[report.lang];
  const parts = [`## dokodemo-check diff: ${escapeCell(title(report))}\n\n${report.appeared.length > 0 ? '✖' : '✔'} ${escapeCell(summaryText(report))}\n`];
  const { columns } = words;
  for (const section of SECTIONS) {
    const changes = report.changes.filter((change) => change.section === section);
    if (changes.length === 0) continue;
    const rows = changes.map((change) => `| ${[kindWord(change, report.lang), masked(change, report.redact).label, detail(change, report.lang, report.redact)].map(escapeCell).join(' | ')} |`);
    parts.push(`### ${escapeCell(words.sections[section])}\n\n| ${columns.change} | ${columns.who} | ${columns.detail} |\n| --- | --- | --- |\n${rows.join('\n')}\n`);
  }
  if (report.changes.length === 0) parts.push(`${escapeCell(words.nothing)}\n`);
  const findings = (heading: string, list: readonly ReportFinding[]) => {
    if (list.length === 0) return `### ${escapeCell(heading)}\n\n${escapeCell(words.noFindings)}\n`;
    const head = `| ${[columns.severity, columns.position, columns.target, columns.rule, columns.message].join(' | ')} |\n| --- | --- | --- | --- | --- |`;
    const rows = list.map((finding) => `| ${findingCells(finding, report.lang).map((cell, index) => (index === 3 ? `\`${cell}\`` : escapeCell(cell))).join(' | ')} |`);
    return `### ${escapeCell(heading)}\n\n${head}\n${rows.join('\n')}\n`;
  };
  parts.push(findings(words.sections.appeared, report.appeared), findings(words.sections.went, report.went));
  return inertLines(parts.join('\n'));
}

function findingJson(finding: ReportFinding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    ...(finding.sheet !== undefined ? { sheet: finding.sheet, cell: finding.cell } : {}),
    target: finding.target,
    suppressed: finding.suppressed,
  };
}

function changeJson(change: Change, redact: boolean): Record<string, unknown> {
  const { id, label } = masked(change, redact);
  // As the table shows them: a person masked, and any text with an @, in a list item by item.
  const value = (v: unknown, personal: boolean): unknown => {
    if (!redact || v === null || v === undefined) return v;
    if (Array.isArray(v)) return v.map((item) => value(item, personal));
    return personal || (typeof v === 'string' && v.includes('@')) ? redactText(String(v)) : v;
  };
  const personal = personalValues(change);
  return {
    section: change.section,
    change: change.kind,
    id,
    label,
    ...(change.before !== undefined ? { before: value(change.before, personal) } : {}),
    ...(change.after !== undefined ? { after: value(change.after, personal) } : {}),
    ...(change.keys ? { keys: change.keys.map((key) => ({ key: key.key, before: value(key.before, PERSONAL_KEY.test(key.key)) ?? null, after: value(key.after, PERSONAL_KEY.test(key.key)) ?? null })) } : {}),
  };
}

/** The JSON contract of `diff` (formatVersion 1). */
export function diffJson(report: DiffReport): string {
  const json = {
    formatVersion: 1,
    kind: 'diff',
    tool: report.tool,
    asOf: report.asOf,
    old: report.old,
    new: report.new,
    changes: report.changes.map((change) => changeJson(change, report.redact)),
    findings: { appeared: report.appeared.map(findingJson), went: report.went.map(findingJson) },
    summary: { changes: report.changes.length, appeared: report.appeared.length, went: report.went.length },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
