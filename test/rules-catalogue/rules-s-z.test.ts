// The survivors of mutation testing over src/rules/[s-z]*.ts: unknown-reference's refusal of exceptions
// to yaml-syntax and schema (with the rule named), and the data key of an unknown exception target.
import { fill } from '../../src/i18n/lang';
import type { LedgerException } from '../../src/ledger';
import type { Finding } from '../../src/types';
import { approvedException, cleanLedger, runRule } from '../helpers/ledger-fixture';


function exact(findings: readonly Finding[]) {
  return findings.map((finding) => ({ path: finding.path.join('/'), data: finding.data, en: fill(finding.message.en, finding.data) }));
}

function unknownReferences(...exceptions: LedgerException[]) {
  const ledger = cleanLedger();
  ledger.exceptions = exceptions;
  return exact(runRule('unknown-reference', ledger));
}

describe('unknown-reference on exceptions', () => {
  it.each(['yaml-syntax', 'schema'])('refuses an exception to %s, naming it', (rule) => {
    expect(unknownReferences(approvedException({ rule }))).toEqual([
      { path: 'exceptions/0/rule', data: { rule, device: '', mcsId: '' }, en: `Rule ${rule} cannot be excepted. Correct the ledger instead` },
    ]);
  });

  it('an exception to a rule that does not exist', () => {
    expect(unknownReferences(approvedException({ rule: 'no-such-rule' }))).toEqual([
      { path: 'exceptions/0/rule', data: { rule: 'no-such-rule', device: '', mcsId: '' }, en: 'Exception rule no-such-rule does not exist. See dokodemo-check rules for the ids' },
    ]);
  });

  it('an exception to a known rule is accepted', () => {
    expect(unknownReferences(approvedException({ rule: 'mfa' }))).toEqual([]);
  });

  it('an unknown target with an @ is named as an MCS ID, one without as a device', () => {
    const message = (who: string) => `Exception target ${who} is not in the ledger. Use a device id, a user mcs_id, or facility`;
    expect(unknownReferences(approvedException({ target: 'nobody@sakura.example.jp' }), approvedException({ target: 'SP-99' }))).toEqual([
      { path: 'exceptions/0/target', data: { mcsId: 'nobody@sakura.example.jp', device: '' }, en: message('nobody@sakura.example.jp') },
      { path: 'exceptions/1/target', data: { device: 'SP-99', mcsId: '' }, en: message('SP-99') },
    ]);
  });
});
