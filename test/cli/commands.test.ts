import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../../src/rules';
import { validateLedger } from '../../src/schema/validate';
import { parseLedger } from '../../src/load/parse';
import { runCli } from '../helpers/cli';

const AS_OF = ['--as-of', '2026-11-24'];
const CLEAN = readFileSync('examples/home-nursing-clean.yaml');
const FINDINGS = readFileSync('examples/clinic-with-findings.yaml');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dokodemo-commands-'));
}

describe('many inputs', () => {
  it('walks directories in sorted order, skipping hidden folders and node_modules', () => {
    const root = tempDir();
    for (const dir of ['b', 'a/nested', '.git', 'node_modules/pkg']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'b', 'z.yaml'), CLEAN);
    writeFileSync(join(root, 'a', 'nested', 'y.yml'), CLEAN);
    writeFileSync(join(root, 'a', 'x.yaml'), FINDINGS);
    writeFileSync(join(root, 'a', 'notes.txt'), 'not a ledger');
    writeFileSync(join(root, '.git', 'hidden.yaml'), 'broken: [');
    writeFileSync(join(root, 'node_modules', 'pkg', 'dep.yaml'), 'broken: [');
    const run = runCli([...AS_OF, '-f', 'json', root]);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual([join(root, 'a', 'nested', 'y.yml'), join(root, 'a', 'x.yaml'), join(root, 'b', 'z.yaml')]);
    expect(report.summary.files).toBe(3);
    expect(run.code).toBe(1);
  });

  it('reads standard input as - and names it with --stdin-filename', () => {
    const run = runCli([...AS_OF, '-f', 'json', '-', '--stdin-filename', 'ledgers/station.yaml'], { stdin: CLEAN });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files).toEqual([{ file: 'ledgers/station.yaml', config: null, findings: [], summary: { facility: 'さくら訪問看護ステーション', error: 0, warning: 0, info: 0, suppressed: 0, overdue: 0 } }]);
    expect(JSON.parse(runCli([...AS_OF, '-f', 'json', '-'], { stdin: CLEAN }).stdout).files[0].file).toBe('<stdin>');
  });

  it('exits 2 naming a missing file, even next to good ones', () => {
    expect(runCli([...AS_OF, 'examples/home-nursing-clean.yaml', 'nope.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: file not found: nope.yaml\n' });
  });
});

