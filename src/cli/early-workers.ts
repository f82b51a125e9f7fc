// The worker threads of a many-file check (parallel-check.ts), started by bin/ before the program itself
// is loaded. A worker needs 100–200 ms to start (Node's own start, then the bundle); started when the
// files were listed, its first file waited that long while the main thread checked alone (a tenth of
// 500 ledgers' run). Started here, it loads while the main thread loads and lists the inputs. Only when
// the command line names a folder, or files of PARALLEL_MIN_BYTES together: a hook's run on a few
// ledgers starts nothing. A worker no check asks for (a small folder) waits idle and ends with the process.
import { statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';

/** Below this much text a worker's start costs more than it saves. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/** The workers load the build's bundle through its entry, as bin/ does; from the sources there is none. */
export const ENTRY_FILE = join(__dirname, '..', 'cli', 'entry.js');
const MAIN_FILE = join(__dirname, '..', 'cli', 'main.js');

/** Commands that check no files in parallel: only `check` (the default) does. */
const OTHER_COMMANDS: ReadonlySet<string> = new Set(['due', 'rules', 'schema', 'init', 'convert', 'fix', 'diff', 'help']);

/** Threads a many-file check may use: DOKODEMO_CHECK_JOBS, else up to 4, never more than the cores. */
export function threadsWanted(env: NodeJS.ProcessEnv): number {
  const asked = Number(env.DOKODEMO_CHECK_JOBS);
  // More threads than cores only add workers' memory (a thousand took 2.6 GB for 600 small files).
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, availableParallelism()) : Math.min(availableParallelism(), 4);
}

/** What a worker runs: the program (the bundle, else its modules), then the job its first message brings. */
export function workerSource(bundled: boolean): string {
  const program = bundled ? `require(${JSON.stringify(ENTRY_FILE)}).compileBundle()?.cli ?? require(${JSON.stringify(MAIN_FILE)})` : `require(${JSON.stringify(MAIN_FILE)})`;
  return `const program = ${program};\nrequire('node:worker_threads').parentPort.once('message', (job) => program.runCheckWorker(job));`;
}

/** Whether a command line may check many bytes of files: `check` naming a folder, or files that add up. */
export function mayCheckManyFiles(argv: readonly string[]): boolean {
  if (OTHER_COMMANDS.has(argv[0] ?? '')) return false;
  let bytes = 0;
  for (const arg of argv) {
    if (arg.startsWith('-')) continue; // an option, or - (standard input)
    const stats = statOf(arg);
    if (stats?.isDirectory()) return true;
    if (stats?.isFile() && (bytes += stats.size) >= PARALLEL_MIN_BYTES) return true;
  }
  return false;
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined; // not there, or not readable: the check will say why
  }
}

interface EarlyWorkers {
  bundled: boolean;
  workers: Worker[];
}

// One place for the workers that this module's copy in bin's entry and the one in the bundle both see.
// Stryker disable next-line StringLiteral: any name both copies share is the same place
const STORE = Symbol.for('dokodemo-check.early-workers');
const store = globalThis as typeof globalThis & { [STORE]?: EarlyWorkers };

/** Starts the workers a check of `argv` may use, unless it checks a few small files at most. */
export function startEarlyWorkers(argv: readonly string[], env: NodeJS.ProcessEnv, bundled: boolean): void {
  const count = threadsWanted(env) - 1;
  // Stryker disable next-line ConditionalExpression: with one core no worker is started either way; the test only spares the look at the files
  if (count < 1 || !mayCheckManyFiles(argv)) return;
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: count }, () => new Worker(workerSource(bundled), { eval: true }));
  // Not asked for, a worker must not keep the process alive.
  for (const worker of workers) worker.unref();
  store[STORE] = { bundled, workers };
}

/** Up to `count` of the workers started early, if they load the program the same way; each is given once. */
export function takeEarlyWorkers(bundled: boolean, count: number): Worker[] {
  const early = store[STORE];
  return early && early.bundled === bundled ? early.workers.splice(0, count) : [];
}
