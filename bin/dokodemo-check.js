#!/usr/bin/env node
'use strict';
// The shipped entry point runs the compiled JavaScript in dist/ (built by `npm ci` via `prepare`).
let entry;
try {
  entry = require('../dist/cli/entry.js');
} catch (error) {
  process.stderr.write(`dokodemo-check: cannot load the compiled program (${error.message.split('\n')[0]}); run \`npm run build\`\n`);
  process.exit(2);
}
entry.start();
