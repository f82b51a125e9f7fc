// Exactly what the rules in src/rules/[g-l]*.ts report, from docs' rules.md (not from the tool's output):
// hidden-sheet, the three incident rules (and incident-deadline, which they share), ledger-review,
// lock-password-strength, lock-password-symbols and lost-device-incident. Each finding's path, target,
// message data and the message it renders; each rule's boundaries (maxDays, months, minLength, options
// given through a configuration) and which devices it looks at.
// The rules are loaded afresh in every test (freshPerTest): their module-level text (an incident rule's
// `step`, its messages) then counts as read by each test, which mutation testing's perTest coverage needs.
import type { Config } from '../../src/config/types';
import { fill } from '../../src/i18n/lang';
import type { Incident, Ledger } from '../../src/ledger';
import type { Finding, Target } from '../../src/types';
import type { SheetCells } from '../../src/workbook/codec';
import { freshPerTest } from '../helpers/fresh';
import { EMPTY_CONFIG, FIXTURE_AS_OF, cleanLedger, lostPhoneIncident } from '../helpers/ledger-fixture';

const engine = freshPerTest(() => require('../../src/engine/run-rules') as typeof import('../../src/engine/run-rules'));
const workbook = freshPerTest(() => require('../../src/workbook/ledger') as typeof import('../../src/workbook/ledger'));

/** The findings of one rule, with every rule module loaded in this test. */
function runRule(ruleId: string, ledger: Ledger, asOf = FIXTURE_AS_OF, config: Config = EMPTY_CONFIG): Finding[] {
  return engine().runRules(ledger, asOf, config).filter((finding) => finding.ruleId === ruleId);
}

/** A configuration giving one rule's options. */
function withOptions(ruleId: string, options: Record<string, number>): Config {
  return { rules: { [ruleId]: { options } } };
}

/** A finding as a reader meets it: where, about whom, with which data, and the English message. */
function exact(findings: readonly Finding[]) {
  return findings.map((finding) => ({ path: finding.path.join('/'), target: finding.target, data: finding.data, en: fill(finding.message.en, finding.data) }));
}

const ja = (finding: Finding | undefined) => fill(finding!.message.ja, finding!.data);

const FACILITY: Target = { kind: 'facility', id: 'facility', label: 'facility' };
const device = (id: string): Target => ({ kind: 'device', id, label: id });

// ---------------------------------------------------------------------------------------------------
// Incidents: maxDays (default 1: the same or the next day) after `date`.

const incident = lostPhoneIncident;

/** The clean ledger with its devices lost as named and these incidents. */
function withIncidents(incidents: Incident[], lost: string[] = ['SP-01']): Ledger {
  const ledger = cleanLedger();
  for (const device of ledger.devices) if (lost.includes(device.id)) device.status = 'lost';
  ledger.incidents = incidents;
  return ledger;
}

