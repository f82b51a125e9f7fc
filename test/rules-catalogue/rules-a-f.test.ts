// Exactly what the rules in src/rules/[a-f]*.ts report, not only where: each finding's target, message
// data and the message it renders, so that a rule reporting the wrong datum, key or message fails here.
// Every test builds its ledger and runs the rules itself (mutation testing counts only code run inside a
// test); module-level data (facility-rules' item names) is read from modules loaded inside the test.
import { fill } from '../../src/i18n/lang';
import type { Incident, Ledger } from '../../src/ledger';
import type { Finding, Target } from '../../src/types';
import { FIXTURE_AS_OF, EMPTY_CONFIG, approvedException, cleanLedger, lostPhoneIncident, runRule } from '../helpers/ledger-fixture';

const TOMORROW = '2026-11-25';
const YESTERDAY = '2026-11-23';
const SATO = 'sato@sakura.example.jp';
const TAKAHASHI = 'takahashi@sakura.example.jp';
const takahashiTarget: Target = { kind: 'user', id: TAKAHASHI, label: '高橋 健' };
const phoneTarget: Target = { kind: 'device', id: 'SP-01', label: 'SP-01' };

/** A finding as a reader meets it: where, about whom, with which data, and the English message. */
function exact(findings: readonly Finding[]) {
  return findings.map((finding) => ({ path: finding.path.join('/'), target: finding.target, data: finding.data, en: fill(finding.message.en, finding.data) }));
}

function withLostPhone(incident: Partial<Incident> = {}): Ledger {
  const ledger = cleanLedger();
  ledger.devices[1]!.status = 'lost';
  ledger.incidents = [lostPhoneIncident(incident)];
  return ledger;
}


const futureDate = (path: string, target: Target | undefined, key: string) => ({
  path,
  target,
  // scope: where the key starts (the list of entries, or facility), for a workbook's words
  data: { scope: path.split('/').slice(0, Math.max(1, path.split('/').findIndex((key) => /^\d+$/.test(key)))).join('.'), key, date: TOMORROW, asOf: FIXTURE_AS_OF },
  en: `${key} is ${TOMORROW}, after the check date ${FIXTURE_AS_OF}. Correct it, or record it once it is done`,
});

describe('future-date: every date that records something done, with its key and owner', () => {
  it.each([
    ['start_date', (l: Ledger) => (l.users[1]!.start_date = TOMORROW), 'users/1/start_date'],
    ['mcs_password_changed', (l: Ledger) => (l.users[1]!.mcs_password_changed = TOMORROW), 'users/1/mcs_password_changed'],
    ['training.date', (l: Ledger) => (l.users[1]!.training = { kind: 'video', date: TOMORROW }), 'users/1/training/date'],
    ['pledge_date', (l: Ledger) => (l.users[1]!.pledge_date = TOMORROW), 'users/1/pledge_date'],
  ])("a user's %s", (key, change, path) => {
    const ledger = cleanLedger();
    change(ledger);
    expect(exact(runRule('future-date', ledger))).toEqual([futureDate(path, takahashiTarget, key)]);
  });

  it.each([
    ['date', 'incidents/0/date'],
    ['mcs_password_changed', 'incidents/0/mcs_password_changed'],
    ['secretariat_notified', 'incidents/0/secretariat_notified'],
    ['carrier_remote_lock', 'incidents/0/carrier_remote_lock'],
  ] as const)("an incident's %s, owned by the incident's device", (key, path) => {
    const ledger = withLostPhone({ [key]: TOMORROW });
    expect(exact(runRule('future-date', ledger))).toEqual([futureDate(path, phoneTarget, key)]);
  });

  it("names the incident's device as written, even one the ledger lacks (unknown-reference speaks about that)", () => {
    const ledger = withLostPhone({ device: 'TB-09', secretariat_notified: TOMORROW });
    expect(runRule('future-date', ledger).map((finding) => finding.target)).toEqual([{ kind: 'device', id: 'TB-09', label: 'TB-09' }]);
  });

  it("a carrier lock recorded as not_applicable is no date; as-of itself is not in the future", () => {
    expect(runRule('future-date', withLostPhone({ carrier_remote_lock: 'not_applicable' }))).toEqual([]);
    expect(runRule('future-date', withLostPhone({ date: FIXTURE_AS_OF, mcs_password_changed: FIXTURE_AS_OF, secretariat_notified: FIXTURE_AS_OF, carrier_remote_lock: FIXTURE_AS_OF }))).toEqual([]);
  });

  it("an exception's approved_on, which has no owner", () => {
    const ledger = cleanLedger();
    ledger.exceptions = [approvedException(), approvedException({ approved_on: TOMORROW })];
    const findings = runRule('future-date', ledger);
    expect(exact(findings)).toEqual([futureDate('exceptions/1/approved_on', undefined, 'approved_on')]);
    expect(findings[0]).not.toHaveProperty('target.kind');
  });

  it('every dated fact at once, in ledger order, and the Japanese message', () => {
    const ledger = withLostPhone({ date: TOMORROW, carrier_remote_lock: TOMORROW });
    ledger.facility.updated = TOMORROW;
    Object.assign(ledger.users[0]!, { start_date: TOMORROW, mcs_password_changed: TOMORROW, training: { kind: 'lecture', date: TOMORROW }, pledge_date: TOMORROW });
    ledger.devices[0]!.status = 'retired';
    ledger.devices[0]!.disposal = { date: TOMORROW, wiped: true };
    ledger.exceptions = [approvedException({ approved_on: TOMORROW })];
    const findings = runRule('future-date', ledger);
    // scope: where a workbook looks the key up (the list of entries, or facility)
    expect(findings.map((finding) => [finding.path.join('/'), finding.target?.id, finding.data.scope, finding.data.key])).toEqual([
      ['facility/updated', 'facility', 'facility', 'updated'],
      ['users/0/start_date', SATO, 'users', 'start_date'],
      ['users/0/mcs_password_changed', SATO, 'users', 'mcs_password_changed'],
      ['users/0/training/date', SATO, 'users', 'training.date'],
      ['users/0/pledge_date', SATO, 'users', 'pledge_date'],
      ['devices/0/disposal/date', 'PC-01', 'devices', 'disposal.date'],
      ['incidents/0/date', 'SP-01', 'incidents', 'date'],
      ['incidents/0/carrier_remote_lock', 'SP-01', 'incidents', 'carrier_remote_lock'],
      ['exceptions/0/approved_on', undefined, 'exceptions', 'approved_on'],
    ]);
    expect(fill(findings[3]!.message.ja, findings[3]!.data)).toBe(`training.date の日付 ${TOMORROW} が確認日 ${FIXTURE_AS_OF} より後です。記入誤りを直すか、済んでから記入してください`);
  });
});

