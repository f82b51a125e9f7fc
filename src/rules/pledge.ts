import { defineRule } from './rule';
import { reportActiveUsers } from './helpers';

export default defineRule({
  id: 'pledge',
  severity: 'error',
  category: 'users',
  options: {},
  sources: ['note 2-5', '6.0: none found (note only)'],
  description: { ja: '利用者からスタッフ誓約書を取得していること', en: 'A staff pledge was obtained from every user' },
  help: { ja: 'スタッフ誓約書を取得し、pledge_date に取得日を記入してください。', en: 'Obtain the staff pledge and write the day in pledge_date.' },
  messages: {
    default: {
      ja: '{user} さんのスタッフ誓約書が取得されていません。誓約書を取得し、{@users:pledge_date} に取得年月日を記入してください',
      en: 'No staff pledge has been obtained from {user}. Obtain it and write the day in {@users:pledge_date}',
    },
  },
  check(context) {
    reportActiveUsers(context, (user, i) => user.pledge_date === null && ['users', i, 'pledge_date']);
  },
});
