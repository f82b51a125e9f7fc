// --format html, exactly: the whole page pinned in a snapshot (loaded afresh, so the stylesheet and the
// labels count as read), and each branch's markup pinned as a string: configuration lines, the --quiet
// note, suppressed findings, every coverage status, a file's result line, users and devices.
import { today } from '../../src/dates';
import type { ReportFinding, ReportModel } from '../../src/report/model';
import htmlReporter, { escapeHtml, renderHtml } from '../../src/reporters/html';
import type * as HtmlModule from '../../src/reporters/html';
import { fresh } from '../helpers/fresh';
import { reportFile, reportFinding, reportModel, suppressedFinding } from '../helpers/report-model';

type Inventory = NonNullable<ReturnType<typeof reportFile>['inventory']>;

function inventory(): Inventory {
  return {
    facility: 'さくら <訪問>',
    users: [
      { name: '中村 誠', mcsId: 'n@x.jp', jobType: '看護師', accountStatus: 'active', findings: 2 },
      { name: '伊藤', mcsId: 'i@x.jp', jobType: '事務', accountStatus: 'deleted', findings: 0 },
    ],
    devices: [
      { id: 'PC-01', type: 'pc', model: 'ThinkPad', ownership: 'facility', status: 'active', findings: 1 },
      { id: 'SP-01', type: 'smartphone', model: 'Pixel', ownership: 'personal', status: 'retired', findings: 0 },
    ],
  };
}

/** Three files: findings of each kind with a configuration and --quiet leftovers; a workbook that did
 * not load, with a rule off; a clean ledger with nobody in it. */
function threeFiles(lang: 'en' | 'ja'): ReportModel {
  return reportModel(
    [
      reportFile(
        'a.yaml',
        [
          reportFinding({ ruleId: 'mfa', severity: 'warning', targetLabel: '中村 誠' }),
          reportFinding({ ruleId: 'lock-password-strength', severity: 'info', targetLabel: null }),
          suppressedFinding({ ruleId: 'public-wireless-lan', message: 'a "q" & b' }),
        ],
        { config: 'cfg.yaml', disabledRules: ['startup-password'], inventory: inventory(), leftOutByQuiet: [reportFinding({ ruleId: 'byod', severity: 'info' }), reportFinding({ ruleId: 'antivirus', severity: 'warning' })] },
      ),
      reportFile('b.xlsx', [reportFinding({ ruleId: 'schema', line: null, column: null, sheet: '端末', cell: 'B2' })], { disabledRules: ['mfa'] }),
      reportFile('c.yaml', [], { inventory: { facility: 'c', users: [], devices: [] } }),
    ],
    lang,
  );
}

const GENERATED = { generatedOn: '2026-12-01' };

/** The renderer loaded afresh, so that its module-level tables and the stylesheet are read in this test. */
function freshRenderHtml(): typeof renderHtml {
  let fresh: typeof renderHtml | undefined;
  jest.isolateModules(() => {
    fresh = (require('../../src/reporters/html') as typeof import('../../src/reporters/html')).renderHtml;
  });
  return fresh!;
}

const section = (page: string, pattern: RegExp) => pattern.exec(page)?.[0];
const coverageRow = (page: string, item: string) => section(page, new RegExp(`<tr><td class="nowrap"><strong>${item}</strong>.*?</tr>`));

