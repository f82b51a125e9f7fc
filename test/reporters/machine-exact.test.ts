// The machine-read formats (json, sarif, junit, github) pinned exactly on report models built in-process:
// suppression, baseline states, workbook cells, several files, left-out entries, the roll-up, empty reports.
// Each module is loaded afresh in each test (see fresh), so that its module-level tables count for the test.
import { freshPerTest } from '../helpers/fresh';
import { reportFile, reportFinding, reportModel, suppressedFinding } from '../helpers/report-model';
import type { ReportLeftOut, ReportModel } from '../../src/report/model';

const jsonModule = freshPerTest(() => require('../../src/reporters/json') as typeof import('../../src/reporters/json'));
const sarifModule = freshPerTest(() => require('../../src/reporters/sarif') as typeof import('../../src/reporters/sarif'));
const junitModule = freshPerTest(() => require('../../src/reporters/junit') as typeof import('../../src/reporters/junit'));
const githubModule = freshPerTest(() => require('../../src/reporters/github') as typeof import('../../src/reporters/github'));

const CWD = '/repo';

function leftOut(overrides: Partial<ReportLeftOut> = {}): ReportLeftOut {
  return { path: '/users/3', line: 20, column: 3, target: 'u3', targetLabel: '佐藤', ...overrides };
}

/** Two files: one with a plain, a suppressed and a baseline finding; a workbook with two findings of one rule in one cell. */
function mixedModel(): ReportModel {
  const model = reportModel([
    reportFile('ledgers/a.yaml', [
      reportFinding({ baselineState: 'new' }),
      suppressedFinding({ ruleId: 'mfa', severity: 'warning', line: 14, column: 7, message: 'Turn on MFA', baselineState: 'unchanged' }),
      reportFinding({ ruleId: 'byod', severity: 'info', line: 16, column: 1, message: 'BYOD note', failing: false, baselineState: 'unchanged' }),
    ], { config: 'conf/a.yml', facility: 'Clinic A', overdue: 2 }),
    reportFile('ledgers/b.xlsx', [
      reportFinding({ line: null, column: null, sheet: '端末', cell: 'F12', path: '/devices/0/security/antivirus' }),
      reportFinding({ line: null, column: null, sheet: '端末', cell: 'F12', path: '/devices/1/security/antivirus', target: 'PC-02', targetLabel: 'PC-02' }),
    ], { leftOut: [leftOut({ line: null, column: null, sheet: '利用者', cell: 'A4' })], facility: null, overdue: null }),
  ]);
  model.baseline = { new: 3, unchanged: 2, absent: 1 };
  return model;
}

