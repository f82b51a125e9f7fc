// The page's runner (src/web/runner.ts) in-process, exactly: a stand-in Worker, Blob and object URL record how
// the worker is started and what it is sent; the check stands in for the page's own thread. Each timer,
// stop and fallback is pinned with its words. Loaded inside each test.
import type { CheckStage, ChosenFile, PageOptions } from '../../src/web/check';
import type { LedgerFile } from '../../src/web/runner';
import { cancelledMessage, failedMessage, timedOutMessage } from '../../src/web/stops';
import type { CheckRequest, WorkerReply } from '../../src/web/worker';
import { fresh } from '../helpers/fresh';

const OPTIONS = { asOf: '2026-11-24', config: { rules: {} }, lang: 'ja', within: 30 } as PageOptions;
const LIMIT = 1000;

class StandInWorker {
  static made: StandInWorker[] = [];
  static refuse: unknown;
  sent: CheckRequest[] = [];
  terminated = 0;
  listeners = new Map<string, Array<(event: unknown) => void>>();

  constructor(readonly url: string, readonly options: unknown) {
    if (StandInWorker.refuse !== undefined) throw StandInWorker.refuse;
    StandInWorker.made.push(this);
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: CheckRequest): void {
    this.sent.push(message);
  }

  terminate(): void {
    this.terminated++;
  }

  emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  reply(data: WorkerReply): void {
    this.emit('message', { data });
  }

  /** An error event; `prevented` records that the page kept it from the console. */
  fail(message: string): { prevented: boolean } {
    const seen = { prevented: false };
    this.emit('error', { message, preventDefault: () => { seen.prevented = true; } });
    return seen;
  }
}

class StandInBlob {
  static made: Array<{ parts: unknown[]; options: unknown }> = [];
  constructor(parts: unknown[], options: unknown) {
    StandInBlob.made.push({ parts, options });
  }
}

const globals = globalThis as Record<string, unknown>;
const original = { Worker: globals.Worker, Blob: globals.Blob, createObjectURL: URL.createObjectURL };
let warnings: string[];
let urls: number;
let inPage: Array<{ call: string; name: string; options: PageOptions; kind?: string }>;
/** The stand-in check of a file named slow.yaml waits for this. */
let slow: Promise<void>;

beforeEach(() => {
  jest.useFakeTimers();
  StandInWorker.made = [];
  StandInWorker.refuse = undefined;
  StandInBlob.made = [];
  globals.Worker = StandInWorker;
  globals.Blob = StandInBlob;
  urls = 0;
  URL.createObjectURL = () => `blob:page/${++urls}`;
  warnings = [];
  jest.spyOn(console, 'warn').mockImplementation((text: string) => void warnings.push(text));
  inPage = [];
});

afterEach(() => {
  jest.useRealTimers();
  globals.Worker = original.Worker;
  globals.Blob = original.Blob;
  URL.createObjectURL = original.createObjectURL;
  jest.restoreAllMocks();
});

/** runner.ts loaded afresh over a stand-in check.ts (the checks in the page's own thread). */
function runnerModule(): typeof import('../../src/web/runner') {
  return fresh(() => {
    jest.doMock('../../src/web/check', () => ({
      checkChosenFile: async (file: ChosenFile, options: PageOptions, onStage: (stage: CheckStage) => void) => {
        inPage.push({ call: 'check', name: file.name, options });
        if (file.name === 'slow.yaml') await slow;
        onStage('checking');
        return { status: 'ok', inPage: file.name };
      },
      makeCopy: async (file: ChosenFile, options: PageOptions, kind: string) => {
        inPage.push({ call: 'copy', name: file.name, options, kind });
        return { status: 'made', inPage: file.name };
      },
    }));
    try {
      return require('../../src/web/runner') as typeof import('../../src/web/runner');
    } finally {
      jest.dontMock('../../src/web/check');
    }
  });
}

