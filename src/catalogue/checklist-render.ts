// `dokodemo-check rules --checklist`: the inspection checklist's items, what a ledger can show of each,
// and the rules that evidence it (table, json, markdown), in either language.
import Table from 'cli-table3';
import { renderBorderlessTable } from '../text/borderless-table';
import { displayWidth } from '../text/display-width';
import { fitToWidth } from '../text/wrap';
import type { Lang } from '../types';
import { BASIS_WORDS, CHECKLIST, CHECKLIST_NAME, CHECKLIST_NOTE, EVIDENCE_WORDS, checklistEntry } from './checklist';
import type { ChecklistBasis, ChecklistItem } from './checklist';

const HEADINGS = {
  ja: { id: '番号', title: '内容', quote: 'チェックリストの文言', evidence: '台帳で示せるか', shows: '台帳が示すこと', rules: 'ルール', basis: '確認した文書', readAt: '確認先', none: '—' },
  en: { id: 'No.', title: 'Asks', quote: 'Checklist wording', evidence: 'Ledger shows it', shows: 'What the ledger shows', rules: 'Rules', basis: 'Read in', readAt: 'Read at', none: '—' },
} as const;

const SHORT_BASIS: Record<ChecklistBasis, { ja: string; en: string }> = {
  draft: { ja: '案', en: 'draft' },
  'news-of-draft': { ja: '案（報道）', en: 'draft (news)' },
  'not-in-checklist': { ja: '項目外', en: 'not an item' },
};

function rulesText(item: ChecklistItem, lang: Lang): string {
  return item.rules.length > 0 ? item.rules.join(', ') : HEADINGS[lang].none;
}

function legend(lang: Lang): string {
  const marks = (Object.keys(SHORT_BASIS) as ChecklistBasis[]).map((basis) => `${SHORT_BASIS[basis][lang]} = ${BASIS_WORDS[basis][lang]}`);
  return lang === 'ja' ? `${HEADINGS.ja.basis}: ${marks.join('、')}` : `${HEADINGS.en.basis}: ${marks.join('; ')}`;
}

/** The checklist as a box table (borderless and wrapped on a terminal too narrow for the box). */
export function checklistTable(lang: Lang, width?: number): string {
  const words = HEADINGS[lang];
  const head = [words.id, words.title, words.evidence, words.rules, words.basis];
  const rows = CHECKLIST.map((item) => [item.number ?? words.none, item.title[lang], EVIDENCE_WORDS[item.evidence][lang], rulesText(item, lang), SHORT_BASIS[item.basis][lang]]);
  // Stryker disable next-line ArrayDeclaration: a style no colour is named by ("Stryker was here") is ignored
  const table = new Table({ head, style: { head: [], border: [] } });
  table.push(...rows);
  const boxed = `${table.toString()}\n`;
  const body = width === undefined || boxed.split('\n').every((line) => displayWidth(line) <= width) ? boxed : `${fitToWidth(renderBorderlessTable(head, rows, { width, flow: [1] }), width)}\n`;
  const notes = [CHECKLIST_NAME[lang], '', body.trimEnd(), '', legend(lang), CHECKLIST_NOTE[lang], ''].join('\n');
  return width === undefined ? `${notes}\n` : `${fitToWidth(notes, width)}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function checklistMarkdown(lang: Lang): string {
  const words = HEADINGS[lang];
  const header = `| ${words.id} | ${words.title} | ${words.quote} | ${words.evidence} | ${words.shows} | ${words.rules} | ${words.basis} |\n| --- | --- | --- | --- | --- | --- | --- |\n`;
  const rows = CHECKLIST.map((item) => {
    const rules = item.rules.length > 0 ? item.rules.map((rule) => `\`${rule}\``).join(', ') : words.none;
    const quote = item.quote === null ? words.none : `${item.quote} (${item.readAt})`;
    return `| ${[item.number ?? words.none, item.title[lang], quote, EVIDENCE_WORDS[item.evidence][lang], item.shows[lang]].map(escapeCell).join(' | ')} | ${rules} | ${escapeCell(BASIS_WORDS[item.basis][lang])} |`;
  });
  return `## ${CHECKLIST_NAME[lang]}\n\n${CHECKLIST_NOTE[lang]}\n\n${header}${rows.join('\n')}\n`;
}

export function checklistJson(lang: Lang): string {
  return `${JSON.stringify({ checklist: CHECKLIST_NAME[lang], note: CHECKLIST_NOTE[lang], items: CHECKLIST.map((item) => checklistEntry(item, lang)) }, null, 2)}\n`;
}
