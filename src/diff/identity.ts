// What makes two findings the same finding, across two versions of a ledger: the rule, the file, the
// target (device id, a person's mcs_id, `facility`) and the item the finding is about, written as its
// path with every list index replaced by the entry it points at (the device by its id, the person by
// MCS id or name, an exception by its rule and target, a listed value by the value). Never line numbers
// or list positions: editing lines above a finding, or reordering entries, leaves it the same finding.
//
// A count per rule and file (ESLint's bulk suppressions) lets a fixed finding and a new one of the same
// rule cancel out (eslint/eslint#21226); a key without the file lets one file's finding absorb another's
// (bridgecrewio/checkov#7647). Each finding here is matched one to one, by item, within its file.
import { normalize, sep } from 'node:path';
import { ENTRY_LISTS } from '../engine/one-pass';
import type { LocatedEntry, NodePath } from '../types';

/** The id of the list item at `prefix[index]`, or undefined when it cannot be said. */
export type ItemResolver = (prefix: NodePath, index: number) => string | undefined;

export interface Identity {
  /** rule, file, target and the item with every index resolved (unresolved ones marked by position). */
  key: string;
  /** The same with every index a wildcard: matched only when some index could not be resolved. */
  loose: string;
  /** Whether every list index in the path was resolved to an id. */
  resolved: boolean;
}

/** A finding as both a check and a JSON report hold it. */
export interface IdentifiedFinding {
  ruleId: string;
  path: NodePath;
  /** The target's id (device id, mcs_id, `facility`), or null. */
  target: string | null;
}

/** A file name as the same file is named in two runs from the same folder: `./a/../b.yaml` is `b.yaml`. */
export function sameFileName(file: string): string {
  if (file.startsWith('<')) return file;
  return normalize(file).split(sep).join('/').replace(/^\.\//, '');
}

export function identify(finding: IdentifiedFinding, file: string, resolve: ItemResolver): Identity {
  let item = '';
  let loose = '';
  let resolved = true;
  finding.path.forEach((segment, at) => {
    if (typeof segment === 'number') {
      const id = resolve(finding.path.slice(0, at), segment);
      if (id === undefined) resolved = false;
      item += id === undefined ? `[#${segment}]` : `[${JSON.stringify(id)}]`;
      loose += '[*]';
    } else {
      item += `/${segment}`;
      loose += `/${segment}`;
    }
  });
  const head = [finding.ruleId, sameFileName(file), finding.target];
  return { key: JSON.stringify([...head, item]), loose: JSON.stringify([...head, loose]), resolved };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function isEntryList(prefix: NodePath): readonly string[] | undefined {
  return ENTRY_LISTS.find((list) => list.length === prefix.length && list.every((key, at) => prefix[at] === key));
}

/** Keys in a stable order, so that the same object is the same id whatever order its keys were written in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** An entry's id: a device (and an incident) by its device id, a person by MCS id or else name, an
 * exception by rule and target; an item of a list inside an entry by its value. */
export function entryId(list: readonly string[] | undefined, item: unknown): string | undefined {
  if (list) {
    if (!isObject(item)) return undefined;
    const kind = list[list.length - 1];
    if (kind === 'devices') return text(item.id);
    if (kind === 'incidents') return text(item.device);
    if (kind === 'exceptions') return item.rule === undefined && item.target === undefined ? undefined : `${String(item.rule)}>${String(item.target)}`;
    return text(item.mcs_id) ?? text(item.name);
  }
  if (item === undefined) return undefined;
  return typeof item === 'string' ? item : stableJson(item);
}

function at(root: unknown, path: NodePath): unknown {
  let value = root;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isObject(value) && typeof segment === 'string') value = value[segment];
    else return undefined;
  }
  return value;
}

/** Ids read from the ledger as written. */
export function valueResolver(root: unknown): ItemResolver {
  return (prefix, index) => {
    const list = at(root, prefix);
    return Array.isArray(list) ? entryId(isEntryList(prefix), list[index]) : undefined;
  };
}

