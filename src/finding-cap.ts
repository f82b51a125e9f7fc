// A file can hold millions of problems (200,000 `- {}` devices): each rule keeps its first findings in a
// file and one closing finding counts the rest, so time, memory and the report stay bounded.
import type { Bilingual, Finding } from './types';

export const MAX_FINDINGS_PER_RULE = 10_000;

const LEFT_OUT: Bilingual = {
  ja: 'このルールの指摘がほかに {count} 件あります（1 ファイル・1 ルールにつき最初の 10,000 件だけを示しています）。示された指摘を直してから、もう一度チェックしてください',
  en: '{count} more findings of this rule were left out (only the first 10,000 per rule and file are shown). Fix the ones shown, then check again',
};

/** The closing finding of a rule that had `count` more findings, placed where the first of them is. */
export function leftOutFinding(firstLeftOut: Finding, count: number): Finding {
  const { ruleId, severity, path, pointsAtKey, position, sources } = firstLeftOut;
  return { ruleId, severity, path, ...(pointsAtKey ? { pointsAtKey } : {}), ...(position ? { position } : {}), message: LEFT_OUT, data: { count }, sources };
}

/** The first MAX_FINDINGS_PER_RULE findings of each rule, in the order given, and one closing finding per rule that had more. */
export function capFindings<T extends Finding>(findings: readonly T[]): Array<T | Finding> {
  const perRule = new Map<string, { count: number; first?: T }>();
  const kept: Array<T | Finding> = [];
  for (const finding of findings) {
    let entry = perRule.get(finding.ruleId);
    if (!entry) perRule.set(finding.ruleId, (entry = { count: 0 }));
    if (entry.count++ < MAX_FINDINGS_PER_RULE) kept.push(finding);
    else entry.first ??= finding;
  }
  for (const { count, first } of perRule.values()) {
    if (first) kept.push(leftOutFinding(first, count - MAX_FINDINGS_PER_RULE));
  }
  return kept;
}
