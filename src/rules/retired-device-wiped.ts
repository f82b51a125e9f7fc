import { defineRule } from './rule';
import { deviceTarget } from './helpers';

export default defineRule({
  id: 'retired-device-wiped',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1', '6.0: none found (note only)'],
  description: { ja: '利用を終えた端末の内容が徹底的に消去されていること', en: 'Retired devices were wiped' },
  help: {
    ja: '端末を他者に渡す前に内容を徹底的に消去（初期化）し、disposal.wiped を true にしてください。すでに手元にない場合は回収先に消去を依頼してください。',
    en: 'Erase the device thoroughly (factory reset) before it leaves and set disposal.wiped to true. If it is already gone, ask whoever has it to erase it.',
  },
  messages: {
    default: {
      ja: '利用を終えた端末 {device} の内容が消去されていません。内容を徹底的に消去し、{@devices:disposal.wiped} を {@devices:disposal.wiped=true} にしてください',
      en: 'Retired device {device} was not wiped. Erase it thoroughly and set {@devices:disposal.wiped} to {@devices:disposal.wiped=true}',
    },
  },
  check(context) {
    context.ledger.devices.forEach((device, index) => {
      if (device.status !== 'retired' || device.disposal?.wiped !== false) return;
      context.report({ path: ['devices', index, 'disposal', 'wiped'], target: deviceTarget(device), data: { device: device.id } });
    });
  },
});
