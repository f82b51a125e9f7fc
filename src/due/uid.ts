// Calendar uids (RFC 5545 UID) for due items: stable across runs, never personal data in clear. Node's
// crypto here; the offline page, which writes no calendar, builds with src/web/platform/uid.ts.
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';

/** The file as the same ledger is named however it is spelled: relative to the working folder, `/`-separated. */
function normalisedFile(file: string): string {
  if (file.startsWith('<')) return file; // <stdin> or --stdin-filename: a name, not a path
  return relative(process.cwd(), resolve(file)).split(sep).join('/');
}

/** One event's UID: the same obligation keeps it from run to run (calendars then update, not duplicate). */
export function calendarUid(file: string, kind: string, target: string, due: string, key?: string): string {
  const parts = [normalisedFile(file), kind, target, due, ...(key === undefined ? [] : [key])];
  const hash = createHash('sha1').update(parts.join('\n')).digest('hex');
  return `${hash}@dokodemo-check`;
}
