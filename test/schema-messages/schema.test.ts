// Schema findings end to end: the mistakes people make, each with its position and its message.
import { readFileSync } from 'node:fs';
import { validateLedger } from '../../src/schema/validate';
import { runCli } from '../helpers/cli';
import { cleanLedger } from '../helpers/ledger-fixture';

const CLEAN = readFileSync('examples/home-nursing-clean.yaml', 'utf8');

interface Reported {
  line: number;
  column: number;
  path: string;
  message: string;
}

/** Checks CLEAN with `from` replaced by `to`, and returns the schema findings. */
function schemaFindings(from: string | RegExp, to: string, lang: 'en' | 'ja' = 'en'): Reported[] {
  const text = CLEAN.replace(from, to);
  expect(text).not.toBe(CLEAN);
  const run = runCli(['--as-of', '2026-11-24', '-f', 'json', '--lang', lang, '-', '--stdin-filename', 'x.yaml'], { stdin: text });
  expect(run.code).toBe(1);
  const findings = JSON.parse(run.stdout).files[0].findings as Array<Reported & { ruleId: string }>;
  expect(findings.every((finding) => finding.ruleId === 'schema')).toBe(true);
  return findings.map(({ line, column, path, message }) => ({ line, column, path, message }));
}

describe('schema findings', () => {
  it('the examples and the fixture are valid', () => {
    expect(validateLedger(cleanLedger())).toEqual([]);
  });

  it('a date that is not YYYY-MM-DD says how to write it', () => {
    expect(schemaFindings('updated: 2026-11-01', 'updated: 2026/11/01')).toEqual([
      { line: 8, column: 12, path: '/facility/updated', message: '`updated` (date the ledger was last reviewed): "2026/11/01" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01)' },
    ]);
    expect(schemaFindings('updated: 2026-11-01', 'updated: 令和8年11月1日', 'ja')).toEqual([
      { line: 8, column: 12, path: '/facility/updated', message: '`updated`（台帳を最後に見直した日）の「令和8年11月1日」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）で記入してください' },
    ]);
    expect(schemaFindings('updated: 2026-11-01', 'updated: 20261101')[0]!.message).toBe('`updated` (date the ledger was last reviewed): "20261101" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01)');
  });

  it('a date that does not exist is named as such', () => {
    expect(schemaFindings('start_date: 2024-04-01', 'start_date: 2026-02-30')).toEqual([
      { line: 104, column: 17, path: '/users/0/start_date', message: '`start_date` (date the person started using MCS): 2026-02-30 is not a real calendar date. Check the month and day' },
    ]);
    expect(schemaFindings('start_date: 2024-04-01', 'start_date: 2025-02-29')[0]!.message).toContain('2025-02-29 is not a real calendar date');
    expect(validateLedger({ ...cleanLedger(), facility: { ...cleanLedger().facility, updated: '2024-02-29' } })).toEqual([]);
  });

  it('yes / はい for a boolean says to use true or false', () => {
    expect(schemaFindings('antivirus_required: true', 'antivirus_required: yes')).toEqual([
      { line: 23, column: 25, path: '/facility/rules/antivirus_required', message: '`antivirus_required` (usage rules require antivirus software): use true or false, not "yes" (for "yes" write true)' },
    ]);
    expect(schemaFindings('antivirus_required: true', 'antivirus_required: はい', 'ja')[0]!.message).toBe(
      '`antivirus_required`（利用規程「コンピュータウイルス対策ソフトの導入」の有無）は "はい" ではなく true か false で記入してください（"はい" なら true）',
    );
    expect(schemaFindings('antivirus_required: true', 'antivirus_required: 1')[0]!.message).toBe('`antivirus_required` (usage rules require antivirus software): use true or false, not "1"');
  });

  it('a misspelled key is named at the key, with the key probably meant (one finding, not two)', () => {
    expect(schemaFindings('      antivirus: true\n      os_up_to_date: true\n      unused_apps: removed', '      antivirs: true\n      os_up_to_date: true\n      unused_apps: removed')).toEqual([
      { line: 42, column: 7, path: '/devices/0/security/antivirs', message: 'Unknown key `antivirs`. Did you mean `antivirus`? (custom fields must start with `x-`)' },
    ]);
  });

  it('a missing 有無 key is "not recorded", reported at the object that lacks it', () => {
    expect(schemaFindings('      file_sharing_software: false\n      mcs_password_saved: false\n      mfa: true\n    shared_outside_staff: false\n\n  - id: SK-TB-01', '      mcs_password_saved: false\n      mfa: true\n    shared_outside_staff: false\n\n  - id: SK-TB-01', 'ja')).toEqual([
      {
        line: 40,
        column: 7,
        path: '/devices/0/security',
        message: '必須項目 `file_sharing_software`（ファイル交換（P2P）ソフトのインストールの有無）がありません。true か false で記入してください（無い場合も false と記入します。項目がないと「未記録」の扱いになります）',
      },
    ]);
  });

  it('note and x- keys are allowed everywhere', () => {
    const ledger = cleanLedger() as unknown as Record<string, unknown> & { facility: Record<string, unknown>; devices: Array<Record<string, unknown>> };
    ledger.note = '2026 年度版';
    ledger['x-版'] = 3;
    ledger.facility['x-内線'] = '123';
    ledger.devices[0]!.note = '受付の PC';
    (ledger.devices[0]!.security as Record<string, unknown>)['x-mdm'] = 'Intune';
    expect(validateLedger(ledger)).toEqual([]);
  });

  it('conditional keys are required exactly when their condition holds', () => {
    const missing = (mutate: (l: ReturnType<typeof cleanLedger>) => void) => {
      const ledger = cleanLedger();
      mutate(ledger);
      return validateLedger(ledger).map((finding) => `${finding.path.join('/')}: ${finding.message.en.match(/^Required key `\w+`/)?.[0]}`);
    };
    expect(missing((l) => delete l.devices[0]!.security.lock_password)).toEqual(['devices/0/security: Required key `lock_password`']);
    expect(missing((l) => { l.devices[0]!.security.startup_password = false; delete l.devices[0]!.security.lock_password; })).toEqual([]);
    expect(missing((l) => delete l.devices[1]!.security.remote_wipe)).toEqual(['devices/1/security: Required key `remote_wipe`']);
    expect(missing((l) => delete l.devices[0]!.security.remote_wipe)).toEqual([]);
    expect(missing((l) => delete l.devices[1]!.security.unknown_sources_blocked)).toEqual(['devices/1/security: Required key `unknown_sources_blocked`']);
    expect(missing((l) => { l.devices[0]!.ownership = 'personal'; })).toEqual(['devices/0/security: Required key `settings_admin_only`']);
    expect(missing((l) => { l.devices[0]!.status = 'retired'; })).toEqual(['devices/0: Required key `disposal`']);
  });

  it('carrier_remote_lock takes a date, null or not_applicable, with one message otherwise', () => {
    const withLock = (lock: unknown) => {
      const ledger = cleanLedger() as unknown as Record<string, unknown>;
      ledger.incidents = [{ date: '2026-11-01', device: 'SP-01', user: 'sato@sakura.example.jp', kind: 'lost', mcs_password_changed: null, secretariat_notified: null, carrier_remote_lock: lock }];
      return validateLedger(ledger).map((finding) => finding.message.en);
    };
    expect([withLock('2026-11-01'), withLock(null), withLock('not_applicable')]).toEqual([[], [], []]);
    expect(withLock('soon')).toEqual(['`carrier_remote_lock` (date the carrier was asked to remote-lock the device): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01), null or not_applicable']);
    expect(withLock('2026-02-30')).toEqual(['`carrier_remote_lock` (date the carrier was asked to remote-lock the device): {value} is not a real calendar date. Check the month and day']);
  });

  it('an enum value suggests the close one, and no raw ajv text leaks', () => {
    expect(schemaFindings('type: smartphone', 'type: smartfone')).toEqual([
      { line: 76, column: 11, path: '/devices/2/type', message: '`type` (device type): "smartfone" cannot be used. Did you mean `smartphone`? Use pc, tablet or smartphone' },
    ]);
  });

  it('reports every problem at once', () => {
    const text = CLEAN.replace('version: 1', 'version: 2').replace('networks: [carrier]', 'networks: [carrier, carrier]').replace('mcs_id: ito.naoko@sakura-houkan.example.jp', 'mcs_id: ito.naoko');
    const run = runCli(['--as-of', '2026-11-24', '-f', 'json', '-'], { stdin: text });
    const findings = JSON.parse(run.stdout).files[0].findings as Reported[];
    expect(findings.map((finding) => [finding.path, finding.message])).toEqual([
      ['/version', '`version` (format version of this ledger): "2" cannot be used. Use 1'],
      ['/devices/2/networks/1', '`networks` (networks used) lists "carrier" more than once. List it once'],
      ['/users/2/mcs_id', '`mcs_id` (MCS id): "ito.naoko" is not an e-mail address. Write the address registered with MCS (e.g. name@example.jp)'],
    ]);
    expect(run.stdout).not.toMatch(/must match|must NOT|must be equal|"then"|schema\b.*#\//);
  });

  it('the empty file, a list and a scalar get one clear finding', () => {
    for (const [stdin, en] of [
      ['', 'The ledger is empty. Write version, facility, devices and users (`dokodemo-check init` writes a starter)'],
      ['- a\n- b\n', 'Write the ledger as "key: value" lines with version, facility, devices and users'],
      ['just text\n', 'Write the ledger as "key: value" lines with version, facility, devices and users'],
    ]) {
      const findings = JSON.parse(runCli(['-f', 'json', '-'], { stdin }).stdout).files[0].findings;
      expect(findings.map((f: Reported) => [f.line, f.column, f.path, f.message])).toEqual([[1, 1, '', en]]);
    }
  });

  it('users must list at least one user', () => {
    const ledger = { ...cleanLedger(), users: [] };
    expect(validateLedger(ledger).map((finding) => [finding.path, finding.message.en])).toEqual([[['users'], '`users` (MCS users) needs at least one entry']]);
  });
});
