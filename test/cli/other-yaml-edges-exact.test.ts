// other-yaml.ts at its edges, loaded afresh in each test (its key pattern is module-level): what text is
// another tool's YAML, and files that cannot be read as they are (a FIFO, a read that fails).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fresh, freshFunctionsPerTest } from '../helpers/fresh';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
const otherYaml = freshFunctionsPerTest(() => require('../../src/cli/other-yaml') as typeof import('../../src/cli/other-yaml'));

describe('isOtherYamlBytes', () => {
  it.each([
    ['a workflow', 'on: push\njobs: {}\n', true],
    ['note alone', 'note: a\n', true],
    ['a ledger key', 'version: 1\n', false],
    ['each ledger key', 'facility: {}\n', false],
    ['devices', 'devices: []\n', false],
    ['users', 'users: []\n', false],
    ['incidents', 'incidents: []\n', false],
    ['exceptions', 'exceptions: []\n', false],
    ['a ledger key after a byte order mark', '\uFEFFversion: 1\n', false],
    ['a ledger key with spaces before its colon', 'version \t: 1\n', false],
    ['a ledger key on a later line', 'a: 1\nusers: []\n', false],
    ['a quoted ledger key', '"version": 1\n', false],
    ['a ledger key in flow style', '{version: 1}\n', false],
    ['another key in flow style', '{on: push}\n', true],
    ['a ledger key nested', 'a:\n  version: 1\n', true],
    ['a ledger key only begun', 'versions: 1\nfacilityx: 2\n', true],
    ['a ledger key as a value', 'a: version\n', true],
    // At a line's start but inside a quoted text: the pattern keeps it without parsing (the common case decided fast).
    ['a ledger key line inside a quoted text', '{a: "x\nversion: 1"}\n', false],
    ['a ledger key line inside a nested list', '{a: [\nusers: 1]}\n', false],
    ['a list', '- on\n- push\n', false],
    ['a scalar', 'hello\n', false],
    ['nothing', '', false],
    ['null', '~\n', false],
    ['broken YAML', 'a: [\n', false],
  ])('%s', (_name, text, other) => {
    expect(otherYaml.isOtherYamlBytes(Buffer.from(text))).toBe(other);
  });

  it('keeps bytes that do not decode', () => {
    expect(otherYaml.isOtherYamlBytes(Buffer.from([0x6f, 0x6e, 0x3a, 0x20, 0xff, 0xfe, 0xfd, 0x0a]))).toBe(false);
  });

  it('lists the ledger\'s top-level keys', () => {
    expect(fresh(() => require('../../src/cli/other-yaml') as typeof import('../../src/cli/other-yaml')).LEDGER_TOP_LEVEL_KEYS).toEqual(['version', 'facility', 'devices', 'users', 'incidents', 'exceptions']);
  });
});

describe('isOtherYamlFile', () => {
  it('keeps a FIFO without waiting for a writer', () => {
    const root = temp.make('other-yaml-');
    execFileSync('mkfifo', [join(root, 'p.yaml')]);
    expect(otherYaml.isOtherYamlFile(join(root, 'p.yaml'), () => {
      throw new Error('read whole');
    })).toBe(false);
  });

  it('keeps a file it cannot read whole', () => {
    const root = temp.make('other-yaml-');
    const file = join(root, 'w.yaml');
    writeFileSync(file, `${'# comment\n'.repeat(7000)}on: push\n`);
    expect(otherYaml.isOtherYamlFile(file, () => {
      throw new Error('too large');
    })).toBe(false);
    expect(otherYaml.isOtherYamlFile(file, (path) => Buffer.from(path === file ? `${'# comment\n'.repeat(7000)}on: push\n` : ''))).toBe(true);
  });

  it('decides a small file from its bytes, a ledger key anywhere in it', () => {
    const root = temp.make('other-yaml-');
    const file = join(root, 'x.yaml');
    writeFileSync(file, 'on: push\n');
    expect(otherYaml.isOtherYamlFile(file, () => Buffer.from('version: 1\n'))).toBe(true);
    writeFileSync(file, '"users": []\n');
    expect(otherYaml.isOtherYamlFile(file, () => Buffer.from(''))).toBe(false);
    writeFileSync(file, `${'# c\n'.repeat(1100)}"users": []\n`);
    expect(otherYaml.isOtherYamlFile(file, () => Buffer.from(''))).toBe(false);
    writeFileSync(file, `${'# c\n'.repeat(1100)}users: []\n`);
    expect(otherYaml.isOtherYamlFile(file, () => Buffer.from(''))).toBe(false);
    writeFileSync(file, `${'# c\n'.repeat(1100)}on: push\n`);
    expect(otherYaml.isOtherYamlFile(file, () => Buffer.from('version: 1\n'))).toBe(true);
  });

  it('reads the first 4 KB, and 64 KB only when those decide nothing', () => {
    const root = temp.make('other-yaml-');
    const file = join(root, 'x.yaml');
    // A ledger key that begins inside the first 4 KB and ends past it: only the 64 KB read sees it whole.
    const head = '# c\n'.repeat(1023);
    writeFileSync(file, `${head}vers${'ion: 1\n'}`);
    expect(Buffer.byteLength(head)).toBe(4092);
    expect(otherYaml.isOtherYamlFile(file, () => Buffer.from(''))).toBe(false);
    // Exactly 4 KB with no key, then a workflow key past it.
    writeFileSync(file, `${'# c\n'.repeat(1024)}on: push\n`);
    expect(otherYaml.isOtherYamlFile(file, () => Buffer.from(''))).toBe(true);
    writeFileSync(file, '# c\n'.repeat(1024));
    expect(otherYaml.isOtherYamlFile(file, () => Buffer.from(''))).toBe(false);
  });
});
