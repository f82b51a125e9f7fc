// rules.md "active user": once a person's end date is on or before as-of, only departed-user speaks
// about them (check, due and the calendar) until the account is deleted.
import { runRules } from '../../src/engine/run-rules';
import { dueReport } from '../../src/due/report';
import type { Ledger, User } from '../../src/ledger';
import { runCli } from '../helpers/cli';
import { EMPTY_CONFIG, FIXTURE_AS_OF, cleanLedger } from '../helpers/ledger-fixture';

const TOMORROW = '2026-11-25';

/** 高橋 with every user problem at once: old password, policy unread, no training, no pledge, a retired device. */
function withNeglectedUser(overrides: Partial<User>): Ledger {
  const ledger = cleanLedger();
  ledger.facility.mcs_admins = [{ name: '佐藤 由美', mcs_id: 'sato@sakura.example.jp' }];
  ledger.devices[1]!.status = 'retired';
  ledger.devices[1]!.disposal = { date: '2026-11-01', wiped: true };
  ledger.users[1] = {
    ...ledger.users[1]!,
    mcs_password_changed: '2025-01-01',
    policy_read: false,
    training: null,
    pledge_date: null,
    devices: ['SP-01'],
    ...overrides,
  };
  return ledger;
}

function findings(ledger: Ledger) {
  return runRules(ledger, FIXTURE_AS_OF, EMPTY_CONFIG).map((finding) => [finding.ruleId, finding.target?.id, finding.path.join('/')]);
}

function due(ledger: Ledger) {
  const bytes = Buffer.from(JSON.stringify(ledger));
  const report = dueReport([{ file: 'l.yaml', bytes }], { asOf: FIXTURE_AS_OF, within: 30, config: EMPTY_CONFIG, lang: 'en', redact: false, version: 't' });
  return report.items.map((item) => [item.kind, item.target, item.due]);
}

const TAKAHASHI = 'takahashi@sakura.example.jp';

describe('a person whose end date has passed, account still active', () => {
  it('gets exactly one finding, departed-user, when the end date is as-of', () => {
    expect(findings(withNeglectedUser({ end_date: FIXTURE_AS_OF }))).toEqual([['departed-user', TAKAHASHI, 'users/1/account_status']]);
  });

  it('gets departed-user only, also when the end date is long past', () => {
    expect(findings(withNeglectedUser({ end_date: '2025-03-31' }))).toEqual([['departed-user', TAKAHASHI, 'users/1/account_status']]);
  });

  it('no longer counts as an administrator: admin-is-user names the facility (take away the admin rights)', () => {
    const ledger = withNeglectedUser({ end_date: FIXTURE_AS_OF });
    ledger.facility.mcs_admins = [{ name: '高橋 健', mcs_id: TAKAHASHI }];
    expect(findings(ledger)).toEqual([
      ['admin-is-user', 'facility', 'facility/mcs_admins/0/mcs_id'],
      ['departed-user', TAKAHASHI, 'users/1/account_status'],
    ]);
  });

  it('no longer makes a personal device "shared" for the person who still uses it', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.ownership = 'personal';
    ledger.devices[0]!.security.settings_admin_only = true;
    ledger.facility.mcs_admins = [{ name: '佐藤 由美', mcs_id: 'sato@sakura.example.jp' }];
    ledger.users[1] = { ...ledger.users[1]!, devices: ['PC-01'], end_date: '2026-10-31' };
    expect(findings(ledger).filter(([rule]) => rule !== 'byod')).toEqual([['departed-user', TAKAHASHI, 'users/1/account_status']]);
    ledger.users[1]!.end_date = TOMORROW;
    expect(findings(ledger).filter(([rule]) => rule === 'device-shared')).toEqual([['device-shared', 'PC-01', 'users/1/devices/0']]);
  });

  it('leaves an exception naming them unreported as unused (the rules it covers are silent for them)', () => {
    const ledger = withNeglectedUser({ end_date: FIXTURE_AS_OF });
    ledger.exceptions = [{ rule: 'training', target: TAKAHASHI, reason: 'r', approved_by: '佐藤 由美', approved_on: '2026-01-01', expires: '2026-12-01' }];
    expect(findings(ledger)).toEqual([['departed-user', TAKAHASHI, 'users/1/account_status']]);
    expect(due(ledger).filter(([, target]) => target === TAKAHASHI)).toEqual([['account-removal', TAKAHASHI, FIXTURE_AS_OF]]);
  });

  it('in due, has only the account removal listed', () => {
    expect(due(withNeglectedUser({ end_date: '2026-11-20' }))).toEqual([
      ['account-removal', TAKAHASHI, '2026-11-20'],
      ['mcs-password', 'sato@sakura.example.jp', '2026-12-20'],
    ]);
  });
});

