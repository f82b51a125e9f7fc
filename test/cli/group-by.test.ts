// --group-by target: a section per person, device and the facility (a to-do list each) in table and
// markdown, for check and due; the machine formats keep their layout.
import { runCli } from '../helpers/cli';
import { cleanLedger } from '../helpers/ledger-fixture';

const AS_OF = ['--as-of', '2026-11-24'];
const FINDINGS = 'examples/clinic-with-findings.yaml';
const EXCEPTIONS = 'examples/visiting-nurse-exceptions.yaml';

/** Section headings of a table report: the lines that start at column 1 and are not the summary. */
function headings(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\S/.test(line) && !/^[✖✔●]/.test(line));
}

/** The rows under each heading, as [target, rule] pairs. */
function sections(stdout: string): Map<string, string[][]> {
  const result = new Map<string, string[][]>();
  let current: string[][] = [];
  for (const line of stdout.split('\n')) {
    if (/^\S/.test(line) && !/^[✖✔●]/.test(line)) result.set(line, (current = []));
    else if (/^ {2}\S/.test(line) && !/^ {2}(Severity|重大度)/.test(line)) current.push(line.trim().split(/\s{2,}/).slice(2, 4));
  }
  return result;
}

describe('check --group-by target', () => {
  const grouped = runCli([...AS_OF, '--group-by', 'target', FINDINGS, EXCEPTIONS]);
  const plain = runCli([...AS_OF, FINDINGS, EXCEPTIONS]);

  it('prints the facility, then each person and each device in ledger order, then what names no one', () => {
    expect(headings(grouped.stdout)).toEqual([
      `${FINDINGS} — Facility`,
      `${FINDINGS} — User 中村 誠 (Nakamura@midori-clinic.example.jp)`,
      `${FINDINGS} — User 小林 恵 (kobayashi@midori-clinic.example.jp)`,
      `${FINDINGS} — User 山本 翔太 (yamamoto@midori-clinic.example.jp)`,
      `${FINDINGS} — Device MD-PC-01`,
      `${FINDINGS} — Device MD-TB-01`,
      `${FINDINGS} — Device SP-03`,
      `${FINDINGS} — Device MD-SP-04`,
      `${FINDINGS} — Device MD-PC-OLD`,
      `${EXCEPTIONS} — Device HW-TB-01`,
      `${EXCEPTIONS} — The ledger as a whole`,
    ]);
  });

  it('puts each finding under its own target, all of them once, with the same summary and exit code', () => {
    const all = [...sections(grouped.stdout).entries()];
    for (const [heading, rows] of all) {
      const label = heading.split(' — ')[1]!;
      for (const [target] of rows) {
        if (label === 'Facility') expect(target).toBe('facility');
        else if (label === 'The ledger as a whole') expect(target).toBe('-');
        else expect(label).toContain(target!);
      }
    }
    expect(all.find(([heading]) => heading.endsWith('小林 恵 (kobayashi@midori-clinic.example.jp)'))![1].map(([, rule]) => rule)).toEqual([
      'mcs-password-expiring',
      'policy-read',
      'training',
      'pledge-before-use',
      'device-not-active',
    ]);
    const count = (stdout: string) => [...sections(stdout).values()].reduce((sum, rows) => sum + rows.length, 0);
    expect(count(grouped.stdout)).toBe(34);
    expect(grouped.stdout.trimEnd().split('\n').pop()).toBe(plain.stdout.trimEnd().split('\n').pop());
    expect(grouped.code).toBe(plain.code);
  });

  it('speaks Japanese', () => {
    const ja = runCli([...AS_OF, '--group-by', 'target', '--lang', 'ja', FINDINGS]).stdout;
    expect(headings(ja).slice(0, 2)).toEqual([`${FINDINGS} — 施設`, `${FINDINGS} — 利用者 中村 誠（Nakamura@midori-clinic.example.jp）`]);
  });

  it('writes a markdown section per target', () => {
    const { stdout } = runCli([...AS_OF, '-f', 'markdown', '--group-by', 'target', FINDINGS]);
    expect(stdout.split('\n').filter((line) => line.startsWith('### '))).toHaveLength(9);
    expect(stdout).toContain(`### ${FINDINGS} — Device SP-03\n\n| Severity |`);
    expect(stdout).toContain('✖ 31 problems (18 errors, 11 warnings, 2 info), 0 suppressed — 1 file');
  });

  it.each(['json', 'sarif', 'junit', 'github', 'html'])('leaves --format %s as it is', (format) => {
    const args = [...AS_OF, '-f', format, FINDINGS, EXCEPTIONS];
    expect(runCli([...args, '--group-by', 'target']).stdout).toBe(runCli(args).stdout);
  });

  it('groups by the real person under --redact: masked look-alikes stay apart', () => {
    const ledger = cleanLedger();
    ledger.users[1]!.mcs_id = 'saito@sakura.example.jp'; // masks to s***@sakura.example.jp, as sato@ does
    ledger.facility.mcs_admins = [{ name: '佐藤 由美', mcs_id: 'sato@sakura.example.jp' }];
    for (const user of ledger.users) user.policy_read = false;
    const { stdout } = runCli([...AS_OF, '--redact', '--group-by', 'target', '-', '--stdin-filename', 'l.yaml'], { stdin: JSON.stringify(ledger) });
    expect(headings(stdout)).toEqual(['l.yaml — User 佐* (s***@sakura.example.jp)', 'l.yaml — User 高* (s***@sakura.example.jp)']);
    expect(stdout).not.toMatch(/sato@|saito@|佐藤|高橋/);
  });

  it('keeps a ledger that does not load as one section of its own', () => {
    const { stdout } = runCli([...AS_OF, '--group-by', 'target', '-', '--stdin-filename', 'broken.yaml'], { stdin: 'version: 1\n' });
    expect(headings(stdout)).toEqual(['broken.yaml — The ledger as a whole']);
  });

  it('refuses any other value, in both languages', () => {
    expect(runCli([...AS_OF, '--group-by', 'person', FINDINGS])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --group-by must be target (not person)\n' });
    expect(runCli([...AS_OF, '--lang', 'ja', '--group-by', 'person', FINDINGS]).stderr).toBe('dokodemo-check: --group-by は target にしてください（person は使えません）\n');
  });
});

describe('due --group-by target', () => {
  it('prints a table per target, headed by it, without the target column', () => {
    const { stdout, code } = runCli(['due', ...AS_OF, '--group-by', 'target', FINDINGS]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `${FINDINGS} — Facility`,
        '  Due         Left                To do',
        '  2026-09-30  overdue by 55 days  Review the ledger and update facility.updated (last reviewed 2025-09-30; every 12 months)',
        '',
        `${FINDINGS} — User 中村 誠 (Nakamura@midori-clinic.example.jp)`,
        '  Due         Left                 To do',
        "  2026-07-10  overdue by 137 days  Change 中村 誠's MCS password (last changed 2026-05-10; every 2 months), then update mcs_password_changed in the ledger",
        '',
        `${FINDINGS} — User 小林 恵 (kobayashi@midori-clinic.example.jp)`,
        '  Due         Left       To do',
        "  2026-11-30  in 6 days  Change 小林 恵's MCS password (last changed 2026-09-30; every 2 months), then update mcs_password_changed in the ledger",
        '',
        `${FINDINGS} — User 山本 翔太 (yamamoto@midori-clinic.example.jp)`,
        '  Due         Left                To do',
        '  2026-09-30  overdue by 55 days  山本 翔太 stops using MCS on 2026-09-30: have the facility administrator delete the MCS account and set account_status to deleted',
        '',
        '✖ 4 items overdue or due within 30 days (3 overdue)',
        '',
      ].join('\n'),
    );
  });

  it('wraps what to do inside its column on an 80-column terminal, as the ungrouped table does', () => {
    const { stdout } = runCli(['due', ...AS_OF, '--group-by', 'target', '--no-color', FINDINGS], { tty: true, columns: 80 });
    expect(stdout.split('\n').slice(0, 8)).toEqual([
      `${FINDINGS} — Facility`,
      '  Due         Left                To do',
      '  2026-09-30  overdue by 55 days  Review the ledger and update facility.updated',
      '                                  (last reviewed 2025-09-30; every 12 months)',
      '',
      `${FINDINGS} — User 中村 誠`, // 83 columns: the heading wraps too
      '  (Nakamura@midori-clinic.example.jp)',
      '  Due         Left                 To do',
    ]);
  });

  it.each(['json', 'ics'])('leaves --format %s as it is', (format) => {
    const args = ['due', ...AS_OF, '-f', format, FINDINGS, EXCEPTIONS];
    expect(runCli([...args, '--group-by', 'target']).stdout).toBe(runCli(args).stdout);
  });

  it('refuses any other value', () => {
    expect(runCli(['due', ...AS_OF, '--group-by', 'file', FINDINGS])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --group-by must be target (not file)\n' });
  });
});
