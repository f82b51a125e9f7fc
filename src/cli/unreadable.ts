// One input that cannot be read (damaged or encrypted workbook, too large, gone, no permission, a link
// leading out of the repository) is an `unreadable-file` finding for that file: the others are still
// checked and every report is written. Only a run where nothing could be read at all is exit 2.
import type { KeptCheck } from '../engine/check-file';
import { UsageError } from '../errors';
import { getRule } from '../rules';
import type { Bilingual } from '../types';

/** The rule id the loader's other findings never use: a check of this file did not happen. */
export const UNREADABLE_RULE = 'unreadable-file';

/** The finding that stands for the whole file; its message is the reason, in both languages. */
export function unreadableCheck(reason: Bilingual): KeptCheck {
  const rule = getRule(UNREADABLE_RULE)!;
  const finding = { ruleId: rule.id, severity: rule.severity, path: [], position: { line: 1, column: 1 }, message: reason, data: {}, sources: rule.sources };
  return { findings: [finding] };
}

/** `check()`, or the finding for a file that cannot be read; any other error is a bug and is thrown. */
export function checkOrUnreadable(check: () => KeptCheck): KeptCheck {
  try {
    return check();
  } catch (error) {
    if (error instanceof UsageError) return unreadableCheck(error.text);
    throw error;
  }
}

/** Whether this file's check is only the finding that it could not be read. */
export function wasUnreadable(check: KeptCheck): boolean {
  return check.ledger === undefined && check.findings.length === 1 && check.findings[0]!.ruleId === UNREADABLE_RULE;
}

/** Nothing could be read at all: exit 2 with one line (the reason itself when there was one input). */
export function nothingReadable(reasons: readonly Bilingual[]): UsageError {
  if (reasons.length === 1) return new UsageError(reasons[0]!);
  const first = reasons[0]!;
  return new UsageError({
    ja: `台帳を 1 件も読めませんでした（${reasons.length} 件。最初のもの: ${first.ja}）`,
    en: `no ledger could be read (${reasons.length} files; the first: ${first.en})`,
  });
}
