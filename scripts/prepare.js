// `prepare`: the build (`npm run build`), for a clone (`npm ci`) and for `npm install <git url>` into a
// project, where npm installs the development dependencies in its clone first. Where they are missing,
// it says why and what to install instead, rather than failing on `tsc: not found`.
//
// Why they go missing under `npm install -g <git url>` (and pre-commit 4, which installs a hook with
// `npm install --install-links -g git+file://<clone>`): npm prepares a git dependency by cloning it and
// running `npm install --force --include=dev …` in the clone (pacote's GitFetcher), then `prepare`. That
// child npm inherits the parent's environment, and npm exports every setting given on its command line to
// its child processes as `npm_config_*` (@npmcli/config's setEnvs), so the child gets
// `npm_config_global=true`. A global `npm install` that names no package installs the current folder
// itself globally ("npm i -g" = install this package globally): the clone's own node_modules gets nothing,
// and `prepare` finds neither `tsc` nor `@types/node` (npm/cli#8440, #9406). Worse, without
// --install-links that child replaces the global install with a link to the temporary clone, which npm
// deletes afterwards: even a `prepare` that needs nothing leaves a dangling link (seen with npm 11.19.1).
// pacote 22 (npm 12) passes `--global=false` to that child; npm 11 (pacote 21.5.x) does not.
// So a global or pre-commit install takes the release branch (scripts/release.js): the build committed, no
// install-time script, nothing for npm to prepare.
'use strict';
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const BUILD_TOOLS = ['typescript/bin/tsc', '@types/node/package.json', 'esbuild', 'ajv/dist/standalone'];

const missing = BUILD_TOOLS.filter((tool) => {
  try {
    require.resolve(tool, { paths: [ROOT] });
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  console.error(
    [
      `dokodemo-check: cannot build here: the build's tools are missing (${missing.join(', ')}).`,
      process.env.npm_config_global === 'true'
        ? 'npm 11 prepares a git dependency without its development dependencies under `npm install -g` (npm/cli#8440).'
        : 'Install the development dependencies first (`npm ci`).',
      'For a global install or the pre-commit framework, use the release branch (built, nothing to prepare):',
      '  npm install -g "git+https://github.com/dokodemo-check/dokodemo-check.git#release"',
      'or a tarball made by `npm pack` (see the README, "Installing").',
    ].join('\n'),
  );
  process.exit(1);
}

const execPath = process.env.npm_execpath;
const [command, prefix] = execPath && execPath.endsWith('.js') ? [process.execPath, [execPath]] : ['npm', []];
const build = spawnSync(command, [...prefix, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
process.exit(build.status ?? 1);
