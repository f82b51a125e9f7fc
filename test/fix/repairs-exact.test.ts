// The mechanical repairs `fix` makes (src/fix/repairs.ts), called directly, each at its edges: a real
// calendar day from 1900-03-01 to 9999, a text date year first or in a Japanese era inside that era's
// days, a whole number typed in full width, full-width text, spaces around a value, and the one choice a
// near miss means (none where two are as near). The module is loaded inside each test (its patterns and
// era table count for every test).
beforeEach(() => jest.resetModules());

const repairs = () => require('../../src/fix/repairs') as typeof import('../../src/fix/repairs');

describe('realDay', () => {
  it('a real calendar day from 1900-03-01 to 9999-12-31, zero-padded; anything else undefined', () => {
    const { realDay } = repairs();
    expect([
      realDay(2026, 4, 1), realDay(2026, 11, 24), realDay(2024, 2, 29), realDay(1900, 3, 1), realDay(9999, 12, 31), realDay(2000, 2, 29),
      realDay(1900, 2, 28), realDay(1899, 12, 31), realDay(10000, 1, 1), realDay(2026, 2, 29), realDay(1900, 2, 29), realDay(2026, 13, 1), realDay(2026, 0, 1), realDay(2026, 1, 0), realDay(2026, 4, 31),
      realDay(2026.5, 1, 1), realDay(2026, 1.5, 1), realDay(2026, 1, 1.5), realDay(NaN, 1, 1), realDay(2026, 12, 32), realDay(2026, -1, 1),
      // years whose text would compare as after 1900-03-01
      realDay(999, 1, 1), realDay(19000, 1, 1),
    ]).toEqual([
      '2026-04-01', '2026-11-24', '2024-02-29', '1900-03-01', '9999-12-31', '2000-02-29',
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      undefined, undefined, undefined, undefined, undefined, undefined,
      undefined, undefined,
    ]);
  });
});

describe('textDate', () => {
  it('year first, with - / . or 年月日, spaced or full width; nothing before or after', () => {
    const { textDate } = repairs();
    const read = (texts: string[]) => texts.map((text) => textDate(text));
    expect(read(['2026/4/1', '2026.04.01', '2026-4-1', '2026-4/1', '2026 / 4 / 1', '2026年4月1日', '2026 年 4 月 1 日', '２０２６／４／１', '  2026/4/1  ', '２０２６年１１月２４日'])).toEqual([
      '2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-11-24',
    ]);
    expect(read(['2026/4/1x', 'x2026/4/1', '26/4/1', '1/4/2026', '2026/4/31', '2026年4月1', '2026/123/1', '2026/4', '20261/4/1', '2026年4-1', '2026/4/1日', '2026 4 1', '', '2026/04/001'])).toEqual(Array(14).fill(undefined));
  });

  it('a Japanese era by name or letter, the first year 元, inside the era\'s days only', () => {
    const { textDate } = repairs();
    const read = (texts: string[]) => texts.map((text) => textDate(text));
    expect(read(['令和8年4月1日', '令和元年5月1日', 'R8.4.1', 'r8/4/1', '令和 8 年 4 月 1 日', '令和８年４月１日', 'Ｒ８．４．１', 'H30/4/1', '平成31年4月30日', '平成元年1月8日', 'h1.1.8', '昭和64年1月7日', 'S1.12.25', '昭和元年12月25日', 'R 8 - 4 - 1'])).toEqual([
      '2026-04-01', '2019-05-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', '2018-04-01', '2019-04-30', '1989-01-08', '1989-01-08', '1989-01-07', '1926-12-25', '1926-12-25', '2026-04-01',
    ]);
    expect(read(['令和元年4月30日', '平成31年5月1日', '平成元年1月7日', '昭和64年1月8日', 's1.12.24', '令和0年5月1日', 'x8.4.1', '令和100年1月1日', 'R8/4/31', '令和8年4月1日x', 'x令和8年4月1日', '大正15年1月1日', 'R8.4', '令和8年4月1', '令和8-4月1日', 'R元.2.30'])).toEqual(Array(16).fill(undefined));
  });
});

