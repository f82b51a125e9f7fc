// Every format from one report model, checked by its consumer's own schema or parser.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { presentReport } from '../../src/report/model';
import type { ReportModel } from '../../src/report/model';
import { artifactUri } from '../../src/reporters/sarif';
import { escapeData, escapeProperty } from '../../src/reporters/github';
import { loadReporter } from '../../src/reporters';
import { RULES } from '../../src/rules';
import type { CheckResult, LocatedFinding } from '../../src/types';
import { runCli } from '../helpers/cli';
import { sarifValidator } from '../helpers/sarif';

const AS_OF = ['--as-of', '2026-11-24'];
const EXAMPLES = ['examples/clinic-with-findings.yaml', 'examples/home-nursing-clean.yaml', 'examples/visiting-nurse-exceptions.yaml'];

function finding(overrides: Partial<LocatedFinding>): LocatedFinding {
  return {
    ruleId: 'antivirus',
    severity: 'error',
    path: ['devices', 0, 'security', 'antivirus'],
    position: { line: 3, column: 5 },
    target: { kind: 'device', id: 'PC,1', label: 'PC,1' },
    message: { ja: '{value}', en: '{value}' },
    data: { value: 'a|b <script>alert(1)</script> 100% done: yes\nnext line & "quotes" \u0001' },
    sources: ['note 1'],
    ...overrides,
  };
}

/** A hostile model: every character each format must escape, a suppressed finding, a clean file. */
function hostileModel(): ReportModel {
  const result: CheckResult = {
    asOf: '2026-11-24',
    files: [
      {
        file: 'ledgers/台帳 1,a:b.yaml',
        findings: [
          finding({}),
          finding({ ruleId: 'mfa', severity: 'warning', position: { line: 4, column: 1 } }),
          finding({ ruleId: 'byod', severity: 'info', position: { line: 5, column: 1 }, suppression: { reason: '理由 | <b>', approvedBy: '松本', expires: '2027-03-31' } }),
        ],
      },
      { file: 'clean.yaml', findings: [] },
    ],
  };
  return presentReport(result, { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.0.0' });
}

function render(format: string, model: ReportModel): string {
  return loadReporter(format)!(model, { color: false, cwd: process.cwd() });
}

describe('sarif', () => {
  const validate = sarifValidator();

  it('validates against the official SARIF 2.1.0 schema, for the examples and for hostile text', () => {
    const fromCli = JSON.parse(runCli([...AS_OF, '-f', 'sarif', ...EXAMPLES]).stdout);
    for (const log of [fromCli, JSON.parse(render('sarif', hostileModel()))]) {
      expect(validate(log) ? [] : validate.errors).toEqual([]);
    }
  });

  it('lists every rule and points results at rule, file, line and column', () => {
    const log = JSON.parse(runCli([...AS_OF, '-f', 'sarif', ...EXAMPLES]).stdout);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'byod').defaultConfiguration).toEqual({ level: 'note' });
    const antivirus = run.results.find((result: { ruleId: string }) => result.ruleId === 'antivirus');
    expect(antivirus).toMatchObject({
      level: 'error',
      ruleIndex: RULES.findIndex((rule) => rule.id === 'antivirus'),
      locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/clinic-with-findings.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 60, startColumn: 18 } } }],
    });
    const suppressed = run.results.filter((result: { suppressions?: unknown }) => result.suppressions);
    expect(suppressed.map((result: { ruleId: string; suppressions: Array<{ kind: string; justification: string }> }) => [result.ruleId, result.suppressions[0]!.kind])).toEqual([
      ['public-wireless-lan', 'external'],
      ['privacy-filter', 'external'],
    ]);
  });

  it('places a workbook finding at line 1 with its cell in the message, a logical location, the properties and the fingerprint; standard input by name', () => {
    const result: CheckResult = {
      asOf: '2026-11-24',
      files: [
        {
          file: '<stdin>',
          findings: [finding({ ruleId: 'mfa', severity: 'info', position: { line: 7, column: 2, cell: { sheet: '端末', ref: 'H3', sheetIndex: 2 } }, data: { value: 'm' } })],
          config: { rules: { byod: { severity: 'off', options: {} }, antivirus: { severity: 'off', options: {} } } },
        },
        { file: 'b.yaml', findings: [], config: { rules: { byod: { severity: 'off', options: {} } } } },
      ],
    };
    const model = presentReport(result, { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.0.0' });
    const json = JSON.parse(render('json', model));
    expect(json.files[0].findings[0]).toEqual({
      ruleId: 'mfa', severity: 'info', message: 'm', path: '/devices/0/security/antivirus', line: null, column: null, sheet: '端末', cell: 'H3',
      target: 'PC,1', suppressed: false, sources: ['note 1'],
    });
    const run = JSON.parse(render('sarif', model)).runs[0];
    const mfa = RULES.findIndex((rule) => rule.id === 'mfa');
    expect(run.results[0]).toEqual({
      ruleId: 'mfa', ruleIndex: mfa, level: 'note', message: { text: 'm [端末!H3]' },
      locations: [{ physicalLocation: { artifactLocation: { uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } }, logicalLocations: [{ name: 'H3', fullyQualifiedName: '端末!H3', kind: 'element' }] }],
      properties: { path: '/devices/0/security/antivirus', target: 'PC,1', sources: ['note 1'], sheet: '端末', cell: 'H3' },
      partialFingerprints: { primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{32}$/) },
    });
    const byod = RULES.findIndex((rule) => rule.id === 'byod');
    const antivirus = RULES.findIndex((rule) => rule.id === 'antivirus');
    expect(run.invocations[0].ruleConfigurationOverrides).toEqual([
      { descriptor: { id: 'antivirus', index: antivirus }, configuration: { enabled: false }, properties: { files: ['%3Cstdin%3E'] } },
      { descriptor: { id: 'byod', index: byod }, configuration: { enabled: false } },
    ].sort((a, b) => a.descriptor.index - b.descriptor.index));
    expect(run.tool.driver.rules[mfa]).toMatchObject({
      name: 'Mfa',
      fullDescription: { text: `${RULES[mfa]!.description.en}\n${RULES[mfa]!.help.en}` },
      defaultConfiguration: { level: 'warning' },
      properties: { category: RULES[mfa]!.category, sources: [...RULES[mfa]!.sources], tags: ['compliance', RULES[mfa]!.category] },
    });
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'lost-device-incident').name).toBe('LostDeviceIncident');
  });

  it('makes artifact URIs relative, with forward slashes and percent-encoding', () => {
    expect(artifactUri('/repo/ledgers/台帳 1.yaml', '/repo')).toBe('ledgers/%E5%8F%B0%E5%B8%B3%201.yaml');
    expect(artifactUri('<stdin>', '/repo')).toBe('%3Cstdin%3E');
    expect(artifactUri('-', '/repo')).toBe('-');
    expect([artifactUri('/repo', '/repo'), artifactUri('/', '/repo'), artifactUri('/elsewhere/a b.yaml', '/repo')]).toEqual(['file:///repo', 'file:///', 'file:///elsewhere/a%20b.yaml']);
  });
});

