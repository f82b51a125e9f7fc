// --output: never onto a ledger being checked (whatever its spelling), never half a report, and never
// through a link at that name (output-file.ts writes every file the tool writes).
import { lstatSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors';
import type { Input } from './inputs';
import { replaceFile, writeInPlace } from './output-file';

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path); // follows links: a symlink, a folder link or /proc/self/cwd name their target
  }
  // Stryker disable next-line BlockStatement: an empty catch answers undefined, as this one does
  catch {
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

/** A stream the caller opened (`-o /dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`) or a FIFO or device made
 * at that name: written in place. A regular file, a folder or a link at the name is replaced instead. */
function writesInPlace(path: string): boolean {
  if (/^\/(dev|proc)\//.test(path)) return true;
  const entry = lstatOrUndefined(path);
  return entry !== undefined && !entry.isFile() && !entry.isDirectory() && !entry.isSymbolicLink();
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  }
  // Stryker disable next-line BlockStatement: an empty catch answers undefined, as this one does
  catch {
    return undefined;
  }
}

/** The report replaces whatever has the name: a link there (committed to the repository, say) is
 * replaced by the report, and what it pointed to is left alone. */
export function writeReport(file: string, text: string | Uint8Array, cwd: string): void {
  const path = resolve(cwd, file);
  try {
    if (writesInPlace(path)) writeInPlace(path, text);
    else replaceFile(path, text);
  } catch {
    throw cannotWrite(file);
  }
}
