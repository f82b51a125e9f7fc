// Which dated obligations `due` lists, and when: the window's boundaries, month ends, the rules'
// options from the configuration, and agreement with the rules that report the same deadlines.
import { readFileSync } from 'node:fs';
import type { Config } from '../../src/config/types';
import { collectDueObligations, DUE_KIND_RULES } from '../../src/due/collect';
import { dueReport } from '../../src/due/report';
import type { DueItem, DueOptions } from '../../src/due/report';
import type { Ledger } from '../../src/ledger';
import { EMPTY_CONFIG, cleanLedger, runRule } from '../helpers/ledger-fixture';

const AS_OF = '2026-11-24';

/** A ledger as a file: JSON is a YAML 1.2 document, so the fixture object can be written as is. */
function file(ledger: Ledger, name = 'ledger.yaml') {
  return { file: name, bytes: Buffer.from(JSON.stringify(ledger, null, 1)) };
}

function options(overrides: Partial<DueOptions> = {}): DueOptions {
  return { asOf: AS_OF, within: 30, config: EMPTY_CONFIG, lang: 'en', redact: false, version: 'test', ...overrides };
}

function items(ledger: Ledger, overrides: Partial<DueOptions> = {}): DueItem[] {
  return dueReport([file(ledger)], options(overrides)).items;
}

function ofKind(kind: string, ledger: Ledger, overrides: Partial<DueOptions> = {}) {
  return items(ledger, overrides)
    .filter((item) => item.kind === kind)
    .map(({ due, daysLeft, overdue, target, path }) => ({ due, daysLeft, overdue, target, path }));
}

/** The fixture with one active user whose password was last changed on `changed`. */
function passwordChangedOn(changed: string | null): Ledger {
  const ledger = cleanLedger();
  ledger.users = [{ ...ledger.users[0]!, mcs_password_changed: changed }];
  ledger.facility.updated = '2026-11-01';
  return ledger;
}

function config(rules: Config['rules']): Config {
  return { rules };
}

describe('the window around as-of', () => {
  const user = 'sato@sakura.example.jp';
  const path = '/users/0/mcs_password_changed';

  it('lists a password due today as not overdue, with 0 days left', () => {
    expect(ofKind('mcs-password', passwordChangedOn('2026-09-24'))).toEqual([{ due: AS_OF, daysLeft: 0, overdue: false, target: user, path }]);
  });

  it('lists a password overdue by one day', () => {
    expect(ofKind('mcs-password', passwordChangedOn('2026-09-23'))).toEqual([{ due: '2026-11-23', daysLeft: -1, overdue: true, target: user, path }]);
  });

  it('lists what falls due in exactly --within days, and not a day later', () => {
    expect(ofKind('mcs-password', passwordChangedOn('2026-10-24'))).toEqual([{ due: '2026-12-24', daysLeft: 30, overdue: false, target: user, path }]);
    expect(ofKind('mcs-password', passwordChangedOn('2026-10-25'))).toEqual([]);
    expect(ofKind('mcs-password', passwordChangedOn('2026-10-25'), { within: 31 })).toHaveLength(1);
  });

  it('with --within 0 lists only what is due today or overdue', () => {
    expect(ofKind('mcs-password', passwordChangedOn('2026-09-24'), { within: 0 })).toHaveLength(1);
    expect(ofKind('mcs-password', passwordChangedOn('2026-09-25'), { within: 0 })).toEqual([]);
  });

  it('counts months as the rules do: 2026-12-31 + 2 months = 2027-02-28', () => {
    const [item] = ofKind('mcs-password', passwordChangedOn('2026-12-31'), { asOf: '2027-02-01' });
    expect(item).toMatchObject({ due: '2027-02-28', daysLeft: 27, overdue: false });
    expect(ofKind('mcs-password', passwordChangedOn('2027-12-31'), { asOf: '2028-02-01' })[0]!.due).toBe('2028-02-29');
  });

  it('treats an unknown last change (null) as overdue now', () => {
    expect(ofKind('mcs-password', passwordChangedOn(null))).toEqual([{ due: AS_OF, daysLeft: 0, overdue: true, target: user, path }]);
  });
});

