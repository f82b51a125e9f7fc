// Temporary folders that a test file removes when it is done: `const temp = tempDirs();` at the top of a
// file or a describe (it registers the afterAll there), then `temp.make('dokodemo-x-')` anywhere in it.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDirs {
  make(prefix: string): string;
  /** A folder made elsewhere (a snapshot), removed with the rest. */
  add(directory: string): string;
  /** A new folder (its real path) holding `files`, named relative to it (`a/b.yaml` makes `a/`). */
  withFiles(prefix: string, files: Record<string, string | Uint8Array>): string;
}

export function tempDirs(): TempDirs {
  const made: string[] = [];
  afterAll(() => {
    // Symbolic links in them (a linked node_modules) are removed, never followed.
    for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
  });
  const make = (prefix: string) => {
    const directory = mkdtempSync(join(tmpdir(), prefix));
    made.push(directory);
    return directory;
  };
  return {
    make,
    add: (directory) => {
      made.push(directory);
      return directory;
    },
    withFiles: (prefix, files) => {
      const root = realpathSync(make(prefix));
      for (const [name, content] of Object.entries(files)) {
        mkdirSync(join(root, name, '..'), { recursive: true });
        writeFileSync(join(root, name), content);
      }
      return root;
    },
  };
}

/** Runs `run` from `folder`, as a shell there would (relative names are read from it), then comes back. */
export function inFolder<T>(folder: string, run: () => T): T {
  const before = process.cwd();
  process.chdir(folder);
  try {
    return run();
  } finally {
    process.chdir(before);
  }
}
