// The offline page checks in its worker (src/web/runner.ts, worker.ts), started from the page's own script
// opened from file://: while a 5,000-staff workbook is read, the page answers a key and a click within a
// second (measured by the page's own clock: from the input event's time to the change it makes), shows
// what it reads, and its cancel button stops the worker; a stage over the time limit is stopped with one
// message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page, Worker } from 'playwright-core';
import { ledgerText } from '../../bench/generate';
import { cancelledMessage, STAGE_TIME_LIMIT_MS, timedOutMessage } from '../../src/web/stops';
import { describeWith } from '../helpers/components';
import { chromiumMissing, launchChromium } from './browser';

const ROOT = join(__dirname, '..', '..');
const PAGE_URL = pathToFileURL(join(ROOT, 'dist', 'web', 'dokodemo-check.html')).href;
const BIN = join(ROOT, 'bin', 'dokodemo-check.js');
const AS_OF = '2026-11-24';
const BIG = 'staff-5000.xlsx';

// Making the workbook takes seconds, and the 2-core machine runs other test files beside this one.
jest.setTimeout(120_000);

const describeInBrowser = describeWith('Chromium', chromiumMissing(), 'apt-get install chromium (as .ci/run does)');

/** What the page's thread saw, in its own time (performance.now()): each key and click, as the event's
 * time (when the browser got it) and when the page's handlers ran; each change of the result area; the
 * page thread's long tasks. */
interface Seen {
  inputs: Array<{ type: string; target: string; stamp: number; handled: number; busy: string | null }>;
  changes: Array<{ at: number; status: string | null; text: string }>;
  longTasks: Array<{ start: number; duration: number }>;
}

function watch(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: Seen = { inputs: [], changes: [], longTasks: [] };
    Object.assign(window, { seen });
    const result = document.getElementById('result')!;
    for (const type of ['keydown', 'click']) {
      document.addEventListener(type, (event) => {
        seen.inputs.push({ type, target: (event.target as HTMLElement).id, stamp: event.timeStamp, handled: performance.now(), busy: result.getAttribute('aria-busy') });
      }, true);
    }
    new MutationObserver(() => {
      seen.changes.push({ at: performance.now(), status: result.dataset.status ?? null, text: document.getElementById('status')!.textContent! });
    }).observe(result, { attributes: true, attributeFilter: ['data-status'], childList: true, subtree: true, characterData: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
}

function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => (window as unknown as { seen: Seen }).seen);
}

