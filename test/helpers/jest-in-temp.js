#!/usr/bin/env node
// `npm test`: jest with the system's temporary directory swapped for a folder of its own (TMPDIR), removed
// when jest ends, so a run leaves nothing behind in /tmp even where a test forgets to clean up (each
// run left about 117 folders, 164 MB, before). Jest's transform cache stays where it was, in the real
// temporary directory, so it is kept between runs. Arguments go to jest; its exit code is ours.
'use strict';
const { spawnSync } = require('node:child_process');
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const systemTemp = tmpdir();
const runTemp = mkdtempSync(join(systemTemp, 'dokodemo-test-run-'));
// Searchable by others, as /tmp is: some tests run the program as an unprivileged user (EACCES for real).
chmodSync(runTemp, 0o711);
const jest = require.resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, `--cacheDirectory=${join(systemTemp, 'jest-dokodemo-check')}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: runTemp, TMP: runTemp, TEMP: runTemp },
});
rmSync(runTemp, { recursive: true, force: true });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
