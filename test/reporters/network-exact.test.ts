// The roll-up for several ledgers, exactly, each module loaded afresh in each test (so that its module-level
// words, patterns and the stylesheet count for every test under Stryker's perTest coverage): the table's
// per-facility rows worst first and each tie-break, the Markdown cut under the comment limit (at the budget
// and one character over, the facilities' summary at its half, the left-out line's numbers), and the HTML
// network report (the summary page, the scorecard, a section per facility, the stylesheet it adds) and
// facilityPages' names.
import type { ReportFile, ReportModel } from '../../src/report/model';
import type { Reporter } from '../../src/reporters/types';
import { freshPerTest } from '../helpers/fresh';
import { reportFile, reportFinding, reportModel, suppressedFinding } from '../helpers/report-model';

type TableModule = typeof import('../../src/reporters/table');
type MarkdownModule = typeof import('../../src/reporters/markdown');
type HtmlModule = typeof import('../../src/reporters/html');
type StyleModule = typeof import('../../src/reporters/html-style');

const tableModule = freshPerTest(() => require('../../src/reporters/table') as TableModule);
const markdownModule = freshPerTest(() => require('../../src/reporters/markdown') as MarkdownModule);
const htmlModule = freshPerTest(() => require('../../src/reporters/html') as HtmlModule);
const styleModule = freshPerTest(() => require('../../src/reporters/html-style') as StyleModule);

const table: Reporter = (model, options) => tableModule().default(model, options);
const renderMarkdown: MarkdownModule['renderMarkdown'] = (model, options) => markdownModule().renderMarkdown(model, options);
const renderHtml: HtmlModule['renderHtml'] = (model, options) => htmlModule().renderHtml(model, options);

const GENERATED = { generatedOn: '2026-12-01' };
const lines = (...text: string[]) => text.join('\n');
const section = (page: string, pattern: RegExp) => pattern.exec(page)?.[0];
/** From the first `start` to the first `end` after it, both included. */
const between = (page: string, start: string, end: string) => page.slice(page.indexOf(start), page.indexOf(end, page.indexOf(start)) + end.length);

/** n findings of one severity, on lines 1…n. */
function findings(count: number, severity: 'error' | 'warning' | 'info') {
  const ruleId = { error: 'antivirus', warning: 'mfa', info: 'byod' }[severity];
  return Array.from({ length: count }, (_, index) => reportFinding({ severity, ruleId, line: index + 1 }));
}

/** Seven ledgers, given out of order, each pair of neighbours in the worst-first order told apart by one key:
 * errors (z), overdue deadlines over warnings (d, a), warnings (a, b), info (b, c), then the file's name
 * among equals (e, f, g: overdue 0 and unknown count alike). */
function sevenFacilities(): ReportModel {
  return reportModel([
    reportFile('g.yaml', [...findings(1, 'warning'), ...findings(1, 'info')], { facility: 'G', overdue: null }),
    reportFile('a.yaml', findings(5, 'warning'), { facility: 'A', overdue: 1 }),
    reportFile('f.yaml', [...findings(1, 'warning'), ...findings(1, 'info')], { facility: 'F', overdue: 0 }),
    reportFile('e.yaml', [...findings(1, 'warning'), ...findings(1, 'info')], { facility: 'E', overdue: 0 }),
    reportFile('b.yaml', findings(2, 'warning'), { facility: null, overdue: null }),
    reportFile('c.yaml', [...findings(1, 'warning'), ...findings(3, 'info')], { facility: 'C', overdue: 0 }),
    reportFile('d.yaml', [], { facility: 'D', overdue: 2 }),
    reportFile('z.yaml', findings(1, 'error'), { facility: 'Z', overdue: null }),
  ]);
}

describe('the table\'s roll-up', () => {
  it('lists the facilities worst first: errors, overdue deadlines, warnings, info, then the file\'s name', () => {
    expect(table(sevenFacilities(), { color: false }).split('\n').slice(-14)).toEqual([
      '',
      'By facility (worst first)',
      '  Facility  File    Errors  Warnings  Info  Overdue',
      '  Z         z.yaml  1       0         0     -',
      '  D         d.yaml  0       0         0     2',
      '  A         a.yaml  0       5         0     1',
      '  -         b.yaml  0       2         0     -',
      '  C         c.yaml  0       1         3     0',
      '  E         e.yaml  0       1         1     0',
      '  F         f.yaml  0       1         1     0',
      '  G         g.yaml  0       1         1     -',
      '',
      '✖ 18 problems (1 error, 11 warnings, 6 info), 0 suppressed',
      '',
    ]);
  });

  it('compares as worstFirst says, pair by pair', () => {
    const { worstFirst } = tableModule();
    const file = (name: string, counts: [number, number, number], overdue: number | null): ReportFile =>
      reportFile(name, [...findings(counts[0], 'error'), ...findings(counts[1], 'warning'), ...findings(counts[2], 'info')], { overdue });
    expect(worstFirst(file('a', [1, 0, 0], null), file('b', [2, 0, 0], null))).toBe(1);
    expect(worstFirst(file('a', [0, 0, 0], 1), file('b', [0, 9, 9], 3))).toBe(2);
    expect(worstFirst(file('a', [0, 0, 0], null), file('b', [0, 0, 0], 1))).toBe(1);
    expect(worstFirst(file('a', [0, 0, 0], 1), file('b', [0, 0, 0], null))).toBe(-1);
    expect(worstFirst(file('a', [0, 1, 9], 0), file('b', [0, 4, 0], 0))).toBe(3);
    expect(worstFirst(file('a', [0, 1, 1], 0), file('b', [0, 1, 3], 0))).toBe(2);
    expect(worstFirst(file('a', [0, 1, 1], 0), file('b', [0, 1, 1], null))).toBe(-1);
    expect(worstFirst(file('b', [0, 1, 1], null), file('a', [0, 1, 1], 0))).toBe(1);
    expect(worstFirst(file('a', [0, 1, 1], 0), file('a', [0, 1, 1], null))).toBe(0);
  });

  it('keeps within 80 columns on a wider terminal, and within the terminal when it is narrower', () => {
    const model = reportModel([
      reportFile('ledgers/north/ledger.yaml', [reportFinding()], { facility: 'みどり在宅クリニック 南区サテライト', overdue: 12 }),
      reportFile('b.yaml', [], { facility: 'B', overdue: 0 }),
    ]);
    const rollup = [
      'By facility (worst first)',
      '  File                                 Errors  Warnings  Info  Overdue',
      '  ledgers/north/ledger.yaml            1       0         0     12',
      '  みどり在宅クリニック 南区サテライト',
      '  b.yaml                               0       0         0     0',
      '  B',
      '',
      '✖ 1 problem (1 error, 0 warnings, 0 info), 0 suppressed',
      '',
    ];
    expect(table(model, { color: false }).split('\n').slice(-9)).toEqual(rollup);
    expect(table(model, { color: false, width: 120 }).split('\n').slice(-9)).toEqual(rollup);
    expect(table(model, { color: false, width: 60 }).split('\n').slice(-9)).toEqual([
      '  1       0         0     12',
      '      ledgers/north/ledger.yaml',
      '      みどり在宅クリニック 南区サテライト',
      '  0       0         0     0',
      '      b.yaml',
      '      B',
      '',
      '✖ 1 problem (1 error, 0 warnings, 0 info), 0 suppressed',
      '',
    ]);
  });

  it('paints a facility\'s errors red when it has any, grey when none, and its heading bold', () => {
    const model = reportModel([
      reportFile('a.yaml', [reportFinding()], { facility: 'A', overdue: 0 }),
      reportFile('b.yaml', [], { facility: 'B', overdue: 0 }),
    ]);
    const ESC = '\u001b[';
    expect(table(model, { color: true }).split('\n').slice(-7, -3)).toEqual([
      `${ESC}1mBy facility (worst first)${ESC}22m`,
      `  ${ESC}1mFacility${ESC}22m  ${ESC}1mFile${ESC}22m    ${ESC}1mErrors${ESC}22m  ${ESC}1mWarnings${ESC}22m  ${ESC}1mInfo${ESC}22m  ${ESC}1mOverdue${ESC}22m`,
      `  A         a.yaml  ${ESC}31m1${ESC}39m       0         0     0`,
      `  B         b.yaml  ${ESC}90m0${ESC}39m       0         0     0`,
    ]);
  });

  it('has no roll-up for one ledger, nor for ledgers split into sections by target', () => {
    const one = reportModel([reportFile('a.yaml', [], { facility: 'A', overdue: 0 })]);
    expect(table(one, { color: false })).toBe('a.yaml: ✔ No problems found\n');
    const sections = reportModel([reportFile('a.yaml', [], { facility: 'A', overdue: 0 }), reportFile('a.yaml', [], { facility: 'A', overdue: 0 })]);
    sections.bySection = true;
    expect(table(sections, { color: false })).toBe('a.yaml: ✔ No problems found\n\na.yaml: ✔ No problems found\n');
  });

  it('writes the roll-up in Japanese', () => {
    const model = reportModel([reportFile('a.yaml', findings(1, 'warning'), { facility: null, overdue: null }), reportFile('b.yaml', findings(1, 'error'), { facility: 'さくら', overdue: 1 })], 'ja');
    expect(table(model, { color: false }).split('\n').slice(-7)).toEqual([
      '施設ごとの集計（問題の多い順）',
      '  施設    ファイル  エラー  警告  情報  期限切れ',
      '  さくら  b.yaml    1       0     0     1',
      '  -       a.yaml    0       1     0     -',
      '',
      '✖ 2 件 (エラー 1, 警告 1, 情報 0), 抑止 0',
      '',
    ]);
  });
});

