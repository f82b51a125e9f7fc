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

/** The first `size` bytes of a regular file, or undefined when it cannot be read (the check will say why). */
function firstBytes(path: string, size: number): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(descriptor).isFile()) return undefined;
    const buffer = Buffer.allocUnsafe(size);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, size, 0));
  }
  // Stryker disable next-line BlockStatement: an empty catch answers undefined, as this one does
  catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

// Stryker disable next-line ArrowFunction: a shortcut only: isOtherYamlText tests the same pattern before it parses
const hasLedgerKey = (bytes: Buffer) => LEDGER_KEY_LINE.test(bytes.toString('utf8'));

/** For a file found by a walk: a ledger key in its first 4 KB keeps it (a ledger's first key is in its
 * first lines: 2,000 ledgers read 4 KB each), then in its first 64 KB, without reading the rest. */
export function isOtherYamlFile(path: string, readWhole: (path: string) => Buffer): boolean {
  const look = firstBytes(path, FIRST_LOOK_BYTES);
  if (look === undefined || hasLedgerKey(look)) return false;
  const start = look.length < FIRST_LOOK_BYTES ? look : firstBytes(path, HEAD_BYTES);
  if (start === undefined || (start !== look && hasLedgerKey(start))) return false;
  try {
    return isOtherYamlBytes(start.length < HEAD_BYTES ? start : readWhole(path));
  } catch {
    return false; // too large or unreadable: checking it says so
  }
}
