import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'unknown-sources',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note ウイルス感染対策 3', '6.0: none found (note only)'],
  description: { ja: 'Android 端末で「提供元不明のアプリ」のインストールが無効になっていること', en: 'Android devices block apps from unknown sources' },
  help: {
    ja: 'Android の設定で「提供元不明のアプリ」のインストールを許可しない設定にし、security.unknown_sources_blocked を true にしてください。',
    en: 'Disable installing apps from unknown sources in the Android settings and set security.unknown_sources_blocked to true.',
  },
  messages: {
    default: {
      ja: 'Android 端末 {device} で「提供元不明のアプリ」のインストールが許可されています。設定で無効にし、{@devices:security.unknown_sources_blocked} を {@devices:security.unknown_sources_blocked=true} にしてください',
      en: 'Android device {device} allows apps from unknown sources. Disable it in the settings and set {@devices:security.unknown_sources_blocked} to {@devices:security.unknown_sources_blocked=true}',
    },
  },
  check(context) {
    reportActiveDevices(
      context,
      (device, i) => device.os === 'android' && device.security.unknown_sources_blocked === false && ['devices', i, 'security', 'unknown_sources_blocked'],
    );
  },
});
