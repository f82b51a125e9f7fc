// The precise path where mutation testing found the suite silent: duplicates of a nested mapping and of
// its parent in line order, explicit core tags accepted, a too-deep flow located after earlier lines,
// nesting through a complex key, an empty document, and no Node warning for a collection as a key.
import type * as PrecisePath from '../../src/load/precise-parse';
import { fresh } from '../helpers/fresh';

// Loaded afresh: the core tags are a module-level set.
const parsePrecise = (text: string) => fresh(() => require('../../src/load/precise-parse') as typeof PrecisePath).parsePrecise(text);

function problemsAt(text: string) {
  const result = parsePrecise(text);
  return result.ok ? [] : result.problems.map(({ position, message }) => `${position.line}:${position.column} ${message.en.slice(0, 40)}`);
}

const DUPLICATE = 'The same key appears twice in this mappi';
const TOO_DEEP = 'The nesting is too deep (100 levels at m';

describe('parsePrecise, exactly', () => {
  it('reports the duplicates of a nested mapping and of its parent in line order', () => {
    expect(problemsAt('a:\n  c: 1\n  c: 2\nb: 1\nb: 2\n')).toEqual([`3:3 ${DUPLICATE}`, `5:1 ${DUPLICATE}`]);
  });

  it('finds a duplicate inside a complex key', () => {
    expect(problemsAt('? {a: 1, a: 2}\n: x\n')).toEqual([`1:10 ${DUPLICATE}`]);
  });

  it('accepts every explicit core tag', () => {
    const result = parsePrecise('a: !!int 1\nb: !!float 1.5\nc: !!bool true\nd: !!null ~\ne: !!map {x: 1}\nf: !!seq [1]\ng: !!str s\n');
    expect(result.ok && result.ledger.value).toEqual({ a: 1, b: 1.5, c: true, d: null, e: { x: 1 }, f: [1], g: 's' });
  });

  it('locates a too-deep flow collection on its own line, after earlier lines', () => {
    expect(problemsAt(`a\nb\n${'['.repeat(101)}\n`)).toEqual([`3:101 ${TOO_DEEP}`]);
  });

  it('counts the nesting inside a complex key', () => {
    const deepKey = `? ${Array.from({ length: 101 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n  ')} 1\n: v\n`;
    expect(problemsAt(deepKey)).toEqual([`99:199 ${TOO_DEEP}`]);
  });

  it('reads an empty document as null, located at its start', () => {
    const result = parsePrecise('---\n');
    expect(result.ok && [result.ledger.value, result.ledger.locate(['version'])]).toEqual([null, { line: 1, column: 1 }]);
  });

  it('prints no Node warning for a collection as a key (the schema names it)', () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const result = parsePrecise('? {a: 1}\n: x\n');
      expect(result.ok && result.ledger.value).toEqual({ '{ a: 1 }': 'x' });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
