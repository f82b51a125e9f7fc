// exception-unused has no check of its own: src/engine/exceptions.ts reports it, after every rule ran,
// with the rule module's id, severity, message and sources. The modules are loaded inside each test:
// that text is module-level data, and mutation testing counts only a test that reads it.
import { stringify } from 'yaml';
import { fill } from '../../src/i18n/lang';
import type { Ledger } from '../../src/ledger';
import type { LocatedFinding } from '../../src/types';
import { EMPTY_CONFIG, FIXTURE_AS_OF, approvedException, cleanLedger } from '../helpers/ledger-fixture';

const TAKAHASHI = 'takahashi@sakura.example.jp';


/** The findings of a ledger written as YAML, checked by freshly loaded modules as the CLI checks a file. */
function freshCheck(ledger: Ledger): LocatedFinding[] {
  jest.resetModules();
  const { checkBytes } = require('../../src/engine/check-file') as typeof import('../../src/engine/check-file');
  return checkBytes(Buffer.from(stringify(ledger), 'utf8'), { asOf: FIXTURE_AS_OF, config: EMPTY_CONFIG }).findings;
}

describe('exception-unused, as the engine reports it', () => {
  it('reports an exception in force that suppresses nothing, naming its device target, rule and end', () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.security.mfa = false;
    ledger.exceptions = [approvedException({}), approvedException({ rule: 'antivirus', expires: '2027-01-31' })];
    const findings = freshCheck(ledger);
    expect(findings.filter((finding) => finding.ruleId !== 'exception-unused').map((finding) => [finding.ruleId, finding.suppression?.expires])).toEqual([['mfa', '2027-03-31']]);
    const unused = findings.filter((finding) => finding.ruleId === 'exception-unused');
    expect(unused.map(({ position, ...finding }) => finding)).toEqual([
      {
        ruleId: 'exception-unused',
        severity: 'info',
        path: ['exceptions', 1],
        message: {
          ja: 'ルール {rule} の例外（対象 {device}{mcsId}、{expires} まで）は何も抑止していません。問題が解消していれば削除してください',
          en: 'The exception to {rule} for {device}{mcsId} (until {expires}) suppresses nothing. Remove it if the problem is gone',
        },
        data: { device: 'SP-01', mcsId: '', rule: 'antivirus', expires: '2027-01-31' },
        sources: [],
      },
    ]);
    expect(fill(unused[0]!.message.en, unused[0]!.data)).toBe('The exception to antivirus for SP-01 (until 2027-01-31) suppresses nothing. Remove it if the problem is gone');
  });

  it('names a user target by mcs_id, in both languages', () => {
    const ledger = cleanLedger();
    ledger.exceptions = [approvedException({ rule: 'pledge', target: TAKAHASHI })];
    const [unused, ...rest] = freshCheck(ledger);
    expect(rest).toEqual([]);
    expect([unused!.ruleId, unused!.severity, unused!.data]).toEqual(['exception-unused', 'info', { device: '', mcsId: TAKAHASHI, rule: 'pledge', expires: '2027-03-31' }]);
    expect(fill(unused!.message.ja, unused!.data)).toBe(`ルール pledge の例外（対象 ${TAKAHASHI}、2027-03-31 まで）は何も抑止していません。問題が解消していれば削除してください`);
  });
});
