// What each due item asks the manager to do, in both languages. `{user}` and `{mcsId}` are personal data
// (masked by --redact, see PERSONAL_DATA_KEYS); every message names who or what it is about.
import type { Bilingual } from '../types';

export const DUE_MESSAGES = {
  password: {
    ja: '{user} さんの MCS パスワードを変更する（前回 {changed}、{months} か月ごと）。変更したら台帳の {@users:mcs_password_changed} を更新',
    en: "Change {user}'s MCS password (last changed {changed}; every {months} months), then update {@users:mcs_password_changed} in the ledger",
  },
  passwordUnknown: {
    ja: '{user} さんの MCS パスワードを変更する（前回の変更日が台帳にありません）。変更したら {@users:mcs_password_changed} に日付を記入',
    en: "Change {user}'s MCS password (its last change is not recorded), then write the day in {@users:mcs_password_changed}",
  },
  exceptionDevice: {
    ja: '端末 {device} についてのルール {rule} の例外の期限: 問題を解消して例外を削除するか、再承認して {@exceptions:expires} を更新',
    en: 'The exception to {rule} for device {device} expires: fix the problem and remove it, or have it approved again and update {@exceptions:expires}',
  },
  exceptionUser: {
    ja: '{user} さんについてのルール {rule} の例外の期限: 問題を解消して例外を削除するか、再承認して {@exceptions:expires} を更新',
    en: 'The exception to {rule} for {user} expires: fix the problem and remove it, or have it approved again and update {@exceptions:expires}',
  },
  exceptionFacility: {
    ja: '施設についてのルール {rule} の例外の期限: 問題を解消して例外を削除するか、再承認して {@exceptions:expires} を更新',
    en: 'The exception to {rule} for the facility expires: fix the problem and remove it, or have it approved again and update {@exceptions:expires}',
  },
  ledgerReview: {
    ja: '台帳を見直し、{@:facility.updated} を更新する（前回 {updated}、{months} か月ごと）',
    en: 'Review the ledger and update {@:facility.updated} (last reviewed {updated}; every {months} months)',
  },
  accountRemoval: {
    ja: '{user} さんの利用終了日（{endDate}）: 施設管理者が MCS アカウントを削除し、{@users:account_status} を {@users:account_status=deleted} にする',
    en: "{user} stops using MCS on {endDate}: have the facility administrator delete the MCS account and set {@users:account_status} to {@users:account_status=deleted}",
  },
  incidentPasswordChange: {
    ja: '端末 {device} の紛失・盗難（{date}）: 他の端末から MCS のパスワードを変更し、{@incidents:mcs_password_changed} に日付を記入',
    en: 'Device {device} lost on {date}: change the MCS password from another device and record the day in {@incidents:mcs_password_changed}',
  },
  incidentSecretariat: {
    ja: '端末 {device} の紛失・盗難（{date}）: どこでも連絡帳事務局に通知し、{@incidents:secretariat_notified} に日付を記入',
    en: 'Device {device} lost on {date}: notify the どこでも連絡帳 secretariat and record the day in {@incidents:secretariat_notified}',
  },
  incidentCarrierLock: {
    ja: '端末 {device} の紛失・盗難（{date}）: 携帯電話会社にリモートロックを依頼し、{@incidents:carrier_remote_lock} に日付を記入',
    en: 'Device {device} lost on {date}: ask the carrier for a remote lock and record the day in {@incidents:carrier_remote_lock}',
  },
} satisfies Record<string, Bilingual>;
