// Takes the screenshots of the facilities' guide (docs/ja/手引き.md) into docs/ja/img/ and records what
// each was taken from in docs/ja/img/screenshots.json (see scripts/guide-sources.js), so that
// test/docs/screenshots.test.ts fails once a source changes and the picture is stale:
//   - the template workbook (`init 台帳.xlsx`), sheets 施設 and 利用者 as LibreOffice prints them
//     (`soffice --headless --convert-to pdf`, then `pdftoppm -png`, the top of the page cut out);
//   - the offline page in Chromium (playwright-core) with the example workbook chosen;
//   - the marked copy (`-f xlsx`): its 指摘一覧 sheet and its 利用者 sheet, through LibreOffice as above;
//   - the report (`-f html`) printed to an A4 PDF by Chromium, its first page through pdftoppm.
// Needs LibreOffice, poppler-utils, Chromium and a Japanese font (Debian: libreoffice-calc poppler-utils
// chromium fonts-noto-cjk). Usage: npm run screenshots [-- <name>...]   (builds first; names such as
// `page` or `marked` retake only those pictures, the manifest keeping the others' entries)
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync, renameSync, mkdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative } = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');
const { ROOT, AS_OF, MANIFEST, makeSources, digests } = require('./guide-sources');

const OUT = join(ROOT, 'docs', 'ja', 'img');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function need(command, args, install) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
  } catch {
    throw new Error(`${command} is needed: ${install}`);
  }
}

/** One sheet of a workbook as LibreOffice prints it, the top `height` pixels of its first page at 100 dpi. */
function printSheet(work, workbook, sheet, name, width, height) {
  const single = join(work, `${name}.xlsx`);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'print-sheet.js'), workbook, sheet, single]);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`, '--convert-to', 'pdf', '--outdir', work, single], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', String(width), '-H', String(height), '-singlefile', join(work, `${name}.pdf`), join(OUT, name)]);
}

async function main() {
  need('soffice', ['--version'], 'apt-get install libreoffice-calc');
  need('pdftoppm', ['-v'], 'apt-get install poppler-utils');
  need('fc-list', [':lang=ja'], 'apt-get install fonts-noto-cjk');
  if (execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).trim() === '') throw new Error('no Japanese font: apt-get install fonts-noto-cjk');
  const work = mkdtempSync(join(tmpdir(), 'dokodemo-screenshots-'));
  try {
    mkdirSync(OUT, { recursive: true });
    const sources = makeSources(work);
    const wanted = process.argv.slice(2);
    const want = (png) => wanted.length === 0 || wanted.some((name) => png.startsWith(name));
    const pictures = {};

    const sheets = [
      ['template-facility', 'template', '施設', 1050, 275],
      ['template-users', 'template', '利用者', 1560, 125],
      ['marked-list', 'marked', '指摘一覧', 1380, 520],
      ['marked-users', 'marked', '利用者', 1510, 160],
    ];
    for (const [name, source, sheet, width, height] of sheets) {
      if (!want(`${name}.png`)) continue;
      printSheet(work, sources[source], sheet, name, width, height);
      pictures[`${name}.png`] = source;
    }

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
      // the file button and the date field are drawn in the UI language, which Linux Chromium takes from these
      env: { ...process.env, LANGUAGE: 'ja', LANG: 'ja_JP.UTF-8' },
    });
    try {
      if (want('page.png')) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1300 }, deviceScaleFactor: 1, locale: 'ja-JP' });
      await page.goto(`${pathToFileURL(sources.page).href}?lang=ja`);
      await page.fill('#as-of', AS_OF);
      // given as bytes with its name: Chromium given the path of a file with a Japanese name chose nothing here
      await page.setInputFiles('#ledger-file', { name: '台帳.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(sources.workbook) });
      await page.waitForSelector('[data-status]', { state: 'attached', timeout: 120_000 });
      await page.locator('#as-of').blur();
      await page.locator('#ledger-file').blur();
      await page.screenshot({ path: join(OUT, 'page.png') });
      pictures['page.png'] = 'page';
      }
      if (want('report.png')) {

      const report = await browser.newPage({ locale: 'ja-JP' });
      await report.goto(pathToFileURL(sources.report).href);
      const pdf = join(work, 'report.pdf');
      await report.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(OUT, 'report')]);
      pictures['report.png'] = 'report';
      }
    } finally {
      await browser.close();
    }

    const digest = await digests(sources);
    const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};
    for (const [png, source] of Object.entries(pictures)) {
      manifest[png] = { source, digest: digest[source] };
      const size = statSync(join(OUT, png)).size;
      console.log(`wrote ${relative(ROOT, join(OUT, png))} (${Math.round(size / 1024)} KB, from the ${source})`);
    }
    const sorted = Object.fromEntries(Object.keys(manifest).sort().map((png) => [png, manifest[png]]));
    writeFileSync(`${MANIFEST}.tmp`, `${JSON.stringify(sorted, null, 2)}\n`);
    renameSync(`${MANIFEST}.tmp`, MANIFEST);
    console.log(`wrote ${relative(ROOT, MANIFEST)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
