// Writing a file the user named (init, convert): never over an existing file without --force, never
// over one of the command's own inputs (the same file reached by another spelling, a symbolic or a
// hard link counts), and through a temporary file in the same folder renamed into place, so that a
// failed write leaves the old file whole.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

export function checkOutput(target: string, shownName: string, options: OutputOptions): void {
  const existing = identity(target);
  if (existing === undefined) return;
  if ((options.inputs ?? []).some((input) => identity(input) === existing)) {
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

export function writeOutput(target: string, shownName: string, content: string | Uint8Array, options: OutputOptions): void {
  checkOutput(target, shownName, options);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, target);
  } catch {
    rmSync(temporary, { force: true });
    throw new UsageError({ ja: `${shownName} に書き込めません`, en: `cannot write ${shownName}` });
  }
}
