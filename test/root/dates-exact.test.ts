// src/dates.ts and src/errors.ts at their edges, the module loaded afresh in each test so that mutation
// testing counts its patterns and constants as read by the test that checks them.
import { freshPerTest } from '../helpers/fresh';

const dates = freshPerTest(() => require('../../src/dates') as typeof import('../../src/dates'));
const errors = freshPerTest(() => require('../../src/errors') as typeof import('../../src/errors'));
const utc = (year: number, monthIndex: number, day: number) => {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
};

describe('the first and last days YYYY-MM-DD can write', () => {
  it('are 0000-01-01 and 9999-12-31', () => {
    expect([dates().FIRST_DAY, dates().LAST_DAY]).toEqual(['0000-01-01', '9999-12-31']);
  });
});

describe('parseDay and isDay', () => {
  it('refuse text before or after the day, naming it', () => {
    expect(() => dates().parseDay('x2026-01-05')).toThrow(new RangeError('not a YYYY-MM-DD date: x2026-01-05'));
    expect(() => dates().parseDay('2026-01-05x')).toThrow(new RangeError('not a YYYY-MM-DD date: 2026-01-05x'));
    expect(dates().isDay('x2026-01-05')).toBe(false);
    expect(dates().isDay('2026-01-05 ')).toBe(false);
    expect(dates().parseDay('2026-01-05').toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });
});

describe('formatDay', () => {
  it('writes year 0 as it is and holds earlier years at 0000-01-01', () => {
    expect(dates().formatDay(utc(0, 2, 5))).toBe('0000-03-05');
    expect(dates().formatDay(utc(-1, 11, 31))).toBe('0000-01-01');
    expect(dates().formatDay(utc(10000, 0, 1))).toBe('9999-12-31');
    expect(dates().formatDay(new Date(Number.NaN))).toBe('9999-12-31');
  });
});

describe('addMonthsToDay', () => {
  it('ends at the last day of a shorter month', () => {
    expect(dates().addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
    expect(dates().addMonthsToDay('0000-01-31', 1)).toBe('0000-02-29'); // year 0 is a leap year
    expect(dates().addMonthsToDay('0000-03-31', -1)).toBe('0000-02-29');
  });

  it('holds years past 9999, and past what Date can hold, at the first or last day', () => {
    expect(dates().addMonthsToDay('9999-12-31', 1)).toBe('9999-12-31');
    expect(dates().addMonthsToDay('2026-01-01', 1e300)).toBe('9999-12-31');
    expect(dates().addMonthsToDay('0000-01-31', -1)).toBe('0000-01-01');
    expect(dates().addMonthsToDay('2026-01-01', -1e7)).toBe('0000-01-01'); // year -831,307: before Date's range
    expect(dates().addMonthsToDay('2026-01-01', -1e300)).toBe('0000-01-01');
  });

  it('gives the same answer when asked again', () => {
    const { addMonthsToDay } = dates();
    expect([addMonthsToDay('2026-08-31', 2), addMonthsToDay('2026-08-31', 2)]).toEqual(['2026-10-31', '2026-10-31']);
  });
});

describe('addDaysToDay', () => {
  it('counts calendar days and holds the ends', () => {
    expect(dates().addDaysToDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(dates().addDaysToDay('0000-01-01', -1)).toBe('0000-01-01');
    expect(dates().addDaysToDay('9999-12-31', 1)).toBe('9999-12-31');
    expect(dates().addDaysToDay('2026-01-01', 1e9)).toBe('9999-12-31'); // past Date's range
    expect(dates().addDaysToDay('2026-01-01', -1e9)).toBe('0000-01-01');
  });
});

describe('today', () => {
  afterEach(() => jest.useRealTimers());

  it('is the local calendar day, its year written with four digits', () => {
    jest.useFakeTimers().setSystemTime(new Date(2026, 0, 5, 23, 59));
    expect(dates().today()).toBe('2026-01-05');
    const early = new Date(2026, 9, 9, 0, 1);
    early.setFullYear(987);
    jest.setSystemTime(early);
    expect(dates().today()).toBe('0987-10-09');
  });
});

describe('UsageError', () => {
  it('is named UsageError and carries its English text as its message', () => {
    const error = new (errors().UsageError)({ en: 'no such file', ja: 'ファイルがありません' });
    expect([error.name, error.message, error.text.ja]).toEqual(['UsageError', 'no such file', 'ファイルがありません']);
  });
});