describe('agreement with the rules that report the same deadlines', () => {
  it('the password is due on the last day mcs-password-age stays silent', () => {
    const ledger = passwordChangedOn('2026-09-24');
    const [item] = items(ledger);
    expect(runRule('mcs-password-age', ledger, item!.due)).toEqual([]);
    expect(runRule('mcs-password-age', ledger, '2026-11-25')).toHaveLength(1);
  });

  it('the ledger review is due on the last day ledger-review stays silent', () => {
    const ledger = cleanLedger();
    ledger.facility.updated = '2025-12-20';
    const [item] = ofKind('ledger-review', ledger);
    expect(item).toEqual({ due: '2026-12-20', daysLeft: 26, overdue: false, target: 'facility', path: '/facility/updated' });
    expect(runRule('ledger-review', ledger, '2026-12-20')).toEqual([]);
    expect(runRule('ledger-review', ledger, '2026-12-21')).toHaveLength(1);
  });

  it('an exception expires on the last day it is in force (exception-expired fires the day after)', () => {
    const ledger = cleanLedger();
    ledger.exceptions = [{ rule: 'mfa', target: 'PC-01', reason: 'r', approved_by: '佐藤 由美', approved_on: '2026-01-01', expires: '2026-11-24' }];
    expect(ofKind('exception-expiry', ledger)).toEqual([{ due: AS_OF, daysLeft: 0, overdue: false, target: 'PC-01', path: '/exceptions/0/expires' }]);
    expect(runRule('exception-expired', ledger, AS_OF)).toEqual([]);
    expect(runRule('exception-expired', ledger, '2026-11-25')).toHaveLength(1);
  });
});

describe('the configuration', () => {
  it("honours mcs-password-age's months", () => {
    const ledger = passwordChangedOn('2026-08-31');
    expect(ofKind('mcs-password', ledger)).toMatchObject([{ due: '2026-10-31', overdue: true }]);
    const threeMonths = config({ 'mcs-password-age': { options: { months: 3 } } });
    expect(ofKind('mcs-password', ledger, { config: threeMonths })).toMatchObject([{ due: '2026-11-30', daysLeft: 6, overdue: false }]);
  });

  it("honours ledger-review's months", () => {
    const ledger = cleanLedger();
    ledger.facility.updated = '2026-06-15';
    expect(ofKind('ledger-review', ledger)).toEqual([]);
    expect(ofKind('ledger-review', ledger, { config: config({ 'ledger-review': { options: { months: 6 } } }) })).toMatchObject([{ due: '2026-12-15' }]);
  });

  it('gives no items of a kind whose rule is turned off', () => {
    const ledger = passwordChangedOn(null);
    ledger.facility.updated = '2025-01-01';
    const off = config({ 'mcs-password-age': { severity: 'off', options: {} }, 'ledger-review': { severity: 'off', options: {} } });
    expect(items(ledger).map((item) => item.kind).sort()).toEqual(['ledger-review', 'mcs-password']);
    expect(items(ledger, { config: off })).toEqual([]);
  });

  it('names, for every kind, a rule that exists', () => {
    for (const ruleId of DUE_KIND_RULES.values()) expect(runRule(ruleId, cleanLedger())).toEqual([]);
    expect([...DUE_KIND_RULES.keys()]).toEqual([
      'mcs-password',
      'exception-expiry',
      'ledger-review',
      'account-removal',
      'incident-password-change',
      'incident-secretariat',
      'incident-carrier-lock',
    ]);
  });
});

