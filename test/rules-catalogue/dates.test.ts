// Date boundaries: as-of equal to the due day, month ends, leap years, "within N days", incident deadlines.
import type { Config } from '../../src/config/types';
import { addDaysToDay, addMonthsToDay, daysBetween, isDay } from '../../src/dates';
import { fill } from '../../src/i18n/lang';
import type { Ledger } from '../../src/ledger';
import { getRule } from '../../src/rules';
import { cleanLedger, runRule } from '../helpers/ledger-fixture';

function withPasswordChanged(day: string | null): Ledger {
  const ledger = cleanLedger();
  ledger.users = [{ ...ledger.users[0]!, mcs_password_changed: day }];
  return ledger;
}

const ageFindings = (changed: string | null, asOf: string, config?: Config) => runRule('mcs-password-age', withPasswordChanged(changed), asOf, config);
const expiringFindings = (changed: string, asOf: string, config?: Config) => runRule('mcs-password-expiring', withPasswordChanged(changed), asOf, config);

describe('calendar arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-08-31', 2, '2026-10-31'],
    ['2026-11-24', 2, '2027-01-24'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonthsToDay(day, months)).toBe(expected);
  });

  it('validates real calendar days', () => {
    expect(['2024-02-29', '2026-12-31', '0001-01-01'].map(isDay)).toEqual([true, true, true]);
    expect(['2025-02-29', '2026-02-30', '2026-13-01', '2026-1-01', '20261101', '2026/11/01'].map(isDay)).toEqual([false, false, false, false, false, false]);
  });

  it('counts days across a year end', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });
});

describe('mcs-password-age', () => {
  it('does not fire on the due day and fires the day after', () => {
    expect(ageFindings('2026-09-24', '2026-11-24')).toEqual([]);
    const [finding] = ageFindings('2026-09-24', '2026-11-25');
    expect(finding).toMatchObject({ path: ['users', 0, 'mcs_password_changed'], severity: 'error', data: { changed: '2026-09-24', months: 2, due: '2026-11-24' } });
    expect(fill(finding!.message.ja, finding!.data)).toBe(
      '佐藤 由美 さんの MCS パスワードが 2026-09-24 以降変更されていません（施設の規定の 2 か月を超過、期限 2026-11-24）。MCS のパスワードを変更し、台帳の mcs_password_changed を更新してください',
    );
  });

  it('handles month ends: 2026-12-31 + 2 months is due 2027-02-28', () => {
    expect(ageFindings('2026-12-31', '2027-02-28')).toEqual([]);
    expect(ageFindings('2026-12-31', '2027-03-01')).toHaveLength(1);
  });

  it('handles leap years: 2027-12-31 + 2 months is due 2028-02-29', () => {
    expect(ageFindings('2027-12-31', '2028-02-29')).toEqual([]);
    expect(ageFindings('2027-12-31', '2028-03-01')).toHaveLength(1);
  });

  it('fires on an unknown last change with its own message', () => {
    const [finding] = ageFindings(null, '2026-11-24');
    expect(fill(finding!.message.en, {})).toBe("The last change of {user}'s MCS password is not recorded. Change the MCS password and write that day in mcs_password_changed");
  });

  it('honours the months option', () => {
    const config: Config = { rules: { 'mcs-password-age': { options: { months: 3 } } } };
    expect(ageFindings('2026-08-24', '2026-11-24', config)).toEqual([]);
    expect(ageFindings('2026-08-23', '2026-11-24', config)).toHaveLength(1);
  });

  it('is silent when turned off and takes the configured severity', () => {
    expect(ageFindings(null, '2026-11-24', { rules: { 'mcs-password-age': { severity: 'off', options: {} } } })).toEqual([]);
    expect(ageFindings(null, '2026-11-24', { rules: { 'mcs-password-age': { severity: 'warning', options: {} } } })[0]!.severity).toBe('warning');
  });
});

describe('mcs-password-expiring', () => {
  // changed 2026-10-01 → due 2026-12-01
  it.each([
    ['2026-11-16', 15, false],
    ['2026-11-17', 14, true],
    ['2026-11-30', 1, true],
    ['2026-12-01', 0, true],
  ])('as of %s (%i days left): fires=%s', (asOf, daysLeft, fires) => {
    const findings = expiringFindings('2026-10-01', asOf);
    expect(findings).toHaveLength(fires ? 1 : 0);
    if (fires) expect(findings[0]).toMatchObject({ severity: 'warning', data: { due: '2026-12-01', daysLeft } });
  });

  it('leaves overdue passwords to mcs-password-age', () => {
    expect(expiringFindings('2026-10-01', '2026-12-02')).toEqual([]);
  });

  it('reads months from mcs-password-age and its own days option', () => {
    const config: Config = { rules: { 'mcs-password-age': { options: { months: 3 } }, 'mcs-password-expiring': { options: { days: 30 } } } };
    // due 2027-01-01; 38 days left on 2026-11-24
    expect(expiringFindings('2026-10-01', '2026-11-24', config)).toEqual([]);
    expect(expiringFindings('2026-10-01', '2026-12-02', config)[0]!.data).toMatchObject({ due: '2027-01-01', daysLeft: 30 });
  });
});

