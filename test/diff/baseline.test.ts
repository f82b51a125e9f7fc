// check --baseline <report.json> and --baseline-git <rev>: each finding new or unchanged by rule, file,
// target and item, never by line or list position; --fail-on-new fails on new findings only.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { identify, matchIdentities, targetResolver, valueResolver } from '../../src/diff/identity';
import { runCli } from '../helpers/cli';
import type { JsonFinding } from '../helpers/json-report';
import { tempDirs } from '../helpers/temp';
import { AS_OF, gitIn, linesInserted, oneNewProblem, original, reordered } from './fixtures';

const temp = tempDirs();
const EN = { env: { LANG: 'en_US.UTF-8' } };

interface Report {
  files: Array<{ file: string; findings: JsonFinding[] }>;
  baseline?: { new: number; unchanged: number; absent: number };
}

function check(args: string[], cwd?: string) {
  return runCli(['check', '--as-of', AS_OF, ...args], { ...EN, ...(cwd ? { cwd } : {}) });
}

function jsonOf(args: string[], cwd?: string): { code: number; report: Report } {
  const run = check(['-f', 'json', ...args], cwd);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

const states = (report: Report) => report.files.flatMap((file) => file.findings.map((finding) => finding.baselineState));
const news = (report: Report) => report.files.flatMap((file) => file.findings.filter((finding) => finding.baselineState === 'new').map((finding) => `${finding.ruleId} ${finding.target}`));

describe('check --baseline <report.json>', () => {
  const folder = temp.make('dokodemo-baseline-');
  const ledger = join(folder, 'clinic.yaml');
  const baseline = join(folder, 'baseline.json');
  writeFileSync(ledger, original());
  const first = check(['-f', 'json', '-o', baseline, ledger]);
  expect(first.code).toBe(1);
  const count = jsonOf([ledger]).report.files[0]!.findings.length;

  it('keeps every finding unchanged when lines are inserted above them', () => {
    writeFileSync(ledger, linesInserted());
    const { code, report } = jsonOf(['--baseline', baseline, '--fail-on-new', ledger]);
    expect(report.files[0]!.findings[0]!.line).toBeGreaterThan(3);
    expect(states(report)).toEqual(Array(count).fill('unchanged'));
    expect(report.baseline).toEqual({ new: 0, unchanged: count, absent: 0 });
    expect(code).toBe(0); // 18 errors, none new
    expect(jsonOf(['--baseline', baseline, ledger]).code).toBe(1); // without --fail-on-new every error fails
  });

  it('keeps them unchanged when the entries are reordered and every line rewritten', () => {
    writeFileSync(ledger, reordered());
    const { code, report } = jsonOf(['--baseline', baseline, '--fail-on-new', ledger]);
    expect(states(report)).toEqual(Array(count).fill('unchanged'));
    expect(code).toBe(0);
  });

  it('marks the one new finding new, fails on it, and counts what went', () => {
    writeFileSync(ledger, oneNewProblem());
    const { code, report } = jsonOf(['--baseline', baseline, '--fail-on-new', ledger]);
    expect(news(report)).toEqual(['antivirus MD-PC-01']);
    expect(report.baseline).toEqual({ new: 1, unchanged: count, absent: 0 });
    expect(code).toBe(1);

    const sarif = JSON.parse(check(['-f', 'sarif', '--baseline', baseline, ledger]).stdout);
    const results = sarif.runs[0].results as Array<{ ruleId: string; baselineState: string; properties: { target: string } }>;
    expect(results.filter((result) => result.baselineState === 'new').map((result) => `${result.ruleId} ${result.properties.target}`)).toEqual(['antivirus MD-PC-01']);
    expect(results.every((result) => result.baselineState === 'new' || result.baselineState === 'unchanged')).toBe(true);

    const table = check(['--baseline', baseline, ledger]);
    expect(table.stdout).toMatch(/Severity\s+Baseline\s+Line:Col/);
    expect(table.stdout).toMatch(/error\s+new\s+\d+:\d+\s+MD-PC-01\s+antivirus/);
    expect(table.stdout).toContain(`Against the baseline: 1 new, ${count} unchanged, 0 gone`);
    expect(check(['--baseline', baseline, '--lang', 'ja', ledger]).stdout).toMatch(/エラー\s+新規\s+\d+:\d+\s+MD-PC-01\s+antivirus/);
 
    // GitHub annotations: with --fail-on-new only the new finding is an error; the unchanged are notices.
    const annotations = (args: string[]) => check(['-f', 'github', ...args, ledger]).stdout.trimEnd().split('\n').map((line) => /^::(\w+) [^:]*title=([^,:]+)/.exec(line)!.slice(1).join(' '));
    const plain = annotations([]);
    const failOnNew = annotations(['--baseline', baseline, '--fail-on-new']);
    expect(failOnNew.filter((line) => !line.startsWith('notice '))).toEqual(['error antivirus (new)']);
    expect(failOnNew).toHaveLength(count + 1);
    expect(failOnNew.filter((line) => line.endsWith(' (unchanged)')).every((line) => line.startsWith('notice '))).toBe(true);
    // Without --fail-on-new each keeps its severity; the title says which are new.
    const marked = annotations(['--baseline', baseline]);
    expect(marked.map((line) => line.replace(/ \((new|unchanged)\)$/, ''))).toEqual(plain);
    expect(marked.filter((line) => line.endsWith(' (new)'))).toEqual(['error antivirus (new)']);
  });

  it('counts a fixed finding as gone', () => {
    writeFileSync(ledger, original().replace('mcs_password_changed: 2026-05-10', 'mcs_password_changed: 2026-11-20'));
    const { code, report } = jsonOf(['--baseline', baseline, '--fail-on-new', ledger]);
    expect(report.baseline).toEqual({ new: 0, unchanged: count - 1, absent: 1 });
    expect(code).toBe(0);
  });

  it('refuses a baseline it cannot use, and --fail-on-new without one', () => {
    const sarif = join(folder, 'x.sarif');
    writeFileSync(sarif, JSON.stringify({ version: '2.1.0', runs: [] }));
    expect(check(['--baseline', sarif, ledger])).toMatchObject({ code: 2, stderr: expect.stringContaining('it is SARIF') });
    expect(check(['--baseline', join(folder, 'none.json'), ledger])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read the --baseline report') });
    expect(check(['--fail-on-new', ledger])).toMatchObject({ code: 2, stderr: expect.stringContaining('--fail-on-new needs --baseline') });
    expect(check(['--baseline', baseline, '--baseline-git', 'HEAD', ledger]).code).toBe(2);
  });

  it('does the same for a workbook whose rows were reordered', () => {
    const book = join(folder, 'clinic.xlsx');
    const source = join(folder, 'source.yaml');
    const bookBaseline = join(folder, 'book.json');
    writeFileSync(source, original());
    expect(runCli(['convert', source, book, '--force'], EN).code).toBe(0);
    check(['-f', 'json', '-o', bookBaseline, book]);
    writeFileSync(source, oneNewProblem());
    expect(runCli(['convert', source, book, '--force'], EN).code).toBe(0);
    const { code, report } = jsonOf(['--baseline', bookBaseline, '--fail-on-new', book]);
    expect(news(report)).toEqual(['antivirus MD-PC-01']);
    expect(code).toBe(1);
  });
});

/** A repository whose first commit (branch main, tag base) holds these ledgers under ledgers/. */
function committedLedgers(prefix: string, ledgers: Record<string, string>): { repo: string; git: ReturnType<typeof gitIn> } {
  const repo = temp.make(prefix);
  const git = gitIn(repo);
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'ledgers'));
  for (const [name, text] of Object.entries(ledgers)) writeFileSync(join(repo, 'ledgers', name), text);
  git('add', 'ledgers');
  git('commit', '-q', '-m', 'base');
  git('tag', 'base');
  return { repo, git };
}

