import { defineRule } from './rule';
import { reportActiveDevices } from './helpers';

export default defineRule({
  id: 'patient-data-on-device',
  severity: 'warning',
  category: 'devices',
  options: {},
  sources: ['D-4', '6.0 企Q-36'],
  description: { ja: '端末内に患者情報を置いていないこと', en: 'No patient data is kept on the device' },
  help: {
    ja: '紛失・盗難に備え、できる限り端末内に患者情報を置かないでください。やむを得ない場合は暗号化と一定回数の誤入力での初期化を設定してください。',
    en: 'Keep patient data off the device where possible. Where it must stay, encrypt the device and wipe it after repeated wrong passwords.',
  },
  messages: {
    default: {
      ja: '端末 {device} に患者情報が保存されています。できる限り端末内に置かないようにしてください（やむを得ない場合は暗号化と誤入力時の初期化を設定）',
      en: 'Device {device} keeps patient data. Keep it off the device where possible (or encrypt it and wipe after repeated wrong passwords)',
    },
  },
  check(context) {
    reportActiveDevices(context, (device, i) => device.security.patient_data_stored === true && ['devices', i, 'security', 'patient_data_stored']);
  },
});