describe('incident deadlines', () => {
  function incidentLedger(changes: Partial<NonNullable<Ledger['incidents']>[number]>, deviceType: 'smartphone' | 'pc' = 'smartphone'): Ledger {
    const ledger = cleanLedger();
    const phone = ledger.devices[1]!;
    phone.status = 'lost';
    phone.type = deviceType;
    ledger.incidents = [
      {
        date: '2026-12-31',
        device: 'SP-01',
        user: 'takahashi@sakura.example.jp',
        kind: 'stolen',
        mcs_password_changed: '2026-12-31',
        secretariat_notified: '2026-12-31',
        carrier_remote_lock: '2026-12-31',
        ...changes,
      },
    ];
    return ledger;
  }
  const asOf = '2027-01-10';

  it.each(['incident-password-change', 'incident-secretariat', 'incident-carrier-lock'])('%s: same day and next day are fine, two days later is not', (rule) => {
    const step = { 'incident-password-change': 'mcs_password_changed', 'incident-secretariat': 'secretariat_notified', 'incident-carrier-lock': 'carrier_remote_lock' }[rule]!;
    expect(runRule(rule, incidentLedger({}), asOf)).toEqual([]);
    expect(runRule(rule, incidentLedger({ [step]: '2027-01-01' }), asOf)).toEqual([]);
    const late = runRule(rule, incidentLedger({ [step]: '2027-01-02' }), asOf);
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ path: ['incidents', 0, step], target: { kind: 'device', id: 'SP-01' }, data: { days: 2, maxDays: 1 } });
    const missing = runRule(rule, incidentLedger({ [step]: null }), asOf);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toBe(getRule(rule)!.messages.missing);
    expect(late[0]!.message).toBe(getRule(rule)!.messages.late);
  });

  it('honours maxDays', () => {
    const config: Config = { rules: { 'incident-secretariat': { options: { maxDays: 3 } } } };
    expect(runRule('incident-secretariat', incidentLedger({ secretariat_notified: '2027-01-03' }), asOf, config)).toEqual([]);
    expect(runRule('incident-secretariat', incidentLedger({ secretariat_notified: '2027-01-04' }), asOf, config)).toHaveLength(1);
  });

  it('carrier lock: not_applicable is fine, and a PC needs none', () => {
    expect(runRule('incident-carrier-lock', incidentLedger({ carrier_remote_lock: 'not_applicable' }), asOf)).toEqual([]);
    expect(runRule('incident-carrier-lock', incidentLedger({ carrier_remote_lock: null }, 'pc'), asOf)).toEqual([]);
  });
});

describe('far dates (issue 14): computed as calendar days, within the years 0000–9999', () => {
  it.each([
    ['9999-11-30', 1, '9999-12-30'],
    ['9999-12-31', 1, '9999-12-31'],
    ['2026-11-24', 100_000, '9999-12-31'],
    ['2026-11-24', 1e308, '9999-12-31'],
    ['0001-03-31', -2, '0001-01-31'],
    ['0000-01-31', -1, '0000-01-01'],
  ])('%s + %d months = %s', (day, months, expected) => {
    expect(addMonthsToDay(day, months)).toBe(expected);
  });

  it('days past the last writable day stay on it', () => {
    expect(addDaysToDay('9999-12-31', 1)).toBe('9999-12-31');
    expect(addDaysToDay('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDaysToDay('2026-11-24', 1e308)).toBe('9999-12-31');
    expect(addDaysToDay('0000-01-01', -1)).toBe('0000-01-01');
    expect(daysBetween('0000-01-01', '9999-12-31')).toBe(3_652_424);
  });

  it('is the same in every time zone (the arithmetic runs on UTC calendar days)', () => {
    expect(isDay('2011-12-30')).toBe(true); // skipped in Pacific/Apia local time; the CLI test sets TZ
    expect(daysBetween('2011-12-29', '2011-12-31')).toBe(2);
  });
});
