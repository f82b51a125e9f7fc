import { defineIncidentRule } from './incident-deadline';

export default defineIncidentRule({
  id: 'incident-secretariat',
  severity: 'error',
  step: 'secretariat_notified',
  sources: ['note 1 紛失・盗難 2', '6.0 企8.2.5'],
  description: { ja: '端末の紛失・盗難を直ちにどこでも連絡帳事務局に通知したこと', en: 'The secretariat was notified immediately of a lost device' },
  help: { ja: 'どこでも連絡帳事務局に電話やメールで詳しい状況を通知し、incidents の secretariat_notified に日付を記入してください。', en: 'Notify the どこでも連絡帳 secretariat by phone or e-mail and write the day in the incident’s secretariat_notified.' },
  missing: {
    ja: '端末 {device} の紛失・盗難（{date}）がどこでも連絡帳事務局に通知されていません。直ちに通知し、{@incidents:secretariat_notified} に日付を記入してください',
    en: 'The secretariat was not notified that device {device} was lost on {date}. Notify it now and record the day in {@incidents:secretariat_notified}',
  },
  late: {
    ja: '端末 {device} の紛失・盗難（{date}）から事務局への通知（{taken}）まで {days} 日かかっています（{maxDays} 日以内に行ってください）',
    en: 'The secretariat was notified {days} days after device {device} was lost ({date} → {taken}); it should be done within {maxDays} day(s)',
  },
});
