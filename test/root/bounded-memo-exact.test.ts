// The bounded memory the date arithmetic, the cross checks' words and terminal widths share: an answer
// is computed once while remembered, and the memory is emptied, never grown, when it holds `limit`.
import { boundedMemo } from '../../src/bounded-memo';

describe('boundedMemo', () => {
  it('computes an answer once while it is remembered, and again after the memory was emptied', () => {
    const asked: string[] = [];
    const memo = boundedMemo<number>(2);
    const length = (key: string) => memo(key, () => (asked.push(key), key.length));
    expect([length('a'), length('bb'), length('a'), length('bb')]).toEqual([1, 2, 1, 2]);
    expect(asked).toEqual(['a', 'bb']);
    expect(length('ccc')).toBe(3); // full: emptied before 'ccc' is kept
    expect([length('a'), length('ccc')]).toEqual([1, 3]);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('keeps answers that are falsy (0, empty text)', () => {
    let computed = 0;
    const memo = boundedMemo<number | string>(10);
    const answers = [memo('zero', () => (computed++, 0)), memo('zero', () => (computed++, 0)), memo('empty', () => (computed++, '')), memo('empty', () => (computed++, ''))];
    expect([answers, computed]).toEqual([[0, 0, '', ''], 2]);
  });
});
