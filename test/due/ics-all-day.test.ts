// Every calendar event is one whole day: DTEND (exclusive, RFC 5545 §3.6.1) is the day after DTSTART,
// across month and year ends.
import { runCli } from '../helpers/cli';

function dayAfter(yyyymmdd: string): string {
  const date = new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)) + 1));
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

function eventDays(asOf: string, files: string[]): Array<[string, string]> {
  const text = runCli(['due', '--as-of', asOf, '--within', '400', '-f', 'ics', ...files]).stdout.replace(/\r\n[ \t]/g, '');
  return text.split('BEGIN:VEVENT\r\n').slice(1).map((block) => {
    const start = /^DTSTART;VALUE=DATE:(\d{8})\r$/m.exec(block)?.[1];
    const end = /^DTEND;VALUE=DATE:(\d{8})\r$/m.exec(block)?.[1];
    return [start ?? 'missing', end ?? 'missing'];
  });
}

describe('all-day events', () => {
  it.each(['2026-11-24', '2026-12-31', '2027-02-28'])('end the day after they start (as of %s)', (asOf) => {
    const days = eventDays(asOf, ['examples/clinic-with-findings.yaml', 'examples/visiting-nurse-exceptions.yaml', 'examples/home-nursing-clean.yaml']);
    expect(days.length).toBeGreaterThan(5);
    for (const [start, end] of days) expect([start, end]).toEqual([start, dayAfter(start)]);
  });

  it('an invalid ledger makes no event at all', () => {
    expect(eventDays('2026-12-31', ['test/fixtures/bad/duplicate-keys.yaml'])).toEqual([]);
  });
});
