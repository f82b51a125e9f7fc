// A small, realistic ledger that passes every rule as of FIXTURE_AS_OF; tests mutate a fresh copy.
import { runRules } from '../../src/engine/run-rules';
import type { Config } from '../../src/config/types';
import type { Incident, Ledger, LedgerException } from '../../src/ledger';
import type { Finding } from '../../src/types';

export const FIXTURE_AS_OF = '2026-11-24';

export function cleanLedger(): Ledger {
  return {
    version: 1,
    facility: {
      name: 'さくら訪問看護ステーション',
      updated: '2026-11-01',
      manager: { name: '佐藤 由美', title: '管理者' },
      mcs_facility_admin: { name: '佐藤 由美', mcs_id: 'sato@sakura.example.jp' },
      mcs_admins: [{ name: '高橋 健', mcs_id: 'takahashi@sakura.example.jp' }],
      rules: { public_wireless_lan_prohibited: true, startup_password_required: true, antivirus_required: true, unused_apps_handled: true },
      wireless_lan: { ssid_stealth: true },
    },
    devices: [
      {
        id: 'PC-01',
        type: 'pc',
        model: 'ThinkPad E14',
        os: 'windows',
        ownership: 'facility',
        status: 'active',
        locations: [{ place: 'in_facility', detail: '事務所' }],
        networks: ['facility_wired_lan', 'facility_wireless_lan'],
        security: {
          startup_password: true,
          lock_password: { min_length: 10, composition: 'alphanumeric' },
          antivirus: true,
          os_up_to_date: true,
          unused_apps: 'removed',
          file_sharing_software: false,
          mcs_password_saved: false,
          mfa: true,
        },
        shared_outside_staff: false,
      },
      {
        id: 'SP-01',
        type: 'smartphone',
        model: 'Pixel 8a',
        os: 'android',
        ownership: 'facility',
        status: 'active',
        locations: [{ place: 'outside', detail: '訪問先' }],
        networks: ['carrier'],
        security: {
          startup_password: true,
          lock_password: { min_length: 8, composition: 'alphanumeric_symbols' },
          antivirus: true,
          os_up_to_date: true,
          unused_apps: 'confirmed_no_impact',
          file_sharing_software: false,
          mcs_password_saved: false,
          remote_wipe: true,
          unknown_sources_blocked: true,
          mfa: true,
          privacy_filter: true,
        },
        shared_outside_staff: false,
      },
    ],
    users: [
      {
        name: '佐藤 由美',
        affiliation: 'さくら訪問看護ステーション',
        job_type: '看護師',
        mcs_id: 'sato@sakura.example.jp',
        start_date: '2024-04-01',
        account_status: 'active',
        mcs_password_changed: '2026-10-20',
        policy_read: true,
        training: { kind: 'lecture', date: '2024-03-15' },
        pledge_date: '2024-03-28',
        devices: ['PC-01'],
      },
      {
        name: '高橋 健',
        affiliation: 'さくら訪問看護ステーション',
        job_type: '理学療法士',
        mcs_id: 'takahashi@sakura.example.jp',
        start_date: '2025-06-01',
        account_status: 'active',
        mcs_password_changed: '2026-11-02',
        policy_read: true,
        training: { kind: 'video', date: '2025-05-20' },
        pledge_date: '2025-05-30',
        devices: ['SP-01'],
      },
      {
        name: '伊藤 直子',
        affiliation: 'さくら訪問看護ステーション',
        job_type: '看護師',
        mcs_id: 'ito@sakura.example.jp',
        start_date: '2023-10-01',
        end_date: '2026-03-31',
        account_status: 'deleted',
        mcs_password_changed: null,
        policy_read: false,
        training: null,
        pledge_date: null,
        devices: [],
      },
    ],
  };
}

export const EMPTY_CONFIG: Config = { rules: {} };

/** Runs every rule and returns the findings of one. */
export function runRule(ruleId: string, ledger: Ledger, asOf = FIXTURE_AS_OF, config: Config = EMPTY_CONFIG): Finding[] {
  return runRules(ledger, asOf, config).filter((finding) => finding.ruleId === ruleId);
}

/** The essentials of findings, for exact comparisons. */
export function summarise(findings: readonly Finding[]): Array<{ path: string; target?: string; messageId?: string }> {
  return findings.map((finding) => ({ path: finding.path.join('/'), ...(finding.target ? { target: finding.target.id } : {}) }));
}

/** An approved, unexpired exception: to mfa for the phone SP-01 unless overridden. */
export function approvedException(overrides: Partial<LedgerException> = {}): LedgerException {
  return { rule: 'mfa', target: 'SP-01', reason: '代替策あり', approved_by: '佐藤 由美', approved_on: '2026-04-01', expires: '2027-03-31', ...overrides };
}

/** The phone SP-01 lost by 高橋 健 on 2026-11-01, every step taken on time unless overridden. */
export function lostPhoneIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    date: '2026-11-01',
    device: 'SP-01',
    user: 'takahashi@sakura.example.jp',
    kind: 'lost',
    mcs_password_changed: '2026-11-01',
    secretariat_notified: '2026-11-02',
    carrier_remote_lock: '2026-11-01',
    ...overrides,
  };
}
