// Every rule's findings on a few ledgers that get nearly everything wrong, exactly as a manager reads
// them: rule, severity, node, whom it is about, the message's data and the filled sentence in both
// languages (the snapshot beside this file; read it when it changes). Ledgers are built and the rules
// run inside each test: mutation testing counts only the tests that execute a rule's code.
import type { Device, Ledger } from '../../src/ledger';
import { runRules } from '../../src/engine/run-rules';
import { fill } from '../../src/i18n/lang';
import type { Finding } from '../../src/types';
import { EMPTY_CONFIG, FIXTURE_AS_OF, cleanLedger } from '../helpers/ledger-fixture';

function lines(findings: readonly Finding[]): string[] {
  return findings.map((finding) => {
    const target = finding.target ? `${finding.target.kind}:${finding.target.id}${finding.target.label === finding.target.id ? '' : ` (${finding.target.label})`}` : '-';
    return [
      `${finding.ruleId} ${finding.severity} ${finding.path.join('/')} ${target} ${JSON.stringify(finding.data)}`,
      `  ja: ${fill(finding.message.ja, finding.data)}`,
      `  en: ${fill(finding.message.en, finding.data)}`,
    ].join('\n');
  });
}

const exception = { reason: '訪問先に回線がない', approved_by: '佐藤 由美' };

function device(overrides: Partial<Device> & Pick<Device, 'id' | 'type' | 'os'>): Device {
  const base = cleanLedger().devices[overrides.type === 'pc' ? 0 : 1]!;
  return { ...base, model: 'model', ...overrides, security: { ...base.security, ...overrides.security } };
}

