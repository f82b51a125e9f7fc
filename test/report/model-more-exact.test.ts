// The report model's remaining contracts, exactly: the entries left out (presentEntry and the one line
// every format gives for them), the baseline state and --fail-on-new, JSON Pointer escaping, the
// inventory's property flags, the overdue count, and the exit code. The module is loaded afresh in each
// test (test/helpers/fresh.ts), so that its module-level table of severities counts for every test.
import type { BaselineState, PresentOptions, ReportFile } from '../../src/report/model';
import type { LocatedEntry, LocatedFinding, Target } from '../../src/types';
import { freshPerTest } from '../helpers/fresh';
import { FIXTURE_AS_OF, cleanLedger } from '../helpers/ledger-fixture';

const model = freshPerTest(() => require('../../src/report/model') as typeof import('../../src/report/model'));
const OPTIONS: PresentOptions = { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.0.0' };
const USER: Target = { kind: 'user', id: 'tanaka@x.jp', label: '田中 美咲' };
const DEVICE: Target = { kind: 'device', id: 'PC-01', label: 'PC-01' };
const FACILITY: Target = { kind: 'facility', id: 'facility', label: 'さくら' };

function located(severity: LocatedFinding['severity'], overrides: Partial<LocatedFinding> = {}): LocatedFinding {
  return { ruleId: 'mfa', severity, path: ['users', 0], position: { line: 2, column: 3 }, message: { ja: '指摘', en: 'finding' }, data: {}, sources: [], ...overrides };
}

function entry(index: number, target?: Target, sheet?: string): LocatedEntry {
  const position = sheet === undefined ? { line: index + 10, column: 3 } : { line: 1, column: 1, cell: { sheet, sheetIndex: 1, ref: `A${index + 2}` } };
  return target ? { path: ['users', index], position, target } : { path: ['users', index], position };
}

function fileWith(leftOut: LocatedEntry[], options: PresentOptions = OPTIONS): ReportFile {
  return model().presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings: [], leftOut }] }, options).files[0]!;
}

describe('meetsThreshold', () => {
  it('ranks info < warning < error, and nothing meets none', () => {
    const { meetsThreshold } = model();
    const severities = ['info', 'warning', 'error'] as const;
    expect(severities.map((severity) => severities.map((failOn) => meetsThreshold(severity, failOn)))).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
    expect(severities.map((severity) => meetsThreshold(severity, 'none'))).toEqual([false, false, false]);
  });
});

describe('toPointer', () => {
  it('escapes ~ as ~0 and / as ~1, every one, and leaves other segments as they are', () => {
    const { toPointer } = model();
    expect(toPointer(['a~b~', 'c/d/', '~/', 3, 'plain'])).toBe('/a~0b~0/c~1d~1/~0~1/3/plain');
    expect(toPointer(['~1'])).toBe('/~01');
    expect(toPointer([])).toBe('');
  });
});

describe('the entries left out', () => {
  it('are presented with their pointer, position and target, a user masked under --redact', () => {
    const entries = [entry(0, USER), entry(1, DEVICE), entry(2, FACILITY), entry(3), entry(4, USER, '利用者')];
    expect(fileWith(entries).leftOut).toStrictEqual([
      { path: '/users/0', line: 10, column: 3, target: 'tanaka@x.jp', targetLabel: '田中 美咲' },
      { path: '/users/1', line: 11, column: 3, target: 'PC-01', targetLabel: 'PC-01' },
      { path: '/users/2', line: 12, column: 3, target: 'facility', targetLabel: 'facility' },
      { path: '/users/3', line: 13, column: 3, target: null, targetLabel: null },
      { path: '/users/4', line: null, column: null, sheet: '利用者', cell: 'A6', target: 'tanaka@x.jp', targetLabel: '田中 美咲' },
    ]);
    expect(fileWith(entries, { ...OPTIONS, redact: true, lang: 'ja' }).leftOut!.map(({ target, targetLabel }) => [target, targetLabel])).toEqual([
      ['t***@x.jp', '田*'],
      ['PC-01', 'PC-01'],
      ['facility', '施設'],
      [null, null],
      ['t***@x.jp', '田*'],
    ]);
    expect('leftOut' in fileWith([])).toBe(false);
  });

  it('are named in one line: the first five, then …; rows of a workbook', () => {
    const { leftOutLine } = model();
    expect(leftOutLine(fileWith([]), 'en')).toBeUndefined();
    expect(leftOutLine({ ...fileWith([]), leftOut: [] }, 'en')).toBeUndefined();
    expect(leftOutLine(fileWith([entry(0, USER)]), 'en')).toBe('1 entry with format problems (10:3 田中 美咲) is checked for content once the format is fixed');
    expect(leftOutLine(fileWith([entry(0), entry(1, DEVICE)]), 'en')).toBe('2 entries with format problems (10:3, 11:3 PC-01) are checked for content once the format is fixed');
    const five = [0, 1, 2, 3, 4].map((index) => entry(index));
    expect(leftOutLine(fileWith(five), 'en')).toBe('5 entries with format problems (10:3, 11:3, 12:3, 13:3, 14:3) are checked for content once the format is fixed');
    expect(leftOutLine(fileWith([...five, entry(5)]), 'ja')).toBe('形式の問題がある 6 件の項目（10:3, 11:3, 12:3, 13:3, 14:3, …）は、直すと内容も確認されます');
    expect(leftOutLine(fileWith([entry(0, USER, '利用者'), entry(1, undefined, '利用者')]), 'en')).toBe('2 rows with format problems (利用者!A2 田中 美咲, 利用者!A3) are checked for content once the format is fixed');
    expect(leftOutLine(fileWith([entry(0, USER, '利用者')], { ...OPTIONS, redact: true }), 'ja')).toBe('形式の問題がある 1 行（利用者!A2 田*）は、直すと内容も確認されます');
  });
});

