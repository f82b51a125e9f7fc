// Bytes → text. Ledgers must be UTF-8 (a BOM is fine); anything else gets a message saying how to fix it.
import type { Bilingual, MessageData } from '../types';

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; text: string; offset: number; message: Bilingual; data: MessageData };

const SAVE_AS_UTF8: Bilingual = {
  ja: 'テキストエディタやメモ帳で開き「UTF-8」を指定して保存し直してください（Excel では「CSV UTF-8」ではなく、テキストとして保存）',
  en: 'Open it in a text editor and save it again with the encoding "UTF-8"',
};

function notUtf8(text: string, offset: number, encoding: Bilingual): Decoded {
  return {
    ok: false,
    text,
    offset,
    message: {
      ja: `ファイルが UTF-8 ではありません（${encoding.ja}）。${SAVE_AS_UTF8.ja}`,
      en: `The file is not UTF-8 (${encoding.en}). ${SAVE_AS_UTF8.en}`,
    },
    data: {},
  };
}

function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  // ASCII text in UTF-16 without a BOM has a NUL in every other byte.
  const sample = bytes.subarray(0, 200);
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  return sample.length >= 4 && nuls * 3 >= sample.length;
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false; // invalid in that encoding, or the encoding is not available in this Node build
  }
}

/** Where the first undecodable byte shows, as an offset into the leniently decoded text. */
function firstInvalidUtf8(bytes: Uint8Array): { text: string; offset: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, offset: Math.max(0, text.indexOf('\uFFFD')) };
}

function guessEncoding(bytes: Uint8Array): Bilingual {
  if (decodes(bytes, 'shift_jis')) return { ja: 'Shift_JIS で保存されているようです', en: 'it looks like Shift_JIS' };
  if (decodes(bytes, 'euc-jp')) return { ja: 'EUC-JP で保存されているようです', en: 'it looks like EUC-JP' };
  return { ja: '文字コードを判別できません', en: 'the encoding could not be recognised' };
}

export function decodeLedger(bytes: Uint8Array): Decoded {
  if (looksUtf16(bytes)) {
    return notUtf8('', 0, { ja: 'UTF-16 で保存されているようです', en: 'it looks like UTF-16' });
  }
  try {
    // TextDecoder drops a leading UTF-8 BOM.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const { text, offset } = firstInvalidUtf8(bytes);
    return notUtf8(text, offset, guessEncoding(bytes));
  }
}