describe('check --baseline-git <rev>', () => {
  const { repo } = committedLedgers('dokodemo-baseline-git-', { 'clinic.yaml': original(), 'clean.yaml': original() });

  it('checks the revision’s ledgers itself and marks what the working tree adds', () => {
    writeFileSync(join(repo, 'ledgers', 'clinic.yaml'), oneNewProblem());
    writeFileSync(join(repo, 'ledgers', 'clean.yaml'), linesInserted());
    writeFileSync(join(repo, 'ledgers', 'added.yaml'), original()); // not in the revision: all new
    // (in-process, file names are resolved from the test's folder: the bin test runs it from the repository)
    const { code, report } = jsonOf(['--baseline-git', 'main', '--fail-on-new', join(repo, 'ledgers')]);
    const byFile = Object.fromEntries(report.files.map((file) => [file.file.slice(repo.length + 1), file.findings.filter((finding) => finding.baselineState === 'new').length]));
    expect(byFile).toEqual({ 'ledgers/added.yaml': report.files[0]!.findings.length, 'ledgers/clean.yaml': 0, 'ledgers/clinic.yaml': 1 });
    expect(code).toBe(1);
    rmSync(join(repo, 'ledgers', 'added.yaml'));
  });

  it('follows a ledger renamed since the revision (git mv, committed or staged): only what changed in it is new', () => {
    const { repo: renamedRepo, git: run } = committedLedgers('dokodemo-baseline-mv-', { 'clinic.yaml': original(), 'other.yaml': original().replace(/MD-PC-01/g, 'XX-PC-09') });
    // Committed: moved into a facility folder under a Japanese name, with one new problem.
    mkdirSync(join(renamedRepo, 'ledgers', 'みどり'));
    run('mv', 'ledgers/clinic.yaml', 'ledgers/みどり/台帳.yaml');
    const text = original();
    const device = text.indexOf('id: MD-PC-01');
    writeFileSync(join(renamedRepo, 'ledgers', 'みどり', '台帳.yaml'), text.slice(0, device) + text.slice(device).replace('antivirus: true', 'antivirus: false'));
    run('commit', '-q', '-am', 'move');
    // Staged only: renamed as it was.
    run('mv', 'ledgers/other.yaml', 'ledgers/other-renamed.yaml');
    const { code, report } = jsonOf(['--baseline-git', 'base', '--fail-on-new', join(renamedRepo, 'ledgers')]);
    const byFile = Object.fromEntries(report.files.map((file) => [file.file.slice(renamedRepo.length + 1), news({ files: [file] })]));
    expect(byFile).toEqual({ 'ledgers/other-renamed.yaml': [], 'ledgers/みどり/台帳.yaml': ['antivirus MD-PC-01'] });
    expect(report.baseline).toEqual({ new: 1, unchanged: report.files.reduce((sum, file) => sum + file.findings.length, 0) - 1, absent: 0 });
    expect(code).toBe(1);
    // A file new since the revision stays all new, renames or not.
    writeFileSync(join(renamedRepo, 'ledgers', 'added.yaml'), original());
    const added = jsonOf(['--baseline-git', 'base', join(renamedRepo, 'ledgers', 'added.yaml')]).report;
    expect(news(added)).toHaveLength(added.files[0]!.findings.length);
  });

  it('refuses an unknown revision and a folder outside any repository with exit 2', () => {
    expect(check(['--baseline-git', 'nope', join(repo, 'ledgers', 'clinic.yaml')])).toMatchObject({ code: 2, stderr: expect.stringContaining('git revision nope not found') });
    const outside = temp.make('dokodemo-not-git-');
    writeFileSync(join(outside, 'l.yaml'), original());
    expect(check(['--baseline-git', 'HEAD', join(outside, 'l.yaml')]).code).toBe(2);
  });
});

