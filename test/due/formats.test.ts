// What `due` prints, byte for byte, in each format: the table (its columns, the time left in words and
// colours, the summary, narrow terminals, sections per target), the JSON contract, and the iCalendar
// file (every line of it). Built in-process from small ledgers with a fixed as-of.
import { dueFormatter } from '../../src/due/formats';
import type { DueFormatOptions } from '../../src/due/formats/types';
import { dueReport } from '../../src/due/report';
import type { DueInput, DueOptions, DueReport } from '../../src/due/report';
import type { Ledger } from '../../src/ledger';
import { DUE_AS_OF, fiveDeadlines } from '../helpers/due-fixture';
import { EMPTY_CONFIG, cleanLedger } from '../helpers/ledger-fixture';

const AS_OF = DUE_AS_OF;

function input(ledger: Ledger, file = 'sakura.yaml', indent: number | undefined = 1): DueInput {
  return { file, bytes: Buffer.from(JSON.stringify(ledger, null, indent)) };
}

function report(inputs: DueInput[], overrides: Partial<DueOptions> = {}): DueReport {
  return dueReport(inputs, { asOf: AS_OF, within: 30, config: EMPTY_CONFIG, lang: 'en', redact: false, version: '9.9.9', ...overrides });
}

function render(format: string, due: DueReport, options: Partial<DueFormatOptions> = {}): string {
  return dueFormatter(format)!(due, { color: false, ...options });
}

describe('the table', () => {
  it('lists overdue items first, says how much time is left in words, and sums up', () => {
    expect(render('table', report([input(fiveDeadlines())]))).toBe(
      [
        'sakura.yaml',
        '  Due         Left               Target     To do',
        "  2026-11-22  overdue by 2 days  PC-01      The exception to mfa for device PC-01 expires: fix the problem and remove it, or have it approved again and update expires",
        "  2026-11-24  overdue            高橋 健    Change 高橋 健's MCS password (its last change is not recorded), then write the day in mcs_password_changed",
        '  2026-11-24  due today          SP-01      The exception to mfa for device SP-01 expires: fix the problem and remove it, or have it approved again and update expires',
        "  2026-11-29  in 5 days          佐藤 由美  Change 佐藤 由美's MCS password (last changed 2026-09-29; every 2 months), then update mcs_password_changed in the ledger",
        '  2026-12-14  in 20 days         facility   Review the ledger and update facility.updated (last reviewed 2025-12-14; every 12 months)',
        '',
        '✖ 5 items overdue or due within 30 days (2 overdue)',
        '',
      ].join('\n'),
    );
  });

  it('paints overdue red and bold, a week or less yellow, and later plain', () => {
    const text = render('table', report([input(fiveDeadlines())]), { color: true });
    const left = (day: string) => text.split('\n').find((line) => line.includes(day))!;
    expect(left('2026-11-22')).toContain('\u001b[31m\u001b[1moverdue by 2 days\u001b[22m\u001b[39m');
    expect(left('2026-11-29')).toContain('  \u001b[33min 5 days\u001b[39m');
    expect(left('2026-12-14')).toContain('  in 20 days  ');
    expect(text.split('\n').at(-2)).toBe('\u001b[31m\u001b[1m✖ 5 items overdue or due within 30 days (2 overdue)\u001b[22m\u001b[39m');
  });

  it('paints an item due in exactly 7 days yellow, and in 8 days plain', () => {
    const ledger = cleanLedger();
    ledger.exceptions = [
      { rule: 'mfa', target: 'PC-01', reason: 'r', approved_by: 'x', approved_on: '2026-01-01', expires: '2026-12-01' },
      { rule: 'mfa', target: 'SP-01', reason: 'r', approved_by: 'x', approved_on: '2026-01-01', expires: '2026-12-02' },
    ];
    const lines = render('table', report([input(ledger)], { within: 8 }), { color: true }).split('\n');
    expect(lines.find((line) => line.includes('PC-01'))).toContain('\u001b[33min 7 days\u001b[39m');
    expect(lines.find((line) => line.includes('SP-01'))).toContain('  in 8 days  ');
    // Nothing overdue: the summary is a yellow dot, not a red cross.
    expect(lines.at(-2)).toBe('\u001b[33m\u001b[1m● 2 items overdue or due within 8 days (0 overdue)\u001b[22m\u001b[39m');
  });

  it('names the file and line of each item in a column when there are several files', () => {
    const second = cleanLedger();
    second.facility.updated = '2025-12-20';
    const text = render('table', report([input(fiveDeadlines()), input(second, 'ume.yaml')], { within: 26 }));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^ {2}Due {9}Left {15}Target {5}To do {2,}File$/);
    expect(lines.filter((line) => line.includes('2026-12-')).map((line) => line.split(/ {2,}/).at(-1))).toEqual(['sakura.yaml:5', 'ume.yaml:5', 'ume.yaml:106']);
    expect(text).not.toMatch(/^sakura\.yaml$/m); // no file name above the table
  });

  // Narrow terminals: test/due/formats-more-exact.test.ts (the same tables, the module loaded in each test).

  it('with --group-by target has a section per file and target, without the target column', () => {
    const second = cleanLedger();
    second.facility.updated = '2025-12-20';
    const text = render('table', report([input(fiveDeadlines()), input(second, 'ume.yaml')], { within: 26 }), { groupBy: 'target' });
    expect(text.split('\n').filter((line) => line.includes(' — '))).toEqual([
      'sakura.yaml — Facility',
      'sakura.yaml — User 佐藤 由美 (sato@sakura.example.jp)',
      'sakura.yaml — User 高橋 健 (takahashi@sakura.example.jp)',
      'sakura.yaml — Device PC-01',
      'sakura.yaml — Device SP-01',
      'ume.yaml — Facility',
      'ume.yaml — User 佐藤 由美 (sato@sakura.example.jp)',
    ]);
  });

  it('says when nothing is due, in green', () => {
    expect(render('table', report([input(cleanLedger())], { within: 5 }), { color: true })).toBe('\u001b[32m✔ Nothing is overdue or due within 5 days\u001b[39m\n');
  });
});

