import { defineRule } from './rule';
import { hasDeparted, userData, userTarget } from './helpers';

export default defineRule({
  id: 'departed-user',
  severity: 'error',
  category: 'users',
  options: {},
  sources: ['note 2-2', '6.0 企13 (案)'],
  description: { ja: '利用を終えた人（退職・異動）の MCS アカウントが削除または停止されていること', en: 'People who stopped using MCS no longer have an active account' },
  help: {
    ja: '施設管理者が MCS からその人を削除（または停止）し、account_status を deleted（または suspended）にしてください。なお、ある地域ネットワーク（京あんしんネット）は、2026-02-27 以降 MCS のアカウントは本人しか削除できず、退職したスタッフは管理者が「スタッフ解除」で職場スタッフから解除すると案内しています。MCS 全体で同じかは確認できていません。施設管理者が削除できないときは MCS に確認してください。',
    en: "Have the facility administrator delete (or suspend) the person in MCS and set account_status accordingly. One regional network (kyo-anshin.net) reports that since 2026-02-27 only the person can delete an MCS account, and that administrators instead release staff who left from the facility's staff list; whether this holds for MCS as a whole is not confirmed. If the administrator cannot delete the account, check with MCS.",
  },
  messages: {
    default: {
      ja: '{user} さんは {endDate} に利用を終えていますが MCS アカウントが有効のままです。施設管理者が MCS から削除し（削除できないときは「スタッフ解除」で足りるかを MCS に確認してください）、{@users:account_status} を {@users:account_status=deleted} にしてください',
      en: '{user} stopped using MCS on {endDate} but the account is still active. Have the facility administrator delete it in MCS (if they cannot, check with MCS whether releasing the person from the staff is the way now) and set {@users:account_status} to {@users:account_status=deleted}',
    },
  },
  check(context) {
    context.ledger.users.forEach((user, index) => {
      if (!hasDeparted(user, context.asOf)) return;
      context.report({ path: ['users', index, 'account_status'], target: userTarget(user), data: { ...userData(user), endDate: user.end_date! } });
    });
  },
});
