// Small shared pieces for rule modules: targets and the active-item filters the catalogue uses.
import type { Device, KeptDevice, KeptLedger, KeptUser, Ledger, User } from '../ledger';
import type { MessageData, NodePath, Target } from '../types';
import type { Report, RuleContext } from './rule';

export const FACILITY_TARGET: Target = { kind: 'facility', id: 'facility', label: 'facility' };

export function deviceTarget(device: KeptDevice): Target {
  return { kind: 'device', id: device.id, label: device.id };
}

export function userTarget(user: KeptUser): Target {
  return { kind: 'user', id: user.mcs_id, label: user.name };
}

export interface Indexed<T> {
  item: T;
  index: number;
}

function indexed<T>(items: readonly T[], keep: (item: T) => boolean): Array<Indexed<T>> {
  const result: Array<Indexed<T>> = [];
  items.forEach((item, index) => {
    if (keep(item)) result.push({ item, index });
  });
  return result;
}

/**
 * Each rule asks for the same lists of a ledger, which no rule changes: they are built once per run of
 * the rules (forty rules rebuilding them made a million short-lived objects on a 20,000-staff ledger).
 * A new run starts afresh (forgetLedgerLists), so a ledger changed between runs is read again.
 */
let built = new WeakMap<KeptLedger, Map<unknown, unknown>>();

export function forgetLedgerLists(): void {
  built = new WeakMap();
}

function oncePerLedger<T, L extends KeptLedger = KeptLedger>(build: (ledger: L) => T): (ledger: L) => T {
  return (ledger) => {
    let lists = built.get(ledger);
    if (!lists) built.set(ledger, (lists = new Map()));
    let value = lists.get(build) as T | undefined;
    if (value === undefined) lists.set(build, (value = build(ledger)));
    return value;
  };
}

export const activeDevices: (ledger: Ledger) => ReadonlyArray<Indexed<Device>> = oncePerLedger((ledger: Ledger) => indexed(ledger.devices, (device) => device.status === 'active'));

/** rules.md: the end date is on or before as-of, the account still active; only `departed-user` speaks about them. */
export function hasDeparted(user: KeptUser, asOf: string): boolean {
  return user.account_status === 'active' && !!user.end_date && user.end_date <= asOf;
}

/** rules.md "active user": an active account and no end date on or before as-of. */
export function isActiveUser(user: KeptUser, asOf: string): boolean {
  return user.account_status === 'active' && !hasDeparted(user, asOf);
}

/** Users by their mcs_id without case (several when the ledger repeats one): one look-up, not a scan,
 * for each exception and due item (a scan per item made `due` on 20,000 staff take minutes). */
const usersByMcsId: (ledger: KeptLedger) => ReadonlyMap<string, readonly KeptUser[]> = oncePerLedger((ledger) => {
  const byId = new Map<string, KeptUser[]>();
  for (const user of ledger.users) {
    const id = user.mcs_id.toLowerCase();
    const same = byId.get(id);
    if (same) same.push(user);
    else byId.set(id, [user]);
  }
  return byId;
});

/** Whether an exception's (or any) target is the mcs_id of someone who has left. */
export function isDepartedUserId(ledger: KeptLedger, target: string, asOf: string): boolean {
  return (usersByMcsId(ledger).get(target.toLowerCase()) ?? []).some((user) => hasDeparted(user, asOf));
}

/** Where each user (by mcs_id without case) and device (by id) first is in the ledger, for ordering sections. */
export const ledgerOrder: (ledger: KeptLedger) => { users: ReadonlyMap<string, number>; devices: ReadonlyMap<string, number> } = oncePerLedger((ledger) => {
  const first = (ids: string[]) => {
    const at = new Map<string, number>();
    ids.forEach((id, index) => (at.has(id) ? undefined : at.set(id, index)));
    return at;
  };
  return { users: first(ledger.users.map((user) => user.mcs_id.toLowerCase())), devices: first(ledger.devices.map((device) => device.id)) };
});

const activeUsersByDay = oncePerLedger(() => new Map<string, ReadonlyArray<Indexed<KeptUser>>>());

/** The active users of a ledger as the rules read it (its users whole), or as a run keeps it. */
export function activeUsers<L extends KeptLedger>(ledger: L, asOf: string): ReadonlyArray<Indexed<L['users'][number]>> {
  const byDay = activeUsersByDay(ledger);
  let users = byDay.get(asOf);
  if (!users) byDay.set(asOf, (users = indexed(ledger.users, (user) => isActiveUser(user, asOf))));
  return users as ReadonlyArray<Indexed<L['users'][number]>>;
}

export function isMobile(device: KeptDevice): boolean {
  return device.type === 'tablet' || device.type === 'smartphone';
}

/** mcs_id values compare case-insensitively. */
export function sameMcsId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}


/** What a visit returns: nothing to report, the path to report at, or the path with a message and data. */
type VisitResult = NodePath | Omit<Report, 'target'> | false | undefined;
type Visit<T> = (item: T, index: number) => VisitResult;

function toReport(result: NodePath | Omit<Report, 'target'>): Omit<Report, 'target'> {
  return Array.isArray(result) ? { path: result as NodePath } : (result as Omit<Report, 'target'>);
}

/** Calls `visit` on each active device; reports what it returns, with the device as target. */
export function reportActiveDevices(context: RuleContext, visit: Visit<Device>): void {
  for (const { item, index } of activeDevices(context.ledger)) {
    const result = visit(item, index);
    if (!result) continue;
    const report = toReport(result);
    context.report({ ...report, target: deviceTarget(item), data: { device: item.id, ...report.data } });
  }
}

/** Calls `visit` on each active user; reports what it returns, with the user as target. */
export function reportActiveUsers(context: RuleContext, visit: Visit<User>): void {
  for (const { item, index } of activeUsers(context.ledger, context.asOf)) {
    const result = visit(item, index);
    if (!result) continue;
    const report = toReport(result);
    context.report({ ...report, target: userTarget(item), data: { ...userData(item), ...report.data } });
  }
}

export function userData(user: KeptUser): MessageData {
  return { user: user.name, mcsId: user.mcs_id };
}

/** Devices by id (first occurrence wins), so lookups stay linear on large ledgers. */
const devicesByIdOf = oncePerLedger((ledger) => {
  const byId = new Map<string, KeptDevice>();
  for (const device of ledger.devices) if (!byId.has(device.id)) byId.set(device.id, device);
  return byId;
});
export const devicesById = <L extends KeptLedger>(ledger: L): ReadonlyMap<string, L['devices'][number]> => devicesByIdOf(ledger);

/** An optional yes/no left out is not a "no": the rule says it is not recorded and what to write, and a
 * workbook points at the key's own empty cell (`keyPath`). */
export function unrecordedMessage(value: boolean | undefined, keyPath?: NodePath): { messageId?: string; cellPath?: NodePath } {
  if (value !== undefined) return {};
  return keyPath ? { messageId: 'notRecorded', cellPath: keyPath } : { messageId: 'notRecorded' };
}

/** The path of an optional key when present, else of its parent (rules.md: "X if present, else Y"). */
export function pathIfPresent<T extends object>(object: T, key: keyof T & string, path: NodePath, fallback: NodePath): NodePath {
  return object[key] !== undefined ? [...path, key] : fallback;
}
