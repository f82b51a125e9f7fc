// --format markdown, byte for byte: the heading, the summary line, a table per file, the suppression note,
// clean files, Japanese, workbook cells, and the escaping that keeps every ledger value plain text.
import type { Reporter } from '../../src/reporters/types';
import { fresh } from '../helpers/fresh';
import { reportFile, reportFinding, reportModel, suppressedFinding } from '../helpers/report-model';

/** The module loaded afresh for each call: its markup and link patterns are read in the test. */
const load = () => fresh(() => require('../../src/reporters/markdown') as typeof import('../../src/reporters/markdown'));
const markdown: Reporter = (model, options) => load().default(model, options);
const escapeCell = (text: string) => load().escapeCell(text);

function mixedModel(lang: 'en' | 'ja') {
  return reportModel(
    [
      reportFile('ledgers/a.yaml', [
        reportFinding(),
        reportFinding({ ruleId: 'mfa', severity: 'warning', line: 3, column: 1, targetLabel: '中村 誠', message: '中村 誠 さんの二要素認証' }),
        reportFinding({ ruleId: 'byod', severity: 'info', targetLabel: null, target: null, line: 1, column: 1, message: 'advice' }),
        suppressedFinding({ ruleId: 'public-wireless-lan', line: 40, column: 18 }),
      ]),
      reportFile('clean.yaml', []),
    ],
    lang,
  );
}

const lines = (...text: string[]) => text.join('\n');

describe('markdown', () => {
  it('writes the heading, the summary, the facilities worst first, a table per file and clean files (en)', () => {
    expect(markdown(mixedModel('en'), { color: false })).toBe(
      lines(
        '## dokodemo-check (2026-11-24)',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info), 1 suppressed — 2 files',
        '',
        '### By facility (worst first)',
        '',
        '| Facility | File | Errors | Warnings | Info | Overdue |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        '| - | ledgers/a.yaml | 1 | 1 | 1 | - |',
        '| - | clean.yaml | 0 | 0 | 0 | - |',
        '',
        '### ledgers/a.yaml',
        '',
        '| Severity | Line:Col | Target | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        '| error | 12:5 | PC-01 | `antivirus` | Install antivirus software on PC-01 |',
        '| warning | 3:1 | 中村 誠 | `mfa` | 中村 誠 さんの二要素認証 |',
        '| info | 1:1 | - | `byod` | advice |',
        '| suppressed | 40:18 | PC-01 | `public-wireless-lan` | Install antivirus software on PC-01 (suppressed: VPN only (until 2027-03-31)) |',
        '',
        '### clean.yaml',
        '',
        '✔ No problems found',
        '',
      ),
    );
  });

  it('speaks Japanese with lang ja', () => {
    expect(markdown(mixedModel('ja'), { color: false })).toBe(
      lines(
        '## dokodemo-check (2026-11-24)',
        '',
        '✖ 3 件 (エラー 1, 警告 1, 情報 1), 抑止 1 — 2 ファイル',
        '',
        '### 施設ごとの集計（問題の多い順）',
        '',
        '| 施設 | ファイル | エラー | 警告 | 情報 | 期限切れ |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        '| - | ledgers/a.yaml | 1 | 1 | 1 | - |',
        '| - | clean.yaml | 0 | 0 | 0 | - |',
        '',
        '### ledgers/a.yaml',
        '',
        '| 重大度 | 行:列 | 対象 | ルール | メッセージ |',
        '| --- | --- | --- | --- | --- |',
        '| エラー | 12:5 | PC-01 | `antivirus` | Install antivirus software on PC-01 |',
        '| 警告 | 3:1 | 中村 誠 | `mfa` | 中村 誠 さんの二要素認証 |',
        '| 情報 | 1:1 | - | `byod` | advice |',
        '| 抑止 | 40:18 | PC-01 | `public-wireless-lan` | Install antivirus software on PC-01 (抑止: VPN only（2027-03-31 まで）) |',
        '',
        '### clean.yaml',
        '',
        '✔ 問題はありません',
        '',
      ),
    );
  });

  it('writes ✔ when nothing but suppressed findings remain, and only the head for no files', () => {
    expect(markdown(reportModel([reportFile('a.yaml', [suppressedFinding()])]), { color: false }).split('\n').slice(0, 3)).toEqual([
      '## dokodemo-check (2026-11-24)',
      '',
      '✔ 0 problems (0 errors, 0 warnings, 0 info), 1 suppressed — 1 file',
    ]);
    expect(markdown(reportModel([]), { color: false })).toBe('## dokodemo-check (2026-11-24)\n\n✔ 0 problems (0 errors, 0 warnings, 0 info), 0 suppressed — 0 files\n');
  });

  it('breaks a CI command that a rule id (written as code) would open', () => {
    const model = reportModel([reportFile('a.yaml', [reportFinding({ ruleId: '##[group]x' })])]);
    expect(markdown(model, { color: false }).split('\n')[8]).toBe('| error | 12:5 | PC-01 | `##\\[group]x` | Install antivirus software on PC-01 |');
  });

  it('heads a workbook\'s positions Sheet!Cell', () => {
    const model = reportModel([reportFile('台帳.xlsx', [reportFinding({ line: null, column: null, sheet: '利用者 (2)', cell: 'F12' })])]);
    expect(markdown(model, { color: false }).split('\n').slice(6)).toEqual([
      '| Severity | Sheet!Cell | Target | Rule | Message |',
      '| --- | --- | --- | --- | --- |',
      "| error | '利用者 (2)'\\!F12 | PC-01 | `antivirus` | Install antivirus software on PC-01 |",
      '',
    ]);
  });

  it('escapes every cell but the rule id, and the file heading; breaks CI commands', () => {
    const model = reportModel([
      reportFile('*a*_ #1.yaml', [
        reportFinding({ targetLabel: 'sato@x.jp', message: 'a|b <i>x</i> ::c ##[group]', suppression: { reason: '[r](u)', approvedBy: 'x', expires: '2027-01-01' }, suppressed: true }),
      ]),
    ]);
    expect(markdown(model, { color: false }).split('\n').filter((line) => line.startsWith('#') || line.startsWith('| suppressed'))).toEqual([
      '## dokodemo-check (2026-11-24)',
      '### \\*a\\*\\_ `#1.yaml`',
      '| suppressed | 12:5 | `sato@x.jp` | `antivirus` | a\\|b \\<i\\>x\\</i\\> :\\\\:c \\#\\#\\\\\\[group\\] (suppressed: \\[r\\](u) (until 2027-01-01)) |',
    ]);
  });
});

