// Temporary folders that a test file removes when it is done: `const temp = tempDirs();` at the top of a
// file or a describe (it registers the afterAll there), then `temp.make('dokodemo-x-')` anywhere in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDirs {
  make(prefix: string): string;
  /** A folder made elsewhere (a snapshot), removed with the rest. */
  add(directory: string): string;
}

export function tempDirs(): TempDirs {
  const made: string[] = [];
  afterAll(() => {
    // Symbolic links in them (a linked node_modules) are removed, never followed.
    for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
  });
  return {
    make: (prefix) => {
      const directory = mkdtempSync(join(tmpdir(), prefix));
      made.push(directory);
      return directory;
    },
    add: (directory) => {
      made.push(directory);
      return directory;
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
