// Command-line arguments → the ledgers to check: files as given, directories walked, `-` for stdin.
import { readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors';
import { MAX_LEDGER_BYTES } from '../load/limits';

export interface Input {
  /** The path as given on the command line (or found under a directory), or the stdin name. */
  name: string;
  /** The file to read; absent for standard input. */
  path?: string;
  read(): Buffer;
}

const LEDGER_EXTENSION = /\.ya?ml$/i;
const SKIPPED_DIRECTORY = (name: string) => name.startsWith('.') || name === 'node_modules';

function walk(directory: string): string[] {
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRECTORY(entry.name) ? [] : walk(path);
    return entry.isFile() && LEDGER_EXTENSION.test(entry.name) ? [path] : [];
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

/** A ledger file's bytes, refused over the size limit; a UsageError when it cannot be read. */
export function readLedgerFile(path: string): Buffer {
  let bytes: Buffer;
  try {
    guardSize(path, statSync(path).size);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unreadable(path);
  }
  return bytes;
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
    const files = walk(argument);
    if (files.length === 0) {
      throw new UsageError({ ja: `ディレクトリに台帳（*.yaml, *.yml）がありません: ${argument}`, en: `no ledgers (*.yaml, *.yml) in directory: ${argument}` });
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

export function resolveInputs(argumentsGiven: readonly string[], stdinName: string, readStdin: (limit: number) => Buffer): Input[] {
  return argumentsGiven.flatMap((argument) => expand(argument, stdinName, readStdin));
}
