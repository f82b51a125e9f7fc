// Full-width (全角) look-alikes of ASCII, as a Japanese input method types them: `１２`, `：`, `＠`, and
// the full-width space. Ledgers are written in ASCII keys and values where it matters, so these are
// named for what they are, with the half-width text to write.
import type { Bilingual } from '../types';

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

export function hasFullWidth(text: string): boolean {
  return FULL_WIDTH.test(text);
}

export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALL, (character) => (character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0)));
}

/** Text meant as ASCII but typed (partly) in full width: ASCII once converted. Japanese text is not. */
export function isFullWidthAscii(text: string): boolean {
  return hasFullWidth(text) && /^[\x20-\x7e]*$/.test(toHalfWidth(text));
}

/** A key typed in full width, as it should be written: inside braces a full-width colon does not end the
 * key (`{ min_length：１２ }`), so what is meant is the key before it, then `: ` and the value after it. */
export function halfWidthKey(key: string): { key: string; text: string } {
  const [name = '', ...value] = key.split('：');
  const halfName = toHalfWidth(name).trim();
  if (value.length === 0) return { key: halfName, text: halfName };
  return { key: halfName, text: `${halfName}: ${toHalfWidth(value.join('：')).trim()}` };
}

/** Names the first full-width character: 全角スペース / 全角文字「１」. */
export function fullWidthCharacter(text: string): Bilingual {
  const character = FULL_WIDTH.exec(text)?.[0];
  if (character === '\u3000') return { ja: '全角スペース', en: 'a full-width (全角) space' };
  return { ja: `全角文字「${character ?? ''}」`, en: `a full-width (全角) character "${character ?? ''}"` };
}
