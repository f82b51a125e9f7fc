// What each due item tells the manager, item by item: its kind, whom or what it is about (a user, a
// device, the facility), the node it comes from, the exact sentence in English and Japanese, and its
// calendar UID, which must not change between versions (calendars would duplicate every event).
import type { Config } from '../../src/config/types';
import type { DueItem, DueOptions } from '../../src/due/report';
import type { Ledger } from '../../src/ledger';
import { EMPTY_CONFIG, cleanLedger } from '../helpers/ledger-fixture';

const AS_OF = '2026-11-24';

// The messages and the list of kinds are module-level data. Each test loads the due modules itself, so
// that it is the test that reads them (mutation testing with ignoreStatic only counts such a test).
beforeEach(() => jest.resetModules());

function dueModules() {
  return {
    ...(require('../../src/due/report') as typeof import('../../src/due/report')),
    ...(require('../../src/due/collect') as typeof import('../../src/due/collect')),
  };
}

function report(ledger: Ledger, overrides: Partial<DueOptions> = {}, file = 'ledger.yaml', config: Config = EMPTY_CONFIG) {
  const options: DueOptions = { asOf: AS_OF, within: 60, config, lang: 'en', redact: false, version: 'test', ...overrides };
  return dueModules().dueReport([{ file, bytes: Buffer.from(JSON.stringify(ledger, null, 1)) }], options);
}

/** One of each kind: a known and an unknown password, an account removal, the review, a lost phone, and
 * exceptions for a device, a user, the facility, someone not in the ledger and a device not in it. */
function everyKind(): Ledger {
  const ledger = cleanLedger();
  ledger.facility.updated = '2025-12-20';
  ledger.users[0]!.mcs_password_changed = '2026-10-01';
  ledger.users[1]!.mcs_password_changed = null;
  ledger.users[1]!.end_date = '2027-01-10';
  const exception = { reason: 'r', approved_by: '佐藤 由美', approved_on: '2026-01-01' };
  ledger.exceptions = [
    { ...exception, rule: 'mfa', target: 'PC-01', expires: '2026-12-02' },
    { ...exception, rule: 'mfa', target: 'SATO@sakura.example.jp', expires: '2026-12-03' },
    { ...exception, rule: 'ssid-stealth', target: 'facility', expires: '2026-12-04' },
    { ...exception, rule: 'mfa', target: 'guest@partner.example.jp', expires: '2026-12-05' },
    { ...exception, rule: 'mfa', target: 'TAB-09', expires: '2026-12-06' },
  ];
  ledger.incidents = [
    { date: '2026-11-23', device: 'SP-01', user: 'takahashi@sakura.example.jp', kind: 'lost', mcs_password_changed: null, secretariat_notified: null, carrier_remote_lock: null },
  ];
  return ledger;
}

type Seen = Pick<DueItem, 'due' | 'kind' | 'target' | 'targetLabel' | 'path' | 'message'> & { group: string };

function seen(items: readonly DueItem[]): Seen[] {
  return items.map(({ due, kind, target, targetLabel, path, message, group }) => ({ due, kind, target, targetLabel, path, group: group.kind, message }));
}

