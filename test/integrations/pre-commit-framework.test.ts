// The real pre-commit framework (https://pre-commit.com), both the version people get from pip (4.x:
// `npm install --install-links -g git+file://<clone>`) and Debian's (3.0.x: `npm install` then `npm pack`
// in its clone), with the README's .pre-commit-config.yaml pointed at a local copy of this repository
// and `rev:` at its release commit (scripts/release.js). The framework installs the hook with npm (the
// registry, or npm's cache) and the node on PATH; `pre-commit run --all-files` passes on good ledgers and
// fails on bad ones, YAML and workbooks, Japanese and spaced names, and leaves out Excel's owner files.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandMissing, describeWith, underCi } from '../helpers/components';
import { readmeBlock } from '../helpers/readme';
import { GIT_ENV } from '../helpers/snapshot';
import { tempDirs } from '../helpers/temp';
import { CLEAN, FINDINGS, type Release, releaseRepository, workbookOf } from './release';

const PROJECT_URL = 'https://github.com/dokodemo-check/dokodemo-check';
const CONFIG_FIRST_LINE = 'repos:';
// pip's pre-commit lives in a virtual environment of its own beside Debian's /usr/bin/pre-commit: .ci/run
// makes it and exports PRE_COMMIT_4.
const PIP_PRE_COMMIT = process.env.PRE_COMMIT_4 || '/opt/dokodemo-check-ci/pre-commit-4/bin/pre-commit';
const DEBIAN_PRE_COMMIT = process.env.PRE_COMMIT_3 || '/usr/bin/pre-commit';

function versionOf(executable: string): string | undefined {
  const run = spawnSync(executable, ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim().replace(/^pre-commit /, '') : undefined;
}

const FRAMEWORKS = [
  { name: "pip's pre-commit 4.x", executable: PIP_PRE_COMMIT, major: '4', install: 'python3 -m venv /opt/dokodemo-check-ci/pre-commit-4 && /opt/dokodemo-check-ci/pre-commit-4/bin/pip install "pre-commit>=4,<5" (as .ci/run does)' },
  { name: "Debian's pre-commit 3.0.x", executable: DEBIAN_PRE_COMMIT, major: '3', install: 'apt-get install pre-commit (as .ci/run does)' },
];

const temp = tempDirs();
let release: Release | undefined;
const releaseOnce = () => (release ??= releaseRepository(temp));

for (const framework of FRAMEWORKS) {
  const version = existsSync(framework.executable) ? versionOf(framework.executable) : undefined;
  const missing = version === undefined ? commandMissing(framework.executable) ?? `${framework.executable} gave no version` : version.startsWith(`${framework.major}.`) ? undefined : `${framework.executable} is ${version}`;
  describeWith(framework.name, missing, framework.install)(`the pre-commit framework ${version ?? framework.major}`, () => {
    const env = {
      ...process.env,
      ...GIT_ENV,
      LANG: 'en_US.UTF-8',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_prefer_offline: 'true',
    };
    const run = (args: string[], cwd: string, home: string) => {
      const result = spawnSync(framework.executable, args, { cwd, env: { ...env, PRE_COMMIT_HOME: home }, encoding: 'utf8', timeout: 15 * 60 * 1000 });
      return { code: result.status, output: result.stdout + result.stderr };
    };

    it('installs the hook at the release commit and fails only on bad ledgers and workbooks', () => {
      const { directory: hookRepository, release: rev } = releaseOnce();
      const home = temp.make('dokodemo-pre-commit-home-');
      const project = temp.make('dokodemo-pre-commit-');
      execFileSync('git', ['init', '-q', project]);
      mkdirSync(join(project, 'ledgers'));
      const goodBook = workbookOf(CLEAN, temp);
      writeFileSync(join(project, 'ledgers', 'みどり台帳.yaml'), CLEAN);
      writeFileSync(join(project, 'ledgers', 'clinic ledger.yaml'), CLEAN);
      writeFileSync(join(project, 'ledgers', '東 台帳.xlsx'), goodBook);
      writeFileSync(join(project, 'ledgers', '~$東 台帳.xlsx'), Buffer.from('owner file: not a workbook'));
      writeFileSync(join(project, 'ledgers', '.dokodemo-check.yaml'), 'rules:\n  byod: warning\n');
      writeFileSync(join(project, 'ledgers', 'compose.yml'), 'services:\n  app:\n    image: x\n');
      const config = readmeBlock(CONFIG_FIRST_LINE);
      expect(config).toContain(`repo: ${PROJECT_URL}\n`);
      expect(config).toMatch(/^ {4}rev: .*release/m);
      writeFileSync(join(project, '.pre-commit-config.yaml'), config.replace(`repo: ${PROJECT_URL}\n`, `repo: ${hookRepository}\n`).replace(/^ {4}rev: .*$/m, `    rev: ${rev}`));
      execFileSync('git', ['add', '-A'], { cwd: project });

      const good = run(['run', '--all-files'], project, home);
      expect(good.output).toMatch(/dokodemo-check \(どこでも連絡帳 管理台帳\)\.+Passed/);
      expect(good.code).toBe(0);
      // The framework used the node on PATH (its environment for `system`), not a downloaded one.
      expect(readdirSync(home).flatMap((entry) => (entry.startsWith('repo') ? readdirSync(join(home, entry)) : [])).filter((name) => name.startsWith('node_env'))).toEqual(['node_env-system']);

      writeFileSync(join(project, 'ledgers', '東 台帳.xlsx'), workbookOf(FINDINGS, temp));
      execFileSync('git', ['add', '-A'], { cwd: project });
      const badBook = run(['run', '--all-files'], project, home);
      expect(badBook.code).toBe(1);
      expect(badBook.output).toMatch(/dokodemo-check \(どこでも連絡帳 管理台帳\)\.+Failed/);
      expect(badBook.output).toContain('ledgers/東 台帳.xlsx\n');
      expect(badBook.output).toContain('mcs-password-age');
      expect(badBook.output).toContain('ledgers/clinic ledger.yaml: ✔ No problems found\n');
      expect(badBook.output).not.toContain('~$');

      writeFileSync(join(project, 'ledgers', '東 台帳.xlsx'), goodBook);
      writeFileSync(join(project, 'ledgers', 'clinic ledger.yaml'), FINDINGS);
      execFileSync('git', ['add', '-A'], { cwd: project });
      const bad = run(['run', '--all-files'], project, home);
      expect(bad.code).toBe(1);
      expect(bad.output).toMatch(/dokodemo-check \(どこでも連絡帳 管理台帳\)\.+Failed/);
      expect(bad.output).toContain('ledgers/clinic ledger.yaml\n');
      expect(bad.output).toContain('mcs-password-age');
      expect(bad.output).toContain('ledgers/みどり台帳.yaml: ✔ No problems found\n');
      expect(bad.output).toContain('ledgers/東 台帳.xlsx: ✔ No problems found\n');
      expect(bad.output).not.toMatch(/^ledgers\/(compose\.yml|\.dokodemo-check\.yaml)/m); // passed to the hook, left out by it
    }, 20 * 60 * 1000);
  });
}

if (underCi()) {
  it('CI has both frameworks', () => {
    expect(FRAMEWORKS.map((framework) => versionOf(framework.executable)?.split('.')[0])).toEqual(['4', '3']);
  });
}
