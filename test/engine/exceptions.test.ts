import { applyExceptions, isInForce } from '../../src/engine/exceptions';
import type { Ledger, LedgerException } from '../../src/ledger';
import type { Finding } from '../../src/types';

const AS_OF = '2026-11-24';

function exception(overrides: Partial<LedgerException> = {}): LedgerException {
  return {
    rule: 'public-wireless-lan',
    target: 'TB-01',
    reason: '公衆無線 LAN しかないため VPN を条件に承認',
    approved_by: '松本 理恵',
    approved_on: '2026-04-01',
    expires: '2027-03-31',
    ...overrides,
  };
}

function ledgerWith(exceptions: LedgerException[]): Ledger {
  return { exceptions, users: [] } as unknown as Ledger;
}

function finding(ruleId: string, target?: Finding['target']): Finding {
  return { ruleId, severity: 'error', path: ['devices', 0], target, message: { ja: 'm', en: 'm' }, data: {}, sources: [] };
}

const device = (id: string): Finding['target'] => ({ kind: 'device', id, label: id });
const user = (id: string): Finding['target'] => ({ kind: 'user', id, label: 'name' });

describe('isInForce', () => {
  it.each([
    ['2026-03-31', false],
    ['2026-04-01', true],
    ['2027-03-31', true],
    ['2027-04-01', false],
  ])('as of %s: %s', (asOf, expected) => {
    expect(isInForce(exception(), asOf)).toBe(expected);
  });
});

describe('applyExceptions', () => {
  it('suppresses the matching finding and keeps it, with the reason', () => {
    const [result] = applyExceptions([finding('public-wireless-lan', device('TB-01'))], ledgerWith([exception()]), AS_OF, { rules: {} });
    expect(result!.suppression).toEqual({ reason: '公衆無線 LAN しかないため VPN を条件に承認', approvedBy: '松本 理恵', expires: '2027-03-31' });
  });

  it('matches users case-insensitively and devices exactly', () => {
    const exceptions = [exception({ rule: 'pledge', target: 'Tanaka@Example.jp' }), exception({ target: 'tb-01' })];
    const results = applyExceptions(
      [finding('pledge', user('tanaka@example.jp')), finding('public-wireless-lan', device('TB-01'))],
      ledgerWith(exceptions),
      AS_OF,
      { rules: {} },
    );
    expect(results.map((result) => [result.ruleId, result.suppression !== undefined])).toEqual([
      ['pledge', true],
      ['public-wireless-lan', false],
      ['exception-unused', false],
    ]);
    expect(results[2]!.path).toEqual(['exceptions', 1]);
  });

  it('does not suppress other rules, other targets, findings without a target, or schema findings', () => {
    const findings = [finding('antivirus', device('TB-01')), finding('public-wireless-lan', device('TB-02')), finding('public-wireless-lan'), finding('schema', device('TB-01'))];
    const exceptions = [exception(), exception({ rule: 'schema' })];
    const results = applyExceptions(findings, ledgerWith(exceptions), AS_OF, { rules: {} });
    expect(results.filter((result) => result.suppression)).toEqual([]);
    expect(results.filter((result) => result.ruleId === 'exception-unused').map((result) => result.path)).toEqual([
      ['exceptions', 0],
      ['exceptions', 1],
    ]);
  });

  it('ignores exceptions not yet or no longer in force, and reports no unused finding for them', () => {
    const exceptions = [exception({ approved_on: '2026-12-01' }), exception({ expires: '2026-11-23' })];
    const results = applyExceptions([finding('public-wireless-lan', device('TB-01'))], ledgerWith(exceptions), AS_OF, { rules: {} });
    expect(results).toEqual([finding('public-wireless-lan', device('TB-01'))]);
  });

  it('reports an unused exception as info, or not at all when the rule is off', () => {
    const unused = applyExceptions([], ledgerWith([exception()]), AS_OF, { rules: {} });
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ ruleId: 'exception-unused', severity: 'info', path: ['exceptions', 0] });
    expect(applyExceptions([], ledgerWith([exception()]), AS_OF, { rules: { 'exception-unused': { severity: 'off', options: {} } } })).toEqual([]);
  });
});
