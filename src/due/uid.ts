// Calendar uids (RFC 5545 UID) for due items: stable across runs, never personal data in clear. Node's
// crypto here; the offline page, which writes no calendar, builds with src/web/platform/uid.ts.
import { createHash } from 'node:crypto';

export function calendarUid(file: string, kind: string, target: string, due: string): string {
  const hash = createHash('sha1').update([file, kind, target, due].join('\n')).digest('hex');
  return `${hash}@dokodemo-check`;
}
