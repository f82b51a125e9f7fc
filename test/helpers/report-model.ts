// Report models built by hand, for tests that pin a format's exact output: every field chosen, nothing
// read from a ledger. Call these inside each test, so that coverage per test sees the rendering.
import { countFindings } from '../../src/report/model';
import type { ReportFile, ReportFinding, ReportModel } from '../../src/report/model';
import type { Lang } from '../../src/types';

export function reportFinding(overrides: Partial<ReportFinding> = {}): ReportFinding {
  return {
    ruleId: 'antivirus',
    severity: 'error',
    message: 'Install antivirus software on PC-01',
    path: '/devices/0/security/antivirus',
    line: 12,
    column: 5,
    target: 'PC-01',
    targetLabel: 'PC-01',
    suppressed: false,
    sources: ['note 1'],
    failing: true,
    ...overrides,
  };
}

export function suppressedFinding(overrides: Partial<ReportFinding> = {}): ReportFinding {
  return reportFinding({ suppressed: true, failing: false, suppression: { reason: 'VPN only', approvedBy: '松本 理恵', expires: '2027-03-31' }, ...overrides });
}

export function reportFile(file: string, findings: ReportFinding[], extra: Partial<ReportFile> = {}): ReportFile {
  return { file, config: null, disabledRules: [], findings, counts: countFindings(findings), facility: null, overdue: null, ...extra };
}

export function reportModel(files: ReportFile[], lang: Lang = 'en'): ReportModel {
  return {
    tool: { name: 'dokodemo-check', version: '1.2.3' },
    asOf: '2026-11-24',
    lang,
    failOn: 'error',
    files,
    summary: { files: files.length, ...countFindings(files.flatMap((file) => file.findings)) },
  };
}