describe('what is listed', () => {
  it("lists only active users' passwords", () => {
    const ledger = cleanLedger();
    ledger.users = ledger.users.map((user) => ({ ...user, mcs_password_changed: null, account_status: 'suspended' }));
    ledger.users[1]!.account_status = 'active';
    expect(ofKind('mcs-password', ledger).map((item) => item.target)).toEqual(['takahashi@sakura.example.jp']);
  });

  it('lists every exception that expires in the window or has expired, whether or not it is in force', () => {
    const ledger = cleanLedger();
    const exception = { rule: 'mfa', reason: 'r', approved_by: '佐藤 由美', approved_on: '2026-01-01' };
    ledger.exceptions = [
      { ...exception, target: 'PC-01', expires: '2026-06-30' },
      { ...exception, target: 'SATO@sakura.example.jp', expires: '2026-12-01' },
      { ...exception, target: 'facility', rule: 'ssid-stealth', approved_on: '2026-12-01', expires: '2026-12-10' },
      { ...exception, target: 'SP-01', expires: '2027-03-31' },
    ];
    const listed = items(ledger).filter((item) => item.kind === 'exception-expiry');
    expect(listed.map(({ target, targetLabel, due, overdue }) => ({ target, targetLabel, due, overdue }))).toEqual([
      { target: 'PC-01', targetLabel: 'PC-01', due: '2026-06-30', overdue: true },
      { target: 'sato@sakura.example.jp', targetLabel: '佐藤 由美', due: '2026-12-01', overdue: false },
      { target: 'facility', targetLabel: 'facility', due: '2026-12-10', overdue: false },
    ]);
    expect(listed[1]!.message).toBe('The exception to mfa for 佐藤 由美 expires: fix the problem and remove it, or have it approved again and update expires');
  });

  it('lists the removal of an active account on its end_date (departed-user)', () => {
    const ledger = cleanLedger();
    ledger.users[1]!.end_date = '2026-12-15';
    ledger.users[2]!.end_date = '2026-11-30'; // deleted already: nothing to do
    expect(ofKind('account-removal', ledger)).toEqual([
      { due: '2026-12-15', daysLeft: 21, overdue: false, target: 'takahashi@sakura.example.jp', path: '/users/1/end_date' },
    ]);
    expect(runRule('departed-user', ledger, '2026-12-15')).toHaveLength(1);
  });

  it('lists nothing for a person that falls due on or after the day they leave: by then only the account removal is due', () => {
    const ledger = cleanLedger();
    ledger.users = [
      { ...ledger.users[0]!, mcs_id: 'leaves-first@sakura.example.jp', mcs_password_changed: '2026-10-20', end_date: '2026-12-15' }, // password due 2026-12-20
      { ...ledger.users[0]!, mcs_id: 'leaves-that-day@sakura.example.jp', mcs_password_changed: '2026-10-20', end_date: '2026-12-20' },
      { ...ledger.users[0]!, mcs_id: 'leaves-after@sakura.example.jp', mcs_password_changed: '2026-10-20', end_date: '2026-12-21' },
    ];
    ledger.exceptions = [{ rule: 'mfa', target: 'leaves-first@sakura.example.jp', reason: 'r', approved_by: 'x', approved_on: '2026-11-01', expires: '2026-12-16' }];
    expect(items(ledger).map((item) => [item.kind, item.target, item.due])).toEqual([
      ['account-removal', 'leaves-first@sakura.example.jp', '2026-12-15'],
      ['account-removal', 'leaves-that-day@sakura.example.jp', '2026-12-20'],
      ['mcs-password', 'leaves-after@sakura.example.jp', '2026-12-20'],
      ['account-removal', 'leaves-after@sakura.example.jp', '2026-12-21'],
    ]);
  });

  it('lists the steps after a loss not yet taken, due maxDays after it; the carrier lock only for phones and tablets', () => {
    const ledger = cleanLedger();
    const incident = { user: 'sato@sakura.example.jp', kind: 'lost' as const, mcs_password_changed: null, secretariat_notified: '2026-11-23', carrier_remote_lock: null };
    ledger.incidents = [
      { ...incident, date: '2026-11-23', device: 'SP-01' },
      { ...incident, date: '2026-11-24', device: 'PC-01' },
    ];
    const due = items(ledger).filter((item) => item.kind.startsWith('incident-'));
    expect(due.map(({ kind, due: day, overdue, path }) => ({ kind, day, overdue, path }))).toEqual([
      { kind: 'incident-password-change', day: '2026-11-24', overdue: false, path: '/incidents/0/mcs_password_changed' },
      { kind: 'incident-carrier-lock', day: '2026-11-24', overdue: false, path: '/incidents/0/carrier_remote_lock' },
      { kind: 'incident-password-change', day: '2026-11-25', overdue: false, path: '/incidents/1/mcs_password_changed' },
    ]);
    const sameDay = config({ 'incident-password-change': { options: { maxDays: 0 } } });
    expect(ofKind('incident-password-change', ledger, { config: sameDay }).map((item) => [item.due, item.overdue])).toEqual([
      ['2026-11-23', true],
      ['2026-11-24', false],
    ]);
  });

  it('collects nothing from a clean ledger beyond its next dates', () => {
    const kinds = collectDueObligations(cleanLedger(), EMPTY_CONFIG, '2026-11-01').map((obligation) => obligation.kind);
    expect(kinds).toEqual(['mcs-password', 'mcs-password', 'ledger-review']);
  });
});

