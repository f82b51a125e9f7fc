// Exact checks of what collectDueObligations leaves out and of calendar uids, the modules loaded inside
// each test (test/helpers/fresh.ts).
import { fresh } from '../helpers/fresh';
import { EMPTY_CONFIG, cleanLedger } from '../helpers/ledger-fixture';

function collect(): typeof import('../../src/due/collect') {
  return fresh(() => require('../../src/due/collect'));
}

describe('collectDueObligations', () => {
  it('lists no exception naming someone who has left, even one that expired before they left, only their account removal', () => {
    const { collectDueObligations } = collect();
    const ledger = cleanLedger();
    ledger.users[1]!.end_date = '2026-11-20'; // 高橋 健 has left, account still active
    const exception = { rule: 'mfa', reason: 'r', approved_by: '佐藤 由美', approved_on: '2026-01-01', expires: '2026-12-10' };
    ledger.exceptions = [
      { ...exception, target: 'takahashi@sakura.example.jp', expires: '2026-11-10' }, // expired before they left: still not listed
      { ...exception, target: 'PC-01' },
    ];
    const listed = collectDueObligations(ledger as never, EMPTY_CONFIG, '2026-11-24')
      .filter((obligation) => obligation.kind === 'exception-expiry' || obligation.kind === 'account-removal')
      .map((obligation) => [obligation.kind, obligation.path, obligation.due]);
    expect(listed).toEqual([
      ['exception-expiry', ['exceptions', 1, 'expires'], '2026-12-10'],
      ['account-removal', ['users', 1, 'end_date'], '2026-11-20'],
    ]);
  });

  it("a password change whose last date is not recorded carries no date and no months in its data (a known one carries both)", () => {
    const { collectDueObligations } = collect();
    const ledger = cleanLedger();
    ledger.users[1]!.mcs_password_changed = null;
    const passwords = collectDueObligations(ledger as never, EMPTY_CONFIG, '2026-11-24').filter((obligation) => obligation.kind === 'mcs-password');
    expect(passwords.map((obligation) => [obligation.path[1], obligation.due, obligation.data])).toEqual([
      [0, '2026-12-20', { user: '佐藤 由美', mcsId: 'sato@sakura.example.jp', changed: '2026-10-20', months: 2 }],
      [1, null, { user: '高橋 健', mcsId: 'takahashi@sakura.example.jp' }],
    ]);
  });
});

describe('calendarUid', () => {
  it('keeps a name in angle brackets as it is, never read as a path', () => {
    const { calendarUid } = fresh(() => require('../../src/due/uid') as typeof import('../../src/due/uid'));
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    const expected = `${createHash('sha1').update(['<a/./b>', 'mcs-password', 'x', '2026-12-01'].join('\n')).digest('hex')}@dokodemo-check`;
    expect(calendarUid('<a/./b>', 'mcs-password', 'x', '2026-12-01')).toBe(expected);
  });
});
