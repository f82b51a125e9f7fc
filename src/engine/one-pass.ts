// One pass: a format problem in one entry (a user, a device, an incident, an exception, an MCS
// administrator) leaves that entry out of the content checks instead of stopping them for every other
// entry. The entries left out are named, and findings about them (a reference to a left-out device, a
// lost device whose left-out incident would have answered it) wait until their format is fixed.
import type { Finding, LeftOutEntry, NodePath, Target } from '../types';

/** The lists of entries, each entry a row of a workbook's sheet. */
export const ENTRY_LISTS: readonly (readonly string[])[] = [['users'], ['devices'], ['incidents'], ['exceptions'], ['facility', 'mcs_admins']];

export interface EntryAt {
  list: readonly string[];
  index: number;
}

/** The entry a path is inside (devices/3/security/antivirus → devices, 3), if any. */
export function entryAt(path: NodePath): EntryAt | undefined {
  for (const list of ENTRY_LISTS) {
    const index = path[list.length];
    if (typeof index === 'number' && list.every((key, at) => path[at] === key)) return { list, index };
  }
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function listAt(root: unknown, list: readonly string[]): unknown {
  let value = root;
  for (const key of list) value = isObject(value) ? value[key] : undefined;
  return value;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Who or what an entry is about, as a rule finding names it: the person, the device (an incident's device). */
export function entryTarget(root: unknown, at: EntryAt): Target | undefined {
  const list = listAt(root, at.list);
  const entry = Array.isArray(list) ? list[at.index] : undefined;
  if (!isObject(entry)) return undefined;
  const kind = at.list[at.list.length - 1];
  const device = text(kind === 'devices' ? entry.id : kind === 'incidents' ? entry.device : undefined);
  if (kind === 'devices' || kind === 'incidents') return device === undefined ? undefined : { kind: 'device', id: device, label: device };
  const mcsId = text(entry.mcs_id);
  if (kind === 'exceptions' || !mcsId) return undefined;
  return { kind: 'user', id: mcsId, label: text(entry.name) ?? mcsId };
}

/** A format finding names the entry it is in, like a rule finding (a workbook row's person or device). */
export function withEntryTarget(finding: Finding, root: unknown): Finding {
  if (finding.target) return finding;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArrayDeclaration: the fallback never answers: a missing key is a string, never an entry's index, so [...path, key] is in an entry only where path already is
  const at = entryAt(finding.path) ?? (finding.missingKey === undefined ? undefined : entryAt([...finding.path, finding.missingKey]));
  const target = at && entryTarget(root, at);
  return target ? { ...finding, target } : finding;
}

/** Rules that look one entry up from another: with an entry whose id cannot be read left out, what
 * they would say (device 001 is not in devices) may be about that entry, so it waits too. */
const CROSS_REFERENCE_RULES: ReadonlySet<string> = new Set(['unknown-reference', 'admin-is-user', 'lost-device-incident', 'user-devices', 'device-not-active', 'duplicate-id']);

/** An id as a person meant it: a left-out entry's id is often broken by a full-width character
 * (takahashi＠…), and a finding about takahashi@… still speaks of that entry. */
const sameWhenTyped = (id: string) => id.normalize('NFKC').toLowerCase();

export interface WithoutBroken {
  /** The ledger without the entries that have format errors. */
  value: unknown;
  leftOut: LeftOutEntry[];
  /** A path in `value` → the same node's path in the ledger as written. */
  toOriginal(path: NodePath): NodePath;
  /** Whether a content finding speaks of a left-out entry (its id, its person, its device) and must wait. */
  speaksOfLeftOut(finding: Finding): boolean;
}

/**
 * The ledger without the entries that format errors are in, or undefined when an error is not inside
 * an entry (the facility's own items, a list that is not a list): then nothing can be checked.
 */
export function withoutBrokenEntries(root: unknown, errors: readonly Finding[]): WithoutBroken | undefined {
  const broken = new Map<string, Set<number>>();
  for (const error of errors) {
    const at = entryAt(error.path);
    if (!at) return undefined;
    const key = at.list.join('.');
    broken.set(key, (broken.get(key) ?? new Set()).add(at.index));
  }
  const kept = new Map<string, number[]>();
  const leftOut: LeftOutEntry[] = [];
  const names = new Set<string>();
  let nameless = false; // an entry whose id itself is broken (001 read as the number 1)
  const value = structuredClone(root) as Record<string, unknown>;
  for (const list of ENTRY_LISTS) {
    const indexes = broken.get(list.join('.'));
    if (!indexes) continue;
    const items = listAt(value, list) as unknown[];
    const keptIndexes = items.map((_, index) => index).filter((index) => !indexes.has(index));
    for (const index of [...indexes].sort((a, b) => a - b)) {
      const target = entryTarget(root, { list, index });
      leftOut.push({ path: [...list, index], ...(target ? { target } : {}) });
      // a broken exception is simply not applied; the findings it would suppress are shown
      if (list[0] === 'exceptions') continue;
      if (target) names.add(sameWhenTyped(target.id));
      else nameless = true;
    }
    kept.set(list.join('.'), keptIndexes);
    const parent = (list.length === 1 ? value : listAt(value, list.slice(0, -1))) as Record<string, unknown>;
    parent[list[list.length - 1]!] = keptIndexes.map((index) => items[index]);
  }
  const toOriginal = (path: NodePath): NodePath => {
    const at = entryAt(path);
    const indexes = at && kept.get(at.list.join('.'));
    if (!at || !indexes) return path;
    return [...path.slice(0, at.list.length), indexes[at.index] ?? at.index, ...path.slice(at.list.length + 1)];
  };
  const speaksOfLeftOut = (finding: Finding) =>
    (nameless && CROSS_REFERENCE_RULES.has(finding.ruleId)) ||
    (finding.target !== undefined && names.has(sameWhenTyped(finding.target.id))) ||
    Object.values(finding.data).some((item) => typeof item === 'string' && names.has(sameWhenTyped(item)));
  return { value, leftOut, toOriginal, speaksOfLeftOut };
}
