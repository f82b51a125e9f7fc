// Writing a file the user named (init, convert, check -o): never over an existing name without --force
// (check -o replaces its report), never over one of the command's own inputs (the same file reached by
// another spelling, a symbolic or a hard link counts), and through a temporary file in the same folder
// renamed into place, so that a failed write leaves the old file whole. The rename replaces a symbolic
// link at that name, never the file it points to: a link committed to a repository (an untrusted pull
// request) must not turn a report or a starter ledger into a write anywhere else.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors';

export interface OutputOptions {
  force?: boolean;
  /** Files the command reads; the output must not be one of them. */
  inputs?: readonly string[];
}

/** The device and inode of an existing file (links followed), else undefined. */
function identity(path: string): string | undefined {
  try {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: identities as bigints matter only for inode numbers past 2^53, which no file system the tests run on gives
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  }
  // Stryker disable next-line BlockStatement: an empty catch answers undefined, as this one does
  catch {
    return undefined;
  }
}

/** Whether anything has this name: a file, a folder, or a link (a dangling one too). */
function nameTaken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  }
  // Stryker disable next-line BlockStatement: an empty catch answers undefined, which the caller reads as false
  catch {
    return false;
  }
}

export function checkOutput(target: string, shownName: string, options: OutputOptions): void {
  if (!nameTaken(target)) return;
  const existing = identity(target);
  // Stryker disable next-line ArrayDeclaration: a list for no inputs holding a name instead compares it with a file that is not there (undefined identity), as none
  if (existing !== undefined && (options.inputs ?? []).some((input) => identity(input) === existing)) {
    throw new UsageError({
      ja: `${shownName} は入力と同じファイルです。別の出力先を指定してください`,
      en: `${shownName} is the input file itself; name another output`,
    });
  }
  if (!options.force) {
    throw new UsageError({
      ja: `${shownName} はすでにあります。上書きする場合は --force を付けてください`,
      en: `${shownName} already exists; use --force to overwrite it`,
    });
  }
}

function writeAll(fd: number, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  // Stryker disable next-line ArithmeticOperator: the length asked for after a partial write; a regular file or a blocking pipe takes every byte in the first write, so `at` is 0 there
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** `target` becomes a new file holding `content`: written beside it, then renamed over the name, so a
 * link there is replaced and its target left alone. Throws the system's error; no temporary file stays. */
export function replaceFile(target: string, content: string | Uint8Array): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o666);
    try {
      writeAll(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or already renamed
    }
    throw error;
  }
}

/** A device or FIFO (`-o /dev/stdout`) is written as it is: renaming over it would replace it. */
export function writeInPlace(file: string, content: string | Uint8Array): void {
  const fd = openSync(file, 'w');
  try {
    writeAll(fd, content);
  } finally {
    closeSync(fd);
  }
}

export function writeOutput(target: string, shownName: string, content: string | Uint8Array, options: OutputOptions): void {
  checkOutput(target, shownName, options);
  try {
    replaceFile(target, content);
  } catch {
    throw new UsageError({ ja: `${shownName} に書き込めません`, en: `cannot write ${shownName}` });
  }
}
