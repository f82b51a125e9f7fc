// The audit report's coverage is honest: info-level advice or suppressed findings alone read as passing
// with advice, a rule turned off is not a pass, and the report names the configuration file. JUnit
// skips rules that are off; SARIF lists them as disabled in the run's invocation.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import { checkBytes } from '../../src/engine/check-file';
import { presentReport } from '../../src/report/model';
import { renderHtml } from '../../src/reporters/html';
import { HTML_STYLE } from '../../src/reporters/html-style';
import { runCli } from '../helpers/cli';
import { EMPTY_CONFIG, cleanLedger } from '../helpers/ledger-fixture';
import { sarifValidator } from '../helpers/sarif';

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  value?: string;
}

const all = (node: HtmlNode): HtmlNode[] => (node.childNodes ?? []).flatMap((child) => [child, ...all(child)]);
const text = (node: HtmlNode): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join(''));
const classOf = (node: HtmlNode) => node.attrs?.find((attribute) => attribute.name === 'class')?.value ?? '';

/** Coverage rows as [item, status cell class, status cell text] (one file). */
function coverage(html: string): Array<[string, string, string]> {
  const document = parse(html) as unknown as HtmlNode;
  const table = all(document).find((node) => node.tagName === 'table' && classOf(node).includes('coverage'))!;
  const rows = all(table).filter((node) => node.tagName === 'tr').slice(1);
  return rows.map((row) => {
    const cells = (row.childNodes ?? []).filter((cell) => cell.tagName === 'td');
    const status = cells.at(-1)!;
    return [text(cells[0]!), classOf(status), text(status)];
  });
}

function configLine(html: string): string {
  const document = parse(html) as unknown as HtmlNode;
  return text(all(document).find((node) => classOf(node) === 'config')!);
}

/** A directory with the ledger (and a configuration file when given), as a user would have it. */
function workspace(ledger: object, config?: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'dokodemo-coverage-'));
  writeFileSync(join(directory, 'ledger.yaml'), JSON.stringify(ledger, null, 1));
  if (config !== undefined) writeFileSync(join(directory, '.dokodemo-check.yaml'), config);
  return directory;
}

function run(directory: string, format: string, lang = 'en') {
  return runCli(['--as-of', '2026-11-24', '-f', format, '--lang', lang, join(directory, 'ledger.yaml')], { cwd: directory });
}

const row = (rows: Array<[string, string, string]>, item: string) => rows.find(([id]) => id === item)!;

describe('info-level advice alone', () => {
  // A personal phone locked down by an administrator: byod (info) is the only finding, and check exits 0.
  const ledger = cleanLedger();
  ledger.devices[1]!.ownership = 'personal';
  ledger.devices[1]!.security.settings_admin_only = true;
  const directory = workspace(ledger);

  it('reads as passing with advice, not as failing', () => {
    const { code, stdout } = run(directory, 'html');
    expect(code).toBe(0);
    const rows = coverage(stdout);
    expect(row(rows, '6.9 B')).toEqual(['6.9 B', 'status-advisory', '✓ pass, with advicebyod']);
    expect(row(rows, 'D-4')).toEqual(['D-4', 'status-advisory', '✓ pass, with advicebyod']);
    expect(row(rows, 'C-8')).toEqual(['C-8', 'status-pass', '✓ pass']);
    expect(rows.filter(([, status]) => status === 'status-fail')).toEqual([]);
    expect(row(coverage(run(directory, 'html', 'ja').stdout), 'D-4')).toEqual(['D-4', 'status-advisory', '✓ 適合（助言あり）byod']);
  });

  it('a warning still fails the item', () => {
    const warned = cleanLedger();
    warned.devices[1]!.security.mfa = false;
    expect(row(coverage(run(workspace(warned), 'html').stdout), 'D-2')).toEqual(['D-2', 'status-fail', '✗ findingsmfa']);
  });

  it('--quiet lists errors only but does not turn a warning or advice into a pass', () => {
    const warned = cleanLedger();
    warned.devices[1]!.security.mfa = false;
    const quiet = (dir: string) => coverage(runCli(['--as-of', '2026-11-24', '-f', 'html', '--lang', 'en', '--quiet', join(dir, 'ledger.yaml')], { cwd: dir }).stdout);
    expect(row(quiet(workspace(warned)), 'D-2')).toEqual(['D-2', 'status-fail', '✗ findingsmfa']);
    expect(row(quiet(directory), 'D-4')).toEqual(['D-4', 'status-advisory', '✓ pass, with advicebyod']);
    const document = parse(runCli(['--as-of', '2026-11-24', '-f', 'html', '--lang', 'en', '--quiet', join(directory, 'ledger.yaml')], { cwd: directory }).stdout) as unknown as HtmlNode;
    expect(text(all(document).find((node) => classOf(node) === 'quiet')!)).toBe('--quiet: only errors are listed; 1 warning or info finding is left out of the lists but counted in the coverage table.');
  });

  it('a finding an exception suppresses alone reads as passing with advice', () => {
    const excepted = cleanLedger();
    excepted.devices[0]!.security.antivirus = false;
    excepted.exceptions = [{ rule: 'antivirus', target: excepted.devices[0]!.id, reason: '更新中', approved_by: '佐藤 由美', approved_on: '2026-11-01', expires: '2026-12-31' }];
    const { code, stdout } = run(workspace(excepted), 'html');
    expect(code).toBe(0);
    expect(row(coverage(stdout), 'C-8')).toEqual(['C-8', 'status-advisory', '✓ pass, with adviceantivirus']);
  });

  it('says no configuration file was used', () => {
    expect(configLine(run(directory, 'html').stdout)).toBe('Configuration file: none (built-in defaults) · Rules turned off: none');
  });
});

