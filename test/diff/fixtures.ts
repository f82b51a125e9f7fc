// Versions of examples/clinic-with-findings.yaml for the diff and baseline tests: the same ledger
// reordered, with lines inserted, with changes a reviewer must see, with one new problem.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { GIT_ENV as SNAPSHOT_GIT_ENV } from '../helpers/snapshot';

export const AS_OF = '2026-11-24';
export const EXAMPLE = 'examples/clinic-with-findings.yaml';

type Ledger = Record<string, any>;

export const original = (): string => readFileSync(EXAMPLE, 'utf8');
const parsed = (): Ledger => load(original(), { schema: CORE_SCHEMA }) as Ledger;
const written = (ledger: Ledger): string => dump(ledger, { schema: CORE_SCHEMA, lineWidth: -1 });

/** Devices and users in reverse order, every line moved (written again by js-yaml). */
export function reordered(): string {
  const ledger = parsed();
  ledger.devices.reverse();
  ledger.users.reverse();
  ledger.facility.mcs_admins.reverse();
  return written(ledger);
}

/** Comment lines inserted above everything: every finding's line moves down. */
export function linesInserted(): string {
  const lines = original().split('\n');
  const note = ['# 2026-11 見直し: 担当者の確認済み', '# reviewed by the manager', '# (three lines above every finding)'];
  return [...lines.slice(0, 3), ...note, ...lines.slice(3)].join('\n');
}

/** Reordered, and MD-PC-01 without antivirus: one new finding. */
export function oneNewProblem(): string {
  const ledger = parsed();
  ledger.devices.reverse();
  ledger.users.reverse();
  ledger.devices.find((device: Ledger) => device.id === 'MD-PC-01').security.antivirus = false;
  return written(ledger);
}

/** What a reviewer must see, with the lists reordered too. */
export function changed(): string {
  const ledger = parsed();
  ledger.devices.reverse();
  ledger.users.reverse();
  const user = (name: string) => ledger.users.find((entry: Ledger) => entry.name === name);
  const device = (id: string) => ledger.devices.find((entry: Ledger) => entry.id === id);
  user('中村 誠').mcs_password_changed = '2026-11-01';
  user('山本 翔太').account_status = 'deleted';
  device('MD-TB-01').status = 'lost';
  ledger.devices = ledger.devices.filter((entry: Ledger) => entry.id !== 'MD-PC-OLD');
  const kobayashi = user('小林 恵');
  kobayashi.devices = kobayashi.devices.filter((id: string) => id !== 'SP-03');
  ledger.users.splice(1, 0, { ...structuredClone(kobayashi), name: '佐藤 花子', mcs_id: 'sato@midori-clinic.example.jp', devices: ['SP-03'] });
  ledger.exceptions = [
    { rule: 'mfa', target: 'MD-PC-01', reason: '二要素認証の端末を手配中', approved_by: '院長', approved_on: '2026-11-01', expires: '2027-03-31' },
  ];
  return written(ledger);
}

/** The changes `changed()` makes, as `diff -f json` lists them. */
export const EXPECTED_CHANGES = [
  { section: 'staff', change: 'added', id: 'sato@midori-clinic.example.jp', label: '佐藤 花子' },
  { section: 'staff', change: 'account-deleted', id: 'yamamoto@midori-clinic.example.jp', label: '山本 翔太', before: 'active', after: 'deleted' },
  { section: 'staff', change: 'password-changed', id: 'Nakamura@midori-clinic.example.jp', label: '中村 誠', before: '2026-05-10', after: '2026-11-01' },
  { section: 'devices', change: 'owner-changed', id: 'SP-03', label: 'SP-03', before: ['小林 恵'], after: ['佐藤 花子'] },
  { section: 'devices', change: 'lost', id: 'MD-TB-01', label: 'MD-TB-01', before: 'active', after: 'lost' },
  { section: 'devices', change: 'removed', id: 'MD-PC-OLD', label: 'MD-PC-OLD' },
  { section: 'exceptions', change: 'added', id: 'mfa>MD-PC-01', label: 'mfa → MD-PC-01', after: '2027-03-31' },
];

/** The snapshot's git identity (test/helpers/snapshot.ts), and no global git configuration of the user's. */
export const GIT_ENV = { ...SNAPSHOT_GIT_ENV, GIT_CONFIG_GLOBAL: '/dev/null' };

/** git in a folder, as a test runs it. */
export function gitIn(folder: string): (...args: string[]) => string {
  return (...args) => execFileSync('git', args, { cwd: folder, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
}
