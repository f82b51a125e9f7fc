import { defineIncidentRule, isMobileIncident } from './incident-deadline';

export default defineIncidentRule({
  id: 'incident-carrier-lock',
  severity: 'warning',
  step: 'carrier_remote_lock',
  sources: ['note 1 紛失・盗難 3', '6.0 企8.2.5', '6.0 シス7.4'],
  description: { ja: '紛失・盗難にあったスマートフォン・タブレットを直ちに携帯電話会社にリモートロックしてもらったこと', en: 'The carrier remote-locked a lost tablet or smartphone immediately' },
  help: { ja: '携帯電話会社に連絡してリモートロックなどの処置を依頼し、incidents の carrier_remote_lock に日付を記入してください。', en: 'Call the carrier for a remote lock and write the day in the incident’s carrier_remote_lock.' },
  missing: {
    ja: '端末 {device} の紛失・盗難（{date}）の後、携帯電話会社にリモートロックを依頼していません。直ちに連絡し、{@incidents:carrier_remote_lock} に日付を記入してください',
    en: 'No carrier remote lock was requested after device {device} was lost on {date}. Call the carrier now and record the day in {@incidents:carrier_remote_lock}',
  },
  late: {
    ja: '端末 {device} の紛失・盗難（{date}）からリモートロック（{taken}）まで {days} 日かかっています（{maxDays} 日以内に行ってください）',
    en: 'The carrier remote lock came {days} days after device {device} was lost ({date} → {taken}); it should be done within {maxDays} day(s)',
  },
  applies: isMobileIncident,
});
