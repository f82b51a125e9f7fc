// Finds and reads .dokodemo-check.yaml: -c names it, else the nearest one from the working directory
// upward, stopping at the repository root (a directory holding .git).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors';
import { configFromBytes, MAX_CONFIG_BYTES } from './from-bytes';
import type { Config } from './types';

export const CONFIG_FILE_NAME = '.dokodemo-check.yaml';

export function findConfigFile(startDirectory: string): string | undefined {
  for (let directory = resolve(startDirectory); ; directory = dirname(directory)) {
    const candidate = join(directory, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(directory, '.git')) || dirname(directory) === directory) return undefined;
  }
}

function readConfigBytes(file: string): Buffer {
  try {
    const stats = statSync(file);
    // A FIFO or device would block the read; a huge file is not a configuration.
    if (stats.isFile() && stats.size <= MAX_CONFIG_BYTES) return readFileSync(file);
  } catch {
    // fall through to the one message
  }
  throw new UsageError({ ja: `設定ファイル ${file} を読めません`, en: `cannot read the configuration file ${file}` });
}

export function loadConfigFile(file: string): Config {
  return configFromBytes(file, readConfigBytes(file));
}

/** The configuration named by -c, else the one found upward, else the defaults. */
export function resolveConfig(explicitFile: string | undefined, workingDirectory: string): Config {
  if (explicitFile !== undefined) {
    if (!existsSync(explicitFile)) {
      throw new UsageError({ ja: `設定ファイル ${explicitFile} が見つかりません`, en: `configuration file ${explicitFile} not found` });
    }
    return loadConfigFile(explicitFile);
  }
  const found = findConfigFile(workingDirectory);
  return found ? loadConfigFile(found) : { rules: {} };
}
