// Every relative link and image of README.md and docs/**/*.md leads to a file or folder of the
// repository, and a `#fragment` on a Markdown page to one of its headings (GitHub's anchors: lower
// case, punctuation dropped, spaces as hyphens). Links inside code are not links.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { pages, readPage, ROOT, withoutFences } from './pages';

/** The page without fenced blocks and code spans. */
const prose = (text: string) => withoutFences(text).replace(/`[^`\n]*`/g, '');

function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const heading of prose(markdown).matchAll(/^#{1,6} (.*)$/gm)) {
    const slug = heading[1]!
      .trim()
      .toLowerCase()
      .replace(/<[^>]*>/g, '')
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    found.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return found;
}

function links(page: string): string[] {
  const text = prose(readPage(page));
  const targets = [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
  targets.push(...[...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]!));
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

describe.each(pages())('%s', (page) => {
  it('has only links that resolve', () => {
    const broken: string[] = [];
    for (const target of links(page)) {
      const [path, fragment] = target.split('#') as [string, string | undefined];
      const file = path === '' ? join(ROOT, page) : normalize(join(ROOT, dirname(page), decodeURIComponent(path)));
      if (relative(ROOT, file).startsWith('..') || !existsSync(file)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (fragment !== undefined && file.endsWith('.md') && statSync(file).isFile() && !anchors(readPage(relative(ROOT, file))).has(decodeURIComponent(fragment))) {
        broken.push(`${target}: no heading #${fragment}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