describe('finding identity', () => {
  const root = { devices: [{ id: 'A' }, { id: 'B' }], exceptions: [{ rule: 'mfa', target: 'A' }, { rule: 'mfa', target: 'B' }] };
  const swapped = { devices: [{ id: 'B' }, { id: 'A' }], exceptions: [{ rule: 'mfa', target: 'B' }, { rule: 'mfa', target: 'A' }] };

  it('names entries by id, not position', () => {
    const a = identify({ ruleId: 'antivirus', path: ['devices', 0, 'security', 'antivirus'], target: 'A' }, 'x.yaml', valueResolver(root));
    const b = identify({ ruleId: 'antivirus', path: ['devices', 1, 'security', 'antivirus'], target: 'A' }, './x.yaml', valueResolver(swapped));
    expect(a).toEqual(b);
    expect(a.resolved).toBe(true);
  });

  it('matches one to one: a fixed finding and a new one never cancel out', () => {
    const resolve = valueResolver(root);
    const expired = (index: number, value = root) => identify({ ruleId: 'exception-expired', path: ['exceptions', index, 'expires'], target: null }, 'x.yaml', valueResolver(value));
    expect(matchIdentities([expired(0)], [expired(1)])).toEqual({ unchanged: [false], gone: [0] });
    expect(matchIdentities([expired(1, swapped)], [expired(0)])).toEqual({ unchanged: [true], gone: [] });
    expect(resolve(['devices'], 5)).toBeUndefined();
  });

  it('matches loosely only what a JSON report could not name', () => {
    const current = identify({ ruleId: 'exception-expired', path: ['exceptions', 1, 'expires'], target: null }, 'x.yaml', valueResolver(swapped));
    const fromReport = identify({ ruleId: 'exception-expired', path: ['exceptions', 0, 'expires'], target: null }, 'x.yaml', targetResolver(null));
    expect(fromReport.resolved).toBe(false);
    expect(matchIdentities([current], [fromReport]).unchanged).toEqual([true]);
    const otherFile = identify({ ruleId: 'exception-expired', path: ['exceptions', 0, 'expires'], target: null }, 'y.yaml', targetResolver(null));
    expect(matchIdentities([current], [otherFile]).unchanged).toEqual([false]);
  });
});
