import { defineRule } from './rule';

// No check here: whether an exception suppressed anything is known only after every rule ran.
// src/engine/exceptions.ts reports it with this module's severity and message.
export default defineRule({
  id: 'exception-unused',
  severity: 'info',
  category: 'exceptions',
  options: {},
  sources: [],
  description: { ja: '有効な例外が実際に指摘を抑止していること', en: 'Exceptions in force suppress something' },
  help: { ja: '問題が解消していれば例外を削除してください。ルール ID や対象の記入誤りも確認してください。', en: 'If the problem is gone, remove the exception. Also check the rule id and target for typos.' },
  messages: {
    default: {
      ja: 'ルール {rule} の例外（対象 {device}{mcsId}、{expires} まで）は何も抑止していません。問題が解消していれば削除してください',
      en: 'The exception to {rule} for {device}{mcsId} (until {expires}) suppresses nothing. Remove it if the problem is gone',
    },
  },
});
