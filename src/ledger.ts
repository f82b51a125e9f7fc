// TypeScript view of a ledger that has passed schemas/ledger.schema.json (see ../shared/spec/ledger.md).
// Rules only ever see documents that validated, so these types can be trusted inside rules.

export type IsoDate = string;

export interface Person {
  name: string;
  mcs_id: string;
}

export interface FacilityRules {
  public_wireless_lan_prohibited: boolean;
  startup_password_required: boolean;
  antivirus_required: boolean;
  unused_apps_handled: boolean;
}

export interface Facility {
  name: string;
  updated: IsoDate;
  manager: { name: string; title?: string };
  mcs_facility_admin: Person;
  mcs_admins: Person[];
  rules: FacilityRules;
  wireless_lan?: { ssid_stealth: boolean };
}

export type DeviceType = 'pc' | 'tablet' | 'smartphone';
export type Network = 'facility_wired_lan' | 'facility_wireless_lan' | 'carrier' | 'public_wireless_lan';
export type Composition = 'digits' | 'letters' | 'alphanumeric' | 'alphanumeric_symbols';

export interface DeviceSecurity {
  startup_password: boolean;
  lock_password?: { min_length: number; composition: Composition };
  antivirus: boolean;
  os_up_to_date: boolean;
  unused_apps: 'removed' | 'stopped' | 'confirmed_no_impact' | 'not_checked';
  file_sharing_software: boolean;
  mcs_password_saved: boolean;
  remote_wipe?: boolean;
  unknown_sources_blocked?: boolean;
  settings_admin_only?: boolean;
  mfa?: boolean;
  privacy_filter?: boolean;
  encrypted?: boolean;
  patient_data_stored?: boolean;
  wipe_after_failed_attempts?: boolean;
}

export interface Device {
  id: string;
  type: DeviceType;
  model: string;
  os: string;
  ownership: 'facility' | 'personal';
  status: 'active' | 'lost' | 'retired';
  locations: Array<{ place: 'in_facility' | 'outside'; detail?: string }>;
  networks: Network[];
  security: DeviceSecurity;
  shared_outside_staff: boolean;
  disposal?: { date: IsoDate; wiped: boolean };
}

export interface User {
  name: string;
  affiliation: string;
  job_type: string;
  mcs_id: string;
  start_date: IsoDate;
  end_date?: IsoDate | null;
  account_status: 'active' | 'suspended' | 'deleted';
  mcs_password_changed: IsoDate | null;
  policy_read: boolean;
  training: { kind: 'lecture' | 'video'; date: IsoDate } | null;
  pledge_date: IsoDate | null;
  devices: string[];
}

export interface Incident {
  date: IsoDate;
  device: string;
  user: string;
  kind: 'lost' | 'stolen';
  mcs_password_changed: IsoDate | null;
  secretariat_notified: IsoDate | null;
  carrier_remote_lock: IsoDate | null | 'not_applicable';
}

export interface LedgerException {
  rule: string;
  target: string;
  reason: string;
  approved_by: string;
  approved_on: IsoDate;
  expires: IsoDate;
}

export interface Ledger {
  version: 1;
  facility: Facility;
  devices: Device[];
  users: User[];
  incidents?: Incident[];
  exceptions?: LedgerException[];
}

/** What a report and the checks across ledgers read of a checked ledger: its devices without their settings,
 * and its users without what only the rules read (training, pledge, password, devices). A run over 2,000
 * ledgers keeps a third of the memory, and the main thread of a many-file check, which keeps every file's,
 * spends less on collecting garbage: each kept object is copied as it survives (src/engine/check-file.ts). */
export type KeptDevice = Omit<Device, 'locations' | 'networks' | 'security'>;
export type KeptUser = Pick<User, 'name' | 'mcs_id' | 'job_type' | 'account_status' | 'start_date' | 'end_date'>;
export type KeptLedger = Omit<Ledger, 'devices' | 'users'> & { devices: KeptDevice[]; users: KeptUser[] };
