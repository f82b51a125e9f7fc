// Where the checks across ledgers point. They run on the main thread after every file was checked, some
// on worker threads (src/cli/parallel-check.ts), where each file's locate function stayed: a file's
// check carries, as data, where the few nodes those checks name are (each user's mcs_id and end date,
// each device's id and status, the MCS administrators' ids), with their paths as written.
// Kept compact (line and column in one Int32Array): a run over 2,000 ledgers holds every file's until
// the checks across them ran, and one object per place took 38 KB a ledger of 50 staff.
import type { Ledger } from '../ledger';
import type { CellAddress, NodePath, Position } from '../types';

export interface Place {
  /** The path in the file as written (entries left out for format errors counted). */
  path: NodePath;
  position: Position;
}

export interface Places {
  users: number;
  devices: number;
  /** Line and column of each slot (slotOf), 0 where the node is not written. */
  at: Int32Array;
  /** A workbook's cell per slot. */
  cells?: Array<CellAddress | undefined>;
  /** Each slot's path as written, when entries with format errors were left out. */
  written?: NodePath[];
}

const USER_KEYS = ['mcs_id', 'end_date'];
const DEVICE_KEYS = ['id', 'status'];

/** The slot of a path in the checked ledger (without left-out entries), or undefined when it has none. */
function slotOf(places: Places, path: NodePath): number | undefined {
  const [list, index, key, more] = path;
  if (typeof index === 'number' && index >= 0 && Number.isInteger(index) && typeof key === 'string' && more === undefined) {
    if (list === 'users' && index < places.users && USER_KEYS.includes(key)) return 2 * index + USER_KEYS.indexOf(key);
    if (list === 'devices' && index < places.devices && DEVICE_KEYS.includes(key)) return 2 * (places.users + index) + DEVICE_KEYS.indexOf(key);
  }
  const admins = 2 * (places.users + places.devices);
  if (list !== 'facility') return undefined;
  if (path.length === 3 && index === 'mcs_facility_admin' && key === 'mcs_id') return admins;
  const admin = path[2];
  if (path.length === 4 && index === 'mcs_admins' && typeof admin === 'number' && Number.isInteger(admin) && admin >= 0 && path[3] === 'mcs_id') {
    const slot = admins + 1 + admin;
    return slot < places.at.length / 2 ? slot : undefined;
  }
  return undefined;
}

/** Where `path` (in the checked ledger) is, with its path as written; undefined for a node not kept. */
export function placeOf(places: Places, path: NodePath): Place | undefined {
  const slot = slotOf(places, path);
  if (slot === undefined || places.at[2 * slot] === 0) return undefined;
  const position: Position = { line: places.at[2 * slot]!, column: places.at[2 * slot + 1]! };
  const cell = places.cells?.[slot];
  if (cell) position.cell = cell;
  return { path: places.written?.[slot] ?? path, position };
}

export function placesOf(ledger: Ledger, locate: (path: NodePath) => Position, toOriginal?: (path: NodePath) => NodePath): Places {
  const paths: Array<NodePath | undefined> = [];
  ledger.users.forEach((user, index) => paths.push(['users', index, 'mcs_id'], user.end_date ? ['users', index, 'end_date'] : undefined));
  ledger.devices.forEach((_device, index) => paths.push(['devices', index, 'id'], ['devices', index, 'status']));
  paths.push(['facility', 'mcs_facility_admin', 'mcs_id']);
  ledger.facility.mcs_admins.forEach((_admin, index) => paths.push(['facility', 'mcs_admins', index, 'mcs_id']));
  const places: Places = { users: ledger.users.length, devices: ledger.devices.length, at: new Int32Array(2 * paths.length) };
  const written: NodePath[] = [];
  paths.forEach((path, slot) => {
    if (!path) return;
    const original = toOriginal ? toOriginal(path) : path;
    const position = locate(original);
    places.at[2 * slot] = position.line;
    places.at[2 * slot + 1] = position.column;
    if (position.cell) (places.cells ??= [])[slot] = position.cell;
    if (toOriginal) written[slot] = original;
  });
  if (toOriginal) places.written = written;
  return places;
}
