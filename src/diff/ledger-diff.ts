// What changed between two versions of a ledger, as a reviewer asks it: staff added, departed, accounts
// deleted, passwords changed (dates only: a ledger holds no password); devices added, retired, lost,
// passed to someone else; exceptions added, renewed, expired, removed. Entries are matched by what they
// are (a device by its id, a person by MCS id or else name, an exception by rule and target), never by
// position, so a reordered list is no change. Either version may be malformed: what cannot be read as
// an entry is left out of the comparison (its findings still say so).

export type Section = 'facility' | 'staff' | 'admins' | 'devices' | 'incidents' | 'exceptions';

export type Value = string | number | boolean | null | readonly unknown[] | Record<string, unknown>;

export interface KeyChange {
  /** Dotted key inside the entry (`security.antivirus`). */
  key: string;
  before: unknown;
  after: unknown;
}

export interface Change {
  section: Section;
  /** added, removed, departed, returned, account-deleted, account-status, password-changed, retired,
   * lost, reactivated, owner-changed, changed, renewed, expired. */
  kind: string;
  /** The device id, the person's mcs_id (or name), the exception's rule>target, the facility's key. */
  id: string;
  /** How a person reads it: a person's name, else the id. */
  label: string;
  /** Whether id and label are a person's (masked by --redact). */
  personal: boolean;
  before?: unknown;
  after?: unknown;
  /** For `changed`: which keys, from what to what. */
  keys?: KeyChange[];
}

type Entry = Record<string, unknown>;

const isObject = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function list(root: unknown, ...keys: string[]): Entry[] {
  let value = root;
  for (const key of keys) value = isObject(value) ? value[key] : undefined;
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

/** Key order is not content: `{a, b}` and `{b, a}` are the same object. */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (isObject(value)) return Object.fromEntries(Object.keys(value).sort().map((key) => [key, normalised(value[key])]));
  return value;
}

/** Leaves of an entry as dotted keys; lists are leaves (a device's networks, a person's devices). */
function leaves(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into.set(prefix, value);
  }
  return into;
}

/** Keys whose values differ, in the new version's order, then the keys only the old one had. */
function changedKeys(before: Entry, after: Entry, skip: ReadonlySet<string>): KeyChange[] {
  const old = leaves(before);
  const now = leaves(after);
  const keys = [...now.keys(), ...[...old.keys()].filter((key) => !now.has(key))];
  return keys.filter((key) => !skip.has(key.split('.')[0]!) && !same(old.get(key), now.get(key))).map((key) => ({ key, before: old.get(key), after: now.get(key) }));
}

/** Entries by id; the second of two entries with one id is matched as its own (id#2), as written. */
function byId(entries: readonly Entry[], idOf: (entry: Entry) => string | undefined): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const entry of entries) {
    const id = idOf(entry);
    if (id === undefined) continue;
    let key = id;
    for (let n = 2; map.has(key); n++) key = `${id}#${n}`;
    map.set(key, entry);
  }
  return map;
}

interface Matched {
  added: Array<[string, Entry]>;
  removed: Array<[string, Entry]>;
  both: Array<[string, Entry, Entry]>;
}

function match(before: readonly Entry[], after: readonly Entry[], idOf: (entry: Entry) => string | undefined): Matched {
  const old = byId(before, idOf);
  const now = byId(after, idOf);
  return {
    added: [...now].filter(([id]) => !old.has(id)),
    removed: [...old].filter(([id]) => !now.has(id)),
    both: [...now].flatMap(([id, entry]): Array<[string, Entry, Entry]> => (old.has(id) ? [[id, old.get(id)!, entry]] : [])),
  };
}

/** A person: by MCS id (which ignores case), else by name. */
const personId = (entry: Entry) => text(entry.mcs_id)?.toLowerCase() ?? text(entry.name);
const personLabel = (entry: Entry) => text(entry.name) ?? text(entry.mcs_id) ?? '?';
const personShownId = (entry: Entry) => text(entry.mcs_id) ?? text(entry.name) ?? '?';

function staffChanges(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  const { added, removed, both } = match(list(before, 'users'), list(after, 'users'), personId);
  const person = (entry: Entry) => ({ section: 'staff' as const, id: personShownId(entry), label: personLabel(entry), personal: true });
  for (const [, entry] of added) changes.push({ ...person(entry), kind: 'added' });
  for (const [, old, now] of both) {
    const who = person(now);
    const endBefore = text(old.end_date);
    const endAfter = text(now.end_date);
    if (!endBefore && endAfter) changes.push({ ...who, kind: 'departed', after: endAfter });
    else if (endBefore && !endAfter) changes.push({ ...who, kind: 'returned', before: endBefore });
    if (!same(old.account_status, now.account_status)) {
      changes.push({ ...who, kind: now.account_status === 'deleted' ? 'account-deleted' : 'account-status', before: old.account_status, after: now.account_status });
    }
    if (!same(old.mcs_password_changed, now.mcs_password_changed)) changes.push({ ...who, kind: 'password-changed', before: old.mcs_password_changed ?? null, after: now.mcs_password_changed ?? null });
    const skip = new Set(['account_status', 'mcs_password_changed', 'devices', ...(!endBefore !== !endAfter ? ['end_date'] : [])]);
    const keys = changedKeys(old, now, skip);
    if (keys.length > 0) changes.push({ ...who, kind: 'changed', keys });
  }
  for (const [, entry] of removed) changes.push({ ...person(entry), kind: 'removed' });
  return changes;
}

/** Who lists a device among their devices: the names, in ledger order. */
function usersOf(root: unknown): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const user of list(root, 'users')) {
    const devices = Array.isArray(user.devices) ? user.devices : [];
    for (const device of devices) {
      if (typeof device !== 'string') continue;
      users.set(device, [...(users.get(device) ?? []), personLabel(user)]);
    }
  }
  return users;
}

