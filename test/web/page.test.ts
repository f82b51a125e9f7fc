// The offline page (dist/web/dokodemo-check.html) in Debian's Chromium, opened from file:// as a user
// opens it from a USB stick: the same findings as the built CLI, nothing fetched, values as text.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ledgerText } from '../../bench/generate';
import { inert } from '../../src/report/inert';
import { positionLabel } from '../../src/report/model';
import { describeWith } from '../helpers/components';
import type { JsonFinding } from '../helpers/json-report';
import { cleanLedger } from '../helpers/ledger-fixture';
import { GENERATED } from '../fixtures/bad/generated';
import { handWorkbook, HOSTILE_WORKBOOKS } from '../fixtures/bad/workbooks';
import { launchChromium, chromiumMissing } from './browser';

const ROOT = join(__dirname, '..', '..');
const PAGE = join(ROOT, 'dist', 'web', 'dokodemo-check.html');
const PAGE_URL = pathToFileURL(PAGE).href;
const BIN = join(ROOT, 'bin', 'dokodemo-check.js');
const AS_OF = '2026-11-24';

interface Row {
  rule: string;
  path: string;
  severity: string;
  suppressed: boolean;
  position: string;
  message: string;
}

/** The built CLI's JSON report for `files`, one process for all of them. */
function cliFindings(files: readonly string[], asOf: string, lang: string, extra: string[] = [], cwd = ROOT): JsonFinding[][] {
  const run = spawnSync(process.execPath, [BIN, '--as-of', asOf, '--lang', lang, '-f', 'json', ...extra, ...files], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { files: Array<{ findings: JsonFinding[] }> }).files.map((file) => file.findings);
}

function expectedRows(findings: readonly JsonFinding[]): Row[] {
  return findings.map((finding) => ({
    rule: finding.ruleId,
    path: finding.path,
    severity: finding.severity,
    suppressed: finding.suppressed,
    position: positionLabel({ line: finding.line ?? 0, column: finding.column ?? 0, sheet: finding.sheet, cell: finding.cell }),
    message: inert(finding.message), // shown as the HTML report shows it: controls escaped
  }));
}

async function rows(page: Page): Promise<Row[]> {
  return page.$$eval('tr[data-rule]', (elements) =>
    (elements as HTMLTableRowElement[]).map((row) => ({
      rule: row.dataset.rule!,
      path: row.getAttribute('data-path')!,
      severity: row.dataset.severity!,
      suppressed: row.dataset.suppressed === 'true',
      position: row.cells[1]!.textContent!,
      message: row.cells[4]!.firstChild!.textContent!,
    })));
}

/** Sets the day, chooses the file through the page's file input and waits for that check to finish. */
async function check(page: Page, file: string, asOf = AS_OF): Promise<string> {
  if ((await page.inputValue('input[type="date"]')) !== asOf) await page.fill('input[type="date"]', asOf);
  await page.setInputFiles('input[type="file"]', file);
  return statusOf(page, basename(file), asOf);
}

/** The status of the finished check of `file` on `asOf` (the page clears it when a new check starts). */
async function statusOf(page: Page, file: string, asOf = AS_OF): Promise<string> {
  const done = await page.waitForFunction(([name, day]) => {
    const result = document.querySelector<HTMLElement>('[data-status]');
    return result?.dataset.file === name && result.dataset.asOf === day && result.dataset.status;
  }, [file, asOf] as const);
  return (await done.jsonValue()) as string;
}

function expectedStatus(findings: readonly JsonFinding[]): string {
  return findings.some((finding) => !finding.suppressed) ? 'findings' : 'ok';
}

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml')).map((name) => join(ROOT, 'examples', name));
const BAD = join(ROOT, 'test', 'fixtures', 'bad');
const FIXTURES = readdirSync(BAD).filter((name) => name.endsWith('.yaml')).map((name) => join(BAD, name));

// A browser round trip is quick, but the 2-core CI machine runs other test files beside this one.
jest.setTimeout(30_000);

const describeInBrowser = describeWith('Chromium', chromiumMissing(), "apt-get install chromium (as .ci/run does)");

