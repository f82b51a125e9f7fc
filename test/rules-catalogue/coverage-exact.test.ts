// src/catalogue/{coverage,clauses,checklist}.ts called directly: which guideline item a rule's source
// cites, each item's status and mark in a file (on made-up files, so that each decision is seen at its
// edge), and the clauses by edition.
import { CHECKLIST, checklistEntry, checklistStatus } from '../../src/catalogue/checklist';
import { clauseRows, clausesOf, currentText, hasBasis } from '../../src/catalogue/clauses';
import type { RuleClauses } from '../../src/catalogue/clauses';
import type { CoverageRow } from '../../src/catalogue/coverage';

// Loaded inside each test: its patterns and words are module-level, which per-test coverage counts only
// for a test that loads them.
beforeEach(() => jest.resetModules());
const coverage = () => require('../../src/catalogue/coverage') as typeof import('../../src/catalogue/coverage');
const coverageRows = () => coverage().coverageRows();
const coverageStatus: typeof import('../../src/catalogue/coverage').coverageStatus = (row, file) => coverage().coverageStatus(row, file);
const guidelineItemOf = (source: string) => coverage().guidelineItemOf(source);
const scorecardRows = () => coverage().scorecardRows();
const scoreOf: typeof import('../../src/catalogue/coverage').scoreOf = (row, file) => coverage().scoreOf(row, file);
const scoreText: typeof import('../../src/catalogue/coverage').scoreText = (score, lang) => coverage().scoreText(score, lang);
const uncheckedItems = () => coverage().uncheckedItems();
import type { ReportFile, ReportFinding } from '../../src/report/model';
import type { Rule } from '../../src/rules/rule';

describe('guidelineItemOf', () => {
  it.each([
    ['note 2-1', 'note 2-1'],
    ['note 2-5 運用ポリシー', 'note 2-5'],
    ['note 2-12', 'note 2-12'],
    ['note 2-', undefined],
    ['note 2', undefined],
    ['xnote 2-1', undefined],
    ['note', 'note 1'],
    ['note 1', 'note 1'],
    ['note 1 情報漏洩対策 3', 'note 1'],
    ['note ウイルス感染対策 3', 'note 1'],
    ['note 3', undefined],
    ['note 12', undefined],
    ['note 1 2', undefined],
    ['note1', undefined],
    ['notes', undefined],
    ['a note', undefined],
    ['ウイルス感染対策 3', 'note 1'],
    ['情報漏洩対策', 'note 1'],
    ['紛失・盗難時の対応', 'note 1'],
    ['x 紛失・盗難', undefined],
    ['C-6', 'C-6'],
    ['C-10', 'C-10'],
    ['D-4', 'D-4'],
    ['6.9 C-6', 'C-6'],
    ['6.9 B', '6.9 B'],
    ['B', undefined],
    ['6.9 b', undefined],
    ['C-6 x', undefined],
    ['xC-6', undefined],
    ['C-', undefined],
    ['E-1', undefined],
    ['6.9 C', undefined],
    ['6.0 シス14⑥', undefined],
    ['ledger.md', undefined],
  ])('%j → %j', (source, item) => {
    expect(guidelineItemOf(source)).toBe(item);
  });
});

describe('the coverage rows', () => {
  it('list each item with the rules that cite it, in catalogue order', () => {
    expect(coverageRows().map((row) => [row.item.id, row.rules])).toMatchSnapshot();
  });

  it('put the items a rule checks in the scorecard and name the others', () => {
    expect(scorecardRows().map((row) => row.item.id)).toStrictEqual(coverageRows().filter((row) => row.rules.length > 0).map((row) => row.item.id));
    expect(scorecardRows()).toHaveLength(18);
    expect(uncheckedItems().map((item) => item.id)).toStrictEqual(['note 2-1', 'C-10', 'D-3']);
    expect(uncheckedItems()[0]!.title.en).toBe('Ledger: the person responsible for どこでも連絡帳');
  });
});

