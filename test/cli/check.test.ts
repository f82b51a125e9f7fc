import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import stringWidth from 'string-width';
import { runCli } from '../helpers/cli';
import type { YamlJsonFinding as JsonFinding } from '../helpers/json-report';

const AS_OF = ['--as-of', '2026-11-24'];
const FINDINGS = 'examples/clinic-with-findings.yaml';
const CLEAN = 'examples/home-nursing-clean.yaml';
const EXCEPTIONS = 'examples/visiting-nurse-exceptions.yaml';
const GOLDEN = join(__dirname, '..', 'golden');

function json(args: string[]) {
  const run = runCli([...AS_OF, '-f', 'json', ...args]);
  return { ...run, report: JSON.parse(run.stdout) };
}

function valueAt(document: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

describe('check --format json', () => {
  it('matches the golden report byte for byte', () => {
    const run = runCli([...AS_OF, '-f', 'json', FINDINGS, CLEAN, EXCEPTIONS]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(readFileSync(join(GOLDEN, 'examples.json'), 'utf8'));
  });

  it('points every finding at the node its path names (checked with an independent parser)', () => {
    for (const file of [FINDINGS, EXCEPTIONS]) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const document = load(text, { schema: CORE_SCHEMA });
      for (const finding of json([file]).report.files[0].findings as JsonFinding[]) {
        const value = valueAt(document, finding.path);
        const at = lines[finding.line - 1]!.slice(finding.column - 1);
        if (value === null) expect(at).toMatch(/^(null|~|$)/);
        else if (typeof value !== 'object') expect(at.startsWith(String(value))).toBe(true);
        else if (Array.isArray(value)) expect(at).toMatch(/^(\[|- )/);
        else expect(at.startsWith('{') || at.startsWith(Object.keys(value as object)[0]!)).toBe(true);
      }
    }
  });

  it('sorts findings by line, then column, then rule id', () => {
    const findings = json([FINDINGS]).report.files[0].findings as JsonFinding[];
    const keys = findings.map((f) => [f.line, f.column, f.ruleId] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(keys).toEqual(sorted);
    expect(findings.filter((f) => f.path === '/devices/1/security/patient_data_stored').map((f) => f.ruleId)).toEqual([
      'encryption',
      'patient-data-on-device',
      'wipe-after-failed-attempts',
    ]);
  });

  it('marks suppressed findings and does not count them', () => {
    const { code, report } = json([EXCEPTIONS]);
    expect(code).toBe(0);
    const suppressed = report.files[0].findings.filter((f: JsonFinding) => f.suppressed);
    expect(suppressed.map((f: JsonFinding & { suppression: unknown }) => [f.ruleId, f.target, f.suppression])).toEqual([
      ['public-wireless-lan', 'HW-TB-01', { reason: '訪問先に携帯電話の電波がなく公衆無線 LAN しか使えないため、常時 VPN を条件に承認（ガイドライン 6.9 C-8）', approvedBy: '松本 理恵', expires: '2027-03-31' }],
      ['privacy-filter', 'HW-TB-01', { reason: '覗き見防止フィルタを発注済み（12 月納品予定）', approvedBy: '松本 理恵', expires: '2026-12-31' }],
    ]);
    expect(report.summary).toEqual({ files: 1, error: 0, warning: 1, info: 0, suppressed: 2 });
  });

  it('changes only the message with --lang', () => {
    const en = json(['--lang', 'en', FINDINGS]).report;
    const ja = json(['--lang', 'ja', FINDINGS]).report;
    const withoutMessages = (report: { files: Array<{ findings: Array<Record<string, unknown>> }> }) =>
      report.files.map((file) => file.findings.map(({ message: _message, ...rest }) => rest));
    expect(withoutMessages(ja)).toEqual(withoutMessages(en));
    expect(ja.files[0].findings[0].message).not.toBe(en.files[0].findings[0].message);
  });

  it('reports yaml-syntax and schema findings with positions and exit 1', () => {
    const broken = runCli([...AS_OF, '-f', 'json', '-', '--stdin-filename', 'broken.yaml'], { stdin: 'version: 1\nversion: 1\n' });
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).files[0]).toEqual({
      file: 'broken.yaml',
      config: null,
      findings: [
        {
          ruleId: 'yaml-syntax',
          severity: 'error',
          message: 'The same key appears twice in this mapping. Remove one of them',
          path: '',
          line: 2,
          column: 1,
          target: null,
          suppressed: false,
          sources: [],
        },
      ],
      summary: { facility: null, error: 1, warning: 0, info: 0, suppressed: 0, overdue: null },
    });
    const invalid = json(['-', '--stdin-filename', 'x.yaml']);
    expect(invalid.report.files[0].findings.map((f: JsonFinding) => f.ruleId)).toEqual(['schema']);
  });
});

describe('a ledger with %TAG !!, tab lines and an empty list item (read on the fast path since 2026-11-26)', () => {
  const findingsOf = (text: string) => {
    const run = runCli([...AS_OF, '-f', 'json', '-', '--stdin-filename', 'ledger.yaml'], { stdin: text });
    return (JSON.parse(run.stdout).files[0].findings as JsonFinding[]).map(({ ruleId, path, line, column }) => ({ ruleId, path, line, column }));
  };

  it('gives the same findings, two lines lower, as the ledger without them', () => {
    const text = readFileSync(FINDINGS, 'utf8');
    const plain = findingsOf(`${text}x-list:\n  -\n  - a\n`);
    const edited = findingsOf(`%TAG !! tag:yaml.org,2002:\n---\n${text.replace(/^\n/gm, '\t\n').replace(/^( *)#/gm, '$1\t#')}x-list:\n  -\n\t\n  - a\n  \t# end\n`);
    expect(plain.length).toBeGreaterThan(5);
    expect(edited).toEqual(plain.map((finding) => ({ ...finding, line: finding.line + 2 })));
  });
});

describe('exit codes and thresholds', () => {
  it.each([
    [[CLEAN], 0],
    [[FINDINGS], 1],
    [['--fail-on', 'none', FINDINGS], 0],
    [[EXCEPTIONS], 0],
    [['--fail-on', 'warning', EXCEPTIONS], 1],
    [['--fail-on', 'info', CLEAN], 0],
  ])('%j → %i', (args, code) => {
    expect(runCli([...AS_OF, ...args]).code).toBe(code);
  });

  it('--quiet reports errors only and ignores warnings for the exit code', () => {
    const { report, code } = json(['--quiet', '--fail-on', 'warning', EXCEPTIONS]);
    expect(report.files[0].findings.map((f: JsonFinding) => [f.ruleId, f.suppressed])).toEqual([['public-wireless-lan', true]]);
    expect(code).toBe(0);
    const errors = json(['--quiet', FINDINGS]).report.files[0].findings as Array<{ severity: string }>;
    expect(new Set(errors.map((f) => f.severity))).toEqual(new Set(['error']));
  });
});

describe('check --format table', () => {
  it('says a clean file is clean in one line', () => {
    expect(runCli([...AS_OF, CLEAN], { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toBe(`${CLEAN}: ✔ 問題はありません\n`);
    expect(runCli([...AS_OF, CLEAN]).stdout).toBe(`${CLEAN}: ✔ No problems found\n`);
  });

  it('aligns columns by display width with full-width Japanese', () => {
    const { stdout } = runCli([...AS_OF, '--lang', 'ja', FINDINGS]);
    const [header, ...rows] = stdout.split('\n').filter((line) => line.startsWith('  '));
    // The display column where each character starts (full-width characters take two).
    const displayStarts = (line: string) => {
      const starts = new Map<number, string>();
      let width = 0;
      for (const character of line) {
        starts.set(width, character);
        width += stringWidth(character);
      }
      return starts;
    };
    const headerStarts = displayStarts(header!);
    const columnStarts = ['重', '行', '対', 'ル', 'メ'].map((label) => [...headerStarts].find(([, c]) => c === label)![0]);
    expect(columnStarts).toEqual([2, 10, 18, 29, 57]);
    expect(rows.some((row) => row.includes('中村 誠'))).toBe(true);
    for (const row of rows) {
      const starts = displayStarts(row);
      for (const column of columnStarts) {
        expect(starts.get(column)).toMatch(/\S/);
        expect(starts.get(column - 1)).toBe(' ');
      }
    }
  });

  it('ends with the summary line and uses no colour off a terminal', () => {
    const { stdout } = runCli([...AS_OF, '--lang', 'ja', FINDINGS, EXCEPTIONS]);
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout.trimEnd().split('\n').pop()).toBe('✖ 32 件 (エラー 18, 警告 12, 情報 2), 抑止 2');
  });

  it('colours on a terminal, unless NO_COLOR or --no-color; FORCE_COLOR forces it', () => {
    expect(runCli([...AS_OF, FINDINGS], { tty: true }).stdout).toMatch(/\u001b\[31m/);
    expect(runCli([...AS_OF, FINDINGS], { tty: true, env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli([...AS_OF, '--no-color', FINDINGS], { tty: true }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli([...AS_OF, FINDINGS], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[31m/);
  });
});

describe('README', () => {
  it('shows the real output of the findings example', () => {
    const readme = readFileSync('README.md', 'utf8');
    const command = '$ npx dokodemo-check examples/clinic-with-findings.yaml --as-of 2026-11-24 --lang ja\n';
    const start = readme.indexOf(command) + command.length;
    const shown = readme.slice(start, readme.indexOf('```', start));
    expect(shown).toBe(runCli([...AS_OF, '--lang', 'ja', FINDINGS]).stdout);
  });
});
