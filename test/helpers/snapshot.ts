// This checkout as a fresh repository of its own (tracked and new files from the working tree, one
// commit), for installing it the ways users do: from a git URL, through pre-commit, or packed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.jp',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.jp',
  GIT_CONFIG_NOSYSTEM: '1',
};

export interface Snapshot {
  directory: string;
  commit: string;
}

export function snapshotRepository(): Snapshot {
  const directory = mkdtempSync(join(tmpdir(), 'dokodemo-snapshot-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    if (!existsSync(file)) continue; // deleted in the working tree
    mkdirSync(join(directory, dirname(file)), { recursive: true });
    copyFileSync(file, join(directory, file));
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: directory, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'snapshot');
  return { directory, commit: git('rev-parse', 'HEAD') };
}

/** Removes a temporary tree; symbolic links in it (a linked node_modules) are removed, never followed. */
export function removeTree(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
}
