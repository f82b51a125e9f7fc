// The mechanical repairs `fix` makes, each one the checker already asks for and none that needs a
// judgement: a yes/no word (〇, ×, 有, 無…) for はい/いいえ (true/false), a date written as text (2026/4/1,
// 2026年4月1日, 令和8年4月1日, R8.4.1) for the date, full-width letters and digits for half-width ones, a
// near miss of a dropdown's label for the label, spaces around a value dropped. What could mean two
// things is left alone: a number in a yes/no column (0 is "no" to some and a 〇 LibreOffice turned into
// a number to others), a date with a two-digit year or the day first, a near miss with two candidates.
import { isFullWidthAscii, toHalfWidth } from '../load/full-width';
import { choiceKey } from '../i18n/enums';
import type { Choice } from '../i18n/enums';
import { closest, meantBoolean } from '../schema/validate';

export { meantBoolean };

/** The kinds of repair, for the report (and the tests). */
export type RepairKind = 'yes-no' | 'date' | 'half-width' | 'choice' | 'spaces' | 'quotes';

const pad = (value: number) => String(value).padStart(2, '0');

/** YYYY-MM-DD of a real calendar day from 1900-03-01 (what a date cell can hold), else undefined. */
export function realDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 1900 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return text >= '1900-03-01' ? text : undefined;
}

/** The Japanese eras a ledger's dates fall in: first day, and the year before its first year. */
const ERAS: ReadonlyArray<{ names: readonly string[]; from: string; until?: string; offset: number }> = [
  { names: ['令和', 'r'], from: '2019-05-01', offset: 2018 },
  { names: ['平成', 'h'], from: '1989-01-08', until: '2019-04-30', offset: 1988 },
  { names: ['昭和', 's'], from: '1926-12-25', until: '1989-01-07', offset: 1925 },
];

const WESTERN = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)$/;
const ERA = /^(令和|平成|昭和|[rhs])\s*(\d{1,2}|元)\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)$/;

/**
 * The day a text date names, as YYYY-MM-DD: year first (2026/4/1, 2026.04.01, 2026年4月1日), or a
 * Japanese era (令和8年4月1日, 令和元年5月1日, R8.4.1, H30/4/1) inside that era's days. Full-width digits
 * and spaces are read as half-width. Anything else — the day first, a two-digit year, a day that does not
 * exist or lies outside its era — is undefined: a person must say which day was meant.
 */
export function textDate(text: string): string | undefined {
  const word = text.normalize('NFKC').trim().toLowerCase();
  const western = WESTERN.exec(word);
  if (western) {
    const [, year, month = western[4], day = western[5]] = western;
    return realDay(Number(year), Number(month), Number(day));
  }
  const era = ERA.exec(word);
  if (!era) return undefined;
  const [, name, yearText, month = era[5], day = era[6]] = era;
  const found = ERAS.find((candidate) => candidate.names.includes(name!));
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  // Stryker disable next-line LogicalOperator: ERA matches only the names ERAS lists, so `found` is always there, and year 0 falls before its era's first day below
  if (!found || eraYear < 1) return undefined;
  const result = realDay(found.offset + eraYear, Number(month), Number(day));
  if (!result || result < found.from || (found.until !== undefined && result > found.until)) return undefined;
  return result;
}

/** A whole number written with full-width digits or spaces around it (１２, " 8 "), else undefined. */
export function textInteger(text: string): number | undefined {
  const word = toHalfWidth(text).trim();
  return /^\d{1,15}$/.test(word) ? Number(word) : undefined;
}

/** Text typed in full width that is ASCII once converted (ＰＣ－０１, sato＠example.jp), half-width and without spaces around it. */
export function halfWidthText(text: string): string | undefined {
  if (!isFullWidthAscii(text)) return undefined;
  const half = toHalfWidth(text).trim();
  return half === '' ? undefined : half;
}

/** Text with spaces (half- or full-width) around it, without them; undefined when there are none or nothing else. */
export function trimmedText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed !== text && trimmed !== '' ? trimmed : undefined;
}

/**
 * The one choice a typed word means: the same label or value however spaced, cased or full-width; else a
 * near miss that the checker would suggest (schema/validate.ts's closest: a few edits, or one a prefix
 * of the other) of exactly one choice, nearer than any other. A word as near to two choices is left to a person.
 */
export function nearChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const word = choiceKey(text);
  if (word === '') return undefined;
  const exact = choices.filter((choice) => choiceKey(choice.label) === word || choiceKey(choice.value) === word);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  const spellings = choices.flatMap((choice) => [choice.label, choice.value]);
  const guess = closest(text.normalize('NFKC').trim(), spellings);
  if (guess === undefined) return undefined;
  const meant = choices.filter((choice) => choice.label === guess || choice.value === guess);
  if (meant.length !== 1) return undefined;
  // Only one choice may be as near: with another as close, which was meant is a guess.
  const others = choices.filter((choice) => choice !== meant[0]);
  const rival = closest(text.normalize('NFKC').trim(), others.flatMap((choice) => [choice.label, choice.value]));
  return rival === undefined || distanceRank(text, guess) < distanceRank(text, rival) ? meant[0] : undefined;
}

/** Edits between a typed word and a spelling, compared as choiceKey compares. */
function distanceRank(text: string, spelling: string): number {
  const a = choiceKey(text);
  const b = choiceKey(spelling);
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}
