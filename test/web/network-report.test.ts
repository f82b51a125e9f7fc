// The HTML network report for 200 facilities in Debian's Chromium: the page fits the window's width, the
// summary (worst facility first) is on the first printed page, the printed page count on A4 landscape
// is pinned, and a facility opened from its link prints alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderHtml } from '../../src/reporters/html';
import { describeWith } from '../helpers/components';
import { networkModel } from '../helpers/network';
import { tempDirs } from '../helpers/temp';
import { chromiumMissing, launchChromium } from './browser';

const temp = tempDirs();

/** Pages in a PDF Chromium wrote: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

const print = (page: Page) => page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });

describeWith('Chromium', chromiumMissing(), "Debian's chromium (apt-get install chromium)")('the network report of 200 facilities in Chromium', () => {
  let browser: Browser;
  let url: string;
  const model = networkModel(200);

  beforeAll(async () => {
    const file = join(temp.make('dokodemo-network-'), 'report.html');
    writeFileSync(file, renderHtml(model, { generatedOn: '2026-11-25' }));
    url = pathToFileURL(file).href;
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  it.each([[1280, 800], [1024, 768], [800, 600]])('fits a %i×%i window: nothing wider than the viewport', async (width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(url);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth, score: document.querySelector('table.score')!.getBoundingClientRect().right }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.score).toBeLessThanOrEqual(widths.view);
    await page.close();
  }, 60_000);

  it('puts the summary, worst facility first, on the first printed page', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    // A4 landscape less the 10 mm margins: 190 mm of height at 96 px an inch.
    const pageHeight = (190 / 25.4) * 96;
    const first = await page.evaluate(() => {
      const heading = document.querySelector('section.summary h1')!.getBoundingClientRect();
      const row = document.querySelector('table.rollup tbody tr')!;
      return { heading: heading.top, row: row.getBoundingClientRect().bottom, text: row.textContent };
    });
    expect(first.heading).toBeLessThan(pageHeight);
    expect(first.row).toBeLessThan(pageHeight);
    const worst = [...model.files].sort((a, b) => b.counts.error - a.counts.error || (b.overdue ?? 0) - (a.overdue ?? 0) || (a.file < b.file ? -1 : 1))[0]!;
    expect(first.text).toContain(worst.facility!);
    await page.close();
  }, 60_000);

  it('prints on A4 landscape in a pinned number of pages, every facility on pages of its own', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const pages = pdfPages(await print(page));
    // 200 sections, each starting a page, after the summary and the scorecard (several pages each).
    expect(pages).toBeGreaterThan(200 + 2);
    expect(pages).toBe(PINNED_PAGES);
    await page.close();
  }, 120_000);

  it('prints one facility alone when it is opened from its link', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const clean = model.files.findIndex((file) => file.facility !== null && file.findings.length === 0);
    await page.click(`table.rollup a[href="#file-${clean + 1}"] >> nth=0`);
    expect(await page.evaluate(() => location.hash)).toBe(`#file-${clean + 1}`);
    expect(pdfPages(await print(page))).toBe(1);
    await page.close();
  }, 60_000);
});

/** Measured with Debian's Chromium (as .ci/run installs it): the summary, the scorecard and its item legend, then
 * 200 sections (a clinic with 31 findings takes three pages). A change of layout changes it: look at the PDF. */
const PINNED_PAGES = 343;
