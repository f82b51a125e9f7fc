// The file reader (src/load/read-file.ts), in-process and exact: the bytes as they are in the file,
// a file the size of the limit read and one byte more refused (sparse files, so no 64 MB is written),
// a file whose size says 0 read to its end in several chunks, and each refusal's two texts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_LEDGER_BYTES } from '../../src/load/limits';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { thrown } from '../helpers/thrown';

type ReadFile = typeof import('../../src/load/read-file');
// Loaded inside each test: per-test coverage then counts its code for the test that runs it.
const { guardSize, readLedgerFile, readNamedFile } = freshFunctionsPerTest(() => require('../../src/load/read-file') as ReadFile);

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'read-file-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** A file of `size` bytes that takes no room on disk. */
function sparse(name: string, size: number): string {
  const path = file(name, '');
  truncateSync(path, size);
  return path;
}

const tooLargeText = (name: string, mb: number) => ({
  usage: {
    ja: `ファイルが大きすぎます: ${name}（${mb} MB。上限は 64 MB です。台帳を施設ごとのファイルに分けてください）`,
    en: `file too large: ${name} (${mb} MB; the limit is 64 MB: split the ledger into one file per facility)`,
  },
});

describe('readLedgerFile', () => {
  it('gives the file\'s bytes as they are: empty, small, and larger than one read chunk (64 KB)', () => {
    const large = Buffer.alloc(200 * 1024 + 3, 'あいう\n');
    const paths = [file('empty.yaml', ''), file('small.yaml', 'version: 1\n'), file('large.yaml', large)];
    expect(paths.map((path) => readLedgerFile(path))).toEqual([Buffer.alloc(0), Buffer.from('version: 1\n'), large]);
  });

  it('reads a file whose size says 0 to its end, over several chunks (/proc/self/smaps of this process is over 64 KB)', () => {
    const bytes = readLedgerFile('/proc/self/smaps');
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(bytes.toString('utf8').split('\n').at(-1)).toBe(''); // ends with its last line, not cut at a chunk
    expect(bytes.toString('utf8')).toMatch(/^[0-9a-f]+-[0-9a-f]+ /);
  });

  it('reads a file of exactly the limit and refuses one byte more, before reading it', () => {
    expect(readLedgerFile(sparse('at-limit.yaml', MAX_LEDGER_BYTES)).length).toBe(MAX_LEDGER_BYTES);
    const over = sparse('over.yaml', MAX_LEDGER_BYTES + 1);
    expect(thrown(() => readLedgerFile(over))).toEqual(tooLargeText(over, 64));
  });

  it('refuses what is not a regular file, and says when a file cannot be read', () => {
    const directory = join(folder, 'a-folder.yaml');
    mkdirSync(directory);
    const fifo = join(folder, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    const missing = join(folder, 'missing.yaml');
    expect([directory, fifo, missing].map((path) => thrown(() => readLedgerFile(path)))).toEqual([
      { usage: { ja: `通常のファイルではありません: ${directory}`, en: `not a regular file: ${directory}` } },
      { usage: { ja: `通常のファイルではありません: ${fifo}`, en: `not a regular file: ${fifo}` } },
      { usage: { ja: `ファイルを読めません: ${missing}`, en: `cannot read file: ${missing}` } },
    ]);
  });
});

describe('a regular file whose read fails', () => {
  // /proc/self/mem is a regular file of size 0 whose read at offset 0 fails (EIO): the reader's own failure, not a crash.
  it('readLedgerFile says it cannot be read; readNamedFile too, with the name as written', () => {
    expect(thrown(() => readLedgerFile('/proc/self/mem'))).toEqual({ usage: { ja: 'ファイルを読めません: /proc/self/mem', en: 'cannot read file: /proc/self/mem' } });
    expect(thrown(() => readNamedFile('/proc/self/mem', 'mem'))).toEqual({ usage: { ja: 'ファイルを読めません: mem', en: 'cannot read file: mem' } });
  });
});

describe('guardSize', () => {
  it('lets the limit through and names the size, in whole MB, of anything larger', () => {
    expect(thrown(() => guardSize('a.yaml', MAX_LEDGER_BYTES))).toBe('nothing thrown');
    expect(thrown(() => guardSize('a.yaml', MAX_LEDGER_BYTES + 1))).toEqual(tooLargeText('a.yaml', 64));
    expect(thrown(() => guardSize('b.yaml', 100.6 * 1024 * 1024))).toEqual(tooLargeText('b.yaml', 101));
  });
});

describe('readNamedFile', () => {
  it('gives the bytes of a file up to the limit', () => {
    const path = file('named.yaml', 'version: 1\n');
    expect(readNamedFile(path, 'named.yaml')).toEqual(Buffer.from('version: 1\n'));
    expect(readNamedFile(sparse('named-at-limit.yaml', MAX_LEDGER_BYTES), 'x').length).toBe(MAX_LEDGER_BYTES);
    expect(readFileSync(path, 'utf8')).toBe('version: 1\n'); // read, never written
  });

  it('says each refusal with the name as the user wrote it', () => {
    const directory = join(folder, 'named-folder');
    mkdirSync(directory);
    const over = sparse('named-over.yaml', MAX_LEDGER_BYTES + 1);
    expect([
      thrown(() => readNamedFile(join(folder, 'nowhere.yaml'), 'nowhere.yaml')),
      thrown(() => readNamedFile(directory, 'named-folder')),
      thrown(() => readNamedFile(over, 'over.yaml')),
    ]).toEqual([
      { usage: { ja: 'ファイルが見つかりません: nowhere.yaml', en: 'file not found: nowhere.yaml' } },
      { usage: { ja: 'ファイルが見つかりません: named-folder', en: 'file not found: named-folder' } },
      { usage: { ja: 'ファイルが大きすぎます: over.yaml（上限は 64 MB です）', en: 'file too large: over.yaml (the limit is 64 MB)' } },
    ]);
  });
});
