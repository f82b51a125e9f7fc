// Exact checks of the due formats and counts, each loading the modules inside the test (test/helpers/fresh.ts),
// so that mutation testing's per-test coverage counts them: narrow tables, the JSON items' keys, the JSON
// formatter itself, and the overdue count the check roll-up shows.
import type { DueFormatOptions } from '../../src/due/formats/types';
import type { DueInput, DueOptions, DueReport } from '../../src/due/report';
import type { Ledger } from '../../src/ledger';
import { fresh } from '../helpers/fresh';
import { DUE_AS_OF, fiveDeadlines } from '../helpers/due-fixture';
import { EMPTY_CONFIG, cleanLedger } from '../helpers/ledger-fixture';

const AS_OF = DUE_AS_OF;

type Modules = {
  formats: typeof import('../../src/due/formats');
  report: typeof import('../../src/due/report');
  json: typeof import('../../src/due/formats/json');
  collect: typeof import('../../src/due/collect');
};

function load(): Modules {
  return fresh(() => ({
    formats: require('../../src/due/formats'),
    report: require('../../src/due/report'),
    json: require('../../src/due/formats/json'),
    collect: require('../../src/due/collect'),
  }));
}

function input(ledger: Ledger, file = 'sakura.yaml'): DueInput {
  return { file, bytes: Buffer.from(JSON.stringify(ledger, null, 1)) };
}

function report(m: Modules, inputs: DueInput[], overrides: Partial<DueOptions> = {}): DueReport {
  return m.report.dueReport(inputs, { asOf: AS_OF, within: 30, config: EMPTY_CONFIG, lang: 'en', redact: false, version: '9.9.9', ...overrides });
}

function render(m: Modules, format: string, due: DueReport, options: Partial<DueFormatOptions> = {}): string {
  return m.formats.dueFormatter(format)!(due, { color: false, ...options });
}

describe('overdueCount', () => {
  it('counts what is past due or has no recorded start, not what is due today or later', () => {
    const m = load();
    // overdue by 2 days + unknown password change; not: due today, in 5 days, in 20 days
    expect(m.collect.overdueCount(fiveDeadlines() as never, EMPTY_CONFIG, AS_OF)).toBe(2);
    expect(m.collect.overdueCount(fiveDeadlines() as never, EMPTY_CONFIG, '2026-11-25')).toBe(3);
    expect(m.collect.overdueCount(fiveDeadlines() as never, EMPTY_CONFIG, '2026-11-22')).toBe(1);
  });
});

describe('JSON', () => {
  it('gives an item of a YAML ledger no sheet or cell keys at all', () => {
    const m = load();
    const items = m.json.dueJson(report(m, [input(fiveDeadlines())])).items as Array<Record<string, unknown>>;
    expect(Object.keys(items[0]!)).toEqual(['file', 'due', 'kind', 'target', 'path', 'line', 'column', 'overdue', 'daysLeft', 'message', 'facility']);
  });

  it('prints the JSON document with two-space indent and a final newline', () => {
    const m = load();
    const due = report(m, [input(fiveDeadlines())], { within: 0 });
    const text = render(m, 'json', due);
    expect(text).toBe(`${JSON.stringify(m.json.dueJson(due), null, 2)}\n`);
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "asOf": "2026-11-24",\n  "within": 0,\n')).toBe(true);
  });
});

describe('the table on a narrow terminal', () => {
  it('moves what to do below its row, one file', () => {
    const m = load();
    expect(render(m, 'table', report(m, [input(fiveDeadlines())], { within: 5 }), { width: 60 })).toBe(
      [
        'sakura.yaml',
        '  Due         Left               Target',
        '  2026-11-22  overdue by 2 days  PC-01',
        '      The exception to mfa for device PC-01 expires: fix the',
        '      problem and remove it, or have it approved again and',
        '      update expires',
        '  2026-11-24  overdue            高橋 健',
        "      Change 高橋 健's MCS password (its last change is not",
        '      recorded), then write the day in mcs_password_changed',
        '  2026-11-24  due today          SP-01',
        '      The exception to mfa for device SP-01 expires: fix the',
        '      problem and remove it, or have it approved again and',
        '      update expires',
        '  2026-11-29  in 5 days          佐藤 由美',
        "      Change 佐藤 由美's MCS password (last changed",
        '      2026-09-29; every 2 months), then update',
        '      mcs_password_changed in the ledger',
        '',
        '✖ 4 items overdue or due within 5 days (2 overdue)',
        '',
      ].join('\n'),
    );
  });

  it('moves the file below its row too with several files', () => {
    const m = load();
    const second = cleanLedger();
    second.facility.updated = '2025-11-01';
    second.facility.name = 'うめ診療所';
    const text = render(m, 'table', report(m, [input(fiveDeadlines()), input(second, 'ume.yaml')], { within: 0 }), { width: 60 });
    expect(text).toBe(SEVERAL);
  });

  it('groups by target within the width', () => {
    const m = load();
    const text = render(m, 'table', report(m, [input(fiveDeadlines())], { within: 0 }), { width: 50, groupBy: 'target' });
    expect(text).toBe(GROUPED);
  });
});