let counter = 0;
function finding(ruleId: string, severity: 'error' | 'warning' | 'info', suppressed = false): ReportFinding {
  counter += 1;
  return { ruleId, severity, suppressed, id: counter } as unknown as ReportFinding;
}

function file(findings: ReportFinding[], options: { disabledRules?: string[]; leftOutByQuiet?: ReportFinding[]; loaded?: boolean } = {}): ReportFile {
  return {
    file: 'ledger.yaml',
    config: null,
    disabledRules: options.disabledRules ?? [],
    findings,
    ...(options.leftOutByQuiet ? { leftOutByQuiet: options.leftOutByQuiet } : {}),
    counts: { error: 0, warning: 0, info: 0, suppressed: 0 },
    ...(options.loaded === false ? {} : { inventory: {} }),
    facility: null,
    overdue: null,
  } as unknown as ReportFile;
}

const row = (...rules: string[]): CoverageRow => ({ item: { id: 'C-9', title: { ja: 'x', en: 'x' } }, rules });

describe('coverageStatus and scoreOf', () => {
  it('has no rule for an item no rule checks, whatever the file', () => {
    expect(coverageStatus(row(), file([finding('a', 'error')]))).toStrictEqual({ kind: 'no-rule' });
    expect(coverageStatus(row(), file([], { loaded: false }))).toStrictEqual({ kind: 'no-rule' });
    expect(scoreOf(row(), file([]))).toStrictEqual({ kind: 'not-recorded', count: 0, rules: [] });
  });

  it('is unchecked only when every rule of the item is off', () => {
    expect(coverageStatus(row('a', 'b'), file([], { disabledRules: ['b', 'a'], loaded: false }))).toStrictEqual({ kind: 'unchecked' });
    expect(scoreOf(row('a', 'b'), file([], { disabledRules: ['a', 'b'] }))).toStrictEqual({ kind: 'off', count: 0, rules: [] });
    expect(coverageStatus(row('a', 'b'), file([], { disabledRules: ['a', 'c'] }))).toStrictEqual({ kind: 'pass', offRules: ['a'] });
    expect(coverageStatus(row('a', 'b'), file([], { disabledRules: ['c'] }))).toStrictEqual({ kind: 'pass', offRules: [] });
  });

  it('did not run on a ledger that did not load', () => {
    expect(coverageStatus(row('a'), file([finding('a', 'error')], { loaded: false }))).toStrictEqual({ kind: 'not-run' });
    expect(coverageStatus(row('a', 'b'), file([], { loaded: false, disabledRules: ['a'] }))).toStrictEqual({ kind: 'not-run' });
    expect(scoreOf(row('a'), file([], { loaded: false }))).toStrictEqual({ kind: 'not-recorded', count: 0, rules: [] });
  });

  it('fails on an unsuppressed warning or error of its rules, named in the row’s order, counted in the mark', () => {
    const findings = [finding('b', 'warning'), finding('b', 'error'), finding('a', 'error'), finding('a', 'error', true), finding('a', 'info'), finding('c', 'error')];
    expect(coverageStatus(row('a', 'b', 'd'), file(findings, { disabledRules: ['d'] }))).toStrictEqual({ kind: 'fail', failingRules: ['a', 'b'], offRules: ['d'] });
    expect(scoreOf(row('a', 'b', 'd'), file(findings))).toStrictEqual({ kind: 'findings', count: 3, rules: ['a', 'b'] });
    expect(scoreOf(row('b'), file(findings))).toStrictEqual({ kind: 'findings', count: 2, rules: ['b'] });
  });

  it('counts what --quiet left out of the listing', () => {
    const quiet = file([finding('x', 'error')], { leftOutByQuiet: [finding('a', 'warning'), finding('a', 'warning'), finding('b', 'info')] });
    expect(coverageStatus(row('a'), quiet)).toStrictEqual({ kind: 'fail', failingRules: ['a'], offRules: [] });
    expect(scoreOf(row('a'), quiet)).toStrictEqual({ kind: 'findings', count: 2, rules: ['a'] });
    expect(coverageStatus(row('b'), quiet)).toStrictEqual({ kind: 'advisory', advisoryRules: ['b'], offRules: [] });
    const listed = file([finding('a', 'warning')], { leftOutByQuiet: [finding('a', 'error')] });
    expect(scoreOf(row('a'), listed)).toStrictEqual({ kind: 'findings', count: 2, rules: ['a'] });
  });

  it('passes with advice on info findings or suppressed ones, naming the rules that advised', () => {
    const findings = [finding('b', 'info'), finding('a', 'warning', true), finding('c', 'error')];
    expect(coverageStatus(row('a', 'b', 'e'), file(findings, { disabledRules: ['e'] }))).toStrictEqual({ kind: 'advisory', advisoryRules: ['a', 'b'], offRules: ['e'] });
    expect(scoreOf(row('a', 'b'), file(findings))).toStrictEqual({ kind: 'pass', count: 0, rules: ['a', 'b'] });
    expect(coverageStatus(row('d'), file(findings))).toStrictEqual({ kind: 'pass', offRules: [] });
    expect(scoreOf(row('d'), file(findings))).toStrictEqual({ kind: 'pass', count: 0, rules: [] });
  });

  it('writes a mark as a word, with the count of findings', () => {
    expect(scoreText({ kind: 'findings', count: 3, rules: [] }, 'ja')).toBe('指摘 3');
    expect(scoreText({ kind: 'findings', count: 1, rules: [] }, 'en')).toBe('findings 1');
    expect(scoreText({ kind: 'pass', count: 0, rules: ['a'] }, 'ja')).toBe('適合');
    expect(scoreText({ kind: 'pass', count: 0, rules: [] }, 'en')).toBe('pass');
    expect(scoreText({ kind: 'not-recorded', count: 0, rules: [] }, 'ja')).toBe('記録なし');
    expect(scoreText({ kind: 'not-recorded', count: 0, rules: [] }, 'en')).toBe('not recorded');
    expect(scoreText({ kind: 'off', count: 0, rules: [] }, 'ja')).toBe('無効');
    expect(scoreText({ kind: 'off', count: 0, rules: [] }, 'en')).toBe('off');
  });
});

