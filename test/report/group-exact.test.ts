// --group-by target, exactly and in-process: section headings in both languages and under --redact, the
// order of sections (facility, users and devices in ledger order, unknown ones after, no target last),
// mcs_ids compared without case, and a grouped report as the table prints it.
import { groupItems, groupResultByTarget, sectionHeading, targetGroup } from '../../src/report/group';
import { presentReport } from '../../src/report/model';
import table from '../../src/reporters/table';
import type { CheckResult, LocatedFinding, Target } from '../../src/types';
import { cleanLedger } from '../helpers/ledger-fixture';

function located(ruleId: string, target: Target | undefined, line = 1): LocatedFinding {
  return { ruleId, severity: 'warning', path: [], position: { line, column: 1 }, ...(target ? { target } : {}), message: { ja: `${ruleId} の指摘`, en: `${ruleId} finding` }, data: {}, sources: [] };
}

const SATO: Target = { kind: 'user', id: 'sato@sakura.example.jp', label: '佐藤 由美' };
const TAKAHASHI: Target = { kind: 'user', id: 'Takahashi@sakura.example.jp', label: '高橋 健' };
const STRANGER: Target = { kind: 'user', id: 'sasaki@sakura.example.jp', label: '佐々木 一郎' };
const PC: Target = { kind: 'device', id: 'PC-01', label: 'PC-01' };
const SP: Target = { kind: 'device', id: 'SP-01', label: 'SP-01' };
const FACILITY: Target = { kind: 'facility', id: 'facility', label: 'facility' };

describe('sectionHeading', () => {
  it('heads each kind of section in both languages', () => {
    expect(['facility', 'user', 'device', 'none'].map((kind) => sectionHeading(kind as 'user', '中村 誠', 'n@x.jp', 'ja'))).toEqual(['施設', '利用者 中村 誠（n@x.jp）', '端末 n@x.jp', '台帳全体（対象なし）']);
    expect(['facility', 'user', 'device', 'none'].map((kind) => sectionHeading(kind as 'user', '中村 誠', 'PC-01', 'en'))).toEqual(['Facility', 'User 中村 誠 (PC-01)', 'Device PC-01', 'The ledger as a whole']);
  });
});

describe('targetGroup', () => {
  it('keys users by their lower-cased mcs_id and orders them as the ledger lists them, unknown ones after', () => {
    const ledger = cleanLedger();
    expect(targetGroup(undefined, ledger)).toEqual({ key: 'none', kind: 'none', order: 0 });
    expect(targetGroup(FACILITY, ledger)).toEqual({ key: 'facility', kind: 'facility', order: 0 });
    expect(targetGroup(TAKAHASHI, ledger)).toEqual({ key: 'user:takahashi@sakura.example.jp', kind: 'user', order: 1 });
    expect(targetGroup(STRANGER, ledger)).toEqual({ key: 'user:sasaki@sakura.example.jp', kind: 'user', order: 3 });
    expect(targetGroup(SP, ledger)).toEqual({ key: 'device:SP-01', kind: 'device', order: 1 });
    expect(targetGroup({ kind: 'device', id: 'pc-01', label: 'pc-01' }, ledger)).toEqual({ key: 'device:pc-01', kind: 'device', order: 2 });
    expect(targetGroup(PC, undefined)).toEqual({ key: 'device:PC-01', kind: 'device', order: 0 });
  });

  it('sorts sections facility, users, devices, none; by ledger order within a kind; ties by first appearance', () => {
    const group = (key: string, kind: 'user' | 'device' | 'facility' | 'none', order: number) => ({ key, kind, order });
    const items: Array<[string, ReturnType<typeof group>]> = [
      ['n1', group('none', 'none', 0)],
      ['d2', group('device:b', 'device', 1)],
      ['u9', group('user:z', 'user', 9)],
      ['d1', group('device:a', 'device', 0)],
      ['f', group('facility', 'facility', 0)],
      ['u9b', group('user:y', 'user', 9)],
      ['d2b', group('device:b', 'device', 1)],
      ['u0', group('user:x', 'user', 0)],
    ];
    expect(groupItems(items, ([, g]) => g).map(({ group: g, items: inGroup }) => [g.key, inGroup.map(([name]) => name)])).toEqual([
      ['facility', ['f']],
      ['user:x', ['u0']],
      ['user:z', ['u9']],
      ['user:y', ['u9b']],
      ['device:a', ['d1']],
      ['device:b', ['d2', 'd2b']],
      ['none', ['n1']],
    ]);
  });
});

