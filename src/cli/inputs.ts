// Command-line arguments → the ledgers to check: files as given, directories walked, `-` for stdin.
import { existsSync, lstatSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors';
import { MAX_LEDGER_BYTES } from '../load/limits';
import { notRegular, readLedgerFile, tooLarge } from '../load/read-file';
export { readLedgerFile };
import { isOtherYamlBytes, isOtherYamlFile } from './other-yaml';
import { spreadsheetFailure, spreadsheetKind } from './spreadsheets';

export interface Input {
  /** The path as given on the command line (or found under a directory), or the stdin name. */
  name: string;
  /** The file to read; absent for standard input. */
  path?: string;
  /** Set when the input is known not to be readable (found so by the walk): read() throws it. */
  failure?: UsageError;
  /** A spreadsheet the walk found that is not .xlsx (spreadsheets.ts): its check is that finding, never a read. */
  spreadsheet?: string;
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

/** An input known not to be readable before any read: its check is that finding (unreadable.ts). */
function failedInput(path: string, failure: UsageError): Input {
  return { name: path, path, failure, read: () => { throw failure; } };
}

/** A spreadsheet that is not .xlsx: a finding for its file, never read (its failure is for the commands that read). */
function spreadsheetInput(path: string, kind: string): Input {
  return { ...failedInput(path, spreadsheetFailure(path, kind)), spreadsheet: kind };
}

function fileInput(path: string): Input {
  return { name: path, path, read: () => readLedgerFile(path) };
}

/** Where a walk may lead, as a real path: the git repository holding the folder (found as config lookup
 * finds one: a folder holding .git), else the folder named on the command line. */
interface Bound {
  root: string;
  repository: boolean;
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined; // dangling, a loop, or gone: reading it says what is wrong
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The nearest folder from `start` upward that holds .git, as written (not resolved). A link is not
 * one: `ledgers -> /elsewhere/repo` must not make that other repository the bound. */
function repositoryRoot(start: string): string | undefined {
  for (let directory = resolve(start); ; directory = dirname(directory)) {
    if (!isLink(directory) && existsSync(join(directory, '.git'))) return directory;
    if (dirname(directory) === directory) return undefined;
  }
}

function boundFor(directory: string): Bound {
  const repository = repositoryRoot(directory);
  const root = repository ?? directory;
  return { root: realPath(root) ?? resolve(root), repository: repository !== undefined };
}

function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (rest.split(sep)[0] !== '..' && !isAbsolute(rest));
}

function leadingOut(path: string, target: string, bound: Bound): UsageError {
  return bound.repository
    ? new UsageError({ ja: `リポジトリの外へのリンクはたどりません: ${path} → ${target}`, en: `a link to outside the repository is not followed: ${path} -> ${target}` })
    : new UsageError({ ja: `指定したフォルダの外へのリンクはたどりません: ${path} → ${target}`, en: `a link to outside the folder given is not followed: ${path} -> ${target}` });
}

/** Why `path` must not be read: it resolves (through links) outside `bound`; undefined when it may. */
function outsideBound(path: string, bound: Bound): UsageError | undefined {
  const real = realPath(path);
  return real === undefined || isInside(bound.root, real) ? undefined : leadingOut(path, real, bound);
}

function sortedEntries(directory: string): Dirent[] {
  return readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type Kind = 'directory' | 'file' | 'other' | 'missing';

/** What a directory entry is, following a symbolic link (or an entry whose type the listing left unknown). */
function kindOf(path: string, entry: Dirent): Kind {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (!entry.isSymbolicLink() && (entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice())) return 'other';
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/** Ledgers under `directory`, in name order, each a file to read or a finding for what went wrong.
 * Symbolic links are followed within `bound` (a link leading out is a finding, never a read); a folder
 * already walked (same device and inode: a link loop, or two links to one folder) is not walked again. */
function walk(directory: string, visited: Set<string>, bound: Bound): Input[] {
  let entries: Dirent[];
  try {
    const stats = statSync(directory);
    const id = `${stats.dev}:${stats.ino}`;
    if (visited.has(id)) return [];
    visited.add(id);
    entries = sortedEntries(directory);
  } catch {
    return [failedInput(directory, unreadableDirectory(directory))]; // no permission, or gone since listed
  }
  return entries.flatMap((entry) => walkEntry(join(directory, entry.name), entry, visited, bound));
}

function walkEntry(path: string, entry: Dirent, visited: Set<string>, bound: Bound): Input[] {
  if (isSkippedName(entry.name)) return [];
  const kind = kindOf(path, entry);
  if (kind !== 'directory' && !isLedgerFileName(entry.name)) {
    const spreadsheet = spreadsheetKind(entry.name);
    return spreadsheet ? [spreadsheetInput(path, spreadsheet)] : []; // a spreadsheet never vanishes without a word
  }
  const outside = entry.isSymbolicLink() ? outsideBound(path, bound) : undefined;
  if (outside) return [failedInput(path, outside)];
  if (kind === 'directory') return walk(path, visited, bound);
  if (kind === 'other') return [failedInput(path, notRegular(path))];
  // A dangling link to a ledger is kept: reading it says what is wrong.
  if (kind === 'missing') return [fileInput(path)];
  return YAML_EXTENSION.test(entry.name) && isOtherYamlFile(path, readLedgerFile) ? [] : [fileInput(path)];
}

function notFound(path: string): UsageError {
  return new UsageError({ ja: `ファイルが見つかりません: ${path}`, en: `file not found: ${path}` });
}

/** What one command-line argument names; `named` when it is a file (or stdin), not a folder's walk. */
interface Expanded {
  inputs: Input[];
  named: boolean;
}

function expand(argument: string, stdinName: string, readStdin: (limit: number) => Buffer): Expanded {
  if (argument === '-') {
    return { inputs: [{ name: stdinName, read: () => readStdinWithin(stdinName, readStdin) }], named: true };
  }
  let stats;
  try {
    stats = statSync(argument);
  } catch {
    throw notFound(argument); // a name mistyped on the command line is a usage error, exit 2
  }
  if (stats.isDirectory()) return { inputs: expandDirectory(argument), named: false };
  if (!stats.isFile()) return { inputs: [failedInput(argument, notRegular(argument))], named: true };
  // A file named inside a repository is read only if it is in it (a committed link may lead anywhere).
  const repository = repositoryRoot(dirname(argument));
  const outside = repository === undefined ? undefined : outsideBound(argument, boundFor(repository));
  return { inputs: [outside ? failedInput(argument, outside) : fileInput(argument)], named: true };
}

function expandDirectory(argument: string): Input[] {
  const bound = boundFor(argument);
  const outside = outsideBound(argument, bound);
  if (outside) return [failedInput(argument, outside)];
  const inputs = walk(argument, new Set(), bound);
  if (inputs.length === 0) {
    throw new UsageError({ ja: `ディレクトリに台帳（*.yaml, *.yml, *.xlsx）がありません: ${argument}`, en: `no ledgers (*.yaml, *.yml, *.xlsx) in directory: ${argument}` });
  }
  return inputs;
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
  if (input.failure) return isLedgerName(input.name) ? [input] : []; // never read a link leading out
  if (input.path !== undefined) return isLedgerName(input.path) && !isOtherYamlFile(input.path, readLedgerFile) ? [input] : [];
  if (options.stdinNamed && !isLedgerName(input.name)) return [];
  const bytes = input.read();
  return isOtherYamlBytes(bytes) ? [] : [{ ...input, read: () => bytes }];
}

export function resolveInputs(argumentsGiven: readonly string[], stdinName: string, readStdin: (limit: number) => Buffer, options: InputOptions = {}): Input[] {
  return argumentsGiven.flatMap((argument) => {
    const { inputs, named } = expand(argument, stdinName, readStdin);
    return options.skipNonLedgers && named ? asWalkWouldTake(inputs[0]!, options) : inputs;
  });
}
