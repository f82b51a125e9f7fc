import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'byod-admin-lock',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['6.9 B', 'D-4'],
  description: { ja: '個人所有端末（BYOD）の設定を変更できるのが管理者だけであること', en: 'Personal devices (BYOD) can only be reconfigured by an administrator' },
  help: {
    ja: 'MDM などで端末の設定変更を管理者だけに限定し、security.settings_admin_only を true にしてください。限定できない端末は業務に使えません。',
    en: 'Restrict settings changes to an administrator (e.g. with MDM) and set security.settings_admin_only to true. A device where this cannot be done must not be used.',
  },
  messages: {
    default: {
      ja: '個人所有端末 {device} の設定を管理者以外も変更できます。設定変更を管理者だけに限定し、security.settings_admin_only を true にしてください',
      en: 'Personal device {device} can be reconfigured by someone other than an administrator. Restrict settings changes to an administrator and set security.settings_admin_only to true',
    },
  },
  check(context) {
    reportActiveDevices(
      context,
      (device, i) => device.ownership === 'personal' && device.security.settings_admin_only !== true && ['devices', i, 'security', 'settings_admin_only'],
    );
  },
});
