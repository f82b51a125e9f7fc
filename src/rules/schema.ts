import { defineRule } from './rule';

// Findings come from src/schema/validate.ts; this module is the rule's catalogue entry.
export default defineRule({
  id: 'schema',
  severity: 'error',
  category: 'structure',
  options: {},
  sources: ['ledger.md'],
  description: {
    ja: '台帳が台帳フォーマット（schemas/ledger.schema.json）に従っていること',
    en: 'The ledger follows the ledger format (schemas/ledger.schema.json)',
  },
  help: {
    ja: 'メッセージに従って項目を追加・修正してください。有無を記録する項目は「無い」場合も false で記入します。',
    en: 'Add or correct the item as the message says. Items that record whether something is in place must be written even when the answer is no (false).',
  },
  messages: { default: { ja: '{detail}', en: '{detail}' } },
});
