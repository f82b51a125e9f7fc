import { defineRule } from './rule';
import { hasDeparted, userData, userTarget } from './helpers';

export default defineRule({
  id: 'departed-user',
  severity: 'error',
  category: 'users',
  options: {},
  sources: ['note 2-2', '6.0 企13 (案)'],
  description: { ja: '利用を終えた人（退職・異動）の MCS アカウントが削除または停止されていること', en: 'People who stopped using MCS no longer have an active account' },
  help: { ja: '施設管理者が MCS からその人を削除（または停止）し、account_status を deleted（または suspended）にしてください。', en: 'Have the facility administrator delete (or suspend) the person in MCS and set account_status accordingly.' },
  messages: {
    default: {
      ja: '{user} さんは {endDate} に利用を終えていますが MCS アカウントが有効のままです。施設管理者が MCS から削除し、{@users:account_status} を {@users:account_status=deleted} にしてください',
      en: '{user} stopped using MCS on {endDate} but the account is still active. Have the facility administrator delete it in MCS and set {@users:account_status} to {@users:account_status=deleted}',
    },
  },
  check(context) {
    context.ledger.users.forEach((user, index) => {
      if (!hasDeparted(user, context.asOf)) return;
      context.report({ path: ['users', index, 'account_status'], target: userTarget(user), data: { ...userData(user), endDate: user.end_date! } });
    });
  },
});