describe('the checklist items in a file', () => {
  it('take the coverage table’s status over their rules', () => {
    const reuse = CHECKLIST.find((item) => item.id === '2⑧')!;
    const patches = CHECKLIST.find((item) => item.id === '2⑥')!;
    expect(checklistStatus(reuse, file([]))).toStrictEqual({ kind: 'no-rule' });
    expect(checklistStatus(patches, file([finding('os-up-to-date', 'error')]))).toStrictEqual({ kind: 'fail', failingRules: ['os-up-to-date'], offRules: [] });
    expect(checklistStatus(patches, file([], { disabledRules: ['os-up-to-date'] }))).toStrictEqual({ kind: 'unchecked' });
  });

  it('give their JSON entry in one language', () => {
    const leavers = CHECKLIST.find((item) => item.id === 'leavers')!;
    expect(checklistEntry(leavers, 'en')).toStrictEqual({
      id: 'leavers',
      number: null,
      title: 'Accounts of people who left removed or suspended',
      quote: null,
      readAt: null,
      basis: 'not-in-checklist',
      draft: false,
      evidence: 'yes',
      shows: 'The end date and the MCS account’s status',
      rules: ['departed-user'],
    });
    const patches = CHECKLIST.find((item) => item.id === '2⑥')!;
    expect(checklistEntry(patches, 'ja')).toStrictEqual({
      id: '2⑥',
      number: '2⑥',
      title: 'セキュリティパッチの適用',
      quote: '「セキュリティパッチ(最新ファームウェアや更新プログラム)を適用している。」',
      readAt: 'https://wic-net.com/material/document/19101/9',
      basis: 'draft',
      draft: true,
      evidence: 'yes',
      shows: '端末ごとの OS・ブラウザが最新か',
      rules: ['os-up-to-date'],
    });
    expect(checklistEntry(CHECKLIST.find((item) => item.id === 'two-factor')!, 'en').draft).toBe(true);
  });
});

