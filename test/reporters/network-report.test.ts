// The roll-up for a network of facilities: the HTML network report (summary worst first, the scorecard,
// a section per facility; under 5 MB for 500), the scorecard as CSV (bytes exact: BOM, CRLF, quoting,
// formula-safe; read back with exceljs) and Markdown that always fits a pull-request comment.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { scorecardRows, uncheckedItems } from '../../src/catalogue/coverage';
import type { ReportModel } from '../../src/report/model';
import csvReporter, { csvField, renderCsv } from '../../src/reporters/csv';
import { facilityPages, NETWORK_FROM, renderHtml } from '../../src/reporters/html';
import { COMMENT_LIMIT, renderMarkdown } from '../../src/reporters/markdown';
import { networkModel } from '../helpers/network';
import { reportFile, reportFinding, reportModel, suppressedFinding } from '../helpers/report-model';

const GENERATED = { generatedOn: '2026-12-01' };
const section = (page: string, pattern: RegExp) => pattern.exec(page)?.[0];

/** Four facilities: one with errors and a rule off, one that did not load, one clean, one with an overdue deadline. */
function fourFacilities(lang: 'en' | 'ja' = 'en'): ReportModel {
  const inventory = (facility: string) => ({ facility, users: [{ name: '中村 誠', mcsId: 'n@x.jp', jobType: '看護師', accountStatus: 'active', findings: 1 }], devices: [] });
  return reportModel(
    [
      reportFile('a/clean.yaml', [], { facility: 'あおば <診療所>', overdue: 0, inventory: inventory('あおば <診療所>') }),
      reportFile('b/台帳.xlsx', [reportFinding({ ruleId: 'unreadable-file', target: null, targetLabel: null, line: 1, column: 1, message: 'the workbook is damaged' })]),
      reportFile(
        'c/ledger.yaml',
        [reportFinding(), reportFinding({ ruleId: 'mfa', severity: 'warning', message: 'use two factors' }), suppressedFinding({ ruleId: 'public-wireless-lan' })],
        { facility: 'みどり', overdue: 2, disabledRules: ['privacy-filter'], inventory: inventory('みどり') },
      ),
      reportFile('d/ledger.yaml', [reportFinding({ ruleId: 'byod', severity: 'info', message: 'advice' })], { facility: 'さくら', overdue: 3, inventory: inventory('さくら') }),
    ],
    lang,
  );
}