describeInBrowser('the offline page in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const blocked: string[] = [];
  const dialogs: string[] = [];
  const problems: string[] = [];
  const workers: string[] = [];
  let work: string;

  beforeAll(async () => {
    expect(existsSync(PAGE)).toBe(true);
    work = mkdtempSync(join(tmpdir(), 'dokodemo-web-'));
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    // Only the page itself may load, and its worker (the page's own script, from a Blob URL made in the
    // page: no network): any other URL is refused and remembered.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === PAGE_URL || url.startsWith(`${PAGE_URL}?`) || url.startsWith('blob:null/')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page = await context.newPage();
    context.on('request', (request) => requests.push(request.url()));
    context.on('page', (opened) => opened.on('worker', (worker) => workers.push(worker.url())));
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(PAGE_URL);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('starts in the browser language with today (local) as the as-of day and nothing checked', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    expect(await page.inputValue('input[type="date"]')).toBe(today);
    expect(await page.locator('[data-status]').count()).toBe(0);
    expect(await page.locator('input[type="file"]').count()).toBe(1);
    expect(await page.getAttribute('input[type="file"]', 'accept')).toBe('.yaml,.yml,.xlsx');
    expect(await page.locator('label[for="ledger-file"]').textContent()).toBe('台帳ファイル');
    expect(await page.locator('label[for="as-of"]').textContent()).toBe('基準日');
  });

  it('is one self-contained file under 2 MB whose CSP allows only its own inline script and style', async () => {
    const html = readFileSync(PAGE, 'utf8');
    expect(statSync(PAGE).size).toBeLessThanOrEqual(2 * 1024 * 1024);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    const directives = new Map(csp!.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    const head = html.slice(0, html.indexOf('</head>'));
    const styles = [...head.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(directives.get('script-src')).toEqual([hash(scripts[0]!)]);
    expect(directives.get('style-src')).toContain(hash(styles[0]!));
    expect(directives.get('img-src')).toEqual(['data:']);
    // Outside the script, the only address is the icon's data: URL.
    const markup = html.replace(scripts[0]!, '');
    expect(markup.match(/\b(src|href|action|srcset|poster|data)=/g)).toEqual(['href=']);
    expect(markup.match(/href="[^"]*"/)![0]).toMatch(/^href="data:image\/svg\+xml,/);
  });

  it('gives every example exactly the CLI findings, in its order, with positions and messages', async () => {
    const expected = cliFindings(EXAMPLES, AS_OF, 'ja');
    for (const [index, file] of EXAMPLES.entries()) {
      const status = await check(page, file);
      expect({ file, rows: await rows(page) }).toEqual({ file, rows: expectedRows(expected[index]!) });
      expect({ file, status }).toEqual({ file, status: expectedStatus(expected[index]!) });
    }
  }, 60_000);

  it('gives every bad-input fixture exactly the CLI findings', async () => {
    const generated = Object.entries(GENERATED)
      .filter(([name]) => !name.startsWith('long-string')) // 30 MB: the CLI tests cover it
      .map(([name, make]) => {
        const file = join(work, name);
        writeFileSync(file, make());
        return file;
      });
    const files = [...FIXTURES, ...generated];
    const expected = cliFindings(files, AS_OF, 'en');
    await page.selectOption('#lang', 'en');
    for (const [index, file] of files.entries()) {
      const status = await check(page, file);
      expect({ file, rows: await rows(page) }).toEqual({ file, rows: expectedRows(expected[index]!) });
      expect({ file, status }).toEqual({ file, status: 'findings' });
    }
    await page.selectOption('#lang', 'ja');
  }, 120_000);

  it('checks again when the day changes, as the CLI does for that day', async () => {
    const clinic = join(ROOT, 'examples', 'clinic-with-findings.yaml');
    await check(page, clinic, AS_OF);
    const before = await rows(page);
    await page.fill('input[type="date"]', '2027-06-30');
    expect(await statusOf(page, basename(clinic), '2027-06-30')).toBe('findings');
    const after = await rows(page);
    expect(after).toEqual(expectedRows(cliFindings([clinic], '2027-06-30', 'ja')[0]!));
    expect(after).not.toEqual(before);
  });

  it('lists what falls due as `due` does', async () => {
    const clinic = join(ROOT, 'examples', 'clinic-with-findings.yaml');
    await check(page, clinic, AS_OF);
    const run = spawnSync(process.execPath, [BIN, 'due', '--as-of', AS_OF, '--lang', 'ja', '-f', 'json', clinic], { encoding: 'utf8' });
    const items = (JSON.parse(run.stdout) as { items: Array<{ kind: string; path: string; due: string; message: string }> }).items;
    expect(items.length).toBeGreaterThan(0);
    const shown = await page.$$eval('#due tbody tr', (elements) =>
      (elements as HTMLTableRowElement[]).map((row) => ({ kind: row.dataset.dueKind, path: row.dataset.duePath, due: row.cells[0]!.textContent, message: row.cells[3]!.textContent })));
    expect(shown).toEqual(items.map(({ kind, path, due, message }) => ({ kind, path, due, message })));
  });

  it('switches language: labels and messages change, the findings stay', async () => {
    const clinic = join(ROOT, 'examples', 'clinic-with-findings.yaml');
    await check(page, clinic);
    const japanese = await rows(page);
    await page.selectOption('#lang', 'en');
    await page.waitForSelector('[data-status][data-lang="en"]', { state: 'attached' });
    const english = await rows(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('label[for="as-of"]').textContent()).toBe('As of');
    expect(english).toEqual(expectedRows(cliFindings([clinic], AS_OF, 'en')[0]!));
    expect(english.map(({ message, ...rest }) => rest)).toEqual(japanese.map(({ message, ...rest }) => rest));
    expect(english.map((row) => row.message)).not.toEqual(japanese.map((row) => row.message));
    await page.selectOption('#lang', 'ja');
    await page.waitForSelector('[data-status][data-lang="ja"]', { state: 'attached' });
    expect(await rows(page)).toEqual(japanese);
  });

  it('applies a chosen .dokodemo-check.yaml as -c does, and says when one cannot be read', async () => {
    const config = join(work, '.dokodemo-check.yaml');
    writeFileSync(config, 'lang: en\nrules:\n  ledger-review: off\n  lock-password-strength: warning\n');
    const clinic = join(ROOT, 'examples', 'clinic-with-findings.yaml');
    await check(page, clinic);
    const chooser = page.waitForEvent('filechooser');
    await page.click('#config-choose');
    await (await chooser).setFiles(config);
    await page.waitForSelector('[data-status][data-lang="en"]', { state: 'attached' });
    expect(await rows(page)).toEqual(expectedRows(cliFindings([clinic], AS_OF, 'en', ['-c', config])[0]!));
    expect(await page.locator('#report-view').textContent()).toContain('ledger-review');

    writeFileSync(config, 'rules:\n  no-such-rule: off\n');
    const again = page.waitForEvent('filechooser');
    await page.click('#config-choose');
    await (await again).setFiles(config);
    await page.waitForSelector('[data-status="error"]', { state: 'attached' });
    expect(await page.locator('[role="alert"]').textContent()).toContain('no-such-rule');
    expect(await page.locator('tr[data-rule]').count()).toBe(0);

    await page.click('#config-remove');
    expect(await statusOf(page, basename(clinic))).toBe('findings');
    expect(await rows(page)).toEqual(expectedRows(cliFindings([clinic], AS_OF, 'en')[0]!));
    await page.selectOption('#lang', 'ja');
  });

  it('takes a dropped ledger, and a dropped .dokodemo-check.yaml as the configuration', async () => {
    const drop = (name: string, text: string) =>
      page.evaluate(([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content!], fileName!));
        document.getElementById('drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, [name, text]);
    const clean = join(ROOT, 'examples', 'home-nursing-clean.yaml');
    await drop('dropped.yaml', readFileSync(clean, 'utf8'));
    expect(await statusOf(page, 'dropped.yaml')).toBe('ok');
    expect(await page.evaluate(() => (document.querySelector('input[type="file"]') as HTMLInputElement).files![0]!.name)).toBe('dropped.yaml');
    expect(await rows(page)).toEqual([]);

    const clinic = join(ROOT, 'examples', 'clinic-with-findings.yaml');
    await drop('dropped-clinic.yaml', readFileSync(clinic, 'utf8'));
    expect(await statusOf(page, 'dropped-clinic.yaml')).toBe('findings');
    const config = join(work, '.dokodemo-check.yaml');
    writeFileSync(config, 'rules:\n  ledger-review: off\n');
    await drop('.dokodemo-check.yaml', readFileSync(config, 'utf8'));
    await page.waitForFunction(() => document.querySelector('[data-status]') && !document.querySelector('tr[data-rule="ledger-review"]'));
    expect(await rows(page)).toEqual(expectedRows(cliFindings([clinic], AS_OF, 'ja', ['-c', config])[0]!));
    await page.click('#config-remove');
  });

  /** `convert` of each ledger into a workbook of the same name, in a new directory outside `work` (whose
   * .dokodemo-check.yaml the CLI would apply to them). */
  function asWorkbooks(ledgers: readonly string[]): string[] {
    const directory = mkdtempSync(join(tmpdir(), 'dokodemo-web-workbooks-'));
    return ledgers.map((ledger) => {
      const workbook = join(directory, basename(ledger).replace(/\.yaml$/, '.xlsx'));
      const run = spawnSync(process.execPath, [BIN, 'convert', ledger, workbook], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      return workbook;
    });
  }

  it('gives every example, as a workbook, exactly the CLI findings with their cells (sheet!cell)', async () => {
    const workbooks = asWorkbooks(EXAMPLES);
    const expected = cliFindings(workbooks, AS_OF, 'ja');
    expect(expected.flat().filter((finding) => finding.sheet !== undefined).length).toBeGreaterThan(0);
    const elapsed: string[] = [];
    for (const [index, file] of workbooks.entries()) {
      const status = await check(page, file);
      const shown = await rows(page);
      expect({ file, rows: shown }).toEqual({ file, rows: expectedRows(expected[index]!) });
      expect({ file, status }).toEqual({ file, status: expectedStatus(expected[index]!) });
      for (const row of shown) expect(row.position).toMatch(/^[^!]+![A-Z]+[0-9]+$/);
      if (shown.length > 0) expect(await page.locator('#findings th').nth(1).textContent()).toBe('シート!セル');
      elapsed.push(`${basename(file)} ${await page.getAttribute('[data-status]', 'data-elapsed-ms')} ms`);
    }
    console.log(`offline page, examples as workbooks, choice to table: ${elapsed.join(', ')}`);
  }, 60_000);

  it('lists a workbook\'s due items as `due` does, and checks it again for another day', async () => {
    const [clinic] = asWorkbooks([join(ROOT, 'examples', 'clinic-with-findings.yaml')]);
    await check(page, clinic!, AS_OF);
    const run = spawnSync(process.execPath, [BIN, 'due', '--as-of', AS_OF, '--lang', 'ja', '-f', 'json', clinic!], { encoding: 'utf8' });
    const items = (JSON.parse(run.stdout) as { items: Array<{ kind: string; path: string; due: string }> }).items;
    expect(items.length).toBeGreaterThan(0);
    const shown = await page.$$eval('#due tbody tr', (elements) =>
      (elements as HTMLTableRowElement[]).map((row) => ({ kind: row.dataset.dueKind, path: row.dataset.duePath, due: row.cells[0]!.textContent })));
    expect(shown).toEqual(items.map(({ kind, path, due }) => ({ kind, path, due })));
    await page.fill('input[type="date"]', '2027-06-30');
    expect(await statusOf(page, basename(clinic!), '2027-06-30')).toBe('findings');
    expect(await rows(page)).toEqual(expectedRows(cliFindings([clinic!], '2027-06-30', 'ja')[0]!));
  });

  it('refuses each hostile workbook with the CLI\'s one line (before exceljs expands anything), as it says when exceljs fails', async () => {
    const hostile = mkdtempSync(join(tmpdir(), 'dokodemo-web-hostile-'));
    const elapsed: string[] = [];
    // Past the guard, but exceljs fails on them: its failure, in the CLI's words.
    const unreadable = {
      'not-xml.xlsx': () => handWorkbook(Buffer.from('<<<<not xml at all &&&')),
      'cut-sheet.xlsx': () => handWorkbook(Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="b"><v>1</v></c>')),
    };
    const kinds = [...Object.entries(HOSTILE_WORKBOOKS).map(([name, { make }]) => [name, make] as const), ...Object.entries(unreadable)];
    for (const [name, make] of kinds) {
      const file = join(hostile, name);
      writeFileSync(file, make());
      // Run where the file is, so that the CLI names it as the page does (by its name).
      const run = spawnSync(process.execPath, [BIN, '--as-of', AS_OF, '--lang', 'ja', name], { cwd: hostile, encoding: 'utf8' });
      expect({ name, status: run.status }).toEqual({ name, status: 2 });
      const said = run.stderr.replace(/^dokodemo-check: /, '').replace(/\n$/, '');
      expect({ name, status: await check(page, file) }).toEqual({ name, status: 'error' });
      expect({ name, alert: await page.locator('[role="alert"]').textContent() }).toEqual({ name, alert: `エラー: ${said}` });
      expect(await page.locator('tr[data-rule]').count()).toBe(0);
      expect(await page.isDisabled('#print')).toBe(true);
      elapsed.push(`${name} ${await page.getAttribute('[data-status]', 'data-elapsed-ms')} ms`);
    }
    console.log(`offline page, hostile workbooks refused in: ${elapsed.join(', ')}`);
  }, 120_000);

  it('refuses a ledger over 64 MB before reading it, as the CLI does', async () => {
    const huge = join(work, 'huge.yaml');
    writeFileSync(huge, '');
    truncateSync(huge, 65 * 1024 * 1024); // sparse: nothing written
    expect(await check(page, huge)).toBe('error');
    expect(await page.locator('[role="alert"]').textContent()).toBe('エラー: ファイルが大きすぎます: huge.yaml（65 MB。上限は 64 MB です。台帳を施設ごとのファイルに分けてください）');
  });

  it('shows hostile ledger values as text: no element made, no script run, no dialog', async () => {
    const hostile = cleanLedger();
    hostile.facility.name = '<script>alert("facility")</script>';
    hostile.users[0]!.name = '<img src=x onerror=alert(1)>';
    hostile.users[0]!.policy_read = false; // a finding whose message carries the name
    hostile.devices[0]!.model = '"><b>bold</b> & <style>body{display:none}</style>';
    const file = join(work, '"><img src=y onerror=alert(2)>.yaml');
    writeFileSync(file, JSON.stringify(hostile));
    expect(await check(page, file)).toBe('findings');
    await page.waitForSelector('#print-report[data-ready]', { state: 'attached' });
    const counts = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      injected: document.querySelectorAll(':is(#report-view, #print-report) :is(img, svg, b, style, script, iframe, object, embed), img, iframe').length,
      handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
      visible: getComputedStyle(document.body).display,
    }));
    expect(counts).toEqual({ scripts: 1, injected: 0, handlers: 0, visible: 'block' });
    const text = await page.locator('#report-view').textContent();
    for (const value of [hostile.facility.name, hostile.users[0]!.name, basename(file)]) expect(text).toContain(value);
    const printed = await page.locator('#print-report').textContent();
    for (const value of [hostile.facility.name, hostile.users[0]!.name, hostile.devices[0]!.model, basename(file)]) expect(printed).toContain(value);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });

  it('shows control and bidi characters escaped, as the HTML report does: on screen, in the print copy and in the print title', async () => {
    const hostile = cleanLedger();
    hostile.facility.name = 'A\u202etxt.exe\u202c';
    hostile.users[0]!.name = '\x1b[2J\x1b]0;pwned\x07田中\r誠';
    hostile.users[0]!.policy_read = false;
    const file = join(work, 'ledger\u202egpj.yaml');
    writeFileSync(file, JSON.stringify(hostile));
    expect(await check(page, file)).toBe('findings');
    await page.waitForSelector('#print-report[data-ready]', { state: 'attached' });
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    const shown = await page.evaluate(() => ({ screen: document.querySelector('#report-view')!.textContent!, printed: document.querySelector('#print-report')!.textContent! }));
    expect(shown.screen).not.toMatch(raw);
    expect(shown.printed).not.toMatch(raw);
    expect(shown.screen).toContain('ledger\\u202egpj.yaml');
    expect(shown.screen).toContain('A\\u202etxt.exe\\u202c');
    expect(shown.screen).toContain('\\x1b[2J\\x1b]0;pwned\\x07田中\\r誠');
    const title = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const printing = document.title;
      window.dispatchEvent(new Event('afterprint'));
      return printing;
    });
    expect(title).not.toMatch(raw);
    expect(title).toContain('ledger\\u202egpj.yaml');
  });

  it('prints the CLI\'s A4 audit report', async () => {
    await check(page, join(ROOT, 'examples', 'clinic-with-findings.yaml'));
    await page.waitForSelector('#print-report[data-ready]', { state: 'attached' });
    expect(await page.isEnabled('#print')).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(30_000);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3); // the summary, then the file's findings and inventory
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#print-report h1')).toBe(true);
    expect(await page.isVisible('#ledger-file')).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  // How fast is `npm run bench`'s to measure, not a test's: a timed assertion fails on a loaded machine.
  // What keeps the table quick is asserted instead, on any machine: the result goes into the page in one
  // change (one task, no row-by-row layout), with a bounded number of elements per row shown.
  it('renders a 200-user ledger\'s result in one change, a bounded number of elements a row, on a page just opened and on one in use', async () => {
    const ledger = join(work, 'users-200.yaml');
    writeFileSync(ledger, ledgerText(200));
    const toTable = async (on: Page) => {
      await on.fill('input[type="date"]', AS_OF);
      await on.evaluate(() => {
        const changes: number[] = [];
        Object.assign(window, { viewChanges: changes });
        // One entry per observer call: each is the changes one task made before the page was painted.
        new MutationObserver((records) => changes.push(records.length)).observe(document.getElementById('report-view')!, { childList: true, subtree: true, characterData: true, attributes: true });
      });
      const started = Date.now();
      await on.setInputFiles('input[type="file"]', ledger);
      await statusOf(on, 'users-200.yaml');
      const seen = Date.now() - started;
      return {
        inPage: Number(await on.getAttribute('[data-status]', 'data-elapsed-ms')),
        seen,
        thread: await on.getAttribute('[data-status]', 'data-thread'),
        shown: await on.evaluate(() => ({
          changes: (window as unknown as { viewChanges: number[] }).viewChanges,
          rows: document.querySelectorAll('#report-view tr[data-rule]').length,
          dueRows: document.querySelectorAll('#report-view #due tbody tr').length,
          elements: document.querySelectorAll('#report-view *').length,
        })),
      };
    };
    const fresh = await context.newPage();
    await fresh.goto(PAGE_URL);
    const first = await toTable(fresh);
    await fresh.close();
    const again = await toTable(page);
    console.log(`offline page, 200-user ledger (${again.shown.rows} findings) to table: just opened ${first.inPage} ms in the page (${first.seen} ms seen by the test), in use ${again.inPage} ms (${again.seen} ms); not asserted: npm run bench measures speed`);
    expect(again.shown.rows).toBeGreaterThan(0);
    for (const { shown, thread } of [first, again]) {
      expect(thread).toBe('worker'); // checked off the page's thread: this one only renders
      expect(shown.rows).toBe(again.shown.rows);
      // The whole result (summary, findings, due list) went in with one replaceChildren, in one task.
      expect(shown.changes).toEqual([1]);
      // Each finding's row is 8 elements (9 when suppressed), each due row 5; the cards around them a few dozen.
      expect(shown.elements).toBeLessThanOrEqual(9 * shown.rows + 5 * shown.dueRows + 100);
    }
  });

  it('shows a 200-user workbook\'s table as the CLI finds it', async () => {
    const ledger = join(work, 'users-200.yaml');
    writeFileSync(ledger, ledgerText(200));
    const [workbook] = asWorkbooks([ledger]);
    const started = Date.now();
    await check(page, workbook!);
    const inPage = Number(await page.getAttribute('[data-status]', 'data-elapsed-ms'));
    console.log(`offline page, 200-user workbook (${statSync(workbook!).size} bytes) to table: ${inPage} ms in the page (${Date.now() - started} ms seen by the test); not asserted: npm run bench measures speed`);
    expect(await rows(page)).toEqual(expectedRows(cliFindings([workbook!], AS_OF, 'ja')[0]!));
  });

  it('sent no request, stored nothing and logged no error', async () => {
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookies: document.cookie,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookies: '', databases: 0 });
    expect(blocked).toEqual([]);
    // The page, and each of its workers' scripts: a Blob URL of the page's own script.
    expect(workers.length).toBeGreaterThan(0);
    for (const url of workers) expect(url).toMatch(/^blob:null\/[0-9a-f-]{36}$/);
    expect(requests).toContain(PAGE_URL);
    expect(requests.filter((url) => url !== PAGE_URL && !workers.includes(url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