describe('the JSON contract', () => {
  it('has exactly the documented keys, in order, for a YAML ledger (no sheet or cell)', () => {
    const json = JSON.parse(render('json', report([input(fiveDeadlines())], { within: 0 })));
    expect(json).toEqual({
      formatVersion: 1,
      asOf: AS_OF,
      within: 0,
      items: [
        {
          file: 'sakura.yaml', due: '2026-11-22', kind: 'exception-expiry', target: 'PC-01', path: '/exceptions/0/expires', line: 157, column: 15, overdue: true, daysLeft: -2,
          message: 'The exception to mfa for device PC-01 expires: fix the problem and remove it, or have it approved again and update expires',
          facility: 'さくら訪問看護ステーション',
        },
        {
          file: 'sakura.yaml', due: AS_OF, kind: 'mcs-password', target: 'takahashi@sakura.example.jp', path: '/users/1/mcs_password_changed', line: 124, column: 28, overdue: true, daysLeft: 0,
          message: "Change 高橋 健's MCS password (its last change is not recorded), then write the day in mcs_password_changed",
          facility: 'さくら訪問看護ステーション',
        },
        {
          file: 'sakura.yaml', due: AS_OF, kind: 'exception-expiry', target: 'SP-01', path: '/exceptions/1/expires', line: 165, column: 15, overdue: false, daysLeft: 0,
          message: 'The exception to mfa for device SP-01 expires: fix the problem and remove it, or have it approved again and update expires',
          facility: 'さくら訪問看護ステーション',
        },
      ],
      invalidFiles: [],
      complete: true,
    });
    expect(Object.keys(json.items[0])).toEqual(['file', 'due', 'kind', 'target', 'path', 'line', 'column', 'overdue', 'daysLeft', 'message', 'facility']);
  });
});

describe('the order of items', () => {
  it('keeps the files in the order given when their items fall due the same day', () => {
    const first = cleanLedger();
    first.facility.updated = '2025-12-20';
    const second = cleanLedger();
    second.users[0]!.mcs_password_changed = '2026-10-20'; // due 2026-12-20 too, on an earlier line than the review
    second.facility.updated = '2026-11-01';
    const items = report([input(first, 'b.yaml'), input(second, 'a.yaml', 0)]).items;
    expect(items.map((item) => [item.file, item.kind, item.due, item.line])).toEqual([
      ['b.yaml', 'ledger-review', '2026-12-20', 5],
      ['b.yaml', 'mcs-password', '2026-12-20', 106],
      ['a.yaml', 'mcs-password', '2026-12-20', 1],
    ]);
  });

  it('orders items of one day on one line by their column', () => {
    const ledger = cleanLedger(); // on one line: users come before exceptions
    ledger.users[1]!.end_date = '2026-12-01';
    ledger.exceptions = [{ rule: 'mfa', target: 'PC-01', reason: 'r', approved_by: 'x', approved_on: '2026-01-01', expires: '2026-12-01' }];
    const items = report([input(ledger, 'one-line.json', 0)]).items.filter((item) => item.due === '2026-12-01');
    expect(items.map((item) => item.kind)).toEqual(['account-removal', 'exception-expiry']);
    expect(items[0]!.column).toBeLessThan(items[1]!.column!);
    const { users, ...rest } = ledger; // exceptions before users: now the exception comes first
    const exceptionsFirst = report([input({ ...rest, users } as Ledger, 'one-line.json', 0)]).items.filter((item) => item.due === '2026-12-01');
    expect(exceptionsFirst.map((item) => item.kind)).toEqual(['exception-expiry', 'account-removal']);
  });
});

