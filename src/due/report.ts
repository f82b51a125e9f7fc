// The due report every `due` format renders: the obligations that are overdue or fall due within the
// window, located in their files, in one language, personal data masked when asked, soonest first.
// Ledgers that do not load keep their yaml-syntax / schema findings, presented exactly as `check` does.
import { DEFAULT_CONFIG } from '../config/types';
import type { Config } from '../config/types';
import { daysBetween } from '../dates';
import { compareFindings, loadLedger } from '../engine/check-file';
import type { LoadedLedger } from '../engine/check-file';
import { fill } from '../i18n/lang';
import { targetGroup } from '../report/group';
import type { TargetGroup } from '../report/group';
import { presentReport, reportPosition, shownLabel, toPointer } from '../report/model';
import type { ReportModel } from '../report/model';
import { redactData, redactText } from '../report/redact';
import { wordsAt } from '../report/words';
import type { Ledger } from '../ledger';
import type { FileResult, Lang, Position } from '../types';
import { collectDueObligations } from './collect';
import type { DueKind, DueObligation } from './collect';
import { calendarUid } from './uid';

export interface DueItem {
  file: string;
  /** The facility's name: with many ledgers every line and calendar event starts with it. */
  facility: string;
  /** YYYY-MM-DD; as-of for a password whose last change is not recorded (due now). */
  due: string;
  kind: DueKind;
  /** The device id, the user's mcs_id, or `facility` (masked by --redact for users). */
  target: string;
  /** How a person reads the target: the user's name, else the id. */
  targetLabel: string;
  /** JSON Pointer of the ledger node the due day comes from. */
  path: string;
  /** Null for a workbook, whose items have `sheet` and `cell` instead. */
  line: number | null;
  column: number | null;
  sheet?: string;
  cell?: string;
  /** Due before as-of, or due now because the date it counts from is not recorded. Due today is not overdue. */
  overdue: boolean;
  /** Calendar days from as-of to the due day: 0 = due today, negative = overdue. */
  daysLeft: number;
  message: string;
  /** Stable across runs: a hash of file, kind, target and due day (never personal data in clear). */
  uid: string;
  /** The section of --group-by target, from the real target (not in the JSON). */
  group: TargetGroup;
}

export interface DueReport {
  tool: { name: string; version: string };
  asOf: string;
  within: number;
  lang: Lang;
  items: DueItem[];
  /** The ledgers with format errors, with their findings, as `check` presents them (empty files list if none). */
  invalid: ReportModel;
  /** False when a format error kept a ledger, or some of its entries, out of the list. */
  complete: boolean;
}

export interface DueInput {
  file: string;
  bytes: Uint8Array;
  /** The bytes already loaded, when the caller has them (the offline page checks them too). */
  loaded?: LoadedLedger;
  /** The ledger's configuration, when it has its own. */
  config?: Config;
}

export interface DueOptions {
  asOf: string;
  within: number;
  /** The configuration of inputs that carry none (the defaults when absent). */
  config?: Config;
  lang: Lang;
  redact: boolean;
  version: string;
}

function presentItem(file: string, obligation: DueObligation, ledger: Ledger, position: Position, options: DueOptions): DueItem {
  const due = obligation.due ?? options.asOf;
  const daysLeft = daysBetween(options.asOf, due);
  const { target } = obligation;
  const mask = (text: string) => (options.redact && target.kind === 'user' ? redactText(text) : text);
  return {
    file,
    facility: ledger.facility.name,
    due,
    kind: obligation.kind,
    target: mask(target.id),
    targetLabel: mask(shownLabel(target, options.lang)),
    path: toPointer(obligation.path),
    ...reportPosition(position),
    overdue: obligation.due === null || daysLeft < 0,
    daysLeft,
    message: fill(obligation.message[options.lang], options.redact ? redactData(obligation.data) : obligation.data, wordsAt(position, options.lang)),
    uid: calendarUid(file, obligation.kind, target.id, due, obligation.key),
    group: targetGroup(target, ledger),
  };
}

function inWindow(item: DueItem, within: number): boolean {
  return item.overdue || item.daysLeft <= within;
}

/** Overdue first, then soonest first; ties keep the files' order and their position in the file (a workbook's: ledger order). */
function compareItems(fileOrder: Map<string, number>) {
  return (a: DueItem, b: DueItem): number =>
    Number(b.overdue) - Number(a.overdue) ||
    (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
    fileOrder.get(a.file)! - fileOrder.get(b.file)! ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0);
}

export function dueReport(inputs: readonly DueInput[], options: DueOptions): DueReport {
  const items: DueItem[] = [];
  const invalidFiles: FileResult[] = [];
  for (const { file, bytes, loaded: given, config = options.config ?? DEFAULT_CONFIG } of inputs) {
    const loaded = given ?? loadLedger(bytes, file);
    if (!loaded.ok) {
      invalidFiles.push({ file, findings: [...loaded.findings].sort(compareFindings) });
      continue;
    }
    const { leftOut } = loaded;
    // Entries with format errors are left out (one pass): the rest is listed, and the errors shown.
    if (leftOut) invalidFiles.push({ file, findings: loaded.readFindings.filter((finding) => finding.severity === 'error').sort(compareFindings), leftOut: leftOut.entries });
    for (const obligation of collectDueObligations(loaded.ledger, config, options.asOf)) {
      const path = leftOut ? leftOut.toOriginal(obligation.path) : obligation.path;
      const item = presentItem(file, { ...obligation, path }, loaded.ledger, loaded.parsed.locate(path), options);
      if (inWindow(item, options.within)) items.push(item);
    }
  }
  items.sort(compareItems(new Map(inputs.map((input, index) => [input.file, index]))));
  const invalid = presentReport(
    { asOf: options.asOf, files: invalidFiles },
    { lang: options.lang, redact: options.redact, quiet: false, failOn: 'error', version: options.version },
  );
  return { tool: invalid.tool, asOf: options.asOf, within: options.within, lang: options.lang, items, invalid, complete: invalidFiles.length === 0 };
}

/** 1 when a ledger did not load, or (with --fail-on-overdue) when something is overdue; else 0. */
export function dueExitCode(report: DueReport, failOnOverdue: boolean): 0 | 1 {
  if (report.invalid.files.length > 0) return 1;
  return failOnOverdue && report.items.some((item) => item.overdue) ? 1 : 0;
}
