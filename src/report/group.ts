// --group-by target: a to-do list per person and device. Grouping is a step before rendering: each
// file's findings are split into sections (the facility, each user, each device, then what names no
// one), and the text formats render each section as they render a file. Grouping uses the real
// targets, before --redact masks them (two masked e-mail addresses can look alike).
import type { KeptLedger } from '../ledger';
import { ledgerOrder } from '../rules/helpers';
import { redactText } from './redact';
import type { CheckResult, FileResult, Lang, Target } from '../types';

export const GROUP_BY_VALUES: readonly string[] = ['target'];

/** The formats that print sections; the others (json, sarif, junit, github, html) keep their layout. */
export const GROUPED_FORMATS: readonly string[] = ['table', 'markdown'];

export type TargetKind = Target['kind'] | 'none';

const KIND_ORDER: Record<TargetKind, number> = { facility: 0, user: 1, device: 2, none: 3 };

const HEADINGS: Record<Lang, { facility: string; user: (label: string, id: string) => string; device: (id: string) => string; none: string }> = {
  ja: { facility: '施設', user: (label, id) => `利用者 ${label}（${id}）`, device: (id) => `端末 ${id}`, none: '台帳全体（対象なし）' },
  en: { facility: 'Facility', user: (label, id) => `User ${label} (${id})`, device: (id) => `Device ${id}`, none: 'The ledger as a whole' },
};

/** How a section is headed: 利用者 中村 誠（nakamura@…） / Device PC-01 (label and id as shown, masked or not). */
export function sectionHeading(kind: TargetKind, label: string, id: string, lang: Lang): string {
  const words = HEADINGS[lang];
  if (kind === 'user') return words.user(label, id);
  if (kind === 'device') return words.device(id);
  return words[kind];
}

function targetHeading(target: Target | undefined, lang: Lang, redact: boolean): string {
  if (!target) return sectionHeading('none', '', '', lang);
  const mask = (text: string) => (redact && target.kind === 'user' ? redactText(text) : text);
  return sectionHeading(target.kind, mask(target.label), mask(target.id), lang);
}

export interface TargetGroup {
  /** Same key, same section: mcs_ids compare without case. */
  key: string;
  kind: TargetKind;
  /** The ledger's order of users and devices; those it does not list come after. */
  order: number;
}

/** Where a target is in the ledger, for the order of the sections. */
export function targetGroup(target: Target | undefined, ledger: KeptLedger | undefined): TargetGroup {
  if (!target) return { key: 'none', kind: 'none', order: 0 };
  if (target.kind === 'facility') return { key: 'facility', kind: 'facility', order: 0 };
  const id = target.kind === 'user' ? target.id.toLowerCase() : target.id;
  const order = ledger ? ledgerOrder(ledger)[target.kind === 'user' ? 'users' : 'devices'] : new Map<string, number>();
  const count = target.kind === 'user' ? (ledger?.users.length ?? 0) : (ledger?.devices.length ?? 0);
  return { key: `${target.kind}:${id}`, kind: target.kind, order: order.get(id) ?? count };
}

/** Items in sections: the facility, users, devices, then items without a target. Items keep their order. */
export function groupItems<T>(items: readonly T[], groupOf: (item: T) => TargetGroup): Array<{ group: TargetGroup; items: T[] }> {
  const groups = new Map<string, { group: TargetGroup; items: T[] }>();
  for (const item of items) {
    const group = groupOf(item);
    const entry = groups.get(group.key) ?? { group, items: [] };
    entry.items.push(item);
    groups.set(group.key, entry);
  }
  // Map iteration is insertion order and the sort is stable: ties keep the order of first appearance.
  return [...groups.values()].sort((a, b) => KIND_ORDER[a.group.kind] - KIND_ORDER[b.group.kind] || a.group.order - b.group.order);
}

function sections(file: FileResult, lang: Lang, redact: boolean): FileResult[] {
  if (file.findings.length === 0) return [file];
  return groupItems(file.findings, (finding) => targetGroup(finding.target, file.ledger)).map(({ items }) => ({
    file: `${file.file} — ${targetHeading(items[0]!.target, lang, redact)}`,
    findings: items,
    ...(file.config ? { config: file.config } : {}),
  }));
}

/** The result with each file split into one section per target. */
export function groupResultByTarget(result: CheckResult, lang: Lang, redact: boolean): CheckResult {
  return { ...result, files: result.files.flatMap((file) => sections(file, lang, redact)), bySection: true };
}
