// An async function of a compiled module, run synchronously: the CLI is synchronous (main() returns its
// exit code), exceljs only reads and writes asynchronously. The function runs in a worker thread with a
// bounded heap; the caller waits on a shared flag for at most `timeLimitMs`, then takes the outcome with
// receiveMessageOnPort. The worker stays (unref'd) for the next call: loading exceljs is most of a small
// workbook's time. A worker that runs out of its heap cannot say so while the caller waits: the time
// limit is the last line of defence (then the worker is replaced), checking the input first the first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';

export interface SyncWorkerOptions {
  timeLimitMs: number;
  heapMb: number;
}

export type SyncOutcome<T> = { ok: true; value: T } | { ok: false; failure: string } | { ok: false; timedOut: true };

/**
 * The build's dist/ directory: this file's parent there, the bundle's (dist/cli/bundle.js) parent, or
 * the repository's dist/ when this runs from src/ (the tests; `npm test` builds first).
 */
function distDirectory(): string {
  return __filename.endsWith('.ts') ? join(__dirname, '..', '..', 'dist') : join(__dirname, '..');
}

const DONE = 0; // set by the worker when the job has settled
const LEFT = 1; // set by the caller that stopped waiting: the worker then ends itself once the job settles

/** Each job names a module file and an export, gets its input and a port, and sets the shared flag when done. */
const WORKER_SOURCE = `
  const { parentPort } = require('node:worker_threads');
  parentPort.on('message', ({ file, exportName, input, shared, port }) => {
    const settle = (outcome) => {
      try { port.postMessage(outcome); } catch (error) { port.postMessage({ ok: false, failure: String(error) }); }
      port.close();
      Atomics.store(shared, ${DONE}, 1);
      Atomics.notify(shared, ${DONE});
      if (Atomics.load(shared, ${LEFT}) === 1) process.exit(0);
    };
    Promise.resolve()
      .then(() => require(file)[exportName](input))
      .then((value) => ({ ok: true, value }), (error) => ({ ok: false, failure: error instanceof Error ? error.message : String(error) }))
      .then(settle);
  });`;

const workers = new Map<number, Worker>();

function workerWithHeap(heapMb: number): Worker {
  let worker = workers.get(heapMb);
  if (!worker) {
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    // stdout/stderr: true keeps whatever a library prints inside the worker off the report.
    worker = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: true, stderr: true });
    worker.unref();
    workers.set(heapMb, worker);
  }
  return worker;
}

/** The outcome of `await require(dist/<module>.js)[exportName](input)`, run in a worker thread. */
export function runInWorkerSync<T>(module: string, exportName: string, input: unknown, options: SyncWorkerOptions): SyncOutcome<T> {
  const file = join(distDirectory(), `${module}.js`);
  if (!existsSync(file)) return { ok: false, failure: `${module} is not built (run \`npm run build\`)` };
  const { MessageChannel, receiveMessageOnPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const worker = workerWithHeap(options.heapMb);
  try {
    worker.postMessage({ file, exportName, input, shared, port: port2 }, [port2]);
    Atomics.wait(shared, DONE, 0, options.timeLimitMs);
    const message = receiveMessageOnPort(port1);
    if (message) return message.message as SyncOutcome<T>;
  } finally {
    port1.close();
  }
  // Out of time, or out of its heap: this worker is done for. It is never ended from here while it may
  // be working: ending a worker thread while zlib works in it aborts Node 20 ("close before init"), and
  // exceljs writes through zlib. It ends itself when the job settles; one that never does ends with the
  // process (unref'd, it does not keep it alive), which is safe.
  workers.delete(options.heapMb);
  Atomics.store(shared, LEFT, 1);
  if (Atomics.load(shared, DONE) === 1) void worker.terminate(); // settled meanwhile: idle, safe to end
  return { ok: false, timedOut: true };
}
