// How bin/dokodemo-check.js starts the program. Normally it runs dist/cli/bundle.js, the whole program in
// one file, compiled from V8's code cache that the build recorded (scripts/bundle.js): loading ~120
// modules and compiling them was a quarter of a pre-commit run (166 → 122 ms). With --debug or
// DEBUG=dokodemo-check it runs the unbundled modules instead, so that a stack trace names the files of
// src/. Nothing here writes a file; a missing or stale cache only makes the start slower.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { debugEnabled } from './debug';
import { startEarlyWorkers } from './early-workers';

type Cli = typeof import('./main');

export const BUNDLE_FILE = join(__dirname, 'bundle.js');
export const CACHE_FILE = `${BUNDLE_FILE}.cache`;

/** The bundle's first line names its build: `// dokodemo-check bundle <id>`. */
const BUILD_ID = /^\/\/ dokodemo-check bundle ([0-9a-f]{16})\n/;
const ID_BYTES = 16;

export interface CompiledBundle {
  script: Script;
  buildId: string;
  cli: Cli;
  /** Whether V8 used the recorded code cache. */
  cacheUsed: boolean;
}

/** The cache recorded for exactly this build of the bundle, or undefined. */
function cacheFor(buildId: string, cacheFile: string): Buffer | undefined {
  if (!existsSync(cacheFile)) return undefined;
  const cache = readFileSync(cacheFile);
  return cache.subarray(0, ID_BYTES).toString('latin1') === buildId ? cache.subarray(ID_BYTES) : undefined;
}

/** Compiles and runs the bundle as a CommonJS module; undefined when there is no (valid) bundle. */
export function compileBundle(file = BUNDLE_FILE, cacheFile = CACHE_FILE): CompiledBundle | undefined {
  if (!existsSync(file)) return undefined;
  // Stryker disable next-line StringLiteral: without an encoding the bytes are read as UTF-8 where they are made text (the pattern and the wrapper)
  const source = readFileSync(file, 'utf8');
  const buildId = BUILD_ID.exec(source)?.[1];
  if (!buildId) return undefined;
  const cachedData = cacheFor(buildId, cacheFile);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} as Cli };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { script, buildId, cli: module.exports, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** The code cache to store for `bundle`, after it has run the code worth caching. */
export function cacheRecord(bundle: CompiledBundle): Buffer {
  // Stryker disable next-line StringLiteral: the build id is 16 hex digits, the same bytes in UTF-8 and latin1
  return Buffer.concat([Buffer.from(bundle.buildId, 'latin1'), bundle.script.createCachedData()]);
}

/** The bundle's program, or undefined when it is absent or damaged (a broken install): the modules then. */
function bundledCli(): Cli | undefined {
  try {
    return compileBundle()?.cli;
  } catch {
    return undefined;
  }
}

export function start(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): void {
  const debug = debugEnabled(argv, env);
  // Before the program loads, so that a many-file check's workers load beside it.
  startEarlyWorkers(argv, env, !debug && existsSync(BUNDLE_FILE));
  const cli = debug ? undefined : bundledCli();
  (cli ?? (require('./main') as Cli)).run();
}
