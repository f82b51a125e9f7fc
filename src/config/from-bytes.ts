// A configuration's bytes → the validated configuration: no file system here, so that the offline page
// (which gets the bytes from a file chooser) reads configurations exactly as the CLI does.
import { UsageError } from '../errors';
import { decodeLedger } from '../load/decode';
import { parseLedger } from '../load/parse';
import type { Config } from './types';
import { validateConfig } from './validate';

/** A configuration is a few lines; anything larger is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** UTF-8 text, as ledgers must be; other encodings get the ledger's advice. */
function configText(file: string, bytes: Uint8Array): string {
  const decoded = decodeLedger(bytes);
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

/** A configuration file's bytes → the validated configuration, or a UsageError naming the file. */
export function configFromBytes(file: string, bytes: Uint8Array): Config {
  const { config, problems } = validateConfig(parseConfig(file, configText(file, bytes)));
  const first = problems[0];
  if (first) {
    const more = problems.length - 1;
    throw new UsageError({
      ja: `設定ファイル ${file}: ${first.ja}${more ? `（ほか ${more} 件）` : ''}`,
      en: `configuration file ${file}: ${first.en}${more ? ` (and ${more} more)` : ''}`,
    });
  }
  return { ...config, file };
}
