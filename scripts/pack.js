// `prepack` and `postpack` (npm pack, npm publish): the tarball carries the build and no install-time script.
//
// `prepack` builds (`npm run build`), then writes package.json without `prepare` and keeps the original
// beside it (package.json.prepack, never packed: `files` leaves it out); npm reads the manifest and the files after
// `prepack`, so the tarball's package.json has no `prepare` (nor these two) and npm runs no build while packing. `postpack`
// puts the original back. A pack that failed half-way (no `postpack`) is mended by the next `prepack`.
// Why: npm counts `prepare` as an install script for a package that does not come from the registry
// (a tarball, a folder, git), so `npm install --strict-allow-scripts ./dokodemo-check-1.0.0.tgz` refused
// it (ESTRICTALLOWSCRIPTS) and a plain install listed it as "not yet covered by allowScripts", though
// npm never runs `prepare` for a tarball. A git install still builds with `prepare` (scripts/prepare.js).
'use strict';
const { spawnSync } = require('node:child_process');
const { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const MANIFEST = join(ROOT, 'package.json');
const KEPT = join(ROOT, 'package.json.prepack');

function restore() {
  if (!existsSync(KEPT)) return;
  copyFileSync(KEPT, MANIFEST);
  rmSync(KEPT, { force: true });
}

function prepack() {
  restore();
  const execPath = process.env.npm_execpath;
  const [command, prefix] = execPath && execPath.endsWith('.js') ? [process.execPath, [execPath]] : ['npm', []];
  const build = spawnSync(command, [...prefix, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);

  const text = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(text);
  writeFileSync(KEPT, text);
  for (const script of ['prepare', 'prepack', 'postpack']) delete manifest.scripts[script]; // npm runs postpack from the manifest it read first
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, indent)}\n`);
}

const step = process.argv[2];
if (step === 'prepack') prepack();
else if (step === 'postpack') restore();
else {
  console.error('usage: node scripts/pack.js prepack|postpack');
  process.exit(2);
}