describe('markdown: the roll-up', () => {
  it('heads the report with the facilities worst first, then each file in that order with its facility', () => {
    const model = sevenFacilities();
    model.files = model.files.filter((file) => ['z.yaml', 'd.yaml', 'b.yaml', 'e.yaml', 'g.yaml'].includes(file.file));
    model.summary = { files: 5, error: 1, warning: 4, info: 2, suppressed: 0 };
    expect(renderMarkdown(model)).toBe(
      lines(
        '## dokodemo-check (2026-11-24)',
        '',
        '✖ 7 problems (1 error, 4 warnings, 2 info), 0 suppressed — 5 files',
        '',
        '### By facility (worst first)',
        '',
        '| Facility | File | Errors | Warnings | Info | Overdue |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        '| Z | z.yaml | 1 | 0 | 0 | - |',
        '| D | d.yaml | 0 | 0 | 0 | 2 |',
        '| - | b.yaml | 0 | 2 | 0 | - |',
        '| E | e.yaml | 0 | 1 | 1 | 0 |',
        '| G | g.yaml | 0 | 1 | 1 | - |',
        '',
        '### z.yaml — Z',
        '',
        '| Severity | Line:Col | Target | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        '| error | 1:5 | PC-01 | `antivirus` | Install antivirus software on PC-01 |',
        '',
        '### d.yaml — D',
        '',
        '✔ No problems found',
        '',
        '### b.yaml',
        '',
        '| Severity | Line:Col | Target | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        '| warning | 1:5 | PC-01 | `mfa` | Install antivirus software on PC-01 |',
        '| warning | 2:5 | PC-01 | `mfa` | Install antivirus software on PC-01 |',
        '',
        '### e.yaml — E',
        '',
        '| Severity | Line:Col | Target | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        '| warning | 1:5 | PC-01 | `mfa` | Install antivirus software on PC-01 |',
        '| info | 1:5 | PC-01 | `byod` | Install antivirus software on PC-01 |',
        '',
        '### g.yaml — G',
        '',
        '| Severity | Line:Col | Target | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        '| warning | 1:5 | PC-01 | `mfa` | Install antivirus software on PC-01 |',
        '| info | 1:5 | PC-01 | `byod` | Install antivirus software on PC-01 |',
        '',
      ),
    );
  });

  it('has neither the summary table nor facilities in headings for one ledger or for sections by target', () => {
    const one = reportModel([reportFile('a.yaml', [], { facility: 'A', overdue: 0 })]);
    expect(renderMarkdown(one)).toBe('## dokodemo-check (2026-11-24)\n\n✔ 0 problems (0 errors, 0 warnings, 0 info), 0 suppressed — 1 file\n\n### a.yaml\n\n✔ No problems found\n');
    const sections = reportModel([reportFile('a.yaml', [], { facility: 'A', overdue: 0 }), reportFile('a.yaml', findings(1, 'error'), { facility: 'A', overdue: 3 })]);
    sections.bySection = true;
    sections.summary.files = 1;
    expect(renderMarkdown(sections)).toBe(
      lines(
        '## dokodemo-check (2026-11-24)',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info), 0 suppressed — 1 file',
        '',
        '### a.yaml',
        '',
        '✔ No problems found',
        '',
        '### a.yaml',
        '',
        '| Severity | Line:Col | Target | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        '| error | 1:5 | PC-01 | `antivirus` | Install antivirus software on PC-01 |',
        '',
      ),
    );
  });

  it('escapes and clips facility and file names: 200 characters in the summary table, 500 in a heading', () => {
    const name = `<b>&"x"</b> ${'n'.repeat(300)}`;
    const model = reportModel([reportFile(`${'f'.repeat(200)}.yaml`, [], { facility: name, overdue: 0 }), reportFile(`${'g'.repeat(199)}`, [], { facility: 'n'.repeat(200), overdue: 0 })]);
    const text = renderMarkdown(model).split('\n');
    expect(text[8]).toBe(`| \\<b\\>\\&"x"\\</b\\> ${'n'.repeat(188)}… | ${'f'.repeat(200)}… | 0 | 0 | 0 | 0 |`);
    expect(text[9]).toBe(`| ${'n'.repeat(200)} | ${'g'.repeat(199)} | 0 | 0 | 0 | 0 |`);
    expect(text[11]).toBe(`### ${'f'.repeat(200)}.yaml — \\<b\\>\\&"x"\\</b\\> ${'n'.repeat(300)}`);
    const longer = reportModel([reportFile('a.yaml', [], { facility: 'm'.repeat(501), overdue: 0 }), reportFile('b.yaml', [], { facility: 'm'.repeat(500), overdue: 0 })]);
    expect(renderMarkdown(longer).split('\n').filter((line) => line.startsWith('### ') && line.includes('m'))).toEqual([`### a.yaml — ${'m'.repeat(500)}…`, `### b.yaml — ${'m'.repeat(500)}`]);
  });

  it('clips a finding\'s values at 500 characters, and a left-out line at 2,000', () => {
    const value = (length: number) => 'v'.repeat(length);
    const model = reportModel([
      reportFile('a.yaml', [reportFinding({ targetLabel: value(501), ruleId: value(500), message: value(500) })], {
        leftOut: [{ path: '/users/0', line: 3, column: 1, target: null, targetLabel: value(2_100) }],
      }),
    ]);
    const text = renderMarkdown(model).split('\n');
    expect(text[8]).toBe(`| error | 12:5 | ${value(500)}… | \`${value(500)}\` | ${value(500)} |`);
    expect(text[10]).toBe(`● 1 entry with format problems (3:1 ${value(2_000 - '1 entry with format problems (3:1 '.length)}…`);
    expect(text.slice(9)).toEqual(['', text[10], '']);
  });
});

