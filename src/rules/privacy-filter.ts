import { defineRule } from './rule';
import { pathIfPresent, reportActiveDevices } from './helpers';

export default defineRule({
  id: 'privacy-filter',
  severity: 'info',
  category: 'devices',
  options: {},
  sources: ['D-1'],
  description: { ja: '施設外で使う端末に覗き見防止フィルタを貼っていること', en: 'Devices used outside the facility have a privacy filter' },
  help: { ja: '画面に覗き見防止フィルタを貼り、security.privacy_filter を true にしてください。', en: 'Fit a privacy filter to the screen and set security.privacy_filter to true.' },
  messages: {
    default: {
      ja: '施設外で使う端末 {device} に覗き見防止フィルタがありません。フィルタを貼り、security.privacy_filter を true にしてください',
      en: 'Device {device} is used outside the facility without a privacy filter. Fit one and set security.privacy_filter to true',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => {
      const outside = device.locations.some((location) => location.place === 'outside');
      const security = ['devices', i, 'security'];
      return outside && device.security.privacy_filter !== true && pathIfPresent(device.security, 'privacy_filter', security, security);
    });
  },
});
