// Exactly what the rules in src/rules/[m-r]*.ts report, written from docs' rules.md (the catalogue's spec):
// each finding's path, target, message data and the message it renders, the boundaries the spec names
// (months and days with their options, month ends, the as-of day, blank details, "X if present, else Y"),
// and who is in scope (active users and active devices; retired-device-wiped only retired ones).
import { fill } from '../../src/i18n/lang';
import type { Config } from '../../src/config/types';
import type { Device, Ledger, User } from '../../src/ledger';
import type { Finding, Target } from '../../src/types';
import { FIXTURE_AS_OF, cleanLedger, runRule } from '../helpers/ledger-fixture';

const TOMORROW = '2026-11-25';
const TAKAHASHI = 'takahashi@sakura.example.jp';
const takahashiTarget: Target = { kind: 'user', id: TAKAHASHI, label: '高橋 健' };
const takahashiData = { user: '高橋 健', mcsId: TAKAHASHI };
const pcTarget: Target = { kind: 'device', id: 'PC-01', label: 'PC-01' };
const phoneTarget: Target = { kind: 'device', id: 'SP-01', label: 'SP-01' };

/** A finding as a reader meets it: where, about whom, with which data, and the English message. */
function exact(findings: readonly Finding[]) {
  return findings.map((finding) => ({ path: finding.path.join('/'), target: finding.target, data: finding.data, en: fill(finding.message.en, finding.data) }));
}

function ja(finding: Finding | undefined): string {
  return fill(finding!.message.ja, finding!.data);
}

/** A configuration setting one rule's options (the way a .dokodemo-check.yaml does). */
function withOptions(ruleId: string, options: Record<string, number>): Config {
  return { rules: { [ruleId]: { options } } };
}

/** The fixture with 高橋 健 (users/1) changed. */
function withTakahashi(change: Partial<User>): Ledger {
  const ledger = cleanLedger();
  Object.assign(ledger.users[1]!, change);
  return ledger;
}

/** The fixture with one device (0: PC-01, 1: SP-01) changed. */
function withDevice(index: number, change: (device: Device) => void): Ledger {
  const ledger = cleanLedger();
  change(ledger.devices[index]!);
  return ledger;
}

describe('mcs-password-age: error when the change is unknown or more than `months` (default 2) months old', () => {
  const overdue = (changed: string, due: string, months = 2) => ({
    path: 'users/1/mcs_password_changed',
    target: takahashiTarget,
    data: { ...takahashiData, changed, months, due },
    en: `高橋 健's MCS password has not been changed since ${changed} (more than the facility's ${months} months; due ${due}). Change the MCS password and update mcs_password_changed in the ledger`,
  });

  it('is silent on the day exactly two months later, and fires the day after, naming the change, the months and the due day', () => {
    expect(runRule('mcs-password-age', withTakahashi({ mcs_password_changed: '2026-09-24' }))).toEqual([]);
    const findings = runRule('mcs-password-age', withTakahashi({ mcs_password_changed: '2026-09-23' }));
    expect(exact(findings)).toEqual([overdue('2026-09-23', '2026-11-23')]);
    expect(findings[0]!.severity).toBe('error');
    expect(ja(findings[0])).toBe(
      '高橋 健 さんの MCS パスワードが 2026-09-23 以降変更されていません（施設の規定の 2 か月を超過、期限 2026-11-23）。MCS のパスワードを変更し、台帳の mcs_password_changed を更新してください',
    );
  });

  it('fires on an unrecorded change (null) with its own message', () => {
    const findings = runRule('mcs-password-age', withTakahashi({ mcs_password_changed: null }));
    expect(exact(findings)).toEqual([
      {
        path: 'users/1/mcs_password_changed',
        target: takahashiTarget,
        data: takahashiData,
        en: "The last change of 高橋 健's MCS password is not recorded. Change the MCS password and write that day in mcs_password_changed",
      },
    ]);
    expect(ja(findings[0])).toBe('高橋 健 さんの MCS パスワードの最終変更日が記録されていません。MCS のパスワードを変更し、台帳の mcs_password_changed にその日付を記入してください');
  });

  it('takes `months` from the configuration: 3 months allow what 2 do not, and the message says 3', () => {
    const config = withOptions('mcs-password-age', { months: 3 });
    expect(runRule('mcs-password-age', withTakahashi({ mcs_password_changed: '2026-09-23' }), FIXTURE_AS_OF, config)).toEqual([]);
    expect(runRule('mcs-password-age', withTakahashi({ mcs_password_changed: '2026-08-24' }), FIXTURE_AS_OF, config)).toEqual([]);
    expect(exact(runRule('mcs-password-age', withTakahashi({ mcs_password_changed: '2026-08-23' }), FIXTURE_AS_OF, config))).toEqual([overdue('2026-08-23', '2026-11-23', 3)]);
  });

  it('counts months as addMonths does at a month end: 12-31 + 2 months is the last of February (28th, or 29th in a leap year)', () => {
    const only = (changed: string) => {
      const ledger = withTakahashi({ mcs_password_changed: changed });
      ledger.users = [ledger.users[1]!];
      return ledger;
    };
    const atZero = (finding: ReturnType<typeof overdue>) => ({ ...finding, path: 'users/0/mcs_password_changed' });
    expect(runRule('mcs-password-age', only('2025-12-31'), '2026-02-28')).toEqual([]);
    expect(exact(runRule('mcs-password-age', only('2025-12-31'), '2026-03-01'))).toEqual([atZero(overdue('2025-12-31', '2026-02-28'))]);
    expect(runRule('mcs-password-age', only('2027-12-31'), '2028-02-29')).toEqual([]);
    expect(exact(runRule('mcs-password-age', only('2027-12-31'), '2028-03-01'))).toEqual([atZero(overdue('2027-12-31', '2028-02-29'))]);
    // across a year end, and a day that every month has
    expect(exact(runRule('mcs-password-age', only('2026-11-30'), '2027-01-31'))).toEqual([atZero(overdue('2026-11-30', '2027-01-30'))]);
  });
});