describe('the HTML network report', () => {
  it('is the page from NETWORK_FROM ledgers; fewer keep the audit layout', () => {
    expect(NETWORK_FROM).toBe(4);
    const three = fourFacilities();
    three.files.pop();
    expect(renderHtml(three, GENERATED)).not.toContain('class="scorecard"');
    const page = renderHtml(fourFacilities(), GENERATED);
    expect(page).toContain('<section class="summary" id="summary">');
    expect(page.indexOf('class="summary"')).toBeLessThan(page.indexOf('class="scorecard"'));
    expect(page.indexOf('class="scorecard"')).toBeLessThan(page.indexOf('<section class="file" id="file-1">'));
    expect(page).toContain('@page { size: A4 landscape; margin: 10mm 9mm; }');
  });

  it('opens with the totals and the facilities worst first, each linked to its section', () => {
    const page = renderHtml(fourFacilities(), GENERATED);
    expect(section(page, /<p class="result-findings">.*?<\/p>\n<p class="notice">.*?<\/p>/)).toBe(
      '<p class="result-findings">4 facilities: 4 problems (2 errors, 1 warning, 1 info), 1 suppressed</p>\n' +
        '<p class="notice">1 file could not be read as a ledger (the reason is in each facility&#39;s section)</p>',
    );
    expect(section(page, /<table class="data rollup">.*?<\/table>/)).toBe(
      '<table class="data rollup"><thead><tr><th class="num">Rank</th><th class="num">#</th><th>Facility</th><th>File</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Info</th><th class="num">Suppressed</th><th class="num">Overdue</th></tr></thead><tbody>' +
        '<tr><td class="num">1</td><td class="num"><a href="#file-3">#3</a></td><td><a href="#file-3">みどり</a></td><td>c/ledger.yaml</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td class="num">2</td></tr>' +
        '<tr><td class="num">2</td><td class="num"><a href="#file-2">#2</a></td><td><a href="#file-2">b/台帳.xlsx</a></td><td>b/台帳.xlsx</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">—</td></tr>' +
        '<tr><td class="num">3</td><td class="num"><a href="#file-4">#4</a></td><td><a href="#file-4">さくら</a></td><td>d/ledger.yaml</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">3</td></tr>' +
        '<tr><td class="num">4</td><td class="num"><a href="#file-1">#1</a></td><td><a href="#file-1">あおば &lt;診療所&gt;</a></td><td>a/clean.yaml</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>' +
        '</tbody></table>',
    );
  });

  it('has a scorecard of facilities × the items a rule checks: pass, findings n, not recorded, off', () => {
    const page = renderHtml(fourFacilities(), GENERATED);
    const items = scorecardRows().map((row) => row.item.id);
    expect(items).toEqual(['note 1', 'note 2-2', 'note 2-3', 'note 2-4', 'note 2-5', '6.9 B', 'C-1', 'C-2', 'C-3', 'C-4', 'C-5', 'C-6', 'C-7', 'C-8', 'C-9', 'D-1', 'D-2', 'D-4']);
    expect(uncheckedItems().map((item) => item.id)).toEqual(['note 2-1', 'C-10', 'D-3']);
    expect(section(page, /<thead><tr><th rowspan="2" class="num">#<\/th>.*?<\/thead>/)).toBe(
      '<thead><tr><th rowspan="2" class="num">#</th><th rowspan="2">Facility</th><th colspan="5">Note</th><th colspan="13">Guideline 6.9</th></tr><tr>' +
        ['1', '2-2', '2-3', '2-4', '2-5', 'B', 'C-1', 'C-2', 'C-3', 'C-4', 'C-5', 'C-6', 'C-7', 'C-8', 'C-9', 'D-1', 'D-2', 'D-4']
          .map((id, index) => `<th class="s-p item" title="${scorecardRows()[index]!.item.title.en.replace(/'/g, '&#39;')}">${id}</th>`)
          .join('') +
        '</tr></thead>',
    );
    const row = (label: string) => section(page, new RegExp(`<tr><td class="num"><a href="#file-\\d+">${label}</a></td><td class="name">.*?</tr>`));
    const cells = (label: string) => [...row(label)!.matchAll(/<td class="(s-[pfno])"(?: title="([^"]*)")?>([^<]*)<\/td>/g)].map((match) => `${match[1]}${match[2] ? `[${match[2]}]` : ''}:${match[3]}`);
    // c: antivirus (error) fails note 1, note 2-5 and C-8; mfa (warning) fails 6.9 B and D-2; privacy-filter off is D-1's only rule.
    expect(cells('#3')).toEqual([
      's-f[antivirus]:✗1', 's-p:✓', 's-p:✓', 's-p:✓', 's-f[antivirus]:✗1', 's-f[mfa]:✗1', 's-p:✓', 's-p:✓', 's-p:✓', 's-p:✓', 's-p:✓', 's-p:✓', 's-p:✓',
      's-f[antivirus]:✗1', 's-p:✓', 's-o:–', 's-f[mfa]:✗1', 's-p:✓',
    ]);
    expect(cells('#2')).toEqual(items.map(() => 's-n:?'));
    expect(cells('#4')).toEqual(items.map(() => 's-p:✓'));
    expect(page).toContain('<p class="muted">Items no rule checks (check them separately): note 2-1, C-10, D-3</p>');
  });

  it('gives each facility a section: heading, result, configuration, items with findings, findings, and who is listed where', () => {
    const page = renderHtml(fourFacilities(), GENERATED);
    expect(section(page, /<h2>#3 .*?<\/section>/)).toBe(
      '<h2>#3 <code>c/ledger.yaml</code> — みどり<a class="back screen" href="#summary">↑ Summary</a></h2>' +
        '<p class="result-findings">2 problems (1 error, 1 warning, 0 info), 1 suppressed</p>' +
        '<p class="config">Configuration file: none (built-in defaults) · Rules turned off: <span class="rule-list"><code>privacy-filter</code></span></p>' +
        '<p>Items with findings: note 1, note 2-5, 6.9 B, C-8, D-2</p>' +
        '<table class="data findings"><thead><tr><th>Severity</th><th class="num">Line:Col</th><th>Target</th><th>Rule</th><th>Message</th></tr></thead><tbody>' +
        '<tr><td><span class="sev sev-error">error</span></td><td class="num">12:5</td><td>PC-01</td><td><code>antivirus</code></td><td>Install antivirus software on PC-01</td></tr>' +
        '<tr><td><span class="sev sev-warning">warning</span></td><td class="num">12:5</td><td>PC-01</td><td><code>mfa</code></td><td>use two factors</td></tr>' +
        '<tr><td><span class="sev sev-suppressed">suppressed (error)</span></td><td class="num">12:5</td><td>PC-01</td><td><code>public-wireless-lan</code></td><td>Install antivirus software on PC-01<span class="suppression">suppressed: VPN only (until 2027-03-31)</span></td></tr>' +
        '</tbody></table><p class="muted">1 user (1 with findings), 0 devices (0 with findings); this ledger&#39;s own report lists them.</p></td></tr></tbody></table></section>',
    );
    expect(section(page, /<h2>#2 .*?<\/section>/)).toContain('<p class="notice">This ledger could not be read, so no rule ran on it.');
  });

  it('escapes ledger text in every new place', () => {
    const model = fourFacilities();
    model.files[2]!.facility = '<img src=x onerror=alert(1)>';
    const page = renderHtml(model, GENERATED);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives each facility its own page to send it (the audit layout of its ledger alone), named to sort', () => {
    const pages = facilityPages(fourFacilities(), GENERATED);
    expect(pages.map((page) => page.name)).toEqual(['1-a_clean.html', '2-b_台帳.html', '3-c_ledger.html', '4-d_ledger.html']);
    expect(pages[2]!.html).toContain('<h2>#1 <code>c/ledger.yaml</code> — みどり</h2>');
    expect(pages[2]!.html).toContain('<h3>Users</h3>');
    for (const other of ['さくら', 'あおば', 'b/台帳.xlsx']) expect(pages[2]!.html).not.toContain(other);
  });

  it('stays under 5 MB for 500 facilities', () => {
    const model = networkModel(500);
    const bytes = Buffer.byteLength(renderHtml(model, GENERATED));
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    expect(model.files.filter((file) => file.facility === null)).toHaveLength(20);
  });
});

describe('-f csv: the scorecard', () => {
  it('is exactly these bytes: BOM, CRLF, worst first, a column per item, words in the language', () => {
    const text = renderCsv(fourFacilities('ja'));
    expect(csvReporter(fourFacilities('ja'), { color: false })).toBe(text);
    const items = scorecardRows().map((row) => row.item.id).join(',');
    const pass = (count: number) => Array(count).fill('適合');
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toBe(
      '\uFEFF' +
        [
          `施設,ファイル,エラー,警告,情報,抑止,期限切れ,${items}`,
          ['みどり', 'c/ledger.yaml', 1, 1, 0, 1, 2, '指摘 1', ...pass(3), '指摘 1', '指摘 1', ...pass(7), '指摘 1', '適合', '無効', '指摘 1', '適合'].join(','),
          [',b/台帳.xlsx,1,0,0,0,', ...Array(18).fill('記録なし')].join(','),
          ['さくら', 'd/ledger.yaml', 0, 0, 1, 0, 3, ...pass(18)].join(','),
          ['あおば <診療所>', 'a/clean.yaml', 0, 0, 0, 0, 0, ...pass(18)].join(','),
        ].join('\r\n') +
        '\r\n',
    );
    expect(renderCsv(fourFacilities('en')).split('\r\n')[0]).toBe(`\uFEFFFacility,File,Errors,Warnings,Info,Suppressed,Overdue,${items}`);
    expect(renderCsv(fourFacilities('en')).split('\r\n')[2]).toBe(`,b/台帳.xlsx,1,0,0,0,,${Array(18).fill('not recorded').join(',')}`);
  });

  it('is formula-safe and quotes as RFC 4180 says', () => {
    expect(['=1+2', '+81 3', '-x', '@SUM(A1)', '\tx', '\rx', 'a,b', 'say "hi"', 'two\nlines', 'plain', 0, 12].map(csvField)).toEqual([
      "'=1+2", "'+81 3", "'-x", "'@SUM(A1)", "'\tx", '"\'\rx"', '"a,b"', '"say ""hi"""', '"two\nlines"', 'plain', '0', '12',
    ]);
    const model = fourFacilities();
    model.files[0]!.facility = '=HYPERLINK("http://x","y")';
    expect(renderCsv(model)).toContain('\r\n"\'=HYPERLINK(""http://x"",""y"")",a/clean.yaml,');
  });

  it('reads back in exceljs: one row per facility, the values as written, nothing a formula', async () => {
    const model = networkModel(60, 'ja');
    model.files[0]!.facility = '=1+2 "東" ,@';
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([Buffer.from(renderCsv(model), 'utf8')]));
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(61);
    expect(rows[0]!.slice(0, 8)).toEqual(['施設', 'ファイル', 'エラー', '警告', '情報', '抑止', '期限切れ', 'note 1']);
    const facilities = rows.slice(1).map((row) => row[0]);
    expect(facilities).toContain('\'=1+2 "東" ,@');
    const sheetFormulas = rows.flat().filter((value) => typeof value === 'object' && value !== null && 'formula' in value);
    expect(sheetFormulas).toEqual([]);
    // Worst first, as the summary: errors never rise down the rows.
    const errors = rows.slice(1).map((row) => Number(row[2]));
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(new Set(rows.slice(1).flatMap((row) => row.slice(7) as string[]))).toEqual(new Set(['適合', '記録なし', ...rows.slice(1).flatMap((row) => (row.slice(7) as string[]).filter((cell) => cell.startsWith('指摘 ')))]));
  });
});

describe('markdown for a pull-request comment', () => {
  it('fits a comment for 300 facilities: summary first, the worst facilities, then one line saying what was cut and where the full report is', () => {
    const model = networkModel(300, 'en');
    const text = renderMarkdown(model);
    expect(text.length).toBeLessThan(COMMENT_LIMIT);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['## dokodemo-check (2026-11-24)', '', `✖ ${model.summary.error + model.summary.warning + model.summary.info} problems (${model.summary.error} errors, ${model.summary.warning} warnings, ${model.summary.info} info), ${model.summary.suppressed} suppressed — 300 files`, '']);
    expect(lines[4]).toBe('### By facility (worst first)');
    const firstSection = lines.findIndex((line) => line.startsWith('### f'));
    expect(lines[firstSection]).toMatch(/^### f\d{3}\/ledger\.yaml — みどり在宅クリニック 第\d{3}事業所$/);
    expect(lines.at(-2)).toMatch(/^✂ Cut to fit a pull-request comment \(65,536 characters\): \d+ findings of \d+ facilities left out here\. The full report: run `dokodemo-check -f html -o report\.html` on the same ledgers$/);
    expect(lines.at(-1)).toBe('');
    // All 300 facilities are in the summary table, which never takes more than half the comment.
    expect(lines.filter((line) => /^\| .* \| f\d{3}\//.test(line))).toHaveLength(300);
  });

  it('says exactly what was left out, and names the CI run when given', () => {
    const model = reportModel(['a', 'b', 'c'].map((name) => reportFile(`${name}.yaml`, Array.from({ length: 20 }, (_, line) => reportFinding({ line: line + 1 })), { facility: name.toUpperCase() })));
    const text = renderMarkdown(model, { limit: 3_000, fullReport: 'https://github.com/o/r/actions/runs/1' });
    expect(text.length).toBeLessThan(3_000);
    const shown = text.split('\n').filter((line) => line.startsWith('| error')).length;
    expect(text.endsWith(
      `\n✂ Cut to fit a pull-request comment (65,536 characters): ${60 - shown} findings of ${Math.ceil((60 - shown) / 20)} facilities left out here. The full report: https://github.com/o/r/actions/runs/1 (this CI run; a report it uploaded is among its artifacts), or run \`dokodemo-check -f html -o report.html\` on the same ledgers\n`,
    )).toBe(true);
    expect(renderMarkdown(model)).not.toContain('✂');
  });

  it('stays under the limit whatever the input: 20,000 long findings, names of 200,000 characters, 5,000 files', () => {
    const long = 'あ'.repeat(200_000);
    const many = reportModel([reportFile(long, Array.from({ length: 20_000 }, () => reportFinding({ message: `${'x'.repeat(900)} <@a> ##[group] ::error::`, targetLabel: long })), { facility: long })]);
    const files = reportModel(Array.from({ length: 5_000 }, (_, index) => reportFile(`${long.slice(0, 300)}${index}.yaml`, [reportFinding()], { facility: long })), 'ja');
    for (const model of [many, files]) {
      const text = renderMarkdown(model);
      expect(text.length).toBeLessThan(COMMENT_LIMIT);
      expect(text).toMatch(/\n✂ .*\n$/);
      expect(text).not.toMatch(/^\s*::/m);
    }
    // 5,000 rows do not fit in half a comment: the summary table says how many it left out.
    expect(renderMarkdown(files)).toMatch(/\n… ほか \d+ 施設（全体のレポートにあります）\n/);
  });
});
