// check --baseline <report.json> / --baseline-git <rev>: each finding of this run is `new` or
// `unchanged` against an earlier run (its JSON report) or against what a git revision's ledgers give
// when checked now, with the same as-of day and configuration; `--fail-on-new` fails on new ones only.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/types';
import { checkBytes } from '../engine/check-file';
import { UsageError } from '../errors';
import type { CheckResult, LocatedFinding, NodePath } from '../types';
import { folderOf, readAtRevision, readRenamedAtRevision, renamesSince, topOf, verifyRevision } from './git';
import type { Renames } from './git';
import { checkResolver, identify, matchIdentities, sameFileName, targetResolver } from './identity';
import type { Identity } from './identity';

export type BaselineState = 'new' | 'unchanged';

export interface Baseline {
  /** Each file's findings in the baseline, by the file's name (sameFileName). */
  files: Map<string, Identity[]>;
}

export interface BaselineOutcome {
  stateOf: Map<LocatedFinding, BaselineState>;
  /** Baseline findings of this run's files that no finding matched: fixed, or the entry gone. */
  absent: number;
}

/** A JSON Pointer back into a path: digits are list indexes. */
export function fromPointer(pointer: string): NodePath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function badReport(file: string, why: { ja: string; en: string }): UsageError {
  return new UsageError({ ja: `--baseline ${file} は dokodemo-check -f json のレポートではありません（${why.ja}）`, en: `--baseline ${file} is not a report of dokodemo-check -f json (${why.en})` });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An earlier run's JSON report (formatVersion 1). Its findings keep rule, file, target and path; a
 * path's entry index is named by the finding's target, what that cannot name is matched loosely. */
export function baselineFromReport(text: string, file: string): Baseline {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    throw badReport(file, { ja: 'JSON として読めません', en: 'not JSON' });
  }
  if (isObject(report) && Array.isArray(report.runs)) throw badReport(file, { ja: 'SARIF です。-f json で作ったレポートを指定してください', en: 'it is SARIF: give a report made with -f json' });
  if (!isObject(report) || report.formatVersion !== 1 || !Array.isArray(report.files)) throw badReport(file, { ja: 'formatVersion 1 と files がありません', en: 'no formatVersion 1 and files' });
  const files = new Map<string, Identity[]>();
  for (const entry of report.files as unknown[]) {
    if (!isObject(entry) || typeof entry.file !== 'string' || !Array.isArray(entry.findings)) throw badReport(file, { ja: 'files の項目の形が違います', en: 'an entry of files is not as written' });
    const name = sameFileName(entry.file);
    const identities = files.get(name) ?? [];
    for (const finding of entry.findings as unknown[]) {
      if (!isObject(finding) || typeof finding.ruleId !== 'string' || typeof finding.path !== 'string' || !(typeof finding.target === 'string' || finding.target === null)) {
        throw badReport(file, { ja: '指摘の ruleId, path, target の形が違います', en: 'a finding has no ruleId, path and target as written' });
      }
      const target = finding.target as string | null;
      identities.push(identify({ ruleId: finding.ruleId, path: fromPointer(finding.path), target }, name, targetResolver(target)));
    }
    files.set(name, identities);
  }
  return { files };
}

/** A file that is being checked: its name in the report and the file to look up in git. */
export interface BaselineInput {
  name: string;
  /** The file's path, relative to the working folder; undefined for standard input without a name. */
  path?: string;
  config: Config;
}

