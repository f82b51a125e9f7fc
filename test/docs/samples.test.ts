// Every fenced block of README.md and docs/**/*.md that starts with `$ npx dokodemo-check …` on files
// of the repository shows what that command prints: the built program is run (from the repository's
// root, not on a terminal, without colour, LANG=en_US.UTF-8 unless the command says --lang) and its
// standard output must be the rest of the block exactly. A block after a line `<!-- excerpt -->` shows
// some of the output: each of its lines must be a line of the output. A command on a file that is not in
// the repository (`ledger.xlsx`, a reader's own) is not a sample and is not run.
// Needs `npm run build` (npm test builds first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { blocks, pages, ROOT, where } from './pages';

const PROMPT = '$ npx dokodemo-check ';

/** The command's words (no quoting in samples), without a trailing `# comment`. */
function words(command: string): string[] {
  return command
    .replace(/\s+#.*$/, '')
    .trim()
    .split(/\s+/);
}

const looksLikeFile = (word: string) => !word.startsWith('-') && (word.includes('/') || /\.(ya?ml|xlsx|json)$/.test(word));

const samples = pages()
  .flatMap(blocks)
  .filter((block) => block.lines[0]?.startsWith(PROMPT))
  .map((block) => ({ block, args: words(block.lines[0]!.slice('$ npx dokodemo-check '.length)) }));

const runnable = samples.filter(({ args }) => args.filter(looksLikeFile).every((word) => existsSync(join(ROOT, word))));

describe('samples in the documentation', () => {
  it('has samples to run', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(2);
  });

  it.each(runnable.map((sample) => [where(sample.block), sample] as const))('%s shows what the command prints', (_, { block, args }) => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'dokodemo-check.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', NO_COLOR: '1', TZ: 'UTC' },
      timeout: 60_000,
    });
    expect(run.status === 0 || run.status === 1 ? '' : `exit ${run.status}: ${run.stderr}`).toBe('');
    const shown = block.lines.slice(1);
    const printed = run.stdout.replace(/\n+$/, '').split('\n');
    if (block.excerpt) {
      expect(shown.filter((line) => !printed.includes(line))).toEqual([]);
    } else {
      expect(printed.join('\n')).toBe(shown.join('\n').replace(/\n+$/, ''));
    }
  });
});
