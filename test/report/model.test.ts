// The report model on its own: masking, thresholds, counts, --quiet and the exit code.
import { redactData, redactText } from '../../src/report/redact';
import { countFindings, exitCodeOf, meetsThreshold, positionLabel, presentReport } from '../../src/report/model';
import type { PresentOptions } from '../../src/report/model';
import type { LocatedFinding, Severity } from '../../src/types';
import { FIXTURE_AS_OF, cleanLedger } from '../helpers/ledger-fixture';

describe('redactText', () => {
  it.each([
    ['田中 美咲', '田*'],
    ['  田中', '田*'],
    ['tanaka@x.jp', 't***@x.jp'],
    ['Tanaka.M@a@b.jp', 'T***@b.jp'],
    ['@x.jp', '@*'],
    ['📱phone@x.jp', '📱***@x.jp'],
    ['', ''],
    ['   ', '   '],
  ])('%j → %j', (value, masked) => {
    expect(redactText(value)).toBe(masked);
  });

  it('masks only the personal keys of message data', () => {
    expect(redactData({ user: '田中 美咲', mcsId: 'tanaka@x.jp', value: '佐藤', device: 'PC-01', months: 2 })).toEqual({ user: '田*', mcsId: 't***@x.jp', value: '佐*', device: 'PC-01', months: 2 });
  });
});

describe('meetsThreshold', () => {
  it.each<[Severity, 'error' | 'warning' | 'info' | 'none', boolean]>([
    ['error', 'error', true],
    ['warning', 'error', false],
    ['warning', 'warning', true],
    ['info', 'warning', false],
    ['info', 'info', true],
    ['error', 'info', true],
    ['error', 'none', false],
  ])('%s at --fail-on %s: %s', (severity, failOn, expected) => {
    expect(meetsThreshold(severity, failOn)).toBe(expected);
  });
});

function finding(severity: Severity, overrides: Partial<LocatedFinding> = {}): LocatedFinding {
  return {
    ruleId: 'mfa',
    severity,
    path: ['users', 0],
    position: { line: 3, column: 9 },
    target: { kind: 'user', id: 'Sato@x.jp', label: '佐藤 由美' },
    message: { ja: '{user} {mcsId}', en: '{user} <{mcsId}>' },
    data: { user: '佐藤 由美', mcsId: 'Sato@x.jp' },
    sources: ['6.6 B'],
    ...overrides,
  };
}

const SUPPRESSION = { reason: '承認済み', approvedBy: '松本 理恵', expires: '2027-03-31' };
const OPTIONS: PresentOptions = { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '9.9.9' };

function present(findings: LocatedFinding[], options: Partial<PresentOptions> = {}) {
  return presentReport({ asOf: '2026-11-24', files: [{ file: 'a.yaml', findings }, { file: 'b.yaml', findings: [finding('error')] }] }, { ...OPTIONS, ...options });
}

