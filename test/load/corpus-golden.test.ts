// The bad-input corpus read in-process, every finding exact (rule, line:column, both languages), and the
// same texts through the bounded syntax-error path and the too-large path. test/cli/hostile.test.ts runs
// them through the bin; this file is what mutation testing can run. The modules are loaded inside each
// test: their message tables are module-level data, counted only for a test that loads them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const BAD = join(__dirname, '..', 'fixtures', 'bad');
const CORPUS = readdirSync(BAD).filter((name) => name.endsWith('.yaml')).sort();

beforeEach(() => jest.resetModules());

function shown(findings: ReadonlyArray<{ ruleId?: string; position: { line: number; column: number }; message: { ja: string; en: string }; data?: Record<string, string | number> }>): string[] {
  const { fill } = require('../../src/i18n/lang') as typeof import('../../src/i18n/lang');
  return findings.map((finding) => `${finding.ruleId ?? 'yaml-syntax'} ${finding.position.line}:${finding.position.column}\n  ja: ${fill(finding.message.ja, finding.data ?? {})}\n  en: ${fill(finding.message.en, finding.data ?? {})}`);
}

describe('the bad-input corpus', () => {
  it.each(CORPUS)('%s gives exactly these findings', (name) => {
    const { checkBytes } = require('../../src/engine/check-file') as typeof import('../../src/engine/check-file');
    const result = checkBytes(readFileSync(join(BAD, name)), { asOf: '2026-11-24', config: { rules: {} } }, name);
    expect(shown(result.findings)).toMatchSnapshot();
  });

  // Texts that do not parse, worded from the part around the error as a ledger of 1 MB or more is, and
  // as one over the precise parser's limit is.
  it.each(CORPUS)('%s through the bounded and the too-large paths', (name) => {
    const { decodeLedger } = require('../../src/load/decode') as typeof import('../../src/load/decode');
    const { parseLedger } = require('../../src/load/parse') as typeof import('../../src/load/parse');
    const decoded = decodeLedger(readFileSync(join(BAD, name)));
    if (!decoded.ok) return expect({ offset: decoded.offset, ja: decoded.message.ja, en: decoded.message.en, data: decoded.data }).toMatchSnapshot();
    const bounded = parseLedger(decoded.text, { boundedFrom: 0 });
    const tooLarge = parseLedger(decoded.text, { boundedFrom: Number.MAX_SAFE_INTEGER, preciseUpTo: 0 });
    expect({ bounded: bounded.ok ? 'parsed' : shown(bounded.problems), tooLarge: tooLarge.ok ? 'parsed' : shown(tooLarge.problems) }).toMatchSnapshot();
  });
});
