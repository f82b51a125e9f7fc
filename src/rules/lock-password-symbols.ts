import { defineRule } from './rule';
import { isMobile, reportActiveDevices } from './helpers';
import lockPasswordStrength, { isWeakLockPassword } from './lock-password-strength';

export default defineRule({
  id: 'lock-password-symbols',
  severity: 'warning',
  category: 'devices',
  options: {},
  sources: ['note', '6.0 シス14⑥ シQ-54'],
  description: { ja: 'スマートフォン・タブレットの画面ロックに記号も使われていること', en: 'Tablets and smartphones require symbols in the lock password' },
  help: {
    ja: 'スマートフォン・タブレットの画面ロックは 8 桁以上の英数字と記号の組み合わせにし、composition を alphanumeric_symbols にしてください。',
    en: 'On tablets and smartphones, require 8 or more letters, digits and symbols, and set composition to alphanumeric_symbols.',
  },
  messages: {
    default: {
      ja: '端末 {device} の画面ロックに記号が含まれていません（{@devices:security.lock_password.composition={composition}}）。英数字と記号を組み合わせ、{@devices:security.lock_password.composition} を {@devices:security.lock_password.composition=alphanumeric_symbols} にしてください',
      en: 'Device {device} does not require symbols in its lock password ({@devices:security.lock_password.composition={composition}}). Combine letters, digits and symbols and set {@devices:security.lock_password.composition} to {@devices:security.lock_password.composition=alphanumeric_symbols}',
    },
  },
  check(context) {
    const { minLength } = context.optionsOf(lockPasswordStrength.id);
    // Turned off, lock-password-strength says nothing of a weak lock: this rule then does.
    const strengthSpeaks = !context.isOff(lockPasswordStrength.id);
    reportActiveDevices(context, (device, i) => {
      const policy = device.security.lock_password;
      if (!isMobile(device) || !policy || policy.composition === 'alphanumeric_symbols') return false;
      if (strengthSpeaks && isWeakLockPassword(device, minLength!)) return false; // lock-password-strength reports it
      return { path: ['devices', i, 'security', 'lock_password', 'composition'], data: { composition: policy.composition } };
    });
  },
});
