// Checks across ledgers: what no single ledger can show (the same MCS id or device in two facilities'
// ledgers, a person who left one facility still active at another, an MCS administrator who is staff
// nowhere). A cross rule is a rule module like any other (catalogue, both languages, configuration),
// with `crossCheck` instead of `check`: it runs once over every ledger of a run, after each was
// checked (src/engine/cross-check.ts), and reports on each file involved, naming the others.
import type { KeptDevice, KeptLedger, KeptUser } from '../ledger';
import type { NodePath } from '../types';
import type { Report, Rule } from './rule';
import { boundedMemo } from '../bounded-memo';
import { isActiveUser } from './helpers';

/** One ledger of the run that loaded (its entries with format errors left out). */
export interface CrossLedger {
  ledger: KeptLedger;
  /** Which facility the ledger is of: two files of one facility (a YAML and its workbook, say) are not compared. */
  facility: string;
}

/** Where another ledger speaks of the same thing: which ledger, and the node (in that ledger's entries). */
export interface Elsewhere {
  ledger: number;
  path: NodePath;
}

export interface CrossReport extends Report {
  /** The ledger the finding is on. */
  ledger: number;
  /** The other ledgers involved: the first is named in the message (`{otherFacility}`, `{otherFile}`), the
   * rest counted (`{more}`, with the message `many` or `<messageId>Many`); none for cross-admin. */
  elsewhere?: { first: Elsewhere; count: number };
}

export interface CrossContext {
  ledgers: readonly CrossLedger[];
  asOf: string;
  report(report: CrossReport): void;
}

export interface CrossRule extends Rule {
  category: 'cross';
  crossCheck(context: CrossContext): void;
}

export function defineCrossRule(rule: CrossRule): CrossRule {
  return rule;
}

export function isCrossRule(rule: Rule): rule is CrossRule {
  return typeof (rule as Partial<CrossRule>).crossCheck === 'function';
}

// The same few names and models are compared many times over (a person at 300 facilities is 300² pairs).
const wordsOf = boundedMemo<string>(100_000);

/** Names and models compare as people write them: width (NFKC), spaces and case do not count. */
export function sameWords(text: string): string {
  return wordsOf(text, () => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase());
}

export interface Entry<T> {
  ledger: number;
  index: number;
  item: T;
}

/** A kept first entry is `ledger * ENTRIES_PER_LEDGER + index`: more than a 64 MB ledger can list. */
const ENTRIES_PER_LEDGER = 2 ** 26;

function entryAt<T>(ledgers: readonly CrossLedger[], list: (ledger: KeptLedger) => readonly T[], packed: number): Entry<T> {
  const ledger = Math.floor(packed / ENTRIES_PER_LEDGER);
  const index = packed % ENTRIES_PER_LEDGER;
  return { ledger, index, item: list(ledgers[ledger]!.ledger)[index]! };
}

/** Each run's groups, built once for the rules that share them (three read the users, two the devices). */
const groupsOfRun = new WeakMap<readonly CrossLedger[], Map<string, unknown>>();

/** Every entry of `list` in every ledger, grouped by `key`; only keys found in two facilities or more. */
function acrossFacilities<T>(context: CrossContext, name: string, list: (ledger: KeptLedger) => readonly T[], key: (item: T) => string): Array<Array<Entry<T>>> {
  let cached = groupsOfRun.get(context.ledgers);
  if (!cached) groupsOfRun.set(context.ledgers, (cached = new Map()));
  const known = cached.get(name) as Array<Array<Entry<T>>> | undefined;
  if (known) return known;
  // Most keys are in one ledger only: the first entry of a key is kept as two numbers, and entries are
  // made only for keys found twice (2,000 ledgers of 50 staff: 100,000 keys, a few hundred shared).
  const firstOf = new Map<string, number>();
  const groups = new Map<string, Array<Entry<T>>>();
  const ledgers = context.ledgers;
  for (let ledgerIndex = 0; ledgerIndex < ledgers.length; ledgerIndex++) {
    const items = list(ledgers[ledgerIndex]!.ledger);
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      const k = key(item);
      const group = groups.get(k);
      if (group) group.push({ ledger: ledgerIndex, index, item });
      else {
        const first = firstOf.get(k);
        if (first === undefined) firstOf.set(k, ledgerIndex * ENTRIES_PER_LEDGER + index);
        else groups.set(k, [entryAt(ledgers, list, first), { ledger: ledgerIndex, index, item }]);
      }
    }
  }
  const shared: Array<Array<Entry<T>>> = [];
  for (const group of groups.values()) {
    if (new Set(group.map((entry) => ledgers[entry.ledger]!.facility)).size > 1) shared.push(group);
  }
  cached.set(name, shared);
  return shared;
}

