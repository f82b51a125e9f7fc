// parseLedger's own decisions, exactly: lone carriage returns read as line feeds (offsets kept), and the
// size at which a text the fast path steps aside from is still read whole by the precise path.
import { parseLedger } from '../../src/load/parse';

describe('parseLedger', () => {
  it('reads a lone CR (old Mac line ends) as a line end, and locates by it', () => {
    const result = parseLedger('a: 1\rb: 2\r');
    expect(result.ok && [result.ledger.value, result.ledger.locate(['b'])]).toEqual([{ a: 1, b: 2 }, { line: 2, column: 4 }]);
  });

  it('reads a text of exactly the precise limit whole, and one a character over it not', () => {
    const text = 'a: 1\n? [b]\n: 2\n'; // a complex key: the fast path steps aside
    const whole = parseLedger(text, { boundedFrom: Infinity, preciseUpTo: text.length });
    expect(whole.ok && whole.ledger.value).toEqual({ a: 1, '[ b ]': 2 });
    const over = parseLedger(text, { boundedFrom: Infinity, preciseUpTo: text.length - 1 });
    expect(over.ok ? 'read' : over.problems.map(({ position, message }) => [position, message.en.slice(0, 40)])).toEqual([
      [{ line: 1, column: 1 }, 'From here the ledger uses YAML that is n'],
    ]);
  });
});
