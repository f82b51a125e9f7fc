// The sheet a marked copy (mark.ts) puts first: its name in each language. Never a layout sheet's name,
// and never read as a ledger sheet (ledger.ts): the marks are not data.
import type { Lang } from '../types';

export const MARKS_SHEET_NAMES: Readonly<Record<Lang, string>> = { ja: '指摘一覧', en: 'Findings' };

/** Whether a sheet is a marked copy's list of findings (by its name in either language). */
export function isMarksSheet(name: string): boolean {
  return name === MARKS_SHEET_NAMES.ja || name === MARKS_SHEET_NAMES.en;
}