/** The ledgers at a git revision (or the index), checked now with the same day and configuration. */
export function baselineFromGit(revision: string, inputs: readonly BaselineInput[], asOf: string, cwd: string): Baseline {
  const commits = new Map<string, string>();
  const files = new Map<string, Identity[]>();
  // A ledger renamed since the revision (git mv) is compared with what it was under its name then.
  const renames = new Map<string, Renames>();
  const readRenamed = (path: string, commit: string) => {
    const top = topOf(folderOf(path));
    let known = renames.get(top);
    if (!known) renames.set(top, (known = renamesSince(top, commit)));
    return readRenamedAtRevision(path, realpathSync(path), commit, known);
  };
  for (const input of inputs) {
    if (input.path === undefined) {
      throw new UsageError({ ja: '標準入力 (-) に --baseline-git を使うには --stdin-filename で台帳のパスを指定してください', en: '--baseline-git with standard input (-) needs --stdin-filename naming the ledger' });
    }
    const path = resolve(cwd, input.path);
    const folder = folderOf(path);
    let commit = commits.get(folder);
    if (commit === undefined) commits.set(folder, (commit = verifyRevision(folder, revision)));
    const bytes = readAtRevision(path, commit) ?? readRenamed(path, commit);
    const name = sameFileName(input.name);
    if (bytes === undefined) {
      files.set(name, []); // a ledger the revision did not have: all its findings are new
      continue;
    }
    let check;
    try {
      check = checkBytes(bytes, { asOf, config: input.config }, input.name);
    } catch (error) {
      if (error instanceof UsageError) {
        files.set(name, []); // unreadable then (a damaged workbook): what it says now is new
        continue;
      }
      throw error;
    }
    files.set(name, identitiesOf(check.findings, name, check.ledger, check.leftOut));
  }
  return { files };
}

/** Each finding's identity, its entries named from the ledger the rules saw. */
export function identitiesOf(findings: readonly LocatedFinding[], file: string, ledger: unknown, leftOut: CheckResult['files'][number]['leftOut']): Identity[] {
  return findings.map((finding) => {
    const target = finding.target?.id ?? null;
    return identify({ ruleId: finding.ruleId, path: finding.path, target }, file, checkResolver(ledger, leftOut, target));
  });
}

/** Each of this run's findings, new or unchanged; and how many of the baseline's are gone. */
export function compareWithBaseline(result: CheckResult, baseline: Baseline): BaselineOutcome {
  const stateOf = new Map<LocatedFinding, BaselineState>();
  let absent = 0;
  const seen = new Set<string>();
  for (const file of result.files) {
    const name = sameFileName(file.file);
    const before = seen.has(name) ? [] : (baseline.files.get(name) ?? []);
    seen.add(name);
    const matching = matchIdentities(identitiesOf(file.findings, name, file.ledger, file.leftOut), before);
    file.findings.forEach((finding, index) => stateOf.set(finding, matching.unchanged[index] ? 'unchanged' : 'new'));
    absent += matching.gone.length;
  }
  return { stateOf, absent };
}

/** The baseline options, checked before anything is read. */
export function validBaselineOptions(options: { baseline?: string; baselineGit?: string; failOnNew?: boolean }): void {
  if (options.baseline !== undefined && options.baselineGit !== undefined) {
    throw new UsageError({ ja: '--baseline と --baseline-git は一緒に使えません', en: '--baseline and --baseline-git cannot be used together' });
  }
  if (options.failOnNew && options.baseline === undefined && options.baselineGit === undefined) {
    throw new UsageError({ ja: '--fail-on-new には --baseline か --baseline-git が必要です', en: '--fail-on-new needs --baseline or --baseline-git' });
  }
}

export interface BaselineOptions {
  baseline?: string;
  baselineGit?: string;
  failOnNew?: boolean;
}

/** The baseline a check was asked to compare with, compared; undefined without one. */
export function runBaseline(options: BaselineOptions, result: CheckResult, inputs: readonly BaselineInput[], cwd: string, readFile: (path: string) => Buffer): BaselineOutcome | undefined {
  let baseline: Baseline;
  if (options.baseline !== undefined) {
    let text: string;
    try {
      text = readFile(resolve(cwd, options.baseline)).toString('utf8');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      throw new UsageError({ ja: `--baseline のレポートを読めません: ${options.baseline}（${error.text.ja}）`, en: `cannot read the --baseline report ${options.baseline} (${error.text.en})` });
    }
    baseline = baselineFromReport(text, options.baseline);
  } else if (options.baselineGit !== undefined) {
    baseline = baselineFromGit(options.baselineGit, inputs, result.asOf, cwd);
  } else {
    return undefined;
  }
  return compareWithBaseline(result, baseline);
}

/** The counts a report gives with a baseline: of the findings listed, and of the baseline's gone. */
export function baselineSummary(findings: ReadonlyArray<{ baselineState?: BaselineState }>, absent: number): { new: number; unchanged: number; absent: number } {
  const fresh = findings.filter((finding) => finding.baselineState === 'new').length;
  return { new: fresh, unchanged: findings.length - fresh, absent };
}
