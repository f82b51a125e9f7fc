// The file reader (src/load/read-file.ts), in-process and exact: the bytes as they are in the file,
// a file the size of the limit read and one byte more refused (sparse files, so no 64 MB is written),
// a file whose size says 0 read to its end in several chunks, and each refusal's two texts.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_LEDGER_BYTES } from '../../src/load/limits';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { thrown } from '../helpers/thrown';

type ReadFile = typeof import('../../src/load/read-file');
// Loaded inside each test: per-test coverage then counts its code for the test that runs it.
const { guardSize, readLedgerFile, readNamedFile, readUpTo } = freshFunctionsPerTest(() => require('../../src/load/read-file') as ReadFile);

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

describe('what readLedgerFile keeps and gives back', () => {
  it('reads a file in one read into a buffer of its size and one byte (to see the end), without a copy', () => {
    const bytes = readLedgerFile(file('hundred-k.yaml', Buffer.alloc(100_000, 'a')));
    expect([bytes.length, bytes.byteOffset, bytes.buffer.byteLength]).toEqual([100_000, 0, 100_001]);
  });

  it('closes every descriptor it opens: after files read, refused and failing', () => {
    const good = file('fd-good.yaml', 'version: 1\n');
    const fifo = join(folder, 'fd-fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let round = 0; round < 20; round += 1) {
      readLedgerFile(good);
      thrown(() => readLedgerFile(fifo));
      thrown(() => readLedgerFile('/proc/self/mem'));
    }
    expect(open()).toBe(before);
  });
});

describe('readUpTo: never more than its limit, and a read that has nothing yet', () => {
  it('stops at the limit, whether it falls inside the first buffer or a later one', () => {
    const content = Buffer.from(Array.from({ length: 200_000 }, (_, index) => index % 251));
    const path = file('two-hundred-k.yaml', content);
    const readFromStart = (limit: number, sizeHint: number) => {
      const fd = openSync(path, constants.O_RDONLY);
      try {
        return readUpTo(path, fd, limit, sizeHint);
      } finally {
        closeSync(fd);
      }
    };
    expect(readFromStart(10, 100)).toEqual(content.subarray(0, 10));
    // a size hint of 0 reads 64 KB first, then the 4,464 bytes left to the limit
    expect(readFromStart(70_000, 0)).toEqual(content.subarray(0, 70_000));
  });

  // A pipe held open for writing by this process: a non-blocking read says "nothing yet" (EAGAIN) for ever.
  function pipeWith(name: string, written: string): { path: string; fd: number } {
    const path = join(folder, name);
    execFileSync('mkfifo', [path]);
    const fd = openSync(path, constants.O_RDWR | constants.O_NONBLOCK);
    if (written) writeSync(fd, written);
    return { path, fd };
  }

  it('returns what it has when the limit is reached, without waiting', () => {
    const pipe = pipeWith('full.fifo', 'abcdef');
    try {
      expect(readUpTo(pipe.path, pipe.fd, 3, 0).toString()).toBe('abc');
    } finally {
      closeSync(pipe.fd);
    }
  });

  it('waits about a second for more, then says the file cannot be read', () => {
    const pipe = pipeWith('streaming.fifo', 'abc');
    const started = performance.now();
    try {
      expect(thrown(() => readUpTo(pipe.path, pipe.fd, 100, 0))).toEqual({
        usage: { ja: `ファイルを読めません: ${pipe.path}`, en: `cannot read file: ${pipe.path}` },
      });
    } finally {
      closeSync(pipe.fd);
    }
    // 100 waits of 10 ms; a reader that gave up at once would be here in a few milliseconds
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
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