describe('every kind of item, in English', () => {
  it('names its kind, its target and the node it comes from, and says what to do', () => {
    expect(seen(report(everyKind()).items)).toEqual([
      {
        due: AS_OF, kind: 'mcs-password', target: 'takahashi@sakura.example.jp', targetLabel: '高橋 健', path: '/users/1/mcs_password_changed', group: 'user',
        message: "Change 高橋 健's MCS password (its last change is not recorded), then write the day in mcs_password_changed",
      },
      {
        due: AS_OF, kind: 'incident-password-change', target: 'SP-01', targetLabel: 'SP-01', path: '/incidents/0/mcs_password_changed', group: 'device',
        message: 'Device SP-01 lost on 2026-11-23: change the MCS password from another device and record the day in mcs_password_changed',
      },
      {
        due: AS_OF, kind: 'incident-secretariat', target: 'SP-01', targetLabel: 'SP-01', path: '/incidents/0/secretariat_notified', group: 'device',
        message: 'Device SP-01 lost on 2026-11-23: notify the どこでも連絡帳 secretariat and record the day in secretariat_notified',
      },
      {
        due: AS_OF, kind: 'incident-carrier-lock', target: 'SP-01', targetLabel: 'SP-01', path: '/incidents/0/carrier_remote_lock', group: 'device',
        message: 'Device SP-01 lost on 2026-11-23: ask the carrier for a remote lock and record the day in carrier_remote_lock',
      },
      {
        due: '2026-12-01', kind: 'mcs-password', target: 'sato@sakura.example.jp', targetLabel: '佐藤 由美', path: '/users/0/mcs_password_changed', group: 'user',
        message: "Change 佐藤 由美's MCS password (last changed 2026-10-01; every 2 months), then update mcs_password_changed in the ledger",
      },
      {
        due: '2026-12-02', kind: 'exception-expiry', target: 'PC-01', targetLabel: 'PC-01', path: '/exceptions/0/expires', group: 'device',
        message: 'The exception to mfa for device PC-01 expires: fix the problem and remove it, or have it approved again and update expires',
      },
      {
        due: '2026-12-03', kind: 'exception-expiry', target: 'sato@sakura.example.jp', targetLabel: '佐藤 由美', path: '/exceptions/1/expires', group: 'user',
        message: 'The exception to mfa for 佐藤 由美 expires: fix the problem and remove it, or have it approved again and update expires',
      },
      {
        due: '2026-12-04', kind: 'exception-expiry', target: 'facility', targetLabel: 'facility', path: '/exceptions/2/expires', group: 'facility',
        message: 'The exception to ssid-stealth for the facility expires: fix the problem and remove it, or have it approved again and update expires',
      },
      {
        due: '2026-12-05', kind: 'exception-expiry', target: 'guest@partner.example.jp', targetLabel: 'guest@partner.example.jp', path: '/exceptions/3/expires', group: 'user',
        message: 'The exception to mfa for guest@partner.example.jp expires: fix the problem and remove it, or have it approved again and update expires',
      },
      {
        due: '2026-12-06', kind: 'exception-expiry', target: 'TAB-09', targetLabel: 'TAB-09', path: '/exceptions/4/expires', group: 'device',
        message: 'The exception to mfa for device TAB-09 expires: fix the problem and remove it, or have it approved again and update expires',
      },
      {
        due: '2026-12-20', kind: 'ledger-review', target: 'facility', targetLabel: 'facility', path: '/facility/updated', group: 'facility',
        message: 'Review the ledger and update facility.updated (last reviewed 2025-12-20; every 12 months)',
      },
      {
        due: '2027-01-10', kind: 'account-removal', target: 'takahashi@sakura.example.jp', targetLabel: '高橋 健', path: '/users/1/end_date', group: 'user',
        message: '高橋 健 stops using MCS on 2027-01-10: have the facility administrator delete the MCS account and set account_status to deleted',
      },
    ]);
  });

  it('names the rule each kind follows', () => {
    expect([...dueModules().DUE_KIND_RULES]).toEqual([
      ['mcs-password', 'mcs-password-age'],
      ['exception-expiry', 'exception-expired'],
      ['ledger-review', 'ledger-review'],
      ['account-removal', 'departed-user'],
      ['incident-password-change', 'incident-password-change'],
      ['incident-secretariat', 'incident-secretariat'],
      ['incident-carrier-lock', 'incident-carrier-lock'],
    ]);
  });
});