describe('markdown: the cut under the comment limit', () => {
  /** A facility with two errors and a clean one after it (worst first): 583 characters in all. */
  function twoFacilities(lang: 'en' | 'ja' = 'en'): ReportModel {
    return reportModel([reportFile('b.yaml', [], { facility: 'B', overdue: 0 }), reportFile('a.yaml', [reportFinding(), reportFinding({ line: 13 })], { facility: 'A', overdue: 1 })], lang);
  }

  it('keeps the whole text while it stays 1,201 characters under the limit, and cuts at a whole piece one character over', () => {
    const whole = renderMarkdown(twoFacilities());
    expect(whole.length).toBe(583);
    expect(markdownModule().COMMENT_LIMIT).toBe(65_536);
    expect(renderMarkdown(twoFacilities(), { limit: 583 + 1_201 })).toBe(whole);
    const cut = renderMarkdown(twoFacilities(), { limit: 583 + 1_200 });
    const withoutClean = whole.slice(0, whole.indexOf('\n### b.yaml'));
    expect(cut).toBe(
      `${withoutClean}\n✂ Cut to fit a pull-request comment (65,536 characters): 0 findings of 1 facility left out here. The full report: run \`dokodemo-check -f html -o report.html\` on the same ledgers\n`,
    );
    // The last row fits with one character to spare for its line's end, or the cut comes before it.
    const beforeLastRow = whole.slice(0, whole.indexOf('| error | 13:5'));
    const lastRow = '| error | 13:5 | PC-01 | `antivirus` | Install antivirus software on PC-01 |\n';
    expect(renderMarkdown(twoFacilities(), { limit: beforeLastRow.length + 1 + lastRow.length + 1_201 }).startsWith(`${beforeLastRow}${lastRow}\n✂ `)).toBe(true);
    expect(renderMarkdown(twoFacilities(), { limit: beforeLastRow.length + lastRow.length + 1_201 })).toBe(
      `${beforeLastRow}\n✂ Cut to fit a pull-request comment (65,536 characters): 1 finding of 2 facilities left out here. The full report: run \`dokodemo-check -f html -o report.html\` on the same ledgers\n`,
    );
  });

  it('counts as left out the facilities whose heading or findings it left out, not one whose left-out line alone it cut', () => {
    const model = reportModel([
      reportFile('a.yaml', [reportFinding()], { facility: 'A', overdue: 0, leftOut: [{ path: '/users/0', line: 3, column: 1, target: null, targetLabel: null }] }),
      reportFile('b.yaml', [], { facility: 'B', overdue: 0 }),
    ]);
    const whole = renderMarkdown(model);
    const leftOutLine = '\n● 1 entry with format problems (3:1) is checked for content once the format is fixed\n';
    const before = whole.slice(0, whole.indexOf(leftOutLine));
    expect(whole.slice(before.length)).toBe(`${leftOutLine}\n### b.yaml — B\n\n✔ No problems found\n`);
    expect(renderMarkdown(model, { limit: before.length + 1 + leftOutLine.length + 1_201 })).toBe(
      `${before}${leftOutLine}\n✂ Cut to fit a pull-request comment (65,536 characters): 0 findings of 1 facility left out here. The full report: run \`dokodemo-check -f html -o report.html\` on the same ledgers\n`,
    );
    expect(renderMarkdown(model, { limit: before.length + leftOutLine.length + 1_201 })).toBe(
      `${before}\n✂ Cut to fit a pull-request comment (65,536 characters): 0 findings of 1 facility left out here. The full report: run \`dokodemo-check -f html -o report.html\` on the same ledgers\n`,
    );
  });

  it('says in Japanese how many findings of how many facilities it left out, and where the full report is', () => {
    const head = renderMarkdown(twoFacilities('ja')).split('\n').slice(0, 11).join('\n');
    expect(head.length).toBe(236);
    expect(renderMarkdown(twoFacilities('ja'), { limit: 236 + 1 + 1_201 })).toBe(
      `${head}\n✂ PR コメントの上限（65,536 文字）に収めるため、ここで省略しました: 2 施設の指摘 2 件。全体のレポート: 同じ台帳で \`dokodemo-check -f html -o report.html\` を実行してください\n`,
    );
    expect(renderMarkdown(twoFacilities('ja'), { limit: 1_438, fullReport: 'https://ci.example/run/7' }).split('\n').at(-2)).toBe(
      '✂ PR コメントの上限（65,536 文字）に収めるため、ここで省略しました: 2 施設の指摘 2 件。全体のレポート: https://ci.example/run/7（この CI の実行。アップロードしたレポートは成果物にあります）。または同じ台帳で `dokodemo-check -f html -o report.html` を実行してください',
    );
  });

  it('names the full report\'s address clipped at 300 characters', () => {
    const address = `https://ci.example/${'r'.repeat(400)}`;
    expect(renderMarkdown(twoFacilities(), { limit: 1_496, fullReport: address }).split('\n').at(-2)).toBe(
      `✂ Cut to fit a pull-request comment (65,536 characters): 2 findings of 2 facilities left out here. The full report: ${address.slice(0, 300)}… (this CI run; a report it uploaded is among its artifacts), or run \`dokodemo-check -f html -o report.html\` on the same ledgers`,
    );
  });

  /** n facilities F01… with one error each: each summary row is 35 characters. */
  function facilities(count: number, lang: 'en' | 'ja' = 'en'): ReportModel {
    const number = (index: number) => String(index + 1).padStart(2, '0');
    return reportModel(Array.from({ length: count }, (_, index) => reportFile(`f${number(index)}.yaml`, [reportFinding()], { facility: `F${number(index)}` })), lang);
  }
  const summaryRows = (text: string) => text.split('\n').filter((line) => /^\| F\d\d \|/.test(line));

  it('gives the summary table at most half the limit, then says how many facilities it left out, once', () => {
    // 50 rows of 35 characters are 1,750: half of 3,500.
    const fifty = renderMarkdown(facilities(60), { limit: 3_500 });
    expect(summaryRows(fifty)).toHaveLength(50);
    expect(summaryRows(fifty).at(-1)).toBe('| F50 | f50.yaml | 1 | 0 | 0 | - |');
    const after = fifty.slice(fifty.indexOf('| F50 |'));
    expect(after).toBe(
      lines(
        '| F50 | f50.yaml | 1 | 0 | 0 | - |',
        '',
        '… and 10 more facilities (in the full report)',
        '',
        '### f01.yaml — F01',
        '',
        '| Severity | Line:Col | Target | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        '| error | 12:5 | PC-01 | `antivirus` | Install antivirus software on PC-01 |',
        '',
        '✂ Cut to fit a pull-request comment (65,536 characters): 59 findings of 59 facilities left out here. The full report: run `dokodemo-check -f html -o report.html` on the same ledgers',
        '',
      ),
    );
    const fortyNine = renderMarkdown(facilities(60), { limit: 3_499 });
    expect(summaryRows(fortyNine)).toHaveLength(49);
    expect(fortyNine).toContain('| F49 | f49.yaml | 1 | 0 | 0 | - |\n\n… and 11 more facilities (in the full report)\n\n### f01.yaml — F01\n');
  });

  it('says "1 more facility" in the singular, and in Japanese', () => {
    // 43 rows of 35 characters are 1,505: half of 3,010 (the 44th does not fit), or 3,011.
    expect(renderMarkdown(facilities(44), { limit: 3_011 })).toContain('| F43 | f43.yaml | 1 | 0 | 0 | - |\n\n… and 1 more facility (in the full report)\n\n✂ Cut');
    expect(summaryRows(renderMarkdown(facilities(44), { limit: 3_080 }))).toHaveLength(44);
    expect(renderMarkdown(facilities(44), { limit: 3_080 })).not.toContain('more facilit');
    expect(renderMarkdown(facilities(44, 'ja'), { limit: 3_009 })).toContain('| F42 | f42.yaml | 1 | 0 | 0 | - |\n\n… ほか 2 施設（全体のレポートにあります）\n\n### f01.yaml — F01\n');
  });

  it('names the GitHub Actions run it is made in, with a run id of digits only', () => {
    const names = ['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID'] as const;
    const saved = names.map((name) => process.env[name]);
    const many = reportModel(Array.from({ length: 1_000 }, (_, index) => reportFile(`${index}.yaml`, findings(1, 'error'), { facility: `F${index}` })));
    const lastLine = () => markdownModule().default(many, { color: false }).split('\n').at(-2);
    const fallback = 'The full report: run `dokodemo-check -f html -o report.html` on the same ledgers';
    try {
      Object.assign(process.env, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '123' });
      expect(lastLine()).toMatch(/ The full report: https:\/\/github\.com\/o\/r\/actions\/runs\/123 \(this CI run; a report it uploaded is among its artifacts\), or run `dokodemo-check -f html -o report\.html` on the same ledgers$/);
      for (const run of ['12a', 'a12', '']) {
        process.env.GITHUB_RUN_ID = run;
        expect([run, lastLine()!.endsWith(fallback)]).toEqual([run, true]);
      }
      process.env.GITHUB_RUN_ID = '5';
      for (const name of ['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY'] as const) {
        const value = process.env[name];
        delete process.env[name];
        expect([name, lastLine()!.endsWith(fallback)]).toEqual([name, true]);
        process.env[name] = value;
      }
      expect(lastLine()).toContain(' https://github.com/o/r/actions/runs/5 (this CI run;');
    } finally {
      names.forEach((name, index) => (saved[index] === undefined ? delete process.env[name] : (process.env[name] = saved[index])));
    }
  });
});

