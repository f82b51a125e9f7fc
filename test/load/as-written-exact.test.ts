// showValuesAsWritten, exact: which findings it rewrites (schema ones with a value, about a number or
// true/false) and the scalar it reads at the finding's line:column, up to a comment, a flow entry's end
// or the line's end; quoted and block scalars are left as read.
import type { LocatedFinding, NodePath } from '../../src/types';

beforeEach(() => jest.resetModules());

const asWritten = (findings: LocatedFinding[], document: unknown, text: string) =>
  (require('../../src/load/as-written') as typeof import('../../src/load/as-written')).showValuesAsWritten(findings, document, text);

const finding = (path: NodePath, line: number, column: number, value = 'read', ruleId = 'schema'): LocatedFinding => ({
  ruleId,
  severity: 'error',
  path,
  position: { line, column },
  message: { ja: 'j', en: 'e' },
  data: { value, other: 'kept' },
  sources: [],
});

const written = (text: string, document: unknown, path: NodePath, line: number, column: number) => {
  const [result] = asWritten([finding(path, line, column)], document, text);
  return result!.data.value;
};

describe('showValuesAsWritten', () => {
  it('rewrites the value of a number or a boolean as typed, keeping the rest of the finding', () => {
    const text = 'version: 1\nid: 001\nmfa: yes\n';
    const findings = [finding(['id'], 2, 5, '1'), finding(['mfa'], 3, 6, 'true')];
    expect(asWritten(findings, { version: 1, id: 1, mfa: true }, text)).toEqual([
      { ...findings[0], data: { value: '001', other: 'kept' } },
      { ...findings[1], data: { value: 'yes', other: 'kept' } },
    ]);
  });

  it('leaves alone findings of other rules, without a value, about text, or written as read', () => {
    const text = 'id: 001\nname: x\nn: 5\n';
    const document = { id: 1, name: 'x', n: 5 };
    const findings = [finding(['id'], 1, 5, '1', 'device-id'), { ...finding(['id'], 1, 5), data: { other: 'kept' } }, finding(['name'], 2, 7, 'y'), finding(['n'], 3, 4, '5')];
    const result = asWritten(findings, document, text);
    findings.forEach((given, index) => expect(result[index]).toBe(given));
  });

  it('follows the path through lists and maps, and past a missing one', () => {
    const text = 'a:\n  - b: 0x1F\n';
    expect(written(text, { a: [{ b: 31 }] }, ['a', 0, 'b'], 2, 8)).toBe('0x1F');
    expect(written(text, { a: null }, ['a', 0, 'b'], 2, 8)).toBe('read');
    expect(written(text, null, ['a'], 2, 8)).toBe('read');
  });

  it('reads up to a comment, a flow entry\'s end, or the line\'s end, trailing blanks left out', () => {
    expect(written('n: 12 # c\n', { n: 12 }, ['n'], 1, 4)).toBe('12');
    expect(written('n: 12\t# c\n', { n: 12 }, ['n'], 1, 4)).toBe('12');
    expect(written('n: 12# c\n', { n: 12 }, ['n'], 1, 4)).toBe('12# c');
    expect(written('n: 1_2   \n', { n: 12 }, ['n'], 1, 4)).toBe('1_2');
    expect(written('n: 012', { n: 12 }, ['n'], 1, 4)).toBe('012');
    expect(written('n: 012\r\n', { n: 12 }, ['n'], 1, 4)).toBe('012');
    expect(written('n: [07, 08 ]\n', { n: [7, 8] }, ['n', 0], 1, 5)).toBe('07');
    expect(written('n: [07, 08 ]\n', { n: [7, 8] }, ['n', 1], 1, 9)).toBe('08');
    expect(written('n: [07,08]\n', { n: [7, 8] }, ['n', 1], 1, 8)).toBe('08');
    expect(written('n: {a: 09}\n', { n: { a: 9 } }, ['n', 'a'], 1, 8)).toBe('09');
    expect(written('x: 1\nn: {a: 09 , b: 1}\n', { n: { a: 9 } }, ['n', 'a'], 2, 8)).toBe('09');
  });

  it('leaves quoted, block and flow-collection scalars, an empty rest and a line past the end as read', () => {
    for (const start of ['"5"', "'5'", '|', '>', '[5]', '{a: 5}']) expect(written(`n: ${start}\n`, { n: 5 }, ['n'], 1, 4)).toBe('read');
    expect(written('n:\n', { n: 5 }, ['n'], 1, 3)).toBe('read');
    expect(written('n: 5\n', { n: 5 }, ['n'], 3, 1)).toBe('read');
    expect(written('n: 5\n', { n: 5 }, ['n'], 2, 1)).toBe('read');
  });

  it('reads the line and column the finding gives, on any line', () => {
    const text = 'a: 1\nbb: 2\nccc: 03\n';
    expect(written(text, { ccc: 3 }, ['ccc'], 3, 6)).toBe('03');
    expect(written(text, { ccc: 3 }, ['ccc'], 3, 7)).toBe('3');
    expect(written(text, { bb: 2 }, ['bb'], 2, 5)).toBe('2');
  });
});
