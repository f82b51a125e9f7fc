// The copies the offline page saves, in Debian's Chromium from file://: the marked workbook
// (指摘付きのブックを保存) is the CLI's `-f xlsx -o` byte for byte for the same file, day and language; the
// tidy copy (整形したコピーを保存) is `fix -o`'s (a YAML ledger byte for byte, a workbook part for part: the
// CLI's own workbook copy is stamped with the clock), with its repairs listed as `fix` prints them. Each is
// offered only when it can be made, and what the card shows stays text.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { describeWith } from '../helpers/components';
import { HOSTILE_WORKBOOKS } from '../fixtures/bad/workbooks';
import { columnOfKey, ledgerFile, typeMistakes as typeCommonMistakes, workbookBytes } from '../helpers/workbook';
import { zipParts } from '../helpers/workbook-read';
import { chromiumMissing, launchChromium } from './browser';

const ROOT = join(__dirname, '..', '..');
const PAGE_URL = pathToFileURL(join(ROOT, 'dist', 'web', 'dokodemo-check.html')).href;
const BIN = join(ROOT, 'bin', 'dokodemo-check.js');
const AS_OF = '2026-11-24';
const CLINIC = join(ROOT, 'examples', 'clinic-with-findings.yaml');
const CLEAN = join(ROOT, 'examples', 'home-nursing-clean.yaml');

// Making a workbook with exceljs takes seconds on the shared 2-core machine, in the page and in the CLI.
jest.setTimeout(120_000);

const describeInBrowser = describeWith('Chromium', chromiumMissing(), 'apt-get install chromium (as .ci/run does)');

/** A new directory of its own (no .dokodemo-check.yaml above it that the CLI would apply). */
const scratch = () => mkdtempSync(join(tmpdir(), 'dokodemo-web-copies-'));

/** The CLI run in the file's directory, so that it names the file as the page does (by its name). */
function cli(file: string, args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: join(file, '..'), encoding: 'utf8' });
}

/** `dokodemo-check <name> -f xlsx -o <out> --as-of … --lang …`: the marked copy's bytes. */
function cliMarked(file: string, asOf: string, lang: string): Buffer {
  const out = join(scratch(), 'marked.xlsx');
  const run = cli(file, [basename(file), '-f', 'xlsx', '-o', out, '--as-of', asOf, '--lang', lang]);
  expect({ status: run.status! <= 1, stderr: run.stderr }).toEqual({ status: true, stderr: '' });
  return readFileSync(out);
}

/** `fix <name> -o <copy> --lang …`: the copy's bytes and the repairs printed (at, before, after). */
function cliFix(file: string, copyName: string, lang: string) {
  const out = join(scratch(), copyName);
  const run = cli(file, ['fix', basename(file), '-o', out, '--lang', lang]);
  expect(run.status! <= 1).toBe(true);
  const repairs = run.stdout.split('\n').slice(1).filter((line) => / → /.test(line) && line.startsWith('  ')).map((line) => {
    const [, at, before, after] = /^ {2}(\S+) {2}(.*) → (.*)$/.exec(line)!;
    return { at, before, after };
  });
  return { bytes: readFileSync(out), repairs, stdout: run.stdout };
}

