// The SARIF fields GitHub code scanning reads that the schema alone does not pin: how columns are
// counted, how an exception is shown as a suppression, and the finding's own location and properties.
import { presentReport } from '../../src/report/model';
import { sarifLog } from '../../src/reporters/sarif';
import type { LocatedFinding } from '../../src/types';

function finding(overrides: Partial<LocatedFinding>): LocatedFinding {
  return {
    ruleId: 'mfa',
    severity: 'warning',
    path: ['devices', 1, 'security', 'mfa'],
    position: { line: 12, column: 7 },
    target: { kind: 'device', id: 'SP/01~a', label: 'SP/01~a' },
    message: { ja: '端末 {device}', en: 'Device {device}' },
    data: { device: 'SP/01~a' },
    sources: ['6.6 B'],
    ...overrides,
  };
}

function log(findings: LocatedFinding[]) {
  const model = presentReport(
    { asOf: '2026-11-24', files: [{ file: '/repo/ledgers/a.yaml', findings }] },
    { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.2.3' },
  );
  return sarifLog(model, '/repo');
}

describe('sarif contract', () => {
  it('counts columns in UTF-16 code units, as the positions are', () => {
    expect(log([]).runs[0]!.columnKind).toBe('utf16CodeUnits');
  });

  it('shows an exception as an external suppression, accepted, with its justification, approver and expiry', () => {
    const [suppressed, open] = log([
      finding({ suppression: { reason: 'VPN 必須で承認', approvedBy: '松本 理恵', expires: '2027-03-31' } }),
      finding({ ruleId: 'antivirus', severity: 'error', path: ['devices', 0] }),
    ]).runs[0]!.results!;
    expect(suppressed!.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'VPN 必須で承認', properties: { approvedBy: '松本 理恵', expires: '2027-03-31' } },
    ]);
    expect(open!.suppressions).toBeUndefined();
  });

  it('gives each result its level, location, and the finding’s JSON Pointer, target and sources', () => {
    const [result] = log([finding({})]).runs[0]!.results!;
    expect(result).toEqual({
      ruleId: 'mfa',
      ruleIndex: expect.any(Number),
      level: 'warning',
      message: { text: 'Device SP/01~a' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'ledgers/a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 7 } } }],
      properties: { path: '/devices/1/security/mfa', target: 'SP/01~a', sources: ['6.6 B'] },
    });
    expect(log([finding({ severity: 'info' })]).runs[0]!.results![0]!.level).toBe('note');
  });

  it('names the tool and its version, and the as-of date', () => {
    const run = log([]).runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'dokodemo-check', version: '1.2.3', semanticVersion: '1.2.3' });
    expect(run.properties?.asOf).toBe('2026-11-24');
  });
});
