// Exact checks of dueReport and dueExitCode, the module loaded inside each test (test/helpers/fresh.ts):
// a ledger whose broken entries are left out is listed in part and named as invalid, with its errors, and
// the report is then incomplete; the exit code with and without --fail-on-overdue.
import type { DueOptions } from '../../src/due/report';
import type { Ledger } from '../../src/ledger';
import { fresh } from '../helpers/fresh';
import { EMPTY_CONFIG, cleanLedger } from '../helpers/ledger-fixture';

const AS_OF = '2026-11-24';
const OPTIONS: DueOptions = { asOf: AS_OF, within: 30, config: EMPTY_CONFIG, lang: 'en', redact: false, version: '9.9.9' };

function load(): typeof import('../../src/due/report') {
  return fresh(() => require('../../src/due/report'));
}

function bytes(ledger: unknown): Buffer {
  return Buffer.from(JSON.stringify(ledger, null, 1));
}

/** A user with an unreadable password date and a device with an unknown key: both entries are left out. */
function partlyBroken(): Ledger {
  const ledger = cleanLedger() as Ledger & { devices: Array<Record<string, unknown>> };
  (ledger.users[1] as unknown as Record<string, unknown>).mcs_password_changed = 'soon';
  ledger.devices[0]!.bogus = 1;
  return ledger;
}

describe('dueReport', () => {
  it('lists what it can of a ledger whose broken entries were left out, and names the ledger with its errors', () => {
    const { dueReport } = load();
    const report = dueReport([{ file: 'a.yaml', bytes: bytes(partlyBroken()) }], OPTIONS);
    expect(report.complete).toBe(false);
    expect(report.items.map((item) => [item.kind, item.due, item.path])).toEqual([['mcs-password', '2026-12-20', '/users/0/mcs_password_changed']]);
    expect(report.invalid.failOn).toBe('error');
    expect(report.invalid.files.map((file) => [file.file, file.findings.map((f) => [f.ruleId, f.severity, f.path, f.line, f.failing]), file.leftOut?.map((entry) => entry.path)])).toEqual([
      [
        'a.yaml',
        [
          ['schema', 'error', '/devices/0/bogus', 62, true],
          ['schema', 'error', '/users/1/mcs_password_changed', 125, true],
        ],
        ['/users/1', '/devices/0'],
      ],
    ]);
    expect(report.invalid.summary).toEqual({ files: 1, error: 2, warning: 0, info: 0, suppressed: 0 });
  });

  it('is complete when every ledger loaded whole', () => {
    const { dueReport } = load();
    const report = dueReport([{ file: 'a.yaml', bytes: bytes(cleanLedger()) }], OPTIONS);
    expect(report.complete).toBe(true);
    expect(report.invalid.files).toEqual([]);
  });
});

describe('dueExitCode', () => {
  it('is 1 with --fail-on-overdue when something is overdue, else 0', () => {
    const { dueReport, dueExitCode } = load();
    const ledger = cleanLedger();
    ledger.facility.updated = '2025-11-01'; // review overdue since 2026-11-01
    const overdue = dueReport([{ file: 'a.yaml', bytes: bytes(ledger) }], OPTIONS);
    expect(overdue.items.some((item) => item.overdue)).toBe(true);
    expect(dueExitCode(overdue, true)).toBe(1);
    expect(dueExitCode(overdue, false)).toBe(0);
    const onTime = dueReport([{ file: 'a.yaml', bytes: bytes(cleanLedger()) }], OPTIONS);
    expect(onTime.items.length).toBeGreaterThan(0);
    expect(onTime.items.some((item) => item.overdue)).toBe(false);
    expect(dueExitCode(onTime, true)).toBe(0);
  });

  it('is 1 when a ledger did not load, whatever is overdue', () => {
    const { dueReport, dueExitCode } = load();
    const report = dueReport([{ file: 'b.yaml', bytes: Buffer.from('facility: [') }], OPTIONS);
    expect(report.complete).toBe(false);
    expect(dueExitCode(report, false)).toBe(1);
  });
});
