// Every fenced block of README.md and docs/**/*.md that starts with `$ npx dokodemo-check …` on files
// of the repository shows what that command prints: the built program is run (from the repository's
// root, not on a terminal, without colour, LANG=en_US.UTF-8 unless the command says --lang) and its
// standard output must be the rest of the block exactly. A block after a line `<!-- excerpt -->` shows
// some of the output: each of its lines must be a line of the output. A block after
// `<!-- given ledger.xlsx: examples/clinic-with-findings.yaml -->` runs in a folder of its own where
// ledger.xlsx is that example converted (`dokodemo-check convert`). A command on a file that is neither in
// the repository nor given (a reader's own `ledger.yaml`) is not a sample and is not run.
// Needs `npm run build` (npm test builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

const runnable = samples.filter(({ block, args }) => args.filter(looksLikeFile).every((word) => existsSync(join(ROOT, word)) || block.given.some((given) => given.name === word)));

const BIN = join(ROOT, 'bin', 'dokodemo-check.js');
const ENV = { PATH: process.env.PATH, LANG: 'en_US.UTF-8', NO_COLOR: '1', TZ: 'UTC' };

describe('samples in the documentation', () => {
  it('has samples to run', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(2);
  });

  it.each(runnable.map((sample) => [where(sample.block), sample] as const))('%s shows what the command prints', (_, { block, args }) => {
    // without --as-of the output moves on with the calendar
    expect(args).toContain('--as-of');
    let cwd = ROOT;
    if (block.given.length > 0) {
      cwd = mkdtempSync(join(tmpdir(), 'dokodemo-sample-'));
      for (const given of block.given) {
        const made = spawnSync(process.execPath, [BIN, 'convert', join(ROOT, given.from), given.name], { cwd, encoding: 'utf8', env: ENV });
        expect(made.status === 0 ? '' : made.stderr).toBe('');
      }
    }
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: ENV, timeout: 60_000 });
    if (cwd !== ROOT) rmSync(cwd, { recursive: true, force: true });
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
