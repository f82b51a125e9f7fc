import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'byod',
  severity: 'info',
  category: 'devices',
  options: {},
  sources: ['6.9 B', 'D-4', '6.0 企9', '6.0 企Q-35'],
  description: {
    ja: '個人所有端末（BYOD）を使っていること（第6.0版: 台帳で管理し、企画管理者の責任で把握すること）',
    en: "A personal device (BYOD) is used (6.0: allowed when it is in the ledger under the planning manager's responsibility)",
  },
  help: {
    ja: 'ガイドライン第5版（6.9 D-4）は BYOD を原則として行わないとしていましたが、現行の第6.0版（企9、企Q-35）は、利用を認めた個人所有端末を台帳で管理し、企画管理者の責任で把握することを求めています。この台帳に記録し続け、利用の条件（設定変更を管理者だけに限定するなど）を決めて守ってください。施設所有の端末に切り替えられるなら、それも検討してください。',
    en: "The guideline's 5th edition (6.9 D-4) said BYOD should in principle not be done; the edition in force, 6.0 (Planning and Management ch. 9 and its Q&A, Q-35), allows the personal devices a facility permits when they are kept in the ledger and known under the planning manager's responsibility. Keep the device in this ledger and set and keep its conditions of use (such as settings changed by an administrator only); where a facility-owned device can replace it, consider that too.",
  },
  messages: {
    default: {
      ja: '端末 {device} は個人所有端末（BYOD）です。ガイドライン第6.0版（企9、企Q-35）は、利用を認めた個人所有端末を台帳で管理し、企画管理者の責任で把握することを求めています。この台帳の記録と利用の条件を確認してください',
      en: "Device {device} is personally owned (BYOD). The guideline in force, 6.0 (Planning and Management ch. 9 and its Q&A, Q-35), asks that the personal devices a facility permits be kept in the ledger and known under the planning manager's responsibility: check its entry here and its conditions of use",
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => device.ownership === 'personal' && ['devices', i, 'ownership']);
  },
});
