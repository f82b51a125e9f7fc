#!/usr/bin/env node
// `npm run mutate -- <folder|glob>... [--typecheck] [--incremental] [stryker options]`: StrykerJS over
// src/<folder> (default: the six folders the mutation score is kept for, one run after the other).
// Reports go to reports/mutation/<folder>.{html,json}; a score table is printed at the end of each run.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { gunzipSync, gzipSync } = require('node:zlib');

const ROOT = join(__dirname, '..');
// --incremental state is kept in the repository, gzipped (a run's state is 1–6 MB of JSON), so that a
// folder too slow for one session is finished by the next from where this one stopped, on any clone.
const KEPT_STATE = join(ROOT, 'mutation');

const FOLDERS = ['engine', 'report', 'due', 'load', 'reporters', 'rules'];
// Rule modules and reporters are covered by every CLI test file, each loading the whole program per
// mutant (about a second): their runs use their own tests and the CLI tests that check their output.
const TESTS = {
  rules: 'test/rules-catalogue,test/engine,test/due,test/cli/check.test.ts',
  reporters: 'test/reporters,test/report,test/cli/check.test.ts,test/cli/group-by.test.ts,test/cli/inert.test.ts,test/cli/options.test.ts',
};
const args = process.argv.slice(2);
// Leading words are folders or globs; everything from the first option on goes to stryker.
const firstOption = args.findIndex((arg) => arg.startsWith('-'));
const scoped = firstOption === -1 ? args : args.slice(0, firstOption);
const options = firstOption === -1 ? [] : args.slice(firstOption);
const passThrough = options.filter((arg) => arg !== '--typecheck' && arg !== '--incremental');

// Property tests run fewer times per mutant (same fixed seeds): each mutant reruns every test covering it.
const env = { ...process.env, FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? '20' };
if (args.includes('--typecheck')) env.MUTATE_TYPECHECK = '1';
if (args.includes('--incremental')) env.MUTATE_INCREMENTAL = '1';

holdCheckoutLock(join(__dirname, '..', 'reports', 'mutation', '.run.lock'));

let status = 0;
for (const target of scoped.length > 0 ? scoped : FOLDERS) {
  const started = Date.now();
  const name = runName(target);
  if (env.MUTATE_INCREMENTAL === '1') restoreState(name);
  const run = spawnSync(process.execPath, [join(__dirname, '..', 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', join(__dirname, '..', 'stryker.config.mjs'), ...passThrough], {
    env: { ...env, MUTATE: target, ...(TESTS[target] && !env.MUTATE_TESTS ? { MUTATE_TESTS: TESTS[target] } : {}) },
    stdio: 'inherit',
  });
  if (env.MUTATE_INCREMENTAL === '1') keepState(name);
  console.log(`mutate ${target}: ${Math.round((Date.now() - started) / 60000)} min, exit ${run.status}`);
  status ||= run.status ?? 1;
}
process.exit(status);

/** The run's name as stryker.config.mjs spells it (its reports and incremental file are named after it). */
function runName(target) {
  return process.env.MUTATE_NAME ?? target.split(/,(?![^{]*\})/).filter(Boolean).join('+').replace(/[^\w+.-]+/g, '_');
}

function stateFiles(name) {
  return { working: join(ROOT, 'reports', 'mutation', `${name}.incremental.json`), kept: join(KEPT_STATE, `${name}.incremental.json.gz`) };
}

/** The kept state becomes the run's starting point unless this checkout has its own, newer one. */
function restoreState(name) {
  const { working, kept } = stateFiles(name);
  if (!existsSync(kept) || existsSync(working)) return;
  mkdirSync(join(working, '..'), { recursive: true });
  writeFileSync(working, gunzipSync(readFileSync(kept)));
}

function keepState(name) {
  const { working, kept } = stateFiles(name);
  if (!existsSync(working)) return;
  mkdirSync(KEPT_STATE, { recursive: true });
  writeFileSync(kept, gzipSync(readFileSync(working), { level: 9 }));
}

/** One run per checkout: two runs share .stryker-tmp and the cores, and each slows the other into false timeouts. */
function holdCheckoutLock(lock) {
  mkdirSync(join(lock, '..'), { recursive: true });
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    if (isRunning(holder)) {
      console.error(`mutate: another run (pid ${holder}) is using this checkout; wait for it, or use another worktree`);
      process.exit(2);
    }
    writeFileSync(lock, String(process.pid)); // left by a run that was killed
  }
  process.on('exit', () => rmSync(lock, { force: true }));
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
