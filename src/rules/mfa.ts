import { defineRule } from './rule';
import { pathIfPresent, reportActiveDevices, unrecordedMessage } from './helpers';

export default defineRule({
  id: 'mfa',
  severity: 'warning',
  category: 'devices',
  options: {},
  sources: ['6.9 B', 'D-2', '6.0 シス14⑥ (案)'],
  description: { ja: '二要素認証を使っていること（推奨）', en: 'Two-factor login is used (recommended)' },
  help: {
    ja: 'ログインに二要素認証を設定し、security.mfa を true にしてください。ガイドライン第6.0版の Q&A（シス14⑥）は原則として二要素認証を採用するとし、チェックリストは令和9年度までの導入を目標としています（どちらも案の段階の文書で確認、確定版の文言は未確認）。MCS ではアプリ認証で二要素認証にできます（施設のスタッフ全員に必須にできるのは有料のビジネスプランのみ）。',
    en: "Set up two-factor login and set security.mfa to true. The Q&A of the guideline 6.0 (System Operation ch. 14 item 6) speaks of adopting two-factor authentication in principle, and the inspection checklist targets its introduction by FY2027 (Reiwa 9); both were read only in drafts, not in a final text. In MCS, app authentication gives two-factor login; requiring it of all of a facility's staff is available only on the paid business plan.",
  },
  messages: {
    default: {
      ja: '端末 {device} で二要素認証が使われていません（推奨）。二要素認証を設定し、{@devices:security.mfa} を {@devices:security.mfa=true} にしてください',
      en: 'Device {device} does not use two-factor login (recommended). Set it up and set {@devices:security.mfa} to {@devices:security.mfa=true}',
    },
    notRecorded: {
      ja: '端末 {device} で二要素認証を使っているかが記録されていません。使っていれば {@devices:security.mfa:=true}、使っていなければ {@devices:security.mfa:=false} と記入してください（二要素認証を推奨）',
      en: 'Whether device {device} uses two-factor login is not recorded. Write {@devices:security.mfa:=true} if it does, or {@devices:security.mfa:=false} if it does not (two-factor login is recommended)',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => {
      const security = ['devices', i, 'security'];
      if (device.security.mfa === true) return false;
      return { path: pathIfPresent(device.security, 'mfa', security, security), ...unrecordedMessage(device.security.mfa, [...security, 'mfa']) };
    });
  },
});