describe('json', () => {
  test('every finding, the per-file summary, leftOut and the roll-up, in the contract order', () => {
    const data = jsonModule().reportJson(mixedModel());
    expect(JSON.stringify(data)).toBe(JSON.stringify({
      formatVersion: 1,
      tool: { name: 'dokodemo-check', version: '1.2.3' },
      asOf: '2026-11-24',
      files: [
        {
          file: 'ledgers/a.yaml',
          config: 'conf/a.yml',
          findings: [
            { ruleId: 'antivirus', severity: 'error', message: 'Install antivirus software on PC-01', path: '/devices/0/security/antivirus', line: 12, column: 5, target: 'PC-01', suppressed: false, sources: ['note 1'], baselineState: 'new' },
            { ruleId: 'mfa', severity: 'warning', message: 'Turn on MFA', path: '/devices/0/security/antivirus', line: 14, column: 7, target: 'PC-01', suppressed: true, suppression: { reason: 'VPN only', approvedBy: '松本 理恵', expires: '2027-03-31' }, sources: ['note 1'], baselineState: 'unchanged' },
            { ruleId: 'byod', severity: 'info', message: 'BYOD note', path: '/devices/0/security/antivirus', line: 16, column: 1, target: 'PC-01', suppressed: false, sources: ['note 1'], baselineState: 'unchanged' },
          ],
          summary: { facility: 'Clinic A', error: 1, warning: 0, info: 1, suppressed: 1, overdue: 2 },
        },
        {
          file: 'ledgers/b.xlsx',
          config: null,
          findings: [
            { ruleId: 'antivirus', severity: 'error', message: 'Install antivirus software on PC-01', path: '/devices/0/security/antivirus', line: null, column: null, sheet: '端末', cell: 'F12', target: 'PC-01', suppressed: false, sources: ['note 1'] },
            { ruleId: 'antivirus', severity: 'error', message: 'Install antivirus software on PC-01', path: '/devices/1/security/antivirus', line: null, column: null, sheet: '端末', cell: 'F12', target: 'PC-02', suppressed: false, sources: ['note 1'] },
          ],
          summary: { facility: null, error: 2, warning: 0, info: 0, suppressed: 0, overdue: null },
          leftOut: [{ path: '/users/3', line: null, column: null, sheet: '利用者', cell: 'A4', target: 'u3' }],
        },
      ],
      summary: { files: 2, error: 3, warning: 0, info: 1, suppressed: 1 },
      baseline: { new: 3, unchanged: 2, absent: 1 },
    }));
  });

  test('a left-out entry of a YAML ledger has no sheet; the rendered text ends in one newline', () => {
    const model = reportModel([reportFile('a.yaml', [], { leftOut: [leftOut()] })]);
    const text = jsonModule().default(model, { color: false });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).files[0].leftOut).toStrictEqual([{ path: '/users/3', line: 20, column: 3, target: 'u3' }]);
    expect(Object.keys(JSON.parse(text).files[0])).toStrictEqual(['file', 'config', 'findings', 'summary', 'leftOut']);
    expect((jsonModule().reportJson(model) as { files: { leftOut: object[] }[] }).files[0]!.leftOut).toStrictEqual([{ path: '/users/3', line: 20, column: 3, target: 'u3' }]);
  });

  test('reportJson (which the due report embeds) has no key for an absent sheet, suppression or baseline state', () => {
    const data = jsonModule().reportJson(mixedModel()) as { files: { findings: Record<string, unknown>[] }[] };
    expect(data.files.map((file) => file.findings.map((finding) => Object.keys(finding).join(',')))).toStrictEqual([
      ['ruleId,severity,message,path,line,column,target,suppressed,sources,baselineState', 'ruleId,severity,message,path,line,column,target,suppressed,suppression,sources,baselineState', 'ruleId,severity,message,path,line,column,target,suppressed,sources,baselineState'],
      ['ruleId,severity,message,path,line,column,sheet,cell,target,suppressed,sources', 'ruleId,severity,message,path,line,column,sheet,cell,target,suppressed,sources'],
    ]);
    expect(Object.keys(jsonModule().reportJson(reportModel([reportFile('a.yaml', [])])))).toStrictEqual(['formatVersion', 'tool', 'asOf', 'files', 'summary']);
  });

  test('an empty report: no files, zero counts, no baseline key', () => {
    expect(jsonModule().default(reportModel([]), { color: false })).toBe(`${JSON.stringify({ formatVersion: 1, tool: { name: 'dokodemo-check', version: '1.2.3' }, asOf: '2026-11-24', files: [], summary: { files: 0, error: 0, warning: 0, info: 0, suppressed: 0 } }, null, 2)}\n`);
  });
});