const SEVERAL = [
  "  Due         Left                Target",
  "  2026-11-01  overdue by 23 days  facility",
  "      うめ診療所: Review the ledger and update",
  "      facility.updated (last reviewed 2025-11-01; every 12",
  "      months)",
  "      ume.yaml:5",
  "  2026-11-22  overdue by 2 days   PC-01",
  "      さくら訪問看護ステーション: The exception to mfa for",
  "      device PC-01 expires: fix the problem and remove it,",
  "      or have it approved again and update expires",
  "      sakura.yaml:157",
  "  2026-11-24  overdue             高橋 健",
  "      さくら訪問看護ステーション: Change 高橋 健's MCS",
  "      password (its last change is not recorded), then write",
  "      the day in mcs_password_changed",
  "      sakura.yaml:124",
  "  2026-11-24  due today           SP-01",
  "      さくら訪問看護ステーション: The exception to mfa for",
  "      device SP-01 expires: fix the problem and remove it,",
  "      or have it approved again and update expires",
  "      sakura.yaml:165",
  "",
  "✖ 4 items overdue or due within 0 days (3 overdue)",
  "",
].join('\n');
const GROUPED = [
  "sakura.yaml — User 高橋 健",
  "  (takahashi@sakura.example.jp)",
  "  Due         Left",
  "  2026-11-24  overdue",
  "      Change 高橋 健's MCS password (its last",
  "      change is not recorded), then write the day",
  "      in mcs_password_changed",
  "",
  "sakura.yaml — Device PC-01",
  "  Due         Left",
  "  2026-11-22  overdue by 2 days",
  "      The exception to mfa for device PC-01",
  "      expires: fix the problem and remove it, or",
  "      have it approved again and update expires",
  "",
  "sakura.yaml — Device SP-01",
  "  Due         Left",
  "  2026-11-24  due today",
  "      The exception to mfa for device SP-01",
  "      expires: fix the problem and remove it, or",
  "      have it approved again and update expires",
  "",
  "✖ 3 items overdue or due within 0 days (2 overdue)",
  "",
].join('\n');

describe('the table with a ledger that did not load', () => {
  it('names it first, and says the list is incomplete', () => {
    const m = load();
    const due = report(m, [input(fiveDeadlines()), { file: 'b.yaml', bytes: Buffer.from('facility: [') }], { within: 0 });
    expect(render(m, 'table', due)).toBe(
      [
        "✖ The ledger b.yaml has 1 format problem, so its deadlines cannot be listed: check it with dokodemo-check and fix it",
        "",
        "sakura.yaml",
        "  Due         Left               Target   To do",
        "  2026-11-22  overdue by 2 days  PC-01    The exception to mfa for device PC-01 expires: fix the problem and remove it, or have it approved again and update expires",
        "  2026-11-24  overdue            高橋 健  Change 高橋 健's MCS password (its last change is not recorded), then write the day in mcs_password_changed",
        "  2026-11-24  due today          SP-01    The exception to mfa for device SP-01 expires: fix the problem and remove it, or have it approved again and update expires",
        "",
        "✖ 3 items overdue or due within 0 days (2 overdue)",
        "● This list is incomplete because of the format problems above: fix them and the rest of the deadlines are listed too",
        "",
      ].join('\n'),
    );
  });

  it('says only that, with nothing listed', () => {
    const m = load();
    const due = report(m, [{ file: 'b.yaml', bytes: Buffer.from('facility: [') }], { within: 0 });
    expect(render(m, 'table', due, { color: true })).toBe(
      [
        "\x1b[31m✖ The ledger b.yaml has 1 format problem, so its deadlines cannot be listed: check it with dokodemo-check and fix it\x1b[39m",
        "",
        "\x1b[33m\x1b[1m● This list is incomplete because of the format problems above: fix them and the rest of the deadlines are listed too\x1b[22m\x1b[39m",
        "",
      ].join('\n'),
    );
  });

  it('names each of several, one line each, then one blank line', () => {
    const m = load();
    const broken = (file: string) => ({ file, bytes: Buffer.from('facility: [') });
    const due = report(m, [broken('b.yaml'), broken('c.yaml')], { within: 0 });
    expect(render(m, 'table', due)).toBe(
      [
        '✖ The ledger b.yaml has 1 format problem, so its deadlines cannot be listed: check it with dokodemo-check and fix it',
        '✖ The ledger c.yaml has 1 format problem, so its deadlines cannot be listed: check it with dokodemo-check and fix it',
        '',
        '● This list is incomplete because of the format problems above: fix them and the rest of the deadlines are listed too',
        '',
      ].join('\n'),
    );
  });

  it('fits it to a narrow terminal', () => {
    const m = load();
    const due = report(m, [{ file: 'b.yaml', bytes: Buffer.from('facility: [') }], { within: 0 });
    expect(render(m, 'table', due, { width: 30 })).toBe(
      [
        "✖ The ledger b.yaml has 1",
        "  format problem, so its",
        "  deadlines cannot be listed:",
        "  check it with dokodemo-check",
        "  and fix it",
        "",
        "● This list is incomplete",
        "  because of the format",
        "  problems above: fix them and",
        "  the rest of the deadlines",
        "  are listed too",
        "",
      ].join('\n'),
    );
  });
});
