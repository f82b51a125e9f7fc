// partAroundStop and errorNearStop with stops made by hand, exact: where the part ends (20 lines after
// the stop, or before the first line outside the item's list; comments and blank lines are not
// outside), the key line as context, what refers outside the part, the early-error prefix at its limit,
// and which of the part's problems are kept (not in the key line, not more than 5 lines after the stop).
import type { FastPathStop } from '../../src/load/fast-parse';

beforeEach(() => jest.resetModules());

type NearStop = typeof import('../../src/load/error-near-stop');
const near = () => require('../../src/load/error-near-stop') as NearStop;

/** A stop inside the item whose line starts with `itemLine`, under the key line `keyLine`, at the line starting with `atLine`. */
function stopAt(text: string, itemLine: string, atLine: string, keyLine?: string): FastPathStop {
  const lineStart = (line: string) => (text.startsWith(line) ? 0 : text.indexOf(`\n${line}`) + 1);
  return { at: lineStart(atLine), item: { itemLineStart: lineStart(itemLine), ...(keyLine === undefined ? {} : { keyLineStart: lineStart(keyLine) }) } };
}

describe('partAroundStop', () => {
  it('the key line, then the item up to the first line outside its list: comments and blank lines are not', () => {
    const text = 'x: 1\nusers:\n  - a: 1\n    b: 2\n  - c: 3\n# note\n\n  - d: 4\nother: 5\n  - e: 6\n';
    expect(near().partAroundStop(text, stopAt(text, '  - a', '    b', 'users'))).toEqual({ text: 'users:\n  - a: 1\n    b: 2\n  - c: 3\n# note\n\n  - d: 4', firstLine: 3, contextLines: 1 });
  });

  it('a line at the item\'s indentation that is not an item is outside', () => {
    const text = 'users:\n  - a: 1\n    b: 2\n  c: 3\n  - d: 4\n';
    expect(near().partAroundStop(text, stopAt(text, '  - a', '  - a', 'users'))).toEqual({ text: 'users:\n  - a: 1\n    b: 2', firstLine: 2, contextLines: 1 });
  });

  it('a top-level list without a key line, up to the first mapping key', () => {
    const text = '- a: 1\n  b: 2\n- c: 3\n -d\nx: 1\n- e: 4\n';
    expect(near().partAroundStop(text, stopAt(text, '- a', '  b'))).toEqual({ text: '- a: 1\n  b: 2\n- c: 3\n -d', firstLine: 1, contextLines: 0 });
  });

  it('at most 20 lines after the stop\'s line', () => {
    const keys = Array.from({ length: 30 }, (_, index) => `    k${index}: ${index}`);
    const text = `users:\n  - a: 1\n${keys.join('\n')}\n`;
    const part = near().partAroundStop(text, stopAt(text, '  - a', '    k0', 'users'))!;
    expect(part.text).toBe(`users:\n  - a: 1\n${keys.slice(0, 21).join('\n')}`);
    expect(near().partAroundStop(text, stopAt(text, '  - a', '    k9', 'users'))!.text).toBe(`users:\n  - a: 1\n${keys.slice(0, 30).join('\n')}`);
    expect(near().partAroundStop(text, stopAt(text, '  - a', '    k29', 'users'))!.text).toBe(`users:\n  - a: 1\n${keys.join('\n')}\n`);
  });

  it('is not made when the part or its key line refers outside: an alias, a directive', () => {
    const item = '  - a: 1\n    b: 2\n';
    const { partAroundStop } = near();
    for (const inside of ['    c: *x\n', '    c: [*x]\n', '    c: {d: *x}\n', '    c: {*x: 1}\n', '    c: [1,*x]\n', '    *x : 1\n']) {
      const text = `users:\n${item}${inside}`;
      expect([inside, partAroundStop(text, stopAt(text, '  - a', '    b', 'users'))]).toEqual([inside, undefined]);
    }
    const keyAlias = `users: *x\n${item}`;
    expect(partAroundStop(keyAlias, stopAt(keyAlias, '  - a', '    b', 'users'))).toBeUndefined();
    for (const text of [`%YAML 1.2\n---\nusers:\n${item}`, `users:\n${item}%TAG ! x\n`]) expect(partAroundStop(text, stopAt(text, '  - a', '    b', 'users'))).toBeUndefined();
    for (const inside of ['    c: a*x\n', '    c: "*"\n', '    c: 5 * 3\n', '    c: %x\n', '    c: *\n']) {
      const text = `users:\n${item}${inside}`;
      expect(partAroundStop(text, stopAt(text, '  - a', '    b', 'users'))).toEqual({ text: `users:\n${item}${inside}`, firstLine: 2, contextLines: 1 });
    }
  });

  it('for an early error outside the lists: the text up to 20 lines after it, below 256 KiB only', () => {
    const { partAroundStop } = near();
    const lines = Array.from({ length: 30 }, (_, index) => `k${index}: ${index}`);
    const text = `${lines.join('\n')}\n`;
    expect(partAroundStop(text, { at: text.indexOf('k2:') })).toEqual({ text: lines.slice(0, 23).join('\n'), firstLine: 1, contextLines: 0 });
    expect(partAroundStop('a: 1\n', { at: 256 * 1024 - 1 })).toEqual({ text: 'a: 1\n', firstLine: 1, contextLines: 0 });
    expect(partAroundStop('a: 1\n', { at: 256 * 1024 })).toBeUndefined();
    expect(partAroundStop('a: 1\n', {})).toBeUndefined();
    expect(partAroundStop('a: 1\n', { item: { itemLineStart: 0 } })).toBeUndefined();
  });
});

