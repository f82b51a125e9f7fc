// The format registry. Each reporter is loaded only when asked for, to keep start-up fast.
import type { Reporter } from './types';

const LOADERS: Record<string, () => Reporter> = {
  table: () => require('./table').default,
  json: () => require('./json').default,
  sarif: () => require('./sarif').default,
  junit: () => require('./junit').default,
  github: () => require('./github').default,
  markdown: () => require('./markdown').default,
  html: () => require('./html').default,
  csv: () => require('./csv').default,
};

/** The marked copy of a workbook (xlsx.ts): made from the ledger's own bytes, not from the model alone,
 * so it has no Reporter; `check` writes it (cli/marked-copy.ts), the offline page calls markedCopy. */
export const MARKED_COPY_FORMAT = 'xlsx';

export const FORMATS: readonly string[] = [...Object.keys(LOADERS), MARKED_COPY_FORMAT];

/** The text format's reporter; undefined for the marked copy (MARKED_COPY_FORMAT) and unknown names. */
export function loadReporter(format: string): Reporter | undefined {
  return Object.hasOwn(LOADERS, format) ? LOADERS[format]!() : undefined;
}
