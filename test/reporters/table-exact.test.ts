// --format table, byte for byte: columns, padding by display width, severities and the suppressed label,
// the suppression note, the configuration footer, clean files, the summary line in its three forms, colour
// codes, Japanese, workbook cells, a terminal's width, and values that must stay inert.
import { presentReport } from '../../src/report/model';
import type { Reporter } from '../../src/reporters/types';
import { fresh } from '../helpers/fresh';
import { reportFile, reportFinding, reportModel, suppressedFinding } from '../helpers/report-model';

/** The reporter loaded afresh for each rendering (its styles and column constants read in the test). */
const table: Reporter = (model, options) => fresh(() => (require('../../src/reporters/table') as typeof import('../../src/reporters/table')).default)(model, options);

/** One file with a finding of each severity, one without a target, one suppressed; two clean files, one that did not load. */
function mixedModel(lang: 'en' | 'ja') {
  return reportModel(
    [
      reportFile(
        'ledgers/a.yaml',
        [
          reportFinding(),
          reportFinding({ ruleId: 'mfa', severity: 'warning', line: 3, column: 1, targetLabel: '中村 誠', message: '中村 誠 さんの二要素認証' }),
          reportFinding({ ruleId: 'byod', severity: 'info', targetLabel: null, target: null, line: 1, column: 1, message: 'advice' }),
          suppressedFinding({ ruleId: 'public-wireless-lan', line: 40, column: 18 }),
        ],
        { config: '.dokodemo-check.yaml', disabledRules: ['byod', 'mfa'], facility: 'みどり在宅クリニック', overdue: 2 },
      ),
      reportFile('clean.yaml', [], { config: 'cfg.yaml', disabledRules: ['x'], facility: 'さくら訪問看護ステーション', overdue: 0 }),
      reportFile('b.yaml', []),
    ],
    lang,
  );
}

const lines = (...text: string[]) => text.join('\n');

