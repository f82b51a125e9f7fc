// The ledger's enumerated values as a person reads them, in both languages, for the reports. Keys are the
// schema's values; a test keeps this table and schemas/ledger.schema.json in step. The workbook's
// dropdowns use the labels in the schema's descriptions instead (workbook-layout.ts): workbooks hold
// those and are read back by them, so they stay put when a report's wording changes.
import type { Bilingual, Lang } from '../types';

export const ENUM_LABELS = {
  'device.type': {
    pc: { ja: 'パソコン', en: 'PC' },
    tablet: { ja: 'タブレット', en: 'Tablet' },
    smartphone: { ja: 'スマートフォン', en: 'Smartphone' },
  },
  'device.os': {
    windows: { ja: 'Windows', en: 'Windows' },
    macos: { ja: 'macOS', en: 'macOS' },
    ios: { ja: 'iOS', en: 'iOS' },
    ipados: { ja: 'iPadOS', en: 'iPadOS' },
    android: { ja: 'Android', en: 'Android' },
    chromeos: { ja: 'ChromeOS', en: 'ChromeOS' },
    linux: { ja: 'Linux', en: 'Linux' },
    other: { ja: 'その他', en: 'Other' },
  },
  'device.ownership': {
    facility: { ja: '施設所有', en: 'Facility' },
    personal: { ja: '個人所有（BYOD）', en: 'Personal (BYOD)' },
  },
  'device.status': {
    active: { ja: '利用中', en: 'In use' },
    lost: { ja: '紛失・盗難', en: 'Lost or stolen' },
    retired: { ja: '利用終了', en: 'Retired' },
  },
  'location.place': {
    in_facility: { ja: '施設内', en: 'In the facility' },
    outside: { ja: '施設外', en: 'Outside the facility' },
  },
  'device.networks': {
    facility_wired_lan: { ja: '施設内の有線 LAN', en: 'Facility wired LAN' },
    facility_wireless_lan: { ja: '施設内の無線 LAN', en: 'Facility wireless LAN' },
    carrier: { ja: '携帯電話の回線', en: 'Mobile carrier' },
    public_wireless_lan: { ja: '公衆無線 LAN', en: 'Public Wi-Fi' },
  },
  'lock_password.composition': {
    digits: { ja: '数字のみ', en: 'Digits only' },
    letters: { ja: '英字のみ', en: 'Letters only' },
    alphanumeric: { ja: '英数字', en: 'Letters and digits' },
    alphanumeric_symbols: { ja: '英数字と記号', en: 'Letters, digits and symbols' },
  },
  'security.unused_apps': {
    removed: { ja: '削除済み', en: 'Removed' },
    stopped: { ja: '停止済み', en: 'Stopped' },
    confirmed_no_impact: { ja: '影響なしを確認済み', en: 'Confirmed harmless' },
    not_checked: { ja: '未確認', en: 'Not checked' },
  },
  'user.account_status': {
    active: { ja: '有効', en: 'Active' },
    suspended: { ja: '停止中', en: 'Suspended' },
    deleted: { ja: '削除済み', en: 'Deleted' },
  },
  'training.kind': {
    lecture: { ja: '講習会', en: 'Lecture' },
    video: { ja: '講習ビデオ', en: 'Video' },
  },
  'incident.kind': {
    lost: { ja: '紛失', en: 'Lost' },
    stolen: { ja: '盗難', en: 'Stolen' },
  },
} satisfies Record<string, Record<string, Bilingual>>;

export type EnumField = keyof typeof ENUM_LABELS;

/** How a person reads `value` of `field`; a value the table does not know is shown as written. */
export function enumLabel(field: EnumField, value: string, lang: Lang): string {
  const labels: Record<string, Bilingual> = ENUM_LABELS[field];
  return Object.hasOwn(labels, value) ? labels[value]![lang] : value;
}