describe('order and files', () => {
  it('puts overdue items first (oldest first), then the soonest; ties by file order and position', () => {
    const first = passwordChangedOn('2026-10-01'); // due 2026-12-01
    first.exceptions = [{ rule: 'mfa', target: 'PC-01', reason: 'r', approved_by: 'x', approved_on: '2026-01-01', expires: '2026-11-01' }];
    const second = passwordChangedOn(null); // overdue now
    second.facility.updated = '2025-11-20'; // review due 2026-11-20
    const report = dueReport([file(first, 'b.yaml'), file(second, 'a.yaml')], options());
    expect(report.items.map((item) => [item.file, item.kind, item.due, item.overdue])).toEqual([
      ['b.yaml', 'exception-expiry', '2026-11-01', true],
      ['a.yaml', 'ledger-review', '2026-11-20', true],
      ['a.yaml', 'mcs-password', AS_OF, true],
      ['b.yaml', 'mcs-password', '2026-12-01', false],
    ]);
  });

  it('points each item at the node its due day comes from', () => {
    const text = readFileSync('examples/clinic-with-findings.yaml', 'utf8');
    const report = dueReport([{ file: 'clinic.yaml', bytes: Buffer.from(text) }], options({ within: 365 }));
    const lines = text.split('\n');
    const at = (item: DueItem) => lines[item.line! - 1]!.slice(item.column! - 1);
    expect(report.items.map((item) => [item.path, at(item)])).toEqual([
      ['/users/0/mcs_password_changed', '2026-05-10'],
      ['/facility/updated', '2025-09-30'],
      ['/users/2/end_date', '2026-09-30'], // left on 2026-09-30: only the account removal, no password
      ['/users/1/mcs_password_changed', '2026-09-30'],
    ]);
  });

  it('keeps ledgers that do not load apart, with their findings as check presents them', () => {
    const broken = cleanLedger() as unknown as Record<string, unknown>;
    delete broken.users;
    const report = dueReport([file(broken as unknown as Ledger, 'broken.yaml'), file(cleanLedger())], options());
    expect(report.items.map((item) => [item.file, item.due])).toEqual([['ledger.yaml', '2026-12-20']]); // the other file still counts
    expect(report.invalid.files.map((f) => [f.file, f.findings.map((finding) => finding.ruleId)])).toEqual([['broken.yaml', ['schema']]]);
  });
});

describe('--redact and --lang', () => {
  it('masks names and mcs_ids in targets and messages', () => {
    const [item] = items(passwordChangedOn('2026-10-01'), { redact: true });
    expect(item).toMatchObject({ target: 's***@sakura.example.jp', targetLabel: '佐*' });
    expect(item!.message).toBe("Change 佐*'s MCS password (last changed 2026-10-01; every 2 months), then update mcs_password_changed in the ledger");
  });

  it('writes messages in Japanese', () => {
    const [item] = items(passwordChangedOn('2026-10-01'), { lang: 'ja' });
    expect(item!.message).toBe('佐藤 由美 さんの MCS パスワードを変更する（前回 2026-10-01、2 か月ごと）。変更したら台帳の mcs_password_changed を更新');
  });
});