/** Users sharing an mcs_id (case-insensitive, as sameMcsId) in two facilities' ledgers or more. */
export function usersAcross(context: CrossContext): Array<Array<Entry<KeptUser>>> {
  // Stryker disable next-line StringLiteral,MethodExpression: the name only keeps the two lists' groups apart in a run's cache ('' is as apart from 'devices' as 'users' is); upper or lower case groups alike the ASCII addresses the schema's email format allows
  return acrossFacilities(context, 'users', (ledger) => ledger.users, (user) => user.mcs_id.toLowerCase());
}

/** Devices sharing an id (ids are case-sensitive, as in one ledger) in two facilities' ledgers or more. */
export function devicesAcross(context: CrossContext): Array<Array<Entry<KeptDevice>>> {
  // Stryker disable next-line StringLiteral: the name only keeps the two lists' groups apart in a run's cache, and '' is as apart from 'users' as 'devices' is
  return acrossFacilities(context, 'devices', (ledger) => ledger.devices, (device) => device.id);
}

export interface Others<T> {
  /** The first in input order. */
  first: Entry<T>;
  count: number;
}

/** For each entry, those of `candidates` in other facilities than its own: counted once per facility
 * (a group of one person in 300 ledgers is not 300² comparisons), the first found when there are any. */
export function othersAmong<T>(context: CrossContext, candidates: ReadonlyArray<Entry<T>>): (entry: Entry<T>) => Others<T> | undefined {
  const facilityOf = (entry: Entry<T>) => context.ledgers[entry.ledger]!.facility;
  const perFacility = new Map<string, number>();
  for (const candidate of candidates) perFacility.set(facilityOf(candidate), (perFacility.get(facilityOf(candidate)) ?? 0) + 1);
  return (entry) => {
    const facility = facilityOf(entry);
    const count = candidates.length - (perFacility.get(facility) ?? 0);
    return count > 0 ? { first: candidates.find((candidate) => facilityOf(candidate) !== facility)!, count } : undefined;
  };
}

/** `entries` split by `key`, in input order within each part. */
export function partition<T>(entries: ReadonlyArray<Entry<T>>, key: (entry: Entry<T>) => string): Map<string, Array<Entry<T>>> {
  const parts = new Map<string, Array<Entry<T>>>();
  for (const entry of entries) {
    const k = key(entry);
    let part = parts.get(k);
    if (!part) parts.set(k, (part = []));
    part.push(entry);
  }
  return parts;
}

/** The other ledgers' nodes, as a report names them. */
export function elsewhereOf<T>(others: Others<T>, path: (entry: Entry<T>) => NodePath): CrossReport['elsewhere'] {
  return { first: { ledger: others.first.ledger, path: path(others.first) }, count: others.count };
}

/** rules.md's "active user" in the ledger the entry is in. */
export function activeIn(context: CrossContext, entry: Entry<KeptUser>): boolean {
  return isActiveUser(entry.item, context.asOf);
}

/** Left at that facility: an end date on or before as-of (whatever the account's status there). */
export function departedIn(context: CrossContext, entry: Entry<KeptUser>): boolean {
  return !!entry.item.end_date && entry.item.end_date <= context.asOf;
}