/** Every part of a workbook, as text. */
async function parts(bytes: Uint8Array): Promise<Array<[string, string]>> {
  return [...(await zipParts(bytes, /./)).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The clean example with mistakes typed into it as she might type them. */
function typedYaml(): string {
  const mistakes: Array<[string, string]> = [
    ['  updated: 2026-11-01', '  updated: 令和8年11月1日'],
    ['    type: pc', '    type: ＰＣ'],
    ['      antivirus: true', '      antivirus: 〇'],
    ['      file_sharing_software: false', '      file_sharing_software: ×'],
  ];
  let typed = readFileSync(CLEAN, 'utf8');
  for (const [clean, mistake] of mistakes) {
    expect(typed).toContain(clean);
    typed = typed.replace(clean, mistake);
  }
  return typed;
}

/** The shared typing mistakes, and a near miss of パソコン for the first device's type. */
function typeMistakes(workbook: ExcelJS.Workbook): void {
  typeCommonMistakes(workbook);
  const devices = workbook.getWorksheet('端末')!;
  devices.getCell(3, columnOfKey(devices, 'type')).value = 'パソコ';
}

describeInBrowser('the copies the offline page saves', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'ja-JP', acceptDownloads: true });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url === PAGE_URL || url.startsWith('blob:null/') ? route.continue() : route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(PAGE_URL);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Chooses the file on `asOf` in `lang` and waits for its check. */
  async function check(file: string, asOf = AS_OF, lang = 'ja'): Promise<string> {
    if ((await page.inputValue('#lang')) !== lang) await page.selectOption('#lang', lang);
    if ((await page.inputValue('input[type="date"]')) !== asOf) await page.fill('input[type="date"]', asOf);
    await page.setInputFiles('input[type="file"]', file);
    const done = await page.waitForFunction(([name, day, language]) => {
      const result = document.querySelector<HTMLElement>('[data-status]');
      return result?.dataset.file === name && result.dataset.asOf === day && result.dataset.lang === language && result.dataset.status;
    }, [basename(file), asOf, lang] as const);
    return (await done.jsonValue()) as string;
  }

  /** Clicks a save button and takes the download: its suggested name and bytes. */
  async function save(kind: 'marked' | 'tidy'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#save-${kind}`)]);
    const path = await download.path();
    await page.waitForSelector(`#copies[data-copy-kind="${kind}"][data-copy-status="made"]`, { state: 'attached' });
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  const shownRepairs = () => page.$$eval('#repairs li', (items) => items.map((item) => {
    const at = item.querySelector('code')!.textContent!;
    const [before, after] = item.textContent!.slice(at.length + 1).split(' → ');
    return { at, before, after };
  }));

  it('saves a workbook\'s marked copy, byte for byte the CLI\'s for the same file, day and language', async () => {
    const directory = scratch();
    const workbook = join(directory, 'クリニック.xlsx');
    expect(spawnSync(process.execPath, [BIN, 'convert', CLINIC, workbook]).status).toBe(0);
    expect(await check(workbook)).toBe('findings');
    const first = await save('marked');
    expect(first.name).toBe('クリニック-指摘.xlsx');
    expect(first.bytes.equals(cliMarked(workbook, AS_OF, 'ja'))).toBe(true);
    // The page's date control and language are the CLI's --as-of and --lang.
    expect(await check(workbook, '2027-06-30', 'en')).toBe('findings');
    const later = await save('marked');
    expect(later.name).toBe('クリニック-findings.xlsx');
    expect(later.bytes.equals(cliMarked(workbook, '2027-06-30', 'en'))).toBe(true);
    expect(later.bytes.equals(first.bytes)).toBe(false);
    const link = page.locator('#saved-marked');
    expect(await link.getAttribute('download')).toBe('クリニック-findings.xlsx');
    expect(await link.getAttribute('href')).toMatch(/^blob:null\//);
  });

  it('saves a YAML ledger\'s marked copy (its workbook form, marked) as the CLI writes it', async () => {
    const file = join(scratch(), 'clinic.yaml');
    copyFileSync(CLINIC, file);
    expect(await check(file)).toBe('findings');
    const copy = await save('marked');
    expect(copy.name).toBe('clinic-指摘.xlsx');
    expect(copy.bytes.equals(cliMarked(file, AS_OF, 'ja'))).toBe(true);
  });

  it('saves the tidy copy of a YAML ledger byte for byte as `fix` writes it, its repairs listed as `fix` prints them', async () => {
    const file = join(scratch(), 'ledger.yaml');
    writeFileSync(file, typedYaml());
    expect(await check(file)).toBe('findings');
    const expected = cliFix(file, 'ledger-整形.yaml', 'ja');
    expect(expected.repairs).toHaveLength(4);
    expect(await page.locator('#copies h3').textContent()).toBe('整形で直せるもの（4 か所）');
    expect(await shownRepairs()).toEqual(expected.repairs);
    const copy = await save('tidy');
    expect(copy.name).toBe('ledger-整形.yaml');
    expect(copy.bytes.equals(expected.bytes)).toBe(true);
    expect(copy.bytes.equals(readFileSync(file))).toBe(false);
  });

  it('saves the tidy copy of a workbook with the parts `fix` writes, its repairs listed as `fix` prints them', async () => {
    const file = join(scratch(), '台帳.xlsx');
    writeFileSync(file, await workbookBytes(ledgerFile(CLEAN), typeMistakes));
    expect(await check(file, AS_OF, 'en')).toBe('findings');
    const expected = cliFix(file, '台帳-fixed.xlsx', 'en');
    expect(expected.repairs.length).toBeGreaterThanOrEqual(5);
    expect(await shownRepairs()).toEqual(expected.repairs);
    const copy = await save('tidy');
    expect(copy.name).toBe('台帳-fixed.xlsx');
    expect(await parts(copy.bytes)).toEqual(await parts(expected.bytes));
    // And the copy checks free of what was repaired, as `fix`'s does.
    const tidied = join(scratch(), '台帳-fixed.xlsx');
    writeFileSync(tidied, copy.bytes);
    const findings = (target: string) => JSON.parse(cli(target, ['--as-of', AS_OF, '-f', 'json', basename(target)]).stdout).files[0].findings.map((finding: { ruleId: string; cell?: string }) => `${finding.ruleId} ${finding.cell}`);
    const fromCli = join(scratch(), '台帳-fixed.xlsx');
    writeFileSync(fromCli, expected.bytes);
    expect(findings(tidied)).toEqual(findings(fromCli));
    expect(findings(tidied).filter((finding: string) => finding.startsWith('schema'))).toEqual([]);
  });

  it('offers each copy only when it can be made', async () => {
    const directory = scratch();
    // A clean ledger: its marked copy (the list says there are no findings), nothing to tidy.
    const clean = join(directory, 'clean.yaml');
    copyFileSync(CLEAN, clean);
    expect(await check(clean)).toBe('ok');
    expect(await page.locator('#save-marked').count()).toBe(1);
    expect(await page.locator('#save-tidy').count()).toBe(0);
    expect(await page.locator('#repairs').count()).toBe(0);
    // A format problem that needs a person (a number in a yes/no item): nothing `fix` would repair.
    const unclear = join(directory, 'unclear.yaml');
    writeFileSync(unclear, readFileSync(CLEAN, 'utf8').replace('      antivirus: true', '      antivirus: 2'));
    expect(await check(unclear)).toBe('findings');
    expect(await page.locator('#save-marked').count()).toBe(1);
    expect(await page.locator('#save-tidy').count()).toBe(0);
    // Not YAML at all: neither (the CLI refuses -f xlsx and fix on it).
    const broken = join(directory, 'broken.yaml');
    writeFileSync(broken, 'users: [\n');
    expect(await check(broken)).toBe('findings');
    expect(await page.locator('#copies').count()).toBe(0);
    // A workbook that cannot be read: no result, no copies.
    const hostile = join(directory, 'macro.xlsm');
    writeFileSync(hostile, HOSTILE_WORKBOOKS['macro.xlsm']!.make());
    expect(await check(hostile)).toBe('error');
    expect(await page.locator('#copies').count()).toBe(0);
    // Mistakes `fix` repairs: both.
    const typed = join(directory, 'typed.yaml');
    writeFileSync(typed, typedYaml());
    expect(await check(typed)).toBe('findings');
    expect(await page.locator('#save-marked').count()).toBe(1);
    expect(await page.locator('#save-tidy').count()).toBe(1);
  });

  it('shows the file name and the values in the copies card as text, control and bidi characters escaped', async () => {
    const file = join(scratch(), '"><img src=y onerror=alert(2)>\u202egpj.yaml');
    writeFileSync(file, typedYaml());
    expect(await check(file)).toBe('findings');
    await save('tidy');
    const shown = await page.evaluate(() => ({
      card: document.querySelector('#copies')!.textContent!,
      injected: document.querySelectorAll('#copies :is(img, svg, b, style, script, iframe, object, embed)').length,
      handlers: [...document.querySelectorAll('#copies *')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
    }));
    expect(shown).toMatchObject({ injected: 0, handlers: 0 });
    expect(shown.card).toContain('"><img src=y onerror=alert(2)>\\u202egpj.yaml:');
    expect(shown.card).not.toMatch(/\u202e/);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });

  it('logged no error', () => {
    expect(problems).toEqual([]);
  });
});