describe('incident-password-change', () => {
  const id = 'incident-password-change';

  it('null: not changed, naming the device and the day it was lost; in Japanese too', () => {
    const findings = runRule(id, withIncidents([incident({ mcs_password_changed: null })]));
    expect(exact(findings)).toEqual([
      {
        path: 'incidents/0/mcs_password_changed',
        target: device('SP-01'),
        data: { device: 'SP-01', date: '2026-11-01', maxDays: 1 },
        en: 'The MCS password was not changed after device SP-01 was lost on 2026-11-01. Change it now from another device and record the day in mcs_password_changed',
      },
    ]);
    expect(ja(findings[0])).toBe('端末 SP-01 の紛失・盗難（2026-11-01）の後、MCS のパスワードが変更されていません。直ちに他の端末から変更し、mcs_password_changed に日付を記入してください');
  });

  it('maxDays (1) days after the loss is in time; one more day is late, with the days it took; in Japanese too', () => {
    expect(runRule(id, withIncidents([incident({ mcs_password_changed: '2026-11-02' })]))).toEqual([]);
    const findings = runRule(id, withIncidents([incident({ mcs_password_changed: '2026-11-03' })]));
    expect(exact(findings)).toEqual([
      {
        path: 'incidents/0/mcs_password_changed',
        target: device('SP-01'),
        data: { device: 'SP-01', date: '2026-11-01', maxDays: 1, taken: '2026-11-03', days: 2 },
        en: 'The MCS password was changed 2 days after device SP-01 was lost (2026-11-01 → 2026-11-03); it should be done within 1 day(s)',
      },
    ]);
    expect(ja(findings[0])).toBe('端末 SP-01 の紛失・盗難（2026-11-01）から MCS のパスワード変更（2026-11-03）まで 2 日かかっています（1 日以内に行ってください）');
  });

  it('maxDays from the configuration: 0 allows the same day only, 5 allows five days but not six', () => {
    const sameDay = withOptions(id, { maxDays: 0 });
    expect(runRule(id, withIncidents([incident({ mcs_password_changed: '2026-11-01' })]), FIXTURE_AS_OF, sameDay)).toEqual([]);
    expect(exact(runRule(id, withIncidents([incident({ mcs_password_changed: '2026-11-02' })]), FIXTURE_AS_OF, sameDay))).toEqual([
      {
        path: 'incidents/0/mcs_password_changed',
        target: device('SP-01'),
        data: { device: 'SP-01', date: '2026-11-01', maxDays: 0, taken: '2026-11-02', days: 1 },
        en: 'The MCS password was changed 1 days after device SP-01 was lost (2026-11-01 → 2026-11-02); it should be done within 0 day(s)',
      },
    ]);
    const fiveDays = withOptions(id, { maxDays: 5 });
    expect(runRule(id, withIncidents([incident({ mcs_password_changed: '2026-11-06' })]), FIXTURE_AS_OF, fiveDays)).toEqual([]);
    expect(runRule(id, withIncidents([incident({ mcs_password_changed: '2026-11-07' })]), FIXTURE_AS_OF, fiveDays).map((finding) => finding.data)).toEqual([
      { device: 'SP-01', date: '2026-11-01', maxDays: 5, taken: '2026-11-07', days: 6 },
    ]);
    // null is missing whatever maxDays is
    expect(runRule(id, withIncidents([incident({ mcs_password_changed: null })]), FIXTURE_AS_OF, withOptions(id, { maxDays: 365 })).map((finding) => finding.data)).toEqual([
      { device: 'SP-01', date: '2026-11-01', maxDays: 365 },
    ]);
  });

  it('counts calendar days across a month end; each incident on its own, in order, any device (a PC too)', () => {
    const ledger = withIncidents(
      [
        incident({ date: '2026-10-31', mcs_password_changed: '2026-11-01' }),
        incident({ date: '2026-10-30', device: 'PC-01', mcs_password_changed: '2026-11-01' }),
        incident({ mcs_password_changed: null }),
      ],
      ['SP-01', 'PC-01'],
    );
    expect(exact(runRule(id, ledger)).map(({ path, target, data }) => ({ path, target, data }))).toEqual([
      { path: 'incidents/1/mcs_password_changed', target: device('PC-01'), data: { device: 'PC-01', date: '2026-10-30', maxDays: 1, taken: '2026-11-01', days: 2 } },
      { path: 'incidents/2/mcs_password_changed', target: device('SP-01'), data: { device: 'SP-01', date: '2026-11-01', maxDays: 1 } },
    ]);
  });

  it('looks only at its own step: the other two late or missing do not make it fire', () => {
    expect(runRule(id, withIncidents([incident({ secretariat_notified: null, carrier_remote_lock: null })]))).toEqual([]);
  });
});

