import { defineRule } from './rule';
import { FACILITY_TARGET, activeDevices, unrecordedMessage } from './helpers';

export default defineRule({
  id: 'ssid-stealth',
  severity: 'warning',
  category: 'facility',
  options: {},
  sources: ['note 1 情報漏洩対策 3', '6.0 シス13⑬'],
  description: { ja: '施設の無線 LAN を使う場合、SSID がステルス設定になっていること', en: "The facility's wireless LAN hides its SSID when devices use it" },
  help: { ja: '無線 LAN の親機で SSID をステルス設定（ビーコン停止）にし、facility.wireless_lan.ssid_stealth を true にしてください。', en: 'Hide the SSID (stop the beacon) on the access point and set facility.wireless_lan.ssid_stealth to true.' },
  messages: {
    default: {
      ja: '施設内無線 LAN を使う端末がありますが、SSID がステルス設定になっていません。親機の設定で SSID をステルスにし、{@:facility.wireless_lan.ssid_stealth} を {@:facility.wireless_lan.ssid_stealth=true} にしてください',
      en: "Devices use the facility's wireless LAN but its SSID is not hidden. Hide it on the access point and set {@:facility.wireless_lan.ssid_stealth} to {@:facility.wireless_lan.ssid_stealth=true}",
    },
    notRecorded: {
      ja: '施設内無線 LAN を使う端末がありますが、SSID をステルス設定にしているかが記録されていません。していれば {@:facility.wireless_lan.ssid_stealth:=true} と記入してください（していなければ親機で設定してから）',
      en: 'Devices use the facility\'s wireless LAN but whether its SSID is hidden is not recorded. Write {@:facility.wireless_lan.ssid_stealth:=true} if it is (if not, hide it on the access point first)',
    },
  },
  check(context) {
    const { facility } = context.ledger;
    const usesWirelessLan = activeDevices(context.ledger).some(({ item }) => item.networks.includes('facility_wireless_lan'));
    if (!usesWirelessLan || facility.wireless_lan?.ssid_stealth === true) return;
    const path = facility.wireless_lan ? ['facility', 'wireless_lan', 'ssid_stealth'] : ['facility'];
    context.report({ path, target: FACILITY_TARGET, ...unrecordedMessage(facility.wireless_lan?.ssid_stealth, ['facility', 'wireless_lan', 'ssid_stealth']) });
  },
});
