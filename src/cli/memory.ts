// One full garbage collection between checking and reporting a large ledger. V8 lets the heap grow
// while the parser allocates and collects the old generation late: on a 20,000-staff ledger with
// 38,000 findings the report was built on top of ~150 MB of the parser's garbage (510 MB peak, 390 MB
// with this). node:v8 and node:vm are loaded only then.

/** Below this many bytes of ledger the heap stays small anyway and a collection would only cost time. */
export const COLLECT_AFTER_BYTES = 8 * 1024 * 1024;

export function collectGarbage(): void {
  const { setFlagsFromString } = require('node:v8') as typeof import('node:v8');
  const { runInNewContext } = require('node:vm') as typeof import('node:vm');
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
