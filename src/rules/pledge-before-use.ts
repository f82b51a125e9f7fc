import { defineRule } from './rule';
import { reportActiveUsers } from './helpers';

export default defineRule({
  id: 'pledge-before-use',
  severity: 'warning',
  category: 'users',
  options: {},
  sources: ['note 2-5', '6.0: none found (note only)'],
  description: { ja: 'スタッフ誓約書を利用開始日までに取得していること', en: 'The staff pledge was obtained before the user started' },
  help: { ja: '今後は利用開始前に誓約書を取得してください。日付の記入誤りであれば pledge_date か start_date を直してください。', en: 'Obtain pledges before people start. If a date is mistyped, correct pledge_date or start_date.' },
  messages: {
    default: {
      ja: '{user} さんの誓約書の取得日 {pledgeDate} が利用開始日 {startDate} より後です。利用開始前に誓約書を取得してください（記入誤りなら日付を直してください）',
      en: "{user}'s pledge ({pledgeDate}) was obtained after they started using MCS ({startDate}). Obtain pledges before use (or correct the dates if mistyped)",
    },
  },
  check(context) {
    reportActiveUsers(context, (user, i) => {
      if (user.pledge_date === null || user.pledge_date <= user.start_date) return false;
      return { path: ['users', i, 'pledge_date'], data: { pledgeDate: user.pledge_date, startDate: user.start_date } };
    });
  },
});
