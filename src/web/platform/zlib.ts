// node:zlib's raw inflate for the page (zip-guard.ts inflates each workbook part itself), with pako,
// which exceljs's zip reader already brings: swapped in for node:zlib by scripts/build-web.js.
import { Buffer } from 'buffer';

interface PakoInflate {
  push(data: Uint8Array, finish: boolean): boolean;
  onData(chunk: Uint8Array): void;
  err: number;
  msg: string;
  ended: boolean;
}

const pako = () => require('pako') as { Inflate: new (options: { raw: boolean }) => PakoInflate };

function failure(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

/** As Node's: the bytes, or an error (code ERR_BUFFER_TOO_LARGE past maxOutputLength; any other when damaged or cut short). */
export function inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Buffer {
  const inflater = new (pako().Inflate)({ raw: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  inflater.onData = (chunk) => {
    size += chunk.length;
    // Stops pako at once: a zip bomb is never expanded further than its declared size.
    if (size > options.maxOutputLength) throw failure('Cannot create a Buffer larger than maxOutputLength', 'ERR_BUFFER_TOO_LARGE');
    chunks.push(chunk);
  };
  // Not "finish": then pako ends only at the stream's real end, and a cut-short stream stays open.
  inflater.push(data, false);
  if (inflater.err) throw failure(inflater.msg || `inflate error ${inflater.err}`);
  if (!inflater.ended) throw failure('unexpected end of file');
  return Buffer.concat(chunks, size);
}
