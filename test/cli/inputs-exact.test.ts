// Command-line arguments → the ledgers to check (src/cli/inputs.ts), called directly on real folders:
// which names a walk takes, in which order, where links may lead, standard input and --skip-non-ledgers.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isLedgerFileName, resolveInputs } from '../../src/cli/inputs';
import type { Input } from '../../src/cli/inputs';
import { MAX_LEDGER_BYTES } from '../../src/load/limits';
import { getRule } from '../../src/rules';
import { runCli } from '../helpers/cli';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const LEDGER = 'version: 1\nfacility:\n  name: テスト\n';
const WORKFLOW = 'on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n';
const NO_STDIN = () => {
  throw new Error('standard input read');
};

function folderWith(files: Record<string, string>): string {
  return temp.withFiles('cli-inputs-', files);
}

/** Each input as [name relative to root, what reading it says (en), spreadsheet kind]. */
function listed(inputs: readonly Input[], root: string): Array<[string, string?, string?]> {
  return inputs.map((input) => {
    const name = input.name.startsWith(`${root}/`) ? input.name.slice(root.length + 1) : input.name;
    const row: [string, string?, string?] = [name];
    if (input.failure || input.spreadsheet) row.push(input.failure?.text.en);
    if (input.spreadsheet) row.push(input.spreadsheet);
    expect(input.path).toBe(input.name);
    return row;
  });
}

const walked = (root: string, argument = root) => listed(resolveInputs([argument], '<stdin>', NO_STDIN), root);

describe('isLedgerFileName', () => {
  it.each([
    ['a.yaml', true], ['a.yml', true], ['a.YAML', true], ['a.Yml', true], ['a.xlsx', true], ['a.XLSX', true], ['dir/a.yaml', true],
    ['a.xls', false], ['a.yamlx', false], ['ayaml', false], ['a.xlsxx', false], ['a.yaml.bak', false], ['axlsx', false], ['a.aml', false], ['a.ml', false], ['', false],
  ])('%s: %s', (name, ledger) => {
    expect(isLedgerFileName(name)).toBe(ledger);
  });
});