describe('the iCalendar file', () => {
  /** RFC 5545 §3.1 unfolding. */
  const unfold = (text: string) => text.replace(/\r\n /g, '');

  /** The formatter loaded by the test itself: the reminder days are module-level data, and mutation
   * testing (ignoreStatic) only counts a test as covering them when that test loads them. */
  function freshIcs(due: DueReport): string {
    let text = '';
    jest.isolateModules(() => {
      text = (require('../../src/due/formats/ics') as typeof import('../../src/due/formats/ics')).default(due, { color: false });
    });
    return text;
  }

  it('is exactly this: all-day events titled with their facility, overdue ones on as-of, reminders a week and a day before future ones', () => {
    expect(freshIcs(report([input(fiveDeadlines())])).split('\r\n')).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//dokodemo-check//dokodemo-check 9.9.9//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:どこでも連絡帳 ledger deadlines",
      "BEGIN:VEVENT",
      "UID:080472d6d7f3b6d6f2e11a15343e917e4bf60e35@dokodemo-check",
      "DTSTAMP:20261124T000000Z",
      "DTSTART;VALUE=DATE:20261124",
      "DTEND;VALUE=DATE:20261125",
      "SUMMARY:さくら訪問看護ステーション: [overdue] The exception to",
      "  mfa for device PC-01 expires: fix the problem and remove it\\, or have it ",
      " approved again and update expires",
      "DESCRIPTION:Due 2026-11-22 (overdue by 2 days)\\nsakura.yaml:157:15 (/except",
      " ions/0/expires)\\nexception-expiry",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:918b05120ad918978a5656c89d9cc7102d3113a3@dokodemo-check",
      "DTSTAMP:20261124T000000Z",
      "DTSTART;VALUE=DATE:20261124",
      "DTEND;VALUE=DATE:20261125",
      "SUMMARY:さくら訪問看護ステーション: [overdue] Change 高橋 ",
      " 健's MCS password (its last change is not recorded)\\, then write the day ",
      " in mcs_password_changed",
      "DESCRIPTION:Due 2026-11-24 (overdue)\\nsakura.yaml:124:28 (/users/1/mcs_pass",
      " word_changed)\\nmcs-password",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:a3a80075bb97512b5408f15bc3d0130378401466@dokodemo-check",
      "DTSTAMP:20261124T000000Z",
      "DTSTART;VALUE=DATE:20261124",
      "DTEND;VALUE=DATE:20261125",
      "SUMMARY:さくら訪問看護ステーション: The exception to mfa for d",
      " evice SP-01 expires: fix the problem and remove it\\, or have it approved a",
      " gain and update expires",
      "DESCRIPTION:Due 2026-11-24 (due today)\\nsakura.yaml:165:15 (/exceptions/1/e",
      " xpires)\\nexception-expiry",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:7612370c7969d63638117c6ce1ce7664d1016898@dokodemo-check",
      "DTSTAMP:20261124T000000Z",
      "DTSTART;VALUE=DATE:20261129",
      "DTEND;VALUE=DATE:20261130",
      "SUMMARY:さくら訪問看護ステーション: Change 佐藤 由美's MCS",
      "  password (last changed 2026-09-29\\; every 2 months)\\, then update mcs_pas",
      " sword_changed in the ledger",
      "DESCRIPTION:Due 2026-11-29 (in 5 days)\\nsakura.yaml:106:28 (/users/0/mcs_pa",
      " ssword_changed)\\nmcs-password",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER;RELATED=START:-P1D",
      "DESCRIPTION:さくら訪問看護ステーション: Change 佐藤 由美's",
      "  MCS password (last changed 2026-09-29\\; every 2 months)\\, then update mcs",
      " _password_changed in the ledger",
      "END:VALARM",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:ab716dd11f3be8e73eedf6984d55c924c611a497@dokodemo-check",
      "DTSTAMP:20261124T000000Z",
      "DTSTART;VALUE=DATE:20261214",
      "DTEND;VALUE=DATE:20261215",
      "SUMMARY:さくら訪問看護ステーション: Review the ledger and upda",
      " te facility.updated (last reviewed 2025-12-14\\; every 12 months)",
      "DESCRIPTION:Due 2026-12-14 (in 20 days)\\nsakura.yaml:5:14 (/facility/update",
      " d)\\nledger-review",
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER;RELATED=START:-P7D",
      "DESCRIPTION:さくら訪問看護ステーション: Review the ledger and ",
      " update facility.updated (last reviewed 2025-12-14\\; every 12 months)",
      "END:VALARM",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER;RELATED=START:-P1D",
      "DESCRIPTION:さくら訪問看護ステーション: Review the ledger and ",
      " update facility.updated (last reviewed 2025-12-14\\; every 12 months)",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it('has a Japanese calendar name and PRODID with --lang ja', () => {
    const lines = render('ics', report([input(cleanLedger())], { lang: 'ja', within: 0 })).split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//dokodemo-check//dokodemo-check 9.9.9//JA',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:どこでも連絡帳 台帳の期限',
    ]);
    expect(lines.slice(6)).toEqual(['END:VCALENDAR', '']);
  });

  it('never makes a ledger that does not load a calendar event (due says so on stderr)', () => {
    const broken = { file: 'broken.yaml', bytes: Buffer.from('version: 1\nfacility: {name: x}\n') };
    const text = render('ics', report([broken]));
    expect(text).not.toContain('BEGIN:VEVENT');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('gives an event on the last writable day no DTEND (one day), and the day before one', () => {
    const ledger = cleanLedger();
    const exception = { rule: 'mfa', reason: 'r', approved_by: 'x', approved_on: '2026-01-01' };
    ledger.exceptions = [
      { ...exception, target: 'PC-01', expires: '9999-12-30' },
      { ...exception, target: 'SP-01', expires: '9999-12-31' },
    ];
    const text = unfold(render('ics', report([input(ledger)], { within: 3_000_000 })));
    const events = text.split('BEGIN:VEVENT\r\n').slice(1).map((event) => event.split('\r\n').filter((line) => !/^(UID|SUMMARY|DESCRIPTION|BEGIN:VALARM|END:VALARM|ACTION|TRIGGER|END:VCALENDAR|)(:|;|$)/.test(line)));
    expect(events.slice(-2)).toEqual([
      ['DTSTAMP:20261124T000000Z', 'DTSTART;VALUE=DATE:99991230', 'DTEND;VALUE=DATE:99991231', 'TRANSP:TRANSPARENT', 'END:VEVENT'],
      ['DTSTAMP:20261124T000000Z', 'DTSTART;VALUE=DATE:99991231', 'TRANSP:TRANSPARENT', 'END:VEVENT'],
    ]);
  });
});

describe('a ledger that does not load', () => {
  it('has its problems in the order of the file, as check lists them', () => {
    const text = 'version: 1\nusers:\n  - name: x\nfacility:\n  name: x\n'; // users before facility
    const due = report([{ file: 'broken.yaml', bytes: Buffer.from(text) }]);
    expect(due.invalid.files[0]!.findings.map((finding) => `${finding.line}:${finding.column}`)).toEqual(['1:1', ...Array(10).fill('3:5'), ...Array(5).fill('5:3')]);
  });
});

describe('a workbook', () => {
  it('gives its items a sheet and cell instead of a line and column, in JSON and in the table', async () => {
    const { workbookBytes } = await import('../helpers/workbook'); // exceljs only for this test
    const bytes = await workbookBytes(fiveDeadlines());
    const due = report([{ file: 'sakura.xlsx', bytes }], { within: 0 });
    const json = JSON.parse(render('json', due));
    expect(Object.keys(json.items[0])).toEqual(['file', 'due', 'kind', 'target', 'path', 'line', 'column', 'sheet', 'cell', 'overdue', 'daysLeft', 'message', 'facility']);
    expect(json.items.map(({ path, line, column, sheet, cell }: Record<string, unknown>) => ({ path, line, column, sheet, cell }))).toEqual([
      { path: '/exceptions/0/expires', line: null, column: null, sheet: '例外', cell: 'F3' },
      { path: '/users/1/mcs_password_changed', line: null, column: null, sheet: '利用者', cell: 'H4' },
      { path: '/exceptions/1/expires', line: null, column: null, sheet: '例外', cell: 'F4' },
    ]);
    const table = render('table', report([{ file: 'sakura.xlsx', bytes }, input(fiveDeadlines())], { within: 0 }));
    expect(table.split('\n').filter((line) => line.includes('PC-01')).map((line) => line.split(/ {2,}/).at(-1))).toEqual(['sakura.xlsx:例外!F3', 'sakura.yaml:157']);
  });
});
