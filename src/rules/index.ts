// The rule registry: every rule module, in catalogue order (rules.md). Adding a rule = one module + one line here.
import type { Rule } from './rule';
import yamlSyntax from './yaml-syntax';
import schema from './schema';
import hiddenSheet from './hidden-sheet';
import unreadableFile from './unreadable-file';
import spreadsheetFormat from './spreadsheet-format';
import duplicateId from './duplicate-id';
import unknownReference from './unknown-reference';
import futureDate from './future-date';
import facilityRules from './facility-rules';
import adminIsUser from './admin-is-user';
import ssidStealth from './ssid-stealth';
import ledgerReview from './ledger-review';
import mcsPasswordAge from './mcs-password-age';
import mcsPasswordExpiring from './mcs-password-expiring';
import policyRead from './policy-read';
import training from './training';
import pledge from './pledge';
import pledgeBeforeUse from './pledge-before-use';
import userDevices from './user-devices';
import deviceNotActive from './device-not-active';
import departedUser from './departed-user';
import startupPassword from './startup-password';
import lockPasswordStrength from './lock-password-strength';
import lockPasswordSymbols from './lock-password-symbols';
import antivirus from './antivirus';
import osUpToDate from './os-up-to-date';
import unusedApps from './unused-apps';
import fileSharingSoftware from './file-sharing-software';
import mcsPasswordSaved from './mcs-password-saved';
import publicWirelessLan from './public-wireless-lan';
import byodAdminLock from './byod-admin-lock';
import byod from './byod';
import remoteWipe from './remote-wipe';
import unknownSources from './unknown-sources';
import deviceShared from './device-shared';
import outsideLocationDetail from './outside-location-detail';
import mfa from './mfa';
import privacyFilter from './privacy-filter';
import patientDataOnDevice from './patient-data-on-device';
import encryption from './encryption';
import wipeAfterFailedAttempts from './wipe-after-failed-attempts';
import retiredDeviceWiped from './retired-device-wiped';
import lostDeviceIncident from './lost-device-incident';
import incidentPasswordChange from './incident-password-change';
import incidentSecretariat from './incident-secretariat';
import incidentCarrierLock from './incident-carrier-lock';
import exceptionExpired from './exception-expired';
import exceptionUnused from './exception-unused';
import crossUser from './cross-user';
import crossUserName from './cross-user-name';
import crossDeparted from './cross-departed';
import crossDevice from './cross-device';
import crossDeviceStatus from './cross-device-status';
import crossAdmin from './cross-admin';
import { isCrossRule } from './cross';
import type { CrossRule } from './cross';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  hiddenSheet,
  unreadableFile,
  spreadsheetFormat,
  duplicateId,
  unknownReference,
  futureDate,
  facilityRules,
  adminIsUser,
  ssidStealth,
  ledgerReview,
  mcsPasswordAge,
  mcsPasswordExpiring,
  policyRead,
  training,
  pledge,
  pledgeBeforeUse,
  userDevices,
  deviceNotActive,
  departedUser,
  startupPassword,
  lockPasswordStrength,
  lockPasswordSymbols,
  antivirus,
  osUpToDate,
  unusedApps,
  fileSharingSoftware,
  mcsPasswordSaved,
  publicWirelessLan,
  byodAdminLock,
  byod,
  remoteWipe,
  unknownSources,
  deviceShared,
  outsideLocationDetail,
  mfa,
  privacyFilter,
  patientDataOnDevice,
  encryption,
  wipeAfterFailedAttempts,
  retiredDeviceWiped,
  lostDeviceIncident,
  incidentPasswordChange,
  incidentSecretariat,
  incidentCarrierLock,
  exceptionExpired,
  exceptionUnused,
  // Across ledgers: run once over every ledger of a run (src/engine/cross-check.ts), not on one.
  crossUser,
  crossUserName,
  crossDeparted,
  crossDevice,
  crossDeviceStatus,
  crossAdmin,
];

/** The rules that compare ledgers with each other (`--no-cross` turns them all off). */
export const CROSS_RULES: readonly CrossRule[] = RULES.filter(isCrossRule);

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Rules whose findings cannot be suppressed by an exception, nor configured. */
export const UNEXCEPTABLE_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'schema', 'hidden-sheet', 'unreadable-file']);
