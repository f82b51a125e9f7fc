// A regional network for the roll-up's tests: `count` facilities made from examples/*.yaml with their
// facility's name changed (one in 25 a ledger that cannot be read: broken YAML, or bytes that are no
// workbook), checked in-process, as the CLI checks a tree, and presented as one report.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkOrUnreadable } from '../../src/cli/unreadable';
import { DEFAULT_CONFIG } from '../../src/config/types';
import { checkBytes } from '../../src/engine/check-file';
import { presentReport } from '../../src/report/model';
import type { ReportModel } from '../../src/report/model';
import type { Lang } from '../../src/types';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
export const NETWORK_AS_OF = '2026-11-24';

export interface NetworkLedger {
  /** f001/ledger.yaml, f025/台帳.xlsx… */
  file: string;
  bytes: Buffer;
}

/** The ledgers of the network, the same bytes for the same count. */
export function networkLedgers(count: number): NetworkLedger[] {
  const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.yaml')).sort().map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');
    if ((index + 1) % 25 === 0) {
      return index % 2 === 0
        ? { file: `f${number}/台帳.xlsx`, bytes: Buffer.from('PK\u0003\u0004 not a workbook') }
        : { file: `f${number}/ledger.yaml`, bytes: Buffer.from('facility: [\n  name: broken\n') };
    }
    const text = examples[index % examples.length]!.replace(/^(facility:\n(?:  #.*\n)*  name: )(.*)$/m, `$1$2 第${number}事業所`);
    return { file: `f${number}/ledger.yaml`, bytes: Buffer.from(text) };
  });
}

export function networkModel(count: number, lang: Lang = 'ja', options: { redact?: boolean; quiet?: boolean } = {}): ReportModel {
  const files = networkLedgers(count).map(({ file, bytes }) => ({ file, config: DEFAULT_CONFIG, ...checkOrUnreadable(() => checkBytes(bytes, { asOf: NETWORK_AS_OF, config: DEFAULT_CONFIG }, file)) }));
  return presentReport({ asOf: NETWORK_AS_OF, files }, { lang, redact: !!options.redact, quiet: !!options.quiet, failOn: 'error', version: '1.0.0' });
}
