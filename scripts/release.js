// `npm run release-ref [-- <branch>]`: builds, then commits what `npm pack` would put in the tarball (the
// build included), plus .pre-commit-hooks.yaml, as a child of HEAD on the branch `release` (or the one
// named), without touching the work tree or the index. Prints the new commit's id.
//
// Why a branch with the build committed: npm 11 cannot install this repository globally from git while its
// package.json has a `prepare` script (scripts/prepare.js says why: the git preparation runs as a nested
// global install, without the development dependencies, and replaces the install with a link to a clone it
// then deletes). The release commit's package.json has no scripts and no development dependencies, so npm
// has nothing to prepare: `npm install -g git+…#release`, the pre-commit framework (3.x runs `npm install`
// then `npm pack` in its clone; 4.x runs `npm install --install-links -g git+file://<clone>`) and
// `--strict-allow-scripts` all install it as they install a tarball.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const branch = process.argv[2] || 'release';

const git = (args, options = {}) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', ...options }).trim();

function npm(args) {
  const execPath = process.env.npm_execpath;
  const [command, prefix] = execPath && execPath.endsWith('.js') ? [process.execPath, [execPath]] : ['npm', []];
  const run = spawnSync(command, [...prefix, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${run.status})`);
  return run.stdout;
}

npm(['run', 'build']);
const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts']));
const files = [...new Set([...packed.files.map((file) => file.path), '.pre-commit-hooks.yaml'])].sort();

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
delete manifest.scripts; // nothing to prepare: the build is in the commit
delete manifest.devDependencies; // what pre-commit 3.x's `npm install` in its clone would install for nothing
const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;

const head = git(['rev-parse', 'HEAD']);
const work = mkdtempSync(join(tmpdir(), 'dokodemo-release-'));
try {
  const env = { ...process.env, GIT_INDEX_FILE: join(work, 'index') };
  const index = files.map((path) => {
    const blob = path === 'package.json'
      ? git(['hash-object', '-w', '--stdin'], { input: manifestText })
      : git(['hash-object', '-w', '--', path]);
    const mode = path !== 'package.json' && statSync(join(ROOT, path)).mode & 0o111 ? '100755' : '100644';
    return `${mode} ${blob}\t${path}\n`;
  }).join('');
  git(['update-index', '--add', '--index-info'], { env, input: index });
  const tree = git(['write-tree'], { env });
  const parent = spawnSync('git', ['rev-parse', '--verify', '-q', `refs/heads/${branch}`], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const parents = ['-p', head, ...(parent ? ['-p', parent] : [])];
  const commit = git(['commit-tree', tree, ...parents, '-m', `release: the build of ${head}`]);
  git(['update-ref', `refs/heads/${branch}`, commit]);
  console.log(commit);
} finally {
  rmSync(work, { recursive: true, force: true });
}
