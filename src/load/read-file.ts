// A ledger file's bytes, read safely: opened without blocking and checked to be a regular file on the
// descriptor itself, within the size limit, giving up on a read that never ends. The CLI's inputs and
// the configuration lookup read through it (so config does not reach up into the CLI).
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { UsageError } from '../errors';
import { MAX_LEDGER_BYTES } from './limits';

export function unreadable(path: string): UsageError {
  return new UsageError({ ja: `ファイルを読めません: ${path}`, en: `cannot read file: ${path}` });
}

export function tooLarge(name: string, size: { ja: string; en: string }): UsageError {
  return new UsageError({
    ja: `ファイルが大きすぎます: ${name}（${size.ja}。上限は 64 MB です。台帳を施設ごとのファイルに分けてください）`,
    en: `file too large: ${name} (${size.en}; the limit is 64 MB: split the ledger into one file per facility)`,
  });
}

export function guardSize(name: string, bytes: number): void {
  if (bytes <= MAX_LEDGER_BYTES) return;
  const size = `${Math.round(bytes / 1024 / 1024)} MB`;
  throw tooLarge(name, { ja: size, en: size });
}

/** How long a read that has nothing yet may wait in all (a /proc file that streams, like /proc/kmsg). */
const MAX_READ_WAIT_MS = 1000;
const READ_RETRY_MS = 10;

export function notRegular(path: string): UsageError {
  return new UsageError({ ja: `通常のファイルではありません: ${path}`, en: `not a regular file: ${path}` });
}

/** Opened without blocking (a FIFO put in its place since the listing opens at once), then the type
 * checked on the descriptor itself, so what is read is what was checked. */
function openRegular(path: string): { fd: number; size: number } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegular(path);
    guardSize(path, stats.size);
    return { fd, size: stats.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Up to `limit` bytes until the end; a read that keeps saying "nothing yet" gives up after MAX_READ_WAIT_MS.
 * Exported for its test: a pipe is the only way to meet "nothing yet" without root (/proc/kmsg). */
export function readUpTo(path: string, fd: number, limit: number, sizeHint: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let waited = 0;
  // The first buffer holds the whole file as fstat sized it: one read, no copy.
  let chunk = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, 1 << 16), limit));
  while (total < limit) {
    let read: number;
    try {
      read = readSync(fd, chunk, 0, Math.min(chunk.length, limit - total), null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || waited >= MAX_READ_WAIT_MS) throw unreadable(path);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, READ_RETRY_MS);
      waited += READ_RETRY_MS;
      continue;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    chunk = Buffer.allocUnsafe(1 << 16);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** A ledger file's bytes, refused over the size limit; a UsageError when it cannot be read. */
export function readLedgerFile(path: string): Buffer {
  let opened: { fd: number; size: number };
  try {
    opened = openRegular(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unreadable(path);
  }
  // readUpTo and guardSize throw only the user's errors: nothing to translate, only the descriptor to close.
  try {
    const bytes = readUpTo(path, opened.fd, MAX_LEDGER_BYTES + 1, opened.size);
    guardSize(path, bytes.length); // a file that grew, or a /proc file whose size says 0
    return bytes;
  } finally {
    closeSync(opened.fd);
  }
}

function regularFileSize(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** A file named by a command (convert, fix) as its input: `shownName` as the user wrote it in every message. */
export function readNamedFile(path: string, shownName: string): Buffer {
  const size = regularFileSize(path);
  if (size === undefined) {
    throw new UsageError({ ja: `ファイルが見つかりません: ${shownName}`, en: `file not found: ${shownName}` });
  }
  if (size > MAX_LEDGER_BYTES) {
    throw new UsageError({ ja: `ファイルが大きすぎます: ${shownName}（上限は 64 MB です）`, en: `file too large: ${shownName} (the limit is 64 MB)` });
  }
  try {
    return readFileSync(path);
  } catch {
    throw new UsageError({ ja: `ファイルを読めません: ${shownName}`, en: `cannot read file: ${shownName}` });
  }
}
