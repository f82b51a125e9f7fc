// The checks across ledgers (src/rules/cross.ts), run once on the main thread after every file was
// checked: each finding goes to the file it is on, located through that file's places (FileCheck),
// with the file's own configuration (severity, off) and exceptions, and names the other file where the
// same person or device is (`{otherFacility}`, `{otherFile}` with its line or cell, `{more}`).
import { DEFAULT_CONFIG } from '../config/types';
import { positionLabel, reportPosition } from '../text/position';
import { CROSS_RULES } from '../rules';
import type { CrossLedger, CrossReport, CrossRule } from '../rules/cross';
import { sameWords } from '../rules/cross';
import { sameMcsId } from '../rules/helpers';
import type { FileResult, LocatedFinding, MessageData, NodePath, Position, Suppression } from '../types';
import { compareFindings } from './check-file';
import { isInForce } from './exceptions';
import { placeOf } from './places';
import type { Place, Places } from './places';
import { severityOf } from './run-rules';

export type CrossFile = FileResult & { places?: Places };

const CROSS_IDS: ReadonlySet<string> = new Set(CROSS_RULES.map((rule) => rule.id));
const FILE_START: Position = { line: 1, column: 1 };

function placeIn(file: CrossFile, path: NodePath): Place {
  return (file.places && placeOf(file.places, path)) ?? { path, position: FILE_START };
}

/** How a message names a node of another file: `b.yaml:12:5`, or `b.xlsx 利用者!C5` in a workbook. */
function whereIn(file: CrossFile, path: NodePath): string {
  const { position } = placeIn(file, path);
  return position.cell ? `${file.file} ${positionLabel(reportPosition(position))}` : `${file.file}:${position.line}:${position.column}`;
}

/** The message for one other ledger, or its `Many` form for several. */
function messageIdOf(report: CrossReport): string {
  const id = report.messageId ?? 'default';
  if ((report.elsewhere?.count ?? 0) <= 1) return id;
  return id === 'default' ? 'many' : `${id}Many`;
}

interface Run {
  files: CrossFile[];
  /** The files whose ledger loaded, in input order: CrossContext's ledger indexes. */
  loaded: number[];
  /** Per file, the exceptions (rule and target) a cross finding used. */
  used: Map<number, Set<string>>;
  added: Set<number>;
}

const exceptionKey = (rule: string, target: string) => `${rule}\u0000${target.toLowerCase()}`;

function suppressionFor(run: Run, fileIndex: number, finding: LocatedFinding, asOf: string): Suppression | undefined {
  const { ledger } = run.files[fileIndex]!;
  const target = finding.target;
  if (!ledger || !target) return undefined;
  const exception = (ledger.exceptions ?? []).find((candidate) =>
    candidate.rule === finding.ruleId && isInForce(candidate, asOf) && (target.kind === 'user' ? sameMcsId(candidate.target, target.id) : candidate.target === target.id));
  if (!exception) return undefined;
  let used = run.used.get(fileIndex);
  if (!used) run.used.set(fileIndex, (used = new Set()));
  used.add(exceptionKey(exception.rule, exception.target));
  return { reason: exception.reason, approvedBy: exception.approved_by, expires: exception.expires };
}

function reportOf(run: Run, rule: CrossRule, asOf: string) {
  return (report: CrossReport) => {
    const fileIndex = run.loaded[report.ledger]!;
    const file = run.files[fileIndex]!;
    const severity = severityOf(rule, file.config ?? DEFAULT_CONFIG);
    if (severity === 'off') return;
    const place = placeIn(file, report.path);
    const first = report.elsewhere?.first;
    const other = first ? run.files[run.loaded[first.ledger]!]! : undefined;
    const elsewhere: MessageData = other && first ? { otherFacility: other.ledger!.facility.name, otherFile: whereIn(other, first.path), more: report.elsewhere!.count - 1 } : {};
    const messageId = messageIdOf(report);
    const finding: LocatedFinding = {
      ruleId: rule.id,
      severity,
      path: place.path,
      position: place.position,
      ...(report.target ? { target: report.target } : {}),
      message: rule.messages[messageId] ?? rule.messages.default,
      data: { ...report.data, ...elsewhere },
      sources: rule.sources,
    };
    const suppression = suppressionFor(run, fileIndex, finding, asOf);
    if (suppression) finding.suppression = suppression;
    file.findings.push(finding);
    run.added.add(fileIndex);
  };
}

/**
 * Adds the findings of the cross rules to `files` (in place) when `enabled` and two ledgers or more
 * loaded. An exception for a cross rule is "unused" (exception-unused) only when the cross checks ran
 * and none of their findings needed it: a file checked alone, or with --no-cross, cannot tell.
 */
export function checkAcrossLedgers(files: CrossFile[], asOf: string, enabled: boolean): void {
  const loaded = files.flatMap((file, index) => (file.ledger ? [index] : []));
  const run: Run = { files, loaded, used: new Map(), added: new Set() };
  const ran = enabled && loaded.length >= 2;
  if (ran) {
    const ledgers: CrossLedger[] = loaded.map((index) => ({ ledger: files[index]!.ledger!, facility: sameWords(files[index]!.ledger!.facility.name) }));
    for (const rule of CROSS_RULES) {
      if (loaded.every((index) => severityOf(rule, files[index]!.config ?? DEFAULT_CONFIG) === 'off')) continue;
      rule.crossCheck({ ledgers, asOf, report: reportOf(run, rule, asOf) });
    }
  }
  files.forEach((file, index) => {
    const before = file.findings.length;
    file.findings = file.findings.filter((finding) => {
      if (finding.ruleId !== 'exception-unused' || !CROSS_IDS.has(String(finding.data.rule))) return true;
      return ran && !run.used.get(index)?.has(exceptionKey(String(finding.data.rule), String(finding.data.mcsId || finding.data.device)));
    });
    if (run.added.has(index) || file.findings.length !== before) file.findings.sort(compareFindings);
  });
}