describe('github', () => {
  test('plain, suppressed, baseline and workbook findings, and the left-out warning, line by line', () => {
    const text = githubModule().default(mixedModel(), { color: false });
    expect(text.split('\n')).toStrictEqual([
      '::error file=ledgers/a.yaml,line=12,col=5,title=antivirus (new)::Install antivirus software on PC-01',
      '::notice file=ledgers/a.yaml,line=14,col=7,title=mfa (suppressed)::Turn on MFA [suppressed: VPN only]',
      '::notice file=ledgers/a.yaml,line=16,col=1,title=byod (unchanged)::BYOD note',
      '::error file=ledgers/b.xlsx,title=antivirus 端末!F12::端末!F12: Install antivirus software on PC-01',
      '::error file=ledgers/b.xlsx,title=antivirus 端末!F12::端末!F12: Install antivirus software on PC-01',
      '::warning file=ledgers/b.xlsx,title=format problems::1 row with format problems (利用者!A4 佐藤) is checked for content once the format is fixed',
      '',
    ]);
  });

  test('with --fail-on-new an unchanged error or warning is a notice, a new one keeps its command', () => {
    const model = reportModel([reportFile('a.yaml', [
      reportFinding({ baselineState: 'unchanged', failing: false }),
      reportFinding({ ruleId: 'mfa', severity: 'warning', baselineState: 'new', message: 'm' }),
      reportFinding({ ruleId: 'mfa', severity: 'warning', message: 'n' }),
    ])]);
    model.failOnNew = true;
    expect(githubModule().default(model, { color: false })).toBe([
      '::notice file=a.yaml,line=12,col=5,title=antivirus (unchanged)::Install antivirus software on PC-01',
      '::warning file=a.yaml,line=12,col=5,title=mfa (new)::m',
      '::warning file=a.yaml,line=12,col=5,title=mfa::n',
      '',
    ].join('\n'));
    model.failOnNew = false;
    expect(githubModule().default(model, { color: false }).split('\n')[0]).toBe('::error file=a.yaml,line=12,col=5,title=antivirus (unchanged)::Install antivirus software on PC-01');
  });

  test('a suppressed workbook finding and an empty report', () => {
    const model = reportModel([reportFile('w.xlsx', [suppressedFinding({ line: null, column: null, sheet: 'S', cell: 'B2', severity: 'info' })])]);
    expect(githubModule().default(model, { color: false })).toBe('::notice file=w.xlsx,title=antivirus (suppressed) S!B2::S!B2: Install antivirus software on PC-01 [suppressed: VPN only]\n');
    expect(githubModule().default(reportModel([]), { color: false })).toBe('');
    expect(githubModule().default(reportModel([reportFile('a.yaml', [])]), { color: false })).toBe('');
  });
});

