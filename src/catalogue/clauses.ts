// A rule's `sources` split by edition: the facility note, the guideline's 5th edition (§6.9, 2017) and
// the edition in force, 第6.0版 (令和5年5月), so that a report can show the current clause beside the 5th
// edition's. The clauses, their quotes and where they were read: docs/guideline-map.md.
import { RULES } from '../rules';
import type { Rule } from '../rules/rule';
import type { Bilingual, Lang } from '../types';
import { guidelineItemOf } from './coverage';

/** The edition the rules cite as current, and the day docs/guideline-map.md was checked. */
export const EDITION_IN_FORCE: Bilingual = {
  ja: '医療情報システムの安全管理に関するガイドライン 第6.0版（令和5年5月）',
  en: 'MHLW guideline on the security of medical information systems, 6th edition (第6.0版, May 2023)',
};
export const MAP_CHECKED = '2026-12-05';

export interface RuleClauses {
  /** The facility note's items, as cited: `note 1`, `note 2-4`, `ウイルス感染対策 3`. */
  note: string[];
  /** The 5th edition's §6.9 items: `C-6`, `D-4`, `6.9 B`. */
  fifth: string[];
  /** The 6.0 clauses, without the `6.0 ` prefix: `シス14⑥ シQ-54`, `企13 (案)`. */
  current: string[];
  /** The sources say that no 6.0 clause could be read (`6.0: none found`). */
  noneFound: boolean;
  /** … and that the rule rests on the facility note alone (`6.0: none found (note only)`). */
  noteOnly: boolean;
}

export function clausesOf(sources: readonly string[]): RuleClauses {
  const clauses: RuleClauses = { note: [], fifth: [], current: [], noneFound: false, noteOnly: false };
  for (const source of sources) {
    if (source.startsWith('6.0 ')) clauses.current.push(source.slice('6.0 '.length));
    else if (source.startsWith('6.0: none found')) {
      clauses.noneFound = true;
      clauses.noteOnly = source.includes('note only');
    } else {
      const item = guidelineItemOf(source);
      if (item?.startsWith('note')) clauses.note.push(source.replace(/^note ?/, '') || '1');
      else if (item !== undefined) clauses.fifth.push(source);
    }
  }
  return clauses;
}

/** Whether the rule rests on anything outside the ledger format (a note item or a guideline clause). */
export function hasBasis(clauses: RuleClauses): boolean {
  return clauses.note.length > 0 || clauses.fifth.length > 0 || clauses.current.length > 0 || clauses.noneFound;
}

export const CLAUSE_WORDS = {
  ja: {
    note: '施設の注意事項',
    fifth: 'ガイドライン第5版 6.9',
    current: '第6.0版（現行）',
    none: '—',
    noneFound: '見つからず',
    noteOnly: '見つからず（施設の注意事項の規定）',
    draft: '（案）= 案の段階の文書でのみ確認',
  },
  en: {
    note: 'Facility note',
    fifth: 'Guideline 5th ed. 6.9',
    current: '6.0 (in force)',
    none: '—',
    noneFound: 'no clause found',
    noteOnly: "no clause found (the facility note's own rule)",
    draft: '(案) = read only in a draft',
  },
} as const;

/** The 6.0 column's text: the clauses, or why there is none. */
export function currentText(clauses: RuleClauses, lang: Lang): string {
  const words = CLAUSE_WORDS[lang];
  if (clauses.current.length > 0) return clauses.current.join(', ');
  if (clauses.noteOnly) return words.noteOnly;
  return clauses.noneFound ? words.noneFound : words.none;
}

export interface RuleClauseRow {
  id: string;
  note: string;
  fifth: string;
  current: string;
}

/** One line per rule that rests on the note or the guideline, in catalogue order (ledger-hygiene rules left out). */
export function clauseRows(lang: Lang, rules: readonly Rule[] = RULES): RuleClauseRow[] {
  const none = CLAUSE_WORDS[lang].none;
  return rules.flatMap((rule) => {
    const clauses = clausesOf(rule.sources);
    if (!hasBasis(clauses)) return [];
    return [{ id: rule.id, note: clauses.note.join(', ') || none, fifth: clauses.fifth.join(', ') || none, current: currentText(clauses, lang) }];
  });
}
