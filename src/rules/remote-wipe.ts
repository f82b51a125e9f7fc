import { defineRule } from './rule';
import { isMobile, reportActiveDevices } from './helpers';

export default defineRule({
  id: 'remote-wipe',
  severity: 'warning',
  category: 'devices',
  options: {},
  sources: ['note', 'C-3', '6.0 シス7.4'],
  description: { ja: 'スマートフォン・タブレットが携帯電話会社のリモートロック・データ消去サービスに加入していること', en: "Tablets and smartphones are enrolled in the carrier's remote lock / wipe service" },
  help: {
    ja: '携帯電話会社のリモートロックやデータの強制消去サービスに申し込み、security.remote_wipe を true にしてください。',
    en: "Enrol the device in the carrier's remote lock / wipe service and set security.remote_wipe to true.",
  },
  messages: {
    default: {
      ja: '端末 {device} がリモートロック・データ消去サービスに加入していません。携帯電話会社のサービスに申し込み、{@devices:security.remote_wipe} を {@devices:security.remote_wipe=true} にしてください',
      en: "Device {device} is not enrolled in a remote lock / wipe service. Enrol it with the carrier and set {@devices:security.remote_wipe} to {@devices:security.remote_wipe=true}",
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => isMobile(device) && device.security.remote_wipe === false && ['devices', i, 'security', 'remote_wipe']);
  },
});
