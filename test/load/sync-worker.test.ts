// The synchronous bridge to a worker thread (src/load/sync-worker.ts): an outcome, a failure as data,
// and a time limit after which the worker is replaced. Runs the build's dist/ modules (`npm test` builds).
import { runInWorkerSync } from '../../src/load/sync-worker';
import { ledgerFile, workbookBytes } from '../helpers/workbook';

const LIMITS = { timeLimitMs: 60_000, heapMb: 512 };

describe('runInWorkerSync', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await workbookBytes(ledgerFile('examples/clinic-with-findings.yaml'));
  });

  it('returns what the async export resolves to', () => {
    const outcome = runInWorkerSync<Array<{ name: string }>>('workbook/sheets', 'readPortableSheets', bytes, LIMITS);
    expect(outcome.ok && outcome.value.map((sheet) => sheet.name)).toEqual(['施設', '管理者', '端末', '利用者']);
  });

  it('returns a failure as data, never throws', () => {
    expect(runInWorkerSync('workbook/sheets', 'readPortableSheets', Buffer.from('not a zip'), LIMITS)).toMatchObject({ ok: false, failure: expect.any(String) });
    expect(runInWorkerSync('workbook/sheets', 'noSuchExport', bytes, LIMITS)).toMatchObject({ ok: false, failure: expect.stringContaining('not a function') });
    expect(runInWorkerSync('load/no-such-module', 'x', bytes, LIMITS)).toEqual({ ok: false, failure: 'load/no-such-module is not built (run `npm run build`)' });
  });

  it('gives up after the time limit, and the next call gets a fresh worker', () => {
    const started = Date.now();
    expect(runInWorkerSync('workbook/sheets', 'readPortableSheets', bytes, { ...LIMITS, timeLimitMs: 1 })).toEqual({ ok: false, timedOut: true });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(runInWorkerSync('workbook/sheets', 'readPortableSheets', bytes, LIMITS).ok).toBe(true);
  });
});
