import { daysBetween } from '../dates';
import { defineRule } from './rule';
import { reportActiveUsers } from './helpers';
import passwordAge, { passwordDueDay } from './mcs-password-age';

export default defineRule({
  id: 'mcs-password-expiring',
  severity: 'warning',
  category: 'users',
  options: {
    days: {
      // Stryker disable next-line StringLiteral: OptionSpec.type is read nowhere (src/config/schema.ts writes 'integer' itself, validate.ts checks Number.isInteger)
      type: 'integer',
      default: 14,
      minimum: 0,
      maximum: 365,
      description: { ja: '期限の何日前から警告するか', en: 'Warn this many days before the password change is due' },
    },
  },
  sources: [],
  description: {
    ja: 'MCS のパスワード変更期限が近づいていること（期限は mcs-password-age の months から）',
    en: "An MCS password change falls due soon (the period is mcs-password-age's months)",
  },
  help: {
    ja: '期限までに MCS のパスワードを変更し、台帳の mcs_password_changed を更新してください。期限は施設の注意事項の規定です（ガイドライン第6.0版が定期的な変更を求めない場合は mcs-password-age を参照）。',
    en: "Change the MCS password before it is due and update mcs_password_changed in the ledger. The period is the facility note's rule (for when the guideline in force, 6.0, asks no periodic change, see mcs-password-age).",
  },
  messages: {
    default: {
      ja: '{user} さんの MCS パスワードの変更期限 {due} まであと {daysLeft} 日です。期限までに変更し、台帳の {@users:mcs_password_changed} を更新してください',
      en: "{user}'s MCS password change is due on {due}, in {daysLeft} days. Change it by then and update {@users:mcs_password_changed} in the ledger",
    },
    // "in 1 days", "in 0 days" read wrong: the last two days are said as days
    tomorrow: {
      ja: '{user} さんの MCS パスワードの変更期限は明日（{due}）です。期限までに変更し、台帳の {@users:mcs_password_changed} を更新してください',
      en: "{user}'s MCS password change is due tomorrow, {due}. Change it by then and update {@users:mcs_password_changed} in the ledger",
    },
    today: {
      ja: '{user} さんの MCS パスワードの変更期限は今日（{due}）です。今日中に変更し、台帳の {@users:mcs_password_changed} を更新してください',
      en: "{user}'s MCS password change is due today, {due}. Change it today and update {@users:mcs_password_changed} in the ledger",
    },
  },
  check(context) {
    const { months } = context.optionsOf(passwordAge.id);
    reportActiveUsers(context, (user, i) => {
      const due = passwordDueDay(user, months);
      if (due === null || context.asOf > due) return false; // mcs-password-age reports these
      const daysLeft = daysBetween(context.asOf, due);
      if (daysLeft > context.options.days) return false;
      const messageId = daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : 'default';
      return { path: ['users', i, 'mcs_password_changed'], messageId, data: { due, daysLeft } };
    });
  },
});
