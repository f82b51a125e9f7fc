// Which .dokodemo-check.yaml applies to a ledger: -c for every ledger, else the nearest one from the
// ledger's own folder upward. The search stops at a repository root (a folder holding .git), at the
// user's home folder and at the file system's root, and never trusts a folder or file that anyone may
// write to (a shared /tmp must not turn a failing ledger green): such a file is ignored with a warning.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors';
import type { Bilingual } from '../types';
import { CONFIG_FILE_NAME, loadConfigFile } from './load';
import type { Config } from './types';

const DEFAULTS: Config = { rules: {} };

/** Writable by anyone (the "other" write bit), sticky or not. */
function writableByAnyone(path: string): boolean {
  try {
    return (statSync(path).mode & 0o002) !== 0;
  }
  // (Here, not inside the try block, so that Stryker reads it as the catch clause's own comment.)
  // Stryker disable next-line BlockStatement: an empty catch answers undefined, which every caller reads as false
  catch {
    return false;
  }
}

export type Found = { file: string } | { ignored: string; why: Bilingual } | undefined;

function ignored(file: string, folder: boolean): Found {
  const why = folder
    ? { ja: '誰でも書き込めるフォルダにあるため使いません', en: 'anyone can write to its folder, so it is not used' }
    : { ja: '誰でも書き込めるファイルのため使いません', en: 'anyone can write to it, so it is not used' };
  return { ignored: file, why };
}

/** The nearest configuration file from `start` upward, as an absolute path (see the file's comment). */
export function findConfigFrom(start: string, home: string = homedir()): Found {
  for (let directory = resolve(start); ; directory = dirname(directory)) {
    const candidate = join(directory, CONFIG_FILE_NAME);
    const present = existsSync(candidate);
    if (writableByAnyone(directory)) return present ? ignored(candidate, true) : undefined;
    if (present) return writableByAnyone(candidate) ? ignored(candidate, false) : { file: candidate };
    const last = existsSync(join(directory, '.git')) || directory === home || dirname(directory) === directory;
    if (last) return undefined;
  }
}

export interface ConfigLookup {
  /** The configuration for a ledger at `path` (as given), or for standard input when undefined. */
  forLedger(path: string | undefined): Config;
}

export interface LookupOptions {
  /** -c: one file for every ledger. */
  explicitFile?: string;
  cwd: string;
  /** Where a ledger read from standard input is taken to be (--stdin-filename), if known. */
  stdinName?: string;
  home?: string;
  warn(message: Bilingual): void;
}

function explicitConfig(file: string): Config {
  if (!existsSync(file)) throw new UsageError({ ja: `設定ファイル ${file} が見つかりません`, en: `configuration file ${file} not found` });
  return loadConfigFile(file);
}

/** Looks up and loads configurations, each folder's search and each file's load done once. */
export function configLookup(options: LookupOptions): ConfigLookup {
  if (options.explicitFile !== undefined) {
    const config = explicitConfig(options.explicitFile);
    return { forLedger: () => config };
  }
  const foundIn = new Map<string, string | undefined>();
  const loaded = new Map<string, Config>();
  const warned = new Set<string>();

  const find = (directory: string): string | undefined => {
    if (foundIn.has(directory)) return foundIn.get(directory);
    const found = findConfigFrom(directory, options.home);
    if (found && 'ignored' in found && !warned.has(found.ignored)) {
      warned.add(found.ignored);
      options.warn({ ja: `設定ファイル ${found.ignored} は${found.why.ja}`, en: `the configuration file ${found.ignored}: ${found.why.en}` });
    }
    const file = found && 'file' in found ? found.file : undefined;
    foundIn.set(directory, file);
    return file;
  };

  /** Shown as the ledger's own path is: relative to the working directory unless given absolute. */
  const load = (file: string, absoluteName: boolean): Config => {
    let config = loaded.get(file);
    if (!config) loaded.set(file, (config = loadConfigFile(file)));
    return { ...config, file: absoluteName ? file : relative(options.cwd, file) };
  };

  return {
    forLedger(path) {
      const name = path ?? options.stdinName;
      const directory = name === undefined ? options.cwd : dirname(resolve(options.cwd, name));
      const file = find(directory);
      return file === undefined ? DEFAULTS : load(file, name !== undefined && isAbsolute(name));
    },
  };
}
