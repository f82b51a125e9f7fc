// Rule by rule, the variants next to each rule's condition: the other device type, the other value,
// the boundary of a number, an unknown id. Each row is one ledger edit and the exact findings it gives.
import type { Ledger } from '../../src/ledger';
import { cleanLedger, runRule, summarise } from '../helpers/ledger-fixture';

const pc = (l: Ledger) => l.devices[0]!;
const phone = (l: Ledger) => l.devices[1]!;
const sato = (l: Ledger) => l.users[0]!;

type Row = [string, string, (l: Ledger) => void, Array<{ path: string; target?: string }>];

const ROWS: Row[] = [
  ['lock-password-strength', 'exactly the minimum length, letters and digits', (l) => (pc(l).security.lock_password = { min_length: 8, composition: 'alphanumeric' }), []],
  ['lock-password-strength', 'one short of the minimum', (l) => (pc(l).security.lock_password = { min_length: 7, composition: 'alphanumeric' }), [{ path: 'devices/0/security/lock_password', target: 'PC-01' }]],
  ['lock-password-strength', 'long but letters only', (l) => (pc(l).security.lock_password = { min_length: 20, composition: 'letters' }), [{ path: 'devices/0/security/lock_password', target: 'PC-01' }]],
  ['lock-password-strength', 'no lock password policy recorded', (l) => delete pc(l).security.lock_password, []],
  ['lock-password-symbols', 'a tablet without symbols', (l) => {
    phone(l).type = 'tablet';
    phone(l).security.lock_password = { min_length: 10, composition: 'alphanumeric' };
  }, [{ path: 'devices/1/security/lock_password/composition', target: 'SP-01' }]],
  ['lock-password-symbols', 'a phone with no policy recorded', (l) => delete phone(l).security.lock_password, []],
  ['remote-wipe', 'a tablet without remote wipe', (l) => {
    phone(l).type = 'tablet';
    phone(l).security.remote_wipe = false;
  }, [{ path: 'devices/1/security/remote_wipe', target: 'SP-01' }]],
  ['unknown-sources', 'an Android tablet', (l) => {
    phone(l).type = 'tablet';
    phone(l).security.unknown_sources_blocked = false;
  }, [{ path: 'devices/1/security/unknown_sources_blocked', target: 'SP-01' }]],
  ['unused-apps', 'apps removed or stopped', (l) => {
    pc(l).security.unused_apps = 'removed';
    phone(l).security.unused_apps = 'stopped';
  }, []],
  ['wipe-after-failed-attempts', 'patient data on a phone, the setting not written', (l) => {
    phone(l).security.patient_data_stored = true;
    phone(l).security.encrypted = true;
  }, [{ path: 'devices/1/security/patient_data_stored', target: 'SP-01' }]],
  ['wipe-after-failed-attempts', 'patient data on a tablet, the setting false', (l) => {
    phone(l).type = 'tablet';
    phone(l).security.patient_data_stored = true;
    phone(l).security.wipe_after_failed_attempts = false;
  }, [{ path: 'devices/1/security/wipe_after_failed_attempts', target: 'SP-01' }]],
  ['wipe-after-failed-attempts', 'no patient data, the setting false', (l) => (phone(l).security.wipe_after_failed_attempts = false), []],
  ['encryption', 'patient data, encryption not written', (l) => (pc(l).security.patient_data_stored = true), [{ path: 'devices/0/security/patient_data_stored', target: 'PC-01' }]],
  ['encryption', 'no patient data, encryption false', (l) => (pc(l).security.encrypted = false), []],
  ['patient-data-on-device', 'patient data not written', (l) => delete pc(l).security.patient_data_stored, []],
  ['privacy-filter', 'a device only in the facility, no filter', (l) => {
    pc(l).security.privacy_filter = false;
    pc(l).locations = [{ place: 'in_facility' }];
  }, []],
  ['privacy-filter', 'a phone outside with a filter', (l) => (phone(l).security.privacy_filter = true), []],
  ['outside-location-detail', 'outside with no detail written, and in the facility with none', (l) => (phone(l).locations = [{ place: 'in_facility' }, { place: 'outside' }]), [{ path: 'devices/1/locations/1', target: 'SP-01' }]],
  ['public-wireless-lan', 'listed first', (l) => (pc(l).networks = ['public_wireless_lan', 'facility_wired_lan']), [{ path: 'devices/0/networks/0', target: 'PC-01' }]],
  ['device-shared', 'a personal device listed by three users, the third one deleted', (l) => {
    phone(l).ownership = 'personal';
    phone(l).security.settings_admin_only = true;
    sato(l).devices.push('SP-01');
    l.users[2]!.devices = ['SP-01'];
  }, [{ path: 'users/1/devices/0', target: 'SP-01' }]],
  ['device-shared', 'a lost personal device listed twice', (l) => {
    phone(l).ownership = 'personal';
    phone(l).status = 'lost';
    sato(l).devices.push('SP-01');
  }, []],
  ['device-not-active', 'a retired device and an unknown id listed', (l) => {
    pc(l).status = 'retired';
    pc(l).disposal = { date: '2026-10-01', wiped: true };
    sato(l).devices.push('PC-99');
  }, [{ path: 'users/0/devices/0', target: 'sato@sakura.example.jp' }]],
  ['device-not-active', 'a deleted user listing a lost device', (l) => {
    phone(l).status = 'lost';
    l.users[2]!.devices = ['SP-01'];
    l.users[1]!.devices = ['PC-01'];
  }, []],
  ['device-not-active', 'a duplicate id: the first device of that id counts', (l) => {
    l.devices.push({ ...phone(l), status: 'lost' });
    l.incidents = [];
  }, []],
  ['pledge-before-use', 'no pledge at all (pledge speaks)', (l) => (sato(l).pledge_date = null), []],
  ['pledge-before-use', 'a pledge before the start', (l) => (sato(l).pledge_date = '2024-03-31'), []],
  ['user-devices', 'a deleted user with no devices', (l) => (l.users[2]!.devices = []), []],
  ['departed-user', 'an end date but the account deleted', (l) => (sato(l).end_date = '2026-01-01') && (sato(l).account_status = 'deleted'), []],
  ['departed-user', 'an end date the day before as-of', (l) => (sato(l).end_date = '2026-11-23'), [{ path: 'users/0/account_status', target: 'sato@sakura.example.jp' }]],
  ['training', 'a training recorded', (l) => (sato(l).training = { kind: 'video', date: '2026-01-01' }), []],
];

describe.each(ROWS)('%s: %s', (rule, _name, edit, expected) => {
  it('gives exactly these findings', () => {
    const ledger = cleanLedger();
    edit(ledger);
    expect(summarise(runRule(rule, ledger))).toEqual(expected);
  });
});