describe('the HTML network report', () => {
  const RUNNING = (lang: 'en' | 'ja') =>
    lang === 'en'
      ? '<tr><td><div class="running-header"><span>どこでも連絡帳 ledger audit report</span><span>As of: <strong>2026-11-24</strong> · Generated: 2026-12-01 · dokodemo-check 1.2.3</span></div></td></tr></thead><tbody>'
      : '<tr><td><div class="running-header"><span>どこでも連絡帳 管理台帳 監査レポート</span><span>基準日: <strong>2026-11-24</strong> · 作成日: 2026-12-01 · dokodemo-check 1.2.3</span></div></td></tr></thead><tbody>';
  const ODD = `O'Neil & <Sons> "Clinic"`;
  type Inventory = NonNullable<ReportFile['inventory']>;
  /** An inventory whose users and devices have these many findings each. */
  const inventory = (facility: string, users: number[], devices: number[]): Inventory => ({
    facility,
    users: users.map((count, index) => ({ name: `u${index}`, mcsId: `u${index}@x.jp`, jobType: 'nurse', accountStatus: 'active', findings: count })),
    devices: devices.map((count, index) => ({ id: `PC-0${index}`, type: 'pc', model: 'm', ownership: 'facility', status: 'in_use', findings: count })),
  } as Inventory);

  /** Five ledgers: a clean one with a name to escape, two that did not load, one with findings, a rule off and
   * an entry left out, one with advice only. */
  function fiveFacilities(lang: 'en' | 'ja' = 'en'): ReportModel {
    return reportModel(
      [
        reportFile('a/clean.yaml', [], { facility: ODD, overdue: 0, inventory: inventory(ODD, [0, 0], [0]) }),
        reportFile('b/台帳.xlsx', [reportFinding({ ruleId: 'unreadable-file', target: null, targetLabel: null, line: 1, column: 1, message: 'the workbook is damaged' })]),
        reportFile(
          'c/ledger.yaml',
          [reportFinding(), reportFinding({ ruleId: 'mfa', severity: 'warning', message: 'use two factors' }), suppressedFinding({ ruleId: 'public-wireless-lan' })],
          {
            facility: 'みどり',
            overdue: 2,
            disabledRules: ['privacy-filter'],
            inventory: inventory('みどり', [1, 0], [2, 0, 1]),
            leftOut: [{ path: '/users/3', line: 30, column: 5, target: null, targetLabel: '中村 誠' }],
            leftOutByQuiet: [reportFinding({ severity: 'info' })],
          },
        ),
        reportFile('d/ledger.yaml', [reportFinding({ ruleId: 'byod', severity: 'info', message: 'advice' })], { facility: 'さくら', overdue: 3, inventory: inventory('さくら', [], []) }),
        reportFile('e/x.yaml', [reportFinding({ ruleId: 'yaml-syntax', target: null, targetLabel: null, line: 2, column: 1, message: 'bad' })]),
      ],
      lang,
    );
  }

  it('is the page from NETWORK_FROM (4) ledgers on, with its own stylesheet added; three keep the audit layout', () => {
    const { NETWORK_FROM } = htmlModule();
    expect(NETWORK_FROM).toBe(4);
    const { HTML_STYLE, NETWORK_STYLE } = styleModule();
    expect(NETWORK_STYLE.split('\n')).toEqual([
      '',
      'main { max-width: 1400px; }',
      'table.rollup td:nth-child(3), table.rollup td:nth-child(4) { overflow-wrap: anywhere; }',
      'table.score { table-layout: fixed; font-size: 12px; }',
      'table.score col.c-num { width: 3.2em; }',
      'table.score col.c-name { width: 24%; }',
      'table.score th, table.score td { padding: 1px 2px; text-align: center; white-space: nowrap; overflow: hidden; }',
      'table.score td.name { text-align: left; white-space: normal; overflow-wrap: anywhere; padding-left: 4px; }',
      'table.score th.item { font-size: 11px; }',
      'table.score thead th { position: sticky; top: 0; }',
      'table.score thead tr:nth-child(2) th { top: 1.6em; }',
      'table.score tr { break-inside: avoid; page-break-inside: avoid; }',
      '.s-p { color: var(--pass); background: var(--pass-bg); }',
      '.s-f { color: var(--error); background: var(--error-bg); font-weight: 700; }',
      '.s-n { color: var(--warning); background: var(--warning-bg); }',
      '.s-o { color: var(--muted); background: var(--suppressed-bg); }',
      'table.findings td:nth-child(-n+4) { white-space: nowrap; }',
      'table.findings td:nth-child(5) { overflow-wrap: anywhere; }',
      'h2 .back { float: right; font-size: 12px; font-weight: normal; }',
      '@page { size: A4 landscape; margin: 10mm 9mm; }',
      '@media print {',
      '  .screen { display: none; }',
      '  section.scorecard { break-before: page; page-break-before: always; }',
      '  table.rollup th, table.rollup td { padding: 0 6px; line-height: 1.35; }',
      '  table.score thead th { position: static; }',
      '  main:has(> section.file:target) > section:not(:target) { display: none; }',
      '  main:has(> section.file:target) > section.file:target { break-before: auto; page-break-before: auto; }',
      '}',
      '',
    ]);
    const four = fiveFacilities();
    four.files.pop();
    const page = renderHtml(four, GENERATED);
    expect(page.slice(0, page.indexOf('<main>') + 7)).toBe(
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="dokodemo-check 1.2.3">\n<title>どこでも連絡帳 ledger audit report (2026-11-24)</title>\n<style>${HTML_STYLE}${NETWORK_STYLE}</style>\n</head>\n<body>\n<main>\n`,
    );
    expect(page.slice(page.indexOf('<main>') + 7, page.indexOf('<main>') + 7 + 39)).toBe('<section class="summary" id="summary"><');
    const three = fiveFacilities();
    three.files.splice(3);
    const audit = renderHtml(three, GENERATED);
    expect(audit).toContain(`<style>${HTML_STYLE}</style>`);
    expect(audit).not.toContain('class="scorecard"');
    expect(audit).toContain('<section class="summary"><table class="sheet"');
  });

  it('opens with the totals, the notices and the facilities worst first, each linked to its section (en)', () => {
    const page = renderHtml(fiveFacilities('en'), GENERATED);
    expect(between(page, '<section class="summary"', '</section>\n')).toBe(
      '<section class="summary" id="summary"><table class="sheet" role="presentation"><thead>' +
      RUNNING('en') +
      '<tr><td><h1>どこでも連絡帳 ledger audit report</h1>\n<p>As of: <strong>2026-11-24</strong> · Generated: 2026-12-01</p>\n<p class="result-findings">5 facilities: 5 problems (3 errors, 1 warning, 1 info), 1 suppressed</p>\n<p class="notice">2 files could not be read as a ledger (the reason is in each facility&#39;s section)</p><p class="config">Configuration file: differs between facilities (see each facility&#39;s section)</p><p class="quiet">--quiet: only errors are listed; 1 warning or info finding is left out of the lists but counted in the coverage table.</p><p class="muted screen">Open a facility from its link and print: only that facility&#39;s section is printed (to send it to them).</p>\n<h2>By facility (worst first)</h2><table class="data rollup"><thead>' +
      '<tr><th class="num">Rank</th><th class="num">#</th><th>Facility</th><th>File</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Info</th><th class="num">Suppressed</th><th class="num">Overdue</th></tr></thead><tbody>' +
      '<tr><td class="num">1</td><td class="num"><a href="#file-3">#3</a></td><td><a href="#file-3">みどり</a></td><td>c/ledger.yaml</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td class="num">2</td></tr>' +
      '<tr><td class="num">2</td><td class="num"><a href="#file-2">#2</a></td><td><a href="#file-2">b/台帳.xlsx</a></td><td>b/台帳.xlsx</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">—</td></tr>' +
      '<tr><td class="num">3</td><td class="num"><a href="#file-5">#5</a></td><td><a href="#file-5">e/x.yaml</a></td><td>e/x.yaml</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">—</td></tr>' +
      '<tr><td class="num">4</td><td class="num"><a href="#file-4">#4</a></td><td><a href="#file-4">さくら</a></td><td>d/ledger.yaml</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">3</td></tr>' +
      '<tr><td class="num">5</td><td class="num"><a href="#file-1">#1</a></td><td><a href="#file-1">O&#39;Neil &amp; &lt;Sons&gt; &quot;Clinic&quot;</a></td><td>a/clean.yaml</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr></tbody></table></td></tr></tbody></table></section>\n'
    );
  });

  it('has the scorecard: facilities × items worst first, the items\' short ids, pass, findings n, not recorded, off', () => {
    const page = renderHtml(fiveFacilities('en'), GENERATED);
    const scorecard = between(page, '<section class="scorecard"', '</section>\n');
    expect(scorecard.slice(0, scorecard.indexOf('<tr><td class="nowrap"><strong>note 2-4</strong>'))).toBe(
      '<section class="scorecard"><table class="sheet" role="presentation"><thead>' +
      RUNNING('en') +
      '<tr><td><h2>Scorecard: facilities × guideline items (worst first)</h2><p class="muted">✓ pass (info-level advice or suppressed findings at most)   ✗ n findings (n unsuppressed warnings and errors)   ? not recorded (the ledger could not be read)   – off (every rule of the item turned off)</p>\n<table class="data score"><colgroup><col class="c-num"><col class="c-name"><col><col><col><col><col><col><col><col><col><col><col><col><col><col><col><col><col><col></colgroup><thead>' +
      '<tr><th rowspan="2" class="num">#</th><th rowspan="2">Facility</th><th colspan="5">Note</th><th colspan="13">Guideline 6.9</th></tr>' +
      '<tr><th class="s-p item" title="Security measures (devices and passwords, loss and theft, smartphones and tablets, viruses, data leaks)">1</th><th class="s-p item" title="Ledger: the MCS facility administrator (registers, removes and changes staff)">2-2</th><th class="s-p item" title="Ledger: the people given MCS administrator rights">2-3</th><th class="s-p item" title="Ledger: the MCS users (name, ID, start date, devices, places of use, networks)">2-4</th><th class="s-p item" title="Ledger: the facility&#39;s rules of use (no public Wi-Fi, startup password, antivirus, unused apps; policy, training, pledge)">2-5</th><th class="s-p item" title="6.9 B Explanation (what tablets and smartphones must meet, BYOD, two-factor login)">B</th><th class="s-p item" title="Risk analysis, and a policy on taking information and devices out in the operating rules">C-1</th><th class="s-p item" title="The operating rules say how information and devices taken out are managed">C-2</th><th class="s-p item" title="The operating rules say what to do on theft or loss">C-3</th><th class="s-p item" title="Staff are told and trained what to do on theft or loss">C-4</th><th class="s-p item" title="A register of where the devices are">C-5</th><th class="s-p item" title="A startup password that is hard to guess and changed regularly">C-6</th><th class="s-p item" title="Encryption or access passwords, so that data cannot be read easily">C-7</th><th class="s-p item" title="Antivirus or a personal firewall; no public wireless LAN unless it is the only network">C-8</th><th class="s-p item" title="Only the applications needed (others removed, stopped, or confirmed harmless)">C-9</th><th class="s-p item" title="Privacy filters against shoulder surfing (recommended)">D-1</th><th class="s-p item" title="Multi-factor authentication (recommended)">D-2</th><th class="s-p item" title="Smartphones and tablets: no BYOD, settings locked by an administrator, no patient data on the device, wipe after wrong passwords (recommended)">D-4</th></tr></thead><tbody>' +
      '<tr><td class="num"><a href="#file-3">#3</a></td><td class="name">みどり</td><td class="s-f" title="antivirus">✗1</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-f" title="antivirus">✗1</td><td class="s-f" title="mfa">✗1</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-f" title="antivirus">✗1</td><td class="s-p">✓</td><td class="s-o">–</td><td class="s-f" title="mfa">✗1</td><td class="s-p">✓</td></tr>' +
      '<tr><td class="num"><a href="#file-2">#2</a></td><td class="name">b/台帳.xlsx</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td></tr>' +
      '<tr><td class="num"><a href="#file-5">#5</a></td><td class="name">e/x.yaml</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td><td class="s-n">?</td></tr>' +
      '<tr><td class="num"><a href="#file-4">#4</a></td><td class="name">さくら</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td></tr>' +
      '<tr><td class="num"><a href="#file-1">#1</a></td><td class="name">O&#39;Neil &amp; &lt;Sons&gt; &quot;Clinic&quot;</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td><td class="s-p">✓</td></tr></tbody></table>\n' +
      '<h3>Items and rules</h3><p class="muted">Items no rule checks (check them separately): note 2-1, C-10, D-3</p><table class="data coverage"><thead>' +
      '<tr><th class="item">Item</th><th class="requirement">Requirement</th><th class="rules">Rules</th></tr></thead><tbody>' +
      '<tr><td class="nowrap"><strong>note 1</strong></td><td>Security measures (devices and passwords, loss and theft, smartphones and tablets, viruses, data leaks)</td><td><span class="rule-list"><code>ssid-stealth</code>, <code>mcs-password-age</code>, <code>startup-password</code>, <code>lock-password-strength</code>, <code>lock-password-symbols</code>, <code>antivirus</code>, <code>os-up-to-date</code>, <code>file-sharing-software</code>, <code>mcs-password-saved</code>, <code>public-wireless-lan</code>, <code>remote-wipe</code>, <code>unknown-sources</code>, <code>device-shared</code>, <code>retired-device-wiped</code>, <code>lost-device-incident</code>, <code>incident-password-change</code>, <code>incident-secretariat</code>, <code>incident-carrier-lock</code></span></td></tr>' +
      '<tr><td class="nowrap"><strong>note 2-2</strong></td><td>Ledger: the MCS facility administrator (registers, removes and changes staff)</td><td><span class="rule-list"><code>admin-is-user</code>, <code>departed-user</code></span></td></tr>' +
      '<tr><td class="nowrap"><strong>note 2-3</strong></td><td>Ledger: the people given MCS administrator rights</td><td><span class="rule-list"><code>admin-is-user</code></span></td></tr>'
    );
    expect(scorecard.match(/<tr><td class="nowrap"><strong>/g)).toHaveLength(18);
    expect(scorecard.endsWith('<tr><td class="nowrap"><strong>D-4</strong></td><td>Smartphones and tablets: no BYOD, settings locked by an administrator, no patient data on the device, wipe after wrong passwords (recommended)</td><td><span class="rule-list"><code>byod-admin-lock</code>, <code>byod</code>, <code>patient-data-on-device</code>, <code>wipe-after-failed-attempts</code></span></td></tr></tbody></table></td></tr></tbody></table></section>\n')).toBe(true);
  });

  it('gives each facility a section in the order given: heading, result, configuration, left out, items with findings, findings, inventory counts', () => {
    const page = renderHtml(fiveFacilities('en'), GENERATED);
    expect(page.slice(page.indexOf('<section class="file" id="file-1">'))).toBe(
      '<section class="file" id="file-1"><table class="sheet" role="presentation"><thead>' +
      RUNNING('en') +
      '<tr><td><h2>#1 <code>a/clean.yaml</code> — O&#39;Neil &amp; &lt;Sons&gt; &quot;Clinic&quot;<a class="back screen" href="#summary">↑ Summary</a></h2><p class="result-clean">✓ No problems found</p><p class="config">Configuration file: none (built-in defaults) · Rules turned off: none</p><p class="muted">2 users (0 with findings), 1 device (0 with findings); this ledger&#39;s own report lists them.</p></td></tr></tbody></table></section>' +
      '<section class="file" id="file-2"><table class="sheet" role="presentation"><thead>' +
      RUNNING('en') +
      '<tr><td><h2>#2 <code>b/台帳.xlsx</code><a class="back screen" href="#summary">↑ Summary</a></h2><p class="result-findings">1 problem (1 error, 0 warnings, 0 info), 0 suppressed</p><p class="config">Configuration file: none (built-in defaults) · Rules turned off: none</p><table class="data findings"><thead>' +
      '<tr><th>Severity</th><th class="num">Line:Col</th><th>Target</th><th>Rule</th><th>Message</th></tr></thead><tbody>' +
      '<tr><td><span class="sev sev-error">error</span></td><td class="num">1:1</td><td>—</td><td><code>unreadable-file</code></td><td>the workbook is damaged</td></tr></tbody></table><p class="notice">This ledger could not be read, so no rule ran on it. Fix the format problems above and check it again.</p></td></tr></tbody></table></section>' +
      '<section class="file" id="file-3"><table class="sheet" role="presentation"><thead>' +
      RUNNING('en') +
      '<tr><td><h2>#3 <code>c/ledger.yaml</code> — みどり<a class="back screen" href="#summary">↑ Summary</a></h2><p class="result-findings">2 problems (1 error, 1 warning, 0 info), 1 suppressed</p><p class="config">Configuration file: none (built-in defaults) · Rules turned off: <span class="rule-list"><code>privacy-filter</code></span></p><p class="notice">1 entry with format problems (30:5 中村 誠) is checked for content once the format is fixed</p><p>Items with findings: note 1, note 2-5, 6.9 B, C-8, D-2</p><table class="data findings"><thead>' +
      '<tr><th>Severity</th><th class="num">Line:Col</th><th>Target</th><th>Rule</th><th>Message</th></tr></thead><tbody>' +
      '<tr><td><span class="sev sev-error">error</span></td><td class="num">12:5</td><td>PC-01</td><td><code>antivirus</code></td><td>Install antivirus software on PC-01</td></tr>' +
      '<tr><td><span class="sev sev-warning">warning</span></td><td class="num">12:5</td><td>PC-01</td><td><code>mfa</code></td><td>use two factors</td></tr>' +
      '<tr><td><span class="sev sev-suppressed">suppressed (error)</span></td><td class="num">12:5</td><td>PC-01</td><td><code>public-wireless-lan</code></td><td>Install antivirus software on PC-01<span class="suppression">suppressed: VPN only (until 2027-03-31)</span></td></tr></tbody></table><p class="muted">2 users (1 with findings), 3 devices (2 with findings); this ledger&#39;s own report lists them.</p></td></tr></tbody></table></section>' +
      '<section class="file" id="file-4"><table class="sheet" role="presentation"><thead>' +
      RUNNING('en') +
      '<tr><td><h2>#4 <code>d/ledger.yaml</code> — さくら<a class="back screen" href="#summary">↑ Summary</a></h2><p class="result-findings">1 problem (0 errors, 0 warnings, 1 info), 0 suppressed</p><p class="config">Configuration file: none (built-in defaults) · Rules turned off: none</p><table class="data findings"><thead>' +
      '<tr><th>Severity</th><th class="num">Line:Col</th><th>Target</th><th>Rule</th><th>Message</th></tr></thead><tbody>' +
      '<tr><td><span class="sev sev-info">info</span></td><td class="num">12:5</td><td>PC-01</td><td><code>byod</code></td><td>advice</td></tr></tbody></table><p class="muted">0 users (0 with findings), 0 devices (0 with findings); this ledger&#39;s own report lists them.</p></td></tr></tbody></table></section>' +
      '<section class="file" id="file-5"><table class="sheet" role="presentation"><thead>' +
      RUNNING('en') +
      '<tr><td><h2>#5 <code>e/x.yaml</code><a class="back screen" href="#summary">↑ Summary</a></h2><p class="result-findings">1 problem (1 error, 0 warnings, 0 info), 0 suppressed</p><p class="config">Configuration file: none (built-in defaults) · Rules turned off: none</p><table class="data findings"><thead>' +
      '<tr><th>Severity</th><th class="num">Line:Col</th><th>Target</th><th>Rule</th><th>Message</th></tr></thead><tbody>' +
      '<tr><td><span class="sev sev-error">error</span></td><td class="num">2:1</td><td>—</td><td><code>yaml-syntax</code></td><td>bad</td></tr></tbody></table><p class="notice">This ledger could not be read, so no rule ran on it. Fix the format problems above and check it again.</p></td></tr></tbody></table></section>\n' +
      '</main>\n</body>\n</html>\n'
    );
  });

  it('speaks Japanese with lang ja', () => {
    const page = renderHtml(fiveFacilities('ja'), GENERATED);
    expect(between(page, '<section class="summary"', '</section>\n')).toBe(
      '<section class="summary" id="summary"><table class="sheet" role="presentation"><thead>' +
      RUNNING('ja') +
      '<tr><td><h1>どこでも連絡帳 管理台帳 監査レポート</h1>\n<p>基準日: <strong>2026-11-24</strong> · 作成日: 2026-12-01</p>\n<p class="result-findings">5 施設: 5 件 (エラー 3, 警告 1, 情報 1), 抑止 1</p>\n<p class="notice">台帳として読み込めなかったファイル 2 件（各施設の欄に理由があります）</p><p class="config">設定ファイル: 施設によって異なります（各施設の欄を参照）</p><p class="quiet">--quiet: エラーだけを一覧にしています。警告・情報の 1 件は一覧にありませんが、確認状況には含めています。</p><p class="muted screen">施設名のリンクからその施設の欄を開いて印刷すると、その施設の欄だけが印刷されます（施設に送るときに）。</p>\n<h2>施設ごとの集計（問題の多い順）</h2><table class="data rollup"><thead>' +
      '<tr><th class="num">順位</th><th class="num">#</th><th>施設</th><th>ファイル</th><th class="num">エラー</th><th class="num">警告</th><th class="num">情報</th><th class="num">抑止</th><th class="num">期限切れ</th></tr></thead><tbody>' +
      '<tr><td class="num">1</td><td class="num"><a href="#file-3">#3</a></td><td><a href="#file-3">みどり</a></td><td>c/ledger.yaml</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td class="num">2</td></tr>' +
      '<tr><td class="num">2</td><td class="num"><a href="#file-2">#2</a></td><td><a href="#file-2">b/台帳.xlsx</a></td><td>b/台帳.xlsx</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">—</td></tr>' +
      '<tr><td class="num">3</td><td class="num"><a href="#file-5">#5</a></td><td><a href="#file-5">e/x.yaml</a></td><td>e/x.yaml</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">—</td></tr>' +
      '<tr><td class="num">4</td><td class="num"><a href="#file-4">#4</a></td><td><a href="#file-4">さくら</a></td><td>d/ledger.yaml</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">3</td></tr>' +
      '<tr><td class="num">5</td><td class="num"><a href="#file-1">#1</a></td><td><a href="#file-1">O&#39;Neil &amp; &lt;Sons&gt; &quot;Clinic&quot;</a></td><td>a/clean.yaml</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr></tbody></table></td></tr></tbody></table></section>\n'
    );
    const scorecard = between(page, '<section class="scorecard"', '</section>\n');
    expect(scorecard.slice(0, scorecard.indexOf('<tr><th class="s-p item"'))).toBe(
      '<section class="scorecard"><table class="sheet" role="presentation"><thead>' +
      RUNNING('ja') +
      '<tr><td><h2>ガイドライン項目ごとの結果（施設 × 項目、問題の多い順）</h2><p class="muted">✓ 適合（情報レベルの助言・抑止された指摘のみを含む）　✗ n 指摘あり（抑止されていない警告・エラー n 件）　? 記録なし（台帳を読み込めず確認できない）　– 無効（項目のルールをすべて無効化）</p>\n<table class="data score"><colgroup><col class="c-num"><col class="c-name"><col><col><col><col><col><col><col><col><col><col><col><col><col><col><col><col><col><col></colgroup><thead>' +
      '<tr><th rowspan="2" class="num">#</th><th rowspan="2">施設</th><th colspan="5">留意事項</th><th colspan="13">ガイドライン 6.9</th></tr>'
    );
    expect(between(scorecard, '<h3>', '</thead>')).toBe(
      '<h3>項目とルール</h3><p class="muted">ルールでは確認しない項目（別途確認してください）: note 2-1, C-10, D-3</p><table class="data coverage"><thead><tr><th class="item">項目</th><th class="requirement">内容</th><th class="rules">ルール</th></tr></thead>',
    );
    expect(page.slice(page.indexOf('<section class="file" id="file-1">'))).toBe(
      '<section class="file" id="file-1"><table class="sheet" role="presentation"><thead>' +
      RUNNING('ja') +
      '<tr><td><h2>#1 <code>a/clean.yaml</code> — O&#39;Neil &amp; &lt;Sons&gt; &quot;Clinic&quot;<a class="back screen" href="#summary">↑ 概要へ</a></h2><p class="result-clean">✓ 問題はありません</p><p class="config">設定ファイル: なし（既定の設定） · 無効化したルール: なし</p><p class="muted">利用者 2 人（指摘あり 0）・端末 1 台（指摘あり 0）。一覧はこの台帳だけのレポートにあります。</p></td></tr></tbody></table></section>' +
      '<section class="file" id="file-2"><table class="sheet" role="presentation"><thead>' +
      RUNNING('ja') +
      '<tr><td><h2>#2 <code>b/台帳.xlsx</code><a class="back screen" href="#summary">↑ 概要へ</a></h2><p class="result-findings">1 件 (エラー 1, 警告 0, 情報 0), 抑止 0</p><p class="config">設定ファイル: なし（既定の設定） · 無効化したルール: なし</p><table class="data findings"><thead>' +
      '<tr><th>重大度</th><th class="num">行:列</th><th>対象</th><th>ルール</th><th>メッセージ</th></tr></thead><tbody>' +
      '<tr><td><span class="sev sev-error">エラー</span></td><td class="num">1:1</td><td>—</td><td><code>unreadable-file</code></td><td>the workbook is damaged</td></tr></tbody></table><p class="notice">この台帳は読み込めなかったため、ルールは実行されていません。上の形式の誤りを直してから、もう一度確認してください。</p></td></tr></tbody></table></section>' +
      '<section class="file" id="file-3"><table class="sheet" role="presentation"><thead>' +
      RUNNING('ja') +
      '<tr><td><h2>#3 <code>c/ledger.yaml</code> — みどり<a class="back screen" href="#summary">↑ 概要へ</a></h2><p class="result-findings">2 件 (エラー 1, 警告 1, 情報 0), 抑止 1</p><p class="config">設定ファイル: なし（既定の設定） · 無効化したルール: <span class="rule-list"><code>privacy-filter</code></span></p><p class="notice">形式の問題がある 1 件の項目（30:5 中村 誠）は、直すと内容も確認されます</p><p>指摘のある項目: note 1, note 2-5, 6.9 B, C-8, D-2</p><table class="data findings"><thead>' +
      '<tr><th>重大度</th><th class="num">行:列</th><th>対象</th><th>ルール</th><th>メッセージ</th></tr></thead><tbody>' +
      '<tr><td><span class="sev sev-error">エラー</span></td><td class="num">12:5</td><td>PC-01</td><td><code>antivirus</code></td><td>Install antivirus software on PC-01</td></tr>' +
      '<tr><td><span class="sev sev-warning">警告</span></td><td class="num">12:5</td><td>PC-01</td><td><code>mfa</code></td><td>use two factors</td></tr>' +
      '<tr><td><span class="sev sev-suppressed">抑止 (エラー)</span></td><td class="num">12:5</td><td>PC-01</td><td><code>public-wireless-lan</code></td><td>Install antivirus software on PC-01<span class="suppression">抑止: VPN only（2027-03-31 まで）</span></td></tr></tbody></table><p class="muted">利用者 2 人（指摘あり 1）・端末 3 台（指摘あり 2）。一覧はこの台帳だけのレポートにあります。</p></td></tr></tbody></table></section>' +
      '<section class="file" id="file-4"><table class="sheet" role="presentation"><thead>' +
      RUNNING('ja') +
      '<tr><td><h2>#4 <code>d/ledger.yaml</code> — さくら<a class="back screen" href="#summary">↑ 概要へ</a></h2><p class="result-findings">1 件 (エラー 0, 警告 0, 情報 1), 抑止 0</p><p class="config">設定ファイル: なし（既定の設定） · 無効化したルール: なし</p><table class="data findings"><thead>' +
      '<tr><th>重大度</th><th class="num">行:列</th><th>対象</th><th>ルール</th><th>メッセージ</th></tr></thead><tbody>' +
      '<tr><td><span class="sev sev-info">情報</span></td><td class="num">12:5</td><td>PC-01</td><td><code>byod</code></td><td>advice</td></tr></tbody></table><p class="muted">利用者 0 人（指摘あり 0）・端末 0 台（指摘あり 0）。一覧はこの台帳だけのレポートにあります。</p></td></tr></tbody></table></section>' +
      '<section class="file" id="file-5"><table class="sheet" role="presentation"><thead>' +
      RUNNING('ja') +
      '<tr><td><h2>#5 <code>e/x.yaml</code><a class="back screen" href="#summary">↑ 概要へ</a></h2><p class="result-findings">1 件 (エラー 1, 警告 0, 情報 0), 抑止 0</p><p class="config">設定ファイル: なし（既定の設定） · 無効化したルール: なし</p><table class="data findings"><thead>' +
      '<tr><th>重大度</th><th class="num">行:列</th><th>対象</th><th>ルール</th><th>メッセージ</th></tr></thead><tbody>' +
      '<tr><td><span class="sev sev-error">エラー</span></td><td class="num">2:1</td><td>—</td><td><code>yaml-syntax</code></td><td>bad</td></tr></tbody></table><p class="notice">この台帳は読み込めなかったため、ルールは実行されていません。上の形式の誤りを直してから、もう一度確認してください。</p></td></tr></tbody></table></section>\n' +
      '</main>\n</body>\n</html>\n'
    );
  });

  it('says the configuration once when all facilities share it, a single file that did not load in the singular, and no notices otherwise', () => {
    const model = fiveFacilities();
    model.files[2]!.disabledRules = [];
    model.files[2]!.leftOutByQuiet = undefined;
    model.files.pop();
    const page = renderHtml(model, GENERATED);
    expect(between(page, '<p class="result-findings">', '<p class="muted screen">')).toBe(
      '<p class="result-findings">5 facilities: 5 problems (3 errors, 1 warning, 1 info), 1 suppressed</p>\n' +
        '<p class="notice">1 file could not be read as a ledger (the reason is in each facility&#39;s section)</p>' +
        '<p class="config">Configuration file: none (built-in defaults) · Rules turned off: none</p><p class="muted screen">',
    );
    const loaded = model.files.filter((file) => file.facility !== null);
    const clean = reportModel(loaded.map((file) => ({ ...file, findings: [], counts: { error: 0, warning: 0, info: 0, suppressed: 0 } })), 'ja');
    clean.files.push({ ...clean.files[0]!, file: 'z.yaml', config: 'cfg.yaml' });
    clean.summary.files = 4;
    const cleanPage = renderHtml(clean, GENERATED);
    expect(between(cleanPage, '<p class="result-clean">', '<p class="muted screen">')).toBe(
      '<p class="result-clean">4 施設: 0 件 (エラー 0, 警告 0, 情報 0), 抑止 0</p>\n<p class="config">設定ファイル: 施設によって異なります（各施設の欄を参照）</p><p class="muted screen">',
    );
    expect(renderHtml({ ...clean, lang: 'en' }, GENERATED)).toContain('<p class="result-clean">4 facilities: 0 problems');
    expect(cleanPage).not.toContain('<p>指摘のある項目');
    expect(between(cleanPage, '<h2>#4 ', '</section>')).toBe(
      '<h2>#4 <code>z.yaml</code> — O&#39;Neil &amp; &lt;Sons&gt; &quot;Clinic&quot;<a class="back screen" href="#summary">↑ 概要へ</a></h2><p class="result-clean">✓ 問題はありません</p><p class="config">設定ファイル: <code>cfg.yaml</code> · 無効化したルール: なし</p><p class="muted">利用者 2 人（指摘あり 0）・端末 1 台（指摘あり 0）。一覧はこの台帳だけのレポートにあります。</p></td></tr></tbody></table></section>',
    );
  });

  it('words the count of facilities as the model gives it, "1 facility" in the singular', () => {
    const model = fiveFacilities();
    model.summary.files = 1;
    expect(renderHtml(model, GENERATED)).toContain('<p class="result-findings">1 facility: 5 problems (3 errors, 1 warning, 1 info), 1 suppressed</p>');
    expect(renderHtml({ ...model, lang: 'ja' }, GENERATED)).toContain('<p class="result-findings">1 施設: 5 件 (エラー 3, 警告 1, 情報 1), 抑止 1</p>');
  });

  it('counts an item\'s unsuppressed warnings and errors in its cell, naming its rules that found them', () => {
    const model = reportModel(
      ['a', 'b', 'c', 'd'].map((name) => reportFile(`${name}.yaml`, name === 'a' ? [reportFinding(), reportFinding({ ruleId: 'os-up-to-date', line: 2 }), reportFinding({ line: 3 })] : [], { facility: name.toUpperCase(), overdue: 0, inventory: inventory(name, [], []) })),
    );
    const page = renderHtml(model, GENERATED);
    expect(section(page, /<tr><td class="num"><a href="#file-1">#1<\/a><\/td><td class="name">A<\/td><td class="s-f"[^>]*>[^<]*<\/td>/)).toBe(
      '<tr><td class="num"><a href="#file-1">#1</a></td><td class="name">A</td><td class="s-f" title="antivirus, os-up-to-date">✗3</td>',
    );
  });
});

describe('facilityPages', () => {
  it('names each page by its place, padded to sort, and its path made a file name', () => {
    const names = [
      'a/clean.yaml',
      './north/台帳.xlsx',
      '..\\..\\x.y.yaml',
      'dir.v2/ledger',
      'C:\\Users\\a b\\l*?"<>|.yaml',
      'tab\there\u0001.yaml',
      `${'x'.repeat(130)}.yaml`,
      'a.',
      '/abs/p.yaml',
      'last.yaml',
    ];
    const model = reportModel(names.map((name) => reportFile(name, [])));
    const pages = htmlModule().facilityPages(model, GENERATED);
    expect(pages.map((page) => page.name)).toEqual([
      '01-a_clean.html',
      '02-north_台帳.html',
      '03-x.y.html',
      '04-dir.v2_ledger.html',
      '05-C_Users_a_b_l_.html',
      '06-tab_here_.html',
      `07-${'x'.repeat(120)}.html`,
      '08-a.html',
      '09-abs_p.html',
      '10-last.html',
    ]);
    expect(htmlModule().facilityPages(reportModel(names.slice(0, 9).map((name) => reportFile(name, []))), GENERATED).map((page) => page.name.slice(0, 2))).toEqual(['1-', '2-', '3-', '4-', '5-', '6-', '7-', '8-', '9-']);
  });

  it('makes each page the audit layout of that ledger alone, counted as one file', () => {
    const model = reportModel([reportFile('a.yaml', [reportFinding()], { facility: 'A', overdue: 0 }), reportFile('b.yaml', [reportFinding({ severity: 'warning', ruleId: 'mfa' }), suppressedFinding()], { facility: 'B', overdue: 0 })]);
    const [, second] = htmlModule().facilityPages(model, GENERATED);
    const alone = reportModel([model.files[1]!]);
    expect(second!.html).toBe(renderHtml(alone, GENERATED));
    expect(between(second!.html, '<tfoot>', '</tfoot>')).toBe(
      '<tfoot><tr><td></td><td colspan="2">Total: 1 file</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr></tfoot>',
    );
    expect(second!.html).not.toContain('a.yaml');
  });
});

describe('markdown: the line saying how many facilities the summary table left out', () => {
  it('is written even when a facility is named with its very words', () => {
    const number = (index: number) => String(index + 1).padStart(2, '0');
    const model = reportModel(Array.from({ length: 60 }, (_, index) => reportFile(`f${number(index)}.yaml`, [reportFinding()], { facility: `F${number(index)}` })));
    model.files[0]!.facility = '… and 12 more facilities (in the full report)';
    const text = renderMarkdown(model, { limit: 3_500 });
    expect(text.split('\n').filter((line) => /^\| .* \| f\d\d\.yaml \|/.test(line))).toHaveLength(48);
    expect(text).toContain('| F48 | f48.yaml | 1 | 0 | 0 | - |\n\n… and 12 more facilities (in the full report)\n\n### f01.yaml — … and 12 more facilities (in the full report)\n');
  });
});

describe('one ledger with an entry left out, in each format', () => {
  const model = () =>
    reportModel([
      reportFile('a.yaml', [reportFinding()], { facility: 'A', overdue: 0, leftOut: [{ path: '/users/0', line: 3, column: 1, target: null, targetLabel: null }], inventory: { facility: 'A', users: [], devices: [] } }),
      reportFile('b.yaml', [], { facility: 'B', overdue: 0 }),
    ]);

  it('cuts Markdown before its first piece when only the head fits, and still says what it left out', () => {
    expect(renderMarkdown(model(), { limit: 1_300 })).toBe(
      '## dokodemo-check (2026-11-24)\n\n✖ 1 problem (1 error, 0 warnings, 0 info), 0 suppressed — 2 files\n\n✂ Cut to fit a pull-request comment (65,536 characters): 1 finding of 2 facilities left out here. The full report: run `dokodemo-check -f html -o report.html` on the same ledgers\n',
    );
  });

  it('says it in the table under the file\'s findings', () => {
    expect(table(model(), { color: false })).toBe(
      lines(
        'a.yaml',
        '  Severity  Line:Col  Target  Rule       Message',
        '  error     12:5      PC-01   antivirus  Install antivirus software on PC-01',
        '  ● 1 entry with format problems (3:1) is checked for content once the format is fixed',
        '',
        'b.yaml: ✔ No problems found',
        '',
        'By facility (worst first)',
        '  Facility  File    Errors  Warnings  Info  Overdue',
        '  A         a.yaml  1       0         0     0',
        '  B         b.yaml  0       0         0     0',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info), 0 suppressed',
        '',
      ),
    );
  });

  it('gives the facility\'s own page the notice, and heads its checklist\'s one column "Result"', () => {
    const page = htmlModule().facilityPages(model(), GENERATED)[0]!.html;
    expect(section(page, /<p class="notice">.*?<\/p>/)).toBe('<p class="notice">1 entry with format problems (3:1) is checked for content once the format is fixed</p>');
    expect(section(page, /<table class="data coverage checklist"><thead>.*?<\/thead>/)).toBe(
      '<table class="data coverage checklist"><thead><tr><th class="item">Item</th><th class="requirement">Requirement</th><th>What the ledger shows</th><th class="rules">Rules</th><th title="a.yaml">Result</th></tr></thead>',
    );
  });
});

describe('the table against a baseline', () => {
  it('adds a column saying new or unchanged, flows the message (the column after it) on a narrow terminal, and ends with the comparison', () => {
    const model = reportModel([
      reportFile('a.yaml', [
        reportFinding({ baselineState: 'new', message: 'Install antivirus software on this personal computer before it is used for MCS' }),
        reportFinding({ baselineState: 'unchanged', ruleId: 'mfa', severity: 'warning', message: 'use two factors' }),
        reportFinding({ ruleId: 'byod', severity: 'info', message: 'advice' }),
      ]),
    ]);
    model.baseline = { new: 1, unchanged: 1, absent: 2 };
    expect(table(model, { color: false, width: 80 }).split('\n')).toEqual([
      'a.yaml',
      '  Severity  Baseline   Line:Col  Target  Rule',
      '  error     new        12:5      PC-01   antivirus',
      '      Install antivirus software on this personal computer before it is used for',
      '      MCS',
      '  warning   unchanged  12:5      PC-01   mfa',
      '      use two factors',
      '  info      unchanged  12:5      PC-01   byod',
      '      advice',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 info), 0 suppressed',
      'Against the baseline: 1 new, 1 unchanged, 2 gone',
      '',
    ]);
    expect(table({ ...model, files: [reportFile('b.yaml', [])] }, { color: false })).toBe('b.yaml: ✔ No problems found\n\nAgainst the baseline: 1 new, 1 unchanged, 2 gone\n');
    const ESC = '\u001b[';
    expect(table(model, { color: true }).split('\n').slice(2, 5).map((line) => line.slice(0, line.indexOf('12:5')))).toEqual([
      `  ${ESC}31merror${ESC}39m     ${ESC}31m${ESC}1mnew${ESC}22m${ESC}39m        `,
      `  ${ESC}33mwarning${ESC}39m   ${ESC}90munchanged${ESC}39m  `,
      `  ${ESC}34minfo${ESC}39m      ${ESC}90munchanged${ESC}39m  `,
    ]);
  });
});
