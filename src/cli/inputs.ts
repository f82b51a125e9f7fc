// Command-line arguments → the ledgers to check: files as given, directories walked, `-` for stdin.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../errors';
import { MAX_LEDGER_BYTES } from '../load/limits';
import { isOtherYamlBytes, isOtherYamlFile } from './other-yaml';

export interface Input {
  /** The path as given on the command line (or found under a directory), or the stdin name. */
  name: string;
  /** The file to read; absent for standard input. */
  path?: string;
  read(): Buffer;
}

const LEDGER_EXTENSION = /\.(ya?ml|xlsx)$/i;
const YAML_EXTENSION = /\.ya?ml$/i;

/** The one place that says which file names are ledgers (a walk takes only these). */
export function isLedgerFileName(name: string): boolean {
  return LEDGER_EXTENSION.test(name);
}

/** Hidden files and folders (.git, .github, .dokodemo-check.yaml) and node_modules are never walked into;
 * nor the owner file `~$name.xlsx` that Excel writes beside a workbook while it is open. */
function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name.startsWith('~$');
}

function unreadableDirectory(path: string): UsageError {
  return new UsageError({ ja: `フォルダを読めません: ${path}`, en: `cannot read directory: ${path}` });
}

function sortedEntries(directory: string): Dirent[] {
  try {
    return readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    throw unreadableDirectory(directory);
  }
}

