// Columns on a terminal, exact: printable ASCII one a character (to the edges of the range), anything else
// as string-width counts it (full-width two, colour codes and control characters none).
import type * as DisplayWidth from '../../src/text/display-width';
import { freshFunctionsPerTest } from '../helpers/fresh';

// Loaded afresh in each test: the ASCII pattern and the lazily loaded string-width are module-level.
const { displayWidth } = freshFunctionsPerTest(() => require('../../src/text/display-width') as typeof DisplayWidth);

describe('displayWidth', () => {
  it('printable ASCII: its length, space and tilde included', () => {
    expect(['', 'a', 'abc', ' ', '~', ' ~ ', 'Device PC-01'].map(displayWidth)).toEqual([0, 1, 3, 1, 1, 3, 12]);
  });

  it('anything else as string-width counts it, however it starts or ends', () => {
    expect(['日本', 'a日本', '日本a', 'a日本a', '\x1b[31mred\x1b[39m', '\t', 'a\tb', '\x7f', '\x1f', 'é', '😀'].map(displayWidth)).toEqual([4, 5, 5, 6, 3, 0, 2, 0, 0, 1, 2]);
  });

  it('string-width is loaded once and answers again', () => {
    expect([displayWidth('全角'), displayWidth('全角'), displayWidth('ab')]).toEqual([4, 4, 2]);
  });

  it('remembers its answers, and answers alike past what it remembers (10,000 texts)', () => {
    const texts = Array.from({ length: 10_002 }, (_, n) => `全角${n}`);
    const first = texts.map(displayWidth);
    expect(first.slice(0, 3)).toEqual([5, 5, 5]);
    expect(first.at(-1)).toBe(9); // 全角10001
    expect(texts.map(displayWidth)).toEqual(first);
    expect(['全角', '\x1b[1m全\x1b[22m', '全角'].map(displayWidth)).toEqual([4, 2, 4]);
  });
});
