// For the install tests: this checkout as a repository with its release commit (scripts/release.js: the
// build committed, no install-time script), and ledgers in YAML and as workbooks made with the program's
// own `convert`, moved to today (the hooks and the installed program check for today).
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exampleForToday } from '../helpers/dated';
import { snapshotRepository } from '../helpers/snapshot';
import type { TempDirs } from '../helpers/temp';

export interface Release {
  directory: string;
  /** main's commit, with `prepare` */
  commit: string;
  /** the release commit on the branch `release` */
  release: string;
}

/** A snapshot of this checkout with its release branch made by `npm run release-ref`. */
export function releaseRepository(temp: TempDirs): Release {
  const { directory, commit } = snapshotRepository();
  temp.add(directory);
  symlinkSync(resolve('node_modules'), join(directory, 'node_modules')); // the build's tools, as `npm ci` leaves them
  const release = execFileSync('npm', ['run', '--silent', 'release-ref'], { cwd: directory, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } }).trim();
  return { directory, commit, release };
}

export const CLEAN = exampleForToday('examples/home-nursing-clean.yaml');
export const FINDINGS = exampleForToday('examples/clinic-with-findings.yaml');

/** The workbook of `yamlText` (a ledger), written by `dokodemo-check convert`. */
export function workbookOf(yamlText: string, temp: TempDirs): Buffer {
  const work = temp.make('dokodemo-convert-');
  writeFileSync(join(work, 'ledger.yaml'), yamlText);
  execFileSync(process.execPath, [resolve('bin/dokodemo-check.js'), 'convert', join(work, 'ledger.yaml'), join(work, 'ledger.xlsx')]);
  return readFileSync(join(work, 'ledger.xlsx'));
}
