import { defineRule } from './rule';

export default defineRule({
  id: 'exception-expired',
  severity: 'warning',
  category: 'exceptions',
  options: {},
  sources: [],
  description: { ja: '例外の有効期限が切れていないこと', en: 'Exceptions have not expired' },
  help: { ja: '問題を解消して例外を削除するか、管理責任者が再承認して expires を更新してください。', en: 'Fix the problem and remove the exception, or have the manager approve it again and update expires.' },
  messages: {
    default: {
      ja: 'ルール {rule} の例外（対象 {device}{mcsId}）は {expires} で期限切れです。問題を解消して例外を削除するか、再承認して {@exceptions:expires} を更新してください',
      en: 'The exception to {rule} for {device}{mcsId} expired on {expires}. Fix the problem and remove it, or have it approved again and update {@exceptions:expires}',
    },
  },
  check(context) {
    (context.ledger.exceptions ?? []).forEach((exception, index) => {
      if (exception.expires >= context.asOf) return;
      const targetKey = exception.target.includes('@') ? 'mcsId' : 'device';
      context.report({
        path: ['exceptions', index, 'expires'],
        data: { device: '', mcsId: '', [targetKey]: exception.target, rule: exception.rule, expires: exception.expires },
      });
    });
  },
});