/** A facility whose every record has something wrong. */
function neglectedLedger(): Ledger {
  const ledger = cleanLedger();
  const facility = ledger.facility;
  facility.updated = '2025-06-01';
  facility.rules = { public_wireless_lan_prohibited: false, startup_password_required: false, antivirus_required: true, unused_apps_handled: false };
  facility.wireless_lan = { ssid_stealth: false };
  facility.mcs_facility_admin = { name: '山田 一郎', mcs_id: 'yamada@sakura.example.jp' };
  facility.mcs_admins = [{ name: '伊藤 直子', mcs_id: 'ITO@sakura.example.jp' }, { name: '高橋 健', mcs_id: 'takahashi@sakura.example.jp' }];
  const [pc, phone] = ledger.devices as [Device, Device];
  Object.assign(pc, { ownership: 'personal', locations: [{ place: 'outside' }], networks: ['public_wireless_lan'], shared_outside_staff: true });
  Object.assign(pc.security, { startup_password: false, lock_password: { min_length: 6, composition: 'alphanumeric' }, antivirus: false, os_up_to_date: false, unused_apps: 'not_checked', file_sharing_software: true, mcs_password_saved: true, mfa: false, settings_admin_only: false, patient_data_stored: true, encrypted: false });
  Object.assign(phone.security, { lock_password: { min_length: 8, composition: 'alphanumeric' }, remote_wipe: false, unknown_sources_blocked: false, privacy_filter: false, patient_data_stored: true, wipe_after_failed_attempts: false, encrypted: true });
  ledger.devices.push(
    device({ id: 'TB-01', type: 'tablet', os: 'ios', ownership: 'personal', locations: [{ place: 'outside', detail: '' }], security: { startup_password: true, lock_password: { min_length: 4, composition: 'digits' }, settings_admin_only: true, patient_data_stored: true } as Device['security'] }),
    device({ id: 'PC-02', type: 'pc', os: 'windows', status: 'retired', disposal: { date: '2026-10-01', wiped: false } }),
    device({ id: 'PC-03', type: 'pc', os: 'windows', status: 'retired' }),
    device({ id: 'SP-02', type: 'smartphone', os: 'android', status: 'lost' }),
    device({ id: 'SP-03', type: 'smartphone', os: 'ios', status: 'lost' }),
    device({ id: 'PC-04', type: 'pc', os: 'macos', status: 'lost' }),
    device({ id: 'SP-04', type: 'smartphone', os: 'ios', status: 'lost' }),
    device({ id: 'PC-05', type: 'pc', os: 'windows', status: 'lost' }),
    device({ id: 'PC-01', type: 'pc', os: 'windows' }),
  );
  // The tablet records none of the optional yes/no items: 'not recorded', not 'no'.
  const tablet = ledger.devices[2]!.security;
  for (const item of ['mfa', 'privacy_filter', 'remote_wipe', 'unknown_sources_blocked'] as const) delete tablet[item];
  const [sato, takahashi, ito] = ledger.users as [Ledger['users'][0], Ledger['users'][0], Ledger['users'][0]];
  Object.assign(sato, { mcs_password_changed: '2026-08-01', policy_read: false, training: null, pledge_date: null, devices: ['PC-01', 'TB-01', 'PC-99'] });
  Object.assign(takahashi, { mcs_password_changed: '2026-09-30', pledge_date: '2025-07-01', devices: ['SP-01', 'SP-02', 'PC-02'] });
  Object.assign(ito, { end_date: '2026-03-31', account_status: 'active', mcs_password_changed: '2025-01-01', policy_read: false, devices: ['SP-03'] });
  ledger.users.push(
    { ...sato, name: '木村 花', mcs_id: 'kimura@sakura.example.jp', start_date: '2027-01-01', mcs_password_changed: '2026-12-01', policy_read: true, training: { kind: 'lecture', date: '2026-12-15' }, pledge_date: '2026-12-20', devices: [] },
    { ...takahashi, name: '高橋 健（重複）', mcs_id: 'Takahashi@Sakura.example.jp', mcs_password_changed: null, devices: ['SP-01'] },
    { ...sato, name: '中村 誠', mcs_id: 'nakamura@sakura.example.jp', end_date: '2026-11-24', account_status: 'suspended', devices: [] },
  );
  ledger.incidents = [
    { date: '2026-11-01', device: 'SP-02', user: 'takahashi@sakura.example.jp', kind: 'lost', mcs_password_changed: '2026-11-03', secretariat_notified: null, carrier_remote_lock: '2026-11-02' },
    { date: '2026-11-20', device: 'PC-04', user: 'sato@sakura.example.jp', kind: 'stolen', mcs_password_changed: '2026-11-21', secretariat_notified: '2026-11-30', carrier_remote_lock: 'not_applicable' },
    { date: '2026-11-10', device: 'SP-04', user: 'sato@sakura.example.jp', kind: 'stolen', mcs_password_changed: '2026-11-10', secretariat_notified: '2026-11-11', carrier_remote_lock: null },
    { date: '2026-11-12', device: 'PC-05', user: 'sato@sakura.example.jp', kind: 'lost', mcs_password_changed: null, secretariat_notified: '2026-11-12', carrier_remote_lock: '2026-11-18' },
    { date: '2026-12-01', device: 'SP-09', user: 'nobody@sakura.example.jp', kind: 'lost', mcs_password_changed: '2026-12-02', secretariat_notified: '2026-12-01', carrier_remote_lock: '2026-12-03' },
  ];
  ledger.exceptions = [
    { ...exception, rule: 'public-wireless-lan', target: 'PC-01', approved_on: '2026-01-10', expires: '2026-06-30' },
    { ...exception, rule: 'mfa', target: 'sato@sakura.example.jp', approved_on: '2026-12-01', expires: '2027-03-31' },
    { ...exception, rule: 'antivirs', target: 'PC-98', approved_on: '2026-01-10', expires: '2027-03-31' },
    { ...exception, rule: 'ssid-stealth', target: 'facility', approved_on: '2026-01-10', expires: FIXTURE_AS_OF },
  ];
  return ledger;
}

describe('every rule on a neglected ledger', () => {
  it('finds exactly these problems', () => {
    expect(lines(runRules(neglectedLedger(), FIXTURE_AS_OF, EMPTY_CONFIG))).toMatchSnapshot();
  });

  it('finds exactly these with every option changed and some rules turned off or re-severitied', () => {
    const config = {
      rules: {
        'ledger-review': { options: { months: 24 } },
        'mcs-password-age': { severity: 'warning' as const, options: { months: 1 } },
        'mcs-password-expiring': { options: { days: 60 } },
        'lock-password-strength': { options: { minLength: 12 } },
        'incident-password-change': { options: { maxDays: 3 } },
        'incident-secretariat': { options: { maxDays: 0 } },
        'incident-carrier-lock': { severity: 'error' as const, options: { maxDays: 5 } },
        byod: { severity: 'off' as const, options: {} },
      },
    };
    expect(lines(runRules(neglectedLedger(), FIXTURE_AS_OF, config))).toMatchSnapshot();
  });

  it('finds exactly these a year later, when everything recorded has aged', () => {
    expect(lines(runRules(neglectedLedger(), '2027-11-24', EMPTY_CONFIG))).toMatchSnapshot();
  });

  it('finds nothing on the clean ledger, and the same on its JSON round trip', () => {
    expect(runRules(cleanLedger(), FIXTURE_AS_OF, EMPTY_CONFIG)).toEqual([]);
    expect(runRules(JSON.parse(JSON.stringify(cleanLedger())), FIXTURE_AS_OF, EMPTY_CONFIG)).toEqual([]);
  });
});
