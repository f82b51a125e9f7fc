// The precise path's locator and checks where the 2026-12-06 mutation run (load-rest-a) found the suite
// silent: where a path points (a value, an empty value's key, past a list's end or a scalar), keys that
// read alike, pairs in a flow list and NaN keys that are not duplicates, unsupported tags in a mapping's
// first pair and core tags written short, a too-deep flow on a last line without a line break.
import type * as PrecisePath from '../../src/load/precise-parse';
import { fresh } from '../helpers/fresh';

// Loaded afresh in each test: the core tags are a module-level set.
const parsePrecise = (text: string) => fresh(() => require('../../src/load/precise-parse') as typeof PrecisePath).parsePrecise(text);

function loaded(text: string) {
  const result = parsePrecise(text);
  if (!result.ok) throw new Error(`not loaded: ${JSON.stringify(result.problems)}`);
  return result.ledger;
}

const at = (line: number, column: number) => ({ line, column });

describe('locate', () => {
  const ledger = () => loaded('a: 1\nb:\n  c: x\nlist:\n  - p\n  - q\ne:\n');

  it("points at a path's value: a scalar, one inside a mapping, a list item", () => {
    const { locate } = ledger();
    expect([locate(['a']), locate(['b', 'c']), locate(['list', 1])]).toEqual([at(1, 4), at(3, 6), at(6, 5)]);
  });

  it("points at the key of an empty value (`e:` has no text of its own), and at a key when asked", () => {
    const { locate } = ledger();
    expect([locate(['e']), locate(['b'], true), locate(['b', 'c'], true)]).toEqual([at(7, 1), at(2, 1), at(3, 3)]);
  });

  it('stops where the path leaves the document: past a list\'s end, a name in a list, below a scalar', () => {
    const { locate } = ledger();
    expect([locate(['list', 5]), locate(['list', 'x']), locate(['a', 0]), locate(['a', 'deeper'])]).toEqual([at(5, 3), at(5, 3), at(1, 4), at(1, 4)]);
  });

  it('for keys that read alike but are not the same (`1` and `"1"`), points at the last: the value kept', () => {
    const ledger = loaded('1: a\n"1": b\n');
    expect(ledger.value).toEqual({ 1: 'b' });
    expect(ledger.locate(['1'])).toEqual(at(2, 6));
  });
});

describe('what is not a duplicate key', () => {
  it('pairs in a flow list are one-pair mappings of their own', () => {
    expect(loaded('x: [a: 1, a: 2]\n').value).toEqual({ x: [{ a: 1 }, { a: 2 }] });
  });

  it('NaN keys (never equal), and collections as keys', () => {
    expect(loaded('.nan: 1\n.NaN: 2\n').value).toEqual({ NaN: 2 });
    expect(loaded('? [a]\n: 1\n? [b]\n: 2\n').value).toEqual({ '[ a ]': 1, '[ b ]': 2 });
  });
});

describe('refusals', () => {
  it("names an unsupported tag in a mapping's first pair, and a core tag as written (`!!binary`), at each value", () => {
    const result = parsePrecise('a: !foo x\nb: !!binary aGk=\n');
    expect(result.ok ? [] : result.problems.map(({ position, message }) => [position, message.en])).toEqual([
      [at(1, 9), 'The tag !foo cannot be used in a ledger. Remove it and write the value as it is'],
      [at(2, 13), 'The tag !!binary cannot be used in a ledger. Remove it and write the value as it is'],
    ]);
  });

  it('locates a too-deep flow on a last line with no line break after it', () => {
    const result = parsePrecise(`a\n${'['.repeat(101)}`);
    expect(result.ok ? [] : result.problems.map(({ position, message }) => [position, message.en.slice(0, 25)])).toEqual([[at(2, 101), 'The nesting is too deep (']]);
  });
});
