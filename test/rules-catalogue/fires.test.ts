// Every rule both ways: the mutation that makes it fire (exact path and target) and the nearest
// variant that must stay silent.
import type { Ledger } from '../../src/ledger';
import { runRules } from '../../src/engine/run-rules';
import { FIXTURE_AS_OF, cleanLedger, lostPhoneIncident, runRule, summarise } from '../helpers/ledger-fixture';

type Mutation = (ledger: Ledger) => void;

interface Case {
  rule: string;
  fires: Mutation;
  expected: Array<{ path: string; target?: string }>;
  silent: Mutation;
  asOf?: string;
}

const pc = (l: Ledger) => l.devices[0]!;
const phone = (l: Ledger) => l.devices[1]!;
const sato = (l: Ledger) => l.users[0]!;
const takahashi = (l: Ledger) => l.users[1]!;

const lostPhone: Mutation = (l) => {
  phone(l).status = 'lost';
  l.incidents = [lostPhoneIncident()];
};

const CASES: Case[] = [
  {
    rule: 'duplicate-id',
    fires: (l) => {
      l.devices.push({ ...pc(l) });
      l.users.push({ ...sato(l), mcs_id: 'SATO@sakura.example.jp' });
    },
    expected: [{ path: 'devices/2/id' }, { path: 'users/3/mcs_id' }],
    silent: (l) => l.devices.push({ ...pc(l), id: 'PC-02' }),
  },
  {
    rule: 'unknown-reference',
    fires: (l) => {
      sato(l).devices.push('PC-99');
      lostPhone(l);
      l.incidents![0]!.device = 'SP-99';
      l.incidents![0]!.user = 'nobody@sakura.example.jp';
      l.exceptions = [
        { rule: 'antivirs', target: 'PC-98', reason: 'r', approved_by: 'a', approved_on: '2026-01-01', expires: '2027-01-01' },
        { rule: 'schema', target: 'facility', reason: 'r', approved_by: 'a', approved_on: '2026-01-01', expires: '2027-01-01' },
      ];
    },
    expected: [
      { path: 'users/0/devices/1' },
      { path: 'incidents/0/device' },
      { path: 'incidents/0/user' },
      { path: 'exceptions/0/rule' },
      { path: 'exceptions/0/target' },
      { path: 'exceptions/1/rule' },
    ],
    silent: (l) => {
      lostPhone(l);
      l.incidents![0]!.user = 'TAKAHASHI@sakura.example.jp';
      l.exceptions = [{ rule: 'mfa', target: 'Sato@sakura.example.jp', reason: 'r', approved_by: 'a', approved_on: '2026-01-01', expires: '2027-01-01' }];
    },
  },
  {
    rule: 'future-date',
    fires: (l) => {
      l.facility.updated = '2026-11-25';
      sato(l).training = { kind: 'video', date: '2027-01-01' };
      pc(l).status = 'retired';
      pc(l).disposal = { date: '2026-12-01', wiped: true };
    },
    expected: [
      { path: 'facility/updated', target: 'facility' },
      { path: 'users/0/training/date', target: 'sato@sakura.example.jp' },
      { path: 'devices/0/disposal/date', target: 'PC-01' },
    ],
    silent: (l) => {
      l.facility.updated = FIXTURE_AS_OF;
    },
  },
  {
    rule: 'facility-rules',
    fires: (l) => {
      l.facility.rules.antivirus_required = false;
      l.facility.rules.unused_apps_handled = false;
    },
    expected: [
      { path: 'facility/rules/antivirus_required', target: 'facility' },
      { path: 'facility/rules/unused_apps_handled', target: 'facility' },
    ],
    silent: () => undefined,
  },
  {
    rule: 'admin-is-user',
    fires: (l) => {
      l.facility.mcs_admins.push({ name: '外部 管理者', mcs_id: 'outside@example.jp' });
      sato(l).account_status = 'suspended';
    },
    expected: [
      { path: 'facility/mcs_facility_admin/mcs_id', target: 'facility' },
      { path: 'facility/mcs_admins/1/mcs_id', target: 'facility' },
    ],
    silent: (l) => {
      l.facility.mcs_facility_admin.mcs_id = 'SATO@Sakura.Example.JP';
    },
  },
  {
    rule: 'ssid-stealth',
    fires: (l) => {
      delete l.facility.wireless_lan;
    },
    expected: [{ path: 'facility', target: 'facility' }],
    silent: (l) => {
      l.facility.wireless_lan = { ssid_stealth: false };
      pc(l).networks = ['facility_wired_lan'];
    },
  },
  {
    rule: 'ledger-review',
    fires: (l) => {
      l.facility.updated = '2025-11-23';
    },
    expected: [{ path: 'facility/updated', target: 'facility' }],
    silent: (l) => {
      l.facility.updated = '2025-11-24';
    },
  },
  {
    rule: 'policy-read',
    fires: (l) => {
      sato(l).policy_read = false;
    },
    expected: [{ path: 'users/0/policy_read', target: 'sato@sakura.example.jp' }],
    silent: (l) => {
      sato(l).account_status = 'suspended';
      sato(l).policy_read = false;
    },
  },
  {
    rule: 'training',
    fires: (l) => {
      takahashi(l).training = null;
    },
    expected: [{ path: 'users/1/training', target: 'takahashi@sakura.example.jp' }],
    silent: () => undefined,
  },
  {
    rule: 'pledge',
    fires: (l) => {
      takahashi(l).pledge_date = null;
    },
    expected: [{ path: 'users/1/pledge_date', target: 'takahashi@sakura.example.jp' }],
    silent: () => undefined,
  },
  {
    rule: 'pledge-before-use',
    fires: (l) => {
      takahashi(l).pledge_date = '2025-06-02';
    },
    expected: [{ path: 'users/1/pledge_date', target: 'takahashi@sakura.example.jp' }],
    silent: (l) => {
      takahashi(l).pledge_date = takahashi(l).start_date;
    },
  },
  {
    rule: 'user-devices',
    fires: (l) => {
      sato(l).devices = [];
    },
    expected: [{ path: 'users/0/devices', target: 'sato@sakura.example.jp' }],
    silent: () => undefined,
  },
  {
    rule: 'device-not-active',
    fires: lostPhone,
    expected: [{ path: 'users/1/devices/0', target: 'takahashi@sakura.example.jp' }],
    silent: (l) => sato(l).devices.push('SP-01'),
  },
  {
    rule: 'departed-user',
    fires: (l) => {
      sato(l).end_date = FIXTURE_AS_OF;
      l.users[2]!.account_status = 'active';
    },
    expected: [
      { path: 'users/0/account_status', target: 'sato@sakura.example.jp' },
      { path: 'users/2/account_status', target: 'ito@sakura.example.jp' },
    ],
    silent: (l) => {
      sato(l).end_date = '2026-11-25';
      sato(l).account_status = 'active';
      takahashi(l).end_date = null;
    },
  },
  {
    rule: 'startup-password',
    fires: (l) => {
      pc(l).security.startup_password = false;
    },
    expected: [{ path: 'devices/0/security/startup_password', target: 'PC-01' }],
    silent: (l) => {
      pc(l).status = 'retired';
      pc(l).disposal = { date: '2026-01-01', wiped: true };
      pc(l).security.startup_password = false;
    },
  },
  {
    rule: 'lock-password-strength',
    fires: (l) => {
      pc(l).security.lock_password = { min_length: 7, composition: 'alphanumeric_symbols' };
      phone(l).security.lock_password = { min_length: 12, composition: 'digits' };
    },
    expected: [
      { path: 'devices/0/security/lock_password', target: 'PC-01' },
      { path: 'devices/1/security/lock_password', target: 'SP-01' },
    ],
    silent: (l) => {
      pc(l).security.lock_password = { min_length: 8, composition: 'alphanumeric' };
    },
  },
  {
    rule: 'lock-password-symbols',
    fires: (l) => {
      phone(l).security.lock_password = { min_length: 8, composition: 'alphanumeric' };
    },
    expected: [{ path: 'devices/1/security/lock_password/composition', target: 'SP-01' }],
    silent: (l) => {
      // a weak password is lock-password-strength's finding, not this one's; PCs need no symbols
      phone(l).security.lock_password = { min_length: 4, composition: 'alphanumeric' };
      pc(l).security.lock_password = { min_length: 8, composition: 'alphanumeric' };
    },
  },
  {
    rule: 'antivirus',
    fires: (l) => {
      phone(l).security.antivirus = false;
    },
    expected: [{ path: 'devices/1/security/antivirus', target: 'SP-01' }],
    silent: () => undefined,
  },
  {
    rule: 'os-up-to-date',
    fires: (l) => {
      pc(l).security.os_up_to_date = false;
    },
    expected: [{ path: 'devices/0/security/os_up_to_date', target: 'PC-01' }],
    silent: () => undefined,
  },
  {
    rule: 'unused-apps',
    fires: (l) => {
      pc(l).security.unused_apps = 'not_checked';
    },
    expected: [{ path: 'devices/0/security/unused_apps', target: 'PC-01' }],
    silent: (l) => {
      pc(l).security.unused_apps = 'stopped';
    },
  },
  {
    rule: 'file-sharing-software',
    fires: (l) => {
      pc(l).security.file_sharing_software = true;
    },
    expected: [{ path: 'devices/0/security/file_sharing_software', target: 'PC-01' }],
    silent: () => undefined,
  },
  {
    rule: 'mcs-password-saved',
    fires: (l) => {
      phone(l).security.mcs_password_saved = true;
    },
    expected: [{ path: 'devices/1/security/mcs_password_saved', target: 'SP-01' }],
    silent: () => undefined,
  },
  {
    rule: 'public-wireless-lan',
    fires: (l) => {
      phone(l).networks = ['carrier', 'public_wireless_lan'];
    },
    expected: [{ path: 'devices/1/networks/1', target: 'SP-01' }],
    silent: (l) => {
      lostPhone(l);
      phone(l).networks = ['public_wireless_lan'];
    },
  },
  {
    rule: 'byod-admin-lock',
    fires: (l) => {
      phone(l).ownership = 'personal';
      phone(l).security.settings_admin_only = false;
    },
    expected: [{ path: 'devices/1/security/settings_admin_only', target: 'SP-01' }],
    silent: (l) => {
      phone(l).ownership = 'personal';
      phone(l).security.settings_admin_only = true;
    },
  },
  {
    rule: 'byod',
    fires: (l) => {
      phone(l).ownership = 'personal';
      phone(l).security.settings_admin_only = true;
    },
    expected: [{ path: 'devices/1/ownership', target: 'SP-01' }],
    silent: () => undefined,
  },
  {
    rule: 'remote-wipe',
    fires: (l) => {
      phone(l).security.remote_wipe = false;
    },
    expected: [{ path: 'devices/1/security/remote_wipe', target: 'SP-01' }],
    silent: (l) => {
      pc(l).security.remote_wipe = false;
    },
  },
  {
    rule: 'unknown-sources',
    fires: (l) => {
      phone(l).security.unknown_sources_blocked = false;
    },
    expected: [{ path: 'devices/1/security/unknown_sources_blocked', target: 'SP-01' }],
    silent: (l) => {
      phone(l).os = 'ios';
      phone(l).security.unknown_sources_blocked = false;
    },
  },
  {
    rule: 'device-shared',
    fires: (l) => {
      pc(l).shared_outside_staff = true;
      phone(l).ownership = 'personal';
      phone(l).security.settings_admin_only = true;
      sato(l).devices.push('SP-01');
    },
    expected: [
      { path: 'devices/0/shared_outside_staff', target: 'PC-01' },
      { path: 'users/1/devices/0', target: 'SP-01' },
    ],
    silent: (l) => {
      // a facility device may be shared among staff; a personal one listed once is fine
      sato(l).devices.push('SP-01');
      pc(l).ownership = 'personal';
      pc(l).security.settings_admin_only = true;
    },
  },
  {
    rule: 'outside-location-detail',
    fires: (l) => {
      phone(l).locations = [{ place: 'in_facility' }, { place: 'outside', detail: '  ' }];
    },
    expected: [{ path: 'devices/1/locations/1', target: 'SP-01' }],
    silent: (l) => {
      phone(l).locations = [{ place: 'in_facility' }, { place: 'outside', detail: '利用者宅' }];
    },
  },
  {
    rule: 'mfa',
    fires: (l) => {
      pc(l).security.mfa = false;
      delete phone(l).security.mfa;
    },
    expected: [
      { path: 'devices/0/security/mfa', target: 'PC-01' },
      { path: 'devices/1/security', target: 'SP-01' },
    ],
    silent: () => undefined,
  },
  {
    rule: 'privacy-filter',
    fires: (l) => {
      delete phone(l).security.privacy_filter;
      pc(l).locations.push({ place: 'outside', detail: '在宅勤務' });
      pc(l).security.privacy_filter = false;
    },
    expected: [
      { path: 'devices/0/security/privacy_filter', target: 'PC-01' },
      { path: 'devices/1/security', target: 'SP-01' },
    ],
    silent: (l) => {
      pc(l).security.privacy_filter = false;
    },
  },
  {
    rule: 'patient-data-on-device',
    fires: (l) => {
      pc(l).security.patient_data_stored = true;
      pc(l).security.encrypted = true;
    },
    expected: [{ path: 'devices/0/security/patient_data_stored', target: 'PC-01' }],
    silent: (l) => {
      pc(l).security.patient_data_stored = false;
    },
  },
  {
    rule: 'encryption',
    fires: (l) => {
      pc(l).security.patient_data_stored = true;
      phone(l).security.patient_data_stored = true;
      phone(l).security.encrypted = false;
    },
    expected: [
      { path: 'devices/0/security/patient_data_stored', target: 'PC-01' },
      { path: 'devices/1/security/encrypted', target: 'SP-01' },
    ],
    silent: (l) => {
      pc(l).security.encrypted = false;
      phone(l).security.patient_data_stored = true;
      phone(l).security.encrypted = true;
    },
  },
  {
    rule: 'wipe-after-failed-attempts',
    fires: (l) => {
      phone(l).security.patient_data_stored = true;
    },
    expected: [{ path: 'devices/1/security/patient_data_stored', target: 'SP-01' }],
    silent: (l) => {
      pc(l).security.patient_data_stored = true;
      phone(l).security.patient_data_stored = true;
      phone(l).security.wipe_after_failed_attempts = true;
    },
  },
  {
    rule: 'retired-device-wiped',
    fires: (l) => {
      pc(l).status = 'retired';
      pc(l).disposal = { date: '2026-10-01', wiped: false };
    },
    expected: [{ path: 'devices/0/disposal/wiped', target: 'PC-01' }],
    silent: (l) => {
      pc(l).status = 'retired';
      pc(l).disposal = { date: '2026-10-01', wiped: true };
    },
  },
  {
    rule: 'lost-device-incident',
    fires: (l) => {
      phone(l).status = 'lost';
    },
    expected: [{ path: 'devices/1/status', target: 'SP-01' }],
    silent: lostPhone,
  },
  {
    rule: 'exception-expired',
    fires: (l) => {
      l.exceptions = [{ rule: 'mfa', target: 'PC-01', reason: 'r', approved_by: 'a', approved_on: '2026-01-01', expires: '2026-11-23' }];
    },
    expected: [{ path: 'exceptions/0/expires' }],
    silent: (l) => {
      l.exceptions = [{ rule: 'mfa', target: 'PC-01', reason: 'r', approved_by: 'a', approved_on: '2026-01-01', expires: FIXTURE_AS_OF }];
    },
  },
];

describe('the clean fixture', () => {
  it('has no finding at all', () => {
    expect(runRules(cleanLedger(), FIXTURE_AS_OF, { rules: {} })).toEqual([]);
  });
});

describe.each(CASES)('$rule', ({ rule, fires, expected, silent, asOf }) => {
  it('fires at the spec’s node, with the spec’s target', () => {
    const ledger = cleanLedger();
    fires(ledger);
    expect(summarise(runRule(rule, ledger, asOf))).toEqual(expected);
  });

  it('stays silent on the nearest variant that is fine', () => {
    const ledger = cleanLedger();
    silent(ledger);
    expect(runRule(rule, ledger, asOf)).toEqual([]);
  });
});
