import type { Device, Ledger } from '../ledger';
import type { RuleContext } from './rule';
import { defineRule } from './rule';
import { activeUsers, deviceTarget, devicesById, reportActiveDevices } from './helpers';

/** A personal device listed by more than one active user: reported at the second and later users. */
function reportPersonalDevicesListedTwice(context: RuleContext, ledger: Ledger): void {
  const byId = devicesById(ledger);
  const seen = new Set<string>();
  for (const { item: user, index } of activeUsers(ledger, context.asOf)) {
    user.devices.forEach((id, entry) => {
      const device: Device | undefined = byId.get(id);
      if (device?.ownership !== 'personal' || device.status !== 'active') return;
      if (!seen.has(id)) {
        seen.add(id);
        return;
      }
      context.report({ path: ['users', index, 'devices', entry], target: deviceTarget(device), messageId: 'personalShared', data: { device: id } });
    });
  }
}

export default defineRule({
  id: 'device-shared',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1 情報漏洩対策 2', '6.0: none found (note only)'],
  description: { ja: '許可されたスタッフ以外（家族を含む）と端末を共有していないこと', en: 'Devices are not shared with anyone but authorised staff, family included' },
  help: {
    ja: '許可されたスタッフ以外（家族を含む）に端末を使わせないでください。個人所有端末は本人だけが使い、台帳にも本人だけを記入してください。',
    en: 'Do not let anyone but authorised staff (family included) use the device. A personal device is used, and listed, by its owner only.',
  },
  messages: {
    default: {
      ja: '端末 {device} を許可されたスタッフ以外（家族を含む）も使っています。共有をやめ、{@devices:shared_outside_staff} を {@devices:shared_outside_staff=false} にしてください',
      en: 'Device {device} is used by people other than authorised staff (family included). Stop sharing it and set {@devices:shared_outside_staff} to {@devices:shared_outside_staff=false}',
    },
    personalShared: {
      ja: '個人所有端末 {device} を複数の利用者が使っています。個人所有端末は本人だけが使うようにし、他の利用者の {@users:devices} から外してください',
      en: "Personal device {device} is listed by more than one user. A personal device is for its owner only: remove it from the other users' {@users:devices|devices}",
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => device.shared_outside_staff && ['devices', i, 'shared_outside_staff']);
    reportPersonalDevicesListedTwice(context, context.ledger);
  },
});
