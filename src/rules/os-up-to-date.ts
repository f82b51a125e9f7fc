import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'os-up-to-date',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1', 'ウイルス感染対策 1', '6.0 企9.2'],
  description: { ja: '利用中の端末の OS・ブラウザが最新であること', en: 'Active devices run the latest OS and browser' },
  help: { ja: 'OS とブラウザを最新版に更新し、security.os_up_to_date を true にしてください。', en: 'Update the OS and browser to the latest version and set security.os_up_to_date to true.' },
  messages: {
    default: {
      ja: '端末 {device} の OS・ブラウザが最新ではありません。最新版に更新し、{@devices:security.os_up_to_date} を {@devices:security.os_up_to_date=true} にしてください',
      en: 'Device {device} is not running the latest OS and browser. Update them and set {@devices:security.os_up_to_date} to {@devices:security.os_up_to_date=true}',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => !device.security.os_up_to_date && ['devices', i, 'security', 'os_up_to_date']);
  },
});
