// The ledger's enumerated values as a person reads them: one table, for the reports, the workbook's
// dropdowns (workbook-layout.ts), the offline page and the messages. The Japanese labels come from the
// schema's own descriptions (`pc: パソコン、tablet: タブレット`), so that what a workbook holds, what its
// dropdown offers and what a report or a message says are the same words; workbooks are read back by
// them. A value the description gives no label keeps its own spelling (windows). The English labels
// are this module's; a test keeps both in step with schemas/ledger.schema.json.
import type { Bilingual, Lang } from '../types';

/** The part of a schema node the labels are read from. */
export interface ChoiceNode {
  description?: string;
  enum?: string[];
  items?: ChoiceNode;
}

export interface Choice {
  /** The value in the ledger (`tablet`). */
  value: string;
  /** What the workbook shows and the dropdown offers (`タブレット`); the value itself when the schema has no label. */
  label: string;
}

/** How a typed choice is compared: NFKC (full-width letters), no spaces, lower case. */
export function choiceKey(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '').toLowerCase();
}

/** `pc: パソコン、tablet: タブレット` in a description → labels; a label is cut at ` = ` (個人所有端末 = BYOD). */
export function schemaChoices(node: ChoiceNode): Choice[] {
  const values = node.enum ?? node.items?.enum ?? [];
  // Stryker disable next-line StringLiteral: no description gives no labels, and the mutant's words name no value followed by ': '
  const description = (node.items?.enum ? node.items.description : node.description) ?? '';
  const ja = description.split(' / ')[0]!;
  const found = values.map((value) => {
    const match = new RegExp(`(?:^|[（、\\s])${value}: ([^、）]+)`).exec(ja);
    return { value, label: match ? match[1]!.split(' = ')[0]!.trim() : value };
  });
  // A label is used only when it reads back unambiguously: unique, and not another value's spelling.
  const words = found.flatMap((choice) => (choice.label === choice.value ? [choiceKey(choice.value)] : [choiceKey(choice.label), choiceKey(choice.value)]));
  const unambiguous = new Set(words).size === words.length;
  return unambiguous ? found : values.map((value) => ({ value, label: value }));
}

/** Where each enumerated field is in the ledger (array items stepped through). */
export const ENUM_PATHS = {
  'device.type': ['devices', 'type'],
  'device.os': ['devices', 'os'],
  'device.ownership': ['devices', 'ownership'],
  'device.status': ['devices', 'status'],
  'location.place': ['devices', 'locations', 'place'],
  'device.networks': ['devices', 'networks'],
  'lock_password.composition': ['devices', 'security', 'lock_password', 'composition'],
  'security.unused_apps': ['devices', 'security', 'unused_apps'],
  'user.account_status': ['users', 'account_status'],
  'training.kind': ['users', 'training', 'kind'],
  'incident.kind': ['incidents', 'kind'],
} as const satisfies Record<string, readonly string[]>;

export type EnumField = keyof typeof ENUM_PATHS;

/** The English labels (the schema's descriptions name values, not labels, in English). */
const ENGLISH: Record<EnumField, Record<string, string>> = {
  'device.type': { pc: 'PC', tablet: 'Tablet', smartphone: 'Smartphone' },
  'device.os': { windows: 'Windows', macos: 'macOS', ios: 'iOS', ipados: 'iPadOS', android: 'Android', chromeos: 'ChromeOS', linux: 'Linux', other: 'Other' },
  'device.ownership': { facility: 'Facility', personal: 'Personal (BYOD)' },
  'device.status': { active: 'In use', lost: 'Lost or stolen', retired: 'Retired' },
  'location.place': { in_facility: 'In the facility', outside: 'Outside the facility' },
  'device.networks': { facility_wired_lan: 'Facility wired LAN', facility_wireless_lan: 'Facility wireless LAN', carrier: 'Mobile carrier', public_wireless_lan: 'Public Wi-Fi' },
  'lock_password.composition': { digits: 'Digits only', letters: 'Letters only', alphanumeric: 'Letters and digits', alphanumeric_symbols: 'Letters, digits and symbols' },
  'security.unused_apps': { removed: 'Removed', stopped: 'Stopped', confirmed_no_impact: 'Confirmed harmless', not_checked: 'Not checked' },
  'user.account_status': { active: 'Active', suspended: 'Suspended', deleted: 'Deleted' },
  'training.kind': { lecture: 'Lecture', video: 'Video' },
  'incident.kind': { lost: 'Lost', stolen: 'Stolen' },
};

interface SchemaNode extends ChoiceNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The schema node at a path of keys (array items stepped through). */
function schemaNodeAt(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = require('../../schemas/ledger.schema.json') as SchemaNode;
  for (const key of path) {
    // Stryker disable next-line OptionalChaining: every step of ENUM_PATHS is in the schema (a test finds each field's values)
    while (node?.items) node = node.items;
    // Stryker disable next-line OptionalChaining: as above
    node = node?.properties?.[key];
  }
  return node;
}

export type EnumLabels = Record<EnumField, Record<string, Bilingual>>;

let table: EnumLabels | undefined;

/** The table, built once from the schema: field → value → label in both languages. */
export function enumLabels(): EnumLabels {
  if (table) return table;
  const built = {} as EnumLabels;
  for (const [field, path] of Object.entries(ENUM_PATHS) as Array<[EnumField, readonly string[]]>) {
    const labels: Record<string, Bilingual> = {};
    for (const { value, label } of schemaChoices(schemaNodeAt(path) ?? {})) labels[value] = { ja: label, en: ENGLISH[field][value] ?? value };
    built[field] = labels;
  }
  return (table = built);
}

const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, index) => key === b[index]);

/** The field whose values are at a ledger path of keys (['devices', 'networks']), if it is enumerated. */
export function enumFieldAt(path: readonly string[]): EnumField | undefined {
  return (Object.keys(ENUM_PATHS) as EnumField[]).find((field) => samePath(ENUM_PATHS[field], path));
}

/** The choices (value and Japanese label) of the enumerated field at a ledger path: what a dropdown offers. */
export function choicesAt(path: readonly string[]): Choice[] | undefined {
  const field = enumFieldAt(path);
  return field && Object.entries(enumLabels()[field]).map(([value, label]) => ({ value, label: label.ja }));
}

/** How a person reads `value` of `field`; a value the table does not know is shown as written. */
export function enumLabel(field: EnumField, value: string, lang: Lang): string {
  const labels = enumLabels()[field];
  return Object.hasOwn(labels, value) ? labels[value]![lang] : value;
}