describe('table, piped', () => {
  it('writes every cell padded to its column, the notes, the footers and the summary (en)', () => {
    expect(table(mixedModel('en'), { color: false })).toBe(
      lines(
        'ledgers/a.yaml',
        '  Severity    Line:Col  Target   Rule                 Message',
        '  error       12:5      PC-01    antivirus            Install antivirus software on PC-01',
        '  warning     3:1       中村 誠  mfa                  中村 誠 さんの二要素認証',
        '  info        1:1       -        byod                 advice',
        '  suppressed  40:18     PC-01    public-wireless-lan  Install antivirus software on PC-01 [suppressed: VPN only (until 2027-03-31)]',
        '  configuration: .dokodemo-check.yaml (2 rules off)',
        '',
        'clean.yaml: ✔ No problems found',
        '  configuration: cfg.yaml (1 rule off)',
        '',
        'b.yaml: ✔ No problems found',
        '',
        'By facility (worst first)',
        '  Facility                    File            Errors  Warnings  Info  Overdue',
        '  みどり在宅クリニック        ledgers/a.yaml  1       1         1     2',
        '  -                           b.yaml          0       0         0     -',
        '  さくら訪問看護ステーション  clean.yaml      0       0         0     0',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info), 1 suppressed',
        '',
      ),
    );
  });

  it('speaks Japanese with lang ja, full-width headings counted as two columns', () => {
    expect(table(mixedModel('ja'), { color: false })).toBe(
      lines(
        'ledgers/a.yaml',
        '  重大度  行:列  対象     ルール               メッセージ',
        '  エラー  12:5   PC-01    antivirus            Install antivirus software on PC-01',
        '  警告    3:1    中村 誠  mfa                  中村 誠 さんの二要素認証',
        '  情報    1:1    -        byod                 advice',
        '  抑止    40:18  PC-01    public-wireless-lan  Install antivirus software on PC-01 [抑止: VPN only（2027-03-31 まで）]',
        '  設定: .dokodemo-check.yaml（無効にしたルール 2 件）',
        '',
        'clean.yaml: ✔ 問題はありません',
        '  設定: cfg.yaml（無効にしたルール 1 件）',
        '',
        'b.yaml: ✔ 問題はありません',
        '',
        '施設ごとの集計（問題の多い順）',
        '  施設                        ファイル        エラー  警告  情報  期限切れ',
        '  みどり在宅クリニック        ledgers/a.yaml  1       1     1     2',
        '  -                           b.yaml          0       0     0     -',
        '  さくら訪問看護ステーション  clean.yaml      0       0     0     0',
        '',
        '✖ 3 件 (エラー 1, 警告 1, 情報 1), 抑止 1',
        '',
      ),
    );
  });

  it('writes a configuration file with no rule off without a count', () => {
    const model = reportModel([reportFile('a.yaml', [], { config: 'c.yaml' })]);
    expect(table(model, { color: false })).toBe('a.yaml: ✔ No problems found\n  configuration: c.yaml\n');
  });

  it('has no summary line when no file has a finding (the roll-up still lists the files), and nothing at all for no files', () => {
    expect(table(reportModel([reportFile('a.yaml', []), reportFile('b.yaml', [])]), { color: false })).toBe(
      'a.yaml: ✔ No problems found\n\nb.yaml: ✔ No problems found\n\nBy facility (worst first)\n  Facility  File    Errors  Warnings  Info  Overdue\n  -         a.yaml  0       0         0     -\n  -         b.yaml  0       0         0     -\n',
    );
    expect(table(reportModel([]), { color: false })).toBe('');
  });

  it('summarises warnings alone with ✖, and suppressed findings alone with ✔', () => {
    const warning = reportModel([reportFile('a.yaml', [reportFinding({ severity: 'warning', ruleId: 'mfa' })])]);
    expect(table(warning, { color: false }).split('\n').slice(-2)).toEqual(['✖ 1 problem (0 errors, 1 warning, 0 info), 0 suppressed', '']);
    const suppressed = reportModel([reportFile('a.yaml', [suppressedFinding()])]);
    expect(table(suppressed, { color: false })).toBe(
      lines(
        'a.yaml',
        '  Severity    Line:Col  Target  Rule       Message',
        '  suppressed  12:5      PC-01   antivirus  Install antivirus software on PC-01 [suppressed: VPN only (until 2027-03-31)]',
        '',
        '✔ 0 problems (0 errors, 0 warnings, 0 info), 1 suppressed',
        '',
      ),
    );
  });

  it('heads a workbook\'s positions Sheet!Cell, quoting a sheet name with spaces', () => {
    const model = reportModel([
      reportFile('台帳.xlsx', [
        reportFinding({ line: null, column: null, sheet: '端末', cell: 'H3' }),
        reportFinding({ line: null, column: null, sheet: '利用者 (2)', cell: 'F12', ruleId: 'mfa', targetLabel: '中村 誠' }),
      ]),
    ]);
    expect(table(model, { color: false })).toBe(
      lines(
        '台帳.xlsx',
        '  Severity  Sheet!Cell        Target   Rule       Message',
        '  error     端末!H3           PC-01    antivirus  Install antivirus software on PC-01',
        "  error     '利用者 (2)'!F12  中村 誠  mfa        Install antivirus software on PC-01",
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 info), 0 suppressed',
        '',
      ),
    );
  });

  it('shows controls in values escaped and breaks CI commands anywhere in a line', () => {
    const model = reportModel([
      reportFile('a\x1b[2J.yaml', [reportFinding({ ruleId: '##[group]x', targetLabel: '::warn', message: 'a\u202eb\tc ##vso[task]' })], { config: '::c' }),
    ]);
    expect(table(model, { color: false })).toBe(
      lines(
        'a\\x1b[2J.yaml',
        '  Severity  Line:Col  Target   Rule        Message',
        '  error     12:5      :\\:warn  ##\\[group]x  a\\u202eb\\tc ##vso\\[task]',
        '  configuration: :\\:c',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info), 0 suppressed',
        '',
      ),
    );
  });
});