describe('sarif', () => {
  test('results: regions, cells, baseline states, suppressions and the fingerprints of one cell', () => {
    const { sarifLog } = sarifModule();
    const run = sarifLog(mixedModel(), CWD).runs[0]!;
    const results = run.results!;
    expect(results.map((r) => r.baselineState)).toStrictEqual(['new', 'unchanged', 'unchanged', undefined, undefined]);
    expect(results.map((r) => 'baselineState' in r)).toStrictEqual([true, true, true, false, false]);
    expect(results.map((r) => r.suppressions)).toStrictEqual([undefined, [{ kind: 'external', status: 'accepted', justification: 'VPN only', properties: { approvedBy: '松本 理恵', expires: '2027-03-31' } }], undefined, undefined, undefined]);
    expect(results[0]).toStrictEqual({
      ruleId: 'antivirus',
      ruleIndex: results[0]!.ruleIndex,
      level: 'error',
      message: { text: 'Install antivirus software on PC-01' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'ledgers/a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5 } } }],
      properties: { path: '/devices/0/security/antivirus', target: 'PC-01', sources: ['note 1'] },
      baselineState: 'new',
    });
    expect(results[3]!.message).toStrictEqual({ text: 'Install antivirus software on PC-01 [端末!F12]' });
    expect(results[3]!.locations).toStrictEqual([{ physicalLocation: { artifactLocation: { uri: 'ledgers/b.xlsx', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } }, logicalLocations: [{ name: 'F12', fullyQualifiedName: '端末!F12', kind: 'element' }] }]);
    expect(results[3]!.properties).toStrictEqual({ path: '/devices/0/security/antivirus', target: 'PC-01', sources: ['note 1'], sheet: '端末', cell: 'F12' });
    const hash = (path: string) => require('node:crypto').createHash('sha256').update(`antivirus\0端末!F12\0${path}`).digest('hex').slice(0, 32);
    expect(results[3]!.partialFingerprints).toStrictEqual({ primaryLocationLineHash: hash('/devices/0/security/antivirus') });
    expect(results[4]!.partialFingerprints).toStrictEqual({ primaryLocationLineHash: hash('/devices/1/security/antivirus') });
    expect(results[3]!.partialFingerprints!.primaryLocationLineHash).not.toBe(results[4]!.partialFingerprints!.primaryLocationLineHash);
    expect(results[0]!.partialFingerprints).toBeUndefined();
    expect(run.properties).toStrictEqual({ asOf: '2026-11-24', baseline: { new: 3, unchanged: 2, absent: 1 } });
  });

  test('the invocation: configurations, overrides in catalogue order, the left-out notification', () => {
    const { sarifLog } = sarifModule();
    const model = mixedModel();
    model.files[0]!.disabledRules = ['mfa', 'antivirus'];
    model.files[1]!.disabledRules = ['mfa'];
    model.files.push(reportFile('../out.yaml', [], { config: 'conf/a.yml' }));
    const log = sarifLog(model, CWD);
    const ruleIndex = new Map(log.runs[0]!.tool.driver.rules!.map((rule, index) => [rule.id, index]));
    const invocation = log.runs[0]!.invocations![0]!;
    const order = [['antivirus', ['ledgers/a.yaml']], ['mfa', ['ledgers/a.yaml', 'ledgers/b.xlsx']]].sort((a, b) => ruleIndex.get(a[0] as string)! - ruleIndex.get(b[0] as string)!);
    expect(invocation).toStrictEqual({
      executionSuccessful: true,
      ruleConfigurationOverrides: order.map(([id, files]) => ({ descriptor: { id, index: ruleIndex.get(id as string) }, configuration: { enabled: false }, properties: { files } })),
      toolExecutionNotifications: [{ level: 'warning', message: { text: '1 row with format problems (利用者!A4 佐藤) is checked for content once the format is fixed' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'ledgers/b.xlsx', uriBaseId: '%SRCROOT%' } } }], properties: { leftOut: model.files[1]!.leftOut } }],
      properties: {
        configurationFiles: ['conf/a.yml'],
        configurations: [{ file: 'ledgers/a.yaml', config: 'conf/a.yml' }, { file: 'ledgers/b.xlsx', config: null }, { file: 'file:///out.yaml', config: 'conf/a.yml' }],
      },
    });
    expect(ruleIndex.get('antivirus')).not.toBe(ruleIndex.get('mfa'));
  });

  test('a rule off in every file has no files; an empty report has no overrides, notifications or baseline', () => {
    const { sarifLog } = sarifModule();
    const model = reportModel([reportFile('a.yaml', [], { disabledRules: ['mfa'] })]);
    const invocation = sarifLog(model, CWD).runs[0]!.invocations![0]!;
    expect(invocation.ruleConfigurationOverrides).toStrictEqual([{ descriptor: { id: 'mfa', index: invocation.ruleConfigurationOverrides![0]!.descriptor.index }, configuration: { enabled: false } }]);
    const empty = sarifLog(reportModel([]), CWD).runs[0]!;
    expect(empty.invocations).toStrictEqual([{ executionSuccessful: true, properties: { configurationFiles: [], configurations: [] } }]);
    expect(empty.results).toStrictEqual([]);
    expect(empty.properties).toStrictEqual({ asOf: '2026-11-24' });
  });

  test('the rendered log: the information URI, the levels of warnings and infos, one newline at the end', () => {
    const { default: sarif, INFORMATION_URI } = sarifModule();
    expect(INFORMATION_URI).toBe('https://github.com/dokodemo-check/dokodemo-check');
    const model = reportModel([reportFile('a.yaml', [reportFinding({ ruleId: 'mfa', severity: 'warning' }), reportFinding({ ruleId: 'byod', severity: 'info' })])]);
    const text = sarif(model, { color: false, cwd: CWD });
    expect(text.endsWith('}\n')).toBe(true);
    const log = JSON.parse(text);
    expect(log.runs[0].tool.driver.informationUri).toBe('https://github.com/dokodemo-check/dokodemo-check');
    expect(log.runs[0].results.map((r: { level: string }) => r.level)).toStrictEqual(['warning', 'note']);
  });

  test('artifact URIs: standard input is a name, a path outside is a file URI', () => {
    const { artifactUri, sarifLog } = sarifModule();
    expect(artifactUri('<stdin>', CWD)).toBe('%3Cstdin%3E');
    expect(artifactUri('-', CWD)).toBe('-');
    expect(artifactUri('a<b.yaml', CWD)).toBe('a%3Cb.yaml');
    expect(artifactUri('x-', CWD)).toBe('x-');
    // A standard-input name is one name: a slash in it is encoded, not a path separator.
    expect(artifactUri('<stdin/a.yaml>', CWD)).toBe('%3Cstdin%2Fa.yaml%3E');
    expect(artifactUri('dir/a.yaml', CWD)).toBe('dir/a.yaml');
    const log = sarifLog(reportModel([reportFile('<stdin>', [reportFinding()]), reportFile('/elsewhere/c.yaml', [reportFinding()])]), CWD);
    expect(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation)).toStrictEqual([{ uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' }, { uri: 'file:///elsewhere/c.yaml' }]);
    expect(artifactUri('file:x.yaml', CWD)).toBe('file%3Ax.yaml');
    expect(sarifLog(reportModel([reportFile('file:x.yaml', [reportFinding()])]), CWD).runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toStrictEqual({ uri: 'file%3Ax.yaml', uriBaseId: '%SRCROOT%' });
  });
});

describe('junit', () => {
  test('a rule off with and without a configuration file, in both languages, and the left-out line', () => {
    const junit = junitModule().default;
    const en = junit(reportModel([reportFile('a.yaml', [], { disabledRules: ['mfa'] }), reportFile('b.yaml', [], { disabledRules: ['mfa'], config: 'c.yml', leftOut: [leftOut()] })]), { color: false });
    expect(en).toContain('<testcase classname="a.yaml" name="mfa">\n      <skipped message="not checked: the rule is turned off in the configuration (no configuration file)"/>\n    </testcase>');
    expect(en).toContain('<testcase classname="b.yaml" name="mfa">\n      <skipped message="not checked: the rule is turned off in the configuration (c.yml)"/>\n    </testcase>');
    expect(en).toContain('    <system-out>1 entry with format problems (20:3 佐藤) is checked for content once the format is fixed</system-out>\n  </testsuite>');
    const ja = junit(reportModel([reportFile('a.yaml', [], { disabledRules: ['mfa'] }), reportFile('b.yaml', [], { disabledRules: ['mfa'], config: 'c.yml' })], 'ja'), { color: false });
    expect(ja).toContain('<skipped message="設定で無効にされているため、このルールは検査していません（設定ファイルなし）"/>');
    expect(ja).toContain('<skipped message="設定で無効にされているため、このルールは検査していません（c.yml）"/>');
  });

  test('the not-run reason in Japanese, a finding of a rule outside the catalogue, U+FFFE dropped', () => {
    const { default: junit, escapeXml } = junitModule();
    const ja = junit(reportModel([reportFile('a.yaml', [reportFinding({ ruleId: 'schema', severity: 'error' }), reportFinding({ ruleId: 'no-such-rule' })])], 'ja'), { color: false });
    expect(ja).toContain('<testcase classname="a.yaml" name="mfa">\n      <skipped message="YAML の構文またはフォーマット（schema）に問題があるため、このルールは検査していません"/>');
    expect(ja).not.toContain('no-such-rule');
    expect(escapeXml('a\ufffeb\uffffc')).toBe('abc');
    const two = junit(reportModel([reportFile('a.yaml', [reportFinding({ ruleId: 'schema' }), reportFinding({ ruleId: 'mfa' })])]), { color: false });
    expect(two).toContain('<testcase classname="a.yaml" name="mfa">\n      <skipped message="not checked: the file has YAML syntax or schema problems"/>');
  });
});