describe('a baseline', () => {
  const findings = [located('error', { ruleId: 'new-error' }), located('error', { ruleId: 'old-error' }), located('warning', { ruleId: 'new-warning' })];
  const stateOf = (finding: LocatedFinding): BaselineState => (finding.ruleId.startsWith('new') ? 'new' : 'unchanged');
  const present = (options: Partial<PresentOptions>) => model().presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings }] }, { ...OPTIONS, ...options }).files[0]!.findings;

  it('gives each finding its state; with --fail-on-new only new findings at --fail-on fail', () => {
    expect(present({ baselineStateOf: stateOf }).map((finding) => [finding.baselineState, finding.failing])).toEqual([
      ['new', true],
      ['unchanged', true],
      ['new', false],
    ]);
    expect(present({ baselineStateOf: stateOf, failOnNew: true }).map((finding) => [finding.baselineState, finding.failing])).toEqual([
      ['new', true],
      ['unchanged', false],
      ['new', false],
    ]);
    expect(present({ baselineStateOf: stateOf, failOnNew: true, failOn: 'warning' }).map((finding) => finding.failing)).toEqual([true, false, true]);
  });

  it('leaves the state out when the finding has none, or there is no baseline', () => {
    const none = present({ baselineStateOf: () => undefined, failOnNew: true });
    expect(none.map((finding) => ['baselineState' in finding, finding.failing])).toEqual([
      [false, true],
      [false, true],
      [false, false],
    ]);
    expect(present({}).map((finding) => 'baselineState' in finding)).toEqual([false, false, false]);
  });
});

describe('the inventory', () => {
  const present = () => model().presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings: [], ledger: cleanLedger() }] }, OPTIONS).files[0]!;

  it('is a plain, writable, enumerable, configurable value once read', () => {
    const file = present();
    const inventory = file.inventory!;
    expect(Object.getOwnPropertyDescriptor(file, 'inventory')).toStrictEqual({ value: inventory, writable: true, enumerable: true, configurable: true });
    const other = { facility: 'x', users: [], devices: [] };
    file.inventory = other;
    expect(file.inventory).toBe(other);
  });

  it('is a plain, writable, enumerable, configurable value once replaced unread, and can be replaced again', () => {
    const file = present();
    const first = { facility: 'x', users: [], devices: [] };
    file.inventory = first;
    expect(Object.getOwnPropertyDescriptor(file, 'inventory')).toStrictEqual({ value: first, writable: true, enumerable: true, configurable: true });
    const second = { facility: 'y', users: [], devices: [] };
    file.inventory = second;
    expect(file.inventory).toBe(second);
  });
});

describe('overdue', () => {
  it('is the count the check gave (from the whole ledger, which a kept one is not), else null', () => {
    const overdueOf = (file: { overdue?: number; ledger?: ReturnType<typeof cleanLedger> }) =>
      model().presentReport({ asOf: FIXTURE_AS_OF, files: [{ file: 'a.yaml', findings: [], ...file }] }, OPTIONS).files[0]!.overdue;
    const ledger = cleanLedger();
    ledger.users[0]!.mcs_password_changed = '2020-01-01';
    expect(overdueOf({ ledger })).toBeNull();
    expect(overdueOf({ overdue: 7, ledger })).toBe(7);
    expect(overdueOf({ overdue: 0, ledger })).toBe(0);
    expect(overdueOf({})).toBeNull();
  });
});

describe('exitCodeOf', () => {
  it('is 1 as soon as one finding of one file fails', () => {
    const { exitCodeOf, presentReport } = model();
    const codeOf = (...files: LocatedFinding[][]) => exitCodeOf(presentReport({ asOf: FIXTURE_AS_OF, files: files.map((findings, index) => ({ file: `${index}.yaml`, findings })) }, OPTIONS));
    expect(codeOf([located('warning'), located('error')])).toBe(1);
    expect(codeOf([located('warning')], [located('info'), located('error')])).toBe(1);
    expect(codeOf([located('warning')], [located('info')])).toBe(0);
    expect(codeOf()).toBe(0);
  });
});
