import { addMonthsToDay } from '../dates';
import type { User } from '../ledger';
import { defineRule } from './rule';
import { reportActiveUsers } from './helpers';

/** The day by which the password must next be changed, or null when the last change is not known. */
export function passwordDueDay(user: User, months: number): string | null {
  return user.mcs_password_changed === null ? null : addMonthsToDay(user.mcs_password_changed, months);
}

export default defineRule({
  id: 'mcs-password-age',
  severity: 'error',
  category: 'users',
  options: {
    months: {
      // Stryker disable next-line StringLiteral: OptionSpec.type is read nowhere (src/config/schema.ts writes 'integer' itself, validate.ts checks Number.isInteger)
      type: 'integer',
      default: 2,
      minimum: 1,
      maximum: 120,
      description: { ja: 'パスワード変更の間隔（月）', en: 'Months allowed between MCS password changes' },
    },
  },
  sources: ['note 1', '6.0 シス14⑥ シQ-54'],
  description: {
    ja: 'MCS のパスワードが 2 か月に一度程度変更されていること（施設の注意事項の規定）',
    en: "MCS passwords are changed about every two months (the facility note's rule)",
  },
  help: {
    ja: 'MCS のパスワードを変更し、台帳の mcs_password_changed を変更した日に更新してください。2 か月ごとの変更は施設の注意事項の規定です。現行のガイドライン第6.0版（シス14⑥、Q&A シQ-54）は、英数字・記号を混在させた 13 文字以上のパスワード、または二要素認証（このとき 8 文字以上）であれば定期的な変更を求めていません。8 文字以上のパスワードを最長でも 2 か月以内に定期的に変更することは、第6.0版が認める 3 つの方法のひとつで、注意事項はこれを選んでいます（台帳はこのルールでこれを確認します）。',
    en: "Change the MCS password and set mcs_password_changed in the ledger to the day it was changed. The two months are the facility note's rule: the guideline in force, 6.0 (System Operation ch. 14 item 6 and its Q&A, Q-54), does not require periodic changes for a password of 13 or more characters mixing letters, digits and symbols, or with two-factor login (8 characters then suffice); a password of 8 or more characters changed periodically, at most two months apart, is the third way 6.0 allows, the one the note chose and this rule checks.",
  },
  messages: {
    default: {
      ja: '{user} さんの MCS パスワードが {changed} 以降変更されていません（施設の規定の {months} か月を超過、期限 {due}）。MCS のパスワードを変更し、台帳の {@users:mcs_password_changed} を更新してください',
      en: "{user}'s MCS password has not been changed since {changed} (more than the facility's {months} months; due {due}). Change the MCS password and update {@users:mcs_password_changed} in the ledger",
    },
    unknown: {
      ja: '{user} さんの MCS パスワードの最終変更日が記録されていません。MCS のパスワードを変更し、台帳の {@users:mcs_password_changed} にその日付を記入してください',
      en: "The last change of {user}'s MCS password is not recorded. Change the MCS password and write that day in {@users:mcs_password_changed}",
    },
  },
  check(context) {
    const { months } = context.options;
    reportActiveUsers(context, (user, i) => {
      const path = ['users', i, 'mcs_password_changed'];
      const due = passwordDueDay(user, months);
      if (due === null) return { path, messageId: 'unknown' };
      return context.asOf > due && { path, data: { changed: user.mcs_password_changed as string, months, due } };
    });
  },
});
