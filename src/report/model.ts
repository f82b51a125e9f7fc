// The report model every format is rendered from: findings in one language, personal data masked when
// asked, counts computed once. Reporters are pure functions of this model.
import type { Config } from '../config/types';
import { severityOf } from '../engine/run-rules';
import { fill } from '../i18n/lang';
import { ui } from '../i18n/ui';
import { RULES } from '../rules';
import type { KeptLedger } from '../ledger';
import type { CheckResult, Lang, LocatedEntry, LocatedFinding, Severity, Target } from '../types';
import { positionLabel, reportPosition } from '../text/position';
import { redactData, redactText } from './redact';
import { wordsAt } from './words';

export type FailOn = Severity | 'none';

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** JSON Pointer (RFC 6901) of the node the finding points at. */
  path: string;
  /** Null for a workbook, whose findings have `sheet` and `cell` instead. */
  line: number | null;
  column: number | null;
  /** The sheet and A1 cell of a finding in a workbook. */
  sheet?: string;
  cell?: string;
  /** The device id, the user's mcs_id, or `facility`; null when the finding has no target. */
  target: string | null;
  /** How a person reads the target: the user's name, else the id. */
  targetLabel: string | null;
  suppressed: boolean;
  suppression?: { reason: string; approvedBy: string; expires: string };
  sources: readonly string[];
  /** Counts toward the exit code (unsuppressed, at or above --fail-on; with --fail-on-new, new too). */
  failing: boolean;
  /** Against --baseline / --baseline-git: whether an earlier run had this finding (SARIF's words). */
  baselineState?: BaselineState;
}

export type BaselineState = 'new' | 'unchanged';

/** What a baseline run adds: how many findings are new and unchanged, and how many of the baseline's went. */
export interface BaselineSummary {
  new: number;
  unchanged: number;
  absent: number;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
}

export interface InventoryUser {
  name: string;
  mcsId: string;
  jobType: string;
  accountStatus: string;
  /** Unsuppressed findings that target this user. */
  findings: number;
}

export interface InventoryDevice {
  id: string;
  type: string;
  model: string;
  ownership: string;
  status: string;
  findings: number;
}

/** The ledger's users and devices, for reports that list them (HTML). */
export interface Inventory {
  facility: string;
  users: InventoryUser[];
  devices: InventoryDevice[];
}

/** An entry left out of the content checks until its format is fixed (one pass). */
export interface ReportLeftOut {
  /** JSON Pointer of the entry (/users/3). */
  path: string;
  line: number | null;
  column: number | null;
  sheet?: string;
  cell?: string;
  target: string | null;
  targetLabel: string | null;
}

export interface ReportFile {
  file: string;
  /** The configuration file applied to this ledger, or null for the built-in defaults. */
  config: string | null;
  /** Rules the configuration turned off for this ledger, in catalogue order. */
  disabledRules: string[];
  findings: ReportFinding[];
  /** Findings `--quiet` leaves out of the listing: a verdict on the ledger (the audit coverage) still counts them. */
  leftOutByQuiet?: ReportFinding[];
  counts: Counts;
  /** Present when the ledger parsed and matched the schema. */
  inventory?: Inventory;
  /** Entries with format errors that the content checks left out (the rest was checked). */
  leftOut?: ReportLeftOut[];
  /** The facility's name, when the ledger loaded. */
  facility: string | null;
  /** Deadlines past as-of (or never recorded), as `due` counts them; null when the ledger did not load. */
  overdue: number | null;
}

export interface ReportModel {
  tool: { name: string; version: string };
  asOf: string;
  lang: Lang;
  failOn: FailOn;
  files: ReportFile[];
  summary: Counts & { files: number };
  /** The files are sections of ledgers by target (--group-by target), not one per ledger: no roll-up. */
  bySection?: boolean;
  /** Present when the run compared with a baseline. */
  baseline?: BaselineSummary;
  /** --fail-on-new: only new findings fail the run. */
  failOnNew?: boolean;
}

