// An example ledger moved to today: every date shifted by the days from the examples' as-of day, so
// that tests running the program without --as-of (hooks, pre-commit) find what --as-of 2026-11-24 finds.
import { readFileSync } from 'node:fs';
import { addDaysToDay, daysBetween, today } from '../../src/dates';

export const EXAMPLES_AS_OF = '2026-11-24';

export function exampleForToday(path: string): string {
  const shift = daysBetween(EXAMPLES_AS_OF, today());
  return readFileSync(path, 'utf8').replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => addDaysToDay(day, shift));
}
