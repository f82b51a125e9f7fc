// docs/rules.md, generated from the rule modules by scripts/generate.js; a test fails when it is stale.
import { catalogue } from './entries';
import { catalogueMarkdown } from './render';

export function rulesDocument(): string {
  return [
    '<!-- Generated from src/rules by `npm run generate`. Do not edit by hand. -->',
    '# ルール一覧 / Rule catalogue',
    '',
    'Severities: `error` = what the note or a guideline minimum (C) item requires; `warning` = recommended (D items) or ledger hygiene; `info` = advice. A `.dokodemo-check.yaml` can change any severity, turn a rule `off`, or set its options (except `yaml-syntax` and `schema`).',
    '',
    'Sources: `note …` = the facility note; `C-n`, `D-n`, `6.9 B` = MHLW guideline 5th edition §6.9; `6.0 …` = the clause of the edition in force, 第6.0版 (企 = 企画管理編, シス = システム運用編, 企Q/シQ = its Q&A; `(案)` = read only in a draft); `6.0: none found` = no 6.0 clause could be read. Quotes, addresses and confidence: [guideline-map.md](guideline-map.md). The inspection checklist\'s items and the rules that evidence each: `dokodemo-check rules --checklist`.',
    '',
    '## 日本語',
    '',
    catalogueMarkdown(catalogue('ja'), 'ja'),
    '## English',
    '',
    catalogueMarkdown(catalogue('en'), 'en'),
  ].join('\n');
}
