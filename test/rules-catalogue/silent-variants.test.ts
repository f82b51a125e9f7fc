// The nearest variants that must stay silent, for whole groups of rules at once: a device that is retired
// or lost gets no device rule, a user whose account is deleted or suspended gets no user rule, and the
// other ownership (facility vs personal) and device type change exactly the rules that depend on them.
import type { Device, Ledger } from '../../src/ledger';
import { runRules } from '../../src/engine/run-rules';
import { RULES } from '../../src/rules';
import type { Finding } from '../../src/types';
import { FIXTURE_AS_OF, cleanLedger, lostPhoneIncident, runRule, summarise } from '../helpers/ledger-fixture';

const categoryOf = new Map(RULES.map((rule) => [rule.id, rule.category]));

/** Everything a device record can get wrong, on both fixture devices. */
function neglectDevice(device: Device): void {
  device.ownership = 'personal';
  device.locations = [{ place: 'outside' }];
  device.networks = ['public_wireless_lan'];
  device.shared_outside_staff = true;
  device.security = {
    startup_password: false,
    lock_password: { min_length: 4, composition: 'digits' },
    antivirus: false,
    os_up_to_date: false,
    unused_apps: 'not_checked',
    file_sharing_software: true,
    mcs_password_saved: true,
    remote_wipe: false,
    unknown_sources_blocked: false,
    mfa: false,
    privacy_filter: false,
    patient_data_stored: true,
    encrypted: false,
    wipe_after_failed_attempts: false,
    settings_admin_only: false,
  };
}

function neglectedDevices(): Ledger {
  const ledger = cleanLedger();
  ledger.devices.forEach(neglectDevice);
  return ledger;
}

const aboutDevice = (id: string) => (finding: Finding) => finding.target?.kind === 'device' && finding.target.id === id;
const ruleIds = (findings: Finding[]) => [...new Set(findings.map((finding) => finding.ruleId))].sort();

describe('device rules', () => {
  it('fire on active neglected devices: every device rule but those about retired or lost ones', () => {
    const findings = runRules(neglectedDevices(), FIXTURE_AS_OF, { rules: {} });
    const deviceRules = RULES.filter((rule) => rule.category === 'devices' && !['retired-device-wiped', 'lost-device-incident'].includes(rule.id)).map((rule) => rule.id);
    // A weak password is lock-password-strength's finding, not lock-password-symbols'.
    expect(ruleIds(findings.filter(aboutDevice('SP-01')))).toEqual(deviceRules.filter((id) => id !== 'lock-password-symbols').sort());
    // A PC needs no remote wipe, no unknown-sources block, no symbols and no wipe after failed attempts.
    expect(ruleIds(findings.filter(aboutDevice('PC-01')))).toEqual(deviceRules.filter((id) => !['remote-wipe', 'unknown-sources', 'lock-password-symbols', 'wipe-after-failed-attempts'].includes(id)).sort());
  });

  it.each([
    ['retired and wiped', (device: Device) => {
      device.status = 'retired';
      device.disposal = { date: '2026-10-01', wiped: true };
    }],
    ['retired, disposal not yet recorded', (device: Device) => {
      device.status = 'retired';
    }],
  ])('are silent on a device %s', (_name, retire) => {
    const ledger = neglectedDevices();
    retire(ledger.devices[0]!);
    retire(ledger.devices[1]!);
    ledger.users.forEach((user) => (user.devices = []));
    const findings = runRules(ledger, FIXTURE_AS_OF, { rules: {} });
    expect(findings.filter((finding) => categoryOf.get(finding.ruleId) === 'devices' && finding.ruleId !== 'retired-device-wiped')).toEqual([]);
  });

  it('are silent on a lost device whose incident is handled', () => {
    const ledger = neglectedDevices();
    ledger.devices[1]!.status = 'lost';
    ledger.incidents = [lostPhoneIncident()];
    const findings = runRules(ledger, FIXTURE_AS_OF, { rules: {} });
    expect(findings.filter(aboutDevice('SP-01'))).toEqual([]);
    expect(findings.filter(aboutDevice('PC-01')).length).toBeGreaterThan(10);
  });
});

