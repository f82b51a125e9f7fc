// --output: never onto a ledger being checked (whatever its spelling), and never half a report.
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors';
import type { Input } from './inputs';

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path); // follows links: a symlink, a folder link or /proc/self/cwd name their target
  } catch {
    return undefined;
  }
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/** The tool never writes a ledger: refuse an --output that is one of the inputs, compared by identity. */
export function guardOutput(output: string | undefined, inputs: readonly Input[], cwd: string): void {
  if (output === undefined) return;
  const target = statOrUndefined(resolve(cwd, output));
  const clashes = inputs.some((input) => {
    if (input.path === undefined) return false;
    if (resolve(cwd, input.path) === resolve(cwd, output)) return true;
    const ledger = target && statOrUndefined(resolve(cwd, input.path));
    return ledger !== undefined && sameFile(ledger, target!);
  });
  if (clashes) {
    throw new UsageError({ ja: `--output に確認対象の台帳 ${output} は指定できません`, en: `--output must not be one of the ledgers being checked (${output})` });
  }
}

function cannotWrite(file: string): UsageError {
  return new UsageError({ ja: `レポートを書き込めません: ${file}`, en: `cannot write the report to ${file}` });
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** A device or FIFO (`-o /dev/stdout`) is written as it is: renaming over it would replace it. */
function writeInPlace(file: string, text: string): void {
  const fd = openSync(file, 'w');
  try {
    writeAll(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** Through a temporary file in the same folder, then renamed: a failed write leaves the old file or none. */
function writeReplacing(target: string, text: string): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o666);
    try {
      writeAll(fd, text);
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

export function writeReport(file: string, text: string, cwd: string): void {
  const path = resolve(cwd, file);
  try {
    const existing = statOrUndefined(path);
    if (existing && !existing.isFile()) writeInPlace(path, text);
    // An existing link is kept: the report replaces the file it points to.
    else writeReplacing(existing ? realpathSync(path) : path, text);
  } catch {
    throw cannotWrite(file);
  }
}