describe('junit', () => {
  it.each([
    ['test/fixtures/bad/duplicate-keys.yaml', ['yaml-syntax'], 'yaml-syntax'],
    ['test/fixtures/bad/top-level-list.yaml', ['yaml-syntax', 'schema'], 'schema'],
  ])('skips the rules that could not run on %s', (file, ran, failing) => {
    const xml = runCli([...AS_OF, '-f', 'junit', file]).stdout;
    const suite = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' }).parse(xml).testsuites.testsuite;
    const skipped = suite.testcase.filter((testcase: Record<string, unknown>) => 'skipped' in testcase).map((testcase: Record<string, string>) => testcase['@_name']);
    expect(skipped).toEqual(RULES.map((rule) => rule.id).filter((id) => !ran.includes(id)));
    expect(suite['@_skipped']).toBe(String(RULES.length - ran.length));
    expect(suite.testcase.find((testcase: Record<string, string>) => testcase['@_name'] === failing).failure).toBeDefined();
    expect(suite.testcase.find((testcase: Record<string, unknown>) => 'skipped' in testcase).skipped['@_message']).toBe('not checked: the file has YAML syntax or schema problems');
  });

  it('is well-formed XML with a suite per file, a case per rule and a failure per failing finding', () => {
    const xml = render('junit', hostileModel());
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suites = parsed.testsuites.testsuite;
    expect(parsed.testsuites).toMatchObject({ tests: String(RULES.length * 2), failures: '1' });
    expect(suites.map((suite: { name: string; tests: string; failures: string }) => [suite.name, suite.tests, suite.failures])).toEqual([
      ['ledgers/台帳 1,a:b.yaml', String(RULES.length), '1'],
      ['clean.yaml', String(RULES.length), '0'],
    ]);
    const antivirus = suites[0].testcase.find((testcase: { name: string }) => testcase.name === 'antivirus');
    expect(antivirus.failure).toMatchObject({ type: 'error', message: 'a|b <script>alert(1)</script> 100% done: yes\\nnext line & "quotes" \\x01' });
    const mfa = suites[0].testcase.find((testcase: { name: string }) => testcase.name === 'mfa');
    expect(mfa.failure).toBeUndefined();
    expect(mfa['system-out']).toMatch(/^warning: 4:1 PC,1 a\|b/);
  });

  it('writes exactly these lines: declaration, suites, a case per rule, failures, system-out, skips', () => {
    const result: CheckResult = {
      asOf: '2026-11-24',
      files: [
        {
          file: 'a.yaml',
          findings: [
            finding({ data: { value: "it's" } }),
            finding({ ruleId: 'mfa', severity: 'warning', target: undefined, data: { value: 'w1' } }),
            finding({ ruleId: 'mfa', severity: 'info', position: { line: 7, column: 2, cell: { sheet: '端末', ref: 'H3', sheetIndex: 2 } }, data: { value: 'w2' }, suppression: { reason: 'ok', approvedBy: 'x', expires: '2027-01-01' } }),
          ],
          config: { rules: { byod: { severity: 'off', options: {} } } },
        },
        { file: 'b.yaml', findings: [finding({ ruleId: 'yaml-syntax', data: { value: 'bad' } })] },
      ],
    };
    const lines = render('junit', presentReport(result, { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.0.0' })).split('\n');
    const caseOf = (file: string, rule: string) => lines.slice(lines.findIndex((line) => line.includes(`classname="${file}" name="${rule}"`))).slice(0, 4);
    expect(lines.slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="dokodemo-check" tests="${RULES.length * 2}" failures="2" errors="0">`,
      `  <testsuite name="a.yaml" tests="${RULES.length}" failures="1" errors="0" skipped="1">`,
    ]);
    expect(lines.slice(-4)).toEqual(['    </testcase>', '  </testsuite>', '</testsuites>', '']);
    expect(caseOf('a.yaml', 'admin-is-user')[0]).toBe('    <testcase classname="a.yaml" name="admin-is-user"/>');
    expect(caseOf('a.yaml', 'antivirus').slice(0, 3)).toEqual([
      '    <testcase classname="a.yaml" name="antivirus">',
      '      <failure message="it&apos;s" type="error">3:5 PC,1 it&apos;s</failure>',
      '    </testcase>',
    ]);
    expect(caseOf('a.yaml', 'mfa')).toEqual([
      '    <testcase classname="a.yaml" name="mfa">',
      '      <system-out>warning: 3:5 - w1',
      'info: 端末!H3 PC,1 w2 [suppressed: ok]</system-out>',
      '    </testcase>',
    ]);
    expect(caseOf('a.yaml', 'byod').slice(0, 3)).toEqual([
      '    <testcase classname="a.yaml" name="byod">',
      '      <skipped message="not checked: the rule is turned off in the configuration (no configuration file)"/>',
      '    </testcase>',
    ]);
    expect(lines).toContain(`  <testsuite name="b.yaml" tests="${RULES.length}" failures="1" errors="0" skipped="${RULES.length - 1}">`);
    expect(caseOf('b.yaml', 'antivirus')[1]).toBe('      <skipped message="not checked: the file has YAML syntax or schema problems"/>');
  });

  it('counts warnings as failures with --fail-on warning', () => {
    const xml = runCli([...AS_OF, '-f', 'junit', '--fail-on', 'warning', 'examples/visiting-nurse-exceptions.yaml']).stdout;
    expect(xml).toContain(`<testsuites name="dokodemo-check" tests="${RULES.length}" failures="1" errors="0">`);
  });
});

describe('github', () => {
  it('writes one escaped workflow command per finding', () => {
    const lines = render('github', hostileModel()).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,title=[^,:]*::[^\r\n]*$/);
    expect(lines[0]).toBe(
      '::error file=ledgers/台帳 1%2Ca%3Ab.yaml,line=3,col=5,title=antivirus::a|b <script>alert(1)</script> 100%25 done: yes\\nnext line & "quotes" \\x01',
    );
    expect(lines[2]).toMatch(/^::notice file=.*,title=byod \(suppressed\)::.* \[suppressed: 理由 \| <b>\]$/);
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('markdown', () => {
  it('escapes cells so every row has the header’s number of columns', () => {
    const text = render('markdown', hostileModel());
    const rows = text.split('\n').filter((line) => line.startsWith('|'));
    const columns = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    // The facilities' summary has six columns, each file's findings five.
    const summary = text.slice(text.indexOf('### By facility'), text.indexOf('\n\n### ', text.indexOf('### By facility')));
    const summaryRows = summary.split('\n').filter((line) => line.startsWith('|'));
    expect(new Set(summaryRows.map(columns))).toEqual(new Set([8]));
    expect(new Set(rows.filter((line) => !summaryRows.includes(line)).map(columns))).toEqual(new Set([7]));
    expect(text).not.toContain('<script>');
    expect(text).toContain('✔ No problems found');
    expect(text.split('\n')[0]).toBe('## dokodemo-check (2026-11-24)');
  });

  it('writes the Japanese headings with --lang ja', () => {
    const text = runCli([...AS_OF, '-f', 'markdown', '--lang', 'ja', 'examples/clinic-with-findings.yaml']).stdout;
    expect(text).toContain('| 重大度 | 行:列 | 対象 | ルール | メッセージ |');
    expect(text).toContain('✖ 31 件 (エラー 18, 警告 11, 情報 2), 抑止 0 — 1 ファイル');
  });
});

describe('every format on bad input', () => {
  it.each(['table', 'json', 'sarif', 'junit', 'github', 'markdown'])('%s reports a broken file and exits 1', (format) => {
    const run = runCli([...AS_OF, '-f', format, '-', '--stdin-filename', 'broken.yaml'], { stdin: 'a: [\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('yaml-syntax');
    if (format === 'json' || format === 'sarif') expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