describe('rules', () => {
  it('lists every rule in both languages', () => {
    const en = runCli(['rules', '--lang', 'en']);
    const ja = runCli(['rules', '--lang', 'ja']);
    for (const rule of RULES) {
      expect(en.stdout).toContain(rule.id);
      expect(ja.stdout).toContain(rule.description.ja);
    }
    expect(en.code).toBe(0);
  });

  it('shows one rule in full, and its JSON', () => {
    expect(runCli(['rules', 'mcs-password-age', '--lang', 'en']).stdout).toBe(
      [
        'mcs-password-age',
        '  Default severity: error',
        "  Checks: MCS passwords are changed about every two months (the facility note's rule)",
        "  What to do: Change the MCS password and set mcs_password_changed in the ledger to the day it was changed. The two months are the facility note's rule: the guideline in force, 6.0 (System Operation ch. 14 item 6 and its Q&A, Q-54), does not require periodic changes for a password of 13 or more characters mixing letters, digits and symbols, or with two-factor login (8 characters then suffice); a password of 8 or more characters changed periodically, at most two months apart, is the third way 6.0 allows, the one the note chose and this rule checks.",
        '  Sources: note 1; 6.0 シス14⑥ シQ-54',
        '  Options: months=2 (Months allowed between MCS password changes)',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(runCli(['rules', 'byod', '-f', 'json', '--lang', 'en']).stdout)).toEqual({
      id: 'byod',
      severity: 'info',
      category: 'devices',
      description: "A personal device (BYOD) is used (6.0: allowed when it is in the ledger under the planning manager's responsibility)",
      help: "The guideline's 5th edition (6.9 D-4) said BYOD should in principle not be done; the edition in force, 6.0 (Planning and Management ch. 9 and its Q&A, Q-35), allows the personal devices a facility permits when they are kept in the ledger and known under the planning manager's responsibility. Keep the device in this ledger and set and keep its conditions of use (such as settings changed by an administrator only); where a facility-owned device can replace it, consider that too.",
      sources: ['6.9 B', 'D-4', '6.0 企9', '6.0 企Q-35'],
      options: [],
    });
  });

  it('renders markdown and rejects unknown ids and formats', () => {
    expect(runCli(['rules', '-f', 'markdown', '--lang', 'en']).stdout.split('\n')[0]).toBe('| Rule | Default severity | Checks | What to do | Sources | Options |');
    expect(runCli(['rules', 'nope'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: unknown rule id: nope (dokodemo-check rules lists them)\n' });
    expect(runCli(['rules', '-f', 'xml']).code).toBe(2);
  });
});

describe('schema', () => {
  it('prints the ledger JSON Schema', () => {
    const run = runCli(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync('schemas/ledger.schema.json', 'utf8'));
  });
});

describe('init', () => {
  it('writes a starter ledger that passes the schema and points editors at it', () => {
    const dir = tempDir();
    const run = runCli(['init', 'ledger.yaml'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: 'ledger.yaml\n', stderr: '' });
    const text = readFileSync(join(dir, 'ledger.yaml'), 'utf8');
    const [firstLine] = text.split('\n');
    expect(firstLine).toMatch(/^# yaml-language-server: \$schema=.*schemas\/ledger\.schema\.json$/);
    const schemaPath = firstLine!.split('$schema=')[1]!;
    expect(readFileSync(join(dir, schemaPath), 'utf8')).toBe(readFileSync('schemas/ledger.schema.json', 'utf8'));
    const parsed = parseLedger(text);
    expect(parsed.ok && validateLedger(parsed.ledger.value)).toEqual([]);
    expect(runCli([...AS_OF, join(dir, 'ledger.yaml')]).code).toBe(0);
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ledger.yaml'), 'mine\n');
    expect(runCli(['init'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: ledger.yaml already exists; use --force to overwrite it\n' });
    expect(readFileSync(join(dir, 'ledger.yaml'), 'utf8')).toBe('mine\n');
    expect(runCli(['init', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'ledger.yaml'), 'utf8')).toContain('version: 1');
  });
});

describe('--redact', () => {
  it('masks names and e-mail local parts in messages, targets and suppression text', () => {
    const run = runCli([...AS_OF, '-f', 'json', '--redact', 'examples/clinic-with-findings.yaml', 'examples/visiting-nurse-exceptions.yaml']);
    for (const secret of ['中村', '小林', '山本', '翔太', '松本', 'nakamura@', 'kobayashi@', 'yamamoto@', 'inoue@']) expect(run.stdout).not.toContain(secret);
    const findings = JSON.parse(run.stdout).files.flatMap((file: { findings: unknown[] }) => file.findings);
    const age = findings.find((f: { ruleId: string; path: string }) => f.ruleId === 'mcs-password-age' && f.path === '/users/0/mcs_password_changed');
    expect(age.target).toBe('N***@midori-clinic.example.jp');
    expect(age.message).toMatch(/^中\* さんの MCS パスワードが|^中\*'s MCS password/);
    const expired = findings.find((f: { ruleId: string }) => f.ruleId === 'exception-expired');
    expect(expired.message).toContain('i***@himawari-vn.example.jp');
  });

  it('masks the table too', () => {
    const run = runCli([...AS_OF, '--redact', '--lang', 'ja', 'examples/clinic-with-findings.yaml']);
    expect(run.stdout).toContain('中*');
    expect(run.stdout).not.toMatch(/中村|小林|山本/);
  });
});

describe('limits', () => {
  it('refuses a file over 64 MB before reading it, and stdin over it too', () => {
    const dir = tempDir();
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    require('node:fs').truncateSync(big, 65 * 1024 * 1024);
    expect(runCli([big])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: file too large: ${big} (65 MB; the limit is 64 MB: split the ledger into one file per facility)\n` });
    expect(runCli(['-'], { stdin: Buffer.alloc(65 * 1024 * 1024, 0x20) }).stderr).toBe('dokodemo-check: file too large: <stdin> (more than 64 MB; the limit is 64 MB: split the ledger into one file per facility)\n');
  });
});
