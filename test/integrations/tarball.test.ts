// Installing from a tarball: `npm pack` builds dist/ into the package (prepare), and the package
// installed with --omit=dev into a fresh project runs on a ledger. Needs the npm registry for the
// production dependencies (from npm's cache when it has them).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/cli';
import { readmeLine } from '../helpers/readme';
import { removeTree, snapshotRepository } from '../helpers/snapshot';

const NPM_ENV = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true' };
const PACK = 'npm pack';
const INSTALL = 'npm install --omit=dev ./dokodemo-check-1.0.0.tgz';

function sh(command: string, cwd: string) {
  const run = spawnSync('sh', ['-c', command], { cwd, env: NPM_ENV, encoding: 'utf8', timeout: 10 * 60 * 1000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('a tarball installed without dev dependencies', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const directory of made) removeTree(directory); // each holds an installation: about 90 MB
  });

  it('is packed with its build and runs from a fresh project', () => {
    const { directory } = snapshotRepository();
    made.push(directory);
    symlinkSync(resolve('node_modules'), join(directory, 'node_modules')); // the build's tools, as `npm ci` leaves them
    const packed = sh(readmeLine(PACK), directory);
    expect(packed).toEqual({ code: 0, stdout: 'dokodemo-check-1.0.0.tgz\n', stderr: expect.any(String) });
    const listing = execFileSync('tar', ['-tzf', join(directory, 'dokodemo-check-1.0.0.tgz')], { encoding: 'utf8' }).split('\n');
    for (const file of ['package/bin/dokodemo-check.js', 'package/dist/cli/entry.js', 'package/dist/cli/bundle.js', 'package/schemas/ledger.schema.json', 'package/docs/integrations/pre-commit-hook.sh']) {
      expect(listing).toContain(file);
    }
    expect(listing.filter((file) => /^package\/(src|test|node_modules|\.npmrc)/.test(file))).toEqual([]);

    const project = mkdtempSync(join(tmpdir(), 'dokodemo-tarball-'));
    made.push(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "ledgers", "private": true }\n');
    copyFileSync(join(directory, 'dokodemo-check-1.0.0.tgz'), join(project, 'dokodemo-check-1.0.0.tgz'));
    const installed = sh(readmeLine(INSTALL), project);
    expect(installed.code).toBe(0);
    expect(readdirSync(join(project, 'node_modules'))).not.toEqual(expect.arrayContaining(['typescript', 'jest', 'esbuild']));

    copyFileSync('examples/clinic-with-findings.yaml', join(project, 'clinic.yaml'));
    copyFileSync('examples/home-nursing-clean.yaml', join(project, 'station.yaml'));
    const clean = sh('npx --no-install dokodemo-check --as-of 2026-11-24 station.yaml', project);
    expect(clean).toEqual({ code: 0, stdout: 'station.yaml: ✔ No problems found\n', stderr: '' });
    const findings = sh('npx --no-install dokodemo-check --as-of 2026-11-24 --format json clinic.yaml', project);
    expect(findings.code).toBe(1);
    const inProcess = runCli(['--as-of', '2026-11-24', '--format', 'json', 'examples/clinic-with-findings.yaml']);
    expect(JSON.parse(findings.stdout).files[0].findings).toEqual(JSON.parse(inProcess.stdout).files[0].findings);
  }, 10 * 60 * 1000);
});
