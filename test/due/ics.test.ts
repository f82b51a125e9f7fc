// `due --format ics`: RFC 5545 as calendars import it: CRLF, lines folded at 75 octets without
// splitting a character, TEXT escaping, one all-day VEVENT per item, reproducible UIDs and DTSTAMP;
// overdue items on the as-of day, reminders (VALARM) before future due days.
import { escapeText, foldLine } from '../../src/due/formats/ics';
import { runCli } from '../helpers/cli';

const AS_OF = ['--as-of', '2026-11-24'];
const FINDINGS = 'examples/clinic-with-findings.yaml';
const EXCEPTIONS = 'examples/visiting-nurse-exceptions.yaml';

function octets(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

function ics(args: string[]) {
  return runCli(['due', ...AS_OF, '-f', 'ics', ...args]);
}

/** The VALARM blocks of each VEVENT, as their content lines. */
function alarms(text: string): string[][][] {
  return unfold(text)
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((block) => [...block.matchAll(/BEGIN:VALARM\r\n([^]*?)END:VALARM\r\n/g)].map((match) => match[1]!.split('\r\n').filter(Boolean)));
}

/** Properties of each VEVENT (its alarms left out) after unfolding, e.g. { UID: …, 'DTSTART;VALUE=DATE': … }. */
function events(text: string): Array<Record<string, string>> {
  const blocks = unfold(text).replace(/BEGIN:VALARM\r\n[^]*?END:VALARM\r\n/g, '').split('BEGIN:VEVENT\r\n').slice(1);
  return blocks.map((block) => {
    const lines = block.split('END:VEVENT')[0]!.split('\r\n').filter(Boolean);
    return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
  });
}

describe('folding and escaping', () => {
  const summary = `SUMMARY:${'山本 翔太 さんの MCS パスワードを変更する（前回の変更日が台帳にありません）。'.repeat(3)}`;

  it('folds a long Japanese line into lines of at most 75 octets that unfold to the original', () => {
    const folded = foldLine(summary);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(summary);
  });

  it('never splits a multi-byte character (3-byte kana, 4-byte emoji)', () => {
    for (const text of [summary, `SUMMARY:${'📱'.repeat(40)}`, `DESCRIPTION:${'a'.repeat(73)}あいう`]) {
      for (const line of foldLine(text).split('\r\n')) {
        // A split character (or half a surrogate pair) would not survive the round trip through UTF-8.
        expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      }
    }
  });

  it('fills lines up to exactly 75 octets and leaves shorter lines alone', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine(`${'x'.repeat(73)}あ`)).toBe(`${'x'.repeat(73)}\r\n あ`); // 73 + 3 octets > 75
  });

  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('the calendar', () => {
  // Run by each test, not once here: mutation testing only runs the tests that run the code under test.
  const calendar = () => ics([FINDINGS, EXCEPTIONS]);

  it('is CRLF throughout, every line at most 75 octets, wrapped in one VCALENDAR 2.0 with a PRODID', () => {
    const run = calendar();
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(run.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = run.stdout.slice(0, -2).split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//dokodemo-check//dokodemo-check 1.0.0//EN']);
    expect(lines.filter((line) => line === 'BEGIN:VCALENDAR')).toHaveLength(1);
  });

  it('has one all-day event per item, with the fields calendars need', () => {
    const items = JSON.parse(runCli(['due', ...AS_OF, '-f', 'json', FINDINGS, EXCEPTIONS]).stdout).items;
    const all = events(calendar().stdout);
    expect(all).toHaveLength(items.length);
    all.forEach((event, index) => {
      const day = (items[index].overdue ? '2026-11-24' : items[index].due).replace(/-/g, '');
      expect(event['DTSTART;VALUE=DATE']).toBe(day);
      expect(event['DTEND;VALUE=DATE']).toMatch(/^\d{8}$/);
      expect(Number(event['DTEND;VALUE=DATE'])).toBeGreaterThan(Number(day));
      expect(event.DTSTAMP).toBe('20261124T000000Z');
      expect(event.UID).toMatch(/^[0-9a-f]{40}@dokodemo-check$/);
      expect(event.SUMMARY).toBe(escapeText(`${items[index].facility}: ${items[index].overdue ? '[overdue] ' : ''}${items[index].message}`));
    });
    expect(all[0]!.SUMMARY).toBe('ひまわり訪問看護ステーション: [overdue] The exception to mfa for 井上 さやか expires: fix the problem and remove it\\, or have it approved again and update expires');
  });

  it('gives each event a UID that is unique and stable across runs', () => {
    const uids = events(calendar().stdout).map((event) => event.UID);
    expect(new Set(uids).size).toBe(uids.length);
    expect(events(ics([FINDINGS, EXCEPTIONS]).stdout).map((event) => event.UID)).toEqual(uids);
    // Another day moves the window but not the identity of an obligation already listed.
    const later = events(runCli(['due', '--as-of', '2026-11-25', '-f', 'ics', FINDINGS, EXCEPTIONS]).stdout).map((event) => event.UID);
    expect(later.filter((uid) => uids.includes(uid)).length).toBeGreaterThan(0);
  });

  it('writes the summaries in the chosen language', () => {
    const japanese = events(ics(['--lang', 'ja', FINDINGS]).stdout);
    expect(japanese[0]!.SUMMARY).toBe(escapeText('みどり在宅クリニック: 【期限切れ】中村 誠 さんの MCS パスワードを変更する（前回 2026-05-10、2 か月ごと）。変更したら台帳の mcs_password_changed を更新'));
    expect(ics(['--lang', 'ja', FINDINGS]).stdout).toContain('PRODID:-//dokodemo-check//dokodemo-check 1.0.0//JA');
  });

  it('masks names and e-mail addresses with --redact', () => {
    const redacted = unfold(ics(['--redact', FINDINGS, EXCEPTIONS]).stdout);
    for (const personal of ['中村 誠', '小林 恵', '山本 翔太', '井上 さやか', 'nakamura@', 'inoue@']) expect(redacted).not.toContain(personal);
    expect(redacted).toContain('中*');
  });

  it('never makes a ledger that does not load an event: one line on stderr, exit 1', () => {
    const broken = ics(['-', '--stdin-filename', 'broken.yaml', FINDINGS]); // empty input: not a ledger
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe('dokodemo-check: The ledger broken.yaml has 1 format problem, so its deadlines cannot be listed: check it with dokodemo-check and fix it\n');
    expect(events(broken.stdout).map((event) => event.SUMMARY).every((summary) => summary!.startsWith('みどり在宅クリニック: '))).toBe(true);
  });
});

describe('dates and reminders', () => {
  const items = (args: string[]) => JSON.parse(runCli(['due', ...AS_OF, '-f', 'json', ...args]).stdout).items;

  it('puts an overdue item on the as-of day, its due day and how late it is first in the description', () => {
    const [event] = events(ics([FINDINGS]).stdout);
    expect(event!['DTSTART;VALUE=DATE']).toBe('20261124');
    expect(event!['DTEND;VALUE=DATE']).toBe('20261125');
    expect(event!.DESCRIPTION).toBe('Due 2026-07-10 (overdue by 137 days)\\nexamples/clinic-with-findings.yaml:144:27 (/users/0/mcs_password_changed)\\nmcs-password');
    expect(events(ics(['--lang', 'ja', FINDINGS]).stdout)[0]!.DESCRIPTION).toMatch(/^期限 2026-07-10（期限切れ 137 日）\\n/);
    expect(alarms(ics([FINDINGS]).stdout)[0]).toEqual([]); // it is on today already
  });

  it('keeps a future item on its due day, with reminders a week and a day before that fall on or after as-of', () => {
    const run = ics(['--within', '60', FINDINGS, EXCEPTIONS]);
    const listed = items(['--within', '60', FINDINGS, EXCEPTIONS]);
    const all = events(run.stdout);
    const reminders = alarms(run.stdout);
    const triggers = (index: number) => reminders[index]!.map((lines) => lines.find((line) => line.startsWith('TRIGGER'))).sort();
    const future = listed.map((item: { overdue: boolean; daysLeft: number }, index: number) => ({ ...item, index })).filter((item: { overdue: boolean }) => !item.overdue);
    expect(future.map((item: { daysLeft: number }) => item.daysLeft)).toEqual([6, 36, 37, 45]); // under a week: the day-before reminder only
    for (const item of future) {
      expect(all[item.index]!['DTSTART;VALUE=DATE']).toBe(item.due.replace(/-/g, ''));
      expect(all[item.index]!.DESCRIPTION).toMatch(new RegExp(`^Due ${item.due} \\(in ${item.daysLeft} days\\)`));
      const expected = item.daysLeft >= 7 ? ['TRIGGER;RELATED=START:-P1D', 'TRIGGER;RELATED=START:-P7D'] : ['TRIGGER;RELATED=START:-P1D'];
      expect(triggers(item.index)).toEqual(expected);
    }
    // RFC 5545 §3.6.6: a DISPLAY alarm has ACTION, TRIGGER and DESCRIPTION, each once.
    for (const alarm of reminders.flat()) {
      expect(alarm.map((line) => line.slice(0, line.search(/[:;]/)))).toEqual(['ACTION', 'TRIGGER', 'DESCRIPTION']);
      expect(alarm[0]).toBe('ACTION:DISPLAY');
      expect(alarm[1]).toMatch(/^TRIGGER;RELATED=START:-P[17]D$/);
    }
  });

  it('gives an item due today no reminder (it is on today), and one due tomorrow only the day-before one', () => {
    const today = ics(['--as-of', '2026-11-30', FINDINGS]);
    const index = items(['--as-of', '2026-11-30', FINDINGS]).findIndex((item: { daysLeft: number; overdue: boolean }) => item.daysLeft === 0 && !item.overdue);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(alarms(today.stdout)[index]).toEqual([]);
    const tomorrow = ics(['--as-of', '2026-11-29', FINDINGS]);
    const next = items(['--as-of', '2026-11-29', FINDINGS]).findIndex((item: { daysLeft: number }) => item.daysLeft === 1);
    expect(alarms(tomorrow.stdout)[next]!.map((alarm) => alarm[1])).toEqual(['TRIGGER;RELATED=START:-P1D']);
  });
});
