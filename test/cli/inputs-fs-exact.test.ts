// What inputs.ts does when the file system answers in ways a test cannot arrange for real (the tests run as
// root, and standard input is the test runner's): node:fs's readSync and readdirSync stood in for.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirs } from '../helpers/temp';

const temp = tempDirs();
type Inputs = typeof import('../../src/cli/inputs');

/** inputs.ts loaded with some of node:fs replaced. */
function inputsWith(replaced: Partial<typeof import('node:fs')>): Inputs {
  let module: Inputs | undefined;
  jest.isolateModules(() => {
    jest.doMock('node:fs', () => ({ ...jest.requireActual<typeof import('node:fs')>('node:fs'), ...replaced }));
    module = require('../../src/cli/inputs') as Inputs;
  });
  jest.dontMock('node:fs');
  return module!;
}

/** A readSync reading `source` in pieces of at most `piece` bytes, after the answers in `first` (errors to throw, or byte counts). */
function stdinOf(source: Buffer, piece: number, first: Array<string | Error> = []) {
  const calls: Array<[number, number, number, number | null]> = [];
  let at = 0;
  const readSync = ((fd: number, buffer: Buffer, offset: number, length: number, position: number | null) => {
    calls.push([fd, offset, length, position]);
    const next = first.shift();
    if (next instanceof Error) throw next;
    if (typeof next === 'string') throw Object.assign(new Error(next), { code: next });
    const count = Math.min(piece, length, source.length - at);
    source.copy(buffer, offset, at, at + count);
    at += count;
    return count;
  }) as typeof import('node:fs').readSync;
  return { calls, readSync };
}

describe('readStdinUpTo', () => {
  it('reads standard input (fd 0) in pieces until it ends', () => {
    const source = Buffer.from('0123456789');
    const { calls, readSync } = stdinOf(source, 3);
    expect(inputsWith({ readSync }).readStdinUpTo(100).toString()).toBe('0123456789');
    expect(calls).toEqual([[0, 0, 100, null], [0, 0, 97, null], [0, 0, 94, null], [0, 0, 91, null], [0, 0, 90, null]]);
  });

  it('stops at the limit, asking for no more than is left', () => {
    const { calls, readSync } = stdinOf(Buffer.from('0123456789'), 3);
    expect(inputsWith({ readSync }).readStdinUpTo(7).toString()).toBe('0123456');
    expect(calls).toEqual([[0, 0, 7, null], [0, 0, 4, null], [0, 0, 1, null]]);
    const exact = stdinOf(Buffer.from('0123'), 4);
    expect(inputsWith({ readSync: exact.readSync }).readStdinUpTo(4).toString()).toBe('0123');
    expect(exact.calls).toEqual([[0, 0, 4, null]]);
  });

  it('reads 64 KB at a time at most', () => {
    const source = Buffer.alloc(200_000, 7);
    const { calls, readSync } = stdinOf(source, 1 << 20);
    const read = inputsWith({ readSync }).readStdinUpTo(1 << 20);
    expect(read.equals(source)).toBe(true);
    expect(calls.map((call) => call[2])).toEqual([65536, 65536, 65536, 65536, 65536]);
  });

  it('keeps each piece, though the buffer it was read into is used again', () => {
    const { readSync } = stdinOf(Buffer.from('abcdef'), 2);
    expect(inputsWith({ readSync }).readStdinUpTo(10).toString()).toBe('abcdef');
  });

  it('asks again while a non-blocking pipe has nothing yet, ends at a Windows EOF, throws anything else', () => {
    const again = stdinOf(Buffer.from('abc'), 5, ['EAGAIN', 'EAGAIN']);
    expect(inputsWith({ readSync: again.readSync }).readStdinUpTo(10).toString()).toBe('abc');
    expect(again.calls).toEqual([[0, 0, 10, null], [0, 0, 10, null], [0, 0, 10, null], [0, 0, 7, null]]);
    const eof = stdinOf(Buffer.from('abc'), 5, ['EOF']);
    expect(inputsWith({ readSync: eof.readSync }).readStdinUpTo(10).toString()).toBe('');
    expect(eof.calls).toHaveLength(1);
    const failing = stdinOf(Buffer.from('abc'), 5, ['EIO']);
    expect(() => inputsWith({ readSync: failing.readSync }).readStdinUpTo(10)).toThrow('EIO');
    const bare = stdinOf(Buffer.from('abc'), 5, [new Error('no code')]);
    expect(() => inputsWith({ readSync: bare.readSync }).readStdinUpTo(10)).toThrow('no code');
  });

  it('reads nothing for a limit of 0', () => {
    const { calls, readSync } = stdinOf(Buffer.from('abc'), 5);
    expect(inputsWith({ readSync }).readStdinUpTo(0).length).toBe(0);
    expect(calls).toEqual([]);
  });
});

describe('a folder that cannot be listed', () => {
  it('is a finding for that folder, and the walk goes on', () => {
    const root = temp.make('cli-fs-');
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'a', 'x.yaml'), 'version: 1\n');
    writeFileSync(join(root, 'c.yaml'), 'version: 1\n');
    const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
    const readdirSync = ((path: string, options: never) => {
      if (path === join(root, 'b')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return actual.readdirSync(path, options);
    }) as typeof import('node:fs').readdirSync;
    const inputs = inputsWith({ readdirSync }).resolveInputs([root], '<stdin>', () => Buffer.from(''));
    expect(inputs.map((input) => [input.name, input.failure?.text])).toEqual([
      [join(root, 'a', 'x.yaml'), undefined],
      [join(root, 'b'), { ja: `フォルダを読めません: ${join(root, 'b')}`, en: `cannot read directory: ${join(root, 'b')}` }],
      [join(root, 'c.yaml'), undefined],
    ]);
    expect(() => inputs[1]!.read()).toThrow(`cannot read directory: ${join(root, 'b')}`);
  });
});
