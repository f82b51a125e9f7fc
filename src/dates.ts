// Calendar-day arithmetic on YYYY-MM-DD strings. Dates are calendar days, never instants: the
// arithmetic runs on UTC, where every day exists (in Pacific/Apia local time 2011-12-30 does not), and
// results stay within the years 0000–9999 that YYYY-MM-DD can write, so they compare as strings.
import { boundedMemo } from './bounded-memo';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
export const FIRST_DAY = '0000-01-01';
export const LAST_DAY = '9999-12-31';

/** The UTC midnight of year-month-day, the month and day overflowing as Date does (years 0–99 kept as written). */
function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

export function parseDay(day: string): Date {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  return utc(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A calendar day (a UTC midnight) as YYYY-MM-DD, held within 0000-01-01 … 9999-12-31. */
export function formatDay(date: Date): string {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year > 9999) return LAST_DAY;
  if (year < 0) return FIRST_DAY;
  return `${String(year).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const parsed = parseDay(value);
  return !Number.isNaN(parsed.getTime()) && formatDay(parsed) === value;
}

// The arithmetic below is pure and ledgers repeat the same few hundred days across thousands of
// staff: answers are kept by their arguments (a fifth of the rules' time on a 20,000-staff ledger).
const remembered = boundedMemo<string | number>(50_000);
const remember = <T extends string | number>(key: string, compute: () => T): T => remembered(key, compute) as T;

const daysInMonth = (year: number, monthIndex: number) => utc(year, monthIndex + 1, 0).getUTCDate();

/** Jan 31 + 1 month = Feb 28 (29 in a leap year), as date-fns addMonths counts; capped at 9999-12-31. */
export function addMonthsToDay(day: string, months: number): string {
  return remember(`${day}+${months}m`, () => {
    const start = parseDay(day);
    const monthIndex = start.getUTCMonth() + months;
    const year = start.getUTCFullYear() + Math.floor(monthIndex / 12);
    const month = ((monthIndex % 12) + 12) % 12;
    // Before Date's range (year -271821) too; after year 9999, and past Date's range, formatDay caps.
    if (year < 0) return FIRST_DAY;
    return formatDay(utc(year, month, Math.min(start.getUTCDate(), daysInMonth(year, month))));
  });
}

/** Capped at 0000-01-01 and 9999-12-31. */
export function addDaysToDay(day: string, days: number): string {
  return remember(`${day}+${days}d`, () => {
    const date = new Date(parseDay(day).getTime() + days * MS_PER_DAY);
    if (!Number.isNaN(date.getTime())) return formatDay(date);
    // Past Date's range (±8.64e15 ms); days is never 0 here, a day plus 0 days being that day.
    // Stryker disable next-line EqualityOperator: see above
    return days > 0 ? LAST_DAY : FIRST_DAY;
  });
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return remember(`${from}..${to}`, () => Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / MS_PER_DAY));
}

/** Today where the user is: the local calendar day. */
export function today(): string {
  const now = new Date();
  return `${String(now.getFullYear()).padStart(4, '0')}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}
