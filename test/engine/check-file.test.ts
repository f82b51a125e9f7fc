// One file's bytes → located findings, in process: what stops the rules (bytes that are not UTF-8,
// broken YAML, schema problems) and the order findings come back in.
import { stringify } from 'yaml';
import { checkBytes, compareFindings, loadLedger } from '../../src/engine/check-file';
import { getRule } from '../../src/rules';
import type { LocatedFinding } from '../../src/types';
import { EMPTY_CONFIG, FIXTURE_AS_OF, cleanLedger } from '../helpers/ledger-fixture';

const OPTIONS = { asOf: FIXTURE_AS_OF, config: EMPTY_CONFIG };
const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('what stops the rules', () => {
  it('bytes that are not UTF-8: one yaml-syntax finding at the first bad byte, with the rule’s sources', () => {
    // Shift_JIS あい on line 2, after `a: `
    const shiftJis = Uint8Array.from([...bytes('version: 1\na: '), 0x82, 0xa0, 0x82, 0xa2, 0x0a]);
    const result = loadLedger(shiftJis);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toEqual([
      { ruleId: 'yaml-syntax', severity: 'error', path: [], position: { line: 2, column: 4 }, message: expect.objectContaining({ en: expect.stringContaining('Shift_JIS') }), data: {}, sources: getRule('yaml-syntax')!.sources },
    ]);
    expect(checkBytes(shiftJis, OPTIONS)).toEqual({ findings: result.findings });
  });

  it('a bad byte on the first line is at column offset + 1', () => {
    const result = loadLedger(Uint8Array.from([...bytes('ab'), 0xff]));
    expect(!result.ok && result.findings.map((finding) => finding.position)).toEqual([{ line: 1, column: 3 }]);
  });

  it('broken YAML: yaml-syntax findings where the problems are, and no ledger', () => {
    const result = checkBytes(bytes('version: 1\nfacility: [\n'), OPTIONS);
    expect(result.ledger).toBeUndefined();
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings) expect([finding.ruleId, finding.severity, finding.path, finding.data]).toEqual(['yaml-syntax', 'error', [], {}]);
    expect(result.findings[0]!.position.line).toBeGreaterThanOrEqual(2);
  });

  it('schema problems: schema findings only, located, and no ledger', () => {
    const ledger = cleanLedger() as unknown as Record<string, unknown>;
    delete ledger.facility;
    const result = checkBytes(bytes(stringify(ledger)), OPTIONS);
    expect(result.ledger).toBeUndefined();
    expect(result.findings.map((finding) => [finding.ruleId, finding.position])).toEqual([['schema', { line: 1, column: 1 }]]);
  });

  it('a valid ledger: its value, and rule findings', () => {
    const ledger = cleanLedger();
    ledger.devices[0]!.security.antivirus = false;
    const result = checkBytes(bytes(stringify(ledger)), OPTIONS);
    expect(result.ledger).toEqual(ledger);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['antivirus']);
  });
});

describe('the order of findings', () => {
  const at = (line: number, column: number, ruleId: string) => ({ ruleId, position: { line, column } }) as LocatedFinding;

  it('is by line, then column, then rule id', () => {
    const sorted = [at(1, 5, 'b'), at(2, 1, 'b'), at(2, 1, 'c'), at(2, 3, 'a'), at(10, 1, 'a')];
    for (const shuffled of [[...sorted].reverse(), [sorted[2]!, sorted[4]!, sorted[0]!, sorted[3]!, sorted[1]!]]) {
      expect([...shuffled].sort(compareFindings)).toEqual(sorted);
    }
    expect(compareFindings(at(3, 3, 'x'), at(3, 3, 'x'))).toBe(0);
    expect(compareFindings(at(3, 3, 'a'), at(3, 3, 'b'))).toBe(-1);
    expect(compareFindings(at(3, 3, 'b'), at(3, 3, 'a'))).toBe(1);
  });

  it('checkBytes returns them sorted by position, whatever order the rules ran in', () => {
    const ledger = cleanLedger();
    ledger.devices[1]!.security.antivirus = false; // a rule early in the catalogue, on a later line
    ledger.facility.updated = '2020-01-01'; // ledger-review: late in the catalogue, early in the file
    ledger.devices[0]!.security.os_up_to_date = false;
    const lines = checkBytes(bytes(stringify(ledger)), OPTIONS).findings.map((finding) => finding.position.line);
    expect(lines.length).toBe(3);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
