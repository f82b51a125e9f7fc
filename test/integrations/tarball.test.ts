// Installing from a tarball: `npm pack` builds dist/ into the package (prepack) and packs a package.json
// with no install-time script, so the README's `npm install --strict-allow-scripts` into a fresh project
// installs it with no warning, and it runs on a ledger; `npm install -g` of the tarball and of the git
// release commit put `dokodemo-check` on PATH. Needs the npm registry for the production dependencies
// (from npm's cache when it has them).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/cli';
import { readmeLine } from '../helpers/readme';
import { snapshotRepository } from '../helpers/snapshot';
import { tempDirs } from '../helpers/temp';
import { CLEAN, FINDINGS, releaseRepository } from './release';

const NPM_ENV = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true' };
const PACK = 'npm pack';
const INSTALL = 'npm install --strict-allow-scripts ./dokodemo-check-1.0.0.tgz';
const INSTALL_GLOBAL = 'npm install -g ./dokodemo-check-1.0.0.tgz';
const INSTALL_RELEASE = 'npm install -g "git+https://github.com/dokodemo-check/dokodemo-check.git#release"';

function sh(command: string, cwd: string, env: NodeJS.ProcessEnv = NPM_ENV) {
  const run = spawnSync('sh', ['-c', command], { cwd, env, encoding: 'utf8', timeout: 10 * 60 * 1000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `dokodemo-check` from PATH (a global install into `prefix`) on a good and a bad ledger with Japanese, spaced names. */
function checksFromPath(prefix: string, work: string) {
  const env = { ...NPM_ENV, PATH: `${join(prefix, 'bin')}:${process.env.PATH}` };
  mkdirSync(join(work, '台帳 2026'), { recursive: true });
  writeFileSync(join(work, '台帳 2026', 'みどり 台帳.yaml'), CLEAN);
  writeFileSync(join(work, '台帳 2026', '東 台帳.yaml'), FINDINGS);
  expect(sh('command -v dokodemo-check', work, env).stdout).toBe(`${join(prefix, 'bin', 'dokodemo-check')}\n`);
  expect(sh("dokodemo-check '台帳 2026/みどり 台帳.yaml'", work, env)).toEqual({ code: 0, stdout: '台帳 2026/みどり 台帳.yaml: ✔ No problems found\n', stderr: '' });
  const bad = sh("dokodemo-check '台帳 2026/東 台帳.yaml'", work, env);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/^台帳 2026\/東 台帳\.yaml\n/);
  expect(bad.stdout).toContain('mcs-password-age');
}

describe('a tarball installed without dev dependencies', () => {
  const temp = tempDirs(); // each holds an installation: about 90 MB

  it('is packed with its build and runs from a fresh project', () => {
    const { directory } = snapshotRepository();
    temp.add(directory);
    symlinkSync(resolve('node_modules'), join(directory, 'node_modules')); // the build's tools, as `npm ci` leaves them
    const packed = sh(readmeLine(PACK), directory);
    expect(packed).toEqual({ code: 0, stdout: 'dokodemo-check-1.0.0.tgz\n', stderr: expect.any(String) });
    const listing = execFileSync('tar', ['-tzf', join(directory, 'dokodemo-check-1.0.0.tgz')], { encoding: 'utf8' }).split('\n');
    for (const file of ['package/bin/dokodemo-check.js', 'package/dist/cli/entry.js', 'package/dist/cli/bundle.js', 'package/schemas/ledger.schema.json', 'package/docs/integrations/pre-commit-hook.sh']) {
      expect(listing).toContain(file);
    }
    expect(listing.filter((file) => /^package\/(src|test|node_modules|\.npmrc)/.test(file))).toEqual([]);

    const packedManifest = JSON.parse(execFileSync('tar', ['-xzOf', join(directory, 'dokodemo-check-1.0.0.tgz'), 'package/package.json'], { encoding: 'utf8' }));
    expect(Object.keys(packedManifest.scripts).filter((name) => /install|prepare|pack/.test(name))).toEqual([]);
    expect(JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')).scripts.prepare).toBe('node scripts/prepare.js'); // put back by postpack

    const project = temp.make('dokodemo-tarball-');
    writeFileSync(join(project, 'package.json'), '{ "name": "ledgers", "private": true }\n');
    copyFileSync(join(directory, 'dokodemo-check-1.0.0.tgz'), join(project, 'dokodemo-check-1.0.0.tgz'));
    const installed = sh(readmeLine(INSTALL), project);
    expect(installed.code).toBe(0);
    expect(installed.stderr).not.toMatch(/warn|allowScripts|install-scripts/i);
    expect(readdirSync(join(project, 'node_modules'))).not.toEqual(expect.arrayContaining(['typescript', 'jest', 'esbuild']));

    copyFileSync('examples/clinic-with-findings.yaml', join(project, 'clinic.yaml'));
    copyFileSync('examples/home-nursing-clean.yaml', join(project, 'station.yaml'));
    const clean = sh('npx --no-install dokodemo-check --as-of 2026-11-24 station.yaml', project);
    expect(clean).toEqual({ code: 0, stdout: 'station.yaml: ✔ No problems found\n', stderr: '' });
    const findings = sh('npx --no-install dokodemo-check --as-of 2026-11-24 --format json clinic.yaml', project);
    expect(findings.code).toBe(1);
    const inProcess = runCli(['--as-of', '2026-11-24', '--format', 'json', 'examples/clinic-with-findings.yaml']);
    expect(JSON.parse(findings.stdout).files[0].findings).toEqual(JSON.parse(inProcess.stdout).files[0].findings);

    const prefix = temp.make('dokodemo-global-tarball-');
    const global = sh(readmeLine(INSTALL_GLOBAL).replace('npm install -g', `npm install -g --prefix '${prefix}'`), project);
    expect(global.code).toBe(0);
    checksFromPath(prefix, project);
  }, 10 * 60 * 1000);

  it('installs globally from the git release commit, nothing to prepare, onto PATH', () => {
    const { directory, release } = releaseRepository(temp);
    const prefix = temp.make('dokodemo-global-git-');
    const command = readmeLine(INSTALL_RELEASE)
      .replace('npm install -g', `npm install -g --prefix '${prefix}'`)
      .replace('git+https://github.com/dokodemo-check/dokodemo-check.git#release', `git+file://${directory}#${release}`);
    const installed = sh(command, prefix);
    expect(installed.stderr).not.toMatch(/install-scripts|git dep preparation/);
    expect(installed.code).toBe(0);
    checksFromPath(prefix, temp.make('dokodemo-global-work-'));
  }, 10 * 60 * 1000);
});
