import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'mcs-password-saved',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1', '6.0 シス14②'],
  description: { ja: 'MCS のパスワードが端末に保存されていないこと', en: 'The MCS password is not saved on the device' },
  help: {
    ja: 'ブラウザやアプリに保存された MCS のパスワードを削除し、security.mcs_password_saved を false にしてください。',
    en: 'Delete the MCS password saved in the browser or app and set security.mcs_password_saved to false.',
  },
  messages: {
    default: {
      ja: '端末 {device} に MCS のパスワードが保存されています。ブラウザやアプリから削除し、{@devices:security.mcs_password_saved} を {@devices:security.mcs_password_saved=false} にしてください',
      en: 'Device {device} has the MCS password saved. Delete it from the browser or app and set {@devices:security.mcs_password_saved} to {@devices:security.mcs_password_saved=false}',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => device.security.mcs_password_saved && ['devices', i, 'security', 'mcs_password_saved']);
  },
});
