import { defineRule } from './rule';
import { pathIfPresent, reportActiveDevices, unrecordedMessage } from './helpers';

export default defineRule({
  id: 'privacy-filter',
  severity: 'info',
  category: 'devices',
  options: {},
  sources: ['D-1', '6.0 シQ-14'],
  description: { ja: '施設外で使う端末に覗き見防止フィルタを貼っていること', en: 'Devices used outside the facility have a privacy filter' },
  help: { ja: '画面に覗き見防止フィルタを貼り、security.privacy_filter を true にしてください。', en: 'Fit a privacy filter to the screen and set security.privacy_filter to true.' },
  messages: {
    default: {
      ja: '施設外で使う端末 {device} に覗き見防止フィルタがありません。フィルタを貼り、{@devices:security.privacy_filter} を {@devices:security.privacy_filter=true} にしてください',
      en: 'Device {device} is used outside the facility without a privacy filter. Fit one and set {@devices:security.privacy_filter} to {@devices:security.privacy_filter=true}',
    },
    notRecorded: {
      ja: '施設外で使う端末 {device} に覗き見防止フィルタがあるかが記録されていません。貼っていれば {@devices:security.privacy_filter:=true}、貼っていなければ {@devices:security.privacy_filter:=false} と記入してください',
      en: 'Whether device {device}, used outside the facility, has a privacy filter is not recorded. Write {@devices:security.privacy_filter:=true} if it has one, or {@devices:security.privacy_filter:=false} if not',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => {
      const outside = device.locations.some((location) => location.place === 'outside');
      const security = ['devices', i, 'security'];
      if (!outside || device.security.privacy_filter === true) return false;
      return { path: pathIfPresent(device.security, 'privacy_filter', security, security), ...unrecordedMessage(device.security.privacy_filter, [...security, 'privacy_filter']) };
    });
  },
});
