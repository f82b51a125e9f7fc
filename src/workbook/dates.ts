// Which cells are dates, as Excel shows them: a number whose format is a date or time format (built-in
// by id, or a custom code), or an ISO 8601 date cell (`t="d"`). A date is its calendar day at UTC
// midnight (workbook-codec.ts's CellValue), in the 1900 or the 1904 date system.

/**
 * Built-in date and time formats (ECMA-376 Part 1, 18.8.30): 14–22 and 45–47 everywhere; 27–36 and 50–58
 * in Japanese, Chinese and Korean Excel (yyyy"年"m"月"d"日", 和暦 ggge"年"…); 71–81 in Thai Excel.
 */
const BUILT_IN_DATE_IDS: ReadonlySet<number> = new Set([
  ...range(14, 22),
  ...range(27, 36),
  ...range(45, 47),
  ...range(50, 58),
  ...range(71, 81),
]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** Elapsed time in brackets: `[h]:mm`, `[mm]:ss`, `[ss]`. */
const ELAPSED = /\[(h+|m+|s+)\]/i;

/** What is not a token: quoted text, `\x` escapes, `_x` spaces and `*x` fills, other brackets
 * (`[$-411]`, `[$-ja-JP-x-gannen]`, `[Red]`, `[>=100]`, `[DBNum1]`), `General`, and exponents (`E+`). */
const NOT_TOKENS = /"[^"]*"|\\.|[_*].|\[[^\]]*\]|general|e[+-]/gi;

const DATE_TOKEN = /[ymdhseg]/i;

/** Whether a format code shows a date or a time: a y, m, d, h, s, e (era year) or g (era) token. */
export function isDateCode(code: string): boolean {
  if (ELAPSED.test(code.replace(/"[^"]*"/g, ''))) return true;
  return DATE_TOKEN.test(code.replace(NOT_TOKENS, ''));
}

/** Whether a number format (its id, and its code when styles.xml gives one) shows dates. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  return code === undefined ? BUILT_IN_DATE_IDS.has(id) : isDateCode(code);
}

const DAY_MS = 86_400_000;
const LAST_DAY = Date.UTC(9999, 11, 31);

/**
 * The calendar day of a serial number, or undefined when it is none (negative, past 9999-12-31).
 * 1900 system: Excel counts 1900-02-29, which never was (serial 60, read as that text, which the
 * schema then reports), so days before 1900-03-01 are one later than the days after would say.
 */
export function serialDay(serial: number, date1904: boolean): Date | string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const days = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (!date1904 && days === 60) return '1900-02-29';
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30);
  const time = epoch + days * DAY_MS;
  return time > LAST_DAY ? undefined : new Date(time);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** An ISO 8601 date cell's calendar day, as written (a time or offset after it does not move it). */
export function isoDay(text: string): Date | undefined {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years before 100 are not 1900s
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
