// The documentation pages (README.md and every docs/**/*.md) and their fenced code blocks, for the
// sample, link and coverage tests of test/docs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** README.md, then docs/**\/*.md in name order, as paths relative to the repository. */
export function pages(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return ['README.md', ...found];
}

export const readPage = (page: string): string => readFileSync(join(ROOT, page), 'utf8');

export interface Block {
  page: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The block's lines, without the fences and the fence's indentation. */
  lines: string[];
  /** `<!-- excerpt -->` among the comment lines just before the fence. */
  excerpt: boolean;
  /** `<!-- given <name>: <example> -->` before the fence: the command runs in a folder where `<name>` is
   * `<example>` (a file of the repository) converted by `dokodemo-check convert`, e.g. a workbook. */
  given: Array<{ name: string; from: string }>;
}

/** The page's fenced code blocks (``` fences, indented as a list item's or not). */
export function blocks(page: string): Block[] {
  const lines = readPage(page).split('\n');
  const found: Block[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = lines[index]!.match(/^(\s*)```/);
    if (!open) continue;
    const indent = open[1]!;
    let end = index + 1;
    while (end < lines.length && !new RegExp(`^${indent}\`\`\`\\s*$`).test(lines[end]!)) end += 1;
    const comments: string[] = [];
    for (let before = index - 1; before >= 0; before -= 1) {
      const text = lines[before]!.trim();
      if (text === '') continue;
      if (!/^<!--.*-->$/.test(text)) break;
      comments.push(text);
    }
    found.push({
      page,
      line: index + 1,
      lines: lines.slice(index + 1, end).map((text) => (text.startsWith(indent) ? text.slice(indent.length) : text.trimStart())),
      excerpt: comments.includes('<!-- excerpt -->'),
      given: comments.flatMap((text) => {
        const given = text.match(/^<!-- given (\S+): (\S+) -->$/);
        return given ? [{ name: given[1]!, from: given[2]! }] : [];
      }),
    });
    index = end;
  }
  return found;
}

export const where = (block: Block): string => `${relative(ROOT, join(ROOT, block.page))}:${block.line}`;

/** The page without its fenced blocks (``` at any indentation), line by line. */
export function withoutFences(text: string): string {
  let fence: string | undefined;
  return text
    .split('\n')
    .filter((line) => {
      const open = line.match(/^([ \t]*)```/);
      if (fence === undefined && open) {
        fence = open[1]!;
        return false;
      }
      if (fence !== undefined) {
        if (new RegExp(`^${fence}\`\`\`\\s*$`).test(line)) fence = undefined;
        return false;
      }
      return true;
    })
    .join('\n');
}