describe('every kind of item, in Japanese', () => {
  it('says what to do in Japanese, naming the same person, device or the facility', () => {
    expect(report(everyKind(), { lang: 'ja' }).items.map((item) => [item.kind, item.targetLabel, item.message])).toEqual([
      ['mcs-password', '高橋 健', '高橋 健 さんの MCS パスワードを変更する（前回の変更日が台帳にありません）。変更したら mcs_password_changed に日付を記入'],
      ['incident-password-change', 'SP-01', '端末 SP-01 の紛失・盗難（2026-11-23）: 他の端末から MCS のパスワードを変更し、mcs_password_changed に日付を記入'],
      ['incident-secretariat', 'SP-01', '端末 SP-01 の紛失・盗難（2026-11-23）: どこでも連絡帳事務局に通知し、secretariat_notified に日付を記入'],
      ['incident-carrier-lock', 'SP-01', '端末 SP-01 の紛失・盗難（2026-11-23）: 携帯電話会社にリモートロックを依頼し、carrier_remote_lock に日付を記入'],
      ['mcs-password', '佐藤 由美', '佐藤 由美 さんの MCS パスワードを変更する（前回 2026-10-01、2 か月ごと）。変更したら台帳の mcs_password_changed を更新'],
      ['exception-expiry', 'PC-01', '端末 PC-01 についてのルール mfa の例外の期限: 問題を解消して例外を削除するか、再承認して expires を更新'],
      ['exception-expiry', '佐藤 由美', '佐藤 由美 さんについてのルール mfa の例外の期限: 問題を解消して例外を削除するか、再承認して expires を更新'],
      ['exception-expiry', '施設', '施設についてのルール ssid-stealth の例外の期限: 問題を解消して例外を削除するか、再承認して expires を更新'],
      ['exception-expiry', 'guest@partner.example.jp', 'guest@partner.example.jp さんについてのルール mfa の例外の期限: 問題を解消して例外を削除するか、再承認して expires を更新'],
      ['exception-expiry', 'TAB-09', '端末 TAB-09 についてのルール mfa の例外の期限: 問題を解消して例外を削除するか、再承認して expires を更新'],
      ['ledger-review', '施設', '台帳を見直し、facility.updated を更新する（前回 2025-12-20、12 か月ごと）'],
      ['account-removal', '高橋 健', '高橋 健 さんの利用終了日（2027-01-10）: 施設管理者が MCS アカウントを削除し、account_status を deleted にする'],
    ]);
  });
});

describe('--redact', () => {
  it('masks people, also one an exception names who is not in the ledger, but never a device id', () => {
    const masked = report(everyKind(), { redact: true }).items.filter((item) => item.kind === 'exception-expiry');
    expect(masked.map((item) => [item.target, item.targetLabel])).toEqual([
      ['PC-01', 'PC-01'],
      ['s***@sakura.example.jp', '佐*'],
      ['facility', 'facility'],
      ['g***@partner.example.jp', 'g***@partner.example.jp'],
      ['TAB-09', 'TAB-09'],
    ]);
  });
});

describe('calendar UIDs', () => {
  // Pinned: a UID that changed between versions would make every calendar import duplicate its events.
  const uids = (file: string) => Object.fromEntries(report(everyKind(), {}, file).items.map((item) => [`${item.kind} ${item.target} ${item.due}`, item.uid]));

  it('are the same for a file however its path is spelled, and differ between files', () => {
    const spelled = uids('ledgers/sakura.yaml');
    expect(spelled['mcs-password sato@sakura.example.jp 2026-12-01']).toBe(PINNED.password);
    expect(spelled['exception-expiry PC-01 2026-12-02']).toBe(PINNED.exception);
    expect(uids('./ledgers/../ledgers/sakura.yaml')).toEqual(spelled);
    expect(uids('ledgers/other.yaml')['mcs-password sato@sakura.example.jp 2026-12-01']).not.toBe(PINNED.password);
  });

  it('of a ledger read from standard input are named by <stdin>', () => {
    expect(uids('<stdin>')['mcs-password sato@sakura.example.jp 2026-12-01']).toBe(PINNED.stdinPassword);
  });
});

const PINNED = {
  password: '80d65fbd04d9e9b37e41c30e21fcb0b1c73d1e4b@dokodemo-check',
  exception: '54ace04ae92c3bba11ca81e3a8ea7d8b6b87d9e6@dokodemo-check',
  stdinPassword: '6786f1c60fcb0b6969b47ec0052599d6f3681d03@dokodemo-check',
};