export interface PresentOptions {
  lang: Lang;
  redact: boolean;
  quiet: boolean;
  failOn: FailOn;
  version: string;
  /** With a baseline: each finding's state (the findings of the CheckResult presented). */
  baselineStateOf?: (finding: LocatedFinding) => BaselineState | undefined;
  /** --fail-on-new: only new findings count toward the exit code. */
  failOnNew?: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function meetsThreshold(severity: Severity, failOn: FailOn): boolean {
  // Stryker disable next-line StringLiteral: with failOn 'none' compared with '' instead, the rank test still fails (SEVERITY_RANK has no rank for 'none')
  return failOn !== 'none' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/** A segment as a JSON Pointer writes it; most have no `~` or `/` to escape. */
function pointerSegment(segment: string | number): string {
  const text = String(segment);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

export function toPointer(path: ReadonlyArray<string | number>): string {
  let pointer = '';
  for (const segment of path) pointer += `/${pointerSegment(segment)}`;
  return pointer;
}

/** How a target is named in a column of names and device ids: the facility in the report's language. */
export function shownLabel(target: Target, lang: Lang): string {
  return target.kind === 'facility' ? ui(lang).facilityTarget : target.label;
}

function presentFinding(finding: LocatedFinding, options: PresentOptions): ReportFinding {
  const data = options.redact ? redactData(finding.data) : finding.data;
  const target = finding.target;
  const personal = target?.kind === 'user' && options.redact;
  const presented: ReportFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: fill(finding.message[options.lang], data, wordsAt(finding.position, options.lang)),
    path: toPointer(finding.path),
    ...reportPosition(finding.position),
    target: target ? (personal ? redactText(target.id) : target.id) : null,
    targetLabel: target ? (personal ? redactText(target.label) : shownLabel(target, options.lang)) : null,
    suppressed: finding.suppression !== undefined,
    sources: finding.sources,
    failing: finding.suppression === undefined && meetsThreshold(finding.severity, options.failOn),
  };
  const state = options.baselineStateOf?.(finding);
  if (state) {
    presented.baselineState = state;
    if (options.failOnNew && state !== 'new') presented.failing = false;
  }
  if (finding.suppression) {
    const { approvedBy } = finding.suppression;
    presented.suppression = { ...finding.suppression, approvedBy: options.redact ? redactText(approvedBy) : approvedBy };
  }
  return presented;
}

function presentEntry(entry: LocatedEntry, options: PresentOptions): ReportLeftOut {
  const { target } = entry;
  const personal = target?.kind === 'user' && options.redact;
  return {
    path: toPointer(entry.path),
    ...reportPosition(entry.position),
    target: target ? (personal ? redactText(target.id) : target.id) : null,
    targetLabel: target ? (personal ? redactText(target.label) : shownLabel(target, options.lang)) : null,
  };
}

/** The one line every format gives for the entries left out: how many, which, and that fixing them checks them. */
export function leftOutLine(file: ReportFile, lang: Lang): string | undefined {
  const entries = file.leftOut ?? [];
  if (entries.length === 0) return undefined;
  const shown = entries.slice(0, 5).map((entry) => `${positionLabel(entry)}${entry.targetLabel ? ` ${entry.targetLabel}` : ''}`);
  const names = `${shown.join(', ')}${entries.length > shown.length ? ', …' : ''}`;
  return ui(lang).leftOut(entries.length, names, entries[0]!.sheet !== undefined);
}

export { positionLabel, reportPosition };

/** The heading of the position column for a file's findings: `cell` for a workbook's (`利用者!F12`). */
export function positionColumn(findings: readonly Pick<ReportFinding, 'sheet'>[]): 'position' | 'cell' {
  return findings.some((finding) => finding.sheet !== undefined) ? 'cell' : 'position';
}

export function countFindings(findings: readonly ReportFinding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) counts.suppressed++;
    else counts[finding.severity]++;
  }
  return counts;
}

/** Unsuppressed findings per target, keyed `device:ID` or `user:mcs_id` (lower-cased: mcs_ids ignore case). */
function findingsPerTarget(findings: readonly LocatedFinding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { target, suppression } of findings) {
    if (!target || suppression) continue;
    const key = target.kind === 'user' ? `user:${target.id.toLowerCase()}` : `${target.kind}:${target.id}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function inventoryOf(ledger: KeptLedger, findings: readonly LocatedFinding[], redact: boolean): Inventory {
  const counts = findingsPerTarget(findings);
  const mask = (text: string) => (redact ? redactText(text) : text);
  return {
    facility: ledger.facility.name,
    users: ledger.users.map((user) => ({
      name: mask(user.name),
      mcsId: mask(user.mcs_id),
      jobType: user.job_type,
      accountStatus: user.account_status,
      findings: counts.get(`user:${user.mcs_id.toLowerCase()}`) ?? 0,
    })),
    devices: ledger.devices.map((device) => ({
      id: device.id,
      type: device.type,
      model: device.model,
      ownership: device.ownership,
      status: device.status,
      findings: counts.get(`device:${device.id}`) ?? 0,
    })),
  };
}

/**
 * The inventory, built when a report first reads it: only the formats that list users and devices do,
 * and a finding-heavy 20,000-staff ledger spent 80 ms building one for `-f json`.
 */
function listOnDemand(file: ReportFile, build: () => Inventory): void {
  Object.defineProperty(file, 'inventory', {
    configurable: true,
    enumerable: true,
    get() {
      const inventory = build();
      Object.defineProperty(file, 'inventory', { value: inventory, configurable: true, enumerable: true, writable: true });
      return inventory;
    },
    set(inventory: Inventory) {
      Object.defineProperty(file, 'inventory', { value: inventory, configurable: true, enumerable: true, writable: true });
    },
  });
}


function disabledRules(config: Config | undefined): string[] {
  return config ? RULES.filter((rule) => severityOf(rule, config) === 'off').map((rule) => rule.id) : [];
}

export function presentReport(result: CheckResult, options: PresentOptions): ReportModel {
  const files = result.files.map((file) => {
    const listed = (finding: LocatedFinding) => !options.quiet || finding.severity === 'error';
    const kept = file.findings.filter(listed);
    const findings = kept.map((finding) => presentFinding(finding, options));
    const presented: ReportFile = {
      file: file.file,
      config: file.config?.file ?? null,
      disabledRules: disabledRules(file.config),
      findings,
      counts: countFindings(findings),
      facility: file.ledger ? file.ledger.facility.name : null,
      overdue: file.overdue ?? null,
    };
    if (file.leftOut?.length) presented.leftOut = file.leftOut.map((entry) => presentEntry(entry, options));
    if (kept.length < file.findings.length) presented.leftOutByQuiet = file.findings.filter((finding) => !listed(finding)).map((finding) => presentFinding(finding, options));
    const ledger = file.ledger;
    if (ledger) listOnDemand(presented, () => inventoryOf(ledger, kept, options.redact));
    return presented;
  });
  const summary = { files: files.length, ...countFindings(files.flatMap((file) => file.findings)) };
  return {
    tool: { name: 'dokodemo-check', version: options.version },
    asOf: result.asOf,
    lang: options.lang,
    failOn: options.failOn,
    files,
    summary,
    ...(result.bySection ? { bySection: true } : {}),
  };
}

export function exitCodeOf(model: ReportModel): 0 | 1 {
  return model.files.some((file) => file.findings.some((finding) => finding.failing)) ? 1 : 0;
}
