// The browser's strict UTF-8 decoding, swapped in for src/load/utf8.ts by scripts/build-web.js.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of valid UTF-8 bytes, a BOM kept (as Node's Buffer keeps it); undefined when not UTF-8. */
export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  }
  // Stryker disable next-line BlockStatement: an empty catch block returns undefined too
  catch {
    return undefined;
  }
}
