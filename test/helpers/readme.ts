// The README's snippets, so that the tests run exactly what users are told to run.
import { readFileSync } from 'node:fs';

const readme = () => readFileSync('README.md', 'utf8');

/** `line`, after checking that the README shows it as one whole line (indented in a list or not). */
export function readmeLine(line: string): string {
  if (!readme().split('\n').some((shown) => shown.trim() === line)) throw new Error(`README.md does not show the line: ${line}`);
  return line;
}

/** The fenced code block of the README whose first line is `firstLine` (without the fences). */
export function readmeBlock(firstLine: string): string {
  const blocks = [...readme().matchAll(/^```[a-z]*\n([^]*?)^```$/gm)].map((match) => match[1]!);
  const block = blocks.find((text) => text.split('\n')[0] === firstLine);
  if (block === undefined) throw new Error(`README.md has no code block starting with: ${firstLine}`);
  return block;
}