describe('the whole page', () => {
  it('is exactly this, in English (stylesheet included)', () => {
    expect(freshRenderHtml()(threeFiles('en'), GENERATED)).toMatchSnapshot();
  });

  it('is exactly this, in Japanese, enumerated values included', () => {
    expect(freshRenderHtml()(threeFiles('ja'), GENERATED)).toMatchSnapshot();
  });

  it('opens with the document head: language, generator, title, the one stylesheet', () => {
    const { HTML_STYLE } = jest.requireActual('../../src/reporters/html-style') as typeof import('../../src/reporters/html-style');
    let style = '';
    jest.isolateModules(() => {
      style = (require('../../src/reporters/html-style') as typeof import('../../src/reporters/html-style')).HTML_STYLE;
    });
    expect(style).toBe(HTML_STYLE);
    const page = freshRenderHtml()(threeFiles('ja'), GENERATED);
    expect(page.slice(0, page.indexOf('<style>'))).toBe(
      [
        '<!DOCTYPE html>',
        '<html lang="ja">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="dokodemo-check 1.2.3">',
        '<title>どこでも連絡帳 管理台帳 監査レポート (2026-11-24)</title>',
        '',
      ].join('\n'),
    );
    expect(page).toContain(`<style>${style}</style>\n</head>\n<body>\n<main>\n<section class="summary">`);
    expect(page.endsWith('</section>\n</main>\n</body>\n</html>\n')).toBe(true);
    expect(style.split('\n').filter((line) => /^\s*(@page|section\.file|\.status-advisory|\.status-unchecked)/.test(line))).toEqual([
      '.status-advisory { color: var(--info); background: var(--info-bg); }',
      '.status-unchecked { color: var(--warning); background: var(--warning-bg); font-style: italic; }',
      '@page { size: A4; margin: 10mm 9mm; }',
      '  section.file { break-before: page; page-break-before: always; }',
    ]);
  });

  it('is what the reporter writes, generated today', () => {
    const model = threeFiles('en');
    // Loaded afresh: the reporter is defined when the module loads.
    const loaded = fresh(() => require('../../src/reporters/html') as typeof HtmlModule);
    expect(loaded.default(model, { color: false })).toBe(renderHtml(model, { generatedOn: today() }));
    expect(htmlReporter(model, { color: false })).toBe(renderHtml(model, { generatedOn: today() }));
  });
});

