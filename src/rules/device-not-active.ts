import { defineRule } from './rule';
import { activeUsers, devicesById, userData, userTarget } from './helpers';

export default defineRule({
  id: 'device-not-active',
  severity: 'warning',
  category: 'users',
  options: {},
  sources: [],
  description: { ja: '利用者の利用端末が利用中（active）の端末であること', en: "Users' devices are active devices" },
  help: { ja: '紛失・利用終了した端末を利用者の devices から外し、代わりの端末を記入してください。', en: "Remove lost or retired devices from the user's devices and list the replacement." },
  messages: {
    default: {
      ja: '{user} さんの利用端末 {device} は {@devices:status={status}} の状態です。{@users:devices} から外し、今使っている端末を記入してください',
      en: "{user}'s device {device} is {@devices:status={status}}. Remove it from {@users:devices} and list the device in use",
    },
  },
  check(context) {
    const byId = devicesById(context.ledger);
    for (const { item: user, index } of activeUsers(context.ledger, context.asOf)) {
      user.devices.forEach((id, entry) => {
        const device = byId.get(id);
        if (!device || device.status === 'active') return; // unknown ids: unknown-reference
        context.report({ path: ['users', index, 'devices', entry], target: userTarget(user), data: { ...userData(user), device: id, status: device.status } });
      });
    }
  },
});