const bytes = new Uint8Array([7]);
const file = (key = 1, name = 'a.yaml'): LedgerFile => ({ key, name, bytes });
const report = { status: 'ok', model: {}, due: {}, copies: { marked: true, repairs: [] } } as never;
const made = { status: 'made', kind: 'marked', fileName: 'a-指摘.xlsx', bytes: new Uint8Array([1]), notes: [] } as never;

/** Lets the promises settled so far run their callbacks. */
async function flush(): Promise<void> {
  for (let tick = 0; tick < 5; tick++) await Promise.resolve();
}

describe('starting the worker', () => {
  it('from the page\'s script, through one Blob URL, named; warm starts it before the first file', () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('/* bundle */', LIMIT);
    expect([runner.thread, runner.busy]).toEqual(['worker', false]);
    expect(StandInWorker.made).toHaveLength(0);
    runner.warm();
    runner.warm();
    expect(StandInWorker.made.map((worker) => [worker.url, worker.options])).toEqual([['blob:page/1', { name: 'dokodemo-check' }]]);
    expect(StandInBlob.made).toEqual([{ parts: ['/* bundle */'], options: { type: 'text/javascript' } }]);
    expect([...StandInWorker.made[0]!.listeners.keys()]).toEqual(['message', 'error', 'messageerror']);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['no script', undefined, true, true],
    ['an empty script', '', true, true],
    ['no Worker', 'x', false, true],
    ['no Blob', 'x', true, false],
  ])('checks in the page with %s, and says so once', async (_, source, worker, blob) => {
    if (!worker) delete globals.Worker;
    if (!blob) delete globals.Blob;
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner(source, LIMIT);
    expect(runner.thread).toBe('page');
    expect(warnings).toEqual(['dokodemo-check: checks run in the page: it could not find its own script for a worker']);
    runner.warm();
    const stages: string[] = [];
    const outcome = runner.run(file(), OPTIONS, (stage) => stages.push(stage));
    expect(runner.busy).toBe(true);
    expect(inPage).toEqual([]); // after a paint
    jest.advanceTimersByTime(0);
    await flush();
    expect(await outcome).toEqual({ check: { status: 'ok', inPage: 'a.yaml' }, stopped: false });
    expect(stages).toEqual(['checking']);
    const copy = runner.make(file(), OPTIONS, 'tidy');
    jest.advanceTimersByTime(0);
    await flush();
    expect(await copy).toEqual({ copy: { status: 'made', inPage: 'a.yaml' }, stopped: false });
    expect(inPage).toEqual([{ call: 'check', name: 'a.yaml', options: OPTIONS }, { call: 'copy', name: 'a.yaml', options: OPTIONS, kind: 'tidy' }]);
    // No time limit in the page, and nothing to cancel once done.
    jest.advanceTimersByTime(LIMIT * 10);
    expect([runner.busy, runner.cancel()]).toEqual([false, false]);
    expect(StandInWorker.made).toHaveLength(0);
  });

  it('a browser that refuses the worker at once (an Error, or any value): the page checks, with the reason', async () => {
    const { CheckRunner } = runnerModule();
    StandInWorker.refuse = new Error('SecurityError');
    const one = new CheckRunner('x', LIMIT);
    const outcome = one.run(file(), OPTIONS, () => undefined);
    expect(one.thread).toBe('page');
    jest.advanceTimersByTime(0);
    await flush();
    expect(await outcome).toEqual({ check: { status: 'ok', inPage: 'a.yaml' }, stopped: false });
    StandInWorker.refuse = 'no workers';
    const two = new CheckRunner('x', LIMIT);
    two.warm();
    expect(two.thread).toBe('page');
    two.warm();
    expect(warnings).toEqual([
      'dokodemo-check: checks run in the page, because the browser did not start a worker (SecurityError)',
      'dokodemo-check: checks run in the page, because the browser did not start a worker (no workers)',
    ]);
  });

  it('a worker that fails before it runs (a blocked blob: URL): given up, the waiting requests checked in the page', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const check = runner.run(file(), OPTIONS, () => undefined);
    const copy = runner.make(file(), OPTIONS, 'marked');
    const worker = StandInWorker.made[0]!;
    expect(worker.fail('')).toEqual({ prevented: true });
    expect(worker.terminated).toBe(1);
    expect(runner.thread).toBe('page');
    jest.advanceTimersByTime(0);
    await flush();
    expect(await check).toEqual({ check: { status: 'ok', inPage: 'a.yaml' }, stopped: false });
    expect(await copy).toEqual({ copy: { status: 'made', inPage: 'a.yaml' }, stopped: false });
    expect(warnings).toEqual(['dokodemo-check: checks run in the page, because the browser did not start a worker (the worker did not start)']);
    // Its later events are not heard.
    worker.fail('late');
    worker.reply({ type: 'done', id: 1, check: report });
    expect(warnings).toHaveLength(1);
  });

  it('the reason a worker gave for not starting', () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    runner.warm();
    StandInWorker.made[0]!.fail('blocked by CSP');
    expect(warnings).toEqual(['dokodemo-check: checks run in the page, because the browser did not start a worker (blocked by CSP)']);
  });
});

