// The plain git hook (docs/integrations/pre-commit-hook.sh) in a real repository, installed with the
// README's command, with real commits: Japanese, spaced and non-ledger names; the staged content, not
// the working copy, decides.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exampleForToday } from '../helpers/dated';
import { readmeLine } from '../helpers/readme';
import { tempDirs } from '../helpers/temp';
import { workbookOf } from './release';

// Without --as-of the hook checks for today: the examples are moved to today.
const CLEAN = exampleForToday('examples/home-nursing-clean.yaml');
const FINDINGS = exampleForToday('examples/clinic-with-findings.yaml');
const INSTALL = 'cp node_modules/dokodemo-check/docs/integrations/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit';
const WORKFLOW = 'name: ledgers\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx dokodemo-check ledgers/\n';
const ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: 'en_US.UTF-8',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.jp',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.jp',
  GIT_CONFIG_NOSYSTEM: '1',
};

const temp = tempDirs();

/** A repository of ledgers with this checkout linked in as its node_modules/dokodemo-check (as npm link does). */
function repository(): string {
  const repo = temp.make('dokodemo-hook-');
  execFileSync('git', ['init', '-q', repo], { env: ENV });
  mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(resolve('.'), join(repo, 'node_modules', 'dokodemo-check'));
  symlinkSync('../dokodemo-check/bin/dokodemo-check.js', join(repo, 'node_modules', '.bin', 'dokodemo-check'));
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  execFileSync('sh', ['-c', readmeLine(INSTALL)], { cwd: repo, env: ENV });
  return repo;
}

function git(repo: string, ...args: string[]) {
  const run = spawnSync('git', args, { cwd: repo, env: ENV, encoding: 'utf8' });
  return { code: run.status, output: run.stdout + run.stderr };
}

function write(repo: string, path: string, content: string | Buffer): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

const commits = (repo: string) => git(repo, 'log', '--format=%s').output.trim().split('\n').filter(Boolean);

describe('the plain git pre-commit hook', () => {
  it('commits good ledgers with Japanese and spaced names and other YAML alongside', () => {
    const repo = repository();
    write(repo, 'ledgers/みどり台帳.yaml', CLEAN);
    write(repo, 'ledgers/clinic ledger.yaml', CLEAN);
    write(repo, '.github/workflows/ledgers.yml', WORKFLOW);
    write(repo, 'ledgers/.dokodemo-check.yaml', 'rules:\n  byod: warning\n');
    write(repo, 'ledgers/compose.yml', 'services:\n  app:\n    image: x\n');
    git(repo, 'add', '-A');
    const run = git(repo, 'commit', '-q', '-m', 'ledgers');
    const footer = '  configuration: ledgers/.dokodemo-check.yaml\n';
    expect(run).toEqual({
      code: 0,
      output: `ledgers/clinic ledger.yaml: ✔ No problems found\n${footer}ledgers/みどり台帳.yaml: ✔ No problems found\n${footer}`,
    });
    expect(commits(repo)).toEqual(['ledgers']);
  });

  it('blocks a bad staged ledger even when the working copy is good, and names it as it is', () => {
    const repo = repository();
    write(repo, 'ledgers/clinic ledger.yaml', CLEAN);
    git(repo, 'add', '-A');
    expect(git(repo, 'commit', '-q', '-m', 'first').code).toBe(0);

    write(repo, 'ledgers/みどり台帳.yaml', FINDINGS);
    git(repo, 'add', '-A');
    write(repo, 'ledgers/みどり台帳.yaml', CLEAN); // fixed in the working copy only
    const run = git(repo, 'commit', '-q', '-m', 'bad');
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/^ledgers\/みどり台帳\.yaml\n/m);
    expect(run.output).toContain('mcs-password-age');
    expect(commits(repo)).toEqual(['first']);
  });

  it('checks staged workbooks: a good one commits, a bad one blocks, Excel\'s owner file is left out', () => {
    const repo = repository();
    const good = workbookOf(CLEAN, temp);
    write(repo, 'ledgers/東 台帳.xlsx', good);
    write(repo, 'ledgers/~$東 台帳.xlsx', 'owner file: not a workbook');
    git(repo, 'add', '-A');
    expect(git(repo, 'commit', '-q', '-m', 'workbook')).toEqual({ code: 0, output: 'ledgers/東 台帳.xlsx: ✔ No problems found\n' });

    write(repo, 'ledgers/みどり台帳.XLSX', workbookOf(FINDINGS, temp));
    git(repo, 'add', '-A');
    write(repo, 'ledgers/みどり台帳.XLSX', good); // fixed in the working copy only
    const run = git(repo, 'commit', '-q', '-m', 'bad workbook');
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/^ledgers\/みどり台帳\.XLSX\n/m);
    expect(run.output).toContain('mcs-password-age');
    expect(run.output).not.toContain('~$');
    expect(commits(repo)).toEqual(['workbook']);
  });

  it('lets a good staged ledger through when the working copy is bad', () => {
    const repo = repository();
    write(repo, 'ledgers/clinic ledger.yaml', CLEAN);
    git(repo, 'add', '-A');
    write(repo, 'ledgers/clinic ledger.yaml', 'version: [\n'); // broken after staging
    expect(git(repo, 'commit', '-q', '-m', 'good').code).toBe(0);
    expect(commits(repo)).toEqual(['good']);
  });

  it('uses the configuration of the ledger folder, and a broken ledger blocks', () => {
    const repo = repository();
    write(repo, 'ledgers/east/.dokodemo-check.yaml', ALL_ERRORS_OFF);
    write(repo, 'ledgers/east/clinic ledger.yaml', FINDINGS);
    git(repo, 'add', '-A');
    expect(git(repo, 'commit', '-q', '-m', 'east').code).toBe(0);
    write(repo, 'ledgers/west/broken.YAML', 'version: [\n');
    git(repo, 'add', '-A');
    const run = git(repo, 'commit', '-q', '-m', 'west');
    expect(run.code).toBe(1);
    expect(run.output).toContain('ledgers/west/broken.YAML');
    expect(run.output).toContain('yaml-syntax');
    expect(commits(repo)).toEqual(['east']);
  });
});

/** Only warnings and info left in the findings example. */
const ALL_ERRORS_OFF = `rules:\n${[
  'facility-rules', 'lock-password-strength', 'os-up-to-date', 'unused-apps', 'mcs-password-saved', 'public-wireless-lan',
  'antivirus', 'unknown-sources', 'encryption', 'startup-password', 'byod-admin-lock', 'device-shared', 'lost-device-incident',
  'retired-device-wiped', 'mcs-password-age', 'policy-read', 'training', 'departed-user', 'pledge', 'user-devices',
].map((id) => `  ${id}: warning\n`).join('')}`;

