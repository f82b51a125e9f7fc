import { defineRule } from './rule';
import { deviceTarget } from './helpers';

export default defineRule({
  id: 'lost-device-incident',
  severity: 'error',
  category: 'devices',
  options: {},
  sources: ['note 1', 'C-3', '6.0 企8.2.5', '6.0 シス7.4'],
  description: { ja: '紛失・盗難にあった端末について incidents に記録があること', en: 'Every lost device has an incident record' },
  help: {
    ja: '紛失・盗難の日、パスワード変更、事務局への通知、携帯電話会社へのリモートロック依頼を incidents に記録してください。',
    en: 'Record the loss in incidents: the day, the password change, the notice to the secretariat and the carrier remote lock.',
  },
  messages: {
    default: {
      ja: '端末 {device} は紛失・盗難となっていますが {@:incidents} に記録がありません。対応（パスワード変更・事務局への通知・リモートロック）を行い、{@:incidents} に記録してください',
      en: 'Device {device} is marked lost but no incident records it. Do what a loss requires (password change, notice to the secretariat, remote lock) and record it in {@:incidents}',
    },
  },
  check(context) {
    // Stryker disable next-line ArrayDeclaration: without incidents, a list holding a string gives a set of undefined, which no device id (a string) matches either
    const reported = new Set((context.ledger.incidents ?? []).map((incident) => incident.device));
    context.ledger.devices.forEach((device, index) => {
      if (device.status !== 'lost' || reported.has(device.id)) return;
      context.report({ path: ['devices', index, 'status'], target: deviceTarget(device), data: { device: device.id } });
    });
  },
});
