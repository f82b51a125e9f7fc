// `dokodemo-check due` end to end: the JSON contract, the table in both languages, exit codes,
// ledgers that do not load, the configuration file, --redact, and usage errors.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const AS_OF = ['--as-of', '2026-11-24'];
const FINDINGS = 'examples/clinic-with-findings.yaml';
const CLEAN = 'examples/home-nursing-clean.yaml';
const EXCEPTIONS = 'examples/visiting-nurse-exceptions.yaml';
const BROKEN = 'version: 1\nfacility: {name: x}\n';

function due(args: string[], setup = {}) {
  return runCli(['due', ...AS_OF, ...args], setup);
}

function dueJson(args: string[], setup = {}) {
  const run = due(['-f', 'json', ...args], setup);
  return { ...run, report: JSON.parse(run.stdout) };
}

describe('due --format json', () => {
  it('follows the contract exactly', () => {
    const { code, report } = dueJson([FINDINGS]);
    expect(code).toBe(0);
    const file = FINDINGS;
    expect(report).toEqual({
      formatVersion: 1,
      asOf: '2026-11-24',
      within: 30,
      items: [
        {
          file, due: '2026-07-10', kind: 'mcs-password', target: 'Nakamura@midori-clinic.example.jp', path: '/users/0/mcs_password_changed', line: 144, column: 27, overdue: true, daysLeft: -137,
          message: "Change 中村 誠's MCS password (last changed 2026-05-10; every 2 months), then update mcs_password_changed in the ledger", facility: 'みどり在宅クリニック',
        },
        {
          file, due: '2026-09-30', kind: 'ledger-review', target: 'facility', path: '/facility/updated', line: 8, column: 12, overdue: true, daysLeft: -55,
          message: 'Review the ledger and update facility.updated (last reviewed 2025-09-30; every 12 months)', facility: 'みどり在宅クリニック',
        },
        {
          file, due: '2026-09-30', kind: 'account-removal', target: 'yamamoto@midori-clinic.example.jp', path: '/users/2/end_date', line: 167, column: 15, overdue: true, daysLeft: -55,
          message: '山本 翔太 stops using MCS on 2026-09-30: have the facility administrator delete the MCS account and set account_status to deleted', facility: 'みどり在宅クリニック',
        },
        {
          file, due: '2026-11-30', kind: 'mcs-password', target: 'kobayashi@midori-clinic.example.jp', path: '/users/1/mcs_password_changed', line: 156, column: 27, overdue: false, daysLeft: 6,
          message: "Change 小林 恵's MCS password (last changed 2026-09-30; every 2 months), then update mcs_password_changed in the ledger", facility: 'みどり在宅クリニック',
        },
      ],
      invalidFiles: [],
      complete: true,
    });
    expect(Object.keys(report)).toEqual(['formatVersion', 'asOf', 'within', 'items', 'invalidFiles', 'complete']);
    expect(Object.keys(report.items[0])).toEqual(['file', 'due', 'kind', 'target', 'path', 'line', 'column', 'overdue', 'daysLeft', 'message', 'facility']);
  });

  it('takes --within', () => {
    expect(dueJson(['--within', '0', FINDINGS]).report.items.map((item: { due: string }) => item.due)).toEqual(['2026-07-10', '2026-09-30', '2026-09-30']);
    expect(dueJson(['--within', '365', CLEAN]).report).toMatchObject({ within: 365, items: [{ due: '2026-12-20' }, { due: '2027-01-02' }, { due: '2027-11-01' }] });
  });

  it('reports the schema findings of a ledger that does not load, as check does, and exits 1', () => {
    const { code, report } = dueJson(['-', FINDINGS, '--stdin-filename', 'broken.yaml'], { stdin: BROKEN });
    expect(code).toBe(1);
    expect(report.items).toHaveLength(4);
    const check = JSON.parse(runCli(['check', ...AS_OF, '-f', 'json', '-', '--stdin-filename', 'broken.yaml'], { stdin: BROKEN }).stdout);
    expect(report.invalidFiles).toEqual(check.files);
    expect(report.invalidFiles[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(Array(7).fill('schema'));
  });

  it('masks personal data with --redact', () => {
    const { stdout } = due(['-f', 'json', '--redact', FINDINGS, EXCEPTIONS]);
    for (const personal of ['中村 誠', '小林 恵', '山本 翔太', '井上 さやか', 'Nakamura@', 'kobayashi@', 'yamamoto@', 'inoue@']) expect(stdout).not.toContain(personal);
    expect(JSON.parse(stdout).items[1]).toMatchObject({ target: 'N***@midori-clinic.example.jp', message: expect.stringContaining('中*') });
  });
});

describe('due --format table', () => {
  it('lists overdue first, with days left in words, in English', () => {
    const { code, stdout } = due([FINDINGS]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(FINDINGS);
    expect(lines[1]).toMatch(/^ {2}Due +Left +Target +To do$/);
    expect(lines[2]).toMatch(/^ {2}2026-07-10 {2}overdue by 137 days {2}中村 誠 +Change 中村 誠's MCS password/);
    expect(stdout).toContain('2026-09-30  overdue by 55 days ');
    expect(stdout).toContain('2026-11-30  in 6 days ');
    expect(lines.at(-2)).toBe('✖ 4 items overdue or due within 30 days (3 overdue)');
  });

  it('speaks Japanese with --lang ja: 期限切れ N 日, あと N 日, 今日まで', () => {
    const { stdout } = due(['--lang', 'ja', FINDINGS]);
    expect(stdout).toMatch(/^ {2}期限 +残り +対象 +すること$/m);
    expect(stdout).toContain('期限切れ 137 日');
    expect(stdout).toContain('あと 6 日');
    expect(stdout).toContain('期限切れ・30 日以内の期限 4 件（うち期限切れ 3 件）');
    const today = runCli(['due', '--as-of', '2026-11-30', '--lang', 'ja', FINDINGS]).stdout;
    expect(today).toMatch(/2026-11-30 {2}今日まで +小林 恵/);
  });

  it('adds a file column when several files have items', () => {
    const { stdout } = due([FINDINGS, CLEAN]);
    expect(stdout.split('\n')[0]).toMatch(/^ {2}Due +Left +Target +To do +File$/);
    expect(stdout).toContain(`${CLEAN}:106`);
  });

  it('says so when nothing is due', () => {
    expect(due(['--within', '5', CLEAN]).stdout).toBe('✔ Nothing is overdue or due within 5 days\n');
  });

  it('shows a ledger that does not load as one line, and never an all-clear', () => {
    const { code, stdout } = due(['-', '--stdin-filename', 'broken.yaml'], { stdin: BROKEN });
    expect(code).toBe(1);
    expect(stdout).toBe(
      '✖ The ledger broken.yaml has 7 format problems, so its deadlines cannot be listed: check it with dokodemo-check and fix it\n\n' +
        '● This list is incomplete because of the format problems above: fix them and the rest of the deadlines are listed too\n',
    );
  });

  it('names the facility first on every line when several ledgers have items', () => {
    const { stdout } = due([FINDINGS, CLEAN]);
    expect(stdout).toContain('みどり在宅クリニック: Change 中村 誠');
  });

  it('masks personal data with --redact', () => {
    const { stdout } = due(['--redact', FINDINGS]);
    for (const personal of ['中村 誠', '小林 恵', '山本 翔太']) expect(stdout).not.toContain(personal);
  });

  it('colours only on a terminal', () => {
    expect(due([FINDINGS]).stdout).not.toContain('\u001b[');
    expect(due([FINDINGS], { tty: true, env: { LANG: 'en_US.UTF-8' } }).stdout).toContain('\u001b[31m');
  });
});

describe('exit codes', () => {
  it('is 0 with overdue items unless --fail-on-overdue', () => {
    expect(due([FINDINGS]).code).toBe(0);
    expect(due(['--fail-on-overdue', FINDINGS]).code).toBe(1);
    expect(due(['--fail-on-overdue', '-f', 'ics', FINDINGS]).code).toBe(1);
  });

  it('is 0 with --fail-on-overdue when items are due but none is overdue', () => {
    const run = due(['--fail-on-overdue', '-f', 'json', CLEAN]);
    expect(JSON.parse(run.stdout).items).toHaveLength(1);
    expect(run.code).toBe(0);
  });

  it('is 2 with one line on stderr for bad options', () => {
    for (const [args, message] of [
      [['--within', 'soon', CLEAN], 'dokodemo-check: --within must be a whole number of days, 0 or more (not soon)\n'],
      [['--within', '-1', CLEAN], 'dokodemo-check: --within must be a whole number of days, 0 or more (not -1)\n'],
      [['-f', 'html', CLEAN], 'dokodemo-check: --format must be one of table, json, ics (not html)\n'],
      [['--as-of', '2026-02-30', CLEAN], 'dokodemo-check: --as-of must be a real date written YYYY-MM-DD (not 2026-02-30)\n'],
      [['missing.yaml'], 'dokodemo-check: file not found: missing.yaml\n'],
    ] as const) {
      const run = runCli(['due', ...args]);
      expect([run.code, run.stderr, run.stdout]).toEqual([2, message, '']);
    }
    expect(runCli(['due', '--within', 'x', '--lang', 'ja', CLEAN]).stderr).toBe('dokodemo-check: --within は 0 以上の日数（整数）にしてください（x は使えません）\n');
  });
});

describe('the configuration file', () => {
  function withConfig(text: string): string {
    const directory = mkdtempSync(join(tmpdir(), 'dokodemo-due-'));
    writeFileSync(join(directory, '.dokodemo-check.yaml'), text);
    return directory;
  }

  it("is found upward from the ledger's folder and its months are honoured", () => {
    const directory = withConfig('rules:\n  mcs-password-age:\n    months: 3\n  ledger-review: off\n');
    mkdirSync(join(directory, 'ledgers'));
    copyFileSync(FINDINGS, join(directory, 'ledgers', 'clinic.yaml'));
    const { report } = dueJson([join(directory, 'ledgers', 'clinic.yaml')]);
    expect(report.items.map((item: { kind: string; due: string }) => [item.kind, item.due])).toEqual([
      ['mcs-password', '2026-08-10'], // 2026-05-10 + 3 months; no ledger-review item: it is off
      ['account-removal', '2026-09-30'],
    ]); // 小林 恵: 2026-09-30 + 3 months = 2026-12-30, 36 days away: outside the window
  });

  it('is named with -c', () => {
    const directory = withConfig('lang: ja\n');
    const { stdout } = due(['-c', join(directory, '.dokodemo-check.yaml'), FINDINGS]);
    expect(stdout).toContain('期限切れ 137 日');
  });
});

describe('help', () => {
  it('shows an example and the options', () => {
    const { code, stdout } = runCli(['due', '--help']);
    expect(code).toBe(0);
    for (const text of ['--within <days>', '--fail-on-overdue', 'table, json, ics', '$ dokodemo-check due']) expect(stdout).toContain(text);
    expect(runCli(['--help']).stdout).toMatch(/due \[options\] <files\.\.\.>/);
  });

  it("lists html among check's formats", () => {
    expect(runCli(['check', '--help']).stdout).toMatch(/-f, --format <name> +table, json.*html/);
  });
});

describe('documentation', () => {
  it('the README shows the real output of due on the findings example', () => {
    const readme = readFileSync('README.md', 'utf8');
    const command = '$ npx dokodemo-check due examples/clinic-with-findings.yaml --as-of 2026-11-24 --lang ja\n';
    expect(readme).toContain(command);
    const start = readme.indexOf(command) + command.length;
    expect(readme.slice(start, readme.indexOf('```', start))).toBe(due(['--lang', 'ja', FINDINGS]).stdout);
  });

  it('docs/due-and-html.md shows the JSON contract as the tool writes it', () => {
    const doc = readFileSync('docs/due-and-html.md', 'utf8');
    const start = doc.indexOf('```json\n') + '```json\n'.length;
    const example = JSON.parse(doc.slice(start, doc.indexOf('```', start)));
    const { report } = dueJson([FINDINGS]);
    expect(example).toEqual({ ...report, items: report.items.slice(0, 1) });
  });
});

describe('due over files that cannot be read', () => {
  const directory = mkdtempSync(join(tmpdir(), 'dokodemo-due-unreadable-'));
  const cut = join(directory, 'cut.xlsx');
  writeFileSync(cut, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]));

  it('one line for the file that cannot be read, the others listed, exit 1', () => {
    const { code, stdout } = due([cut, FINDINGS]);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(`✖ The ledger ${cut} has 1 format problem, so its deadlines cannot be listed: check it with dokodemo-check and fix it`);
    expect(stdout).toContain("2026-07-10  overdue by 137 days  中村 誠    Change 中村 誠's MCS password");
  });

  it('exit 2 with the reason when nothing can be read', () => {
    const { code, stdout, stderr } = due([cut]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^dokodemo-check: .*cut\.xlsx: the workbook is damaged or cut short/);
  });
});
