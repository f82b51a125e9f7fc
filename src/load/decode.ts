// Bytes → text. Ledgers must be UTF-8 (a BOM is fine); anything else gets a message saying how to fix it.
import type { Bilingual, MessageData } from '../types';
import { decodeStrictUtf8 } from './utf8';

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; text: string; offset: number; message: Bilingual; data: MessageData };

const SAVE_AS_UTF8: Bilingual = {
  ja: 'テキストエディタやメモ帳で開き「UTF-8」を指定して保存し直してください（Excel では「CSV UTF-8」ではなく、テキストとして保存）',
  en: 'Open it in a text editor and save it again with the encoding "UTF-8"',
};

/** Text that cannot be read as a ledger, with where the problem shows and what to do. */
function unreadable(text: string, offset: number, message: Bilingual): Decoded {
  return { ok: false, text, offset, message, data: {} };
}

function notUtf8(text: string, offset: number, encoding: Bilingual): Decoded {
  return unreadable(text, offset, {
    ja: `ファイルが UTF-8 ではありません（${encoding.ja}）。${SAVE_AS_UTF8.ja}`,
    en: `The file is not UTF-8 (${encoding.en}). ${SAVE_AS_UTF8.en}`,
  });
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
  return { ja: '文字コードを判別できません。テキストファイルではないかもしれません', en: 'the encoding could not be recognised; it may not be a text file' };
}

// YAML allows tab, line feed and carriage return among the C0 controls, NEL among the C1 controls, and not DEL.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

function controlCharacter(text: string, offset: number): Decoded {
  const code = `U+${text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0')}`;
  return unreadable(text, offset, {
    ja: `YAML で使えない制御文字（${code}）があります。ファイルがバイナリか、見えない文字を含んで保存されたようです。その文字を削除するか、テキスト（UTF-8）として保存し直してください`,
    en: `The file contains a control character (${code}) that YAML does not allow: it may be binary, or saved with hidden characters. Delete the character, or save the file again as text (UTF-8)`,
  });
}

export function decodeLedger(bytes: Uint8Array): Decoded {
  if (looksUtf16(bytes)) {
    return notUtf8('', 0, { ja: 'UTF-16 で保存されているようです', en: 'it looks like UTF-16' });
  }
  const decoded = decodeStrictUtf8(bytes);
  if (decoded === undefined) {
    const { text, offset } = firstInvalidUtf8(bytes);
    return notUtf8(text, offset, guessEncoding(bytes));
  }
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const control = CONTROL_CHARACTER.exec(text);
  return control ? controlCharacter(text, control.index) : { ok: true, text };
}
