// Every format on a workbook says the cell the way its consumer can show it; `due`, `-o`, and the
// built bin in a real process read workbooks too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { artifactUri } from '../../src/reporters/sarif';
import { runCli } from '../helpers/cli';
import { sarifValidator } from '../helpers/sarif';
import { ledgerFile, workbookBytes } from '../helpers/workbook';
import { HOSTILE_WORKBOOKS } from '../fixtures/bad/workbooks';

const AS_OF = ['--as-of', '2026-11-24'];
const BIN = resolve('bin/dokodemo-check.js');
const directory = mkdtempSync(join(tmpdir(), 'dokodemo-workbook-formats-'));
const CLINIC = join(directory, 'clinic.xlsx');
const CLEAN = join(directory, 'clean.xlsx');
/** The mcs-password-age finding of the clinic example: user 0's mcs_password_changed. */
const AT = '利用者!H3';

beforeAll(async () => {
  writeFileSync(CLINIC, await workbookBytes(ledgerFile('examples/clinic-with-findings.yaml')));
  writeFileSync(CLEAN, await workbookBytes(ledgerFile('examples/home-nursing-clean.yaml')));
});

const run = (format: string, ...files: string[]) => runCli([...AS_OF, '-f', format, ...files]);

describe('every format on a workbook', () => {
  it('json: sheet and cell beside line and column (null), path as in YAML', () => {
    const { code, stdout } = run('json', CLINIC);
    expect(code).toBe(1);
    const finding = JSON.parse(stdout).files[0].findings.find((candidate: { ruleId: string }) => candidate.ruleId === 'mcs-password-age');
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'path', 'line', 'column', 'sheet', 'cell', 'target', 'suppressed', 'sources']);
    expect(finding).toMatchObject({ path: '/users/0/mcs_password_changed', line: null, column: null, sheet: '利用者', cell: 'H3' });
  });

  it('json: a YAML ledger\'s findings have no sheet or cell', () => {
    const finding = JSON.parse(run('json', 'examples/clinic-with-findings.yaml').stdout).files[0].findings[0];
    expect(finding).not.toHaveProperty('sheet');
    expect(finding).not.toHaveProperty('cell');
  });

  it.each(['table', 'markdown', 'junit', 'html'])('%s shows 利用者!H3 where the position goes', (format) => {
    const { code, stdout } = run(format, CLINIC);
    expect(code).toBe(1);
    // markdown escapes `!` (it could open an image link): GitHub renders 利用者\!H3 as 利用者!H3
    expect(stdout).toContain(format === 'markdown' ? AT.replace('!', '\\!') : AT);
    expect(stdout).not.toMatch(/\bnull:null\b/);
    if (format === 'junit') {
      expect(XMLValidator.validate(stdout)).toBe(true);
      expect(stdout).toContain(`>${AT} `);
    }
    if (format === 'table') {
      expect(stdout).toMatch(new RegExp(`${AT}\\s+中村 誠\\s+mcs-password-age`));
      expect(stdout).toMatch(/^ {2}Severity {2}Sheet!Cell {2}/m);
    }
    if (format === 'markdown') {
      expect(stdout).toContain(`| ${AT.replace('!', '\\!')} | 中村 誠 | \`mcs-password-age\` |`);
      expect(stdout).toContain('| Severity | Sheet!Cell | Target | Rule | Message |');
    }
    if (format === 'html') expect(stdout).toContain('<th class="num">Sheet!Cell</th>');
  });

  it('sarif: valid; the cell in the message, a logical location and the properties; distinct fingerprints', () => {
    const log = JSON.parse(run('sarif', CLINIC).stdout);
    expect(sarifValidator()(log)).toBe(true);
    const results = log.runs[0].results;
    const result = results.find((candidate: { ruleId: string }) => candidate.ruleId === 'mcs-password-age');
    expect(result.message.text).toMatch(/ \[利用者!H3\]$/);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(artifactUri(CLINIC, process.cwd()));
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(result.locations[0].logicalLocations).toEqual([{ name: 'H3', fullyQualifiedName: AT, kind: 'element' }]);
    expect(result.properties).toMatchObject({ path: '/users/0/mcs_password_changed', sheet: '利用者', cell: 'H3' });
    const fingerprints = results.map((candidate: { partialFingerprints: { primaryLocationLineHash: string } }) => candidate.partialFingerprints.primaryLocationLineHash);
    expect(new Set(fingerprints).size).toBe(results.length);
  });

  it('github: no line or column; the cell in the title and the message', () => {
    const { stdout } = run('github', CLINIC);
    const line = stdout.split('\n').find((candidate) => candidate.includes('title=mcs-password-age'))!;
    expect(line).toBe(
      `::error file=${CLINIC.replace(/:/g, '%3A').replace(/,/g, '%2C')},title=mcs-password-age ${AT}::${AT}: 中村 誠's MCS password has not been changed since 2026-05-10 (more than the facility's 2 months; due 2026-07-10). Change the MCS password and update “Date the MCS password was last changed” (MCS のパスワードを最後に変更した日) in the ledger`,
    );
    expect(stdout).not.toContain('line=');
  });

  it('-o writes the report; the workbook itself is refused as the output', () => {
    const report = join(directory, 'report.json');
    expect(runCli([...AS_OF, '-f', 'json', '-o', report, CLINIC]).code).toBe(1);
    expect(JSON.parse(readFileSync(report, 'utf8')).files[0].file).toBe(CLINIC);
    const before = readFileSync(CLINIC);
    expect(runCli([...AS_OF, '-o', CLINIC, CLINIC]).code).toBe(2);
    expect(readFileSync(CLINIC).equals(before)).toBe(true);
  });
});

