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
    '## 日本語',
    '',
    catalogueMarkdown(catalogue('ja'), 'ja'),
    '## English',
    '',
    catalogueMarkdown(catalogue('en'), 'en'),
  ].join('\n');
}
