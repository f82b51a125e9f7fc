// Strict UTF-8 decoding, the one platform-specific step of reading a ledger: Node's Buffer here; the
// offline page's build swaps in src/web/platform/utf8.ts (TextDecoder), as browsers have no Buffer.
import { isUtf8 } from 'node:buffer';

/** The text of valid UTF-8 bytes, a BOM kept; undefined when the bytes are not UTF-8. */
export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  // Buffer's decoder is several times faster than TextDecoder on large files.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
