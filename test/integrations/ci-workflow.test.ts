// The README's GitHub Actions workflow (docs/integrations/github-actions.yml), its `run:` steps run in
// order with bash as the runner does, in a repository of ledgers: the install from the git URL (npm
// clones a local copy of this repository, installs its dev dependencies and builds it), the SARIF
// report and the gate. Then the plain git hook from the installed package. Needs the npm registry
// (or npm's cache) for the dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { exampleForToday } from '../helpers/dated';
import { readmeBlock, readmeLine } from '../helpers/readme';
import { sarifValidator } from '../helpers/sarif';
import { GIT_ENV, removeTree, snapshotRepository } from '../helpers/snapshot';

const WORKFLOW_FILE = 'docs/integrations/github-actions.yml';
const HOOK_INSTALL = 'cp node_modules/dokodemo-check/docs/integrations/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit';
// Without --as-of the workflow checks for today: the examples are moved to today.
const CLEAN = exampleForToday('examples/home-nursing-clean.yaml');
const FINDINGS = exampleForToday('examples/clinic-with-findings.yaml');

interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, { steps: Array<{ run?: string; uses?: string }> }>;
}

describe('the CI workflow in the README', () => {
  const text = readFileSync(WORKFLOW_FILE, 'utf8');
  const workflow = load(text) as Workflow;
  const commands = Object.values(workflow.jobs)[0]!.steps.flatMap((step) => (step.run ? [step.run] : []));

  it('is the one the README shows', () => {
    expect(readmeBlock(text.split('\n')[0]!)).toBe(text);
    expect(commands).toHaveLength(3);
    expect(workflow.env.DOKODEMO_CHECK).toBe('git+https://github.com/dokodemo-check/dokodemo-check.git#main');
  });

  const made: string[] = [];
  afterAll(() => {
    for (const directory of made) removeTree(directory); // the installation: about 90 MB
  });

  it('installs from the git URL, reports SARIF, gates on errors; the installed hook blocks a bad commit', () => {
    const { directory, commit } = snapshotRepository();
    const repo = mkdtempSync(join(tmpdir(), 'dokodemo-ci-'));
    made.push(directory, repo);
    execFileSync('git', ['init', '-q', repo]);
    mkdirSync(join(repo, 'ledgers'));
    writeFileSync(join(repo, 'ledgers', 'みどり台帳.yaml'), CLEAN);
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n*.sarif\n');
    const env = {
      ...process.env,
      ...GIT_ENV,
      LANG: 'en_US.UTF-8',
      npm_config_update_notifier: 'false',
      npm_config_prefer_offline: 'true',
      ...workflow.env,
      DOKODEMO_CHECK: `git+file://${directory}#${commit}`, // the same repository, here
      GITHUB_ACTIONS: 'true',
    };
    const step = (command: string) => {
      const run = spawnSync('bash', ['-e', '-c', command], { cwd: repo, env, encoding: 'utf8', timeout: 15 * 60 * 1000 });
      return { code: run.status, stdout: run.stdout, stderr: run.stderr };
    };
    const [install, sarif, gate] = commands as [string, string, string];

    const installed = step(install);
    expect(installed.code).toBe(0);
    expect(existsSync(join(repo, 'node_modules', 'dokodemo-check', 'dist', 'cli', 'entry.js'))).toBe(true);

    expect(step(sarif).code).toBe(0);
    const log = JSON.parse(readFileSync(join(repo, 'dokodemo-check.sarif'), 'utf8'));
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(step(gate)).toEqual({ code: 0, stdout: '', stderr: '' });

    writeFileSync(join(repo, 'ledgers', 'clinic ledger.yaml'), FINDINGS);
    expect(step(sarif).code).toBe(0);
    const uris = JSON.parse(readFileSync(join(repo, 'dokodemo-check.sarif'), 'utf8')).runs[0].results.map(
      (result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => result.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(new Set(uris)).toEqual(new Set(['ledgers/clinic%20ledger.yaml']));
    const failed = step(gate);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^::error file=ledgers\/clinic ledger\.yaml,line=19,col=37/m);

    // The plain git hook, from the installed package, as the README installs it.
    expect(step(readmeLine(HOOK_INSTALL)).code).toBe(0);
    execFileSync('git', ['add', 'ledgers/みどり台帳.yaml', '.gitignore'], { cwd: repo });
    expect(step('git commit -q -m good').code).toBe(0);
    copyFileSync(join(repo, 'ledgers', 'clinic ledger.yaml'), join(repo, 'ledgers', 'east.yaml'));
    execFileSync('git', ['add', 'ledgers/east.yaml'], { cwd: repo });
    const blocked = step('git commit -q -m bad');
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^ledgers\/east\.yaml\n/); // git shows a hook's output on stderr
    expect(execFileSync('git', ['log', '--format=%s'], { cwd: repo, encoding: 'utf8' })).toBe('good\n');
  }, 20 * 60 * 1000);
});
