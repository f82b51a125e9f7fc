// The snippets users are told to run, so that the tests run exactly those: from README.md or, since the
// README points each reader to a page (issue 27), from the pages under docs/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function pages(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? pages(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : []));
}

/** README.md and every docs/**\/*.md, each page's text. */
const documentation = () => ['README.md', ...pages('docs')].map((page) => readFileSync(page, 'utf8'));

/** `line`, after checking that the README or a page of docs/ shows it as one whole line (indented in a list or not). */
export function readmeLine(line: string): string {
  if (!documentation().some((page) => page.split('\n').some((shown) => shown.trim() === line))) throw new Error(`neither README.md nor docs/ shows the line: ${line}`);
  return line;
}

/** The fenced code block of the README or a page of docs/ whose first line is `firstLine` (without the fences). */
export function readmeBlock(firstLine: string): string {
  const blocks = documentation().flatMap((page) => [...page.matchAll(/^```[a-z]*\n([^]*?)^```$/gm)].map((match) => match[1]!));
  const block = blocks.find((text) => text.split('\n')[0] === firstLine);
  if (block === undefined) throw new Error(`neither README.md nor docs/ has a code block starting with: ${firstLine}`);
  return block;
}
