import { defineRule } from './rule';
import { pathIfPresent, reportActiveDevices, unrecordedMessage } from './helpers';

export default defineRule({
  id: 'encryption',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['6.9 B', 'C-7', '6.0 シス7.4'],
  description: { ja: '患者情報を保存する端末が暗号化されていること', en: 'Devices that keep patient data are encrypted' },
  help: {
    ja: '端末の暗号化（BitLocker、FileVault、端末の暗号化設定など）を有効にし、security.encrypted を true にしてください。',
    en: 'Turn on storage encryption (BitLocker, FileVault, the device encryption setting) and set security.encrypted to true.',
  },
  messages: {
    default: {
      ja: '端末 {device} は患者情報を保存していますが暗号化されていません。暗号化を有効にし、{@devices:security.encrypted} を {@devices:security.encrypted=true} にしてください',
      en: 'Device {device} keeps patient data but is not encrypted. Turn on encryption and set {@devices:security.encrypted} to {@devices:security.encrypted=true}',
    },
    notRecorded: {
      ja: '端末 {device} は患者情報を保存していますが、暗号化しているかが記録されていません。暗号化していれば {@devices:security.encrypted:=true} と記入してください（していなければ暗号化を有効にしてから）',
      en: 'Device {device} keeps patient data but whether it is encrypted is not recorded. Write {@devices:security.encrypted:=true} if it is (if not, turn on encryption first)',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => {
      const { security } = device;
      if (security.patient_data_stored !== true || security.encrypted === true) return false;
      const base = ['devices', i, 'security'];
      return { path: pathIfPresent(security, 'encrypted', base, [...base, 'patient_data_stored']), ...unrecordedMessage(security.encrypted, [...base, 'encrypted']) };
    });
  },
});
