/// <reference lib="dom" />
// The page's side of its checking thread (worker.ts): starts the worker from the page's own script (a Blob
// URL of the one bundle, so that the page stays one file and works from file://), sends it the chosen file
// once, relays its stages, and stops it (terminates the thread) when the user cancels or when one check
// runs past the time limit. It also asks the worker for the copies the page saves (make). Where a browser
// refuses the worker, checks run in the page as before.
import { checkChosenFile, makeCopy } from './check';
import type { CheckStage, ChosenFile, CopyKind, PageCheck, PageCopy, PageOptions } from './check';
import { cancelledMessage, failedMessage, STAGE_TIME_LIMIT_MS, timedOutMessage } from './stops';
import type { Bilingual } from '../types';
import type { CheckRequest, WorkerReply } from './worker';

/** An answer of the wrong kind: the worker's mistake, said as one. */
function unexpected(name: string): Stop {
  return { status: 'error', message: { ja: `確認中に予期しないエラーが起きました: ${name}`, en: `an unexpected error stopped the check: ${name}` } };
}

/** A chosen ledger; `key` tells the worker's copy of it from another file of the same name. */
export interface LedgerFile extends ChosenFile {
  key: number;
}

export interface RunOutcome {
  check: PageCheck;
  /** The worker was stopped (cancelled, over the time limit, failed): the file is no longer read there. */
  stopped: boolean;
}

export interface CopyOutcome {
  copy: PageCopy;
  /** The worker was stopped (cancelled, over the time limit, failed). */
  stopped: boolean;
}

/** Why a request has no result: as a check's and as a copy's. */
type Stop = { status: 'error' | 'cancelled'; message: Bilingual };

/** A request's answer: a check's, a copy's, or why there is none (then both are that). */
type Answer = { check: PageCheck; stopped: boolean } | { copy: PageCopy; stopped: boolean } | { check: Stop; copy: Stop; stopped: true };

interface Pending {
  file: LedgerFile;
  options: PageOptions;
  /** The copy to make, for a request to make one. */
  copy?: CopyKind;
  onStage: (stage: CheckStage) => void;
  resolve: (answer: Answer) => void;
  /** The stage the worker said it is in (until it says: reading, when it is sent the file). */
  stage: CheckStage;
}

export class CheckRunner {
  private url?: string;
  private worker?: Worker;
  /** Whether the current worker has run its script (an error before then means workers cannot run here). */
  // Stryker disable next-line BooleanLiteral: start() sets it false for each worker it starts, before any event
  private ready = false;
  /** Checks run on the page's thread: this browser would not start the worker. */
  private inPage: boolean;
  /** The file the current worker holds. */
  private heldKey?: number;
  private readonly pending = new Map<number, Pending>();
  private lastId = 0;
  private timer?: ReturnType<typeof setTimeout>;
  /** The request whose time the timer counts. */
  private timed?: number;

  constructor(private readonly source: string | undefined, private readonly limitMs = STAGE_TIME_LIMIT_MS) {
    this.inPage = !source || typeof Worker === 'undefined' || typeof Blob === 'undefined';
    if (this.inPage) console.warn('dokodemo-check: checks run in the page: it could not find its own script for a worker');
  }

  /** Whether a check is running (or waiting for one that runs). */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Where checks run: 'worker', or 'page' where the browser refused the worker. */
  get thread(): 'worker' | 'page' {
    return this.inPage ? 'page' : 'worker';
  }

  /** Starts the worker before the first file is chosen, so that its script is ready by then. */
  warm(): void {
    this.start();
  }

  /** Checks `file`; `onStage` hears the worker's stages. Settles with the result, or with why there is none. */
  run(file: LedgerFile, options: PageOptions, onStage: (stage: CheckStage) => void): Promise<RunOutcome> {
    return new Promise((resolve) => {
      const id = ++this.lastId;
      const settle = (answer: Answer) => resolve({ check: 'check' in answer ? answer.check : unexpected(file.name), stopped: answer.stopped });
      this.pending.set(id, { file, options, onStage, resolve: settle, stage: this.heldKey === file.key ? 'checking' : 'reading' });
      this.send(id);
    });
  }

  /** Makes a copy of `file` to save (the marked workbook, the tidy copy) after the requests before it. */
  make(file: LedgerFile, options: PageOptions, copy: CopyKind, onStage: (stage: CheckStage) => void = () => {}): Promise<CopyOutcome> {
    return new Promise((resolve) => {
      const id = ++this.lastId;
      const settle = (answer: Answer) => resolve({ copy: 'copy' in answer ? answer.copy : unexpected(file.name), stopped: answer.stopped });
      this.pending.set(id, { file, options, copy, onStage, resolve: settle, stage: 'making' });
      this.send(id);
    });
  }