it('no time limit in the page, for a request that waited behind another', async () => {
  const { CheckRunner } = runnerModule();
  let release = () => {};
  slow = new Promise((resolve) => { release = resolve; });
  const runner = new CheckRunner(undefined, LIMIT);
  const one = runner.run(file(), OPTIONS, () => undefined);
  const two = runner.run(file(2, 'slow.yaml'), OPTIONS, () => undefined);
  jest.advanceTimersByTime(0);
  await flush();
  expect(await one).toEqual({ check: { status: 'ok', inPage: 'a.yaml' }, stopped: false });
  jest.advanceTimersByTime(LIMIT * 2);
  release();
  await flush();
  expect(await two).toEqual({ check: { status: 'ok', inPage: 'slow.yaml' }, stopped: false });
});

it('cancelling a check that runs in the page settles it as cancelled; its late result is not heard', async () => {
  const { CheckRunner } = runnerModule();
  const runner = new CheckRunner(undefined, LIMIT);
  const outcome = runner.run(file(), OPTIONS, () => undefined);
  expect(runner.cancel()).toBe(true);
  expect(await outcome).toEqual({ check: { status: 'cancelled', message: cancelledMessage('a.yaml') }, stopped: true });
  jest.advanceTimersByTime(0);
  await flush();
  expect([runner.busy, runner.thread, inPage.length]).toEqual([false, 'page', 1]);
});

