// `due --format ics`: an iCalendar file (RFC 5545) that Google Calendar and Outlook import: one all-day
// event per item on its due day; an overdue item on the as-of day (a past day is where nobody looks),
// its due day in the description; reminders (VALARM) a week and a day before a future due day.
// Reproducible: DTSTAMP comes from --as-of and UIDs are content hashes.
import { addDaysToDay, LAST_DAY } from '../../dates';
import { ui } from '../../i18n/ui';
import { inert } from '../../report/inert';
import { positionLabel } from '../../report/model';
import type { DueItem, DueReport } from '../report';
import type { DueFormatter } from './types';

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines are escaped; other control
 * characters, which TEXT forbids, and bidi controls are shown as `\x1b`, `\u202e`, as in every report. */
export function escapeText(text: string): string {
  return text.split(/\r\n|\r|\n/).map(inert).join('\n').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    // Stryker disable next-line StringLiteral: Buffer.byteLength reads an empty encoding name as utf8, its default
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' '; // the continuation's leading space counts toward its 75 octets
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

interface CalendarEvent {
  uid: string;
  day: string;
  summary: string;
  description: string;
  /** Days before `day` to remind, as RFC 5545 durations are written (7 → -P7D). */
  remindDaysBefore: number[];
}

/** Reminders a week and a day before a due day, as long as they fall on or after as-of. */
const REMINDER_DAYS = [7, 1];

/** RFC 5545 §3.6.6: a DISPLAY alarm needs ACTION, TRIGGER and DESCRIPTION. */
function alarmLines(daysBefore: number, summary: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER;RELATED=START:-P${daysBefore}D`, `DESCRIPTION:${escapeText(summary)}`, 'END:VALARM'];
}

function eventLines(event: CalendarEvent, dtstamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.day)}`,
    // All-day: DTEND is exclusive; on the last writable day it is left out, which means one day (RFC 5545 3.6.1).
    ...(event.day < LAST_DAY ? [`DTEND;VALUE=DATE:${icsDate(addDaysToDay(event.day, 1))}`] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    ...event.remindDaysBefore.flatMap((days) => alarmLines(days, event.summary)),
    'END:VEVENT',
  ];
}

function leftText(item: DueItem, report: DueReport): string {
  const words = ui(report.lang).due;
  if (!item.overdue) return item.daysLeft === 0 ? words.today : words.daysLeft(item.daysLeft);
  return item.daysLeft < 0 ? words.overdueBy(-item.daysLeft) : words.overdueNow;
}

function itemEvent(item: DueItem, report: DueReport): CalendarEvent {
  const prefix = item.overdue ? ui(report.lang).due.overduePrefix : '';
  const dueLine = ui(report.lang).due.calendarDue(item.due, leftText(item, report));
  return {
    uid: item.uid,
    day: item.overdue ? report.asOf : item.due,
    summary: `${item.facility}: ${prefix}${item.message}`, // a calendar holds many facilities' deadlines: the facility first
    description: `${dueLine}\n${item.file}:${positionLabel(item)} (${item.path})\n${item.kind}`,
    remindDaysBefore: item.overdue ? [] : REMINDER_DAYS.filter((days) => days <= item.daysLeft),
  };
}

const ics: DueFormatter = (report) => {
  const dtstamp = `${icsDate(report.asOf)}T000000Z`;
  // A ledger that could not be checked is never a calendar event: `due` says so on stderr.
  const events = report.items.map((item) => itemEvent(item, report));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//dokodemo-check//dokodemo-check ${report.tool.version}//${report.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(ui(report.lang).due.calendarName)}`,
    ...events.flatMap((event) => eventLines(event, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
};
export default ics;