describe('duplicate-id', () => {
  it('names the repeated device id and the repeated mcs_id, each with its own message', () => {
    const ledger = cleanLedger();
    ledger.devices.push({ ...ledger.devices[0]! }, { ...ledger.devices[0]! });
    ledger.users.push({ ...ledger.users[1]!, mcs_id: 'Takahashi@Sakura.Example.JP' });
    expect(exact(runRule('duplicate-id', ledger))).toEqual([
      { path: 'devices/2/id', target: undefined, data: { device: 'PC-01' }, en: 'Device id PC-01 is used twice. Merge the entries or give one another id' },
      { path: 'devices/3/id', target: undefined, data: { device: 'PC-01' }, en: 'Device id PC-01 is used twice. Merge the entries or give one another id' },
      {
        path: 'users/3/mcs_id',
        target: undefined,
        data: { mcsId: 'Takahashi@Sakura.Example.JP' },
        en: 'User mcs_id Takahashi@Sakura.Example.JP is listed twice (case does not matter). Check for the same person written twice',
      },
    ]);
  });

  it('compares device ids exactly: PC-01 and pc-01 are two devices (rules.md: case-insensitive is for mcs_ids)', () => {
    const ledger = cleanLedger();
    ledger.devices.push({ ...ledger.devices[0]!, id: 'pc-01' });
    ledger.users[0]!.devices.push('pc-01');
    expect(runRule('duplicate-id', ledger)).toEqual([]);
  });
});

describe('exception-expired', () => {
  it('names a device target as the device and the rule and day it expired', () => {
    const ledger = cleanLedger();
    ledger.exceptions = [approvedException({ expires: FIXTURE_AS_OF }), approvedException({ expires: YESTERDAY })];
    expect(exact(runRule('exception-expired', ledger))).toEqual([
      {
        path: 'exceptions/1/expires',
        target: undefined,
        data: { device: 'SP-01', mcsId: '', rule: 'mfa', expires: YESTERDAY },
        en: `The exception to mfa for SP-01 expired on ${YESTERDAY}. Fix the problem and remove it, or have it approved again and update expires`,
      },
    ]);
  });

  it('names a user target (an mcs_id) as the user', () => {
    const ledger = cleanLedger();
    ledger.exceptions = [approvedException({ rule: 'pledge', target: TAKAHASHI, approved_on: '2025-01-01', expires: '2025-12-31' })];
    const [finding] = runRule('exception-expired', ledger);
    expect(exact([finding!])).toEqual([
      {
        path: 'exceptions/0/expires',
        target: undefined,
        data: { device: '', mcsId: TAKAHASHI, rule: 'pledge', expires: '2025-12-31' },
        en: `The exception to pledge for ${TAKAHASHI} expired on 2025-12-31. Fix the problem and remove it, or have it approved again and update expires`,
      },
    ]);
    expect(fill(finding!.message.ja, finding!.data)).toBe(
      `ルール pledge の例外（対象 ${TAKAHASHI}）は 2025-12-31 で期限切れです。問題を解消して例外を削除するか、再承認して expires を更新してください`,
    );
  });
});

