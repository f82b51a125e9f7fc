// What a run of many files keeps of each check until its report (src/engine/check-file.ts keptCheck): the
// ledger with its devices' settings and its users' dates and lists dropped, which only the rules and the
// due days read; everything else as it was.
import { checkBytes, keptCheck } from '../../src/engine/check-file';
import type { FileCheck } from '../../src/engine/check-file';
import { DEFAULT_CONFIG } from '../../src/config/types';
import { cleanLedger } from '../helpers/ledger-fixture';

const AS_OF = '2026-11-24';

describe('keptCheck', () => {
  it('drops each device\'s locations, networks and security, and each user\'s dates and lists but the start and end; the check it was given is unchanged', () => {
    const ledger = cleanLedger();
    const check: FileCheck = checkBytes(Buffer.from(JSON.stringify(ledger)), { asOf: AS_OF, config: DEFAULT_CONFIG, places: true }, 'x.yaml');
    const before = structuredClone(check);
    const kept = keptCheck(check);
    expect(check).toEqual(before);
    expect(kept.findings).toBe(check.findings);
    expect(kept.places).toBe(check.places);
    const START = ['name', 'mcs_id', 'job_type', 'account_status', 'start_date'];
    expect(kept.ledger!.users.map((user) => Object.keys(user))).toEqual([START, START, [...START, 'end_date']]);
    expect(kept.ledger!.users).toEqual(check.ledger!.users.map(({ name, mcs_id, job_type, account_status, start_date, end_date }) => ({ name, mcs_id, job_type, account_status, start_date, ...(end_date ? { end_date } : {}) })));
    expect(check.ledger!.users.some((user) => user.training !== null && user.devices.length > 0 && user.mcs_password_changed !== null)).toBe(true);
    expect(kept.ledger!.facility).toBe(check.ledger!.facility);
    expect(Object.keys(kept.ledger!)).toEqual(Object.keys(check.ledger!));
    expect(kept.ledger!.devices).toEqual(check.ledger!.devices.map((device) => {
      const { locations: _l, networks: _n, security: _s, ...rest } = device;
      return rest;
    }));
    expect(kept.ledger!.devices.map((device) => Object.keys(device))).toEqual(check.ledger!.devices.map((device) => Object.keys(device).filter((key) => !['locations', 'networks', 'security'].includes(key))));
    expect(check.ledger!.devices.every((device) => device.security !== undefined && device.locations.length > 0)).toBe(true);
  });

  it("keeps a user's end date, and one written empty (null), as they are", () => {
    const ledger = cleanLedger();
    ledger.users[0]!.end_date = '2026-12-31';
    ledger.users[1]!.end_date = null;
    const kept = keptCheck(checkBytes(Buffer.from(JSON.stringify(ledger)), { asOf: AS_OF, config: DEFAULT_CONFIG }, 'x.yaml'));
    expect(kept.ledger!.users.slice(0, 2).map((user) => [Object.keys(user), user.end_date])).toEqual([
      [['name', 'mcs_id', 'job_type', 'account_status', 'start_date', 'end_date'], '2026-12-31'],
      [['name', 'mcs_id', 'job_type', 'account_status', 'start_date', 'end_date'], null],
    ]);
  });

  it('a check without a ledger (a syntax error) is kept as it is', () => {
    const check = checkBytes(Buffer.from('version: [1'), { asOf: AS_OF, config: DEFAULT_CONFIG }, 'x.yaml');
    expect(check.ledger).toBeUndefined();
    expect(keptCheck(check)).toBe(check);
  });
});
