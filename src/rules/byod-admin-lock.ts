import { defineRule } from './rule';
import { reportActiveDevices, unrecordedMessage } from './helpers';

export default defineRule({
  id: 'byod-admin-lock',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['6.9 B', 'D-4', '6.0 企9', '6.0 企Q-35'],
  description: { ja: '個人所有端末（BYOD）の設定を変更できるのが管理者だけであること', en: 'Personal devices (BYOD) can only be reconfigured by an administrator' },
  help: {
    ja: 'MDM などで端末の設定変更を管理者だけに限定し、security.settings_admin_only を true にしてください。限定できない端末は業務に使えません。',
    en: 'Restrict settings changes to an administrator (e.g. with MDM) and set security.settings_admin_only to true. A device where this cannot be done must not be used.',
  },
  messages: {
    default: {
      ja: '個人所有端末 {device} の設定を管理者以外も変更できます。設定変更を管理者だけに限定し、{@devices:security.settings_admin_only} を {@devices:security.settings_admin_only=true} にしてください',
      en: 'Personal device {device} can be reconfigured by someone other than an administrator. Restrict settings changes to an administrator and set {@devices:security.settings_admin_only} to {@devices:security.settings_admin_only=true}',
    },
    notRecorded: {
      ja: '個人所有端末 {device} の設定変更が管理者だけに限定されているかが記録されていません。限定していれば {@devices:security.settings_admin_only:=true} と記入してください（していなければ限定してから）',
      en: 'Whether only an administrator can reconfigure personal device {device} is not recorded. Write {@devices:security.settings_admin_only:=true} if so (if not, restrict settings changes first)',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => {
      const { settings_admin_only: adminOnly } = device.security;
      if (device.ownership !== 'personal' || adminOnly === true) return false;
      return { path: ['devices', i, 'security', 'settings_admin_only'], ...unrecordedMessage(adminOnly, ['devices', i, 'security', 'settings_admin_only']) };
    });
  },
});
