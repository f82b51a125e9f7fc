// A workbook read synchronously, as the CLI reads every ledger: on the calling thread, since the zip
// guard and the reader (sheets.ts) are synchronous and bounded (no worker thread, no time limit needed).
import type { ParsedLedger } from '../load/parse';
export { withWorkbookHint } from './messages';
import { readWorkbookOrThrowSync } from './read';

/** A workbook's bytes → the parsed ledger (value and cells); a UsageError (exit 2) when it cannot be read. */
export function readWorkbookSync(bytes: Uint8Array, name: string): ParsedLedger {
  return readWorkbookOrThrowSync(bytes, name);
}
