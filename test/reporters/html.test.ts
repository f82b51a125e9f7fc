// --format html, read back with an HTML parser: a well-formed, self-contained page; ledger values shown
// as text (never markup); the summary, coverage, findings and inventory an auditor needs; --redact, --lang.
import { parse } from 'parse5';
import { GUIDELINE_ITEMS, coverageRows, guidelineItemOf } from '../../src/catalogue/coverage';
import { checkBytes } from '../../src/engine/check-file';
import { presentReport } from '../../src/report/model';
import { escapeHtml, renderHtml } from '../../src/reporters/html';
import { RULES } from '../../src/rules';
import { runCli } from '../helpers/cli';
import { EMPTY_CONFIG, cleanLedger } from '../helpers/ledger-fixture';

const AS_OF = ['--as-of', '2026-11-24'];
const FINDINGS = 'examples/clinic-with-findings.yaml';
const CLEAN = 'examples/home-nursing-clean.yaml';
const EXCEPTIONS = 'examples/visiting-nurse-exceptions.yaml';

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

function parsePage(html: string): { document: HtmlNode; errors: string[] } {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(error.code) }) as unknown as HtmlNode;
  return { document, errors };
}

function descendants(node: HtmlNode): HtmlNode[] {
  return (node.childNodes ?? []).flatMap((child) => [child, ...descendants(child)]);
}

function elements(node: HtmlNode, tag?: string): HtmlNode[] {
  return descendants(node).filter((child) => child.tagName !== undefined && (tag === undefined || child.tagName === tag));
}

function attr(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((attribute) => attribute.name === name)?.value;
}

function hasClass(node: HtmlNode, name: string): boolean {
  return (attr(node, 'class') ?? '').split(/\s+/).includes(name);
}

function byClass(node: HtmlNode, name: string): HtmlNode[] {
  return elements(node).filter((element) => hasClass(element, name));
}

function text(node: HtmlNode): string {
  return node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join('');
}

function html(args: string[], setup = {}) {
  const run = runCli([...AS_OF, '-f', 'html', ...args], setup);
  return { ...run, ...parsePage(run.stdout) };
}

