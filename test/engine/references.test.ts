// mcs_ids compare case-insensitively wherever one is referenced, and an exception's personal data stays
// masked under --redact even when the exception itself is what gets reported.
import { stringify } from 'yaml';
import { checkBytes } from '../../src/engine/check-file';
import { applyExceptions } from '../../src/engine/exceptions';
import type { Ledger, LedgerException } from '../../src/ledger';
import { presentReport } from '../../src/report/model';
import type { Finding } from '../../src/types';
import { checkLedger } from '../helpers/check-ledger';
import { EMPTY_CONFIG, FIXTURE_AS_OF, cleanLedger, lostPhoneIncident, runRule, summarise } from '../helpers/ledger-fixture';

const OPTIONS = { lang: 'en' as const, redact: false, quiet: false, failOn: 'error' as const, version: '1.0.0' };
const MIXED = 'Sato@Sakura.Example.JP';
const LOWER = 'sato@sakura.example.jp';

function exception(overrides: Partial<LedgerException>): LedgerException {
  return { rule: 'policy-read', target: LOWER, reason: '研修中', approved_by: '佐藤 由美', approved_on: '2026-01-01', expires: '2027-01-01', ...overrides };
}

/** Sato with a mixed-case mcs_id everywhere the ledger names her, and her policy not read. */
function mixedCaseLedger(): Ledger {
  const ledger = cleanLedger();
  ledger.users[0]!.mcs_id = MIXED;
  ledger.users[0]!.policy_read = false;
  return ledger;
}

describe.each([
  ['the ledger writes it mixed-case, the reference lower-case', MIXED, LOWER],
  ['the ledger writes it lower-case, the reference mixed-case', LOWER, MIXED],
])('mcs_id references: %s', (_name, written, referenced) => {
  function ledger(): Ledger {
    const l = cleanLedger();
    l.users[0]!.mcs_id = written;
    l.facility.mcs_facility_admin.mcs_id = referenced;
    l.users[0]!.policy_read = false;
    return l;
  }

  it('an exception naming the user suppresses her finding and is not reported unused', () => {
    const l = ledger();
    l.exceptions = [exception({ target: referenced })];
    const findings = applyExceptions(runRule('policy-read', l), l, FIXTURE_AS_OF, EMPTY_CONFIG);
    expect(findings.map((finding) => [finding.ruleId, finding.suppression?.reason])).toEqual([['policy-read', '研修中']]);
  });

  it('unknown-reference accepts the exception target and the incident user', () => {
    const l = ledger();
    l.exceptions = [exception({ target: referenced })];
    l.devices[1]!.status = 'lost';
    l.incidents = [lostPhoneIncident({ user: referenced })];
    expect(runRule('unknown-reference', l)).toEqual([]);
  });

  it('admin-is-user finds the facility administrator among the active users', () => {
    expect(runRule('admin-is-user', ledger())).toEqual([]);
  });

  it('the report counts the user’s findings in the inventory', () => {
    const l = ledger();
    const { findings } = checkBytes(Buffer.from(stringify(l)), { asOf: FIXTURE_AS_OF, config: EMPTY_CONFIG });
    const model = presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'ledger.yaml', findings, ledger: l }] }, OPTIONS);
    expect(model.files[0]!.inventory!.users.map((user) => [user.mcsId, user.findings])).toEqual([
      [written, 1],
      ['takahashi@sakura.example.jp', 0],
      ['ito@sakura.example.jp', 0],
    ]);
  });
});

describe('duplicate-id', () => {
  it('sees the same mcs_id in another case as a duplicate', () => {
    const l = mixedCaseLedger();
    l.users.push({ ...l.users[1]!, mcs_id: LOWER });
    expect(summarise(runRule('duplicate-id', l))).toEqual([{ path: 'users/3/mcs_id' }]);
  });
});

describe('an unused exception under --redact', () => {
  function unusedFor(target: string): Ledger {
    const l = cleanLedger();
    l.exceptions = [exception({ rule: 'mfa', target })];
    return l;
  }

  it('masks the e-mail address it names, in the message', () => {
    const { findings } = checkLedger(unusedFor(MIXED), ['--redact']);
    expect(findings.map((finding) => [finding.ruleId, finding.path])).toEqual([['exception-unused', '/exceptions/0']]);
    expect(findings[0]!.message).toContain('S***@Sakura.Example.JP');
    expect(findings[0]!.message).not.toContain('Sato@');
  });

  it('shows it unmasked without --redact, and shows a device id either way', () => {
    expect(checkLedger(unusedFor(MIXED)).findings[0]!.message).toContain(`for ${MIXED} (until 2027-01-01)`);
    expect(checkLedger(unusedFor('PC-01'), ['--redact']).findings[0]!.message).toContain('for PC-01 (until 2027-01-01)');
  });

  it('masks the approver of a suppressing exception', () => {
    const l = mixedCaseLedger();
    l.exceptions = [exception({})];
    const [suppressed] = checkLedger(l, ['--redact']).findings;
    expect(suppressed).toMatchObject({ ruleId: 'policy-read', suppressed: true, target: 'S***@Sakura.Example.JP', suppression: { reason: '研修中', approvedBy: '佐*', expires: '2027-01-01' } });
  });
});

describe('the report model', () => {
  const finding = (overrides: Partial<Finding>) => ({
    ruleId: 'antivirus',
    severity: 'error' as const,
    path: ['devices', 0],
    position: { line: 1, column: 1 },
    message: { ja: '{device}', en: '{device}' },
    data: { device: 'PC-01' },
    sources: [],
    ...overrides,
  });

  it('escapes `~` and `/` in JSON Pointers (RFC 6901), `~` first', () => {
    const model = presentReport(
      { asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings: [finding({ path: ['a/b', 'c~d', '~1', 0, ''] })] }] },
      OPTIONS,
    );
    expect(model.files[0]!.findings[0]!.path).toBe('/a~1b/c~0d/~01/0/');
  });
});
