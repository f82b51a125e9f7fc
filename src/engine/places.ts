// Where the checks across ledgers point. They run on the main thread after every file was checked, some
// on worker threads (src/cli/parallel-check.ts), where each file's locate function stayed: a file's
// check carries, as data, where the few nodes those checks name are (each user's mcs_id and end date,
// each device's id and status, the MCS administrators' ids), with their paths as written.
import type { Ledger } from '../ledger';
import type { NodePath, Position } from '../types';

export interface Place {
  /** The path in the file as written (entries left out for format errors counted). */
  path: NodePath;
  position: Position;
}

/** By the path in the checked ledger (without left-out entries), its segments joined with `/`. */
export type Places = Record<string, Place>;

export function placeKey(path: NodePath): string {
  return path.join('/');
}

export function placesOf(ledger: Ledger, locate: (path: NodePath) => Position, toOriginal: (path: NodePath) => NodePath = (path) => path): Places {
  const places: Places = {};
  const add = (path: NodePath) => {
    const original = toOriginal(path);
    places[placeKey(path)] = { path: original, position: locate(original) };
  };
  ledger.users.forEach((user, index) => {
    add(['users', index, 'mcs_id']);
    if (user.end_date) add(['users', index, 'end_date']);
  });
  ledger.devices.forEach((_device, index) => {
    add(['devices', index, 'id']);
    add(['devices', index, 'status']);
  });
  add(['facility', 'mcs_facility_admin', 'mcs_id']);
  ledger.facility.mcs_admins.forEach((_admin, index) => add(['facility', 'mcs_admins', index, 'mcs_id']));
  return places;
}