describe('the nearest variants', () => {
  it('end date tomorrow: still an active user, every user rule speaks, departed-user is silent', () => {
    expect(findings(withNeglectedUser({ end_date: TOMORROW })).map(([rule]) => rule)).toEqual(['mcs-password-age', 'policy-read', 'training', 'pledge', 'device-not-active']);
    expect(due(withNeglectedUser({ end_date: TOMORROW }))).toEqual([
      ['mcs-password', TAKAHASHI, '2025-03-01'],
      ['account-removal', TAKAHASHI, TOMORROW],
      ['mcs-password', 'sato@sakura.example.jp', '2026-12-20'],
    ]);
  });

  it('account deleted: nothing speaks about them, in check or in due', () => {
    const ledger = withNeglectedUser({ end_date: '2026-10-31', account_status: 'deleted' });
    expect(findings(ledger)).toEqual([]);
    expect(due(ledger).filter(([, target]) => target === TAKAHASHI)).toEqual([]);
  });

  it('account suspended: not an active user, and not departed-user either', () => {
    expect(findings(withNeglectedUser({ end_date: '2026-10-31', account_status: 'suspended' }))).toEqual([]);
    expect(findings(withNeglectedUser({ account_status: 'suspended' }))).toEqual([]);
  });
});

describe('the calendar', () => {
  it('has the account removal for someone who left, and nothing else about them', () => {
    const { stdout } = runCli(['due', '--as-of', FIXTURE_AS_OF, '-f', 'ics', '--within', '365', 'examples/clinic-with-findings.yaml']);
    const summaries = stdout.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line.startsWith('SUMMARY:') && line.includes('山本 翔太'));
    expect(summaries).toEqual(['SUMMARY:みどり在宅クリニック: [overdue] 山本 翔太 stops using MCS on 2026-09-30: have the facility administrator delete the MCS account and set account_status to deleted']);
  });
});

describe('who has left, by mcs_id (exceptions and due items name people by it)', () => {
  const helpers = () => require('../../src/rules/helpers') as typeof import('../../src/rules/helpers');

  it('an mcs_id written twice, either entry departed: that id has left, in any case', () => {
    const { forgetLedgerLists, isDepartedUserId } = helpers();
    const ledger = cleanLedger();
    const again: User = { ...ledger.users[1]!, mcs_id: 'Takahashi@Sakura.Example.JP', end_date: '2026-11-01' };
    ledger.users.push(again);
    forgetLedgerLists();
    expect(isDepartedUserId(ledger, 'takahashi@sakura.example.jp', FIXTURE_AS_OF)).toBe(true);
    ledger.users[1]!.end_date = '2026-11-01'; // the first entry has left, the second not
    again.end_date = null;
    forgetLedgerLists();
    expect([isDepartedUserId(ledger, 'takahashi@sakura.example.jp', FIXTURE_AS_OF), isDepartedUserId(ledger, 'sato@sakura.example.jp', FIXTURE_AS_OF)]).toEqual([true, false]);
  });

  it('mcs_ids compare without case, and only the same id matches', () => {
    const { sameMcsId } = helpers();
    expect([sameMcsId('Sato@Sakura.Example.JP', 'sato@sakura.example.jp'), sameMcsId('sato@sakura.example.jp', 'takahashi@sakura.example.jp')]).toEqual([true, false]);
  });
});
