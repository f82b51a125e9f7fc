/// <reference lib="dom" />
// The page's one script (scripts/build-web.js bundles it inline), run twice: in the page, which shows the
// controls and the results (page.ts), and in the page's worker, which checks the files (worker.ts). The
// page starts that worker from this script's own text through a Blob URL: the page stays one file,
// carries one copy of the engine, and works opened from file://.
import { startPage } from './page';
import { serveChecks } from './worker';
import type { WorkerScope } from './worker';

if (typeof document === 'undefined') {
  serveChecks(globalThis as unknown as WorkerScope);
} else {
  startPage(document.currentScript?.textContent ?? undefined);
}
