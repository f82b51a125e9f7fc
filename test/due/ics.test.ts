// `due --format ics`: RFC 5545 as calendars import it: CRLF, lines folded at 75 octets without
// splitting a character, TEXT escaping, one all-day VEVENT per item, reproducible UIDs and DTSTAMP.
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

/** Properties of each VEVENT after unfolding, e.g. { UID: …, 'DTSTART;VALUE=DATE': … }. */
function events(text: string): Array<Record<string, string>> {
  const blocks = unfold(text).split('BEGIN:VEVENT\r\n').slice(1);
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
  const run = ics([FINDINGS, EXCEPTIONS]);

  it('is CRLF throughout, every line at most 75 octets, wrapped in one VCALENDAR 2.0 with a PRODID', () => {
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
    const all = events(run.stdout);
    expect(all).toHaveLength(items.length);
    all.forEach((event, index) => {
      const due = items[index].due.replace(/-/g, '');
      expect(event['DTSTART;VALUE=DATE']).toBe(due);
      expect(event['DTEND;VALUE=DATE']).toMatch(/^\d{8}$/);
      expect(Number(event['DTEND;VALUE=DATE'])).toBeGreaterThan(Number(due));
      expect(event.DTSTAMP).toBe('20261124T000000Z');
      expect(event.UID).toMatch(/^[0-9a-f]{40}@dokodemo-check$/);
      expect(event.SUMMARY).toBe(escapeText(`${items[index].overdue ? '[overdue] ' : ''}${items[index].message}`));
    });
    expect(all[0]!.SUMMARY).toBe('[overdue] The exception to mfa for 井上 さやか expires: fix the problem and remove it\\, or have it approved again and update expires');
  });

  it('gives each event a UID that is unique and stable across runs', () => {
    const uids = events(run.stdout).map((event) => event.UID);
    expect(new Set(uids).size).toBe(uids.length);
    expect(events(ics([FINDINGS, EXCEPTIONS]).stdout).map((event) => event.UID)).toEqual(uids);
    // Another day moves the window but not the identity of an obligation already listed.
    const later = events(runCli(['due', '--as-of', '2026-11-25', '-f', 'ics', FINDINGS, EXCEPTIONS]).stdout).map((event) => event.UID);
    expect(later.filter((uid) => uids.includes(uid)).length).toBeGreaterThan(0);
  });

  it('writes the summaries in the chosen language', () => {
    const japanese = events(ics(['--lang', 'ja', FINDINGS]).stdout);
    expect(japanese[0]!.SUMMARY).toBe(escapeText('【期限切れ】中村 誠 さんの MCS パスワードを変更する（前回 2026-05-10、2 か月ごと）。変更したら台帳の mcs_password_changed を更新'));
    expect(ics(['--lang', 'ja', FINDINGS]).stdout).toContain('PRODID:-//dokodemo-check//dokodemo-check 1.0.0//JA');
  });

  it('masks names and e-mail addresses with --redact', () => {
    const redacted = unfold(ics(['--redact', FINDINGS, EXCEPTIONS]).stdout);
    for (const personal of ['中村 誠', '小林 恵', '山本 翔太', '井上 さやか', 'nakamura@', 'inoue@']) expect(redacted).not.toContain(personal);
    expect(redacted).toContain('中*');
  });

  it('turns a ledger that does not load into an event due today listing its problems, and exits 1', () => {
    const broken = ics(['-', '--stdin-filename', 'broken.yaml']); // empty input: not a ledger
    expect(broken.code).toBe(1);
    const [event] = events(broken.stdout);
    expect(event!['DTSTART;VALUE=DATE']).toBe('20261124');
    expect(event!.SUMMARY).toContain('broken.yaml');
    expect(event!.DESCRIPTION).toMatch(/^1:1 /);
  });
});
