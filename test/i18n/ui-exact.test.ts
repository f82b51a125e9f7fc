// src/i18n/ui.ts: each sentence the interface builds from numbers and names, in both languages, at one,
// at none and at more (English plurals, a configuration with and without rules turned off); and every
// word, pinned whole in the snapshot beside this file, loaded inside the test: the words are module-level
// data, which mutation testing's per-test coverage counts only for a test that loads them.
import { ui } from '../../src/i18n/ui';

const JA = ui('ja');
const EN = ui('en');

describe('ui', () => {
  it('gives the Japanese words for ja and the English ones for en', () => {
    expect(JA.noProblems).toBe('問題はありません');
    expect(EN.noProblems).toBe('No problems found');
  });

  it('says how many entries or rows with format problems were left out', () => {
    expect(JA.leftOut(1, 'devices[0]', false)).toBe('形式の問題がある 1 件の項目（devices[0]）は、直すと内容も確認されます');
    expect(JA.leftOut(2, '端末 3 行目', true)).toBe('形式の問題がある 2 行（端末 3 行目）は、直すと内容も確認されます');
    expect(EN.leftOut(1, 'devices[0]', false)).toBe('1 entry with format problems (devices[0]) is checked for content once the format is fixed');
    expect(EN.leftOut(2, 'a, b', false)).toBe('2 entries with format problems (a, b) are checked for content once the format is fixed');
    expect(EN.leftOut(1, 'row 3', true)).toBe('1 row with format problems (row 3) is checked for content once the format is fixed');
    expect(EN.leftOut(3, 'rows 3-5', true)).toBe('3 rows with format problems (rows 3-5) are checked for content once the format is fixed');
  });

  it('sums up the findings', () => {
    expect(JA.summary(6, { error: 1, warning: 2, info: 3 }, 4)).toBe('6 件 (エラー 1, 警告 2, 情報 3), 抑止 4');
    expect(EN.summary(1, { error: 1, warning: 0, info: 0 }, 0)).toBe('1 problem (1 error, 0 warnings, 0 info), 0 suppressed');
    expect(EN.summary(0, { error: 0, warning: 1, info: 2 }, 1)).toBe('0 problems (0 errors, 1 warning, 2 info), 1 suppressed');
    expect(EN.summary(5, { error: 2, warning: 3, info: 1 }, 2)).toBe('5 problems (2 errors, 3 warnings, 1 info), 2 suppressed');
  });

  it('says why a finding is suppressed, and counts files', () => {
    expect(JA.suppressedBy('承認済み', '2027-03-31')).toBe('抑止: 承認済み（2027-03-31 まで）');
    expect(EN.suppressedBy('approved', '2027-03-31')).toBe('suppressed: approved (until 2027-03-31)');
    expect(JA.files(2)).toBe('2 ファイル');
    expect(EN.files(1)).toBe('1 file');
    expect(EN.files(0)).toBe('0 files');
  });

  it('names the configuration and how many rules it turned off', () => {
    expect(JA.configuration(null, 0)).toBe('設定: なし（既定の設定）');
    expect(JA.configuration('.dokodemo-check.yaml', 0)).toBe('設定: .dokodemo-check.yaml');
    expect(JA.configuration('c.yaml', 2)).toBe('設定: c.yaml（無効にしたルール 2 件）');
    expect(EN.configuration(null, 3)).toBe('configuration: none (built-in defaults)');
    expect(EN.configuration('c.yaml', 0)).toBe('configuration: c.yaml');
    expect(EN.configuration('c.yaml', 1)).toBe('configuration: c.yaml (1 rule off)');
    expect(EN.configuration('c.yaml', 2)).toBe('configuration: c.yaml (2 rules off)');
  });

  it('words the due list', () => {
    expect(JA.due.daysLeft(3)).toBe('あと 3 日');
    expect(EN.due.daysLeft(1)).toBe('in 1 day');
    expect(EN.due.daysLeft(2)).toBe('in 2 days');
    expect(JA.due.overdueBy(4)).toBe('期限切れ 4 日');
    expect(EN.due.overdueBy(1)).toBe('overdue by 1 day');
    expect(EN.due.overdueBy(5)).toBe('overdue by 5 days');
    expect(JA.due.nothingDue(30)).toBe('期限切れのもの、30 日以内に期限を迎えるものはありません');
    expect(EN.due.nothingDue(30)).toBe('Nothing is overdue or due within 30 days');
    expect(EN.due.nothingDue(1)).toBe('Nothing is overdue or due within 1 day');
    expect(JA.due.summary(5, 2, 30)).toBe('期限切れ・30 日以内の期限 5 件（うち期限切れ 2 件）');
    expect(EN.due.summary(1, 0, 1)).toBe('1 item overdue or due within 1 day (0 overdue)');
    expect(EN.due.summary(4, 2, 30)).toBe('4 items overdue or due within 30 days (2 overdue)');
    expect(JA.due.calendarDue('2026-12-01', '期限切れ 4 日')).toBe('期限 2026-12-01（期限切れ 4 日）');
    expect(EN.due.calendarDue('2026-12-01', 'overdue by 4 days')).toBe('Due 2026-12-01 (overdue by 4 days)');
    expect(JA.due.invalidLedger('a.yaml', 2)).toBe('台帳 a.yaml に 2 件の形式の誤りがあり期限を一覧にできません。dokodemo-check で確認して直してください');
    expect(EN.due.invalidLedger('a.yaml', 1)).toBe('The ledger a.yaml has 1 format problem, so its deadlines cannot be listed: check it with dokodemo-check and fix it');
    expect(EN.due.invalidLedger('a.yaml', 2)).toBe('The ledger a.yaml has 2 format problems, so its deadlines cannot be listed: check it with dokodemo-check and fix it');
    expect(JA.due.partialLedger('a.yaml', 3)).toBe('台帳 a.yaml に 3 件の形式の誤りがあり、その行の期限は一覧にありません。dokodemo-check で確認して直してください');
    expect(EN.due.partialLedger('a.yaml', 1)).toBe('The ledger a.yaml has 1 format problem: the deadlines of the entries they are in are not listed. Check it with dokodemo-check and fix it');
  });

  it('says what --quiet left out of the report', () => {
    expect(JA.report.leftOutByQuiet(3)).toBe('--quiet: エラーだけを一覧にしています。警告・情報の 3 件は一覧にありませんが、確認状況には含めています。');
    expect(EN.report.leftOutByQuiet(1)).toBe('--quiet: only errors are listed; 1 warning or info finding is left out of the lists but counted in the coverage table.');
    expect(EN.report.leftOutByQuiet(2)).toBe('--quiet: only errors are listed; 2 warning and info findings are left out of the lists but counted in the coverage table.');
  });
});

describe('every word of the interface', () => {
  it('is pinned in both languages', () => {
    jest.resetModules();
    const fresh = (require('../../src/i18n/ui') as typeof import('../../src/i18n/ui')).ui;
    expect(fresh('ja')).toMatchSnapshot('ja');
    expect(fresh('en')).toMatchSnapshot('en');
    // The sentences too: a function of the fresh module that answered nothing would pass as [Function].
    for (const lang of ['ja', 'en'] as const) {
      const words = fresh(lang);
      expect([
        words.leftOut(2, 'n', true),
        words.summary(3, { error: 1, warning: 1, info: 1 }, 0),
        words.suppressedBy('r', 'd'),
        words.files(2),
        words.configuration('c', 1),
        words.due.daysLeft(2),
        words.due.overdueBy(2),
        words.due.nothingDue(30),
        words.due.summary(2, 1, 30),
        words.due.calendarDue('d', 'l'),
        words.due.invalidLedger('f', 2),
        words.due.partialLedger('f', 2),
        words.report.leftOutByQuiet(2),
      ]).toMatchSnapshot(`${lang} sentences`);
    }
  });
});