describe('the summary', () => {
  it('lists each file\'s configuration when they differ, and the findings --quiet left out', () => {
    const page = renderHtml(threeFiles('en'), GENERATED);
    expect(section(page, /<ul class="config">.*?<\/ul><p class="quiet">.*?<\/p>/)).toBe(
      '<ul class="config">' +
        '<li>#1: Configuration file: <code>cfg.yaml</code> · Rules turned off: <span class="rule-list"><code>startup-password</code></span></li>' +
        '<li>#2: Configuration file: none (built-in defaults) · Rules turned off: <span class="rule-list"><code>mfa</code></span></li>' +
        '<li>#3: Configuration file: none (built-in defaults) · Rules turned off: none</li>' +
        '</ul><p class="quiet">--quiet: only errors are listed; 2 warning and info findings are left out of the lists but counted in the coverage table.</p>',
    );
  });

  it('says the configuration once when every file shares it, and has no --quiet note without leftovers', () => {
    const shared = { config: 'cfg.yaml', disabledRules: ['mfa', 'byod'] };
    const page = renderHtml(reportModel([reportFile('a.yaml', [], shared), reportFile('b.yaml', [], shared)]), GENERATED);
    expect(page).toContain(
      '<p>As of: <strong>2026-11-24</strong> · Generated: 2026-12-01</p>\n' +
        '<p class="config">Configuration file: <code>cfg.yaml</code> · Rules turned off: <span class="rule-list"><code>mfa</code>, <code>byod</code></span></p>\n' +
        '<h2>Summary</h2>',
    );
    expect(page).not.toContain('class="quiet"');
  });

  it('tells files apart by their rules off as well as by their configuration file', () => {
    const page = renderHtml(reportModel([reportFile('a.yaml', [], { config: 'c.yaml', disabledRules: ['mfa'] }), reportFile('b.yaml', [], { config: 'c.yaml' })]), GENERATED);
    expect(section(page, /<ul class="config">.*?<\/ul>/)).toBe(
      '<ul class="config"><li>#1: Configuration file: <code>c.yaml</code> · Rules turned off: <span class="rule-list"><code>mfa</code></span></li>' +
        '<li>#2: Configuration file: <code>c.yaml</code> · Rules turned off: none</li></ul>',
    );
  });

  it('has no configuration line for no files, and a coverage table without file columns', () => {
    const page = renderHtml(reportModel([], 'ja'), GENERATED);
    expect(page).toContain('<p>基準日: <strong>2026-11-24</strong> · 作成日: 2026-12-01</p>\n\n<h2>概要</h2>');
    expect(coverageRow(page, 'C-10')).toBe('<tr><td class="nowrap"><strong>C-10</strong></td><td>個人所有の機器にも 1～5 の対策と 6～9 の要件を守らせる</td><td>—</td><td class="status-none" colspan="0">– ルールなし（別途確認）</td></tr>');
  });

  it('counts per file and in total, with a dash for a file that did not load', () => {
    const page = renderHtml(threeFiles('en'), GENERATED);
    expect(section(page, /<tbody><tr><td class="nowrap"><a href="#file-1">.*?<\/tfoot>/)).toBe(
      '<tbody>' +
        '<tr><td class="nowrap"><a href="#file-1">#1</a></td><td>a.yaml</td><td>さくら &lt;訪問&gt;</td><td class="num">0</td><td class="num">1</td><td class="num">1</td><td class="num">1</td></tr>' +
        '<tr><td class="nowrap"><a href="#file-2">#2</a></td><td>b.xlsx</td><td>—</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>' +
        '<tr><td class="nowrap"><a href="#file-3">#3</a></td><td>c.yaml</td><td>c</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>' +
        '</tbody><tfoot><tr><td></td><td colspan="2">Total: 3 files</td><td class="num">1</td><td class="num">1</td><td class="num">1</td><td class="num">1</td></tr></tfoot>',
    );
  });

  it('lists suppressed findings with reason, approver and date, or says there are none', () => {
    const page = renderHtml(threeFiles('en'), GENERATED);
    expect(section(page, /<h2>Suppressed findings \(approved exceptions\)<\/h2>.*?<\/table>/)).toBe(
      '<h2>Suppressed findings (approved exceptions)</h2><table class="data"><thead><tr><th></th><th>Target</th><th>Rule</th><th>Reason</th><th>Approved by</th><th>Until</th></tr></thead><tbody>' +
        '<tr><td class="nowrap">#1</td><td>PC-01</td><td><code>public-wireless-lan</code></td><td>VPN only</td><td>松本 理恵</td><td class="nowrap">2027-03-31</td></tr></tbody></table>',
    );
    const withoutTarget = renderHtml(reportModel([reportFile('a.yaml', [suppressedFinding({ targetLabel: null })])]), GENERATED);
    expect(section(withoutTarget, /<tr><td class="nowrap">#1<\/td>.*?<\/tr>/)).toBe(
      '<tr><td class="nowrap">#1</td><td>—</td><td><code>antivirus</code></td><td>VPN only</td><td>松本 理恵</td><td class="nowrap">2027-03-31</td></tr>',
    );
    const none = renderHtml(reportModel([reportFile('a.yaml', [reportFinding()])]), GENERATED);
    expect(section(none, /<h2>Suppressed findings \(approved exceptions\)<\/h2>.*/)).toBe('<h2>Suppressed findings (approved exceptions)</h2><p class="muted">No findings were suppressed</p>');
  });
});

describe('coverage', () => {
  it('marks each item pass, pass with advice, failing, not checked (rules off or not loaded), or without a rule', () => {
    const page = renderHtml(threeFiles('en'), GENERATED);
    const notLoaded = '<td class="status-none">– not checked (ledger format errors)</td>';
    const pass = '<td class="status-pass"><span class="nowrap">✓ pass</span></td>';
    const off = '<span class="off-rules">turned off (not checked): <span class="rule-list"><code>startup-password</code></span></span>';
    expect(section(page, /<thead><tr><th class="item">.*?<\/thead>/)).toBe(
      '<thead><tr><th class="item">Item</th><th class="requirement">Requirement</th><th class="rules">Rules</th><th title="a.yaml">#1</th><th title="b.xlsx">#2</th><th title="c.yaml">#3</th></tr></thead>',
    );
    expect(coverageRow(page, 'C-6')).toBe(
      '<tr><td class="nowrap"><strong>C-6</strong></td><td>A startup password that is hard to guess and changed regularly</td><td><span class="rule-list"><code>startup-password</code>, <code>lock-password-strength</code></span></td>' +
        `<td class="status-advisory"><span class="nowrap">✓ pass, with advice</span><span class="rule-list"><code>lock-password-strength</code></span>${off}</td>${notLoaded}${pass}</tr>`,
    );
    expect(coverageRow(page, 'D-2')).toBe(
      '<tr><td class="nowrap"><strong>D-2</strong></td><td>Multi-factor authentication (recommended)</td><td><span class="rule-list"><code>mfa</code></span></td>' +
        '<td class="status-fail"><span class="nowrap">✗ findings</span><span class="rule-list"><code>mfa</code></span></td><td class="status-unchecked">– not checked (rules turned off)</td>' +
        `${pass}</tr>`,
    );
    // Left out by --quiet, still counted: byod's info reads as advice, antivirus's warning as failing.
    expect(coverageRow(page, 'D-4')).toContain('<td class="status-advisory"><span class="nowrap">✓ pass, with advice</span><span class="rule-list"><code>byod</code></span></td>');
    expect(coverageRow(page, 'C-8')).toContain(`<td class="status-fail"><span class="nowrap">✗ findings</span><span class="rule-list"><code>antivirus</code></span></td>${notLoaded}`);
    expect(coverageRow(page, 'note 2-5')).toContain(`<td class="status-fail"><span class="nowrap">✗ findings</span><span class="rule-list"><code>antivirus</code></span>${off}</td>`);
    expect(coverageRow(page, 'C-10')).toBe('<tr><td class="nowrap"><strong>C-10</strong></td><td>Personally owned devices: measures 1–5 and requirements 6–9 apply too</td><td>—</td><td class="status-none" colspan="3">– no rule (check separately)</td></tr>');
  });

  it('heads a single file\'s column "Result" and shows a rule off beside a pass', () => {
    const page = renderHtml(reportModel([reportFile('a.yaml', [], { disabledRules: ['startup-password'], inventory: inventory() })], 'ja'), GENERATED);
    expect(section(page, /<th class="rules">.*?<\/tr>/)).toBe('<th class="rules">ルール</th><th title="a.yaml">結果</th></tr>');
    expect(coverageRow(page, 'C-6')).toContain(
      '<td class="status-pass"><span class="nowrap">✓ 適合</span><span class="off-rules">無効化したルール（未確認）: <span class="rule-list"><code>startup-password</code></span></span></td></tr>',
    );
  });
});

describe('a file\'s section', () => {
  it('has its heading, result line, findings, users and devices (en)', () => {
    const page = renderHtml(threeFiles('en'), GENERATED);
    expect(section(page, /<section class="file" id="file-1">.*?<\/section>/)).toBe(
      '<section class="file" id="file-1"><table class="sheet" role="presentation"><thead><tr><td>' +
        '<div class="running-header"><span>どこでも連絡帳 ledger audit report</span><span>As of: <strong>2026-11-24</strong> · Generated: 2026-12-01 · dokodemo-check 1.2.3</span></div>' +
        '</td></tr></thead><tbody><tr><td>' +
        '<h2>#1 <code>a.yaml</code> — さくら &lt;訪問&gt;</h2><p class="result-findings">2 problems (0 errors, 1 warning, 1 info), 1 suppressed</p>' +
        '<h3>Findings</h3><table class="data"><thead><tr><th>Severity</th><th class="num">Line:Col</th><th>Target</th><th>Rule</th><th>Message</th></tr></thead><tbody>' +
        '<tr><td class="nowrap"><span class="sev sev-warning">warning</span></td><td class="num">12:5</td><td class="nowrap">中村 誠</td><td class="nowrap"><code>mfa</code></td><td>Install antivirus software on PC-01</td></tr>' +
        '<tr><td class="nowrap"><span class="sev sev-info">info</span></td><td class="num">12:5</td><td class="nowrap">—</td><td class="nowrap"><code>lock-password-strength</code></td><td>Install antivirus software on PC-01</td></tr>' +
        '<tr><td class="nowrap"><span class="sev sev-suppressed">suppressed (error)</span></td><td class="num">12:5</td><td class="nowrap">PC-01</td><td class="nowrap"><code>public-wireless-lan</code></td>' +
        '<td>a &quot;q&quot; &amp; b<span class="suppression">suppressed: VPN only (until 2027-03-31)</span></td></tr></tbody></table>' +
        '<h3>Users</h3><table class="data"><thead><tr><th class="num">Findings</th><th>Name</th><th>MCS ID</th><th>Job</th><th>Account</th></tr></thead><tbody>' +
        '<tr class="has-findings"><td class="num"><span class="mark">⚠ 2</span></td><td>中村 誠</td><td>n@x.jp</td><td>看護師</td><td>Active</td></tr>' +
        '<tr class=""><td class="num"></td><td>伊藤</td><td>i@x.jp</td><td>事務</td><td>Deleted</td></tr></tbody></table>' +
        '<h3>Devices</h3><table class="data"><thead><tr><th class="num">Findings</th><th>Asset tag</th><th>Type</th><th>Model</th><th>Owner</th><th>Status</th></tr></thead><tbody>' +
        '<tr class="has-findings"><td class="num"><span class="mark">⚠ 1</span></td><td>PC-01</td><td>PC</td><td>ThinkPad</td><td>Facility</td><td>In use</td></tr>' +
        '<tr class=""><td class="num"></td><td>SP-01</td><td>Smartphone</td><td>Pixel</td><td>Personal (BYOD)</td><td>Retired</td></tr></tbody></table>' +
        '</td></tr></tbody></table></section>',
    );
  });

  it('shows enumerated values and headings in Japanese', () => {
    const page = renderHtml(threeFiles('ja'), GENERATED);
    expect(section(page, /<h3>端末<\/h3>.*?<\/table>/)).toBe(
      '<h3>端末</h3><table class="data"><thead><tr><th class="num">指摘</th><th>管理番号</th><th>種類</th><th>機種</th><th>所有</th><th>状態</th></tr></thead><tbody>' +
        '<tr class="has-findings"><td class="num"><span class="mark">⚠ 1</span></td><td>PC-01</td><td>パソコン</td><td>ThinkPad</td><td>施設</td><td>利用中</td></tr>' +
        '<tr class=""><td class="num"></td><td>SP-01</td><td>スマートフォン</td><td>Pixel</td><td>個人所有端末</td><td>利用終了</td></tr></tbody></table>',
    );
    expect(section(page, /<h3>利用者<\/h3>.*?<\/table>/)).toBe(
      '<h3>利用者</h3><table class="data"><thead><tr><th class="num">指摘</th><th>氏名</th><th>MCS の ID</th><th>職種</th><th>アカウント</th></tr></thead><tbody>' +
        '<tr class="has-findings"><td class="num"><span class="mark">⚠ 2</span></td><td>中村 誠</td><td>n@x.jp</td><td>看護師</td><td>利用中</td></tr>' +
        '<tr class=""><td class="num"></td><td>伊藤</td><td>i@x.jp</td><td>事務</td><td>削除済み</td></tr></tbody></table>',
    );
    expect(section(page, /<span class="sev sev-suppressed">.*?<\/span>/)).toBe('<span class="sev sev-suppressed">抑止 (エラー)</span>');
  });

  it('heads a workbook\'s positions Sheet!Cell and says a ledger that did not load has no inventory', () => {
    const page = renderHtml(threeFiles('en'), GENERATED);
    expect(section(page, /<h2>#2 .*?<\/section>/)).toBe(
      '<h2>#2 <code>b.xlsx</code></h2><p class="result-findings">1 problem (1 error, 0 warnings, 0 info), 0 suppressed</p>' +
        '<h3>Findings</h3><table class="data"><thead><tr><th>Severity</th><th class="num">Sheet!Cell</th><th>Target</th><th>Rule</th><th>Message</th></tr></thead><tbody>' +
        '<tr><td class="nowrap"><span class="sev sev-error">error</span></td><td class="num">端末!B2</td><td class="nowrap">PC-01</td><td class="nowrap"><code>schema</code></td><td>Install antivirus software on PC-01</td></tr></tbody></table>' +
        '<p class="notice">This ledger could not be read, so no rule ran on it. Fix the format problems above and check it again.</p></td></tr></tbody></table></section>',
    );
  });

  it('reads clean with no findings, and clean with a count when every finding is suppressed', () => {
    const page = renderHtml(threeFiles('en'), GENERATED);
    expect(section(page, /<h2>#3 .*?<h3>/)).toBe('<h2>#3 <code>c.yaml</code> — c</h2><p class="result-clean">✓ No problems found</p><h3>');
    const suppressed = renderHtml(reportModel([reportFile('a.yaml', [suppressedFinding()])]), GENERATED);
    expect(section(suppressed, /<h2>#1 .*?<\/p>/)).toBe('<h2>#1 <code>a.yaml</code></h2><p class="result-clean">0 problems (0 errors, 0 warnings, 0 info), 1 suppressed</p>');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and shows controls and bidi characters escaped', () => {
    expect(escapeHtml('a\x1b[31m\u202e<b>&"\'\n')).toBe('a\\x1b[31m\\u202e&lt;b&gt;&amp;&quot;&#39;');
    expect(escapeHtml('x\ny')).toBe('x\\ny');
    const finding: ReportFinding = reportFinding({ message: '<img src=x onerror=alert(1)>' });
    expect(renderHtml(reportModel([reportFile('a.yaml', [finding])]), GENERATED)).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
  });
});