describe('admin-is-user, departed-user, device-not-active: the person and the thing named', () => {
  it('admin-is-user names the administrator and their mcs_id', () => {
    const ledger = cleanLedger();
    ledger.facility.mcs_admins.push({ name: '外部 管理者', mcs_id: 'outside@example.jp' });
    expect(exact(runRule('admin-is-user', ledger))).toEqual([
      {
        path: 'facility/mcs_admins/1/mcs_id',
        target: { kind: 'facility', id: 'facility', label: 'facility' },
        data: { user: '外部 管理者', mcsId: 'outside@example.jp' },
        en: 'MCS administrator 外部 管理者 (outside@example.jp) is not an active user in users. Add them to users or correct the mcs_id',
      },
    ]);
  });

  it('departed-user names the person and the day they stopped', () => {
    const ledger = cleanLedger();
    ledger.users[1]!.end_date = YESTERDAY;
    expect(exact(runRule('departed-user', ledger))).toEqual([
      {
        path: 'users/1/account_status',
        target: takahashiTarget,
        data: { user: '高橋 健', mcsId: TAKAHASHI, endDate: YESTERDAY },
        en: `高橋 健 stopped using MCS on ${YESTERDAY} but the account is still active. Have the facility administrator delete it in MCS (if they cannot, check with MCS whether releasing the person from the staff is the way now) and set account_status to deleted`,
      },
    ]);
  });

  it('device-not-active names the user, the device and its status', () => {
    const ledger = withLostPhone();
    expect(exact(runRule('device-not-active', ledger))).toEqual([
      {
        path: 'users/1/devices/0',
        target: takahashiTarget,
        data: { user: '高橋 健', mcsId: TAKAHASHI, device: 'SP-01', status: 'lost' },
        en: "高橋 健's device SP-01 is lost. Remove it from devices and list the device in use",
      },
    ]);
  });
});

describe('device-shared', () => {
  it('has one message for sharing outside staff and another for a personal device listed by two users', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.shared_outside_staff = true;
    ledger.devices[1]!.ownership = 'personal';
    ledger.devices[1]!.security.settings_admin_only = true;
    ledger.users[0]!.devices.push('SP-01');
    expect(exact(runRule('device-shared', ledger))).toEqual([
      {
        path: 'devices/0/shared_outside_staff',
        target: { kind: 'device', id: 'PC-01', label: 'PC-01' },
        data: { device: 'PC-01' },
        en: 'Device PC-01 is used by people other than authorised staff (family included). Stop sharing it and set shared_outside_staff to false',
      },
      {
        path: 'users/1/devices/0',
        target: phoneTarget,
        data: { device: 'SP-01' },
        en: "Personal device SP-01 is listed by more than one user. A personal device is for its owner only: remove it from the other users' devices",
      },
    ]);
  });
});

describe('facility-rules', () => {
  it('names each missing item in both languages, from the rule module as loaded', () => {
    jest.resetModules();
    const { runRules } = require('../../src/engine/run-rules') as typeof import('../../src/engine/run-rules');
    const ledger = cleanLedger();
    ledger.facility.rules = { public_wireless_lan_prohibited: false, startup_password_required: false, antivirus_required: false, unused_apps_handled: false };
    const findings = runRules(ledger, FIXTURE_AS_OF, EMPTY_CONFIG).filter((finding) => finding.ruleId === 'facility-rules');
    expect(findings.map((finding) => [finding.path.join('/'), finding.target, finding.data])).toEqual(
      [
        ['public_wireless_lan_prohibited', '公衆無線 LAN は不可', 'public Wi-Fi is prohibited'],
        ['startup_password_required', '端末起動時パスワードの設定', 'a start-up password is required'],
        ['antivirus_required', 'コンピュータウイルス対策ソフトの導入', 'antivirus software is required'],
        ['unused_apps_handled', '業務に使用しないアプリケーションや機能の削除・停止・影響確認', 'unused apps are removed, stopped or checked'],
      ].map(([key, ruleJa, ruleEn]) => [`facility/rules/${key}`, { kind: 'facility', id: 'facility', label: 'facility' }, { key, ruleJa, ruleEn }]),
    );
    expect(findings.map((finding) => fill(finding.message.ja, finding.data))[1]).toBe(
      '施設の利用規程に「端末起動時パスワードの設定」が定められていません。利用規程に定め、facility.rules.startup_password_required を true にしてください',
    );
    expect(exact(findings)[3]!.en).toBe('The facility usage rules do not say that unused apps are removed, stopped or checked. Add it to the rules and set facility.rules.unused_apps_handled to true');
  });
});
