import { defineRule } from './rule';
import { reportActiveUsers } from './helpers';

export default defineRule({
  id: 'policy-read',
  severity: 'error',
  category: 'users',
  options: {},
  sources: ['note 2-5', '6.0: none found (note only)'],
  description: { ja: '利用者がどこでも連絡帳運用ポリシーと使い方を読んでいること', en: 'Users have read the usage policy and the how-to' },
  help: { ja: '運用ポリシーと使い方を読んでもらい、policy_read を true にしてください。', en: 'Have the user read the usage policy and the how-to, then set policy_read to true.' },
  messages: {
    default: {
      ja: '{user} さんがどこでも連絡帳運用ポリシー・使い方を読んでいません。読んでもらい、{@users:policy_read} を {@users:policy_read=true} にしてください',
      en: '{user} has not read the usage policy and the how-to. Have them read it and set {@users:policy_read} to {@users:policy_read=true}',
    },
  },
  check(context) {
    reportActiveUsers(context, (user, i) => !user.policy_read && ['users', i, 'policy_read']);
  },
});
