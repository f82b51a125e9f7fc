// The report model's smaller contracts, exactly: how a workbook cell is named (Excel's quoting), which
// heading the position column gets, the facility named in the report's language, what --quiet leaves
// out, and the inventory built once, on first read.
import { positionColumn, positionLabel, presentReport, reportPosition, shownLabel } from '../../src/report/model';
import type { PresentOptions } from '../../src/report/model';
import type { LocatedFinding } from '../../src/types';
import { FIXTURE_AS_OF, cleanLedger } from '../helpers/ledger-fixture';

const OPTIONS: PresentOptions = { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.0.0' };

function located(severity: LocatedFinding['severity'], ruleId: string, overrides: Partial<LocatedFinding> = {}): LocatedFinding {
  return { ruleId, severity, path: ['facility'], position: { line: 2, column: 3 }, message: { ja: '施設の指摘', en: 'facility finding' }, data: {}, sources: [], ...overrides };
}

describe('positions', () => {
  it('names a cell sheet!cell, quoting a sheet name as Excel does when it is not a plain word', () => {
    const cell = (sheet: string) => positionLabel({ line: null, column: null, sheet, cell: 'F12' });
    expect(['端末', 'Sheet_1', '利用者 (2)', "O'Brien", '2024', '1年目', 'A-B', ''].map(cell)).toEqual([
      '端末!F12',
      'Sheet_1!F12',
      "'利用者 (2)'!F12",
      "'O''Brien'!F12",
      "'2024'!F12",
      "'1年目'!F12",
      "'A-B'!F12",
      "''!F12",
    ]);
    expect(positionLabel({ line: 7, column: 1 })).toBe('7:1');
  });

  it('heads the column Sheet!Cell as soon as one finding is in a workbook', () => {
    expect(positionColumn([])).toBe('position');
    expect(positionColumn([{}, {}])).toBe('position');
    expect(positionColumn([{}, { sheet: '端末' }])).toBe('cell');
    expect(positionColumn([{ sheet: '' }])).toBe('cell');
  });

  it('carries a workbook finding\'s sheet and cell instead of a line and column', () => {
    expect(reportPosition({ line: 4, column: 2, cell: { sheet: '端末', ref: 'H3', sheetIndex: 2 } })).toEqual({ line: null, column: null, sheet: '端末', cell: 'H3' });
    expect(reportPosition({ line: 4, column: 2 })).toEqual({ line: 4, column: 2 });
  });
});

describe('targets', () => {
  it('names the facility in the report\'s language, and a person or device by label', () => {
    const facility = { kind: 'facility' as const, id: 'facility', label: 'さくら' };
    expect([shownLabel(facility, 'ja'), shownLabel(facility, 'en')]).toEqual(['施設', 'facility']);
    expect(shownLabel({ kind: 'user', id: 'n@x.jp', label: '中村 誠' }, 'ja')).toBe('中村 誠');
    const model = presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings: [located('warning', 'facility-rules', { target: facility })] }] }, { ...OPTIONS, lang: 'ja' });
    expect(model.files[0]!.findings[0]).toMatchObject({ target: 'facility', targetLabel: '施設', message: '施設の指摘' });
  });
});

describe('--quiet', () => {
  it('lists errors only and keeps the others, presented, for the audit coverage', () => {
    const findings = [located('info', 'byod'), located('error', 'antivirus'), located('warning', 'mfa', { suppression: { reason: 'r', approvedBy: 'a', expires: '2027-01-01' } })];
    const model = presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings }, { file: 'b.yaml', findings: [located('error', 'schema')] }] }, { ...OPTIONS, quiet: true });
    const [a, b] = model.files;
    expect(a!.findings.map((finding) => finding.ruleId)).toEqual(['antivirus']);
    expect(a!.leftOutByQuiet!.map((finding) => [finding.ruleId, finding.message, finding.suppressed, finding.failing])).toEqual([
      ['byod', 'facility finding', false, false],
      ['mfa', 'facility finding', true, false],
    ]);
    expect('leftOutByQuiet' in b!).toBe(false);
    expect(model.summary).toEqual({ files: 2, error: 2, warning: 0, info: 0, suppressed: 0 });
    expect('leftOutByQuiet' in presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings }] }, OPTIONS).files[0]!).toBe(false);
  });
});

describe('the inventory', () => {
  it('is built on first read, once, listed among the file\'s keys, and can be replaced', () => {
    const ledger = cleanLedger();
    const file = presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings: [], ledger }] }, OPTIONS).files[0]!;
    expect(Object.keys(file)).toEqual(['file', 'config', 'disabledRules', 'findings', 'counts', 'facility', 'overdue', 'inventory']);
    ledger.facility.name = 'changed before the first read';
    const first = file.inventory!;
    expect(first.facility).toBe('changed before the first read');
    ledger.facility.name = 'changed after';
    expect(file.inventory).toBe(first);
    expect(JSON.parse(JSON.stringify(file)).inventory.facility).toBe('changed before the first read');
    const replacement = { facility: 'x', users: [], devices: [] };
    file.inventory = replacement;
    expect(file.inventory).toBe(replacement);
    const unread = presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings: [], ledger }] }, OPTIONS).files[0]!;
    unread.inventory = replacement;
    expect(unread.inventory).toBe(replacement);
    expect(Object.keys(unread)).toContain('inventory');
  });
});
