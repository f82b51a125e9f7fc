// Words of the interface (headings, labels, summaries) in both languages; rule messages live in the rules.
import type { Lang, Severity } from '../types';

const JA = {
  severity: { error: 'エラー', warning: '警告', info: '情報' } as Record<Severity, string>,
  suppressed: '抑止',
  columns: { severity: '重大度', position: '行:列', target: '対象', rule: 'ルール', message: 'メッセージ' },
  noProblems: '問題はありません',
  summary: (total: number, counts: Record<Severity, number>, suppressed: number) =>
    `${total} 件 (エラー ${counts.error}, 警告 ${counts.warning}, 情報 ${counts.info}), 抑止 ${suppressed}`,
  suppressedBy: (reason: string, expires: string) => `抑止: ${reason}（${expires} まで）`,
  files: (count: number) => `${count} ファイル`,
};

type UiText = typeof JA;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const EN: UiText = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  suppressed: 'suppressed',
  columns: { severity: 'Severity', position: 'Line:Col', target: 'Target', rule: 'Rule', message: 'Message' },
  noProblems: 'No problems found',
  summary: (total, counts, suppressed) =>
    `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info), ${suppressed} suppressed`,
  suppressedBy: (reason, expires) => `suppressed: ${reason} (until ${expires})`,
  files: (count) => plural(count, 'file'),
};

export function ui(lang: Lang): UiText {
  return lang === 'ja' ? JA : EN;
}
