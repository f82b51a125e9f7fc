// A large ledger's syntax error is read from the list item around it: the same problem, at the same
// place, as reading the whole text precisely (parseLedger's second argument lowers the size from which
// it does so, to keep these texts small).
import { parseLedger } from '../../src/load/parse';
import { partAroundStop } from '../../src/load/error-near-stop';
import type { FastPathStop } from '../../src/load/fast-parse';
import { parsePrecise } from '../../src/load/precise-parse';
import type { ParseResult } from '../../src/load/parse';
import { parseFastPerTest } from '../helpers/fresh';

const parseFast = parseFastPerTest();

function user(index: number): string {
  return [
    `  - name: 職員 ${index}`,
    `    mcs_id: staff-${String(index).padStart(3, '0')}`,
    '    job_type: nurse',
    '    account_status: active',
    '    devices: [tab-01]',
    '    note: |',
    '      - not an item',
    '      id: not a key',
  ].join('\n');
}

/** Ten users, the fifth with `broken` as its third line. */
function ledgerWith(broken: string): string {
  const users = Array.from({ length: 10 }, (_, index) => user(index + 1));
  users[4] = users[4]!.replace('    job_type: nurse', broken);
  return `facility:\n  name: 訪問看護ステーション\nusers:\n${users.join('\n')}\ndevices:\n  - id: tab-01\n`;
}

function problemsOf(result: ParseResult) {
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(({ position, message }) => ({ ...position, en: message.en }));
}

describe('a syntax error in a large ledger', () => {
  it.each([
    ['bad indentation', '   job_type: nurse'],
    ['text after a quoted value', "    job_type: 'nurse' and clerk"],
    ['a repeated key', '    name: again'],
    ['an item that lost its `- `', '    job_type: nurse\n  name: lost dash\n    mcs_id: staff-lost'],
    ['a full-width colon', '    job_type：nurse'],
    ['a full-width space in the indentation', '　  job_type: nurse'],
    ['an unclosed flow list', '    job_type: [nurse, clerk'],
    ['an unclosed quote on a line of its own', '    job_type: "nurse\n    other: 1'],
    ['a value that starts a mapping', '    job_type: nurse: yes'],
  ])('is the whole text\'s: %s', (_name, broken) => {
    const text = ledgerWith(broken);
    const stop: FastPathStop = {};
    expect(parseFast(text, stop)).toBeUndefined();
    // The part read precisely starts at the fifth user.
    expect(partAroundStop(text, stop)?.text).toMatch(/^users:\n  - name: 職員 5\n/);
    expect(problemsOf(parseLedger(text, { boundedFrom: 0 }))).toEqual(problemsOf(parsePrecise(text)));
  });

  it.each([
    ['a list written at the indentation of its key', (text: string) => text.replace(/^  (?=[- ])/gm, '')],
    ['a top-level list', (text: string) => text.slice(text.indexOf('  - name: 職員 1'), text.indexOf('\ndevices:'))],
    ['a CRLF file', (text: string) => text.replace(/\n/g, '\r\n')],
  ])('is the whole text\'s in %s', (_name, shape) => {
    for (const broken of ['   job_type: nurse', '    name: again', '    job_type: nurse: yes']) {
      const text = shape(ledgerWith(broken));
      const stop: FastPathStop = {};
      expect(parseFast(text, stop)).toBeUndefined();
      expect(partAroundStop(text, stop)).toBeDefined();
      expect(problemsOf(parseLedger(text, { boundedFrom: 0 }))).toEqual(problemsOf(parsePrecise(text)));
    }
  });

  it.each([
    ['a repeated top-level key', ledgerWith('    job_type: nurse').replace('devices:\n', 'users:\n  - name: x\ndevices:\n')],
  ])('is the whole text\'s, read whole, for %s', (_name, text) => {
    expect(problemsOf(parseLedger(text, { boundedFrom: 0 }))).toEqual(problemsOf(parsePrecise(text)));
    expect(problemsOf(parseLedger(text, { boundedFrom: 0 }))).toHaveLength(1);
  });

  it.each([
    ['a wrong indent', '   kind: clinic', { line: 2, column: 9 }],
    ['a tab indent', '\tkind: clinic', { line: 3, column: 1 }],
  ])('above the lists is worded from the text up to a little after it: %s', (_name, line, at) => {
    const text = ledgerWith('    job_type: nurse').replace('  name: 訪問看護ステーション', `  name: 訪問看護ステーション\n${line}`);
    const stop: FastPathStop = {};
    expect(parseFast(text, stop)).toBeUndefined();
    // js-yaml stops on the third line; the part ends 20 lines after it.
    const part = partAroundStop(text, stop)!;
    expect({ ...part, text: part.text.split('\n').length }).toEqual({ text: 23, firstLine: 1, contextLines: 0 });
    expect(text.startsWith(`${part.text}\n`)).toBe(true);
    expect(problemsOf(parseLedger(text, { boundedFrom: 0 }))).toEqual(problemsOf(parsePrecise(text)));
    expect(problemsOf(parseLedger(text, { boundedFrom: 0 }))).toEqual([expect.objectContaining(at)]);
  });

  it('is found at its line far into the text', () => {
    const text = ledgerWith('   job_type: nurse');
    expect(problemsOf(parseLedger(text, { boundedFrom: 0 })).map(({ line, column }) => [line, column])).toEqual([[38, 1]]);
  });

  it('names only the repeated keys around the first error, where the whole text names every one', () => {
    const text = ledgerWith('    name: again').replace('  - name: 職員 9\n', '  - name: 職員 9\n    name: twice\n');
    expect(problemsOf(parsePrecise(text)).map(({ line }) => line)).toEqual([38, 69]);
    expect(problemsOf(parseLedger(text, { boundedFrom: 0 })).map(({ line }) => line)).toEqual([38]);
    expect(problemsOf(parseLedger(text)).map(({ line }) => line)).toEqual([38, 69]); // a small text is read whole
  });

  it('is read from the whole text when the part around it refers outside (an alias)', () => {
    const [before, after] = ledgerWith('   job_type: nurse').replace('  name: 訪問看護ステーション', '  name: &facility 訪問看護ステーション').split('  - name: 職員 6');
    const aliased = `${before!.replace(/devices: \[tab-01\](?![^]*devices: \[tab-01\])/, 'devices: [*facility]')}  - name: 職員 6${after}`;
    expect(aliased).toContain('devices: [*facility]\n    note: |\n      - not an item\n      id: not a key\n  - name: 職員 6');
    const stop: FastPathStop = {};
    parseFast(aliased, stop);
    expect(stop.item).toEqual({ itemLineStart: aliased.indexOf('  - name: 職員 5'), keyLineStart: aliased.indexOf('users:') });
    expect(partAroundStop(aliased, stop)).toBeUndefined();
    expect(problemsOf(parseLedger(aliased, { boundedFrom: 0 }))).toEqual(problemsOf(parsePrecise(aliased)));
  });
});

