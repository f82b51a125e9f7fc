import { defineRule } from './rule';
import { isMobile, pathIfPresent, reportActiveDevices, unrecordedMessage } from './helpers';

export default defineRule({
  id: 'wipe-after-failed-attempts',
  severity: 'warning',
  category: 'devices',
  options: {},
  sources: ['D-4', '6.0: none found'],
  description: { ja: '患者情報を保存するスマートフォン・タブレットが、パスワードを一定回数誤ると初期化されること', en: 'Tablets and smartphones that keep patient data are wiped after repeated wrong passwords' },
  help: {
    ja: 'パスワードを一定回数誤ったら端末を初期化する設定にし、security.wipe_after_failed_attempts を true にしてください。',
    en: 'Set the device to wipe itself after a number of wrong passwords and set security.wipe_after_failed_attempts to true.',
  },
  messages: {
    default: {
      ja: '端末 {device} は患者情報を保存していますが、パスワードを誤っても初期化されません。一定回数の誤入力で初期化する設定にし、{@devices:security.wipe_after_failed_attempts} を {@devices:security.wipe_after_failed_attempts=true} にしてください',
      en: 'Device {device} keeps patient data but is not wiped after repeated wrong passwords. Turn that on and set {@devices:security.wipe_after_failed_attempts} to {@devices:security.wipe_after_failed_attempts=true}',
    },
    notRecorded: {
      ja: '端末 {device} は患者情報を保存していますが、パスワードを誤ると初期化されるかが記録されていません。設定していれば {@devices:security.wipe_after_failed_attempts:=true} と記入してください（していなければ設定してから）',
      en: 'Device {device} keeps patient data but whether it is wiped after repeated wrong passwords is not recorded. Write {@devices:security.wipe_after_failed_attempts:=true} if it is (if not, turn that on first)',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => {
      const { security } = device;
      if (!isMobile(device) || security.patient_data_stored !== true || security.wipe_after_failed_attempts === true) return false;
      const base = ['devices', i, 'security'];
      const path = pathIfPresent(security, 'wipe_after_failed_attempts', base, [...base, 'patient_data_stored']);
      return { path, ...unrecordedMessage(security.wipe_after_failed_attempts, [...base, 'wipe_after_failed_attempts']) };
    });
  },
});