describe('mcs-password-expiring: warning when the due day is within `days` (default 14) of as-of, as-of included', () => {
  const expiring = (due: string, daysLeft: number) => ({
    path: 'users/1/mcs_password_changed',
    target: takahashiTarget,
    data: { ...takahashiData, due, daysLeft },
    en:
      daysLeft === 0
        ? `高橋 健's MCS password change is due today, ${due}. Change it today and update mcs_password_changed in the ledger`
        : daysLeft === 1
          ? `高橋 健's MCS password change is due tomorrow, ${due}. Change it by then and update mcs_password_changed in the ledger`
          : `高橋 健's MCS password change is due on ${due}, in ${daysLeft} days. Change it by then and update mcs_password_changed in the ledger`,
  });

  it('says the last two days as days: due tomorrow, due today (not "in 1 days", "in 0 days"), in Japanese too', () => {
    const tomorrow = runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-09-25' }));
    expect(exact(tomorrow)).toEqual([expiring('2026-11-25', 1)]);
    expect(ja(tomorrow[0])).toBe('高橋 健 さんの MCS パスワードの変更期限は明日（2026-11-25）です。期限までに変更し、台帳の mcs_password_changed を更新してください');
    const today = runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-09-24' }));
    expect(ja(today[0])).toBe('高橋 健 さんの MCS パスワードの変更期限は今日（2026-11-24）です。今日中に変更し、台帳の mcs_password_changed を更新してください');
    expect(exact(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-09-26' })))).toEqual([expiring('2026-11-26', 2)]);
  });

  it('fires 14 days before the due day, not 15, naming the due day and the days left', () => {
    const findings = runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-10-08' }));
    expect(exact(findings)).toEqual([expiring('2026-12-08', 14)]);
    expect(findings[0]!.severity).toBe('warning');
    expect(ja(findings[0])).toBe('高橋 健 さんの MCS パスワードの変更期限 2026-12-08 まであと 14 日です。期限までに変更し、台帳の mcs_password_changed を更新してください');
    expect(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-10-09' }))).toEqual([]);
  });

  it('includes the as-of day itself (due today: 0 days left), and is silent the day after, where mcs-password-age speaks', () => {
    expect(exact(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-09-24' })))).toEqual([expiring(FIXTURE_AS_OF, 0)]);
    const overdue = withTakahashi({ mcs_password_changed: '2026-09-23' });
    expect(runRule('mcs-password-expiring', overdue)).toEqual([]);
    expect(runRule('mcs-password-age', overdue)).toHaveLength(1);
  });

  it('is silent on an unrecorded change (mcs-password-age speaks) and on the fixture, whose changes are due in 26 days and more', () => {
    expect(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: null }))).toEqual([]);
    expect(runRule('mcs-password-expiring', cleanLedger())).toEqual([]);
  });

  it('takes `days` from the configuration: 20 days ahead fires, 21 does not; 0 fires only on the due day', () => {
    // (佐藤 由美's change is due in 26 days: silent with 20)
    const days20 = withOptions('mcs-password-expiring', { days: 20 });
    expect(exact(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-10-14' }), FIXTURE_AS_OF, days20))).toEqual([expiring('2026-12-14', 20)]);
    expect(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-10-15' }), FIXTURE_AS_OF, days20)).toEqual([]);
    const days0 = withOptions('mcs-password-expiring', { days: 0 });
    expect(exact(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-09-24' }), FIXTURE_AS_OF, days0))).toEqual([expiring(FIXTURE_AS_OF, 0)]);
    expect(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-09-25' }), FIXTURE_AS_OF, days0)).toEqual([]);
  });

  it("reads `months` from mcs-password-age's options, not its own", () => {
    const months3 = withOptions('mcs-password-age', { months: 3 });
    // 2026-09-01: two months are past (mcs-password-age at its default speaks), three end on 2026-12-01, 7 days ahead
    const ledger = withTakahashi({ mcs_password_changed: '2026-09-01' });
    expect(runRule('mcs-password-expiring', ledger)).toEqual([]);
    expect(exact(runRule('mcs-password-expiring', ledger, FIXTURE_AS_OF, months3))).toEqual([expiring('2026-12-01', 7)]);
    expect(runRule('mcs-password-age', ledger, FIXTURE_AS_OF, months3)).toEqual([]);
    // 2026-10-08 is 14 days from due at two months; at three months it is 45 days away
    expect(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-10-08' }), FIXTURE_AS_OF, months3)).toEqual([]);
    // both options at once
    const both: Config = { rules: { 'mcs-password-age': { options: { months: 1 } }, 'mcs-password-expiring': { options: { days: 3 } } } };
    expect(exact(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-10-27' }), FIXTURE_AS_OF, both))).toEqual([expiring('2026-11-27', 3)]);
    expect(runRule('mcs-password-expiring', withTakahashi({ mcs_password_changed: '2026-10-28' }), FIXTURE_AS_OF, both)).toEqual([]);
  });
});

describe('pledge, pledge-before-use, policy-read', () => {
  it('pledge: error on a pledge never obtained (null)', () => {
    const findings = runRule('pledge', withTakahashi({ pledge_date: null }));
    expect(exact(findings)).toEqual([
      { path: 'users/1/pledge_date', target: takahashiTarget, data: takahashiData, en: 'No staff pledge has been obtained from 高橋 健. Obtain it and write the day in pledge_date' },
    ]);
    expect(findings[0]!.severity).toBe('error');
    expect(ja(findings[0])).toBe('高橋 健 さんのスタッフ誓約書が取得されていません。誓約書を取得し、pledge_date に取得年月日を記入してください');
  });

  it('pledge-before-use: a pledge on the start day is in time; one day after the start fires, naming both days', () => {
    expect(runRule('pledge-before-use', withTakahashi({ pledge_date: '2025-06-01' }))).toEqual([]);
    const findings = runRule('pledge-before-use', withTakahashi({ pledge_date: '2025-06-02' }));
    expect(exact(findings)).toEqual([
      {
        path: 'users/1/pledge_date',
        target: takahashiTarget,
        data: { ...takahashiData, pledgeDate: '2025-06-02', startDate: '2025-06-01' },
        en: "高橋 健's pledge (2025-06-02) was obtained after they started using MCS (2025-06-01). Obtain pledges before use (or correct the dates if mistyped)",
      },
    ]);
    expect(findings[0]!.severity).toBe('warning');
    expect(ja(findings[0])).toBe('高橋 健 さんの誓約書の取得日 2025-06-02 が利用開始日 2025-06-01 より後です。利用開始前に誓約書を取得してください（記入誤りなら日付を直してください）');
  });

  it('pledge-before-use is silent on a missing pledge (pledge speaks about it)', () => {
    expect(runRule('pledge-before-use', withTakahashi({ pledge_date: null }))).toEqual([]);
  });

  it('policy-read: error when policy_read is false', () => {
    const findings = runRule('policy-read', withTakahashi({ policy_read: false }));
    expect(exact(findings)).toEqual([
      { path: 'users/1/policy_read', target: takahashiTarget, data: takahashiData, en: '高橋 健 has not read the usage policy and the how-to. Have them read it and set policy_read to true' },
    ]);
    expect(findings[0]!.severity).toBe('error');
    expect(ja(findings[0])).toBe('高橋 健 さんがどこでも連絡帳運用ポリシー・使い方を読んでいません。読んでもらい、policy_read を true にしてください');
  });
});

describe('user rules speak of active users only: account_status active and no end_date on or before as-of', () => {
  const userRules: Array<[string, Partial<User>]> = [
    ['mcs-password-age', { mcs_password_changed: null }],
    ['mcs-password-expiring', { mcs_password_changed: '2026-10-01' }],
    ['pledge', { pledge_date: null }],
    ['pledge-before-use', { pledge_date: '2025-06-02' }],
    ['policy-read', { policy_read: false }],
  ];

  it.each(userRules)('%s fires on an active user, with no end date or one after as-of', (ruleId, change) => {
    for (const endDate of [undefined, null, TOMORROW]) {
      const findings = runRule(ruleId, withTakahashi({ ...change, end_date: endDate }));
      expect(findings.map((finding) => [finding.path.join('/'), finding.target])).toEqual([[`users/1/${Object.keys(change)[0]}`, takahashiTarget]]);
    }
  });

  it.each(userRules)('%s is silent on a suspended or deleted account, and on one whose end date is as-of or before', (ruleId, change) => {
    expect(runRule(ruleId, withTakahashi({ ...change, account_status: 'suspended' }))).toEqual([]);
    expect(runRule(ruleId, withTakahashi({ ...change, account_status: 'deleted' }))).toEqual([]);
    expect(runRule(ruleId, withTakahashi({ ...change, end_date: FIXTURE_AS_OF }))).toEqual([]);
    expect(runRule(ruleId, withTakahashi({ ...change, end_date: '2026-01-31' }))).toEqual([]);
  });

  it('the fixture, whose departed user 伊藤 直子 has no password date, pledge or policy read, gives none of them', () => {
    for (const [ruleId] of userRules) expect(runRule(ruleId, cleanLedger())).toEqual([]);
  });
});

describe('device flags: mcs-password-saved, os-up-to-date, patient-data-on-device', () => {
  it('mcs-password-saved: error when the MCS password is saved on the device', () => {
    const findings = runRule('mcs-password-saved', withDevice(0, (device) => (device.security.mcs_password_saved = true)));
    expect(exact(findings)).toEqual([
      {
        path: 'devices/0/security/mcs_password_saved',
        target: pcTarget,
        data: { device: 'PC-01' },
        en: 'Device PC-01 has the MCS password saved. Delete it from the browser or app and set security.mcs_password_saved to false',
      },
    ]);
    expect(findings[0]!.severity).toBe('error');
    expect(ja(findings[0])).toBe('端末 PC-01 に MCS のパスワードが保存されています。ブラウザやアプリから削除し、security.mcs_password_saved を false にしてください');
  });

  it('os-up-to-date: error when the OS and browser are not up to date', () => {
    const findings = runRule('os-up-to-date', withDevice(1, (device) => (device.security.os_up_to_date = false)));
    expect(exact(findings)).toEqual([
      {
        path: 'devices/1/security/os_up_to_date',
        target: phoneTarget,
        data: { device: 'SP-01' },
        en: 'Device SP-01 is not running the latest OS and browser. Update them and set security.os_up_to_date to true',
      },
    ]);
    expect(findings[0]!.severity).toBe('error');
    expect(ja(findings[0])).toBe('端末 SP-01 の OS・ブラウザが最新ではありません。最新版に更新し、security.os_up_to_date を true にしてください');
  });

  it('patient-data-on-device: warning when patient data is stored; false or not written is silent', () => {
    const findings = runRule('patient-data-on-device', withDevice(1, (device) => Object.assign(device.security, { patient_data_stored: true, encrypted: true, wipe_after_failed_attempts: true })));
    expect(exact(findings)).toEqual([
      {
        path: 'devices/1/security/patient_data_stored',
        target: phoneTarget,
        data: { device: 'SP-01' },
        en: 'Device SP-01 keeps patient data. Keep it off the device where possible (or encrypt it and wipe after repeated wrong passwords)',
      },
    ]);
    expect(findings[0]!.severity).toBe('warning');
    expect(ja(findings[0])).toBe('端末 SP-01 に患者情報が保存されています。できる限り端末内に置かないようにしてください（やむを得ない場合は暗号化と誤入力時の初期化を設定）');
    expect(runRule('patient-data-on-device', withDevice(1, (device) => (device.security.patient_data_stored = false)))).toEqual([]);
    expect(runRule('patient-data-on-device', cleanLedger())).toEqual([]);
  });
});

describe('mfa and privacy-filter: at the key if present, else at /devices/i/security', () => {
  it('mfa: false is reported at the key; a missing key at security, as not recorded', () => {
    const ledger = cleanLedger();
    delete ledger.devices[0]!.security.mfa;
    ledger.devices[1]!.security.mfa = false;
    const findings = runRule('mfa', ledger);
    expect(exact(findings)).toEqual([
      {
        path: 'devices/0/security',
        target: pcTarget,
        data: { device: 'PC-01' },
        en: 'Whether device PC-01 uses two-factor login is not recorded. Write security.mfa: true if it does, or security.mfa: false if it does not (two-factor login is recommended)',
      },
      {
        path: 'devices/1/security/mfa',
        target: phoneTarget,
        data: { device: 'SP-01' },
        en: 'Device SP-01 does not use two-factor login (recommended). Set it up and set security.mfa to true',
      },
    ]);
    expect(findings.map((finding) => finding.severity)).toEqual(['warning', 'warning']);
    expect(findings.map(ja)).toEqual([
      '端末 PC-01 で二要素認証を使っているかが記録されていません。使っていれば security.mfa: true、使っていなければ security.mfa: false と記入してください（二要素認証を推奨）',
      '端末 SP-01 で二要素認証が使われていません（推奨）。二要素認証を設定し、security.mfa を true にしてください',
    ]);
  });

  it('privacy-filter: only for a device with an outside location; false at the key, missing at security', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.locations.push({ place: 'outside', detail: '利用者宅' });
    ledger.devices[1]!.security.privacy_filter = false;
    const findings = runRule('privacy-filter', ledger);
    expect(exact(findings)).toEqual([
      {
        path: 'devices/0/security',
        target: pcTarget,
        data: { device: 'PC-01' },
        en: 'Whether device PC-01, used outside the facility, has a privacy filter is not recorded. Write security.privacy_filter: true if it has one, or security.privacy_filter: false if not',
      },
      {
        path: 'devices/1/security/privacy_filter',
        target: phoneTarget,
        data: { device: 'SP-01' },
        en: 'Device SP-01 is used outside the facility without a privacy filter. Fit one and set security.privacy_filter to true',
      },
    ]);
    expect(findings.map((finding) => finding.severity)).toEqual(['info', 'info']);
    expect(findings.map(ja)).toEqual([
      '施設外で使う端末 PC-01 に覗き見防止フィルタがあるかが記録されていません。貼っていれば security.privacy_filter: true、貼っていなければ security.privacy_filter: false と記入してください',
      '施設外で使う端末 SP-01 に覗き見防止フィルタがありません。フィルタを貼り、security.privacy_filter を true にしてください',
    ]);
  });

  it('privacy-filter is silent on a device used only in the facility, whatever its filter', () => {
    // PC-01 is used only in the facility and records no filter
    expect(runRule('privacy-filter', cleanLedger())).toEqual([]);
    expect(runRule('privacy-filter', withDevice(0, (device) => (device.security.privacy_filter = false)))).toEqual([]);
    const inside = withDevice(1, (device) => {
      device.locations = [{ place: 'in_facility', detail: '事務所' }];
      device.security.privacy_filter = false;
    });
    expect(runRule('privacy-filter', inside)).toEqual([]);
  });

  it('an outside location after an in-facility one is enough for privacy-filter', () => {
    const ledger = withDevice(1, (device) => {
      device.locations = [{ place: 'in_facility', detail: '事務所' }, { place: 'in_facility', detail: '会議室' }, { place: 'outside', detail: '訪問先' }];
      device.security.privacy_filter = false;
    });
    expect(runRule('privacy-filter', ledger).map((finding) => finding.path.join('/'))).toEqual(['devices/1/security/privacy_filter']);
  });
});

describe('outside-location-detail: each outside entry with no non-blank detail, at that entry', () => {
  const noDetail = (index: number, device: string, entry: number) => ({
    path: `devices/${index}/locations/${entry}`,
    target: { kind: 'device', id: device, label: device },
    data: { device },
    en: `Device ${device} is used outside the facility but the place is not described. Write it in the location detail`,
  });

  it('fires on a missing, empty or blank detail (spaces, tabs, an ideographic space), one finding per entry', () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.locations = [
      { place: 'outside' },
      { place: 'in_facility' },
      { place: 'outside', detail: '訪問先' },
      { place: 'outside', detail: '' },
      { place: 'outside', detail: ' \t ' },
      { place: 'outside', detail: '\u3000' },
    ];
    const findings = runRule('outside-location-detail', ledger);
    expect(exact(findings)).toEqual([noDetail(1, 'SP-01', 0), noDetail(1, 'SP-01', 3), noDetail(1, 'SP-01', 4), noDetail(1, 'SP-01', 5)]);
    expect(findings[0]!.severity).toBe('warning');
    expect(ja(findings[0])).toBe('端末 SP-01 の施設外の利用場所が具体的に書かれていません。locations の detail に場所を記入してください');
  });

  it('names each device at its own entries; an in-facility place needs no detail', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.locations = [{ place: 'in_facility' }, { place: 'outside', detail: ' ' }];
    ledger.devices[1]!.locations[0]!.detail = '';
    expect(exact(runRule('outside-location-detail', ledger))).toEqual([noDetail(0, 'PC-01', 1), noDetail(1, 'SP-01', 0)]);
  });

  it('a detail with words around spaces is a detail', () => {
    expect(runRule('outside-location-detail', withDevice(1, (device) => (device.locations[0]!.detail = '  利用者宅  ')))).toEqual([]);
  });
});

describe('public-wireless-lan: error at the networks entry that is public_wireless_lan', () => {
  it('points at that entry of each device that lists it', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.networks = ['facility_wired_lan', 'facility_wireless_lan', 'public_wireless_lan'];
    ledger.devices[1]!.networks = ['public_wireless_lan', 'carrier'];
    const findings = runRule('public-wireless-lan', ledger);
    const message = (device: string) => `Device ${device} uses public Wi-Fi. Switch to the carrier network or the facility LAN and remove public_wireless_lan from networks`;
    expect(exact(findings)).toEqual([
      { path: 'devices/0/networks/2', target: pcTarget, data: { device: 'PC-01' }, en: message('PC-01') },
      { path: 'devices/1/networks/0', target: phoneTarget, data: { device: 'SP-01' }, en: message('SP-01') },
    ]);
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(ja(findings[1])).toBe('端末 SP-01 が公衆無線 LAN を使っています。携帯電話の回線か施設内の無線 LAN に切り替え、networks から public_wireless_lan を外してください');
  });

  it('is silent on the other networks', () => {
    expect(runRule('public-wireless-lan', withDevice(1, (device) => (device.networks = ['carrier', 'facility_wireless_lan', 'facility_wired_lan'])))).toEqual([]);
  });
});

describe('remote-wipe: warning for a tablet or smartphone not enrolled (remote_wipe false)', () => {
  it('fires on a smartphone and a tablet, not on a PC', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.security.remote_wipe = false;
    ledger.devices[1]!.security.remote_wipe = false;
    ledger.devices.push({ ...ledger.devices[1]!, id: 'TB-01', type: 'tablet', security: { ...ledger.devices[1]!.security } });
    const findings = runRule('remote-wipe', ledger);
    const message = (device: string) => `Device ${device} is not enrolled in a remote lock / wipe service. Enrol it with the carrier and set security.remote_wipe to true`;
    expect(exact(findings)).toEqual([
      { path: 'devices/1/security/remote_wipe', target: phoneTarget, data: { device: 'SP-01' }, en: message('SP-01') },
      { path: 'devices/2/security/remote_wipe', target: { kind: 'device', id: 'TB-01', label: 'TB-01' }, data: { device: 'TB-01' }, en: message('TB-01') },
    ]);
    expect(findings.map((finding) => finding.severity)).toEqual(['warning', 'warning']);
    expect(ja(findings[0])).toBe('端末 SP-01 がリモートロック・データ消去サービスに加入していません。携帯電話会社のサービスに申し込み、security.remote_wipe を true にしてください');
  });

  it('is silent on an enrolled phone (the fixture)', () => {
    expect(runRule('remote-wipe', cleanLedger())).toEqual([]);
  });
});

describe('retired-device-wiped: error for a retired device whose disposal.wiped is false (not only active devices)', () => {
  const retire = (wiped: boolean, status: Device['status'] = 'retired') =>
    withDevice(0, (device) => {
      device.status = status;
      device.disposal = { date: '2026-10-31', wiped };
    });

  it('fires on a retired, unwiped device', () => {
    const findings = runRule('retired-device-wiped', retire(false));
    expect(exact(findings)).toEqual([
      { path: 'devices/0/disposal/wiped', target: pcTarget, data: { device: 'PC-01' }, en: 'Retired device PC-01 was not wiped. Erase it thoroughly and set disposal.wiped to true' },
    ]);
    expect(findings[0]!.severity).toBe('error');
    expect(ja(findings[0])).toBe('利用を終えた端末 PC-01 の内容が消去されていません。内容を徹底的に消去し、disposal.wiped を true にしてください');
  });

  it('is silent on a wiped retired device, and on a lost or active one with an unwiped disposal record', () => {
    expect(runRule('retired-device-wiped', retire(true))).toEqual([]);
    expect(runRule('retired-device-wiped', retire(false, 'lost'))).toEqual([]);
    expect(runRule('retired-device-wiped', retire(false, 'active'))).toEqual([]);
  });

  it('each retired unwiped device, in ledger order', () => {
    const ledger = retire(false);
    ledger.devices[1]!.status = 'retired';
    ledger.devices[1]!.disposal = { date: '2026-11-01', wiped: false };
    expect(runRule('retired-device-wiped', ledger).map((finding) => [finding.path.join('/'), finding.target?.id])).toEqual([
      ['devices/0/disposal/wiped', 'PC-01'],
      ['devices/1/disposal/wiped', 'SP-01'],
    ]);
  });
});

describe('device rules speak of active devices only', () => {
  const deviceRules: Array<[string, (device: Device) => void, string]> = [
    ['mcs-password-saved', (device) => (device.security.mcs_password_saved = true), 'security/mcs_password_saved'],
    ['mfa', (device) => (device.security.mfa = false), 'security/mfa'],
    ['os-up-to-date', (device) => (device.security.os_up_to_date = false), 'security/os_up_to_date'],
    ['outside-location-detail', (device) => (device.locations[0]!.detail = ' '), 'locations/0'],
    ['patient-data-on-device', (device) => (device.security.patient_data_stored = true), 'security/patient_data_stored'],
    ['privacy-filter', (device) => (device.security.privacy_filter = false), 'security/privacy_filter'],
    ['public-wireless-lan', (device) => device.networks.push('public_wireless_lan'), 'networks/1'],
    ['remote-wipe', (device) => (device.security.remote_wipe = false), 'security/remote_wipe'],
  ];

  it.each(deviceRules)('%s fires on the active phone', (ruleId, change, at) => {
    expect(runRule(ruleId, withDevice(1, change)).map((finding) => [finding.path.join('/'), finding.target])).toEqual([[`devices/1/${at}`, phoneTarget]]);
  });

  it.each(deviceRules)('%s is silent on the same phone lost or retired', (ruleId, change) => {
    const lost = withDevice(1, (device) => {
      change(device);
      device.status = 'lost';
    });
    expect(runRule(ruleId, lost)).toEqual([]);
    const retired = withDevice(1, (device) => {
      change(device);
      device.status = 'retired';
      device.disposal = { date: '2026-11-01', wiped: true };
    });
    expect(runRule(ruleId, retired)).toEqual([]);
  });

  it.each(deviceRules)('%s is silent on the fixture', (ruleId) => {
    expect(runRule(ruleId, cleanLedger())).toEqual([]);
  });
});
