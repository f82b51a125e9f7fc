// src/i18n/enums.ts called directly: how a label is read from a schema description (on made-up
// descriptions, each rule of the pattern at its edge), when labels are given up as ambiguous, and where
// each enumerated field is. The table is module-level (built once): it is loaded inside each test.
type Enums = typeof import('../../src/i18n/enums');

beforeEach(() => jest.resetModules());
const enums = () => require('../../src/i18n/enums') as Enums;

describe('choiceKey', () => {
  it('compares full-width letters, spaces and case alike', () => {
    const { choiceKey } = enums();
    expect(choiceKey('Ａ Ｂ\tc\u3000D\n')).toBe('abcd');
    expect(choiceKey('ｉＰａｄ ＯＳ')).toBe('ipados');
    expect(choiceKey('パソコン')).toBe('パソコン');
  });
});

describe('schemaChoices', () => {
  const choices = (node: import('../../src/i18n/enums').ChoiceNode) => enums().schemaChoices(node);

  it('reads each value’s label from the Japanese half of the description', () => {
    expect(choices({ enum: ['pc', 'tablet'], description: '種類（pc: パソコン、tablet: タブレット） / Type (pc: PC)' })).toStrictEqual([
      { value: 'pc', label: 'パソコン' },
      { value: 'tablet', label: 'タブレット' },
    ]);
  });

  it('reads labels at the start, after a space, after 、 and after （ only, up to 、 or ）', () => {
    expect(choices({ enum: ['a', 'b', 'c', 'd'], description: 'a: 一 b: 二、c: 三）d: 四' })).toStrictEqual([
      { value: 'a', label: '一 b: 二' },
      { value: 'b', label: '二' },
      { value: 'c', label: '三' },
      { value: 'd', label: 'd' },
    ]);
    expect(choices({ enum: ['b', 'ab'], description: '（ab: エービー、b: ビー）' })).toStrictEqual([
      { value: 'b', label: 'ビー' },
      { value: 'ab', label: 'エービー' },
    ]);
    expect(choices({ enum: ['b'], description: 'xb: ビー' })).toStrictEqual([{ value: 'b', label: 'b' }]);
    expect(choices({ enum: ['b'], description: 'b:ビー' })).toStrictEqual([{ value: 'b', label: 'b' }]);
  });

  it('cuts a label at " = " and trims it', () => {
    expect(choices({ enum: ['personal'], description: 'personal:  個人所有端末 = BYOD 、' })).toStrictEqual([{ value: 'personal', label: '個人所有端末' }]);
    expect(choices({ enum: ['p'], description: 'p: 個人=BYOD' })).toStrictEqual([{ value: 'p', label: '個人=BYOD' }]);
  });

  it('ignores the English half', () => {
    expect(choices({ enum: ['a'], description: 'x / a: Ay' })).toStrictEqual([{ value: 'a', label: 'a' }]);
    expect(choices({ enum: ['a'], description: 'a: エー/ x / a: Ay' })).toStrictEqual([{ value: 'a', label: 'エー/ x' }]);
  });

  it('reads a list’s values and description from its items, and the node’s own otherwise', () => {
    expect(choices({ description: 'a: 外', items: { enum: ['a'], description: 'a: 内' } })).toStrictEqual([{ value: 'a', label: '内' }]);
    expect(choices({ description: 'a: 外', enum: ['a'], items: { description: 'a: 内' } })).toStrictEqual([{ value: 'a', label: '外' }]);
    expect(choices({ enum: ['a'], items: { enum: ['b'], description: 'b: 内' } })).toStrictEqual([{ value: 'a', label: 'a' }]);
    expect(choices({ items: { enum: ['a'] }, description: 'a: 外' })).toStrictEqual([{ value: 'a', label: 'a' }]);
    expect(choices({ enum: ['a'] })).toStrictEqual([{ value: 'a', label: 'a' }]);
    expect(choices({ description: 'a: エー' })).toStrictEqual([]);
    expect(choices({})).toStrictEqual([]);
  });

  it('gives up every label when one would read back as another value or another label', () => {
    expect(choices({ enum: ['a', 'b'], description: 'a: b、b: ビー' })).toStrictEqual([{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }]);
    expect(choices({ enum: ['a', 'b'], description: 'a: Ｂ、b: ビー' })).toStrictEqual([{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }]);
    expect(choices({ enum: ['a', 'b'], description: 'a: 同じ、b: 同 じ' })).toStrictEqual([{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }]);
    expect(choices({ enum: ['a', 'b'], description: 'a: エー' })).toStrictEqual([{ value: 'a', label: 'エー' }, { value: 'b', label: 'b' }]);
    expect(choices({ enum: ['a', 'b'], description: 'a: エー、b: A' })).toStrictEqual([{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }]);
    expect(choices({ enum: ['a', 'A'] })).toStrictEqual([{ value: 'a', label: 'a' }, { value: 'A', label: 'A' }]);
    expect(choices({ enum: ['a', 'b'], description: 'a: B' })).toStrictEqual([{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }]);
  });
});

describe('the table and its paths', () => {
  it('knows each enumerated field by its path, and no other path', () => {
    const { enumFieldAt, ENUM_PATHS } = enums();
    for (const [field, path] of Object.entries(ENUM_PATHS)) expect(enumFieldAt(path)).toBe(field);
    expect(enumFieldAt(['devices', 'locations', 'place'])).toBe('location.place');
    expect(enumFieldAt(['devices'])).toBeUndefined();
    expect(enumFieldAt(['devices', 'type', 'x'])).toBeUndefined();
    expect(enumFieldAt(['users', 'type'])).toBeUndefined();
    expect(enumFieldAt(['type', 'devices'])).toBeUndefined();
    expect(enumFieldAt([])).toBeUndefined();
  });

  it('offers each field’s values with their Japanese labels, and nothing for a field that is not enumerated', () => {
    const { choicesAt } = enums();
    expect(choicesAt(['devices', 'type'])).toStrictEqual([
      { value: 'pc', label: 'パソコン' },
      { value: 'tablet', label: 'タブレット' },
      { value: 'smartphone', label: 'スマートフォン' },
    ]);
    expect(choicesAt(['devices', 'locations', 'place'])!.map((choice) => choice.value)).toStrictEqual(['in_facility', 'outside']);
    expect(choicesAt(['devices', 'networks'])!.map((choice) => choice.value)).toStrictEqual(['facility_wired_lan', 'facility_wireless_lan', 'carrier', 'public_wireless_lan']);
    expect(choicesAt(['devices', 'model'])).toBeUndefined();
  });

  it('labels every value in both languages', () => {
    const { enumLabels } = enums();
    expect(enumLabels()).toMatchSnapshot();
    expect(enumLabels()).toBe(enumLabels());
  });

  it('says a value as a person reads it, and an unknown one as written', () => {
    const { enumLabel } = enums();
    expect(enumLabel('device.ownership', 'personal', 'ja')).toBe('個人所有端末');
    expect(enumLabel('device.ownership', 'personal', 'en')).toBe('Personal (BYOD)');
    expect(enumLabel('device.os', 'windows', 'ja')).toBe('windows');
    expect(enumLabel('device.os', 'hasOwnProperty', 'en')).toBe('hasOwnProperty');
    expect(enumLabel('incident.kind', 'stolen', 'en')).toBe('Stolen');
  });
});
