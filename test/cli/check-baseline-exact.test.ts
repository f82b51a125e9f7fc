// `check` against a baseline, standard input's name and folder, and a grouped report written into a folder,
// in-process through main() (src/cli/check-command.ts's runCheck and groupedModel).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const AS_OF = ['--as-of', '2026-11-24'];
const CLINIC = readFileSync('examples/clinic-with-findings.yaml', 'utf8');
const SMALL = 'version: 1\nfacility:\n  name: テスト\n';

/** A folder with the clinic's ledger, its -f json report as base.json, and the ledger changed after it (one new finding). */
function withBaseline(): { root: string; ledger: string; base: string } {
  const root = temp.make('cli-baseline-');
  const ledger = join(root, 'c.yaml');
  const base = join(root, 'base.json');
  writeFileSync(ledger, CLINIC);
  expect(runCli([...AS_OF, '-f', 'json', '-o', base, ledger]).code).toBe(1);
  writeFileSync(ledger, CLINIC.replace('policy_read: true', 'policy_read: false'));
  return { root, ledger, base };
}

describe('--baseline', () => {
  it('marks each finding new or unchanged and counts them', () => {
    const { ledger, base } = withBaseline();
    const run = runCli([...AS_OF, '-f', 'json', '--baseline', base, ledger]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { baseline: unknown; files: Array<{ findings: Array<{ ruleId: string; line: number; baselineState: string }> }> };
    expect(report.baseline).toEqual({ new: 1, unchanged: 31, absent: 0 });
    expect(report.files[0]!.findings.filter((finding) => finding.baselineState === 'new').map((finding) => [finding.ruleId, finding.line])).toEqual([['policy-read', 145]]);
    expect(report.files[0]!.findings.every((finding) => finding.baselineState === 'new' || finding.baselineState === 'unchanged')).toBe(true);
    const lines = runCli([...AS_OF, '-f', 'github', '--baseline', base, ledger]).stdout.split('\n');
    expect(lines[25]).toBe(`::error file=${ledger},line=145,col=18,title=policy-read (new)::中村 誠 has not read the usage policy and the how-to. Have them read it and set policy_read to true`);
  });

  it('--fail-on-new: exit 1 only for a new finding at the --fail-on severity', () => {
    const { ledger, base } = withBaseline();
    expect(runCli([...AS_OF, '-f', 'github', '--baseline', base, '--fail-on-new', ledger]).code).toBe(1);
    const same = withBaseline();
    writeFileSync(same.ledger, CLINIC);
    expect(runCli([...AS_OF, '-f', 'github', '--baseline', same.base, '--fail-on-new', same.ledger]).code).toBe(0);
    expect(runCli([...AS_OF, '-f', 'github', '--baseline', same.base, same.ledger]).code).toBe(1);
  });

  it('keeps the baseline\'s count and --fail-on-new in a grouped report', () => {
    const { ledger, base } = withBaseline();
    const grouped = runCli([...AS_OF, '--group-by', 'target', '--baseline', base, ledger]).stdout;
    expect(grouped.split('\n').slice(-2)).toEqual(['Against the baseline: 1 new, 31 unchanged, 0 gone', '']);
    const failing = runCli([...AS_OF, '--group-by', 'target', '--baseline', base, '--fail-on-new', ledger]);
    const plain = runCli([...AS_OF, '--baseline', base, '--fail-on-new', ledger]);
    expect(failing.code).toBe(1);
    expect(failing.stdout.split('\n').slice(-4)).toEqual(plain.stdout.split('\n').slice(-4));
    expect(runCli([...AS_OF, '--group-by', 'target', ledger]).stdout).not.toContain('Against the baseline');
  });

  it('refuses a baseline it cannot read', () => {
    const { ledger, root } = withBaseline();
    expect(runCli([...AS_OF, '--baseline', join(root, 'none.json'), ledger])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: cannot read the --baseline report ${join(root, 'none.json')} (cannot read file: ${join(root, 'none.json')})\n` });
  });
});

describe('standard input', () => {
  it('is looked up for a configuration from the folder of its name', () => {
    const root = temp.make('cli-stdin-');
    mkdirSync(join(root, 'ja'));
    writeFileSync(join(root, 'ja', '.dokodemo-check.yaml'), 'lang: ja\n');
    const run = runCli([...AS_OF, '-f', 'github', '-', '--stdin-filename', join(root, 'ja', 'x.yaml')], { stdin: SMALL });
    expect(run.stdout.split('\n')[0]).toBe(`::error file=${join(root, 'ja', 'x.yaml')},line=1,col=1,title=schema::必須項目 \`devices\`（利用端末）がありません。一覧（1 行に 1 件ずつ「- 」で始める。無ければ []）で記入してください`);
  });

  it('--skip-non-ledgers leaves out standard input named as no ledger, without reading it', () => {
    const run = runCli([...AS_OF, '-f', 'json', '--skip-non-ledgers', '-', '--stdin-filename', 'notes.txt'], { stdin: SMALL });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toEqual([]);
    const unnamed = runCli([...AS_OF, '-f', 'json', '--skip-non-ledgers', '-'], { stdin: SMALL });
    expect((JSON.parse(unnamed.stdout) as { files: Array<{ file: string }> }).files.map((file) => file.file)).toEqual(['<stdin>']);
  });
});

describe('-f html into a folder', () => {
  it('writes the grouped network report and one page per facility', () => {
    const root = temp.make('cli-html-');
    writeFileSync(join(root, 'a.yaml'), CLINIC);
    const folder = join(root, 'out/');
    expect(runCli([...AS_OF, '-f', 'html', '--group-by', 'target', '-o', folder, join(root, 'a.yaml')])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readdirSync(folder).sort()).toEqual([`1-${join(root, 'a').slice(1).replace(/\//g, '_')}.html`, 'index.html']);
    const file = join(root, 'one.html');
    runCli([...AS_OF, '-f', 'html', '-o', file, join(root, 'a.yaml')]);
    expect(readFileSync(join(folder, 'index.html'), 'utf8').length).toBeGreaterThan(1000);
    expect(readFileSync(file, 'utf8').slice(0, 15)).toBe('<!DOCTYPE html>');
  });
});
