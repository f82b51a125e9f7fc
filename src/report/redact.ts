// --redact: masks personal data so a report can be pasted into a ticket.
import { PERSONAL_DATA_KEYS } from '../types';
import type { MessageData } from '../types';

/** `田中 美咲` → `田*`; `tanaka@x.jp` → `t***@x.jp`. */
export function redactText(value: string): string {
  const at = value.lastIndexOf('@');
  if (at > 0) return `${Array.from(value)[0]}***${value.slice(at)}`;
  const first = Array.from(value.trim())[0];
  return first === undefined ? value : `${first}*`;
}

export function redactData(data: MessageData): MessageData {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, PERSONAL_DATA_KEYS.has(key) ? redactText(String(value)) : value]),
  );
}
