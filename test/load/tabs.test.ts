// Tabs between a key and its value, and before a comment: both parse paths must place every node at
// the same exact column (a tab is one column, as the `yaml` package counts it).
import { parsePrecise } from '../../src/load/precise-parse';
import type { ParseResult } from '../../src/load/parse';
import type { NodePath } from '../../src/types';
import { parseFastPerTest } from '../helpers/fresh';

const parseFast = parseFastPerTest();


function located(result: ParseResult | undefined, paths: NodePath[]): unknown[] {
  if (!result?.ok) throw new Error(`did not parse: ${JSON.stringify(result)}`);
  return paths.map((path) => [result.ledger.locate(path), result.ledger.locate(path, true)]);
}

const CASES: Array<{ name: string; text: string; value: unknown; positions: Array<[NodePath, { line: number; column: number }, { line: number; column: number }]> }> = [
  {
    name: 'a tab between key and value (`key:\\tvalue`)',
    text: 'a:\tone\nb: 2\n',
    value: { a: 'one', b: 2 },
    positions: [[['a'], { line: 1, column: 4 }, { line: 1, column: 1 }], [['b'], { line: 2, column: 4 }, { line: 2, column: 1 }]],
  },
  {
    name: 'a space then a tab (`key: \\tvalue`)',
    text: 'a: \tone\nb:\t\t2\n',
    value: { a: 'one', b: 2 },
    positions: [[['a'], { line: 1, column: 5 }, { line: 1, column: 1 }], [['b'], { line: 2, column: 5 }, { line: 2, column: 1 }]],
  },
  {
    name: 'a tab before a comment',
    text: 'a: one\t# note\nb:\t# note\n  c:\t3\t# note\n',
    value: { a: 'one', b: { c: 3 } },
    positions: [
      [['a'], { line: 1, column: 4 }, { line: 1, column: 1 }],
      [['b'], { line: 3, column: 3 }, { line: 2, column: 1 }],
      [['b', 'c'], { line: 3, column: 6 }, { line: 3, column: 3 }],
    ],
  },
  {
    name: 'tabs inside a nested ledger entry',
    text: 'devices:\n  - id:\tPC-01\n    security:\n      mfa: \ttrue\t# checked\n      antivirus:\tfalse\n',
    value: { devices: [{ id: 'PC-01', security: { mfa: true, antivirus: false } }] },
    positions: [
      [['devices', 0], { line: 2, column: 5 }, { line: 2, column: 3 }],
      [['devices', 0, 'id'], { line: 2, column: 9 }, { line: 2, column: 5 }],
      [['devices', 0, 'security', 'mfa'], { line: 4, column: 13 }, { line: 4, column: 7 }],
      [['devices', 0, 'security', 'antivirus'], { line: 5, column: 18 }, { line: 5, column: 7 }],
    ],
  },
];

describe.each(CASES)('$name', ({ text, value, positions }) => {
  const paths = positions.map(([path]) => path);
  const expected = positions.map(([, at, key]) => [at, key]);

  it('the fast path reads it itself, at exact positions', () => {
    const fast = parseFast(text);
    expect(fast?.ok && fast.ledger.value).toStrictEqual(value);
    expect(located(fast, paths)).toEqual(expected);
  });

  it('the precise path gives the same positions', () => {
    const precise = parsePrecise(text);
    expect(precise.ok && precise.ledger.value).toStrictEqual(value);
    expect(located(precise, paths)).toEqual(expected);
  });

  it('and so do CRLF line endings', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    expect(located(parseFast(crlf), paths)).toEqual(expected);
    expect(located(parsePrecise(crlf), paths)).toEqual(expected);
  });
});