describe('incident-secretariat', () => {
  const id = 'incident-secretariat';

  it('null: not notified, naming the device and the day; in Japanese too', () => {
    const findings = runRule(id, withIncidents([incident({ secretariat_notified: null })]));
    expect(exact(findings)).toEqual([
      {
        path: 'incidents/0/secretariat_notified',
        target: device('SP-01'),
        data: { device: 'SP-01', date: '2026-11-01', maxDays: 1 },
        en: 'The secretariat was not notified that device SP-01 was lost on 2026-11-01. Notify it now and record the day in secretariat_notified',
      },
    ]);
    expect(ja(findings[0])).toBe('端末 SP-01 の紛失・盗難（2026-11-01）がどこでも連絡帳事務局に通知されていません。直ちに通知し、secretariat_notified に日付を記入してください');
  });

  it('the next day is in time, the day after is late; in Japanese too', () => {
    expect(runRule(id, withIncidents([incident({ secretariat_notified: '2026-11-02' })]))).toEqual([]);
    const findings = runRule(id, withIncidents([incident({ secretariat_notified: '2026-11-03' })]));
    expect(exact(findings)).toEqual([
      {
        path: 'incidents/0/secretariat_notified',
        target: device('SP-01'),
        data: { device: 'SP-01', date: '2026-11-01', maxDays: 1, taken: '2026-11-03', days: 2 },
        en: 'The secretariat was notified 2 days after device SP-01 was lost (2026-11-01 → 2026-11-03); it should be done within 1 day(s)',
      },
    ]);
    expect(ja(findings[0])).toBe('端末 SP-01 の紛失・盗難（2026-11-01）から事務局への通知（2026-11-03）まで 2 日かかっています（1 日以内に行ってください）');
  });

  it("maxDays from the configuration, its own and not another incident rule's", () => {
    const ledger = () => withIncidents([incident({ secretariat_notified: '2026-11-04' })]);
    expect(runRule(id, ledger(), FIXTURE_AS_OF, withOptions(id, { maxDays: 3 }))).toEqual([]);
    expect(runRule(id, ledger(), FIXTURE_AS_OF, withOptions(id, { maxDays: 2 })).map((finding) => finding.data)).toEqual([
      { device: 'SP-01', date: '2026-11-01', maxDays: 2, taken: '2026-11-04', days: 3 },
    ]);
    expect(runRule(id, ledger(), FIXTURE_AS_OF, withOptions('incident-password-change', { maxDays: 3 })).map((finding) => finding.data.maxDays)).toEqual([1]);
  });

  it('looks only at its own step', () => {
    expect(runRule(id, withIncidents([incident({ mcs_password_changed: null, carrier_remote_lock: '2026-11-20' })]))).toEqual([]);
  });
});

describe('incident-carrier-lock', () => {
  const id = 'incident-carrier-lock';

  it('null on a smartphone: not requested; in Japanese too', () => {
    const findings = runRule(id, withIncidents([incident({ carrier_remote_lock: null })]));
    expect(exact(findings)).toEqual([
      {
        path: 'incidents/0/carrier_remote_lock',
        target: device('SP-01'),
        data: { device: 'SP-01', date: '2026-11-01', maxDays: 1 },
        en: 'No carrier remote lock was requested after device SP-01 was lost on 2026-11-01. Call the carrier now and record the day in carrier_remote_lock',
      },
    ]);
    expect(ja(findings[0])).toBe('端末 SP-01 の紛失・盗難（2026-11-01）の後、携帯電話会社にリモートロックを依頼していません。直ちに連絡し、carrier_remote_lock に日付を記入してください');
  });

  it('the next day is in time, the day after is late; in Japanese too', () => {
    expect(runRule(id, withIncidents([incident({ carrier_remote_lock: '2026-11-02' })]))).toEqual([]);
    const findings = runRule(id, withIncidents([incident({ carrier_remote_lock: '2026-11-03' })]));
    expect(exact(findings)).toEqual([
      {
        path: 'incidents/0/carrier_remote_lock',
        target: device('SP-01'),
        data: { device: 'SP-01', date: '2026-11-01', maxDays: 1, taken: '2026-11-03', days: 2 },
        en: 'The carrier remote lock came 2 days after device SP-01 was lost (2026-11-01 → 2026-11-03); it should be done within 1 day(s)',
      },
    ]);
    expect(ja(findings[0])).toBe('端末 SP-01 の紛失・盗難（2026-11-01）からリモートロック（2026-11-03）まで 2 日かかっています（1 日以内に行ってください）');
  });

  it('not_applicable (a device with no carrier) is silent', () => {
    expect(runRule(id, withIncidents([incident({ carrier_remote_lock: 'not_applicable' })]))).toEqual([]);
  });

  it('only for a tablet or smartphone: a lost PC, or a device the ledger lacks, needs no carrier lock', () => {
    const ledger = withIncidents(
      [incident({ device: 'PC-01', carrier_remote_lock: null }), incident({ device: 'TB-09', carrier_remote_lock: null }), incident({ carrier_remote_lock: null })],
      ['PC-01', 'SP-01'],
    );
    expect(runRule(id, ledger).map((finding) => finding.path.join('/'))).toEqual(['incidents/2/carrier_remote_lock']);
    // a tablet is one
    ledger.devices[0]!.type = 'tablet';
    expect(runRule(id, ledger).map((finding) => [finding.path.join('/'), finding.target?.id])).toEqual([
      ['incidents/0/carrier_remote_lock', 'PC-01'],
      ['incidents/2/carrier_remote_lock', 'SP-01'],
    ]);
  });

  it('maxDays from the configuration', () => {
    const late = () => withIncidents([incident({ carrier_remote_lock: '2026-11-08' })]);
    expect(runRule(id, late(), FIXTURE_AS_OF, withOptions(id, { maxDays: 7 }))).toEqual([]);
    expect(runRule(id, late(), FIXTURE_AS_OF, withOptions(id, { maxDays: 6 })).map((finding) => finding.data)).toEqual([
      { device: 'SP-01', date: '2026-11-01', maxDays: 6, taken: '2026-11-08', days: 7 },
    ]);
  });

  it('looks only at its own step', () => {
    expect(runRule(id, withIncidents([incident({ mcs_password_changed: null, secretariat_notified: null })]))).toEqual([]);
  });
});