describe('table, in colour', () => {
  const ESC = '\x1b[';

  it('paints severities, headings, the file, quiet text and the error summary with chalk level 1 codes', () => {
    expect(table(mixedModel('en'), { color: true })).toBe(
      lines(
        `${ESC}4mledgers/a.yaml${ESC}24m`,
        `  ${ESC}1mSeverity${ESC}22m    ${ESC}1mLine:Col${ESC}22m  ${ESC}1mTarget${ESC}22m   ${ESC}1mRule${ESC}22m                 ${ESC}1mMessage${ESC}22m`,
        `  ${ESC}31merror${ESC}39m       12:5      PC-01    ${ESC}90mantivirus${ESC}39m            Install antivirus software on PC-01`,
        `  ${ESC}33mwarning${ESC}39m     3:1       中村 誠  ${ESC}90mmfa${ESC}39m                  中村 誠 さんの二要素認証`,
        `  ${ESC}34minfo${ESC}39m        1:1       -        ${ESC}90mbyod${ESC}39m                 advice`,
        `  ${ESC}90msuppressed${ESC}39m  40:18     PC-01    ${ESC}90mpublic-wireless-lan${ESC}39m  ${ESC}90mInstall antivirus software on PC-01${ESC}39m ${ESC}90m[suppressed: VPN only (until 2027-03-31)]${ESC}39m`,
        `  ${ESC}90mconfiguration: .dokodemo-check.yaml (2 rules off)${ESC}39m`,
        '',
        `${ESC}4mclean.yaml${ESC}24m: ${ESC}32m✔ No problems found${ESC}39m`,
        `  ${ESC}90mconfiguration: cfg.yaml (1 rule off)${ESC}39m`,
        '',
        `${ESC}4mb.yaml${ESC}24m: ${ESC}32m✔ No problems found${ESC}39m`,
        '',
        `${ESC}1mBy facility (worst first)${ESC}22m`,
        `  ${ESC}1mFacility${ESC}22m                    ${ESC}1mFile${ESC}22m            ${ESC}1mErrors${ESC}22m  ${ESC}1mWarnings${ESC}22m  ${ESC}1mInfo${ESC}22m  ${ESC}1mOverdue${ESC}22m`,
        `  みどり在宅クリニック        ledgers/a.yaml  ${ESC}31m1${ESC}39m       1         1     2`,
        `  -                           b.yaml          ${ESC}90m0${ESC}39m       0         0     -`,
        `  さくら訪問看護ステーション  clean.yaml      ${ESC}90m0${ESC}39m       0         0     0`,
        '',
        `${ESC}31m${ESC}1m✖ 3 problems (1 error, 1 warning, 1 info), 1 suppressed${ESC}22m${ESC}39m`,
        '',
      ),
    );
  });

  it('paints a warning summary yellow and bold, a suppressed-only summary green', () => {
    const warning = reportModel([reportFile('a.yaml', [reportFinding({ severity: 'warning' })])]);
    expect(table(warning, { color: true }).split('\n').at(-2)).toBe(`${ESC}33m${ESC}1m✖ 1 problem (0 errors, 1 warning, 0 info), 0 suppressed${ESC}22m${ESC}39m`);
    const suppressed = reportModel([reportFile('a.yaml', [suppressedFinding()])]);
    expect(table(suppressed, { color: true }).split('\n').at(-2)).toBe(`${ESC}32m✔ 0 problems (0 errors, 0 warnings, 0 info), 1 suppressed${ESC}39m`);
  });
});

