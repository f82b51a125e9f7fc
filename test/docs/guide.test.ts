// The facilities' guide: its list of findings is the rule catalogue's (written by scripts/guide.js from
// `dokodemo-check rules`), it renders to one HTML file with its pictures inline, and that file prints
// on A4 (headless Chromium, as `npm run guide` prints it).
// Needs `npm run build` (npm test builds first); the PDF needs Chromium.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWith } from '../helpers/components';
import { readPage } from './pages';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const guide = require('../../scripts/guide.js');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('docs/ja/手引き.md', () => {
  it('lists every rule as the catalogue describes it (else: npm run guide)', () => {
    const section = readPage('docs/ja/手引き.md').match(guide.RULES_PATTERN)?.[0];
    expect(section).toBe(guide.rulesSection());
  });

  it('renders to one HTML file: headings, tables, every picture inline', () => {
    const html: string = guide.buildHtml(readPage('docs/ja/手引き.md'));
    expect(html).toContain('<h1 id=');
    expect((html.match(/<h2 /g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(html).toContain('<td><code>antivirus</code></td>');
    const images = [...html.matchAll(/<img src="([^"]*)"/g)].map((match) => match[1]!);
    expect(images.length).toBeGreaterThanOrEqual(5);
    expect(images.filter((src) => !src.startsWith('data:image/png;base64,'))).toEqual([]);
    expect(html).not.toMatch(/\*\*|!\[|\]\(/);
  });
});

describeWith('Chromium', existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}`, 'apt-get install chromium (as .ci/run does)')('the printed guide', () => {
  it('is A4, several pages', () => {
    const work = mkdtempSync(join(tmpdir(), 'dokodemo-guide-test-'));
    try {
      const html = join(work, 'guide.html');
      writeFileSync(html, guide.buildHtml(readPage('docs/ja/手引き.md')));
      const pdf = join(work, 'guide.pdf');
      guide.printPdf(html, pdf);
      const text = readFileSync(pdf).toString('latin1');
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`);
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      expect([...new Set(boxes)]).toEqual(['595x842']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
