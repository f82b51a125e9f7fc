// Which YAML files a walk (or --skip-non-ledgers) leaves out: another tool's file, recognised by a
// top-level mapping with none of the ledger's top-level keys (a GitHub workflow, .pre-commit-config.yaml,
// .dokodemo-check.yaml). A file that does not decode or parse is kept: it may be a broken ledger.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeLedger } from '../load/decode';
import { parseLedger } from '../load/parse';

/** The ledger's top-level keys (schemas/ledger.schema.json; `note` alone says nothing). */
export const LEDGER_TOP_LEVEL_KEYS: readonly string[] = ['version', 'facility', 'devices', 'users', 'incidents', 'exceptions'];

/** A ledger key at the start of a line near the top: the common case, decided without parsing. */
const LEDGER_KEY_LINE = new RegExp(`^(?:\\uFEFF)?(?:${LEDGER_TOP_LEVEL_KEYS.join('|')})[ \\t]*:`, 'm');
const HEAD_BYTES = 64 * 1024;
/** A ledger's first key is in its first lines: 2,000 ledgers read 4 KB each, not 64 KB, to be kept. */
const FIRST_LOOK_BYTES = 4 * 1024;

/** Whether `text` is YAML whose top level is a mapping without any of the ledger's keys. */
function isOtherYamlText(text: string): boolean {
  if (LEDGER_KEY_LINE.test(text)) return false;
  const parsed = parseLedger(text);
  if (!parsed.ok) return false;
  const value = parsed.ledger.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return !LEDGER_TOP_LEVEL_KEYS.some((key) => Object.prototype.hasOwnProperty.call(value, key));
}

/** The same, for bytes: undecodable bytes are kept for the check to report. */
export function isOtherYamlBytes(bytes: Uint8Array): boolean {
  const decoded = decodeLedger(bytes);
  return decoded.ok && isOtherYamlText(decoded.text);
}

/** The first bytes of a regular file (its first 4 KB, or 64 KB when they hold no ledger key), or undefined
 * when it cannot be read (the check will say why). */
function head(path: string): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(descriptor).isFile()) return undefined;
    const first = Buffer.allocUnsafe(FIRST_LOOK_BYTES);
    const look = first.subarray(0, readSync(descriptor, first, 0, FIRST_LOOK_BYTES, 0));
    if (look.length < FIRST_LOOK_BYTES || LEDGER_KEY_LINE.test(look.toString('utf8'))) return look;
    const buffer = Buffer.allocUnsafe(HEAD_BYTES);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, HEAD_BYTES, 0));
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** For a file found by a walk: a ledger key near the top keeps it without reading the rest. */
export function isOtherYamlFile(path: string, readWhole: (path: string) => Buffer): boolean {
  const start = head(path);
  if (start === undefined || LEDGER_KEY_LINE.test(start.toString('utf8'))) return false;
  try {
    return isOtherYamlBytes(start.length < HEAD_BYTES ? start : readWhole(path));
  } catch {
    return false; // too large or unreadable: checking it says so
  }
}