describe('due on a workbook', () => {
  it('json items carry sheet and cell; table and ics name them', () => {
    const due = runCli(['due', ...AS_OF, '--within', '365', '-f', 'json', CLINIC]);
    expect(due.stderr).toBe('');
    const item = JSON.parse(due.stdout).items.find((candidate: { path: string }) => candidate.path === '/users/0/mcs_password_changed');
    expect(item).toMatchObject({ line: null, column: null, sheet: '利用者', cell: 'H3' });
    const table = runCli(['due', ...AS_OF, '--within', '365', CLINIC, 'examples/clinic-with-findings.yaml']).stdout;
    expect(table).toContain(`${CLINIC}:${AT}`);
    const ics = runCli(['due', ...AS_OF, '--within', '365', '-f', 'ics', CLINIC]).stdout;
    expect(ics).toContain(`clinic.xlsx:${AT}`);
  });
});

describe('the built bin in a real process', () => {
  const bin = (args: string[], input?: Buffer, tz = 'UTC') =>
    spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', TZ: tz }, encoding: 'utf8', input });

  it('reads date cells as the same days in any time zone', () => {
    const east = bin([...AS_OF, '-f', 'json', CLINIC], undefined, 'Pacific/Kiritimati');
    const west = bin([...AS_OF, '-f', 'json', CLINIC], undefined, 'America/Los_Angeles');
    expect(east.stdout).toBe(west.stdout);
    expect(east.stdout).toContain('has not been changed since 2026-05-10');
  });

  it('checks a workbook: exit 1 with its findings, exit 0 on a clean one', () => {
    const findings = bin([...AS_OF, CLINIC]);
    expect(findings.status).toBe(1);
    expect(findings.stderr).toBe('');
    expect(findings.stdout).toMatch(new RegExp(`${AT}\\s+中村 誠\\s+mcs-password-age`));
    expect(findings.stdout).toBe(runCli([...AS_OF, CLINIC]).stdout);
    // --debug runs the unbundled modules: the worker is found from them as from the bundle
    expect(bin(['--debug', ...AS_OF, CLINIC]).stdout).toBe(findings.stdout);
    const clean = bin([...AS_OF, CLEAN]);
    expect([clean.status, clean.stderr]).toEqual([0, '']);
  });

  it('reads a workbook on standard input; refuses a hostile one with one line and exit 2', () => {
    const piped = bin([...AS_OF, '-f', 'json', '-', '--stdin-filename', 'clinic.xlsx'], readFileSync(CLINIC));
    expect(piped.status).toBe(1);
    expect(JSON.parse(piped.stdout).files[0]).toMatchObject({ file: 'clinic.xlsx' });
    const bomb = join(directory, 'bomb.xlsx');
    writeFileSync(bomb, HOSTILE_WORKBOOKS['zip-bomb.xlsx']!.make());
    const refused = bin([...AS_OF, bomb]);
    expect([refused.status, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toMatch(/^dokodemo-check: [^\n]*the workbook is too large to read[^\n]*\n$/);
  });

  it('does not load exceljs for a YAML ledger', () => {
    const script = `process.argv = [process.argv[0], ${JSON.stringify(BIN)}, '--as-of', '2026-11-24', 'examples/home-nursing-clean.yaml'];
      const exit = process.exit; process.exit = (code) => { process.stderr.write(Object.keys(require.cache).some((file) => file.includes('/exceljs/')) ? 'exceljs loaded' : 'exceljs not loaded'); exit(code); };
      require(${JSON.stringify(BIN)});`;
    const probe = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(probe.stderr).toBe('exceljs not loaded');
  });
});
