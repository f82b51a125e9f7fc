import { defineRule } from './rule';
import { reportActiveUsers } from './helpers';

export default defineRule({
  id: 'user-devices',
  severity: 'error',
  category: 'users',
  options: {},
  sources: ['note 2-4', '6.0 企9', '6.0 企Q-39'],
  description: { ja: '利用者の利用端末がすべて記入されていること', en: "Every user's devices are listed" },
  help: { ja: '利用者が MCS に使う端末の管理番号をすべて devices に記入してください（複数の場合すべて）。', en: 'List the ids of every device the user uses for MCS in devices.' },
  messages: {
    default: {
      ja: '{user} さんの利用端末が記入されていません。MCS に使う端末の管理番号をすべて {@users:devices} に記入してください',
      en: "{user}'s devices are not listed. Write the ids of every device they use for MCS in {@users:devices}",
    },
  },
  check(context) {
    reportActiveUsers(context, (user, i) => user.devices.length === 0 && ['users', i, 'devices']);
  },
});