describe('the three incident rules on one ledger with no incidents', () => {
  it.each(['incident-password-change', 'incident-secretariat', 'incident-carrier-lock'])('%s is silent without incidents (key missing or empty)', (id) => {
    expect(runRule(id, cleanLedger())).toEqual([]);
    expect(runRule(id, withIncidents([], []))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('ledger-review', () => {
  const id = 'ledger-review';
  const reviewed = (updated: string) => {
    const ledger = cleanLedger();
    ledger.facility.updated = updated;
    return ledger;
  };

  it('exactly 12 months before as-of is fine; one day more fires at facility.updated, with the due day; in Japanese too', () => {
    expect(runRule(id, reviewed('2025-11-24'))).toEqual([]);
    const findings = runRule(id, reviewed('2025-11-23'));
    expect(exact(findings)).toEqual([
      {
        path: 'facility/updated',
        target: FACILITY,
        data: { updated: '2025-11-23', months: 12, due: '2026-11-23' },
        en: 'The ledger has not been reviewed since 2025-11-23, more than 12 months ago (due 2026-11-23). Review it and update facility.updated',
      },
    ]);
    expect(ja(findings[0])).toBe('台帳が 2025-11-23 から 12 か月以上見直されていません（期限 2026-11-23）。内容を確認し、facility.updated を更新してください');
  });

  it('months from the configuration; a month end is addMonths (Jan 31 + 1 month = Feb 28)', () => {
    const oneMonth = withOptions(id, { months: 1 });
    expect(runRule(id, reviewed('2026-01-31'), '2026-02-28', oneMonth)).toEqual([]);
    expect(exact(runRule(id, reviewed('2026-01-31'), '2026-03-01', oneMonth))).toEqual([
      {
        path: 'facility/updated',
        target: FACILITY,
        data: { updated: '2026-01-31', months: 1, due: '2026-02-28' },
        en: 'The ledger has not been reviewed since 2026-01-31, more than 1 months ago (due 2026-02-28). Review it and update facility.updated',
      },
    ]);
    // the clean ledger (updated 2026-11-01) with 24 months allowed, two years on
    expect(runRule(id, cleanLedger(), '2028-11-01', withOptions(id, { months: 24 }))).toEqual([]);
    expect(runRule(id, cleanLedger(), '2028-11-02', withOptions(id, { months: 24 })).map((finding) => finding.data)).toEqual([{ updated: '2026-11-01', months: 24, due: '2028-11-01' }]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Devices: lock passwords. Active devices only.

describe('lock-password-strength', () => {
  const id = 'lock-password-strength';

  it('a minimum length under 8 fires at security.lock_password, naming the device, its length and what is required; in Japanese too', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.security.lock_password = { min_length: 7, composition: 'alphanumeric' };
    const findings = runRule(id, ledger);
    expect(exact(findings)).toEqual([
      {
        path: 'devices/0/security/lock_password',
        target: device('PC-01'),
        data: { device: 'PC-01', minLength: 7, composition: 'alphanumeric', required: 8 },
        en: 'Device PC-01 has a weak lock password (7 characters, alphanumeric). Require at least 8 characters mixing letters and digits, and update security.lock_password',
      },
    ]);
    expect(ja(findings[0])).toBe('端末 PC-01 の画面ロックのパスワードが弱すぎます（7 文字・alphanumeric）。8 文字以上の英数字混じりにし、security.lock_password を更新してください');
  });

  it('exactly 8 is enough (the clean phone); digits or letters fire whatever the length', () => {
    expect(runRule(id, cleanLedger())).toEqual([]);
    const ledger = cleanLedger();
    ledger.devices[0]!.security.lock_password = { min_length: 12, composition: 'digits' };
    ledger.devices[1]!.security.lock_password = { min_length: 8, composition: 'letters' };
    expect(exact(runRule(id, ledger))).toEqual([
      {
        path: 'devices/0/security/lock_password',
        target: device('PC-01'),
        data: { device: 'PC-01', minLength: 12, composition: 'digits', required: 8 },
        en: 'Device PC-01 has a weak lock password (12 characters, digits). Require at least 8 characters mixing letters and digits, and update security.lock_password',
      },
      {
        path: 'devices/1/security/lock_password',
        target: device('SP-01'),
        data: { device: 'SP-01', minLength: 8, composition: 'letters', required: 8 },
        en: 'Device SP-01 has a weak lock password (8 characters, letters). Require at least 8 characters mixing letters and digits, and update security.lock_password',
      },
    ]);
  });

  it('minLength from the configuration: 10 lets PC-01 (10) pass and stops SP-01 (8), named in the message', () => {
    const findings = runRule(id, cleanLedger(), FIXTURE_AS_OF, withOptions(id, { minLength: 10 }));
    expect(exact(findings)).toEqual([
      {
        path: 'devices/1/security/lock_password',
        target: device('SP-01'),
        data: { device: 'SP-01', minLength: 8, composition: 'alphanumeric_symbols', required: 10 },
        en: 'Device SP-01 has a weak lock password (8 characters, alphanumeric_symbols). Require at least 10 characters mixing letters and digits, and update security.lock_password',
      },
    ]);
    expect(runRule(id, cleanLedger(), FIXTURE_AS_OF, withOptions(id, { minLength: 11 })).map((finding) => finding.target?.id)).toEqual(['PC-01', 'SP-01']);
  });

  it('only active devices: a lost or retired device with a weak lock is not looked at; no lock_password is nothing to judge', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.security.lock_password = { min_length: 4, composition: 'digits' };
    ledger.devices[0]!.status = 'retired';
    ledger.devices[0]!.disposal = { date: '2026-11-20', wiped: true };
    ledger.devices[1]!.security.lock_password = { min_length: 4, composition: 'digits' };
    ledger.devices[1]!.status = 'lost';
    expect(runRule(id, ledger)).toEqual([]);
    const unset = cleanLedger();
    unset.devices[0]!.security.startup_password = false;
    delete unset.devices[0]!.security.lock_password;
    expect(runRule(id, unset)).toEqual([]);
  });
});

describe('lock-password-symbols', () => {
  const id = 'lock-password-symbols';

  it('a smartphone without symbols fires at the composition; in Japanese too', () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.security.lock_password = { min_length: 8, composition: 'alphanumeric' };
    const findings = runRule(id, ledger);
    expect(exact(findings)).toEqual([
      {
        path: 'devices/1/security/lock_password/composition',
        target: device('SP-01'),
        data: { device: 'SP-01', composition: 'alphanumeric' },
        en: 'Device SP-01 does not require symbols in its lock password (alphanumeric). Combine letters, digits and symbols and set security.lock_password.composition to alphanumeric_symbols',
      },
    ]);
    expect(ja(findings[0])).toBe(
      '端末 SP-01 の画面ロックに記号が含まれていません（alphanumeric）。英数字と記号を組み合わせ、security.lock_password.composition を alphanumeric_symbols にしてください',
    );
  });

  it('a tablet too; a PC without symbols is not asked for them', () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.type = 'tablet';
    ledger.devices[1]!.security.lock_password = { min_length: 9, composition: 'alphanumeric' };
    expect(runRule(id, ledger).map((finding) => [finding.path.join('/'), finding.target?.id])).toEqual([['devices/1/security/lock_password/composition', 'SP-01']]);
    ledger.devices[1]!.type = 'pc';
    expect(runRule(id, ledger)).toEqual([]);
    // the clean PC has alphanumeric
    expect(cleanLedger().devices[0]!.security.lock_password!.composition).toBe('alphanumeric');
    expect(runRule(id, cleanLedger())).toEqual([]);
  });

  it('silent when lock-password-strength fired (digits, letters, too short): one finding, not two', () => {
    for (const lock of [
      { min_length: 8, composition: 'digits' as const },
      { min_length: 8, composition: 'letters' as const },
      { min_length: 7, composition: 'alphanumeric' as const },
    ]) {
      const ledger = cleanLedger();
      ledger.devices[1]!.security.lock_password = lock;
      expect(runRule(id, ledger)).toEqual([]);
      expect(runRule('lock-password-strength', ledger).map((finding) => finding.target?.id)).toEqual(['SP-01']);
    }
  });

  it('speaks of a weak lock without symbols when lock-password-strength is turned off (it did not fire), at error or warning nothing changes', () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.security.lock_password = { min_length: 6, composition: 'digits' };
    const off: Config = { rules: { 'lock-password-strength': { severity: 'off', options: {} } } };
    expect(runRule('lock-password-strength', ledger, FIXTURE_AS_OF, off)).toEqual([]);
    expect(exact(runRule(id, ledger, FIXTURE_AS_OF, off))).toEqual([
      {
        path: 'devices/1/security/lock_password/composition',
        target: device('SP-01'),
        data: { device: 'SP-01', composition: 'digits' },
        en: 'Device SP-01 does not require symbols in its lock password (digits). Combine letters, digits and symbols and set security.lock_password.composition to alphanumeric_symbols',
      },
    ]);
    // lowered to a warning, strength still fires: one finding, not two (an exception to it is the same: it fired)
    expect(runRule(id, ledger, FIXTURE_AS_OF, { rules: { 'lock-password-strength': { severity: 'warning', options: {} } } })).toEqual([]);
  });

  it("follows lock-password-strength's minLength from the configuration: 6 lets a 7-character lock through to this rule", () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.security.lock_password = { min_length: 7, composition: 'alphanumeric' };
    const config = withOptions('lock-password-strength', { minLength: 6 });
    expect(runRule('lock-password-strength', ledger, FIXTURE_AS_OF, config)).toEqual([]);
    expect(exact(runRule(id, ledger, FIXTURE_AS_OF, config)).map(({ path, data }) => ({ path, data }))).toEqual([
      { path: 'devices/1/security/lock_password/composition', data: { device: 'SP-01', composition: 'alphanumeric' } },
    ]);
    // and a minLength of 10 makes the clean phone's 8 weak: then only strength speaks
    const phone = cleanLedger();
    phone.devices[1]!.security.lock_password = { min_length: 8, composition: 'alphanumeric' };
    expect(runRule(id, phone, FIXTURE_AS_OF, withOptions('lock-password-strength', { minLength: 10 }))).toEqual([]);
  });

  it('only active devices', () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.security.lock_password = { min_length: 8, composition: 'alphanumeric' };
    ledger.devices[1]!.status = 'lost';
    expect(runRule(id, ledger)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('lost-device-incident', () => {
  const id = 'lost-device-incident';

  it('a lost device no incident names fires at its status; in Japanese too', () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.status = 'lost';
    const findings = runRule(id, ledger);
    expect(exact(findings)).toEqual([
      {
        path: 'devices/1/status',
        target: device('SP-01'),
        data: { device: 'SP-01' },
        en: 'Device SP-01 is marked lost but no incident records it. Do what a loss requires (password change, notice to the secretariat, remote lock) and record it in incidents',
      },
    ]);
    expect(ja(findings[0])).toBe('端末 SP-01 は紛失・盗難となっていますが incidents に記録がありません。対応（パスワード変更・事務局への通知・リモートロック）を行い、incidents に記録してください');
  });

  it('an incident naming the device silences it; one naming another device does not', () => {
    expect(runRule(id, withIncidents([incident()]))).toEqual([]);
    expect(exact(runRule(id, withIncidents([incident()], ['PC-01', 'SP-01'])))).toEqual([
      {
        path: 'devices/0/status',
        target: device('PC-01'),
        data: { device: 'PC-01' },
        en: 'Device PC-01 is marked lost but no incident records it. Do what a loss requires (password change, notice to the secretariat, remote lock) and record it in incidents',
      },
    ]);
    expect(runRule(id, withIncidents([incident({ device: 'PC-01' })], ['SP-01'])).map((finding) => finding.path.join('/'))).toEqual(['devices/1/status']);
  });

  it('only lost devices: active and retired ones need no incident', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.status = 'retired';
    ledger.devices[0]!.disposal = { date: '2026-11-20', wiped: true };
    expect(runRule(id, ledger)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('hidden-sheet', () => {
  type Rows = Array<Array<string | number | undefined>>;
  const sheet = (name: string, rows: Rows, state?: SheetCells['state']): SheetCells => ({ name, rows: rows as SheetCells['rows'], ...(state ? { state } : {}) });
  const facility = sheet('施設', [['項目', 'キー', '値'], ['', 'version', 1]]);

  it('a very hidden sheet is a hidden-sheet warning at its A1, naming the sheet; the rows are still read', () => {
    const parsed = workbook().workbookLedger([facility, sheet('端末', [['ID'], ['id'], ['D1']], 'veryHidden')]);
    expect(parsed.value).toEqual({ version: 1, devices: [{ id: 'D1' }] });
    expect(parsed.problems!.map(({ ruleId, severity, path, position, data, message }) => ({ ruleId, severity, path, position, data, en: message.en, ja: message.ja }))).toEqual([
      {
        ruleId: 'hidden-sheet',
        severity: 'warning',
        path: [],
        position: { line: 1, column: 1, cell: { sheet: '端末', sheetIndex: 1, ref: 'A1' } },
        data: {},
        en: "The sheet 「端末」 is very hidden (Excel's menus cannot show it). It was checked, but a ledger no one can see cannot be reviewed: make it visible again (with VBA or another tool) or move its rows to a visible sheet",
        ja: 'シート「端末」は Excel のメニューでは再表示できない「非常に非表示（veryHidden）」になっています。内容は確認に使いましたが、見えない台帳は見直せません。VBA やほかのツールで表示に戻すか、内容を見えるシートに移してください',
      },
    ]);
  });

  it('a hidden sheet (which the menus can show) and a visible one are not findings', () => {
    const parsed = workbook().workbookLedger([facility, sheet('端末', [['ID'], ['id'], ['D1']], 'hidden')]);
    expect(parsed.value).toEqual({ version: 1, devices: [{ id: 'D1' }] });
    expect(parsed.problems!.filter((finding) => finding.ruleId === 'hidden-sheet')).toEqual([]);
    expect(workbook().workbookLedger([facility]).problems!.filter((finding) => finding.ruleId === 'hidden-sheet')).toEqual([]);
  });

  it("the rule module is the catalogue's entry (a warning, not run on a ledger: the workbook reader reports it)", () => {
    const { RULES } = require('../../src/rules') as typeof import('../../src/rules');
    const rule = RULES.find((candidate) => candidate.id === 'hidden-sheet')!;
    expect([rule.severity, rule.category, rule.sources, rule.options, rule.check]).toEqual(['warning', 'structure', ['ledger.md'], {}, undefined]);
  });
});