describe('a ledger too large for the precise parser (12 MB; lowered here)', () => {
  const limits = { boundedFrom: 0, preciseUpTo: 10 };

  it('in YAML the fast path leaves to it: one problem where the fast path stepped aside, saying to write it the ordinary way', () => {
    const text = ledgerWith('    job_type: "nurse\\\n\n      clerk"');
    expect(parseLedger(text).ok).toBe(true); // read whole when small enough
    expect(problemsOf(parseLedger(text, limits))).toEqual([
      { line: 38, column: 15, en: expect.stringMatching(/^From here the ledger uses YAML that is not read in a ledger over 12 MB/) },
    ]);
  });

  it('with a syntax error the part around it cannot word: one problem at js-yaml\'s stop, with js-yaml\'s words', () => {
    const text = ledgerWith('    job_type: nurse').replace('devices:\n', 'users:\n  - name: x\ndevices:\n');
    const result = parseLedger(text, limits);
    expect(problemsOf(result)).toEqual([{ line: 84, column: 1, en: expect.stringMatching(/^The YAML is not well formed \(\{reason\}\)/) }]);
    expect(!result.ok && result.problems[0]!.data).toEqual({ reason: 'duplicated mapping key' });
  });

  it('with a directive the fast path does not read: one problem at the start', () => {
    expect(problemsOf(parseLedger(`%YAML 2.0\n---\n${ledgerWith('    job_type: nurse')}`, limits))).toEqual([
      { line: 1, column: 1, en: expect.stringMatching(/^From here the ledger uses YAML that is not read in a ledger over 12 MB/) },
    ]);
  });
});
