// inputs.ts, loaded afresh in each test (its extension patterns are module-level): the walk's order, links
// inside and outside the folder, a link to a FIFO, --skip-non-ledgers with a folder, stdin over the limit.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const { isLedgerFileName, resolveInputs } = freshFunctionsPerTest(() => require('../../src/cli/inputs') as typeof import('../../src/cli/inputs'));
const NO_STDIN = (): Buffer => { throw new Error('no stdin here'); };
const LEDGER = 'version: 1\n';
const OTHER = 'name: ci\non: push\n';
const names = (root: string, inputs: ReturnType<typeof resolveInputs>) => inputs.map((input) => input.name.slice(root.length + 1));
const failures = (inputs: ReturnType<typeof resolveInputs>) => inputs.map((input) => input.failure?.text.en);

describe('which names are ledgers', () => {
  it('only names ending in .yaml, .yml or .xlsx, in any case', () => {
    expect(['a.yaml', 'a.yml', 'A.YAML', 'a.Yml', 'a.xlsx', 'a.XLSX'].map(isLedgerFileName)).toEqual([true, true, true, true, true, true]);
    expect(['a.yaml.bak', 'a.yml~', 'a.xlsx.tmp', 'a.xls', 'a.yamlx', 'ayaml', 'a.ya', 'a.ymla'].map(isLedgerFileName)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('an other-YAML file is left out of a walk by its .yml or .yaml name only', () => {
    const root = temp.withFiles('dokodemo-inm-', { 'a.yml': OTHER, 'b.yaml': OTHER, 'c.yml.xlsx': OTHER, 'd.yaml': LEDGER, 'e.YML': OTHER });
    expect(names(root, resolveInputs([root], '<stdin>', NO_STDIN))).toEqual(['c.yml.xlsx', 'd.yaml']);
  });
});

describe('the walk', () => {
  // The listing comes in UTF-8 byte order on Linux (libuv sorts it so); the walk's order is JavaScript's, by
  // UTF-16 code unit: a name beyond U+FFFF (😀, D83D…) comes before one in U+E000–U+FFFF (ｚ, FF5A), not after.
  it('takes the entries in code-unit order of their names, whatever order they were made or listed in', () => {
    const made = ['m.yaml', 'ｚ.yaml', 'B.yaml', 'z.yaml', '😀.yaml', 'a.yaml', '_.yaml', 'Z.yaml', 'é.yaml', 'b.yaml', '1.yaml', 'aa.yaml', 'ｙ.yaml', 'a0.yaml', 'k.yaml', 'c.yaml', '😃.yaml'];
    const root = temp.withFiles('dokodemo-inm-', Object.fromEntries(made.map((name) => [name, LEDGER])));
    expect(names(root, resolveInputs([root], '<stdin>', NO_STDIN))).toEqual(['1.yaml', 'B.yaml', 'Z.yaml', '_.yaml', 'a.yaml', 'a0.yaml', 'aa.yaml', 'b.yaml', 'c.yaml', 'k.yaml', 'm.yaml', 'z.yaml', 'é.yaml', '😀.yaml', '😃.yaml', 'ｙ.yaml', 'ｚ.yaml']);
  });

  it('follows links to a file and a folder inside the folder (a folder once), and refuses one to outside it', () => {
    const outside = temp.withFiles('dokodemo-inm-out-', { 'o.yaml': LEDGER });
    const root = temp.withFiles('dokodemo-inm-', { 'sub/s.yaml': LEDGER, 'x.yaml': LEDGER });
    symlinkSync(join(root, 'sub', 's.yaml'), join(root, 'a-file.yaml'));
    symlinkSync(join(root, 'sub'), join(root, 'b-folder'));
    symlinkSync(join(outside, 'o.yaml'), join(root, 'c-out.yaml'));
    const inputs = resolveInputs([root], '<stdin>', NO_STDIN);
    expect(names(root, inputs)).toEqual(['a-file.yaml', 'b-folder/s.yaml', 'c-out.yaml', 'x.yaml']);
    expect(failures(inputs)).toEqual([undefined, undefined, `a link to outside the folder given is not followed: ${join(root, 'c-out.yaml')} -> ${join(outside, 'o.yaml')}`, undefined]);
    expect(inputs[0]!.read().toString()).toBe(LEDGER);
  });

  it('a link to a FIFO is not a regular file', () => {
    const root = temp.withFiles('dokodemo-inm-', { 'sub/x.yaml': LEDGER });
    execFileSync('mkfifo', [join(root, 'sub', 'pipe')]);
    symlinkSync(join(root, 'sub', 'pipe'), join(root, 'a.yaml'));
    const inputs = resolveInputs([root], '<stdin>', NO_STDIN);
    expect(names(root, inputs)).toEqual(['a.yaml', 'sub/x.yaml']);
    expect(inputs[0]!.failure).toBeDefined();
    expect(inputs[1]!.failure).toBeUndefined();
  });
});

describe('--skip-non-ledgers', () => {
  it('keeps every ledger a folder holds', () => {
    const root = temp.withFiles('dokodemo-inm-', { 'a.yaml': LEDGER, 'b.yaml': LEDGER, 'c.txt': 'x' });
    expect(names(root, resolveInputs([root], '<stdin>', NO_STDIN, { skipNonLedgers: true }))).toEqual(['a.yaml', 'b.yaml']);
  });

  it('keeps a named link leading out of the repository as its finding, never reading where it leads', () => {
    const outside = temp.withFiles('dokodemo-inm-out-', { 'o.yaml': OTHER });
    const root = temp.withFiles('dokodemo-inm-', { '.git/HEAD': 'ref: refs/heads/main\n' });
    symlinkSync(join(outside, 'o.yaml'), join(root, 'l.yaml'));
    const inputs = resolveInputs([join(root, 'l.yaml')], '<stdin>', NO_STDIN, { skipNonLedgers: true });
    expect(failures(inputs)).toEqual([`a link to outside the repository is not followed: ${join(root, 'l.yaml')} -> ${join(outside, 'o.yaml')}`]);
  });
});

describe('standard input', () => {
  it('over 64 MB is refused in both languages', () => {
    const [input] = resolveInputs(['-'], 'in.yaml', (limit) => Buffer.alloc(limit, 0x20));
    let thrown: unknown;
    try {
      input!.read();
    } catch (error) {
      thrown = error;
    }
    const text = (thrown as { text: { ja: string; en: string } }).text;
    expect(text.ja).toContain('64 MB 超');
    expect(text.en).toContain('more than 64 MB');
  });
});