describe('table on a terminal', () => {
  it('is the piped text when the terminal is wide enough', () => {
    expect(table(mixedModel('en'), { color: false, width: 137 })).toBe(table(mixedModel('en'), { color: false }));
  });

  it('wraps the message column in place when it stays 30 columns wide or more (36 here: 90 less the other columns)', () => {
    expect(table(mixedModel('en'), { color: false, width: 90 })).toBe(
      lines(
        'ledgers/a.yaml',
        '  Severity    Line:Col  Target   Rule                 Message',
        '  error       12:5      PC-01    antivirus            Install antivirus software on PC-01',
        '  warning     3:1       中村 誠  mfa                  中村 誠 さんの二要素認証',
        '  info        1:1       -        byod                 advice',
        '  suppressed  40:18     PC-01    public-wireless-lan  Install antivirus software on PC-01',
        '                                                      [suppressed: VPN only (until',
        '                                                      2027-03-31)]',
        '  configuration: .dokodemo-check.yaml (2 rules off)',
        '',
        'clean.yaml: ✔ No problems found',
        '  configuration: cfg.yaml (1 rule off)',
        '',
        'b.yaml: ✔ No problems found',
        '',
        'By facility (worst first)',
        '  Facility                    File            Errors  Warnings  Info  Overdue',
        '  みどり在宅クリニック        ledgers/a.yaml  1       1         1     2',
        '  -                           b.yaml          0       0         0     -',
        '  さくら訪問看護ステーション  clean.yaml      0       0         0     0',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info), 1 suppressed',
        '',
      ),
    );
  });

  it('moves messages below their rows on a narrow terminal and wraps the other lines to fit', () => {
    expect(table(mixedModel('en'), { color: false, width: 50 })).toBe(
      lines(
        'ledgers/a.yaml',
        '  Severity    Line:Col  Target   Rule',
        '  error       12:5      PC-01    antivirus',
        '      Install antivirus software on PC-01',
        '  warning     3:1       中村 誠  mfa',
        '      中村 誠 さんの二要素認証',
        '  info        1:1       -        byod',
        '      advice',
        '  suppressed  40:18     PC-01    public-wireless-',
        '                                 lan',
        '      Install antivirus software on PC-01',
        '      [suppressed: VPN only (until 2027-03-31)]',
        '  configuration: .dokodemo-check.yaml (2 rules',
        '    off)',
        '',
        'clean.yaml: ✔ No problems found',
        '  configuration: cfg.yaml (1 rule off)',
        '',
        'b.yaml: ✔ No problems found',
        '',
        'By facility (worst first)',
        '  Errors  Warnings  Info  Overdue',
        '  1       1         1     2',
        '      ledgers/a.yaml',
        '      みどり在宅クリニック',
        '  0       0         0     -',
        '      b.yaml',
        '      -',
        '  0       0         0     0',
        '      clean.yaml',
        '      さくら訪問看護ステーション',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info), 1',
        '  suppressed',
        '',
      ),
    );
  });

  it('fits an 80-column terminal in Japanese under --redact: the message wraps at 39 columns, no line opens with 、。）', () => {
    const message = '{user} さんの MCS パスワードを変更する（前回 2026-05-10、2 か月ごと）。変更したら台帳の mcs_password_changed を更新してください';
    const model = presentReport(
      {
        asOf: '2026-11-24',
        files: [
          {
            file: 'ledgers/さくら.yaml',
            findings: [{ ruleId: 'mcs-password-age', severity: 'warning', path: ['users', 0], position: { line: 40, column: 5 }, target: { kind: 'user', id: 'nakamura@x.jp', label: '中村 誠' }, message: { ja: message, en: message }, data: { user: '中村 誠' }, sources: [] }],
          },
        ],
      },
      { lang: 'ja', redact: true, quiet: false, failOn: 'error', version: '1.0.0' },
    );
    expect(table(model, { color: false, width: 80 }).split('\n')).toEqual([
      'ledgers/さくら.yaml',
      '  重大度  行:列  対象  ルール            メッセージ',
      '  警告    40:5   中*   mcs-password-age  中* さんの MCS パスワードを変更する（前',
      '                                         回 2026-05-10、2 か月ごと）。変更したら',
      '                                         台帳の mcs_password_changed を更新して',
      '                                         ください',
      '',
      '✖ 1 件 (エラー 0, 警告 1, 情報 0), 抑止 0',
      '',
    ]);
  });
});