describe('requests to the worker', () => {
  it('the bytes once per worker, only the key after; a copy named; each answer to its own request', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const one = runner.run(file(), OPTIONS, () => undefined);
    const two = runner.make(file(), OPTIONS, 'tidy');
    const three = runner.run(file(2, 'b.yaml'), OPTIONS, () => undefined);
    const worker = StandInWorker.made[0]!;
    expect(worker.sent).toEqual([
      { id: 1, file: { key: 1, name: 'a.yaml', bytes }, options: OPTIONS },
      { id: 2, file: { key: 1, name: 'a.yaml' }, options: OPTIONS, copy: 'tidy' },
      { id: 3, file: { key: 2, name: 'b.yaml', bytes }, options: OPTIONS },
    ]);
    expect('copy' in worker.sent[0]!).toBe(false);
    worker.reply({ type: 'ready' });
    worker.reply({ type: 'made', id: 2, copy: made });
    worker.reply({ type: 'done', id: 3, check: report });
    worker.reply({ type: 'done', id: 1, check: report });
    worker.reply({ type: 'done', id: 1, check: report }); // a second answer is not heard
    expect(await Promise.all([one, two, three])).toEqual([{ check: report, stopped: false }, { copy: made, stopped: false }, { check: report, stopped: false }]);
    expect(runner.busy).toBe(false);
  });

  it('an answer of the wrong kind is said as the worker\'s mistake', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const check = runner.run(file(1, 'a.yaml'), OPTIONS, () => undefined);
    const copy = runner.make(file(1, 'a.yaml'), OPTIONS, 'marked');
    const worker = StandInWorker.made[0]!;
    worker.reply({ type: 'made', id: 1, copy: made });
    worker.reply({ type: 'done', id: 2, check: report });
    const mistake = { status: 'error', message: { ja: '確認中に予期しないエラーが起きました: a.yaml', en: 'an unexpected error stopped the check: a.yaml' } };
    expect(await check).toEqual({ check: mistake, stopped: false });
    expect(await copy).toEqual({ copy: mistake, stopped: false });
  });

  it('relays each stage as the worker says it, and the stages of requests it does not know are not heard', () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const stages: string[] = [];
    void runner.run(file(), OPTIONS, (stage) => stages.push(stage));
    const worker = StandInWorker.made[0]!;
    worker.reply({ type: 'stage', id: 1, stage: 'reading' });
    worker.reply({ type: 'stage', id: 1, stage: 'reading' });
    worker.reply({ type: 'stage', id: 9, stage: 'checking' });
    worker.reply({ type: 'stage', id: 1, stage: 'checking' });
    expect(stages).toEqual(['reading', 'reading', 'checking']);
  });
});