/** What a directory entry is, following a symbolic link; undefined for a dangling one. */
function entryStats(path: string, entry: Dirent): Stats | undefined {
  if (!entry.isSymbolicLink() && !entry.isDirectory()) return undefined;
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Ledgers under `directory`, in name order. Symbolic links are followed; a folder already walked
 * (same device and inode: a link loop, or two links to one folder) is not walked again. */
function walk(directory: string, visited: Set<string>): string[] {
  let stats: Stats;
  try {
    stats = statSync(directory);
  } catch {
    throw unreadableDirectory(directory);
  }
  const id = `${stats.dev}:${stats.ino}`;
  if (visited.has(id)) return [];
  visited.add(id);
  return sortedEntries(directory).flatMap((entry) => {
    if (isSkippedName(entry.name)) return [];
    const path = join(directory, entry.name);
    const target = entryStats(path, entry);
    if (target?.isDirectory()) return walk(path, visited);
    if (!isLedgerFileName(entry.name)) return [];
    // A dangling link to a ledger is kept: reading it says what is wrong.
    const dangling = entry.isSymbolicLink() && target === undefined;
    if (dangling) return [path];
    const file = entry.isFile() || (target?.isFile() ?? false);
    return file && !(YAML_EXTENSION.test(entry.name) && isOtherYamlFile(path, readLedgerFile)) ? [path] : [];
  });
}

function notFound(path: string): UsageError {
  return new UsageError({ ja: `ファイルが見つかりません: ${path}`, en: `file not found: ${path}` });
}

function unreadable(path: string): UsageError {
  return new UsageError({ ja: `ファイルを読めません: ${path}`, en: `cannot read file: ${path}` });
}

function tooLarge(name: string, size: { ja: string; en: string }): UsageError {
  return new UsageError({
    ja: `ファイルが大きすぎます: ${name}（${size.ja}。上限は 64 MB です。台帳を施設ごとのファイルに分けてください）`,
    en: `file too large: ${name} (${size.en}; the limit is 64 MB: split the ledger into one file per facility)`,
  });
}

function guardSize(name: string, bytes: number): void {
  if (bytes <= MAX_LEDGER_BYTES) return;
  const size = `${Math.round(bytes / 1024 / 1024)} MB`;
  throw tooLarge(name, { ja: size, en: size });
}

/** How long a read that has nothing yet may wait in all (a /proc file that streams, like /proc/kmsg). */
const MAX_READ_WAIT_MS = 1000;
const READ_RETRY_MS = 10;

function notRegular(path: string): UsageError {
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

/** Up to `limit` bytes until the end; a read that keeps saying "nothing yet" gives up after MAX_READ_WAIT_MS. */
function readUpTo(path: string, fd: number, limit: number, sizeHint: number): Buffer {
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
  try {
    const bytes = readUpTo(path, opened.fd, MAX_LEDGER_BYTES + 1, opened.size);
    guardSize(path, bytes.length); // a file that grew, or a /proc file whose size says 0
    return bytes;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unreadable(path);
  } finally {
    closeSync(opened.fd);
  }
}

function expand(argument: string, stdinName: string, readStdin: (limit: number) => Buffer): Input[] {
  if (argument === '-') {
    return [{ name: stdinName, read: () => readStdinWithin(stdinName, readStdin) }];
  }
  let stats;
  try {
    stats = statSync(argument);
  } catch {
    throw notFound(argument);
  }
  if (stats.isDirectory()) {
    const files = walk(argument, new Set());
    if (files.length === 0) {
      throw new UsageError({ ja: `ディレクトリに台帳（*.yaml, *.yml, *.xlsx）がありません: ${argument}`, en: `no ledgers (*.yaml, *.yml, *.xlsx) in directory: ${argument}` });
    }
    return files.map((file) => ({ name: file, path: file, read: () => readLedgerFile(file) }));
  }
  if (!stats.isFile()) {
    throw new UsageError({ ja: `通常のファイルではありません: ${argument}`, en: `not a regular file: ${argument}` });
  }
  return [{ name: argument, path: argument, read: () => readLedgerFile(argument) }];
}

function readStdinWithin(name: string, readStdin: (limit: number) => Buffer): Buffer {
  const bytes = readStdin(MAX_LEDGER_BYTES + 1);
  if (bytes.length > MAX_LEDGER_BYTES) throw tooLarge(name, { ja: '64 MB 超', en: 'more than 64 MB' });
  return bytes;
}

/** Standard input, read until its end or `limit` bytes: an endless stream cannot fill the memory. */
export function readStdinUpTo(limit: number): Buffer {
  const chunks: Buffer[] = [];
  const chunk = Buffer.allocUnsafe(1 << 16);
  let total = 0;
  while (total < limit) {
    const read = readChunk(chunk, Math.min(chunk.length, limit - total));
    if (read === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

function readChunk(chunk: Buffer, length: number): number {
  for (;;) {
    try {
      return readSync(0, chunk, 0, length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0; // Windows pipes end with an error, not a zero-byte read
      if (code !== 'EAGAIN') throw error; // a non-blocking pipe with nothing yet: ask again
    }
  }
}

export interface InputOptions {
  /** --skip-non-ledgers: leave out named files (and stdin) that a walk would leave out. */
  skipNonLedgers?: boolean;
  /** Whether stdinName was given (--stdin-filename), so its name can be judged too. */
  stdinNamed?: boolean;
}

function isLedgerName(name: string): boolean {
  return !isSkippedName(basename(name)) && isLedgerFileName(name);
}

/** A named file or stdin, unless a walk would have left it out; stdin is read once, here. */
function asWalkWouldTake(input: Input, options: InputOptions): Input[] {
  if (input.path !== undefined) return isLedgerName(input.path) && !isOtherYamlFile(input.path, readLedgerFile) ? [input] : [];
  if (options.stdinNamed && !isLedgerName(input.name)) return [];
  const bytes = input.read();
  return isOtherYamlBytes(bytes) ? [] : [{ ...input, read: () => bytes }];
}

export function resolveInputs(argumentsGiven: readonly string[], stdinName: string, readStdin: (limit: number) => Buffer, options: InputOptions = {}): Input[] {
  return argumentsGiven.flatMap((argument) => {
    const inputs = expand(argument, stdinName, readStdin);
    const named = inputs.length === 1 && (argument === '-' || inputs[0]!.path === argument);
    return options.skipNonLedgers && named ? asWalkWouldTake(inputs[0]!, options) : inputs;
  });
}
