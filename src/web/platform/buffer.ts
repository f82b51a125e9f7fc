// node:buffer for the page (scripts/build-web.js swaps it in): the buffer package's Buffer, which the
// build also gives the bundle for the global `Buffer`, and isUtf8 by the browser's strict decoder.
export { Buffer } from 'buffer';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
