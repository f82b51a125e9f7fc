import type { Device } from '../ledger';
import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

/** True when the lock password policy is weaker than the note's "8 文字以上の英数字混じり". */
export function isWeakLockPassword(device: Device, minLength: number): boolean {
  const policy = device.security.lock_password;
  if (!policy) return false;
  return policy.min_length < minLength || policy.composition === 'digits' || policy.composition === 'letters';
}

export default defineRule({
  id: 'lock-password-strength',
  severity: 'error',
  category: 'devices',
  options: {
    minLength: {
      // Stryker disable next-line StringLiteral: OptionSpec.type is read nowhere (src/config/schema.ts writes 'integer' itself, validate.ts checks Number.isInteger)
      type: 'integer',
      default: 8,
      minimum: 1,
      maximum: 64,
      description: { ja: '画面ロックのパスワードの最低文字数', en: 'Minimum length of the lock password' },
    },
  },
  sources: ['note 1', 'C-6', '6.0 シス14⑥ シQ-54'],
  description: { ja: '画面ロックのパスワードが 8 文字以上の英数字混じりであること', en: 'The lock password has at least 8 characters mixing letters and digits' },
  help: {
    ja: '画面ロックのパスワードの条件を 8 文字以上・英数字混じりにし、security.lock_password を更新してください。',
    en: 'Require a lock password of at least 8 characters mixing letters and digits, and update security.lock_password.',
  },
  messages: {
    default: {
      ja: '端末 {device} の画面ロックのパスワードが弱すぎます（{minLength} 文字・{@devices:security.lock_password.composition={composition}}）。{required} 文字以上の英数字混じりにし、{@devices:security.lock_password} を更新してください',
      en: 'Device {device} has a weak lock password ({minLength} characters, {@devices:security.lock_password.composition={composition}}). Require at least {required} characters mixing letters and digits, and update {@devices:security.lock_password}',
    },
  },
  check(context) {
    const required = context.options.minLength!;
    reportActiveDevices(context, (device, i) => {
      if (!isWeakLockPassword(device, required)) return false;
      const { min_length, composition } = device.security.lock_password!;
      return { path: ['devices', i, 'security', 'lock_password'], data: { minLength: min_length, composition, required } };
    });
  },
});
