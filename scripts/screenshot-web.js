// Makes docs/web.png, the README's picture of the offline page: the built page in Debian's Chromium,
// examples/clinic-with-findings.yaml chosen, as of 2026-11-24. Needs a Japanese font (Debian's
// fonts-noto-cjk or fonts-ipafont-gothic), without which every kana and kanji is an empty box.
// Usage: npm run build && node scripts/screenshot-web.js [--lang ja|en]   (default ja)
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const ROOT = join(__dirname, '..');
const lang = process.argv[2] === '--lang' ? process.argv[3] : 'ja';

function hasJapaneseFont() {
  try {
    return execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

async function main() {
  if (!hasJapaneseFont()) throw new Error('no Japanese font: install one first (apt-get install fonts-noto-cjk)');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
    // The file button and the date field are drawn in the UI language, which Linux Chromium takes from these.
    env: { ...process.env, LANGUAGE: lang === 'ja' ? 'ja' : 'en_GB', LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'en_GB.UTF-8' },
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1040 }, deviceScaleFactor: 1, locale: lang === 'ja' ? 'ja-JP' : 'en-GB' });
    await page.goto(`${pathToFileURL(join(ROOT, 'dist', 'web', 'dokodemo-check.html')).href}?lang=${lang}`);
    await page.fill('#as-of', '2026-11-24');
    await page.setInputFiles('#ledger-file', join(ROOT, 'examples', 'clinic-with-findings.yaml'));
    await page.waitForSelector('[data-status]', { state: 'attached' });
    await page.locator('#as-of').blur();
    await page.locator('#ledger-file').blur();
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs', 'web.png') });
    console.log('wrote docs/web.png');
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`screenshot-web: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
