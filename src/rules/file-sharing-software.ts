import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'file-sharing-software',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1', '6.0 企Q-35'],
  description: { ja: '利用中の端末にファイル交換ソフトが入っていないこと', en: 'No file-sharing (P2P) software on active devices' },
  help: { ja: 'ファイル交換（P2P）ソフトをアンインストールし、security.file_sharing_software を false にしてください。', en: 'Uninstall the file-sharing (P2P) software and set security.file_sharing_software to false.' },
  messages: {
    default: {
      ja: '端末 {device} にファイル交換ソフトがインストールされています。アンインストールし、{@devices:security.file_sharing_software} を {@devices:security.file_sharing_software=false} にしてください',
      en: 'Device {device} has file-sharing software installed. Uninstall it and set {@devices:security.file_sharing_software} to {@devices:security.file_sharing_software=false}',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => device.security.file_sharing_software && ['devices', i, 'security', 'file_sharing_software']);
  },
});
