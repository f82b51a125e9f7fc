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
};

export const FORMATS: readonly string[] = Object.keys(LOADERS);

export function loadReporter(format: string): Reporter | undefined {
  return Object.hasOwn(LOADERS, format) ? LOADERS[format]!() : undefined;
}