/** Ids from what the finding names: its target is the entry a finding inside a device, an incident or
 * a person is about (what a JSON report keeps). Anything else is unresolved. */
export function targetResolver(target: string | null): ItemResolver {
  return (prefix, _index) => {
    const list = isEntryList(prefix);
    if (!list || target === null || target === 'facility') return undefined;
    const kind = list[list.length - 1];
    return kind === 'devices' || kind === 'incidents' || kind === 'users' ? target : undefined;
  };
}

/**
 * Ids for a check's findings: the ledger the rules saw lacks the entries left out for format errors,
 * while the findings' paths are those of the ledger as written; so an index is first mapped to the
 * kept entry's, and a left-out entry is named by its target. What the ledger cannot say, the target does.
 */
export function checkResolver(ledger: unknown, leftOut: readonly LocatedEntry[] | undefined, target: string | null): ItemResolver {
  const byTarget = targetResolver(target);
  if (ledger === undefined) return byTarget;
  const fromValue = valueResolver(ledger);
  const gone = new Map<string, Map<number, string | undefined>>();
  for (const entry of leftOut ?? []) {
    const list = entry.path.slice(0, -1).join('/');
    const index = entry.path[entry.path.length - 1] as number;
    gone.set(list, (gone.get(list) ?? new Map()).set(index, entry.target?.id));
  }
  const kept = (path: NodePath): NodePath | undefined => {
    const list = ENTRY_LISTS.find((names) => names.every((key, i) => path[i] === key) && typeof path[names.length] === 'number');
    const removed = list && gone.get(list.join('/'));
    if (!list || !removed) return path;
    const index = path[list.length] as number;
    if (removed.has(index)) return undefined;
    const before = [...removed.keys()].filter((other) => other < index).length;
    return [...path.slice(0, list.length), index - before, ...path.slice(list.length + 1)];
  };
  return (prefix, index) => {
    const list = isEntryList(prefix);
    const removed = list && gone.get(list.join('/'));
    if (removed?.has(index)) return removed.get(index) ?? byTarget(prefix, index);
    const where = kept([...prefix, index]);
    const id = where === undefined ? undefined : fromValue(where.slice(0, -1), where[where.length - 1] as number);
    return id ?? byTarget(prefix, index);
  };
}

export interface Matching {
  /** For each current finding, whether the baseline has it. */
  unchanged: boolean[];
  /** The baseline's findings that no current finding matched (gone), by index. */
  gone: number[];
}

/**
 * One to one: first by exact identity, in order; then, for what is left, by the loose identity where
 * one side could not resolve an index (a JSON report does not hold an exception's rule and target).
 */
export function matchIdentities(current: readonly Identity[], baseline: readonly Identity[]): Matching {
  const unchanged = current.map(() => false);
  const taken = baseline.map(() => false);
  const exact = new Map<string, number[]>();
  baseline.forEach((identity, index) => exact.set(identity.key, [...(exact.get(identity.key) ?? []), index]));
  current.forEach((identity, index) => {
    const queue = exact.get(identity.key);
    const match = queue?.shift();
    if (match !== undefined) {
      unchanged[index] = true;
      taken[match] = true;
    }
  });
  const loose = new Map<string, number[]>();
  baseline.forEach((identity, index) => {
    if (!taken[index]) loose.set(identity.loose, [...(loose.get(identity.loose) ?? []), index]);
  });
  current.forEach((identity, index) => {
    if (unchanged[index]) return;
    const queue = loose.get(identity.loose) ?? [];
    const at = queue.findIndex((candidate) => !identity.resolved || !baseline[candidate]!.resolved);
    if (at === -1) return;
    taken[queue[at]!] = true;
    queue.splice(at, 1);
    unchanged[index] = true;
  });
  return { unchanged, gone: taken.flatMap((isTaken, index) => (isTaken ? [] : [index])) };
}