describe('presentReport', () => {
  const mixed = [finding('error'), finding('warning'), finding('info'), finding('error', { suppression: SUPPRESSION })];

  it('presents a finding with its message in the chosen language, its position and target', () => {
    const [first] = present(mixed).files[0]!.findings;
    expect(first).toMatchObject({
      ruleId: 'mfa',
      severity: 'error',
      message: '佐藤 由美 <Sato@x.jp>',
      path: '/users/0',
      line: 3,
      column: 9,
      target: 'Sato@x.jp',
      targetLabel: '佐藤 由美',
      suppressed: false,
      sources: ['6.6 B'],
      failing: true,
    });
    expect(first!.suppression).toBeUndefined();
    expect(present(mixed, { lang: 'ja' }).files[0]!.findings[0]!.message).toBe('佐藤 由美 Sato@x.jp');
    expect(positionLabel(first!)).toBe('3:9');
  });

  it('masks user targets, messages and approvers with --redact, and leaves device targets alone', () => {
    const device = finding('error', { target: { kind: 'device', id: 'PC-01', label: 'PC-01' } });
    const [user, suppressed, deviceFinding] = present([finding('error'), finding('error', { suppression: SUPPRESSION }), device], { redact: true }).files[0]!.findings;
    expect([user!.target, user!.targetLabel, user!.message]).toEqual(['S***@x.jp', '佐*', '佐* <S***@x.jp>']);
    expect(suppressed!.suppression).toEqual({ reason: '承認済み', approvedBy: '松*', expires: '2027-03-31' });
    expect([deviceFinding!.target, deviceFinding!.targetLabel]).toEqual(['PC-01', 'PC-01']);
    expect(present([finding('error', { suppression: SUPPRESSION })]).files[0]!.findings[0]!.suppression!.approvedBy).toBe('松本 理恵');
  });

  it('gives a finding without a target null target and label', () => {
    const [untargeted] = present([finding('error', { target: undefined })]).files[0]!.findings;
    expect([untargeted!.target, untargeted!.targetLabel]).toEqual([null, null]);
  });

  it('counts per file and in total, suppressed findings apart', () => {
    const model = present(mixed);
    expect(model.files[0]!.counts).toEqual({ error: 1, warning: 1, info: 1, suppressed: 1 });
    expect(model.summary).toEqual({ files: 2, error: 2, warning: 1, info: 1, suppressed: 1 });
    expect(countFindings([])).toEqual({ error: 0, warning: 0, info: 0, suppressed: 0 });
    expect(model.tool).toEqual({ name: 'dokodemo-check', version: '9.9.9' });
    expect([model.asOf, model.lang, model.failOn]).toEqual(['2026-11-24', 'en', 'error']);
  });

  it('marks failing findings by --fail-on, never a suppressed one, and sets the exit code', () => {
    const failing = (failOn: PresentOptions['failOn']) => present(mixed, { failOn }).files[0]!.findings.map((f) => f.failing);
    expect(failing('error')).toEqual([true, false, false, false]);
    expect(failing('warning')).toEqual([true, true, false, false]);
    expect(failing('info')).toEqual([true, true, true, false]);
    expect(failing('none')).toEqual([false, false, false, false]);
    expect(exitCodeOf(present(mixed, { failOn: 'none' }))).toBe(0);
    expect(exitCodeOf(present([finding('warning')], { failOn: 'warning' }))).toBe(1);
    expect(exitCodeOf(present([finding('warning')], { failOn: 'error' }))).toBe(1); // b.yaml's error
    const onlyWarnings = presentReport({ asOf: '2026-11-24', files: [{ file: 'a.yaml', findings: [finding('warning')] }] }, OPTIONS);
    expect(exitCodeOf(onlyWarnings)).toBe(0);
  });

  it('keeps only errors with --quiet, suppressed errors included', () => {
    const model = present(mixed, { quiet: true });
    expect(model.files[0]!.findings.map((f) => [f.severity, f.suppressed])).toEqual([['error', false], ['error', true]]);
    expect(model.files[0]!.counts).toEqual({ error: 1, warning: 0, info: 0, suppressed: 1 });
  });

  it('has no inventory for a file that did not load, and no configuration for the defaults', () => {
    const file = present(mixed).files[0]!;
    expect(file.inventory).toBeUndefined();
    expect([file.config, file.disabledRules]).toEqual([null, []]);
  });

  it('lists the ledger’s users and devices with their unsuppressed findings, masked with --redact', () => {
    const ledger = cleanLedger();
    ledger.users[1]!.mcs_id = 'Takahashi@Sakura.example.jp';
    const device = (id: string) => ({ kind: 'device' as const, id, label: id });
    const findings = [
      finding('error', { target: device('PC-01') }),
      finding('warning', { target: device('PC-01') }),
      finding('error', { target: device('SP-01'), suppression: SUPPRESSION }),
      finding('info', { target: { kind: 'user', id: 'Takahashi@Sakura.example.jp', label: '高橋 健' } }),
      finding('info', { target: { kind: 'facility', id: 'facility', label: 'facility' } }),
      finding('info', { target: undefined }),
    ];
    const inventory = (redact: boolean) => presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings, ledger }] }, { ...OPTIONS, redact }).files[0]!.inventory!;
    const plain = inventory(false);
    expect(plain.facility).toBe('さくら訪問看護ステーション');
    expect(plain.devices).toEqual([
      { id: 'PC-01', type: 'pc', model: 'ThinkPad E14', ownership: 'facility', status: 'active', findings: 2 },
      { id: 'SP-01', type: 'smartphone', model: 'Pixel 8a', ownership: 'facility', status: 'active', findings: 0 },
    ]);
    expect(plain.users.map((user) => [user.name, user.mcsId, user.jobType, user.accountStatus, user.findings])).toEqual([
      ['佐藤 由美', 'sato@sakura.example.jp', '看護師', 'active', 0],
      ['高橋 健', 'Takahashi@Sakura.example.jp', '理学療法士', 'active', 1],
      ['伊藤 直子', 'ito@sakura.example.jp', '看護師', 'deleted', 0],
    ]);
    expect(inventory(true).users.map((user) => [user.name, user.mcsId])).toEqual([
      ['佐*', 's***@sakura.example.jp'],
      ['高*', 'T***@Sakura.example.jp'],
      ['伊*', 'i***@sakura.example.jp'],
    ]);
  });

  it('names the configuration file and the rules it turned off, in catalogue order', () => {
    const model = presentReport(
      { asOf: '2026-11-24', files: [{ file: 'a.yaml', findings: [], config: { file: 'dokodemo.yaml', rules: { mfa: { severity: 'off', options: {} }, antivirus: { severity: 'off', options: {} }, byod: { severity: 'warning', options: {} } } } }] },
      OPTIONS,
    );
    expect([model.files[0]!.config, model.files[0]!.disabledRules]).toEqual(['dokodemo.yaml', ['antivirus', 'mfa']]);
  });
});