describe('rules turned off in the configuration', () => {
  const ledger = cleanLedger();
  ledger.devices[0]!.security.antivirus = false; // antivirus is off: no finding, and C-8 must not read "pass"
  const directory = workspace(ledger, 'rules:\n  mfa: off\n  antivirus: off\n');

  it('an item whose rules are all off is not checked; one with some off says which', () => {
    const { code, stdout } = run(directory, 'html');
    expect(code).toBe(0);
    const rows = coverage(stdout);
    expect(row(rows, 'D-2')).toEqual(['D-2', 'status-unchecked', '– not checked (rules turned off)']);
    expect(row(rows, 'C-8')).toEqual(['C-8', 'status-pass', '✓ passturned off (not checked): antivirus']);
    expect(row(coverage(run(directory, 'html', 'ja').stdout), 'D-2')).toEqual(['D-2', 'status-unchecked', '– 未確認（ルールを無効化）']);
  });

  it('names the configuration file and the rules it turned off', () => {
    expect(configLine(run(directory, 'html').stdout)).toBe(`Configuration file: ${join(directory, '.dokodemo-check.yaml')} · Rules turned off: antivirus, mfa`);
  });

  it('JUnit marks them skipped, with the reason', () => {
    const xml = run(directory, 'junit').stdout;
    const configPath = join(directory, '.dokodemo-check.yaml');
    const ledgerPath = join(directory, 'ledger.yaml');
    expect(xml).toContain(
      `    <testcase classname="${ledgerPath}" name="antivirus">\n      <skipped message="not checked: the rule is turned off in the configuration (${configPath})"/>\n    </testcase>`,
    );
    expect(xml).toContain(`<testcase classname="${ledgerPath}" name="mfa">\n      <skipped message=`);
    expect(xml).toMatch(/<testsuite name="[^"]+" tests="\d+" failures="0" errors="0" skipped="2">/);
    expect(run(directory, 'junit', 'ja').stdout).toContain(`<skipped message="設定で無効にされているため、このルールは検査していません（${configPath}）"/>`);
  });

  it('SARIF lists them as disabled in the run, and still validates against SARIF 2.1.0', () => {
    const log = JSON.parse(run(directory, 'sarif').stdout);
    expect(sarifValidator()(log)).toBe(true);
    const rules = log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        ruleConfigurationOverrides: [
          { descriptor: { id: 'antivirus', index: rules.indexOf('antivirus') }, configuration: { enabled: false } },
          { descriptor: { id: 'mfa', index: rules.indexOf('mfa') }, configuration: { enabled: false } },
        ],
        properties: {
          configurationFiles: [pathToFileURL(join(directory, '.dokodemo-check.yaml')).href], // outside the working folder: a file URI, as artifact URIs are
          configurations: [{ file: pathToFileURL(join(directory, 'ledger.yaml')).href, config: pathToFileURL(join(directory, '.dokodemo-check.yaml')).href }],
        },
      },
    ]);
  });

  it('SARIF without a configuration file has no overrides', () => {
    const directory = workspace(cleanLedger());
    const log = JSON.parse(run(directory, 'sarif').stdout);
    const configurations = [{ file: pathToFileURL(join(directory, 'ledger.yaml')).href, config: null }];
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true, properties: { configurationFiles: [], configurations } }]);
  });
});

it('styles each status apart, so the marks differ in colour as well as in words', () => {
  for (const status of ['pass', 'advisory', 'fail', 'unchecked', 'none']) expect(HTML_STYLE).toMatch(new RegExp(`\\.status-${status} \\{ [^}]*color: var\\(--`));
});

it('names each file\'s configuration when the files were checked with different ones', () => {
  const checked = checkBytes(Buffer.from(JSON.stringify(cleanLedger())), { asOf: '2026-11-24', config: EMPTY_CONFIG });
  const model = presentReport({ asOf: '2026-11-24', files: [{ file: 'a.yaml', ...checked }, { file: 'b.yaml', ...checked }] }, { lang: 'en', redact: false, quiet: false, failOn: 'error', version: 't' });
  model.files[1] = { ...model.files[1]!, config: 'b/.dokodemo-check.yaml', disabledRules: ['mfa'] };
  const document = parse(renderHtml(model, { generatedOn: '2026-11-24' })) as unknown as HtmlNode;
  const list = all(document).find((node) => node.tagName === 'ul' && classOf(node) === 'config')!;
  expect(all(list).filter((node) => node.tagName === 'li').map(text)).toEqual([
    '#1: Configuration file: none (built-in defaults) · Rules turned off: none',
    '#2: Configuration file: b/.dokodemo-check.yaml · Rules turned off: mfa',
  ]);
  // The last column is file #2, where mfa (D-2's only rule) is off.
  expect(row(coverage(renderHtml(model, { generatedOn: '2026-11-24' })), 'D-2')).toEqual(['D-2', 'status-unchecked', '– not checked (rules turned off)']);
});
