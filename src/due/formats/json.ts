// `due --format json`: the machine contract (formatVersion 1, docs/due-and-html.md). Key order is part of it.
import { reportJson } from '../../reporters/json';
import type { DueItem, DueReport } from '../report';
import type { DueFormatter } from './types';

export const DUE_JSON_FORMAT_VERSION = 1;

function itemJson(item: DueItem): Record<string, unknown> {
  return {
    file: item.file,
    due: item.due,
    kind: item.kind,
    target: item.target,
    path: item.path,
    line: item.line,
    column: item.column,
    ...(item.sheet !== undefined ? { sheet: item.sheet, cell: item.cell } : {}),
    overdue: item.overdue,
    daysLeft: item.daysLeft,
    message: item.message,
    facility: item.facility, // added in 1.x
  };
}

export function dueJson(report: DueReport): Record<string, unknown> {
  return {
    formatVersion: DUE_JSON_FORMAT_VERSION,
    asOf: report.asOf,
    within: report.within,
    items: report.items.map(itemJson),
    // Ledgers that did not load: their findings exactly as `check --format json` shows them.
    invalidFiles: reportJson(report.invalid).files,
    // false when format errors kept a ledger or some of its entries out of `items` (added in 1.x)
    complete: report.complete,
  };
}

const json: DueFormatter = (report) => `${JSON.stringify(dueJson(report), null, 2)}\n`;
export default json;
