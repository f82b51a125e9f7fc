// Which words a finding's or a due item's message is said in: a workbook's labels when it is at a cell
// of a workbook, else the YAML ledger's own keys and values. The workbook's words (and the layout they
// come from) are loaded only when a workbook's message is said: YAML start-up does not pay for them.
import type { Words } from '../i18n/lang';
import type { Lang, Position } from '../types';

const workbook: Partial<Record<Lang, Words>> = {};

export function wordsAt(position: Position | undefined, lang: Lang): Words | undefined {
  if (!position?.cell) return undefined;
  return (workbook[lang] ??= (require('../workbook/words') as typeof import('../workbook/words')).workbookWords(lang));
}