describe('escapeCell', () => {
  it('escapes each markup character with a backslash', () => {
    expect(escapeCell('\\ ` * _ [ ] < > ! # | ~ & $ ( ) + - . = ^ { }')).toBe('\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\! \\# \\| \\~ \\& \\$ ( ) + - . = ^ { }');
    expect(escapeCell('#x a#b')).toBe('\\#x a\\#b');
  });

  it('puts words that would link or mention in code spans, and only those words', () => {
    expect(escapeCell('mail sato@x.jp now')).toBe('mail `sato@x.jp` now');
    expect(escapeCell('see https://a.b/c_d and www.ex_ample.jp')).toBe('see `https://a.b/c_d` and `www.ex_ample.jp`');
    expect(escapeCell('issue #12, GH-3 gh-4')).toBe('issue `#12,` `GH-3` `gh-4`');
    expect(escapeCell('aGH-3 x_GH-3 x.GH-3 #a1 ftp:/x')).toBe('aGH-3 x\\_GH-3 `x.GH-3` \\#a1 ftp:/x');
  });

  it('fences a code span with a backtick run longer than any inside, padding a word that starts or ends with one', () => {
    expect(escapeCell('a`b@c')).toBe('``a`b@c``');
    expect(escapeCell('a``b@c`d')).toBe('```a``b@c`d```');
    expect(escapeCell('`x@y')).toBe('`` `x@y ``');
    expect(escapeCell('x@y`')).toBe('`` x@y` ``');
    expect(escapeCell('a|b@c|d')).toBe('`a\\|b@c\\|d`');
  });

  it('keeps runs of spaces and shows controls escaped', () => {
    expect(escapeCell('a  b@c   d')).toBe('a  `b@c`   d');
    expect(escapeCell('a\x01b\nc')).toBe('a\\\\x01b\\\\nc');
    expect(escapeCell('')).toBe('');
  });
});