describe('a walk', () => {
  it('takes ledgers in name order, folders included, and leaves out what is not one', () => {
    const root = folderWith({
      'b.yaml': LEDGER, 'a.yml': LEDGER, 'C.YAML': LEDGER, 'd.xlsx': 'not a zip', 'sub/z.yaml': LEDGER, 'sub/deeper/y.yaml': LEDGER,
      'notes.txt': 'x', '.hidden.yaml': LEDGER, '.git/x.yaml': LEDGER, 'node_modules/p/x.yaml': LEDGER, '~$d.xlsx': 'owner', 'node_modules2/n.yaml': LEDGER,
      'workflow.yaml': WORKFLOW, 'broken.yaml': 'a: [', 'empty.yaml': '', 'e~$.yaml': LEDGER,
    });
    expect(walked(root)).toEqual([['C.YAML'], ['a.yml'], ['b.yaml'], ['broken.yaml'], ['d.xlsx'], ['empty.yaml'], ['e~$.yaml'], ['node_modules2/n.yaml'], ['sub/deeper/y.yaml'], ['sub/z.yaml']]);
  });

  it('names each spreadsheet it cannot read, never reading it', () => {
    const root = folderWith({ 'a.xls': 'x', 'b.csv': 'x', 'c.ods': 'x', 'l.yaml': LEDGER });
    const inputs = resolveInputs([root], '<stdin>', NO_STDIN);
    const xls = getRule('spreadsheet-format')!.messages;
    expect(listed(inputs, root)).toEqual([
      ['a.xls', `${join(root, 'a.xls')}: ${xls.xls!.en}`, 'xls'],
      ['b.csv', `${join(root, 'b.csv')}: ${xls.csv!.en}`, 'csv'],
      ['c.ods', `${join(root, 'c.ods')}: ${xls.ods!.en}`, 'ods'],
      ['l.yaml'],
    ]);
    expect(() => inputs[0]!.read()).toThrow(`${join(root, 'a.xls')}: ${xls.xls!.en}`);
    expect(inputs[3]!.read().toString()).toBe(LEDGER);
  });

  it('refuses a folder with no ledgers, in both languages', () => {
    const root = folderWith({ 'notes.txt': 'x', '.hidden.yaml': LEDGER, 'w.yaml': WORKFLOW });
    expect(() => resolveInputs([root], '<stdin>', NO_STDIN)).toThrow(`no ledgers (*.yaml, *.yml, *.xlsx) in directory: ${root}`);
    expect(runCli(['--lang', 'ja', root])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ディレクトリに台帳（*.yaml, *.yml, *.xlsx）がありません: ${root}\n` });
  });

  it('follows links inside the folder given, once per folder, and refuses links leading out', () => {
    const outside = folderWith({ 'o.yaml': LEDGER, 'dir/p.yaml': LEDGER, 'o.txt': 'x' });
    const root = folderWith({ 'real/a.yaml': LEDGER });
    symlinkSync(join(root, 'real'), join(root, 'again'));
    symlinkSync(join(root, 'real', 'a.yaml'), join(root, 'b.yaml'));
    symlinkSync(root, join(root, 'real', 'loop'));
    symlinkSync(join(outside, 'o.yaml'), join(root, 'c.yaml'));
    symlinkSync(join(outside, 'dir'), join(root, 'd'));
    symlinkSync(join(outside, 'o.txt'), join(root, 'e.txt'));
    symlinkSync(join(outside, 'o.txt'), join(root, 'f.xls'));
    symlinkSync(join(root, 'gone.yaml'), join(root, 'g.yaml'));
    symlinkSync(join(root, 'gone.txt'), join(root, 'h.txt'));
    symlinkSync(join(root, 'i.yaml'), join(root, 'i.yaml'));
    const out = (name: string, target: string) => `a link to outside the folder given is not followed: ${join(root, name)} -> ${target}`;
    expect(walked(root)).toEqual([
      ['again/a.yaml'],
      ['b.yaml'],
      ['c.yaml', out('c.yaml', join(outside, 'o.yaml'))],
      ['d', out('d', join(outside, 'dir'))],
      ['f.xls', `${join(root, 'f.xls')}: ${getRule('spreadsheet-format')!.messages.xls!.en}`, 'xls'],
      ['g.yaml'],
      ['i.yaml'],
    ]);
    const refused = resolveInputs([root], '<stdin>', NO_STDIN)[2]!;
    expect(() => refused.read()).toThrow(out('c.yaml', join(outside, 'o.yaml')));
  });

  it('takes a repository as the bound: links within it are followed, links out of it refused in its words', () => {
    const outside = folderWith({ 'o.yaml': LEDGER });
    const repo = folderWith({ '.git/HEAD': 'ref', 'shared/s.yaml': LEDGER, 'ledgers/a.yaml': LEDGER });
    symlinkSync(join(repo, 'shared', 's.yaml'), join(repo, 'ledgers', 'b.yaml'));
    symlinkSync(join(outside, 'o.yaml'), join(repo, 'ledgers', 'c.yaml'));
    expect(walked(repo, join(repo, 'ledgers'))).toEqual([
      ['ledgers/a.yaml'],
      ['ledgers/b.yaml'],
      ['ledgers/c.yaml', `a link to outside the repository is not followed: ${join(repo, 'ledgers', 'c.yaml')} -> ${join(outside, 'o.yaml')}`],
    ]);
    expect(walked(repo)).toEqual([['ledgers/a.yaml'], ['ledgers/b.yaml'], ['ledgers/c.yaml', `a link to outside the repository is not followed: ${join(repo, 'ledgers', 'c.yaml')} -> ${join(outside, 'o.yaml')}`], ['shared/s.yaml']]);
    expect(runCli(['--lang', 'ja', '-f', 'github', '--as-of', '2026-11-24', join(repo, 'ledgers', 'c.yaml')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `dokodemo-check: リポジトリの外へのリンクはたどりません: ${join(repo, 'ledgers', 'c.yaml')} → ${join(outside, 'o.yaml')}\n`,
    });
    const plain = folderWith({});
    symlinkSync(join(outside, 'o.yaml'), join(plain, 'c.yaml'));
    expect(runCli(['--lang', 'ja', plain]).stderr).toBe(`dokodemo-check: 指定したフォルダの外へのリンクはたどりません: ${join(plain, 'c.yaml')} → ${join(outside, 'o.yaml')}\n`);
  });

  it('refuses a folder given that is a link out of its repository', () => {
    const outside = folderWith({ 'o.yaml': LEDGER });
    const repo = folderWith({ '.git/HEAD': 'ref' });
    symlinkSync(outside, join(repo, 'ledgers'));
    expect(walked(repo, join(repo, 'ledgers'))).toEqual([['ledgers', `a link to outside the repository is not followed: ${join(repo, 'ledgers')} -> ${outside}`]]);
  });

  it('does not take a link to a repository as the bound of a walk through it', () => {
    const secret = folderWith({ 's.yaml': LEDGER });
    const repo = folderWith({ '.git/HEAD': 'ref', 'a.yaml': LEDGER });
    symlinkSync(join(secret, 's.yaml'), join(repo, 'evil.yaml'));
    const holder = folderWith({});
    symlinkSync(repo, join(holder, 'link'));
    expect(walked(holder, join(holder, 'link'))).toEqual([
      ['link/a.yaml'],
      ['link/evil.yaml', `a link to outside the folder given is not followed: ${join(holder, 'link', 'evil.yaml')} -> ${join(secret, 's.yaml')}`],
    ]);
  });

  it('names a FIFO that is named as a ledger, and leaves out one that is not', () => {
    const root = folderWith({ 'a.yaml': LEDGER });
    execFileSync('mkfifo', [join(root, 'p.yaml'), join(root, 'q.txt')]);
    expect(walked(root)).toEqual([['a.yaml'], ['p.yaml', `not a regular file: ${join(root, 'p.yaml')}`]]);
  });
});

describe('named files', () => {
  it('reads a file as named, and a link out of its repository is refused', () => {
    const outside = folderWith({ 'o.yaml': LEDGER });
    const repo = folderWith({ '.git/HEAD': 'ref', 'a.yaml': LEDGER });
    symlinkSync(join(outside, 'o.yaml'), join(repo, 'out.yaml'));
    symlinkSync(join(repo, 'a.yaml'), join(repo, 'in.yaml'));
    const plain = folderWith({});
    symlinkSync(join(outside, 'o.yaml'), join(plain, 'out.yaml'));
    const inputs = resolveInputs([join(repo, 'a.yaml'), join(repo, 'out.yaml'), join(repo, 'in.yaml'), join(plain, 'out.yaml'), '/dev/null'], '<stdin>', NO_STDIN);
    expect(listed(inputs, repo)).toEqual([
      ['a.yaml'],
      ['out.yaml', `a link to outside the repository is not followed: ${join(repo, 'out.yaml')} -> ${join(outside, 'o.yaml')}`],
      ['in.yaml'],
      [join(plain, 'out.yaml')],
      ['/dev/null', 'not a regular file: /dev/null'],
    ]);
    expect(inputs[3]!.read().toString()).toBe(LEDGER);
  });

  it('refuses a name that is not there, in both languages', () => {
    expect(() => resolveInputs(['no/such.yaml'], '<stdin>', NO_STDIN)).toThrow('file not found: no/such.yaml');
    expect(runCli(['--lang', 'ja', 'no/such.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: ファイルが見つかりません: no/such.yaml\n' });
  });
});

describe('standard input', () => {
  it('is read when its check reads it, at most 64 MB and one byte', () => {
    const limits: number[] = [];
    const [input] = resolveInputs(['-'], 'named.yaml', (limit) => {
      limits.push(limit);
      return Buffer.from(LEDGER);
    });
    expect([input!.name, input!.path, input!.failure, limits]).toEqual(['named.yaml', undefined, undefined, []]);
    expect(input!.read().toString()).toBe(LEDGER);
    expect(limits).toEqual([MAX_LEDGER_BYTES + 1]);
  });

  it('refuses more than 64 MB', () => {
    const exactly = Buffer.alloc(MAX_LEDGER_BYTES);
    expect(resolveInputs(['-'], 'in.yaml', () => exactly)[0]!.read()).toBe(exactly);
    const over = Buffer.alloc(MAX_LEDGER_BYTES + 1);
    expect(() => resolveInputs(['-'], 'in.yaml', () => over)[0]!.read()).toThrow('file too large: in.yaml (more than 64 MB; the limit is 64 MB: split the ledger into one file per facility)');
  });
});

describe('--skip-non-ledgers', () => {
  const skip = { skipNonLedgers: true };

  it('leaves out a named file a walk would leave out, and keeps the rest', () => {
    const root = folderWith({ 'a.yaml': LEDGER, 'notes.txt': 'x', '.hidden.yaml': LEDGER, 'w.yaml': WORKFLOW, 'node_modules': 'x', 'dir/b.yaml': LEDGER, 'dir/w.yaml': WORKFLOW });
    const names = ['a.yaml', 'notes.txt', '.hidden.yaml', 'w.yaml', 'node_modules', 'dir'].map((name) => join(root, name));
    expect(listed(resolveInputs(names, '<stdin>', NO_STDIN, skip), root)).toEqual([['a.yaml'], ['dir/b.yaml']]);
    expect(listed(resolveInputs(names.slice(1, 4), '<stdin>', NO_STDIN), root)).toEqual([['notes.txt'], ['.hidden.yaml'], ['w.yaml']]);
  });

  it('keeps a refusal named as a ledger, never reading it, and leaves out one that is not', () => {
    const outside = folderWith({ 'o.yaml': LEDGER, 'o.txt': 'x' });
    const repo = folderWith({ '.git/HEAD': 'ref' });
    symlinkSync(join(outside, 'o.yaml'), join(repo, 'out.yaml'));
    symlinkSync(join(outside, 'o.txt'), join(repo, 'out.txt'));
    expect(listed(resolveInputs([join(repo, 'out.yaml'), join(repo, 'out.txt'), '/dev/null'], '<stdin>', NO_STDIN, skip), repo)).toEqual([
      ['out.yaml', `a link to outside the repository is not followed: ${join(repo, 'out.yaml')} -> ${join(outside, 'o.yaml')}`],
    ]);
  });

  it('judges standard input by its name when it has one, else by what it holds (read once)', () => {
    let reads = 0;
    const stdin = (text: string) => () => {
      reads++;
      return Buffer.from(text);
    };
    expect(resolveInputs(['-'], 'notes.txt', stdin(LEDGER), { ...skip, stdinNamed: true })).toEqual([]);
    expect(resolveInputs(['-'], '.x.yaml', stdin(LEDGER), { ...skip, stdinNamed: true })).toEqual([]);
    expect(reads).toBe(0);
    expect(resolveInputs(['-'], 'w.yaml', stdin(WORKFLOW), { ...skip, stdinNamed: true })).toEqual([]);
    expect(resolveInputs(['-'], '<stdin>', stdin(WORKFLOW), skip)).toEqual([]);
    expect(reads).toBe(2);
    const [kept] = resolveInputs(['-'], 'notes.txt', stdin(LEDGER), skip);
    expect(reads).toBe(3);
    expect([kept!.name, kept!.read().toString(), kept!.read().toString(), reads]).toEqual(['notes.txt', LEDGER, LEDGER, 3]);
    const [named] = resolveInputs(['-'], 'l.yaml', stdin(LEDGER), { ...skip, stdinNamed: true });
    expect([named!.name, named!.read().toString(), reads]).toEqual(['l.yaml', LEDGER, 4]);
    expect(resolveInputs(['-'], 'w.yaml', stdin(WORKFLOW), { stdinNamed: true }).length).toBe(1);
  });

  it('through the CLI: nothing left is no report at all', () => {
    const root = folderWith({ 'w.yaml': WORKFLOW, 'a.yaml': LEDGER });
    const run = runCli(['--as-of', '2026-11-24', '-f', 'github', '--skip-non-ledgers', join(root, 'w.yaml'), join(root, 'a.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean).every((line) => line.includes(`file=${join(root, 'a.yaml')},`))).toBe(true);
  });
});