describe('byod-admin-lock', () => {
  it.each([
    ['a personal PC', 0, 'PC-01'],
    ['a personal phone', 1, 'SP-01'],
  ])('is an error on %s that is not admin-locked, written false or not written', (_name, index, id) => {
    for (const locked of [false, undefined]) {
      const ledger = cleanLedger();
      ledger.devices[index]!.ownership = 'personal';
      if (locked === undefined) delete ledger.devices[index]!.security.settings_admin_only;
      else ledger.devices[index]!.security.settings_admin_only = locked;
      const findings = runRule('byod-admin-lock', ledger);
      expect(summarise(findings)).toEqual([{ path: `devices/${index}/security/settings_admin_only`, target: id }]);
      expect(findings[0]!.severity).toBe('error');
    }
  });

  it('is silent on facility-owned devices whatever the setting', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.security.settings_admin_only = false;
    expect(runRule('byod-admin-lock', ledger)).toEqual([]);
  });

  it('is silent on an admin-locked personal PC, which still gets the byod advice', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.ownership = 'personal';
    ledger.devices[0]!.security.settings_admin_only = true;
    expect(runRule('byod-admin-lock', ledger)).toEqual([]);
    expect(summarise(runRule('byod', ledger))).toEqual([{ path: 'devices/0/ownership', target: 'PC-01' }]);
  });
});

describe('user rules', () => {
  /** Everything a user record can get wrong, on Sato. */
  function neglectedUser(): Ledger {
    const ledger = cleanLedger();
    const sato = ledger.users[0]!;
    sato.policy_read = false;
    sato.training = null;
    sato.pledge_date = null;
    sato.mcs_password_changed = '2025-01-01';
    sato.devices = ['SP-01'];
    ledger.devices[1]!.status = 'lost';
    return ledger;
  }
  const aboutSato = (finding: Finding) => finding.target?.kind === 'user' && finding.target.id === 'sato@sakura.example.jp';

  it('fire on an active user', () => {
    expect(ruleIds(runRules(neglectedUser(), FIXTURE_AS_OF, { rules: {} }).filter(aboutSato))).toEqual(['device-not-active', 'mcs-password-age', 'pledge', 'policy-read', 'training']);
  });

  it.each(['deleted', 'suspended'] as const)('are silent on a %s account', (status) => {
    const ledger = neglectedUser();
    ledger.users[0]!.account_status = status;
    expect(runRules(ledger, FIXTURE_AS_OF, { rules: {} }).filter(aboutSato)).toEqual([]);
  });

  it('user-devices is silent on a deleted user with no devices, and fires on an active one', () => {
    const ledger = cleanLedger();
    ledger.users[0]!.devices = [];
    expect(summarise(runRule('user-devices', ledger))).toEqual([{ path: 'users/0/devices', target: 'sato@sakura.example.jp' }]);
    ledger.users[0]!.account_status = 'deleted';
    expect(runRule('user-devices', ledger)).toEqual([]);
  });
});

describe('retired-device-wiped', () => {
  it('speaks only of retired devices: a lost or active one with an unwiped disposal record is not retired', () => {
    for (const status of ['lost', 'active'] as const) {
      const ledger = cleanLedger();
      ledger.devices[1]!.status = status;
      ledger.devices[1]!.disposal = { date: '2026-10-01', wiped: false };
      expect(runRule('retired-device-wiped', ledger)).toEqual([]);
      ledger.devices[1]!.status = 'retired';
      expect(summarise(runRule('retired-device-wiped', ledger))).toEqual([{ path: 'devices/1/disposal/wiped', target: 'SP-01' }]);
    }
  });
});
