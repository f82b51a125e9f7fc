import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'startup-password',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1', 'note 2-5', 'C-6', '6.0 企Q-44'],
  description: { ja: '利用中の端末に起動時パスワード（画面ロック）が設定されていること', en: 'Active devices have a start-up password (screen lock)' },
  help: {
    ja: '端末に 8 文字以上の英数字混じりの起動時パスワード（画面ロック）を設定し、security.startup_password を true にしてください。',
    en: 'Set a start-up password (screen lock) of at least 8 mixed letters and digits and set security.startup_password to true.',
  },
  messages: {
    default: {
      ja: '端末 {device} に起動時パスワード（画面ロック）が設定されていません。8 文字以上の英数字混じりのパスワードを設定し、{@devices:security.startup_password} を {@devices:security.startup_password=true} にしてください',
      en: 'Device {device} has no start-up password (screen lock). Set one of at least 8 mixed letters and digits and set {@devices:security.startup_password} to {@devices:security.startup_password=true}',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => !device.security.startup_password && ['devices', i, 'security', 'startup_password']);
  },
});
