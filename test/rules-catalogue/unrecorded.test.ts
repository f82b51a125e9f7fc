// An optional yes/no left out of the ledger is not a "no": the finding says it is not recorded and
// what to write; an explicit false keeps the wording that states the fact.
import { fill } from '../../src/i18n/lang';
import type { Ledger } from '../../src/ledger';
import type { Finding } from '../../src/types';
import { cleanLedger, runRule } from '../helpers/ledger-fixture';

function text(finding: Finding) {
  // `cell`: where a workbook points (the item's own empty cell; rules.md's node stays the YAML's `path`).
  return { path: finding.path.join('/'), cell: finding.cellPath?.join('/'), ja: fill(finding.message.ja, finding.data), en: fill(finding.message.en, finding.data) };
}

function only(ruleId: string, ledger: Ledger) {
  const findings = runRule(ruleId, ledger);
  expect(findings).toHaveLength(1);
  return text(findings[0]!);
}

/** SP-01 (a smartphone used outside) with patient data, owned personally, and `change` applied to its security. */
function phone(change: (security: Ledger['devices'][number]['security']) => void): Ledger {
  const ledger = cleanLedger();
  const device = ledger.devices[1]!;
  device.security.patient_data_stored = true;
  device.security.encrypted = true;
  device.security.wipe_after_failed_attempts = true;
  change(device.security);
  return ledger;
}

describe('a yes/no that is not written', () => {
  it('mfa', () => {
    expect(only('mfa', phone((s) => delete s.mfa))).toEqual({
      path: 'devices/1/security',
      cell: 'devices/1/security/mfa',
      ja: '端末 SP-01 で二要素認証を使っているかが記録されていません。使っていれば security.mfa: true、使っていなければ security.mfa: false と記入してください（二要素認証を推奨）',
      en: 'Whether device SP-01 uses two-factor login is not recorded. Write security.mfa: true if it does, or security.mfa: false if it does not (two-factor login is recommended)',
    });
    expect(only('mfa', phone((s) => (s.mfa = false)))).toEqual({
      path: 'devices/1/security/mfa',
      ja: '端末 SP-01 で二要素認証が使われていません（推奨）。二要素認証を設定し、security.mfa を true にしてください',
      en: 'Device SP-01 does not use two-factor login (recommended). Set it up and set security.mfa to true',
    });
  });

  it('privacy_filter', () => {
    expect(only('privacy-filter', phone((s) => delete s.privacy_filter))).toEqual({
      path: 'devices/1/security',
      cell: 'devices/1/security/privacy_filter',
      ja: '施設外で使う端末 SP-01 に覗き見防止フィルタがあるかが記録されていません。貼っていれば security.privacy_filter: true、貼っていなければ security.privacy_filter: false と記入してください',
      en: 'Whether device SP-01, used outside the facility, has a privacy filter is not recorded. Write security.privacy_filter: true if it has one, or security.privacy_filter: false if not',
    });
    expect(only('privacy-filter', phone((s) => (s.privacy_filter = false))).en).toBe(
      'Device SP-01 is used outside the facility without a privacy filter. Fit one and set security.privacy_filter to true',
    );
  });

  it('encrypted, with patient data on the device', () => {
    expect(only('encryption', phone((s) => delete s.encrypted))).toEqual({
      path: 'devices/1/security/patient_data_stored',
      cell: 'devices/1/security/encrypted',
      ja: '端末 SP-01 は患者情報を保存していますが、暗号化しているかが記録されていません。暗号化していれば security.encrypted: true と記入してください（していなければ暗号化を有効にしてから）',
      en: 'Device SP-01 keeps patient data but whether it is encrypted is not recorded. Write security.encrypted: true if it is (if not, turn on encryption first)',
    });
    expect(only('encryption', phone((s) => (s.encrypted = false))).en).toBe(
      'Device SP-01 keeps patient data but is not encrypted. Turn on encryption and set security.encrypted to true',
    );
  });

  it('wipe_after_failed_attempts, with patient data on a phone', () => {
    expect(only('wipe-after-failed-attempts', phone((s) => delete s.wipe_after_failed_attempts))).toEqual({
      path: 'devices/1/security/patient_data_stored',
      cell: 'devices/1/security/wipe_after_failed_attempts',
      ja: '端末 SP-01 は患者情報を保存していますが、パスワードを誤ると初期化されるかが記録されていません。設定していれば security.wipe_after_failed_attempts: true と記入してください（していなければ設定してから）',
      en: 'Device SP-01 keeps patient data but whether it is wiped after repeated wrong passwords is not recorded. Write security.wipe_after_failed_attempts: true if it is (if not, turn that on first)',
    });
    expect(only('wipe-after-failed-attempts', phone((s) => (s.wipe_after_failed_attempts = false))).en).toBe(
      'Device SP-01 keeps patient data but is not wiped after repeated wrong passwords. Turn that on and set security.wipe_after_failed_attempts to true',
    );
  });

  it('patient_data_stored: nothing fires when it is not written (rules.md: only true counts)', () => {
    const ledger = phone((s) => {
      delete s.patient_data_stored;
      delete s.encrypted;
      delete s.wipe_after_failed_attempts;
    });
    for (const rule of ['patient-data-on-device', 'encryption', 'wipe-after-failed-attempts']) expect(runRule(rule, ledger)).toEqual([]);
  });

  it('settings_admin_only on a personal device', () => {
    const ledger = phone(() => undefined);
    ledger.devices[1]!.ownership = 'personal';
    expect(only('byod-admin-lock', ledger)).toEqual({
      path: 'devices/1/security/settings_admin_only',
      cell: 'devices/1/security/settings_admin_only',
      ja: '個人所有端末 SP-01 の設定変更が管理者だけに限定されているかが記録されていません。限定していれば security.settings_admin_only: true と記入してください（していなければ限定してから）',
      en: 'Whether only an administrator can reconfigure personal device SP-01 is not recorded. Write security.settings_admin_only: true if so (if not, restrict settings changes first)',
    });
    ledger.devices[1]!.security.settings_admin_only = false;
    expect(only('byod-admin-lock', ledger).en).toBe(
      'Personal device SP-01 can be reconfigured by someone other than an administrator. Restrict settings changes to an administrator and set security.settings_admin_only to true',
    );
  });

  it("the facility's ssid_stealth, when the wireless LAN is not described at all", () => {
    const ledger = cleanLedger();
    delete ledger.facility.wireless_lan;
    expect(only('ssid-stealth', ledger)).toEqual({
      path: 'facility',
      cell: 'facility/wireless_lan/ssid_stealth',
      ja: '施設内無線 LAN を使う端末がありますが、SSID をステルス設定にしているかが記録されていません。していれば facility.wireless_lan.ssid_stealth: true と記入してください（していなければ親機で設定してから）',
      en: "Devices use the facility's wireless LAN but whether its SSID is hidden is not recorded. Write facility.wireless_lan.ssid_stealth: true if it is (if not, hide it on the access point first)",
    });
    ledger.facility.wireless_lan = { ssid_stealth: false };
    expect(only('ssid-stealth', ledger).en).toBe(
      "Devices use the facility's wireless LAN but its SSID is not hidden. Hide it on the access point and set facility.wireless_lan.ssid_stealth to true",
    );
  });
});
