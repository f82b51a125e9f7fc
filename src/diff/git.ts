// A ledger as a git revision (or the index) holds it: `git cat-file` run in the ledger's own folder, so
// the repository is the one holding that file, and `<rev>:./name` names it relative to that folder.
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { UsageError } from '../errors';
import { MAX_LEDGER_BYTES } from '../load/limits';

const GIT_OPTIONS = { encoding: 'buffer' as const, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'], maxBuffer: MAX_LEDGER_BYTES + 1024 };

function git(folder: string, args: readonly string[]): Buffer {
  return execFileSync('git', args, { ...GIT_OPTIONS, cwd: folder });
}

function gitMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

const noGit = new UsageError({ ja: 'git コマンドが見つかりません（--git と --baseline-git には git が必要です）', en: 'git was not found (--git and --baseline-git need git)' });

/** The commit a revision names, checked in the folder's repository; a UsageError when there is none. */
export function verifyRevision(folder: string, revision: string): string {
  if (revision === '' || revision.startsWith('-') || /[\0\n]/.test(revision)) {
    throw new UsageError({ ja: `git のリビジョンとして使えません: ${revision}`, en: `not a git revision: ${revision}` });
  }
  try {
    git(folder, ['rev-parse', '--show-toplevel']);
  } catch (error) {
    if (gitMissing(error)) throw noGit;
    throw new UsageError({ ja: `git リポジトリの中にありません: ${folder}`, en: `not inside a git repository: ${folder}` });
  }
  try {
    return git(folder, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).toString('utf8').trim();
  } catch {
    throw new UsageError({
      ja: `git のリビジョン ${revision} が見つかりません（CI の浅い clone なら fetch-depth: 0 にするか、そのリビジョンを fetch してください）`,
      en: `git revision ${revision} not found (in a shallow CI clone, use fetch-depth: 0 or fetch that revision)`,
    });
  }
}

/** What a file was at a commit (or, for `staged`, what the index holds), or undefined when it was not there. */
export function readAtRevision(path: string, commit: string | 'staged'): Buffer | undefined {
  const name = basename(path);
  return readBlob(dirname(path), commit === 'staged' ? `:./${name}` : `${commit}:./${name}`, path);
}

function readBlob(folder: string, spec: string, path: string): Buffer | undefined {
  try {
    const size = Number(git(folder, ['cat-file', '-s', spec]).toString('utf8').trim());
    if (size > MAX_LEDGER_BYTES) {
      throw new UsageError({ ja: `${path} のそのリビジョンの内容が大きすぎます（${size} バイト）`, en: `${path} at that revision is too large (${size} bytes)` });
    }
    return git(folder, ['cat-file', 'blob', spec]);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (gitMissing(error)) throw noGit;
    return undefined; // not in that revision (a new file), or not in the index
  }
}

/** A repository's files renamed since a commit, as git finds them (`git diff -M`, the commit against the
 * working tree): each file's path now → its path then, both from the repository's top folder. */
export interface Renames {
  top: string;
  from: ReadonlyMap<string, string>;
}

/** The top folder of the repository holding `folder` (verifyRevision found one). */
export function topOf(folder: string): string {
  return git(folder, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
}

export function renamesSince(top: string, commit: string): Renames {
  const fields = git(top, ['diff', '-z', '--name-status', '-M', commit, '--']).toString('utf8').split('\0');
  const from = new Map<string, string>();
  // Each change is its status and one path, or for a rename (R) or copy (C) two: the path then, the path now.
  for (let at = 0; at + 1 < fields.length; ) {
    const status = fields[at]!;
    const paired = status.startsWith('R') || status.startsWith('C');
    if (status.startsWith('R')) from.set(fields[at + 2]!, fields[at + 1]!);
    at += paired ? 3 : 2;
  }
  return { top, from };
}

/** What a renamed file was at a commit, under its name then (`renames` from renamesSince). */
export function readRenamedAtRevision(path: string, realPath: string, commit: string, renames: Renames): Buffer | undefined {
  const relative = realPath.startsWith(`${renames.top}/`) ? realPath.slice(renames.top.length + 1) : undefined;
  const before = relative === undefined ? undefined : renames.from.get(relative);
  return before === undefined ? undefined : readBlob(renames.top, `${commit}:${before}`, path);
}

/** The folder a file is in, for verifyRevision. */
export function folderOf(path: string): string {
  return dirname(path);
}
