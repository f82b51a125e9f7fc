// flowTooDeep at a small limit, branch by branch: where a bracket opens a node, compact `- - -` items,
// closings, comments, quotes in block and in flow context, and the line ends it reads as one.
beforeEach(() => jest.resetModules());

const deep = (text: string, limit = 2) => (require('../../src/load/flow-depth') as typeof import('../../src/load/flow-depth')).flowTooDeep(text, limit);

describe('flowTooDeep', () => {
  it('flags the first bracket past the limit, not the one at it', () => {
    expect(deep('[[[x]]]')).toBe(2);
    expect(deep('[[x]]')).toBeUndefined();
    expect(deep('{a: {b: {c: 1}}}')).toBe(8);
    expect(deep('[[x]]', 1)).toBe(1);
  });

  it('counts closings, of both kinds', () => {
    expect(deep('[[x]][[x]]')).toBeUndefined();
    expect(deep('[[x], [y], [z]]')).toBeUndefined();
    expect(deep('{a: {}, b: {}, c: {}}')).toBeUndefined();
    expect(deep('{{}}\n{{}}\n{{}}')).toBeUndefined();
  });

  it('in block context, counts a bracket only where a node starts: a line start, after "- ", ": ", "? "', () => {
    expect(deep('[[[')).toBe(2);
    expect(deep('- [[[')).toBe(4);
    expect(deep('? [[[')).toBe(4);
    expect(deep('a: [[[')).toBe(5);
    expect(deep('a:\t[[[')).toBe(5);
    expect(deep('a:\n  [[[')).toBe(7);
    expect(deep('note: a[[[[')).toBeUndefined();
    expect(deep('note: a [[[[')).toBeUndefined();
    expect(deep('a: 1\n]]]]\n[[[')).toBe(12);
  });

  it('reads a carriage return as a line end', () => {
    expect(deep('a\r[[[')).toBe(4);
  });

  it('compact items: one more for each "- " after a "- " on the line, from 1 at the line start', () => {
    expect(deep('- - - x')).toBe(4);
    expect(deep('- - x')).toBeUndefined();
    expect(deep('- - a\n- - - x')).toBe(10);
    expect(deep('- a\n  - - x')).toBeUndefined();
    expect(deep('- -\n')).toBeUndefined();
    expect(deep('- - -\n')).toBe(4);
    expect(deep('- -\t-\tx')).toBe(4);
    expect(deep('a: - - x')).toBeUndefined();
    expect(deep('a: - - - x')).toBeUndefined();
    expect(deep('-x -y -z')).toBeUndefined();
    expect(deep('[- - - x]')).toBeUndefined();
  });

  it('compact items before brackets: the brackets count from 1 again', () => {
    expect(deep('- - [[x]]')).toBeUndefined();
    expect(deep('- - [[[x]]]')).toBe(6);
  });

  it('skips comments that start at a line start or after a blank, and nothing else', () => {
    expect(deep('# [[[[')).toBeUndefined();
    expect(deep('#: [[[')).toBeUndefined();
    expect(deep('a: 1 # [[[[\n')).toBeUndefined();
    expect(deep('a: [ # [[[[\n ]')).toBeUndefined();
    expect(deep('a: [x#[[[ ]')).toBe(7);
    expect(deep('a: 1\n# [[[\n[[[')).toBe(13);
  });

  it('skips quoted text in block context, double quotes with backslash escapes, single quotes with doubling', () => {
    expect(deep('a: "[[[["')).toBeUndefined();
    expect(deep('a: "x\\" - [[[["')).toBeUndefined();
    expect(deep("a: 'x'' - [[[['")).toBeUndefined();
    expect(deep("a: 'x' - [[[")).toBe(11);
    expect(deep('a: "x" - [[[')).toBe(11);
    expect(deep('a: "[[[[')).toBeUndefined();
    expect(deep('- "[[[["\n- [[[')).toBe(13);
  });

  it('in flow context, skips double-quoted text anywhere and single-quoted text where a node starts', () => {
    expect(deep('[ "[[[[" ]')).toBeUndefined();
    expect(deep('[x"[[[" ]')).toBeUndefined();
    expect(deep("[ 'a[[[' ]")).toBeUndefined();
    expect(deep("[a,'[[[']")).toBeUndefined();
    expect(deep("{a:'[[['}")).toBeUndefined();
    expect(deep("[['[[[']]")).toBeUndefined();
    expect(deep("[it's [[[ ]")).toBe(7);
    expect(deep('[ "a\\"[[[" ]')).toBeUndefined();
  });

  it('the cases mutation testing found unpinned: an empty item before CRLF, dashes inside brackets, a comment inside brackets, a backslash in single quotes', () => {
    expect(deep('- - -\r\n')).toBe(4);
    expect(deep('[- - - - x]')).toBeUndefined();
    expect(deep('x: [a #[[[[\n]')).toBeUndefined();
    expect(deep("x: ['a\\', [[[1]]]]")).toBe(11);
  });
});
