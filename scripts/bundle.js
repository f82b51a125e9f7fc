// Build step, after tsc and build-validator: writes dist/cli/bundle.js, the program in one file, and
// dist/cli/bundle.js.cache, V8's code cache for it recorded after representative runs. Together they
// take a pre-commit run from about 2.6 to under 2 times bare `node` (`npm run bench`); see src/cli/entry.ts.
// Left out of the bundle: what only a rare path loads (exceljs, for workbooks, and pako, for the copies it writes; the `yaml` package for files the fast path steps
// aside from, ajv's compiler for the tests) stays an ordinary require from node_modules.
'use strict';
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const { rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST_CLI = join(ROOT, 'dist', 'cli');

/**
 * commander requires node:child_process at load, for executable subcommands this program does not
 * have; loading it is about 5 ms of a 60 ms node start. The bundle gives commander a stand-in that
 * loads it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'child_process', namespace: 'lazy' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

async function bundle() {
  const result = await require('esbuild').build({
    entryPoints: [join(DIST_CLI, 'main.js')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    external: ['yaml', './compile', 'exceljs', 'pako'],
    plugins: [lazyChildProcess],
    minify: process.env.BUNDLE_MINIFY !== '0',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const buildId = createHash('sha256').update(code).digest('hex').slice(0, 16);
  writeFileSync(join(DIST_CLI, 'bundle.js'), `// dokodemo-check bundle ${buildId}\n${code}`);
}

/** Runs in a fresh `node` (the flags a user's run has): the commands a user runs most, then the cache. */
function recordCache() {
  const { compileBundle, cacheRecord, CACHE_FILE } = require(join(DIST_CLI, 'entry.js'));
  const compiled = compileBundle(undefined, '/nonexistent');
  const io = { env: { LANG: 'ja_JP.UTF-8' }, cwd: ROOT, stdoutIsTty: false, readStdin: () => Buffer.alloc(0), writeStdout: () => {} };
  const ledgers = ['examples/clinic-with-findings.yaml', 'examples/home-nursing-clean.yaml'];
  for (const format of ['table', 'json', 'sarif', 'github']) compiled.cli.main(['--as-of', '2026-11-24', '-f', format, ...ledgers], io);
  writeFileSync(CACHE_FILE, cacheRecord(compiled));
}

/** Without the bundle the program still runs, from its modules, only slower to start: a bundler that
 * fails on some platform must not fail the install. (The tests insist on the bundle and its cache.) */
function withoutBundle(reason) {
  for (const file of [join(DIST_CLI, 'bundle.js'), join(DIST_CLI, 'bundle.js.cache')]) rmSync(file, { force: true });
  console.warn(`dokodemo-check: no bundle built (${reason}); the program runs from its modules, a little slower to start`);
}

if (process.argv[2] === '--record-cache') {
  recordCache();
} else {
  bundle().then(
    () => {
      const run = spawnSync(process.execPath, [__filename, '--record-cache'], { stdio: 'inherit' });
      if (run.status !== 0) withoutBundle(`recording the code cache failed with exit ${run.status}`);
    },
    (error) => withoutBundle(error instanceof Error ? error.message.split('\n')[0] : String(error)),
  );
}
