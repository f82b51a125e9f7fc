// The `due` format registry.
import ics from './ics';
import json from './json';
import table from './table';
import type { DueFormatter } from './types';

const DUE_FORMATTERS: Record<string, DueFormatter> = { table, json, ics };

export const DUE_FORMATS: readonly string[] = Object.keys(DUE_FORMATTERS);

export function dueFormatter(format: string): DueFormatter | undefined {
  return Object.hasOwn(DUE_FORMATTERS, format) ? DUE_FORMATTERS[format] : undefined;
}