describe('textInteger, halfWidthText, trimmedText', () => {
  it('textInteger: up to 15 digits, full width or spaced; nothing else', () => {
    const { textInteger } = repairs();
    expect(['１２', ' 8 ', '8', '0', '　１２　', '123456789012345', '1234567890123456', '', ' ', '1.5', '-1', 'a1', '1a', '1 2', '+1'].map((text) => textInteger(text))).toEqual([
      12, 8, 8, 0, 12, 123456789012345, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('halfWidthText: text typed in full width that is ASCII once converted, trimmed; Japanese text and half-width text undefined', () => {
    const { halfWidthText } = repairs();
    expect(['ＰＣ－０１', 'sato＠example.jp', ' ＰＣ ', 'ＰＣ　０１', '　', 'PC-01', '端末１', '', '　ａ　'].map((text) => halfWidthText(text))).toEqual([
      'PC-01', 'sato@example.jp', 'PC', 'PC 01', undefined, undefined, undefined, undefined, 'a',
    ]);
  });

  it('trimmedText: without the spaces around it, half or full width; undefined when there are none or nothing else', () => {
    const { trimmedText } = repairs();
    expect([' a ', 'a ', ' a', '　a　', 'a b', 'a', '   ', '', '\ta\n'].map((text) => trimmedText(text))).toEqual(['a', 'a', 'a', 'a', undefined, undefined, undefined, undefined, 'a']);
  });

  it('meantBoolean is the checker\'s', () => {
    const { meantBoolean } = repairs();
    expect(['〇', '×', ' はい ', 'YES', 'ｎｏ', '0', 'maybe'].map((text) => meantBoolean(text))).toEqual([true, false, true, true, false, undefined, undefined]);
  });
});

describe('nearChoice', () => {
  const DEVICES = [{ value: 'pc', label: 'パソコン' }, { value: 'tablet', label: 'タブレット' }, { value: 'smartphone', label: 'スマートフォン' }, { value: 'smartwatch', label: 'スマートウォッチ' }];

  it('the same label or value however spaced, cased or full width', () => {
    const { nearChoice } = repairs();
    expect(['パソコン', 'ＰＣ', ' Tablet ', 'p c', 'ﾊﾟｿｺﾝ', 'SMARTPHONE'].map((text) => nearChoice(text, DEVICES)?.value)).toEqual(['pc', 'pc', 'tablet', 'pc', 'pc', 'smartphone']);
  });

  it('a near miss of exactly one choice, nearer than any other; nothing for an empty word, a far one, or two as near', () => {
    const { nearChoice } = repairs();
    const pick = (text: string, choices: Array<{ value: string; label: string }>) => nearChoice(text, choices)?.value;
    expect([pick('tablt', DEVICES), pick('smartphon', DEVICES), pick('smartp', DEVICES), pick('smartw', DEVICES), pick('Tablets', DEVICES)]).toEqual(['tablet', 'smartphone', 'smartphone', 'smartwatch', 'tablet']);
    expect([pick('', DEVICES), pick('  ', DEVICES), pick('zzzzzz', DEVICES), pick('smart', DEVICES)]).toEqual([undefined, undefined, undefined, undefined]);
    const pets = [{ value: 'cat', label: 'cat' }, { value: 'car', label: 'car' }, { value: 'dog', label: 'dog' }];
    expect([pick('catt', pets), pick('cap', pets), pick('cats', pets), pick('dgo', pets), pick('do', pets)]).toEqual(['cat', undefined, 'cat', undefined, 'dog']);
    expect([pick('abcx', [{ value: 'abcd', label: 'abcd' }, { value: 'abxy', label: 'abxy' }]), pick('abxx', [{ value: 'abcd', label: 'abcd' }, { value: 'abxy', label: 'abxy' }])]).toEqual(['abcd', 'abxy']);
    // the same label for two values, typed exactly or nearly
    const twins = [{ value: 'a', label: 'same' }, { value: 'b', label: 'same' }, { value: 'c', label: 'other' }];
    expect([pick('same', twins), pick('sam', twins), pick('a', twins), pick('othr', twins)]).toEqual([undefined, undefined, 'a', 'c']);
    // spaces around the word do not count; a near miss as near to two is left, however spaced
    expect([pick(' tablt ', DEVICES), pick(' cap ', pets), pick('catr', pets)]).toEqual(['tablet', undefined, undefined]);
    // an exact label or value wins over a spelling that is the same once - and _ are dropped
    expect([pick('ab', [{ value: 'a-b', label: 'x' }, { value: 'ab', label: 'y' }]), pick('ab', [{ value: 'zz', label: 'a-b' }, { value: 'q', label: 'ab' }])]).toEqual(['ab', 'q']);
    // two choices the same once full width is read as half width: exactly as near, left to a person
    expect(pick('same', [{ value: 'p', label: 'ｓａｍｅ' }, { value: 'q', label: 'same' }])).toBeUndefined();
    // an empty word is no word, even beside a one-letter choice
    expect(pick('', [{ value: 'a', label: 'a' }])).toBeUndefined();
    // its rank is counted as choiceKey compares: spaces and case do not count as edits
    expect([pick('Sma rtphon', DEVICES), pick('tab let s', DEVICES)]).toEqual(['smartphone', 'tablet']);
  });
});