describe('errorNearStop', () => {
  const filled = (result: ReturnType<NearStop['errorNearStop']>) => {
    const { fill } = require('../../src/i18n/lang') as typeof import('../../src/i18n/lang');
    return result && !result.ok ? result.problems.map((problem) => `${problem.position.line}:${problem.position.column} ${fill(problem.message.en, problem.data ?? {})}`) : result;
  };

  it('the part\'s problem at the whole text\'s line', () => {
    const text = 'facility:\n  name: x\nusers:\n  - a: 1\n    b: 2\n    a: 3\n  - c: 1\nz: 2\n';
    expect(filled(near().errorNearStop(text, stopAt(text, '  - a', '    a: 3', 'users')))).toEqual(['6:5 `a` appears twice in this list item. If this line starts a new item, it is missing its `- ` (write `- a: …`); otherwise remove one of the two']);
  });

  it('leaves out the key line\'s problems', () => {
    const text = 'x: 1\nusers: &a &b\n  - a: 1\n    a: 2\n';
    expect(filled(near().errorNearStop(text, stopAt(text, '  - a', '    a: 2', 'users')))).toEqual(['4:5 `a` appears twice in this list item. If this line starts a new item, it is missing its `- ` (write `- a: …`); otherwise remove one of the two']);
  });

  it('keeps problems up to 5 lines after the stop\'s line, not later', () => {
    const keys = (count: number) => Array.from({ length: count }, (_, index) => `    k${index}: ${index}`).join('\n');
    const at5 = `users:\n  - a: 1\n${keys(4)}\n    a: 2\n`;
    expect(filled(near().errorNearStop(at5, stopAt(at5, '  - a', '  - a', 'users')))).toEqual(['7:5 `a` appears twice in this list item. If this line starts a new item, it is missing its `- ` (write `- a: …`); otherwise remove one of the two']);
    const at6 = `users:\n  - a: 1\n${keys(5)}\n    a: 2\n`;
    expect(near().errorNearStop(at6, stopAt(at6, '  - a', '  - a', 'users'))).toBeUndefined();
  });

  it('nothing when the part reads cleanly, or there is no part', () => {
    const text = 'users:\n  - a: 1\n    b: 2\n';
    expect(near().errorNearStop(text, stopAt(text, '  - a', '    b', 'users'))).toBeUndefined();
    expect(near().errorNearStop(text, {})).toBeUndefined();
  });

  it('is 1 MiB from which a syntax error is worded from the part', () => {
    expect(near().BOUNDED_ERROR_CHARS).toBe(1048576);
  });
});
