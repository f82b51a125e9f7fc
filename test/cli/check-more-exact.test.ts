// `check` once more, in-process through main() loaded afresh in each test (jest.resetModules), so that the
// module-level list of --fail-on values counts for every test: --fail-on's values, --fail-on-new's check before
// any file is read, a baseline with --fail-on-new and --group-by, a warning with no stderr to write to.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliRun } from '../helpers/cli';
import { freshMainPerTest } from '../helpers/run-main';
import { tempDirs } from '../helpers/temp';

const runCli = freshMainPerTest();
jest.setTimeout(60_000);

const temp = tempDirs();
const AS_OF = ['--as-of', '2026-11-24'];
const CLINIC = readFileSync(join(__dirname, '..', '..', 'examples', 'clinic-with-findings.yaml'), 'utf8');
const SMALL = 'version: 1\nfacility:\n  name: テスト\n';

describe('--fail-on', () => {
  it('takes each of error, warning, info and none', () => {
    const root = temp.withFiles('cli-check-more-', { 'c.yaml': CLINIC });
    const codes = ['error', 'warning', 'info', 'none'].map((value) => runCli([...AS_OF, '-f', 'json', '--fail-on', value, join(root, 'c.yaml')]));
    expect(codes.map((run) => [run.code, run.stderr])).toEqual([[1, ''], [1, ''], [1, ''], [0, '']]);
  });
});

describe('--fail-on-new', () => {
  it('without a baseline is refused before any file is looked for', () => {
    const run = runCli([...AS_OF, '--fail-on-new', '/nonexistent/x.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dokodemo-check: --fail-on-new needs --baseline or --baseline-git\n');
  });

  it('with a baseline: each unchanged finding is settled (a notice), the new one stays an error', () => {
    const root = temp.withFiles('cli-check-more-', { 'c.yaml': CLINIC });
    const ledger = join(root, 'c.yaml');
    const base = join(root, 'base.json');
    expect(runCli([...AS_OF, '-f', 'json', '-o', base, ledger]).code).toBe(1);
    writeFileSync(ledger, CLINIC.replace('policy_read: true', 'policy_read: false'));
    const kinds = (run: CliRun) => run.stdout.split('\n').filter((line) => line.startsWith('::')).map((line) => line.slice(0, line.indexOf(' ')));
    const count = (list: string[]) => Object.fromEntries([...new Set(list)].sort().map((kind) => [kind, list.filter((one) => one === kind).length]));
    const settled = runCli([...AS_OF, '-f', 'github', '--baseline', base, '--fail-on-new', ledger]);
    expect(settled.code).toBe(1);
    expect(count(kinds(settled))).toEqual({ '::error': 1, '::notice': 31 });
    const plain = runCli([...AS_OF, '-f', 'github', '--baseline', base, ledger]);
    expect(count(kinds(plain))).toEqual({ '::error': 19, '::notice': 2, '::warning': 11 });
  });

  it('standard input named by --stdin-filename is compared with the baseline under that name', () => {
    const root = temp.withFiles('cli-check-more-', { 'c.yaml': CLINIC });
    const base = join(root, 'base.json');
    expect(runCli([...AS_OF, '-f', 'json', '-o', base, join(root, 'c.yaml')]).code).toBe(1);
    const named = runCli([...AS_OF, '-f', 'json', '--baseline', base, '-', '--stdin-filename', join(root, 'c.yaml')], { stdin: CLINIC });
    expect((JSON.parse(named.stdout) as { baseline: unknown }).baseline).toEqual({ new: 0, unchanged: 31, absent: 0 });
  });
});

describe('--baseline-git', () => {
  /** A repository whose committed c.yaml is the clinic's ledger, changed since (one new finding). */
  function repository(): string {
    const root = temp.withFiles('cli-check-more-git-', { 'c.yaml': CLINIC });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'c.yaml');
    git('commit', '-qm', 'ledger');
    writeFileSync(join(root, 'c.yaml'), CLINIC.replace('policy_read: true', 'policy_read: false'));
    return root;
  }
  const counts = (run: CliRun) => (JSON.parse(run.stdout) as { baseline: unknown }).baseline;

  it('reads each named file as it was at the revision', () => {
    const root = repository();
    const run = runCli([...AS_OF, '-f', 'json', '--baseline-git', 'HEAD', join(root, 'c.yaml')]);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(counts(run)).toEqual({ new: 1, unchanged: 31, absent: 0 });
  });

  it('standard input: by its --stdin-filename, and refused without one', () => {
    const root = repository();
    const changed = readFileSync(join(root, 'c.yaml'), 'utf8');
    const named = runCli([...AS_OF, '-f', 'json', '--baseline-git', 'HEAD', '-', '--stdin-filename', join(root, 'c.yaml')], { stdin: changed });
    expect([named.code, named.stderr]).toEqual([1, '']);
    expect(counts(named)).toEqual({ new: 1, unchanged: 31, absent: 0 });
    const unnamed = runCli([...AS_OF, '-f', 'json', '--baseline-git', 'HEAD', '-'], { stdin: changed });
    expect(unnamed).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --baseline-git with standard input (-) needs --stdin-filename naming the ledger\n' });
  });
});

describe('a warning with no stderr to write to', () => {
  it('is dropped and the check made', () => {
    const root = temp.withFiles('cli-check-more-', { 'a.yaml': SMALL, '.dokodemo-check.yaml': 'lang: en\n' });
    chmodSync(join(root, '.dokodemo-check.yaml'), 0o666);
    const run = runCli([...AS_OF, '-f', 'json', 'a.yaml'], { cwd: root, noStderr: true });
    const warned = runCli([...AS_OF, '-f', 'json', 'a.yaml'], { cwd: root });
    expect([run.code, run.stderr, run.stdout]).toEqual([warned.code, '', warned.stdout]);
    expect(warned.stderr).toBe(`dokodemo-check: the configuration file ${join(root, '.dokodemo-check.yaml')}: anyone can write to it, so it is not used\n`);
  });
});
