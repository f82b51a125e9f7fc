// The offline page writes no calendar: its due items need no uid (scripts/build-web.js swaps this in for
// src/due/uid.ts, whose node:crypto browsers do not have).
export function calendarUid(): string {
  return '';
}
