// The page's worker protocol without a browser: what the worker answers (worker.ts), and how the page's
// runner (runner.ts) sends files once, limits each stage's time, cancels, and falls back to the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/types';
import { fixYamlBytes } from '../../src/fix/copy';
import { markedCopy } from '../../src/reporters/xlsx';
import type { PageOptions } from '../../src/web/check';
import { CheckRunner } from '../../src/web/runner';
import { cancelledMessage, STAGE_TIME_LIMIT_MS, timedOutMessage } from '../../src/web/stops';
import type { LedgerFile } from '../../src/web/runner';
import { serveChecks } from '../../src/web/worker';
import type { CheckRequest, WorkerReply } from '../../src/web/worker';

const CLINIC = join(__dirname, '..', '..', 'examples', 'clinic-with-findings.yaml');
const OPTIONS: PageOptions = { asOf: '2026-11-24', config: DEFAULT_CONFIG, lang: 'ja', within: 30 };

function clinic(key = 1): LedgerFile {
  return { key, name: 'clinic.yaml', bytes: new Uint8Array(readFileSync(CLINIC)) };
}

/** A worker scope that records what the worker says; `ask` sends it a request, as the page would. */
function workerScope() {
  const replies: WorkerReply[] = [];
  let listener: ((event: { data: CheckRequest }) => void) | undefined;
  serveChecks({
    postMessage: (message) => replies.push(structuredClone(message)), // as it crosses to the page: plain data only
    addEventListener: (_, handler) => {
      listener = handler;
    },
  });
  const ask = async (request: CheckRequest) => {
    const from = replies.length;
    listener!({ data: structuredClone(request) });
    while (!replies.slice(from).some((reply) => reply.type === 'done' || reply.type === 'made')) await new Promise((resolve) => setTimeout(resolve, 1));
    return replies.slice(from);
  };
  return { replies, ask };
}

describe('the page\'s worker (worker.ts)', () => {
  it('says it is ready, reads a file once, and answers each request with plain data', async () => {
    const { replies, ask } = workerScope();
    expect(replies).toEqual([{ type: 'ready' }]);
    const file = clinic();
    const first = await ask({ id: 1, file, options: OPTIONS });
    expect(first.map((reply) => (reply.type === 'stage' ? reply.stage : reply.type))).toEqual(['start', 'reading', 'checking', 'done']);
    const done = first[3] as WorkerReply & { type: 'done' };
    expect(done.check.status).toBe('findings');
    if (done.check.status !== 'findings') return;
    expect(done.check.model.files[0]!.findings.length).toBeGreaterThan(0);
    expect(done.check.model.files[0]!.inventory!.users.length).toBeGreaterThan(0); // built before it crossed
    expect(done.check.due.items.length).toBeGreaterThan(0);

    // Another day, without the bytes: the file kept, only the rules run.
    const again = await ask({ id: 2, file: { key: 1, name: file.name }, options: { ...OPTIONS, asOf: '2027-06-30', lang: 'en' } });
    expect(again.map((reply) => (reply.type === 'stage' ? reply.stage : reply.type))).toEqual(['start', 'checking', 'done']);
    expect((again[2] as WorkerReply & { type: 'done' }).check).toMatchObject({ status: 'findings', model: { asOf: '2027-06-30', lang: 'en' } });
  });

  it('offers the marked copy of any ledger that reads, and the tidy copy only with the repairs `fix` makes, listed', async () => {
    const { ask } = workerScope();
    const clean = await ask({ id: 1, file: clinic(), options: OPTIONS });
    expect((clean.at(-1) as WorkerReply & { type: 'done' }).check).toMatchObject({ copies: { marked: true, repairs: [] } });
    const typed = readFileSync(CLINIC, 'utf8').replace(/(policy_read: )true/, '$1〇');
    const mistyped = await ask({ id: 2, file: { key: 2, name: 'typed.yaml', bytes: new Uint8Array(Buffer.from(typed)) }, options: OPTIONS });
    const { repairs } = ((mistyped.at(-1) as WorkerReply & { type: 'done' }).check as { copies: { repairs: unknown[] } }).copies;
    expect(repairs).toEqual([expect.objectContaining({ at: expect.stringMatching(/^typed\.yaml:\d+:\d+$/), before: '〇', after: 'true' })]);
    const broken = await ask({ id: 3, file: { key: 3, name: 'broken.yaml', bytes: new Uint8Array(Buffer.from('users: [\n')) }, options: OPTIONS });
    expect((broken.at(-1) as WorkerReply & { type: 'done' }).check).toMatchObject({ status: 'findings', copies: { marked: false, repairs: [] } });
  });

  it('makes each copy as the CLI\'s code makes it, plain data across to the page', async () => {
    const { ask } = workerScope();
    const typed = new Uint8Array(Buffer.from(readFileSync(CLINIC, 'utf8').replace(/(policy_read: )true/, '$1〇')));
    const file = { key: 1, name: 'typed.yaml', bytes: typed };
    const tidy = await ask({ id: 1, file, options: OPTIONS, copy: 'tidy' });
    expect(tidy.map((reply) => (reply.type === 'stage' ? reply.stage : reply.type))).toEqual(['start', 'making', 'made']);
    const made = (tidy.at(-1) as WorkerReply & { type: 'made' }).copy;
    const expected = fixYamlBytes(typed, 'typed.yaml');
    expect(made).toMatchObject({ status: 'made', kind: 'tidy', fileName: 'typed-整形.yaml', notes: [], repairs: expected.printed });
    expect(Buffer.from((made as { bytes: Uint8Array }).bytes).equals(Buffer.from(expected.content))).toBe(true);

    const marked = await ask({ id: 2, file: { key: 1, name: 'typed.yaml' }, options: OPTIONS, copy: 'marked' });
    const copy = (marked.at(-1) as WorkerReply & { type: 'made' }).copy as { status: string; fileName: string; bytes: Uint8Array };
    const cli = await markedCopy({ name: 'typed.yaml', bytes: typed }, { asOf: OPTIONS.asOf, config: DEFAULT_CONFIG, lang: 'ja' });
    expect({ status: copy.status, fileName: copy.fileName }).toEqual({ status: 'made', fileName: 'typed-指摘.xlsx' });
    expect(Buffer.from(copy.bytes).equals(Buffer.from(cli.bytes))).toBe(true);

    const refused = await ask({ id: 3, file: { key: 4, name: 'broken.yaml', bytes: new Uint8Array(Buffer.from('users: [\n')) }, options: OPTIONS, copy: 'marked' });
    expect((refused.at(-1) as WorkerReply & { type: 'made' }).copy).toMatchObject({ status: 'error', message: { en: expect.stringContaining('so no marked workbook can be made') } });
  }, 60_000); // exceljs, loaded and run under jest's transform on a shared machine

  it('answers a request for a file it was never sent with one message, not a silence', async () => {
    const { ask } = workerScope();
    const replies = await ask({ id: 7, file: { key: 3, name: 'x.yaml' }, options: OPTIONS });
    expect(replies.at(-1)).toEqual({ type: 'done', id: 7, check: { status: 'error', message: { ja: 'ファイルを読めません: x.yaml', en: 'cannot read file: x.yaml' } } });
  });
});

