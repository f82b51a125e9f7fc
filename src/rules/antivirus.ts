import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'antivirus',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1', 'note 2-5', 'C-8', '6.0 シス7④ (案)'],
  description: {
    ja: '利用中の端末にウイルス対策ソフトが導入されていること',
    en: 'Active devices have antivirus software',
  },
  help: {
    ja: 'ウイルス対策ソフト（スマートフォンは携帯電話会社のセキュリティ対策サービスでも可）を導入し、security.antivirus を true にしてください。',
    en: "Install antivirus software (on a phone, the carrier's security service will do) and set security.antivirus to true.",
  },
  messages: {
    default: {
      ja: '端末 {device} にウイルス対策ソフトが導入されていません。ウイルス対策ソフトを導入し、{@devices:security.antivirus} を {@devices:security.antivirus=true} にしてください',
      en: 'Device {device} has no antivirus software. Install antivirus software and set {@devices:security.antivirus} to {@devices:security.antivirus=true}',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => !device.security.antivirus && ['devices', i, 'security', 'antivirus']);
  },
});