  /** Stops the running check at once (terminates the worker); false when none runs. */
  cancel(): boolean {
    if (!this.busy) return false;
    this.stop((name) => ({ status: 'cancelled', message: cancelledMessage(name) }));
    return true;
  }

  private send(id: number): void {
    const request = this.pending.get(id)!;
    const worker = this.start();
    if (!worker) {
      // After a paint (the progress line): the page's thread is then taken until the check ends.
      setTimeout(() => {
        if (request.copy) void makeCopy(request.file, request.options, request.copy).then((copy) => this.settle(id, { copy, stopped: false }));
        else void checkChosenFile(request.file, request.options, request.onStage).then((check) => this.settle(id, { check, stopped: false }));
      }, 0);
      return;
    }
    const { key, name, bytes } = request.file;
    // The bytes are copied, not moved: the page keeps them for a worker started after this one fails.
    const message: CheckRequest = { id, file: this.heldKey === key ? { key, name } : { key, name, bytes }, options: request.options, ...(request.copy ? { copy: request.copy } : {}) };
    this.heldKey = key;
    worker.postMessage(message);
    if (this.pending.size === 1) this.arm(id);
  }

  private start(): Worker | undefined {
    if (this.inPage) return undefined;
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      this.url ??= URL.createObjectURL(new Blob([this.source!], { type: 'text/javascript' }));
      worker = new Worker(this.url, { name: 'dokodemo-check' });
    } catch (error) {
      this.giveUpWorkers(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    this.worker = worker;
    this.ready = false;
    this.heldKey = undefined;
    // Events of a worker already stopped are ignored.
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      if (this.worker === worker) this.receive(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (this.worker !== worker) return;
      if (!this.ready) {
        this.giveUpWorkers(event.message || 'the worker did not start');
        for (const id of this.pending.keys()) this.send(id);
        return;
      }
      this.stop((name) => ({ status: 'error', message: failedMessage(name, event.message || 'error') }));
    });
    worker.addEventListener('messageerror', () => {
      if (this.worker === worker) this.stop((name) => ({ status: 'error', message: failedMessage(name, 'messageerror') }));
    });
    return worker;
  }

  private receive(reply: WorkerReply): void {
    switch (reply.type) {
      case 'ready':
        this.ready = true;
        break;
      case 'start':
        // The time limit counts from when the worker takes up a request, not from when it was queued.
        if (this.pending.has(reply.id) && this.timed !== reply.id) this.arm(reply.id);
        break;
      case 'stage': {
        const request = this.pending.get(reply.id);
        if (!request) break;
        const next = reply.stage !== request.stage;
        request.stage = reply.stage;
        request.onStage(reply.stage);
        // Each stage has its own time.
        if (next && this.timed === reply.id) this.arm(reply.id);
        break;
      }
      case 'done':
        this.settle(reply.id, { check: reply.check, stopped: false });
        break;
      case 'made':
        this.settle(reply.id, { copy: reply.copy, stopped: false });
        break;
    }
  }

  private settle(id: number, answer: Answer): void {
    const request = this.pending.get(id);
    if (!request) return;
    this.pending.delete(id);
    request.resolve(answer);
    // The worker takes up the next request now.
    this.arm(this.pending.keys().next().value);
  }

  /** (Re)starts the time limit for request `id`, which the worker is on; none when idle or checking in the page. */
  private arm(id: number | undefined): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timed = id;
    if (id === undefined || this.inPage) return;
    this.timer = setTimeout(() => {
      // The timed request is always waiting when its time runs out (settling or stopping one re-arms the timer):
      // Stryker disable next-line OptionalChaining,StringLiteral: the fallback is never reached
      const stage = this.pending.get(id)?.stage ?? 'checking';
      this.stop((name) => ({ status: 'error', message: timedOutMessage(name, stage, this.limitMs) }));
    }, this.limitMs);
  }

  /** Terminates the worker (the next check starts another) and settles every request with `why`. */
  private stop(why: (name: string) => Stop): void {
    this.arm(undefined);
    this.worker?.terminate();
    this.worker = undefined;
    this.heldKey = undefined;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) {
      const stop = why(request.file.name);
      request.resolve({ check: stop, copy: stop, stopped: true });
    }
  }

  /** The worker cannot run in this browser: checks run in the page from now on (the caller sends those waiting). */
  private giveUpWorkers(reason: string): void {
    console.warn(`dokodemo-check: checks run in the page, because the browser did not start a worker (${reason})`);
    this.arm(undefined);
    this.worker?.terminate();
    this.worker = undefined;
    this.inPage = true;
  }
}