/** A Worker for the runner: records what it is sent, answers when told, can fail. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static refuse = false;
  sent: CheckRequest[] = [];
  terminated = false;
  private listeners = new Map<string, Array<(event: unknown) => void>>();

  constructor(readonly url: string) {
    if (FakeWorker.refuse) throw new Error('refused');
    FakeWorker.made.push(this);
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: CheckRequest): void {
    this.sent.push(structuredClone(message));
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(data: WorkerReply): void {
    for (const listener of this.listeners.get('message') ?? []) listener({ data });
  }

  fail(message: string): void {
    for (const listener of this.listeners.get('error') ?? []) listener({ message, preventDefault() {} });
  }
}

describe('the page\'s runner (runner.ts)', () => {
  const original = (globalThis as { Worker?: unknown }).Worker;
  let warnings: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers();
    FakeWorker.made = [];
    FakeWorker.refuse = false;
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
    warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.useRealTimers();
    (globalThis as { Worker?: unknown }).Worker = original;
    warnings.mockRestore();
  });

  const report = { status: 'ok' as const, model: {} as never, due: {} as never, copies: { marked: true, repairs: [] } };

  it('sends a file\'s bytes once per worker, and relays the stages', async () => {
    const runner = new CheckRunner('/* the page script */');
    const stages: string[] = [];
    const file = clinic();
    const first = runner.run(file, OPTIONS, (stage) => stages.push(stage));
    const worker = FakeWorker.made[0]!;
    expect(worker.url).toMatch(/^blob:/);
    expect(worker.sent[0]!.file.bytes).toEqual(file.bytes);
    worker.reply({ type: 'ready' });
    worker.reply({ type: 'start', id: 1 });
    worker.reply({ type: 'stage', id: 1, stage: 'reading' });
    worker.reply({ type: 'stage', id: 1, stage: 'checking' });
    worker.reply({ type: 'done', id: 1, check: report });
    expect(await first).toEqual({ check: report, stopped: false });
    expect(stages).toEqual(['reading', 'checking']);
    void runner.run(file, OPTIONS, () => undefined);
    expect(worker.sent[1]!.file).toEqual({ key: 1, name: 'clinic.yaml' });
    expect(runner.busy).toBe(true);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('stops a stage that passes the limit (each stage has its own), terminates the worker and sends the bytes to the next', async () => {
    const runner = new CheckRunner('script');
    const outcome = runner.run(clinic(), OPTIONS, () => undefined);
    const worker = FakeWorker.made[0]!;
    worker.reply({ type: 'ready' });
    worker.reply({ type: 'start', id: 1 });
    worker.reply({ type: 'stage', id: 1, stage: 'reading' });
    jest.advanceTimersByTime(STAGE_TIME_LIMIT_MS - 1000);
    worker.reply({ type: 'stage', id: 1, stage: 'checking' }); // the reading ended in time: the rules get their own
    jest.advanceTimersByTime(STAGE_TIME_LIMIT_MS - 1000);
    expect(worker.terminated).toBe(false);
    jest.advanceTimersByTime(1000);
    expect(worker.terminated).toBe(true);
    expect(await outcome).toEqual({ check: { status: 'error', message: timedOutMessage('clinic.yaml', 'checking') }, stopped: true });
    expect(timedOutMessage('clinic.yaml', 'checking').ja).toContain('60 秒以内に確認を終えられなかった');
    expect(timedOutMessage('clinic.yaml', 'reading').en).toContain('could not be read within 60 s');

    void runner.run(clinic(), OPTIONS, () => undefined);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]!.sent[0]!.file.bytes).toBeDefined();
  });

  it('cancels every waiting request at once, and says so', async () => {
    const runner = new CheckRunner('script');
    expect(runner.cancel()).toBe(false);
    const one = runner.run(clinic(), OPTIONS, () => undefined);
    const two = runner.run(clinic(), { ...OPTIONS, lang: 'en' }, () => undefined);
    expect(runner.cancel()).toBe(true);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    const cancelled = { check: { status: 'cancelled', message: cancelledMessage('clinic.yaml') }, stopped: true };
    expect(await Promise.all([one, two])).toEqual([cancelled, cancelled]);
    expect(runner.busy).toBe(false);
    // What the stopped worker still says is not heard.
    FakeWorker.made[0]!.reply({ type: 'done', id: 1, check: report });
    jest.advanceTimersByTime(STAGE_TIME_LIMIT_MS * 2);
  });

  it('asks the worker for a copy after the requests before it, and stops it as a check is stopped', async () => {
    const runner = new CheckRunner('script');
    const file = clinic();
    const check = runner.run(file, OPTIONS, () => undefined);
    const copy = runner.make(file, OPTIONS, 'marked');
    const worker = FakeWorker.made[0]!;
    expect(worker.sent.map((request) => [request.copy, Boolean(request.file.bytes)])).toEqual([[undefined, true], ['marked', false]]);
    worker.reply({ type: 'ready' });
    worker.reply({ type: 'done', id: 1, check: report });
    expect(await check).toEqual({ check: report, stopped: false });
    const made = { status: 'made' as const, kind: 'marked' as const, fileName: 'clinic-指摘.xlsx', bytes: new Uint8Array([1, 2]), notes: [] };
    worker.reply({ type: 'made', id: 2, copy: made });
    expect(await copy).toEqual({ copy: made, stopped: false });

    const slow = runner.make(file, OPTIONS, 'tidy');
    worker.reply({ type: 'start', id: 3 });
    worker.reply({ type: 'stage', id: 3, stage: 'making' });
    jest.advanceTimersByTime(STAGE_TIME_LIMIT_MS);
    expect(await slow).toEqual({ copy: { status: 'error', message: timedOutMessage('clinic.yaml', 'making') }, stopped: true });
    expect(timedOutMessage('clinic.yaml', 'making').en).toContain('the copy to save was not made within 60 s');
    const cancelled = runner.make(file, OPTIONS, 'tidy');
    expect(runner.cancel()).toBe(true);
    expect(await cancelled).toEqual({ copy: { status: 'cancelled', message: cancelledMessage('clinic.yaml') }, stopped: true });
  });

  it('says a worker that failed while checking failed, in the user\'s words', async () => {
    const runner = new CheckRunner('script');
    const outcome = runner.run(clinic(), OPTIONS, () => undefined);
    const worker = FakeWorker.made[0]!;
    worker.reply({ type: 'ready' });
    worker.fail('Out of memory');
    const { check, stopped } = await outcome;
    expect(stopped).toBe(true);
    expect(check).toMatchObject({ status: 'error', message: { ja: expect.stringContaining('確認が途中で止まりました（Out of memory）') } });
  });

  it('checks in the page where the browser refuses the worker (before it ran, or at once), with a warning', async () => {
    jest.useRealTimers();
    const refused = new CheckRunner('script');
    const outcome = refused.run(clinic(), OPTIONS, () => undefined);
    FakeWorker.made[0]!.fail(''); // as a Content-Security-Policy without worker-src blob: makes it
    expect((await outcome).check.status).toBe('findings');
    expect(refused.thread).toBe('page');
    FakeWorker.refuse = true;
    const thrown = new CheckRunner('script');
    expect((await thrown.run(clinic(2), OPTIONS, () => undefined)).check.status).toBe('findings');
    expect(thrown.thread).toBe('page');
    expect(warnings).toHaveBeenCalledTimes(2);
  });
});