const STATUS_KINDS: Record<string, string> = { retired: 'retired', lost: 'lost', active: 'reactivated' };

function deviceChanges(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  const { added, removed, both } = match(list(before, 'devices'), list(after, 'devices'), (entry) => text(entry.id));
  const device = (id: string) => ({ section: 'devices' as const, id, label: id, personal: false });
  const usersBefore = usersOf(before);
  const usersAfter = usersOf(after);
  for (const [id] of added) changes.push({ ...device(id), kind: 'added', ...(usersAfter.has(id) ? { after: usersAfter.get(id) } : {}) });
  for (const [id, old, now] of both) {
    if (!same(old.status, now.status)) changes.push({ ...device(id), kind: STATUS_KINDS[String(now.status)] ?? 'changed', before: old.status, after: now.status });
    const owners = [usersBefore.get(id) ?? [], usersAfter.get(id) ?? []];
    if (!same([...owners[0]!].sort(), [...owners[1]!].sort())) changes.push({ ...device(id), kind: 'owner-changed', personal: true, before: owners[0], after: owners[1] });
    const keys = changedKeys(old, now, new Set(['status']));
    if (keys.length > 0) changes.push({ ...device(id), kind: 'changed', keys });
  }
  for (const [id] of removed) changes.push({ ...device(id), kind: 'removed' });
  return changes;
}

const exceptionId = (entry: Entry) => (entry.rule === undefined && entry.target === undefined ? undefined : `${String(entry.rule)}>${String(entry.target)}`);
const exceptionLabel = (entry: Entry) => `${String(entry.rule)} → ${String(entry.target)}`;

function exceptionChanges(before: unknown, after: unknown, asOf: string): Change[] {
  const changes: Change[] = [];
  const { added, removed, both } = match(list(before, 'exceptions'), list(after, 'exceptions'), exceptionId);
  // A person's mcs_id as an exception's target is personal data.
  const exception = (id: string, entry: Entry) => ({ section: 'exceptions' as const, id, label: exceptionLabel(entry), personal: String(entry.target).includes('@') });
  const past = (entry: Entry) => typeof entry.expires === 'string' && entry.expires < asOf;
  const reviewed = (root: unknown) => (isObject(root) && isObject(root.facility) ? text(root.facility.updated) : undefined);
  for (const [id, entry] of added) changes.push({ ...exception(id, entry), kind: past(entry) ? 'expired' : 'added', after: entry.expires ?? null });
  for (const [id, old, now] of both) {
    if (!same(old.expires, now.expires)) {
      changes.push({ ...exception(id, now), kind: past(now) ? 'expired' : 'renewed', before: old.expires ?? null, after: now.expires ?? null });
    } else {
      // The same date, run out between the old version's review and the new one's (or as-of).
      const from = reviewed(before);
      const to = reviewed(after) ?? asOf;
      const expires = typeof now.expires === 'string' ? now.expires : undefined;
      if (expires && from && from <= expires && expires < (to < asOf ? to : asOf) && from !== to) changes.push({ ...exception(id, now), kind: 'expired', before: expires, after: expires });
    }
    const keys = changedKeys(old, now, new Set(['expires']));
    if (keys.length > 0) changes.push({ ...exception(id, now), kind: 'changed', keys });
  }
  for (const [id, entry] of removed) changes.push({ ...exception(id, entry), kind: 'removed', before: entry.expires ?? null });
  return changes;
}

function simpleChanges(section: Section, before: Entry[], after: Entry[], idOf: (entry: Entry) => string | undefined, labelOf: (entry: Entry) => string, personal: boolean): Change[] {
  const changes: Change[] = [];
  const { added, removed, both } = match(before, after, idOf);
  for (const [id, entry] of added) changes.push({ section, kind: 'added', id, label: labelOf(entry), personal });
  for (const [id, old, now] of both) {
    const keys = changedKeys(old, now, new Set());
    if (keys.length > 0) changes.push({ section, kind: 'changed', id, label: labelOf(now), personal, keys });
  }
  for (const [id, entry] of removed) changes.push({ section, kind: 'removed', id, label: labelOf(entry), personal });
  return changes;
}

const incidentId = (entry: Entry) => `${String(entry.device)}@${String(entry.date)}`;
const incidentLabel = (entry: Entry) => `${String(entry.device)} (${String(entry.date)})`;

/** The facility's own items, one change per key (its MCS administrators are compared as a list). */
function facilityChanges(before: unknown, after: unknown): Change[] {
  const old = isObject(before) && isObject(before.facility) ? before.facility : {};
  const now = isObject(after) && isObject(after.facility) ? after.facility : {};
  const personalKey = /(^|\.)(name|mcs_id)$/;
  return changedKeys(old, now, new Set(['mcs_admins'])).map((change) => ({
    section: 'facility' as const,
    kind: 'changed',
    id: change.key,
    label: change.key,
    personal: personalKey.test(change.key) && change.key !== 'name',
    before: change.before,
    after: change.after,
  }));
}

export function ledgerChanges(before: unknown, after: unknown, asOf: string): Change[] {
  return [
    ...facilityChanges(before, after),
    ...simpleChanges('admins', list(before, 'facility', 'mcs_admins'), list(after, 'facility', 'mcs_admins'), personId, personLabel, true),
    ...staffChanges(before, after),
    ...deviceChanges(before, after),
    ...simpleChanges('incidents', list(before, 'incidents'), list(after, 'incidents'), incidentId, incidentLabel, false),
    ...exceptionChanges(before, after, asOf),
  ];
}