describe('the time limit', () => {
  it('counts from when the request is sent to an idle worker; a file not yet held is stopped as a reading', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const outcome = runner.run(file(), OPTIONS, () => undefined);
    jest.advanceTimersByTime(LIMIT - 1);
    expect(StandInWorker.made[0]!.terminated).toBe(0);
    jest.advanceTimersByTime(1);
    expect(StandInWorker.made[0]!.terminated).toBe(1);
    expect(await outcome).toEqual({ check: { status: 'error', message: timedOutMessage('a.yaml', 'reading', LIMIT) }, stopped: true });
    expect(timedOutMessage('a.yaml', 'reading', LIMIT).en).toContain('within 1 s');
    expect(runner.busy).toBe(false);
  });

  it('a file the worker holds is stopped as a check; a copy as a copy', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const first = runner.run(file(), OPTIONS, () => undefined);
    StandInWorker.made[0]!.reply({ type: 'done', id: 1, check: report });
    await first;
    const second = runner.run(file(), OPTIONS, () => undefined);
    jest.advanceTimersByTime(LIMIT);
    expect(await second).toEqual({ check: { status: 'error', message: timedOutMessage('a.yaml', 'checking', LIMIT) }, stopped: true });
    // A new worker holds nothing: the bytes again, a reading.
    const third = runner.run(file(), OPTIONS, () => undefined);
    expect(StandInWorker.made[1]!.sent[0]!.file.bytes).toBe(bytes);
    jest.advanceTimersByTime(LIMIT);
    expect((await third).check).toEqual({ status: 'error', message: timedOutMessage('a.yaml', 'reading', LIMIT) });
    const copy = runner.make(file(), OPTIONS, 'tidy');
    jest.advanceTimersByTime(LIMIT);
    expect(await copy).toEqual({ copy: { status: 'error', message: timedOutMessage('a.yaml', 'making', LIMIT) }, stopped: true });
  });

  it('the next request\'s time starts when the one before settles, or when the worker says it started it; a restart of the same request does not restart it', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const one = runner.run(file(), OPTIONS, () => undefined);
    const two = runner.run(file(), OPTIONS, () => undefined);
    const worker = StandInWorker.made[0]!;
    jest.advanceTimersByTime(LIMIT - 100);
    worker.reply({ type: 'start', id: 1 }); // already counted: not restarted
    jest.advanceTimersByTime(50);
    worker.reply({ type: 'done', id: 1, check: report });
    expect(await one).toEqual({ check: report, stopped: false });
    jest.advanceTimersByTime(LIMIT - 10);
    expect(worker.terminated).toBe(0);
    worker.reply({ type: 'start', id: 2 }); // the worker took it up later: counts from now (not restarted: it is timed)
    jest.advanceTimersByTime(10);
    expect(worker.terminated).toBe(1);
    expect((await two).stopped).toBe(true);
  });

  it('a request sent while another is timed does not restart the time', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const one = runner.run(file(), OPTIONS, () => undefined);
    jest.advanceTimersByTime(LIMIT - 100);
    void runner.run(file(2, 'b.yaml'), OPTIONS, () => undefined);
    jest.advanceTimersByTime(100);
    expect(StandInWorker.made[0]!.terminated).toBe(1);
    expect(await one).toEqual({ check: { status: 'error', message: timedOutMessage('a.yaml', 'reading', LIMIT) }, stopped: true });
  });

  it('a request the worker says it started, while another was timed, is timed from then', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    void runner.run(file(), OPTIONS, () => undefined);
    const two = runner.run(file(), OPTIONS, () => undefined);
    const worker = StandInWorker.made[0]!;
    jest.advanceTimersByTime(LIMIT - 100);
    worker.reply({ type: 'start', id: 2 });
    jest.advanceTimersByTime(LIMIT - 1);
    expect(worker.terminated).toBe(0);
    jest.advanceTimersByTime(1);
    expect(worker.terminated).toBe(1);
    expect(await two).toEqual({ check: { status: 'error', message: timedOutMessage('a.yaml', 'checking', LIMIT) }, stopped: true });
    worker.reply({ type: 'start', id: 5 });
  });

  it('each new stage has its own time; the same stage again, or a stage of a request not timed, does not restart it', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const one = runner.run(file(), OPTIONS, () => undefined);
    const two = runner.run(file(2, 'b.yaml'), OPTIONS, () => undefined);
    const worker = StandInWorker.made[0]!;
    jest.advanceTimersByTime(LIMIT - 100);
    worker.reply({ type: 'stage', id: 1, stage: 'checking' }); // a new stage: restarted
    jest.advanceTimersByTime(LIMIT - 100);
    worker.reply({ type: 'stage', id: 1, stage: 'checking' }); // the same: not restarted
    worker.reply({ type: 'stage', id: 2, stage: 'checking' }); // a new stage, but of a request not timed: not restarted
    expect(worker.terminated).toBe(0);
    jest.advanceTimersByTime(100);
    expect(worker.terminated).toBe(1);
    expect(await one).toEqual({ check: { status: 'error', message: timedOutMessage('a.yaml', 'checking', LIMIT) }, stopped: true });
    // The requests waiting behind it are stopped with it, in the words of the stage that ran out.
    expect(await two).toEqual({ check: { status: 'error', message: timedOutMessage('b.yaml', 'checking', LIMIT) }, stopped: true });
  });

  it('a file the worker holds starts as a check: the worker saying so does not restart the time', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const first = runner.run(file(), OPTIONS, () => undefined);
    StandInWorker.made[0]!.reply({ type: 'done', id: 1, check: report });
    await first;
    const second = runner.run(file(), OPTIONS, () => undefined);
    jest.advanceTimersByTime(LIMIT - 100);
    StandInWorker.made[0]!.reply({ type: 'stage', id: 2, stage: 'checking' });
    jest.advanceTimersByTime(100);
    expect(await second).toEqual({ check: { status: 'error', message: timedOutMessage('a.yaml', 'checking', LIMIT) }, stopped: true });
  });

  it('the default limit is the stages\' minute', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x');
    const outcome = runner.run(file(), OPTIONS, () => undefined);
    jest.advanceTimersByTime(59_999);
    expect(StandInWorker.made[0]!.terminated).toBe(0);
    jest.advanceTimersByTime(1);
    expect((await outcome).check).toEqual({ status: 'error', message: timedOutMessage('a.yaml', 'reading') });
  });

  it('an idle runner has no timer running', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const one = runner.run(file(), OPTIONS, () => undefined);
    StandInWorker.made[0]!.reply({ type: 'done', id: 1, check: report });
    await one;
    expect(jest.getTimerCount()).toBe(0);
    StandInWorker.made[0]!.reply({ type: 'start', id: 1 }); // a request already answered is not timed again
    expect(jest.getTimerCount()).toBe(0);
    void runner.run(file(), OPTIONS, () => undefined);
    expect(runner.cancel()).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('stops', () => {
  it('cancel: every request settled as cancelled, the worker terminated; a new worker for the next', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    expect(runner.cancel()).toBe(false);
    const one = runner.run(file(), OPTIONS, () => undefined);
    const two = runner.make(file(2, 'b.yaml'), OPTIONS, 'marked');
    expect(runner.cancel()).toBe(true);
    expect(StandInWorker.made[0]!.terminated).toBe(1);
    expect(await one).toEqual({ check: { status: 'cancelled', message: cancelledMessage('a.yaml') }, stopped: true });
    expect(await two).toEqual({ copy: { status: 'cancelled', message: cancelledMessage('b.yaml') }, stopped: true });
    expect(runner.cancel()).toBe(false);
    const three = runner.run(file(), OPTIONS, () => undefined);
    expect(StandInWorker.made).toHaveLength(2);
    expect(StandInWorker.made[1]!.sent[0]).toEqual({ id: 3, file: { key: 1, name: 'a.yaml', bytes }, options: OPTIONS });
    // What the stopped worker still says is not heard.
    const old = StandInWorker.made[0]!;
    old.reply({ type: 'done', id: 3, check: report });
    old.fail('late');
    old.emit('messageerror', {});
    expect([runner.busy, runner.thread, StandInWorker.made[1]!.terminated, warnings]).toEqual([true, 'worker', 0, []]);
    StandInWorker.made[1]!.reply({ type: 'done', id: 3, check: report });
    expect(await three).toEqual({ check: report, stopped: false });
    expect(StandInBlob.made).toHaveLength(1); // one URL for every worker
  });

  it('a worker that fails while it runs: the requests settled with its reason, or "error"', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const one = runner.run(file(), OPTIONS, () => undefined);
    StandInWorker.made[0]!.reply({ type: 'ready' });
    expect(StandInWorker.made[0]!.fail('Out of memory')).toEqual({ prevented: true });
    expect(await one).toEqual({ check: { status: 'error', message: failedMessage('a.yaml', 'Out of memory') }, stopped: true });
    expect(runner.thread).toBe('worker');
    const two = runner.run(file(), OPTIONS, () => undefined);
    StandInWorker.made[1]!.reply({ type: 'ready' });
    StandInWorker.made[1]!.fail('');
    expect(await two).toEqual({ check: { status: 'error', message: failedMessage('a.yaml', 'error') }, stopped: true });
    expect(warnings).toEqual([]);
    // A new worker that fails before it runs is given up, whatever the one before did.
    const three = runner.run(file(), OPTIONS, () => undefined);
    StandInWorker.made[2]!.fail('blocked');
    expect(runner.thread).toBe('page');
    jest.advanceTimersByTime(0);
    await flush();
    expect(await three).toEqual({ check: { status: 'ok', inPage: 'a.yaml' }, stopped: false });
    expect(warnings).toEqual(['dokodemo-check: checks run in the page, because the browser did not start a worker (blocked)']);
  });

  it('a message that cannot be read (messageerror) stops the worker', async () => {
    const { CheckRunner } = runnerModule();
    const runner = new CheckRunner('x', LIMIT);
    const one = runner.run(file(), OPTIONS, () => undefined);
    StandInWorker.made[0]!.emit('messageerror', {});
    expect(StandInWorker.made[0]!.terminated).toBe(1);
    expect(await one).toEqual({ check: { status: 'error', message: failedMessage('a.yaml', 'messageerror') }, stopped: true });
  });
});
