import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'unused-apps',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 2-5', 'C-9', '6.0 シス8.1 (案)'],
  description: { ja: '業務に使用しないアプリ・機能が確認されていること', en: 'Apps and functions not used for work have been dealt with' },
  help: {
    ja: '業務に使用しないアプリや機能を削除または停止するか、業務に影響がないことを確認し、security.unused_apps を removed / stopped / confirmed_no_impact にしてください。',
    en: 'Remove or stop apps and functions not used for work, or confirm they have no impact, and set security.unused_apps to removed, stopped or confirmed_no_impact.',
  },
  messages: {
    default: {
      ja: '端末 {device} の業務に使用しないアプリ・機能が確認されていません。削除・停止するか影響がないことを確認し、{@devices:security.unused_apps} を更新してください',
      en: 'Apps not used for work on device {device} have not been checked. Remove or stop them, or confirm they have no impact, and update {@devices:security.unused_apps}',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => device.security.unused_apps === 'not_checked' && ['devices', i, 'security', 'unused_apps']);
  },
});