describeInBrowser('the offline page checks in its worker', () => {
  let browser: Browser;
  let big: string;

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'dokodemo-web-worker-'));
    const ledger = join(work, 'staff-5000.yaml');
    writeFileSync(ledger, ledgerText(5000));
    big = join(work, BIG);
    const run = spawnSync(process.execPath, [BIN, 'convert', ledger, big], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The page from file:// in a new context where only the page and its worker (a Blob URL) load. */
  async function open(options: { clock?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; blocked: string[]; problems: string[] }> {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === PAGE_URL || url.startsWith('blob:null/')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    if (options.clock) await context.clock.install();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(PAGE_URL);
    await page.fill('input[type="date"]', AS_OF);
    return { context, page, blocked, problems };
  }

  /** The page's worker, started when the page opens, and a promise of its end. */
  async function workerOf(page: Page): Promise<{ worker: Worker; closed: Promise<void> }> {
    const worker = page.workers()[0] ?? await page.waitForEvent('worker');
    expect(worker.url()).toMatch(/^blob:null\//);
    return { worker, closed: new Promise((resolve) => worker.once('close', () => resolve())) };
  }

  /** Waits for the progress line of the big workbook: the check runs in the worker. */
  async function reading(page: Page, words: RegExp): Promise<void> {
    await page.waitForFunction((source) => {
      const result = document.getElementById('result')!;
      const text = document.getElementById('status')!.textContent!;
      return !result.dataset.status && result.getAttribute('aria-busy') === 'true' && new RegExp(source).test(text) && !document.getElementById('cancel')!.hidden;
    }, words.source);
  }

  it('answers the language switch and the cancel button within a second while it reads a 5,000-staff workbook, and cancel stops the worker', async () => {
    const { context, page, blocked, problems } = await open();
    const { closed } = await workerOf(page);
    let ended = false;
    void closed.then(() => {
      ended = true;
    });
    await watch(page);
    await page.setInputFiles('input[type="file"]', big);
    await reading(page, /^(読み込み中|確認中)… staff-5000\.xlsx$/);
    const readingFrom = await page.evaluate(() => performance.now());

    // The language switch, by its keyboard (a real key event, stamped when the browser got it).
    await page.focus('#lang');
    await page.keyboard.press('ArrowDown');
    await reading(page, /^(Reading|Checking)… staff-5000\.xlsx$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    // The cancel button, by the mouse.
    const box = (await page.locator('#cancel').boundingBox())!;
    expect(await page.textContent('#cancel')).toBe('Cancel');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('#result[data-status="cancelled"]', { state: 'attached' });
    await Promise.race([closed, page.waitForTimeout(5000)]);
    expect(ended).toBe(true); // the worker was terminated
    expect(page.workers()).toHaveLength(0);

    const { inputs, changes, longTasks } = await seen(page);
    const key = inputs.find((input) => input.type === 'keydown' && input.target === 'lang')!;
    const click = inputs.find((input) => input.type === 'click' && input.target === 'cancel')!;
    // Both while the check ran: the page was busy, and neither had a result before them.
    expect([key.busy, click.busy]).toEqual(['true', 'true']);
    expect([...new Set(changes.map((change) => change.status))]).toEqual([null, 'cancelled']);
    const english = changes.find((change) => change.at >= key.stamp && /^(Reading|Checking)…/.test(change.text))!;
    const cancelled = changes.find((change) => change.status === 'cancelled')!;
    const answered = { key: english.at - key.stamp, click: cancelled.at - click.stamp };
    const during = longTasks.filter((task) => task.start + task.duration >= readingFrom && task.start <= cancelled.at);
    console.log(`offline page, ${BIG} being read: the language switched ${Math.round(answered.key)} ms and the check was cancelled ${Math.round(answered.click)} ms after the input; the page thread's longest task meanwhile ${Math.round(Math.max(0, ...during.map((task) => task.duration)))} ms`);
    expect(answered.key).toBeLessThan(1000);
    expect(answered.click).toBeLessThan(1000);
    for (const task of during) expect(task.duration).toBeLessThan(1000);

    // One message, in the page's language; nothing to print; the chooser cleared (the same file can be chosen again).
    expect(await page.locator('#report-view').textContent()).toBe(cancelledMessage(BIG).en);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await page.isDisabled('#print')).toBe(true);
    expect(await page.isHidden('#cancel')).toBe(true);
    expect(await page.evaluate(() => (document.getElementById('ledger-file') as HTMLInputElement).files!.length)).toBe(0);

    // A new day does not start the cancelled file again; the next file is checked by a new worker.
    await page.fill('input[type="date"]', '2026-11-25');
    expect(await page.getAttribute('#result', 'data-status')).toBe('cancelled');
    await page.fill('input[type="date"]', AS_OF);
    await page.setInputFiles('input[type="file"]', join(ROOT, 'examples', 'clinic-with-findings.yaml'));
    await page.waitForSelector('#result[data-status="findings"][data-file="clinic-with-findings.yaml"]', { state: 'attached' });
    expect(await page.getAttribute('#result', 'data-thread')).toBe('worker');
    expect(page.workers()).toHaveLength(1);
    expect(await page.locator('tr[data-rule]').count()).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('stops a stage that passes the time limit, with one message in the page\'s language, and ends the worker', async () => {
    // The page's clock is playwright's: the limit passes at once, while the worker reads in real time.
    const { context, page, blocked, problems } = await open({ clock: true });
    const { closed } = await workerOf(page);
    await page.setInputFiles('input[type="file"]', big);
    await reading(page, /^(読み込み中|確認中)… staff-5000\.xlsx$/);
    // Past the limit, from whenever the stage began (its start, or the rules' start if they began meanwhile).
    for (let jumps = 0; jumps < 3 && !(await page.getAttribute('#result', 'data-status')); jumps++) {
      await page.clock.fastForward(STAGE_TIME_LIMIT_MS + 1000);
      await page.waitForFunction(() => document.querySelector('#result[data-status]') !== null, undefined, { timeout: 2000 }).catch(() => undefined);
    }
    expect(await page.getAttribute('#result', 'data-status')).toBe('error');
    await closed;
    expect(page.workers()).toHaveLength(0);
    const said = await page.locator('[role="alert"]').textContent();
    expect([`エラー: ${timedOutMessage(BIG, 'reading').ja}`, `エラー: ${timedOutMessage(BIG, 'checking').ja}`]).toContain(said);
    expect(await page.locator('tr[data-rule]').count()).toBe(0);
    expect(await page.isHidden('#cancel')).toBe(true);
    // Stopped for good: a new day does not read it again.
    await page.fill('input[type="date"]', '2026-11-25');
    expect(await page.getAttribute('#result', 'data-status')).toBe('error');
    expect(page.workers()).toHaveLength(0);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
