// The README's pull-request job (`new-findings` in docs/integrations/github-actions.yml), its `run:`
// steps taken from the README's block and run with bash as the runner does, against a real git history:
// the built program (npm run build) in real processes, found by `npx --no-install` as the job finds it.
// A pull request that moves lines and reorders entries of ledgers full of old findings passes; one that
// adds a problem fails, naming it new; the reviewer's `diff` step lists what changed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { exampleForToday } from '../helpers/dated';
import { readmeBlock } from '../helpers/readme';
import { tempDirs } from '../helpers/temp';
import { EXAMPLE, GIT_ENV, gitIn } from './fixtures';

const WORKFLOW_FILE = 'docs/integrations/github-actions.yml';
const BIN = resolve('bin/dokodemo-check.js');

interface Workflow {
  jobs: Record<string, { if?: string; steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> }>;
}

const temp = tempDirs();

describe("the README's pull-request job", () => {
  const text = readFileSync(WORKFLOW_FILE, 'utf8');
  const workflow = load(readmeBlock(text.split('\n')[0]!)) as Workflow;
  const job = workflow.jobs['new-findings']!;
  const [install, ...commands] = job.steps.flatMap((step) => (step.run ? [step.run] : []));

  it('is the workflow file, runs on pull requests only, with the history it needs', () => {
    expect(readmeBlock(text.split('\n')[0]!)).toBe(text);
    expect(job.if).toBe("github.event_name == 'pull_request'");
    expect(workflow.jobs['dokodemo-check']!.if).toBe("github.event_name != 'pull_request'");
    expect(job.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(install).toBe(workflow.jobs['dokodemo-check']!.steps.find((step) => step.run)!.run);
    expect(commands).toHaveLength(2);
  });

  it('passes a pull request that only moves old findings, fails one that adds a finding', () => {
    const repo = temp.make('dokodemo-pr-');
    const git = gitIn(repo);
    // The installed program, where `npx --no-install` looks: this build.
    mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, join(repo, 'node_modules', '.bin', 'dokodemo-check'));
    const env = { ...process.env, ...GIT_ENV, LANG: 'en_US.UTF-8', GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main', npm_config_update_notifier: 'false' };
    const run = (command: string) => {
      const result = spawnSync('bash', ['-e', '-c', command], { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const [diffStep, gate] = commands as [string, string];

    git('init', '-q', '-b', 'main');
    mkdirSync(join(repo, 'ledgers', 'east'), { recursive: true });
    const yaml = join(repo, 'ledgers', 'みどり 台帳.yaml');
    const source = exampleForToday(EXAMPLE);
    writeFileSync(yaml, source);
    writeFileSync(join(repo, 'east.yaml'), source);
    expect(run(`node ${BIN} convert east.yaml ledgers/east/clinic.xlsx`).code).toBe(0);
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n/east.yaml\n');
    git('add', '.gitignore', 'ledgers');
    git('commit', '-q', '-m', 'ledgers as reviewed last year');
    expect(run(`node ${BIN} ledgers/`).code).toBe(1); // old findings: a plain check fails
    git('update-ref', 'refs/remotes/origin/main', 'HEAD'); // what actions/checkout's fetch-depth: 0 brings
    git('checkout', '-q', '-b', 'review');

    // Lines inserted above every finding, and the workbook's rows reordered.
    writeFileSync(yaml, source.replace('version: 1', '# 2026 見直し\n# reviewed\nversion: 1'));
    const lines = source.split('\n');
    const devices = lines.findIndex((line) => line === 'devices:');
    const users = lines.findIndex((line) => line === 'users:');
    const items = lines.slice(devices + 1, users);
    const starts = items.flatMap((line, index) => (line.startsWith('  - ') ? [index] : []));
    const blocks = starts.map((start, n) => items.slice(start, starts[n + 1] ?? items.length));
    const swapped = [...lines.slice(0, devices + 1), ...items.slice(0, starts[0]), ...blocks.reverse().flat(), ...lines.slice(users)].join('\n');
    writeFileSync(join(repo, 'east.yaml'), swapped);
    expect(run(`node ${BIN} convert east.yaml ledgers/east/clinic.xlsx --force`).code).toBe(0);
    git('commit', '-q', '-am', 'review: notes and order');

    const moved = run(gate);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/Severity\s+Baseline/);
    expect(moved.stdout).toMatch(/Against the baseline: 0 new, \d+ unchanged, 0 gone/);
    expect(moved.stdout).not.toMatch(/\snew\s+\d+:\d+/);
    const reviewed = run(diffStep);
    expect(reviewed.code).toBe(0);
    expect(reviewed.stdout).toContain('ledgers/east/clinic.xlsx @ origin/main');
    expect(reviewed.stdout).toContain('ledgers/みどり 台帳.yaml @ origin/main');
    expect(reviewed.stdout.match(/nothing changed/g)).toHaveLength(2);
    expect(reviewed.stdout.match(/Findings that appeared: none/g)).toHaveLength(2);

    // A device loses its antivirus in the workbook: that finding is new, and fails the job.
    writeFileSync(join(repo, 'east.yaml'), swapped.replace(/(id: MD-PC-01[^]*?antivirus: )true/, '$1false'));
    expect(run(`node ${BIN} convert east.yaml ledgers/east/clinic.xlsx --force`).code).toBe(0);
    git('commit', '-q', '-am', 'MD-PC-01 without antivirus');
    const worse = run(gate);
    expect(worse.code).toBe(1);
    expect(worse.stdout).toMatch(/error\s+new\s+端末!\S+\s+MD-PC-01\s+antivirus/);
    expect(worse.stdout).toMatch(/Against the baseline: 1 new, \d+ unchanged, 0 gone/);
    const shown = run(diffStep);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/changed\s+MD-PC-01\s+security\.antivirus: true → false/);
    expect(shown.stdout).toMatch(/Findings that appeared\n.*\n\s+error\s+端末!\S+\s+MD-PC-01\s+antivirus/);
  });
});
