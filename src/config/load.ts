// Finds and reads .dokodemo-check.yaml: -c names it, else the nearest one from the working directory
// upward, stopping at the repository root (a directory holding .git).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors';
import { decodeLedger } from '../load/decode';
import { parseLedger } from '../load/parse';
import type { Config } from './types';
import { validateConfig } from './validate';

export const CONFIG_FILE_NAME = '.dokodemo-check.yaml';

export function findConfigFile(startDirectory: string): string | undefined {
  for (let directory = resolve(startDirectory); ; directory = dirname(directory)) {
    const candidate = join(directory, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(directory, '.git')) || dirname(directory) === directory) return undefined;
  }
}

/** A configuration is a few lines; anything larger is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

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

/** UTF-8 text, as ledgers must be; other encodings get the ledger's advice. */
function readConfigText(file: string): string {
  const decoded = decodeLedger(readConfigBytes(file));
  if (decoded.ok) return decoded.text;
  throw new UsageError({
    ja: `設定ファイル ${file} を読めません: ${decoded.message.ja}`,
    en: `cannot read the configuration file ${file}: ${decoded.message.en}`,
  });
}

/** The same YAML reading as ledgers: YAML 1.2 core, duplicate keys refused, aliases limited. */
function parseConfig(file: string, text: string): unknown {
  const parsed = parseLedger(text);
  if (parsed.ok) return parsed.ledger.value;
  const { position, message } = parsed.problems[0]!;
  const at = `${position.line}:${position.column}`;
  throw new UsageError({
    ja: `設定ファイル ${file} の YAML に誤りがあります: ${at} ${message.ja}`,
    en: `the configuration file ${file} is not valid YAML: ${at} ${message.en}`,
  });
}

export function loadConfigFile(file: string): Config {
  const { config, problems } = validateConfig(parseConfig(file, readConfigText(file)));
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? problems.length - 1 : 0;
    throw new UsageError({
      ja: `設定ファイル ${file}: ${first.ja}${more ? `（ほか ${more} 件）` : ''}`,
      en: `configuration file ${file}: ${first.en}${more ? ` (and ${more} more)` : ''}`,
    });
  }
  return { ...config, file };
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