describe('groupResultByTarget', () => {
  function result(): CheckResult {
    return {
      asOf: '2026-11-24',
      files: [
        {
          file: 'a.yaml',
          ledger: cleanLedger(),
          config: { file: '.dokodemo-check.yaml', rules: {} },
          findings: [
            located('ledger-review', undefined, 9),
            located('mfa', PC, 2),
            located('policy-read', TAKAHASHI, 3),
            located('pledge', { ...TAKAHASHI, id: 'takahashi@sakura.example.jp' }, 4),
            located('facility-rules', FACILITY, 5),
            located('training', SATO, 6),
            located('antivirus', SP, 7),
            located('departed-user', STRANGER, 8),
          ],
        },
        { file: 'clean.yaml', findings: [], ledger: cleanLedger() },
      ],
    };
  }

  it('splits each file into a section per target, headed after the file name, configuration kept', () => {
    const grouped = groupResultByTarget(result(), 'en', false);
    expect(grouped.asOf).toBe('2026-11-24');
    expect(grouped.files.map((file) => [file.file, file.findings.map((finding) => finding.ruleId), file.config?.file ?? null])).toEqual([
      ['a.yaml — Facility', ['facility-rules'], '.dokodemo-check.yaml'],
      ['a.yaml — User 佐藤 由美 (sato@sakura.example.jp)', ['training'], '.dokodemo-check.yaml'],
      ['a.yaml — User 高橋 健 (Takahashi@sakura.example.jp)', ['policy-read', 'pledge'], '.dokodemo-check.yaml'],
      ['a.yaml — User 佐々木 一郎 (sasaki@sakura.example.jp)', ['departed-user'], '.dokodemo-check.yaml'],
      ['a.yaml — Device PC-01', ['mfa'], '.dokodemo-check.yaml'],
      ['a.yaml — Device SP-01', ['antivirus'], '.dokodemo-check.yaml'],
      ['a.yaml — The ledger as a whole', ['ledger-review'], '.dokodemo-check.yaml'],
      ['clean.yaml', [], null],
    ]);
    expect(grouped.files.slice(0, -1).every((file) => !('ledger' in file))).toBe(true);
    expect('config' in grouped.files.at(-1)!).toBe(false);
    const defaults = groupResultByTarget({ asOf: '2026-11-24', files: [{ file: 'b.yaml', findings: [located('mfa', PC)] }] }, 'en', false);
    expect(defaults.files).toEqual([{ file: 'b.yaml — Device PC-01', findings: [located('mfa', PC)] }]);
    expect(Object.keys(defaults.files[0]!)).toEqual(['file', 'findings']);
  });

  it('masks people in the headings under --redact (devices stay), in Japanese; look-alike masks stay apart', () => {
    expect(groupResultByTarget(result(), 'ja', true).files.map((file) => file.file)).toEqual([
      'a.yaml — 施設',
      'a.yaml — 利用者 佐*（s***@sakura.example.jp）',
      'a.yaml — 利用者 高*（T***@sakura.example.jp）',
      'a.yaml — 利用者 佐*（s***@sakura.example.jp）',
      'a.yaml — 端末 PC-01',
      'a.yaml — 端末 SP-01',
      'a.yaml — 台帳全体（対象なし）',
      'clean.yaml',
    ]);
  });

  it('prints as a table with a section per target and one summary', () => {
    const model = presentReport(groupResultByTarget(result(), 'en', false), { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.0.0' });
    const text = table(model, { color: false });
    expect(text.split('\n').slice(0, 10)).toEqual([
      'a.yaml — Facility',
      '  Severity  Line:Col  Target    Rule            Message',
      '  warning   5:1       facility  facility-rules  facility-rules finding',
      '  configuration: .dokodemo-check.yaml',
      '',
      'a.yaml — User 佐藤 由美 (sato@sakura.example.jp)',
      '  Severity  Line:Col  Target     Rule      Message',
      '  warning   6:1       佐藤 由美  training  training finding',
      '  configuration: .dokodemo-check.yaml',
      '',
    ]);
    expect(text.split('\n').slice(-9)).toEqual([
      'a.yaml — The ledger as a whole',
      '  Severity  Line:Col  Target  Rule           Message',
      '  warning   9:1       -       ledger-review  ledger-review finding',
      '  configuration: .dokodemo-check.yaml',
      '',
      'clean.yaml: ✔ No problems found',
      '',
      '✖ 8 problems (0 errors, 8 warnings, 0 info), 0 suppressed',
      '',
    ]);
  });
});
