import { defineRule } from './rule';
import { deviceTarget, activeDevices } from './helpers';

export default defineRule({
  id: 'public-wireless-lan',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1 情報漏洩対策 1', 'note 2-5', 'C-8', '6.0: none found (note only)'],
  description: { ja: '公衆無線 LAN（街中の Wi-Fi スポット）を使っていないこと', en: 'No public Wi-Fi' },
  help: {
    ja: '携帯電話の回線か施設内の無線 LAN を使い、networks から public_wireless_lan を外してください。公衆無線 LAN しかない場所で VPN を使う場合は、管理責任者の承認を exceptions に記録してください。',
    en: "Use the carrier's network or the facility's LAN and remove public_wireless_lan from networks. Where public Wi-Fi is the only network and a VPN is used, record the manager's approval in exceptions.",
  },
  messages: {
    default: {
      ja: '端末 {device} が公衆無線 LAN を使っています。携帯電話の回線か施設内の無線 LAN に切り替え、{@devices:networks} から {@devices:networks=public_wireless_lan} を外してください',
      en: 'Device {device} uses public Wi-Fi. Switch to the carrier network or the facility LAN and remove {@devices:networks=public_wireless_lan} from {@devices:networks}',
    },
  },
  check(context) {
    for (const { item: device, index } of activeDevices(context.ledger)) {
      const entry = device.networks.indexOf('public_wireless_lan');
      if (entry === -1) continue;
      context.report({ path: ['devices', index, 'networks', entry], target: deviceTarget(device), data: { device: device.id } });
    }
  },
});
