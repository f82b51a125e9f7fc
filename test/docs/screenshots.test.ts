// The guide's pictures are current: scripts/screenshots.js recorded, for each, a digest of what it shows
// (the template from `init`, the built offline page with the example workbook, the example's marked
// copy, its report); the sources are made again here with the built program and must give the same
// digests. A change to any of them makes the picture stale: take them again with `npm run screenshots`.
// Needs `npm run build` (npm test builds first); no LibreOffice or Chromium: only taking pictures needs them.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPage } from './pages';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MANIFEST, makeSources, digests } = require('../../scripts/guide-sources.js');

const IMAGES = join(__dirname, '..', '..', 'docs', 'ja', 'img');
const manifest: Record<string, { source: string; digest: string }> = JSON.parse(readFileSync(MANIFEST, 'utf8'));

describe('the screenshots of docs/ja/手引き.md', () => {
  it('are the pictures the guide shows, each recorded, present and small', () => {
    const shown = [...readPage('docs/ja/手引き.md').matchAll(/!\[[^\]]*\]\(img\/([^)]+)\)/g)].map((match) => match[1]!);
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect([...new Set(shown)].sort()).toEqual(Object.keys(manifest).sort());
    for (const png of shown) {
      expect(existsSync(join(IMAGES, png))).toBe(true);
      expect({ png, small: statSync(join(IMAGES, png)).size <= 400 * 1024 }).toEqual({ png, small: true });
    }
  });

  it('were taken from what the program makes today (else: npm run screenshots)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dokodemo-screenshot-sources-'));
    try {
      const now: Record<string, string> = await digests(makeSources(work));
      const stale = Object.entries(manifest)
        .filter(([, { source, digest }]) => now[source] !== digest)
        .map(([png, { source }]) => `docs/ja/img/${png}: its ${source} changed since it was taken`);
      expect(stale).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
