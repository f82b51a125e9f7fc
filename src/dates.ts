// Calendar-day arithmetic on YYYY-MM-DD strings. Dates are local calendar days, never instants.
import { addDays, addMonths, differenceInCalendarDays, format, isValid } from 'date-fns';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(day: string): Date {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(year, month - 1, date);
  parsed.setFullYear(year); // years below 100 would otherwise be read as 19xx
  return parsed;
}

export function formatDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const parsed = parseDay(value);
  return isValid(parsed) && formatDay(parsed) === value;
}

/** date-fns addMonths: Jan 31 + 1 month = Feb 28 (29 in a leap year). */
export function addMonthsToDay(day: string, months: number): string {
  return formatDay(addMonths(parseDay(day), months));
}

export function addDaysToDay(day: string, days: number): string {
  return formatDay(addDays(parseDay(day), days));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

export function today(): string {
  return formatDay(new Date());
}
