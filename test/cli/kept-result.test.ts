// A many-file run counts each ledger's overdue obligations on the thread that checked it (keptResult);
// the roll-up must show the count `due` lists, and a ledger that did not load has none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keptResult } from '../../src/cli/parallel-check';
import { DEFAULT_CONFIG } from '../../src/config/types';
import { checkBytes } from '../../src/engine/check-file';
import { presentReport } from '../../src/report/model';

const AS_OF = '2026-12-01';
const example = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name));
const checked = (bytes: Uint8Array, name: string) => keptResult(checkBytes(bytes, { asOf: AS_OF, config: DEFAULT_CONFIG }, name), DEFAULT_CONFIG, AS_OF);

describe('keptResult', () => {
  it('counts the four obligations `due` lists as overdue on 2026-12-01 (two passwords, the review, an account removal)', () => {
    const kept = checked(example('clinic-with-findings.yaml'), 'clinic-with-findings.yaml');
    expect(kept.overdue).toBe(4);
    // devices keep no settings: a run of 2,000 ledgers keeps them all until the report
    expect(kept.ledger!.devices.every((device) => !('security' in device) && !('networks' in device) && !('locations' in device))).toBe(true);
  });

  it('counts none for a clean ledger, and has no count for a ledger that did not load', () => {
    expect(checked(example('home-nursing-clean.yaml'), 'home-nursing-clean.yaml').overdue).toBe(0);
    const broken = checked(Buffer.from('facility: [\n'), 'broken.yaml');
    expect(broken.ledger).toBeUndefined();
    expect('overdue' in broken).toBe(false);
  });

  it('is what the report shows, as given; without it the report shows none (a kept ledger has not the dates to count)', () => {
    const kept = checked(example('clinic-with-findings.yaml'), 'clinic-with-findings.yaml');
    const options = { lang: 'en', redact: false, quiet: false, failOn: 'error', version: 'test' } as const;
    const { overdue: _counted, ...uncounted } = kept;
    const without = presentReport({ asOf: AS_OF, files: [{ file: 'a.yaml', config: DEFAULT_CONFIG, ...uncounted }] }, options);
    expect(without.files[0]!.overdue).toBeNull();
    const given = presentReport({ asOf: AS_OF, files: [{ file: 'a.yaml', config: DEFAULT_CONFIG, ...kept, overdue: 9 }] }, options);
    expect(given.files[0]!.overdue).toBe(9);
  });
});
