// --format junit: what Jenkins and GitLab read. A testsuite per file, a testcase per catalogue rule (so
// passing rules show as passed tests), a failure per finding at or above --fail-on. Findings below the
// threshold and suppressed ones go to the testcase's system-out. The rules that did not run, because the
// file is not valid YAML or does not match the schema, are skipped, not passed; so are the rules the
// configuration turned off (they looked at nothing: not a pass).
import { catalogue } from '../catalogue/entries';
import { inert, inertLines } from '../report/inert';
import { leftOutLine, positionLabel } from '../report/model';
import type { ReportFile, ReportFinding, ReportModel } from '../report/model';
import type { Lang } from '../types';
import type { Reporter } from './types';

/** Escapes text for XML 1.0: control characters (which it forbids or a log would obey) shown as `\x1b`, as in every report. */
export function escapeXml(text: string): string {
  return inert(text)
    .replace(/[\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function describe(finding: ReportFinding): string {
  const note = finding.suppression ? ` [suppressed: ${finding.suppression.reason}]` : '';
  return `${positionLabel(finding)} ${finding.targetLabel ?? '-'} ${finding.message}${note}`;
}

const NOT_RUN: Record<Lang, string> = {
  ja: 'YAML の構文またはフォーマット（schema）に問題があるため、このルールは検査していません',
  en: 'not checked: the file has YAML syntax or schema problems',
};

const TURNED_OFF: Record<Lang, (config: string | null) => string> = {
  ja: (config) => `設定で無効にされているため、このルールは検査していません（${config ?? '設定ファイルなし'}）`,
  en: (config) => `not checked: the rule is turned off in the configuration (${config ?? 'no configuration file'})`,
};

/** Why a rule did not look at this file, or undefined when it ran. */
function skipReason(file: ReportFile, lang: Lang): (ruleId: string) => string | undefined {
  const ran = ranOn(file);
  return (ruleId) => (file.disabledRules.includes(ruleId) ? TURNED_OFF[lang](file.config) : ran(ruleId) ? undefined : NOT_RUN[lang]);
}

/** The rules that ran on this file: a yaml-syntax finding stops the schema and the rules, a schema one the rules. */
function ranOn(file: ReportFile): (ruleId: string) => boolean {
  const has = (ruleId: string) => file.findings.some((finding) => finding.ruleId === ruleId);
  if (has('unreadable-file')) return (ruleId) => ruleId === 'unreadable-file'; // the file was never read
  if (file.inventory || !(has('yaml-syntax') || has('schema'))) return () => true;
  return (ruleId) => ruleId === 'yaml-syntax' || (ruleId === 'schema' && !has('yaml-syntax'));
}

function testcase(file: ReportFile, ruleId: string, findings: ReportFinding[], skipped: string | undefined): string {
  const open = `    <testcase classname="${escapeXml(file.file)}" name="${escapeXml(ruleId)}"`;
  if (skipped) return [`${open}>`, `      <skipped message="${escapeXml(skipped)}"/>`, '    </testcase>'].join('\n');
  if (findings.length === 0) return `${open}/>`;
  const failures = findings
    .filter((finding) => finding.failing)
    .map((finding) => `      <failure message="${escapeXml(finding.message)}" type="${finding.severity}">${escapeXml(describe(finding))}</failure>`);
  const others = findings.filter((finding) => !finding.failing).map((finding) => `${finding.severity}: ${describe(finding)}`);
  const systemOut = others.length > 0 ? [`      <system-out>${others.map(escapeXml).join('\n')}</system-out>`] : [];
  return [`${open}>`, ...failures, ...systemOut, '    </testcase>'].join('\n');
}

function testsuite(file: ReportFile, ruleIds: string[], lang: Lang): { xml: string; failures: number } {
  const byRule = new Map<string, ReportFinding[]>(ruleIds.map((id) => [id, []]));
  for (const finding of file.findings) byRule.get(finding.ruleId)?.push(finding);
  const failures = file.findings.filter((finding) => finding.failing).length;
  const skipReasons = ruleIds.map(skipReason(file, lang));
  const cases = ruleIds.map((id, index) => testcase(file, id, byRule.get(id)!, skipReasons[index]));
  const skipped = skipReasons.filter((reason) => reason !== undefined).length;
  const open = `  <testsuite name="${escapeXml(file.file)}" tests="${ruleIds.length}" failures="${failures}" errors="0" skipped="${skipped}">`;
  const leftOut = leftOutLine(file, lang);
  const systemOut = leftOut ? [`    <system-out>${escapeXml(leftOut)}</system-out>`] : [];
  return { xml: [open, ...cases, ...systemOut, '  </testsuite>'].join('\n'), failures };
}

const junit: Reporter = (model: ReportModel) => {
  const ruleIds = catalogue(model.lang).map((entry) => entry.id);
  const suites = model.files.map((file) => testsuite(file, ruleIds, model.lang));
  const failures = suites.reduce((sum, suite) => sum + suite.failures, 0);
  return inertLines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dokodemo-check" tests="${ruleIds.length * suites.length}" failures="${failures}" errors="0">`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n'));
};
export default junit;
