// Reads and validates a .dokodemo-check.yaml (which one applies to a ledger: ./lookup.ts).
import { statSync } from 'node:fs';
import { readLedgerFile } from '../load/read-file';
import { UsageError } from '../errors';
import { configFromBytes, MAX_CONFIG_BYTES } from './from-bytes';
import type { Config } from './types';

export const CONFIG_FILE_NAME = '.dokodemo-check.yaml';

function readConfigBytes(file: string): Buffer {
  try {
    const stats = statSync(file);
    // A FIFO or device would block the read; a huge file is not a configuration. Read as ledgers are:
    // opened non-blocking and checked again on the descriptor (a FIFO put in its place meanwhile).
    if (stats.isFile() && stats.size <= MAX_CONFIG_BYTES) return readLedgerFile(file);
  } catch {
    // fall through to the one message
  }
  throw new UsageError({ ja: `設定ファイル ${file} を読めません`, en: `cannot read the configuration file ${file}` });
}

export function loadConfigFile(file: string): Config {
  return configFromBytes(file, readConfigBytes(file));
}
