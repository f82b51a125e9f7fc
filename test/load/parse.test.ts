import { parseLedger } from '../../src/load/parse';

function problems(text: string) {
  const result = parseLedger(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((problem) => ({ ...problem.position, en: problem.message.en }));
}

function parsed(text: string) {
  const result = parseLedger(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.ledger;
}

describe('parseLedger', () => {
  it('keeps YAML 1.2 core types: dates and yes/no stay strings', () => {
    expect(parsed('d: 2026-11-23\nb: yes\nc: true\nn: null\ne:\nt: ~\n').value).toEqual({
      d: '2026-11-23',
      b: 'yes',
      c: true,
      n: null,
      e: null,
      t: null,
    });
  });

  it('locates values, keys, sequence items and the nearest ancestor of a missing node', () => {
    const ledger = parsed('a:\n  b: 2026-11-23\nlist: [1, 2]\nempty:\nseq:\n  - x: 1\n    y: 2\n');
    expect(ledger.locate(['a', 'b'])).toEqual({ line: 2, column: 6 });
    expect(ledger.locate(['a', 'b'], true)).toEqual({ line: 2, column: 3 });
    expect(ledger.locate(['list', 1])).toEqual({ line: 3, column: 11 });
    expect(ledger.locate(['empty'])).toEqual({ line: 4, column: 1 });
    expect(ledger.locate(['seq', 0])).toEqual({ line: 6, column: 5 });
    expect(ledger.locate(['seq', 0, 'y'])).toEqual({ line: 7, column: 8 });
    expect(ledger.locate(['a', 'missing'])).toEqual({ line: 2, column: 3 });
    expect(ledger.locate([])).toEqual({ line: 1, column: 1 });
  });

  it('counts columns in characters on lines with Japanese text', () => {
    const ledger = parsed('name: 田中 美咲\nk: {氏名: 山田, x: 1}\n');
    expect(ledger.locate(['k', 'x'])).toEqual({ line: 2, column: 16 });
  });

  it('follows aliases when locating', () => {
    const ledger = parsed('base: &b {x: 1}\nuse: *b\n');
    expect(ledger.value).toEqual({ base: { x: 1 }, use: { x: 1 } });
    expect(ledger.locate(['use', 'x'])).toEqual({ line: 1, column: 14 });
  });

  it('treats an empty file as a null document', () => {
    expect(parsed('').value).toBeNull();
    expect(parsed('# only a comment\n').value).toBeNull();
  });

  it('reports every duplicate key at the duplicate', () => {
    expect(problems('a: 1\nb: 2\na: 3\nb: 4\n')).toEqual([
      { line: 3, column: 1, en: 'The same key appears twice in this mapping. Remove one of them' },
      { line: 4, column: 1, en: 'The same key appears twice in this mapping. Remove one of them' },
    ]);
  });

  it('reports several documents at the start of the second', () => {
    expect(problems('a: 1\n---\nb: 2\n')).toEqual([
      { line: 2, column: 1, en: 'The file holds several YAML documents (a `---` or `...` line). Keep one ledger per file' },
    ]);
  });

  it('reports only the first syntax error, with the parser detail', () => {
    const found = problems('a: [1, 2\nb: 1\nc: {\n');
    expect(found).toHaveLength(1);
    expect(found[0]!.en).toMatch(/^The indentation is off, or a bracket \[ \] \{ \} is not closed \(Flow sequence/);
  });

  it('reports a quote never closed where it opens', () => {
    expect(problems('a: "unclosed\nb: 1\n')).toEqual([{ line: 1, column: 4, en: expect.stringMatching(/^The quote \{quote\} opened here is never closed/) }]);
  });

  it('reports a tab used for indentation', () => {
    expect(problems('a:\n\tb: 1\n')[0]).toMatchObject({ line: 2, en: expect.stringMatching(/^A tab is used for indentation/) });
  });

  it('stops an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    expect(problems(bomb)).toEqual([
      { line: 2, column: 8, en: 'Too many aliases (*name). Write the values out in the ledger instead of using aliases' },
    ]);
  });

  it('keeps __proto__ as a plain key without touching prototypes', () => {
    const ledger = parsed('__proto__: {polluted: true}\n');
    expect(Object.keys(ledger.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