describe('clauses by edition', () => {
  const empty: RuleClauses = { note: [], fifth: [], current: [], noneFound: false, noteOnly: false };

  it('splits sources into the note, the 5th edition and 6.0', () => {
    expect(clausesOf(['note', 'note 1 情報漏洩対策 3', 'ウイルス感染対策 2', 'note 2-4', 'C-6', '6.9 B', '6.9 D-2', '6.0 シス14⑥', '6.0 企13 (案)', 'ledger.md', 'note 3'])).toStrictEqual({
      note: ['1', '1 情報漏洩対策 3', 'ウイルス感染対策 2', '2-4'],
      fifth: ['C-6', '6.9 B', '6.9 D-2'],
      current: ['シス14⑥', '企13 (案)'],
      noneFound: false,
      noteOnly: false,
    });
    expect(clausesOf(['情報漏洩対策 note 3', 'note 1 note'])).toStrictEqual({ ...empty, note: ['情報漏洩対策 note 3', '1 note'] });
    expect(clausesOf([])).toStrictEqual(empty);
    expect(clausesOf(['6.0: none found'])).toStrictEqual({ ...empty, noneFound: true });
    expect(clausesOf(['6.0: none found (note only)', 'note 2-2'])).toStrictEqual({ ...empty, note: ['2-2'], noneFound: true, noteOnly: true });
    expect(clausesOf(['6.0 none found', '6.0:none found'])).toStrictEqual({ ...empty, current: ['none found'] });
  });

  it('says whether a rule rests on anything outside the ledger format', () => {
    expect(hasBasis(empty)).toBe(false);
    expect(hasBasis({ ...empty, note: ['1'] })).toBe(true);
    expect(hasBasis({ ...empty, fifth: ['C-6'] })).toBe(true);
    expect(hasBasis({ ...empty, current: ['企9'] })).toBe(true);
    expect(hasBasis({ ...empty, noneFound: true })).toBe(true);
    expect(hasBasis({ ...empty, noteOnly: true })).toBe(false);
  });

  it('gives the 6.0 column: the clauses, or why there are none', () => {
    expect(currentText({ ...empty, current: ['a', 'b'], noneFound: true, noteOnly: true }, 'en')).toBe('a, b');
    expect(currentText({ ...empty, noneFound: true, noteOnly: true }, 'en')).toBe("no clause found (the facility note's own rule)");
    expect(currentText({ ...empty, noneFound: true, noteOnly: true }, 'ja')).toBe('見つからず（施設の注意事項の規定）');
    expect(currentText({ ...empty, noneFound: true }, 'en')).toBe('no clause found');
    expect(currentText({ ...empty, noneFound: true }, 'ja')).toBe('見つからず');
    expect(currentText(empty, 'en')).toBe('—');
    expect(currentText(empty, 'ja')).toBe('—');
  });

  it('has a row per rule with a basis, in the given order', () => {
    const rules = [
      { id: 'r1', sources: ['ledger.md'] },
      { id: 'r2', sources: ['note 2-1', 'C-5', '6.0 企9'] },
      { id: 'r3', sources: ['6.0: none found'] },
      { id: 'r4', sources: ['D-1', 'D-2'] },
    ] as unknown as Rule[];
    expect(clauseRows('ja', rules)).toStrictEqual([
      { id: 'r2', note: '2-1', fifth: 'C-5', current: '企9' },
      { id: 'r3', note: '—', fifth: '—', current: '見つからず' },
      { id: 'r4', note: '—', fifth: 'D-1, D-2', current: '—' },
    ]);
    expect(clauseRows('en').slice(0, 3)).toStrictEqual([
      { id: 'duplicate-id', note: '—', fifth: 'C-5', current: '企9' },
      { id: 'facility-rules', note: '2-5', fifth: 'C-1, C-2', current: '企8⑤' },
      { id: 'admin-is-user', note: '2-2, 2-3', fifth: '—', current: "no clause found (the facility note's own rule)" },
    ]);
  });
});
