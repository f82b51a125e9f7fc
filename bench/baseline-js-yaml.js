// Baseline for `npm run bench`: what a bare js-yaml reader costs. Reads one YAML file, or every .yaml
// file of a directory, and runs js-yaml's plain `load` (default schema, no options) on each.
'use strict';
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
// The project's own js-yaml, not one that a benchmark-only dependency may bring into bench/node_modules.
const { load } = require(require.resolve('js-yaml', { paths: [join(__dirname, '..')] }));

const target = process.argv[2];
const files = statSync(target).isDirectory()
  ? readdirSync(target).filter((name) => name.endsWith('.yaml')).sort().map((name) => join(target, name))
  : [target];
for (const file of files) load(readFileSync(file, 'utf8'));