/** Rows of the table under the heading whose text is `heading`, inside `section`, as cell texts. */
function tableAfter(section: HtmlNode, heading: string): string[][] {
  const children = elements(section);
  const start = children.findIndex((element) => /^h[1-3]$/.test(element.tagName!) && text(element) === heading);
  const table = children.slice(start).find((element) => element.tagName === 'table' && hasClass(element, 'data'))!;
  return elements(table, 'tr').map((row) => (row.childNodes ?? []).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th').map(text));
}

describe('the page', () => {
  const page = html([FINDINGS, EXCEPTIONS, '--lang', 'en']);

  it('parses without errors and declares UTF-8, a language and a title', () => {
    expect(page.code).toBe(1);
    expect(page.errors).toEqual([]);
    expect(page.stdout.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(attr(elements(page.document, 'html')[0]!, 'lang')).toBe('en');
    expect(elements(page.document, 'meta').some((meta) => attr(meta, 'charset') === 'utf-8')).toBe(true);
    expect(text(elements(page.document, 'title')[0]!)).toBe('どこでも連絡帳 ledger audit report (2026-11-24)');
  });

  it('is self-contained: no scripts, links, images, frames, or anything fetched', () => {
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'svg', 'video', 'audio']) expect(elements(page.document, tag)).toEqual([]);
    for (const element of elements(page.document)) {
      expect(attr(element, 'src')).toBeUndefined();
      const href = attr(element, 'href');
      if (href !== undefined) expect(href).toMatch(/^#file-\d+$/);
    }
    const css = elements(page.document, 'style').map(text).join('');
    expect(css).not.toMatch(/@import|url\(|@font-face/);
    expect(page.stdout).not.toMatch(/https?:\/\//);
  });

  it('prints on A4, a page per file, with a running header repeated on every page', () => {
    const css = text(elements(page.document, 'style')[0]!);
    expect(css).toContain('size: A4');
    expect(css).toMatch(/@media print[^]*section\.file \{ break-before: page;/);
    const sections = elements(page.document, 'section');
    expect(sections.map((section) => attr(section, 'class'))).toEqual(['summary', 'file', 'file']);
    for (const section of sections) {
      const thead = elements(section, 'thead')[0]!; // the layout table's header: repeated by print
      expect(text(byClass(thead, 'running-header')[0]!)).toMatch(/^どこでも連絡帳 ledger audit reportAs of: 2026-11-24 · Generated: \d{4}-\d{2}-\d{2} · dokodemo-check 1\.0\.0$/);
    }
  });

  it('counts findings by severity per file and in total, as the JSON report does', () => {
    const json = JSON.parse(runCli([...AS_OF, '-f', 'json', FINDINGS, EXCEPTIONS]).stdout);
    const rows = tableAfter(elements(page.document, 'section')[0]!, 'Summary');
    expect(rows[0]).toEqual(['', 'File', 'Facility', 'error', 'warning', 'info', 'suppressed']);
    expect(rows.slice(1, 3)).toEqual([
      ['#1', FINDINGS, 'みどり在宅クリニック', '18', '11', '2', '0'],
      ['#2', EXCEPTIONS, 'ひまわり訪問看護ステーション', '0', '1', '0', '2'],
    ]);
    const { error, warning, info, suppressed } = json.summary;
    expect(rows[3]).toEqual(['', 'Total: 2 files', String(error), String(warning), String(info), String(suppressed)]);
  });

  it('lists the suppressed findings with their reasons', () => {
    const rows = tableAfter(elements(page.document, 'section')[0]!, 'Suppressed findings (approved exceptions)');
    expect(rows).toEqual([
      ['', 'Target', 'Rule', 'Reason', 'Approved by', 'Until'],
      ['#2', 'HW-TB-01', 'public-wireless-lan', '訪問先に携帯電話の電波がなく公衆無線 LAN しか使えないため、常時 VPN を条件に承認（ガイドライン 6.9 C-8）', '松本 理恵', '2027-03-31'],
      ['#2', 'HW-TB-01', 'privacy-filter', '覗き見防止フィルタを発注済み（12 月納品予定）', '松本 理恵', '2026-12-31'],
    ]);
  });

  it('has a coverage table: each guideline item, its rules, and whether it passes in each file', () => {
    const rows = tableAfter(elements(page.document, 'section')[0]!, 'Coverage of the guideline items');
    expect(rows[0]).toEqual(['Item', 'Requirement', 'Rules', '#1', '#2']);
    const byItem = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect([...byItem.keys()]).toEqual(GUIDELINE_ITEMS.map((item) => item.id));
    expect(byItem.get('C-8')!.slice(2)).toEqual(['antivirus, public-wireless-lan', '✗ findingsantivirus, public-wireless-lan', '✓ pass, with advicepublic-wireless-lan']); // suppressed in #2
    expect(byItem.get('C-5')!.slice(2)).toEqual(['duplicate-id', '✓ pass', '✓ pass']);
    expect(byItem.get('D-1')!.slice(3)).toEqual(['✓ pass, with adviceprivacy-filter', '✓ pass, with adviceprivacy-filter']); // info in #1, suppressed in #2
    for (const item of ['note 2-1', 'C-10', 'D-3']) expect(byItem.get(item)!.slice(2)).toEqual(['—', '– no rule (check separately)']);
  });

  it('lists the inspection checklist\'s items (drafts, said so) with the rules behind each and its status in each file', () => {
    const rows = tableAfter(elements(page.document, 'section')[0]!, 'The inspection checklist');
    expect(rows[0]).toEqual(['Item', 'Requirement', 'What the ledger shows', 'Rules', '#1', '#2']);
    expect(rows[2]).toEqual(['2①', 'A ledger of servers, PCs and network devices「サーバ、端末 PC、ネットワーク機器の台帳管理を行っている。」draft (read in the draft manual)', 'yes: The ledger of the devices used for MCS, and its review', 'duplicate-id, user-devices, ledger-review', '✗ findingsledger-review', '✓ pass']);
    expect(rows[5]!.slice(3)).toEqual(['—', 'a ledger cannot show it (check separately)']); // 2⑧ password reuse
    expect(rows[7]!.slice(3)).toEqual(['mfa', '✗ findingsmfa', '✓ pass']);
    expect(rows[8]![1]).toBe('Accounts of people who left removed or suspendednot found in the checklist text read (a related duty the ledger shows)');
  });

  it("gives each rule's clauses: the note, the 5th edition and 6.0, the edition in force", () => {
    const rows = tableAfter(elements(page.document, 'section')[0]!, "Each rule's basis (the 5th edition and 6.0, in force)");
    expect(rows[0]).toEqual(['Rules', 'Facility note', 'Guideline 5th ed. 6.9', '6.0 (in force)']);
    expect(rows.find((row) => row[0] === 'mcs-password-age')).toEqual(['mcs-password-age', '1', '—', 'シス14⑥ シQ-54']);
    expect(rows.find((row) => row[0] === 'public-wireless-lan')).toEqual(['public-wireless-lan', '1 情報漏洩対策 1, 2-5', 'C-8', "no clause found (the facility note's own rule)"]);
    expect(rows.find((row) => row[0] === 'yaml-syntax')).toBeUndefined();
  });

  it('shows each file\'s findings with a text label beside the colour, and marks users and devices with findings', () => {
    const file = elements(page.document, 'section')[1]!;
    const findings = tableAfter(file, 'Findings');
    expect(findings).toHaveLength(1 + 31);
    expect(findings[1]).toEqual(['warning', '8:12', 'facility', 'ledger-review', expect.stringContaining('The ledger has not been reviewed since 2025-09-30')]);
    const labels = elements(file, 'span').filter((span) => hasClass(span, 'sev'));
    expect(labels.every((label) => ['error', 'warning', 'info'].includes(text(label)) && hasClass(label, `sev-${text(label)}`))).toBe(true);
    expect(tableAfter(file, 'Users')).toEqual([
      ['Findings', 'Name', 'MCS ID', 'Job', 'Account'],
      ['⚠ 1', '中村 誠', 'Nakamura@midori-clinic.example.jp', '医師', 'Active'],
      ['⚠ 5', '小林 恵', 'kobayashi@midori-clinic.example.jp', '看護師', 'Active'],
      ['⚠ 1', '山本 翔太', 'yamamoto@midori-clinic.example.jp', '事務', 'Active'],
    ]);
    expect(tableAfter(file, 'Devices').map((row) => [row[0], row[1]])).toEqual([
      ['Findings', 'Asset tag'],
      ['⚠ 5', 'MD-PC-01'],
      ['⚠ 10', 'MD-TB-01'],
      ['⚠ 4', 'SP-03'],
      ['⚠ 1', 'MD-SP-04'],
      ['⚠ 1', 'MD-PC-OLD'],
    ]);
    const suppressed = tableAfter(elements(page.document, 'section')[2]!, 'Findings')[1]!;
    expect(suppressed[0]).toBe('suppressed (error)');
    expect(suppressed[4]).toContain('suppressed: 訪問先に携帯電話の電波がなく');
  });

  it('leaves users and devices without findings unmarked', () => {
    const clean = html([CLEAN]);
    const users = tableAfter(elements(clean.document, 'section')[1]!, 'Users');
    expect(users.slice(1).every((row) => row[0] === '')).toBe(true);
    expect(text(byClass(clean.document, 'result-clean')[0]!)).toBe('✓ No problems found');
    const coverage = tableAfter(elements(clean.document, 'section')[0]!, 'Coverage of the guideline items');
    expect(coverage[0]!.at(-1)).toBe('Result');
    expect(coverage.slice(1).every((row) => ['✓ pass', '– no rule (check separately)'].includes(row.at(-1)!))).toBe(true);
  });
});

describe('ledger values are text, never markup', () => {
  const hostile = cleanLedger();
  hostile.facility.name = '<script>alert("facility")</script>';
  hostile.users[0]!.name = '<img src=x onerror=alert(1)>';
  hostile.users[0]!.policy_read = false; // a finding whose message carries the name
  hostile.devices[0]!.model = '"><b>bold</b> & <style>body{display:none}</style>';
  const page = html(['-', '--stdin-filename', '"><script>alert(2)</script>.yaml'], { stdin: JSON.stringify(hostile) });

  it('creates no element from a value', () => {
    expect(page.errors).toEqual([]);
    expect(elements(page.document, 'script')).toEqual([]);
    expect(elements(page.document, 'img')).toEqual([]);
    expect(elements(page.document, 'b')).toEqual([]);
    expect(elements(page.document, 'style')).toHaveLength(1);
    expect(elements(page.document).filter((element) => element.attrs?.some((attribute) => attribute.name.startsWith('on')))).toEqual([]);
  });

  it('shows each value exactly as written', () => {
    const all = text(page.document);
    for (const value of [hostile.facility.name, hostile.users[0]!.name, hostile.devices[0]!.model, '"><script>alert(2)</script>.yaml']) expect(all).toContain(value);
    const header = elements(page.document, 'th').find((th) => attr(th, 'title') !== undefined)!;
    expect(attr(header, 'title')).toBe('"><script>alert(2)</script>.yaml');
  });

  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('options', () => {
  it('masks names and e-mail local parts with --redact', () => {
    const { stdout } = html(['--redact', FINDINGS, EXCEPTIONS]);
    for (const personal of ['中村 誠', '小林 恵', '山本 翔太', '松本 理恵', '井上 さやか', 'Nakamura@', 'kobayashi@', 'matsumoto@']) expect(stdout).not.toContain(personal);
    expect(stdout).toContain('N***@midori-clinic.example.jp');
    expect(stdout).toContain('中*');
  });

  it('speaks Japanese with --lang ja', () => {
    const page = html(['--lang', 'ja', FINDINGS]);
    expect(attr(elements(page.document, 'html')[0]!, 'lang')).toBe('ja');
    expect(elements(page.document, 'h2').map(text).slice(0, 5)).toEqual(['概要', '抑止された指摘（承認済みの例外）', 'ガイドライン項目の確認状況', '立入検査のチェックリスト', '各ルールの根拠（第5版と現行の第6.0版）']);
    expect(tableAfter(elements(page.document, 'section')[0]!, '立入検査のチェックリスト')[4]!.slice(0, 2)).toEqual(['2⑦', 'パスワード（二要素認証または 13 文字以上なら定期変更は不要）「※二要素認証、または 13 文字以上の場合は定期的な変更は不要」案（マニュアル案で確認）']);
    expect(tableAfter(elements(page.document, 'section')[0]!, '各ルールの根拠（第5版と現行の第6.0版）').find((row) => row[0] === 'byod')).toEqual(['byod', '—', '6.9 B, D-4', '企9, 企Q-35']);
    expect(text(elements(page.document, 'section')[1]!)).toContain('エラー');
  });

  it('writes to a file with -o', () => {
    const run = runCli([...AS_OF, '-f', 'html', '-o', '/dev/null', CLEAN]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
  });
});

describe('a ledger that does not load', () => {
  it('gets its findings and a notice instead of users and devices; its items read "not checked"', () => {
    const page = html(['-', '--stdin-filename', 'broken.yaml'], { stdin: 'version: 1\nfacility: {name: x}\n' });
    const file = elements(page.document, 'section')[1]!;
    expect(tableAfter(file, 'Findings').slice(1).every((row) => row[3] === 'schema')).toBe(true);
    expect(text(byClass(file, 'notice')[0]!)).toContain('could not be read');
    expect(elements(file, 'h3').map(text)).toEqual(['Findings']);
    const coverage = tableAfter(elements(page.document, 'section')[0]!, 'Coverage of the guideline items');
    expect(coverage.find((row) => row[0] === 'C-8')!.at(-1)).toBe('– not checked (ledger format errors)');
  });
});

describe('renderHtml', () => {
  it('is a pure function of the model and the generation day', () => {
    const result = { asOf: '2026-11-24', files: [{ file: 'x.yaml', ...checkBytes(Buffer.from(JSON.stringify(cleanLedger())), { asOf: '2026-11-24', config: EMPTY_CONFIG }) }] };
    const model = presentReport(result, { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.0.0' });
    const first = renderHtml(model, { generatedOn: '2026-12-01' });
    expect(renderHtml(model, { generatedOn: '2026-12-01' })).toBe(first);
    expect(first).toContain('Generated: 2026-12-01');
  });
});

describe('coverage', () => {
  it('reads the guideline item a rule source cites', () => {
    expect(
      ['note 1', 'note', 'note 1 情報漏洩対策 3', 'note ウイルス感染対策 3', 'ウイルス感染対策 1', 'note 2-5', 'C-8', 'C-10', 'D-4', '6.9 B', 'ledger.md', 'note 3'].map(guidelineItemOf),
    ).toEqual(['note 1', 'note 1', 'note 1', 'note 1', 'note 1', 'note 2-5', 'C-8', 'C-10', 'D-4', '6.9 B', undefined, undefined]);
  });

  it('places every source of every rule in an item (only the schema and hidden-sheet cite ledger.md; 6.0 clauses are the edition in force, mapped in docs/guideline-map.md)', () => {
    const unplaced = RULES.flatMap((rule) =>
      rule.sources.filter((source) => guidelineItemOf(source) === undefined && !source.startsWith('6.0')).map((source) => `${rule.id}: ${source}`),
    );
    expect(unplaced).toEqual(['schema: ledger.md', 'hidden-sheet: ledger.md']);
    const known = new Set(GUIDELINE_ITEMS.map((item) => item.id));
    for (const rule of RULES) for (const source of rule.sources) if (guidelineItemOf(source)) expect(known.has(guidelineItemOf(source)!)).toBe(true);
  });

  it('derives each item\'s rules from the sources', () => {
    const rules = new Map(coverageRows().map((row) => [row.item.id, row.rules]));
    expect(rules.get('C-6')).toEqual(['startup-password', 'lock-password-strength']);
    expect(rules.get('D-2')).toEqual(['mfa']);
    expect(rules.get('C-10')).toEqual([]);
  });
});
