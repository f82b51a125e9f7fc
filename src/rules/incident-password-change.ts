import { defineIncidentRule } from './incident-deadline';

export default defineIncidentRule({
  id: 'incident-password-change',
  severity: 'error',
  step: 'mcs_password_changed',
  sources: ['note 1 紛失・盗難 1', '6.0 企8.2.5', '6.0 シス7.4'],
  description: { ja: '端末の紛失・盗難の後、直ちに MCS のパスワードを変更したこと', en: 'The MCS password was changed immediately after a device was lost' },
  help: { ja: '他の端末から MCS にアクセスしてパスワードを変更し、incidents の mcs_password_changed に日付を記入してください。', en: 'Change the MCS password from another device and write the day in the incident’s mcs_password_changed.' },
  missing: {
    ja: '端末 {device} の紛失・盗難（{date}）の後、MCS のパスワードが変更されていません。直ちに他の端末から変更し、{@incidents:mcs_password_changed} に日付を記入してください',
    en: 'The MCS password was not changed after device {device} was lost on {date}. Change it now from another device and record the day in {@incidents:mcs_password_changed}',
  },
  late: {
    ja: '端末 {device} の紛失・盗難（{date}）から MCS のパスワード変更（{taken}）まで {days} 日かかっています（{maxDays} 日以内に行ってください）',
    en: 'The MCS password was changed {days} days after device {device} was lost ({date} → {taken}); it should be done within {maxDays} day(s)',
  },
});
