import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'byod',
  severity: 'info',
  category: 'devices',
  options: {},
  sources: ['6.9 B', 'D-4', '6.0 企9', '6.0 企Q-35'],
  description: { ja: '個人所有端末（BYOD）を使っていること（原則として行うべきではない）', en: 'A personal device (BYOD) is used; in principle this should not be done' },
  help: {
    ja: 'できるだけ施設所有の端末に切り替えてください。使い続ける場合は設定変更を管理者だけに限定してください。',
    en: 'Move to a facility-owned device where possible. If it stays, restrict settings changes to an administrator.',
  },
  messages: {
    default: {
      ja: '端末 {device} は個人所有端末（BYOD）です。ガイドラインでは原則として行うべきではないとされています。施設所有の端末への切り替えを検討してください',
      en: 'Device {device} is personally owned (BYOD), which the guideline says should in principle not be done. Consider a facility-owned device',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => device.ownership === 'personal' && ['devices', i, 'ownership']);
  },
});
