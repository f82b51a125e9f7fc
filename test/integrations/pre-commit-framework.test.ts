// The real pre-commit framework (https://pre-commit.com) with the README's .pre-commit-config.yaml,
// pointed at a local copy of this repository: `pre-commit autoupdate --freeze` pins its commit, the
// framework installs the hook with npm (the registry, or npm's cache) and the node on PATH, and
// `pre-commit run --all-files` passes on good ledgers and fails on bad ones.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleForToday } from '../helpers/dated';
import { readmeBlock, readmeLine } from '../helpers/readme';
import { GIT_ENV, removeTree, snapshotRepository } from '../helpers/snapshot';

const PROJECT_URL = 'https://github.com/dokodemo-check/dokodemo-check';
const CONFIG_FIRST_LINE = 'repos:';
const AUTOUPDATE = 'pre-commit autoupdate --freeze';
// The hook checks for today: the examples are moved to today.
const CLEAN = exampleForToday('examples/home-nursing-clean.yaml');
const FINDINGS = exampleForToday('examples/clinic-with-findings.yaml');
const installed = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = installed.status === 0;
if (!available) console.warn('test/integrations/pre-commit-framework.test.ts: skipped: the pre-commit framework is not installed (pip install pre-commit)');
const describeWithFramework = available ? describe : describe.skip;

describeWithFramework(`the pre-commit framework (${installed.stdout.trim()})`, () => {
  const home = mkdtempSync(join(tmpdir(), 'dokodemo-pre-commit-home-'));
  const made = [home];
  afterAll(() => {
    for (const directory of made) removeTree(directory); // the hook's environment: about 90 MB
  });
  const env = {
    ...process.env,
    ...GIT_ENV,
    PRE_COMMIT_HOME: home,
    LANG: 'en_US.UTF-8',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_prefer_offline: 'true',
  };
  const run = (command: string, cwd: string) => {
    const result = spawnSync('sh', ['-c', command], { cwd, env, encoding: 'utf8', timeout: 15 * 60 * 1000 });
    return { code: result.status, output: result.stdout + result.stderr };
  };

  it('installs the hook at a pinned commit and fails only on bad ledgers', () => {
    const { directory: hookRepository, commit } = snapshotRepository();
    const project = mkdtempSync(join(tmpdir(), 'dokodemo-pre-commit-'));
    made.push(hookRepository, project);
    execFileSync('git', ['init', '-q', project]);
    mkdirSync(join(project, 'ledgers'));
    writeFileSync(join(project, 'ledgers', 'みどり台帳.yaml'), CLEAN);
    writeFileSync(join(project, 'ledgers', 'clinic ledger.yaml'), CLEAN);
    writeFileSync(join(project, 'ledgers', '.dokodemo-check.yaml'), 'rules:\n  byod: warning\n');
    writeFileSync(join(project, 'ledgers', 'compose.yml'), 'services:\n  app:\n    image: x\n');
    const config = readmeBlock(CONFIG_FIRST_LINE);
    expect(config).toContain(`repo: ${PROJECT_URL}\n`);
    writeFileSync(join(project, '.pre-commit-config.yaml'), config.replace(`repo: ${PROJECT_URL}\n`, `repo: ${hookRepository}\n`));
    execFileSync('git', ['add', '-A'], { cwd: project });

    const pinned = run(readmeLine(AUTOUPDATE), project);
    expect(pinned.code).toBe(0);
    expect(readFileSync(join(project, '.pre-commit-config.yaml'), 'utf8')).toContain(`rev: ${commit}`);
    execFileSync('git', ['add', '-A'], { cwd: project });

    const good = run('pre-commit run --all-files', project);
    expect(good.output).toMatch(/dokodemo-check \(どこでも連絡帳 管理台帳\)\.+Passed/);
    expect(good.code).toBe(0);
    // The framework used the node on PATH (its environment for `system`), not a downloaded one.
    expect(readdirSync(home).flatMap((entry) => (entry.startsWith('repo') ? readdirSync(join(home, entry)) : [])).filter((name) => name.startsWith('node_env'))).toEqual(['node_env-system']);

    writeFileSync(join(project, 'ledgers', 'clinic ledger.yaml'), FINDINGS);
    execFileSync('git', ['add', '-A'], { cwd: project });
    const bad = run('pre-commit run --all-files', project);
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/dokodemo-check \(どこでも連絡帳 管理台帳\)\.+Failed/);
    expect(bad.output).toContain('ledgers/clinic ledger.yaml\n');
    expect(bad.output).toContain('mcs-password-age');
    expect(bad.output).toContain('ledgers/みどり台帳.yaml: ✔ No problems found\n');
    expect(bad.output).not.toMatch(/^ledgers\/(compose\.yml|\.dokodemo-check\.yaml)/m); // passed to the hook, left out by it
  }, 20 * 60 * 1000);
});
