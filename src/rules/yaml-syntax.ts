import { defineRule } from './rule';

// Findings come from the loader (src/load); this module is the rule's catalogue entry.
export default defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  category: 'structure',
  options: {},
  sources: [],
  description: {
    ja: 'ファイルが UTF-8 の正しい YAML 文書 1 つであること',
    en: 'The file is one well-formed UTF-8 YAML document',
  },
  help: {
    ja: '示された行の書き方を直してください（インデント、コロンの後の空白、引用符の閉じ忘れ、重複したキーなど）。Excel などで保存した場合は UTF-8 で保存し直してください。',
    en: 'Fix the YAML at the position shown (indentation, a space after colons, unclosed quotes, duplicate keys). If the file was saved from Excel or similar, save it again as UTF-8.',
  },
  messages: { default: { ja: '{detail}', en: '{detail}' } },
});
