// src/schema/messages.ts called directly on made-up schema nodes, loaded inside each test (its forms and
// the ledger's two fixed messages are module-level data): Japanese spacing at each edge, alternatives of
// each length, a key's meaning from its description, every form a node's value can take, and every
// message in both languages (the snapshot beside this file).
type Messages = typeof import('../../src/schema/messages');
type SchemaNode = import('../../src/schema/messages').SchemaNode;

beforeEach(() => jest.resetModules());
const messages = () => require('../../src/schema/messages') as Messages;

describe('jp: a space between ASCII and Japanese, none beside full-width punctuation or a space', () => {
  it.each([
    [['a', 'b'], 'a b'],
    [['あ', 'b'], 'あ b'],
    [['a', 'あ'], 'a あ'],
    [['あ', 'い'], 'あい'],
    [['!', 'あ'], '! あ'],
    [['~', 'あ'], '~ あ'],
    [['あ', '~'], 'あ ~'],
    [['\u007f', 'あ'], '\u007fあ'],
    [['あ', '\u007f'], 'あ\u007f'],
    [['a ', 'b'], 'a b'],
    [['a', ' b'], 'a b'],
    [['a', '（b'], 'a（b'],
    [['a）', 'b'], 'a）b'],
    [['a', '、b'], 'a、b'],
    [['a。', 'b'], 'a。b'],
    [['a', '「b」'], 'a「b」'],
    [['a：', 'b'], 'a：b'],
    [['', 'b'], 'b'],
    [['a', ''], 'a'],
    [['a', '', 'b'], 'a b'],
    [['a'], 'a'],
    [['x', 'か', 'y'], 'x か y'],
  ])('%j → %j', (parts, joined) => {
    expect(messages().jp(...parts)).toBe(joined);
  });
});

describe('alternatives', () => {
  it.each([
    [[], { ja: '', en: '' }],
    [['a'], { ja: 'a', en: 'a' }],
    [['a', 'b'], { ja: 'a か b', en: 'a or b' }],
    [['はい', 'いいえ'], { ja: 'はいかいいえ', en: 'はい or いいえ' }],
    [['a', 'b', 'c'], { ja: 'a、b、c のいずれか', en: 'a, b or c' }],
    [['a', 'b', 'c', 'd'], { ja: 'a、b、c、d のいずれか', en: 'a, b, c or d' }],
  ])('%j → %j', (items, expected) => {
    expect(messages().alternatives(items)).toStrictEqual(expected);
  });
});

describe('meaningOf and the subjects', () => {
  it.each([
    [undefined, undefined],
    [{}, undefined],
    [{ description: 'ウイルス対策' }, undefined],
    [{ description: 'ウイルス対策/Antivirus' }, undefined],
    [{ description: 'ウイルス対策ソフトの導入の有無 / Antivirus software installed' }, { ja: 'ウイルス対策ソフトの導入の有無', en: 'antivirus software installed' }],
    [{ description: '  利用開始日（YYYY-MM-DD） / Start date (YYYY-MM-DD)  ' }, { ja: '利用開始日', en: 'start date' }],
    [{ description: '場所（施設外（訪問先）） / Place (outside (a visit))' }, { ja: '場所', en: 'place' }],
    [{ description: '（注）場所 / (note) place' }, { ja: '（注）場所', en: '(note) place' }],
    [{ description: 'a）（b） / x) (y)' }, { ja: 'a）', en: 'x)' }],
    [{ description: '閉じ） / unbalanced)' }, { ja: '閉じ）', en: 'unbalanced)' }],
    [{ description: '（全体） / (whole)' }, { ja: '', en: '' }],
    [{ description: 'MCS の ID / MCS id' }, { ja: 'MCS の ID', en: 'MCS id' }],
    [{ description: 'OS / OS and browser' }, { ja: 'OS', en: 'OS and browser' }],
    [{ description: 'A / A b' }, { ja: 'A', en: 'a b' }],
    [{ description: 'A / A1' }, { ja: 'A', en: 'a1' }],
    [{ description: 'x / xY' }, { ja: 'x', en: 'xY' }],
    [{ description: 'x / 1A' }, { ja: 'x', en: '1A' }],
    [{ description: ' / English only' }, { ja: '', en: 'english only' }],
    [{ description: 'a / b / c' }, { ja: 'a', en: 'b / c' }],
    [{ description: 'x / MCS and Windows' }, { ja: 'x', en: 'MCS and Windows' }],
    [{ description: '  機種 / Model' }, { ja: '機種', en: 'model' }],
  ])('%j → %j', (node, meaning) => {
    expect(messages().meaningOf(node as SchemaNode | undefined)).toStrictEqual(meaning);
  });

  it('names a key with its meaning, and an entry of a list by its number', () => {
    const { keySubject, entrySubject, LEDGER_SUBJECT } = messages();
    const node = { description: '利用端末 / Devices used' };
    expect(keySubject('devices', node)).toStrictEqual({ ja: '`devices`（利用端末）', en: '`devices` (devices used)' });
    expect(keySubject('x-memo', undefined)).toStrictEqual({ ja: '`x-memo`', en: '`x-memo`' });
    expect(entrySubject('devices', 0, node)).toStrictEqual({ ja: '`devices`（利用端末）の 1 件目', en: 'Entry 1 of `devices` (devices used)' });
    expect(entrySubject('networks', 9, undefined)).toStrictEqual({ ja: '`networks` の 10 件目', en: 'Entry 10 of `networks`' });
    expect(LEDGER_SUBJECT).toStrictEqual({ ja: '台帳', en: 'The ledger' });
  });
});

describe('forms', () => {
  const NODES: Array<[string, SchemaNode | undefined]> = [
    ['no node', undefined],
    ['no type', {}],
    ['boolean', { type: 'boolean' }],
    ['boolean or null', { type: ['boolean', 'null'] }],
    ['date', { type: 'string', format: 'date' }],
    ['email', { type: 'string', format: 'email' }],
    ['device id', { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }],
    ['not blank', { type: 'string', pattern: '\\S' }],
    ['other pattern', { type: 'string', pattern: '^x' }],
    ['text', { type: 'string' }],
    ['integer', { type: 'integer' }],
    ['integer from 0', { type: 'integer', minimum: 0 }],
    ['integer from 8', { type: 'integer', minimum: 8 }],
    ['list', { type: 'array' }],
    ['list of none', { type: 'array', minItems: 0 }],
    ['list of one', { type: 'array', minItems: 1 }],
    ['list of two', { type: 'array', minItems: 2 }],
    ['mapping', { type: 'object' }],
    ['mapping of none', { type: 'object', required: [] }],
    ['mapping of one', { type: 'object', required: ['id'] }],
    ['mapping of two', { type: 'object', required: ['id', 'name'] }],
    ['mapping of three', { type: 'object', required: ['id', 'name', 'since'] }],
    ['mapping of four', { type: 'object', required: ['a', 'b', 'c', 'd'] }],
    ['null', { type: 'null' }],
    ['number', { type: 'number' }],
    ['enum', { type: 'string', enum: ['pc', 'tablet', 'smartphone'] }],
    ['enum of two', { enum: ['lecture', 'video'] }],
    ['const', { const: 1 }],
    ['const false', { const: false, type: 'boolean' }],
    ['date, null or not applicable', { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }, { enum: ['not_applicable'] }] }],
    ['anyOf of one', { anyOf: [{ type: 'integer' }] }],
    ['anyOf of none', { anyOf: [] }],
    ['text or null', { type: ['string', 'null'] }],
    ['text, integer or null', { type: ['string', 'integer', 'null'] }],
  ];

  it('gives each node’s form and whether a value is written with it or as it', () => {
    const { formOf } = messages();
    expect(Object.fromEntries(NODES.map(([name, node]) => [name, formOf(node)]))).toMatchSnapshot();
  });

  it('knows where null is an answer', () => {
    const { isNullable, typesOf } = messages();
    expect(NODES.filter(([, node]) => isNullable(node)).map(([name]) => name)).toStrictEqual([
      'boolean or null',
      'null',
      'date, null or not applicable',
      'text or null',
      'text, integer or null',
    ]);
    expect(typesOf(undefined)).toStrictEqual([]);
    expect(typesOf({})).toStrictEqual([]);
    expect(typesOf({ type: 'string' })).toStrictEqual(['string']);
    expect(typesOf({ type: ['string', 'null'] })).toStrictEqual(['string', 'null']);
  });
});

describe('every message', () => {
  it('in both languages', () => {
    const m = messages();
    const antivirus = m.keySubject('antivirus', { description: 'ウイルス対策ソフトの導入の有無 / Antivirus software installed' });
    const boolean: SchemaNode = { type: 'boolean', description: 'ウイルス対策ソフトの導入の有無 / Antivirus software installed' };
    const nullableDate: SchemaNode = { type: ['string', 'null'], format: 'date', description: '誓約書の取得日 / Pledge signed' };
    const text: SchemaNode = { type: 'string', description: '機種 / Model' };
    const said = {
      writeAs: m.writeAs({ ja: 'true か false', en: 'true or false' }),
      recordedMissingBoolean: m.recordedNote(boolean, 'missing'),
      recordedEmptyBoolean: m.recordedNote(boolean, 'empty'),
      recordedMissingNullable: m.recordedNote(nullableDate, 'missing'),
      recordedEmptyNullable: m.recordedNote({ anyOf: [{ type: 'null' }, { type: 'string' }] }, 'empty'),
      recordedBooleanOrNull: m.recordedNote({ type: ['boolean', 'null'] }, 'missing'),
      recordedText: m.recordedNote(text, 'missing'),
      recordedNoNode: m.recordedNote(undefined, 'empty'),
      condition: m.conditionText({ key: 'type', values: ['tablet', 'smartphone'] }),
      conditionOfThree: m.conditionText({ key: 'type', values: ['a', 'b', 'c'] }),
      conditionTrue: m.conditionText({ key: 'security.remote_wipe', values: [true] }),
      missing: m.missingKey('antivirus', boolean),
      missingWhen: m.missingKey('antivirus', boolean, { key: 'type', values: ['tablet', 'smartphone'] }),
      missingDate: m.missingKey('pledge_date', nullableDate),
      missingNoNode: m.missingKey('x', undefined),
      unknownSuggested: m.unknownKey('antivirs', 'antivirus', ['antivirus', 'mfa']),
      unknown: m.unknownKey('zzz', undefined, ['antivirus', 'mfa']),
      fullWidthKey: m.fullWidthKey('ｍｆａ', { ja: '全角の文字', en: 'full-width characters' }, 'mfa'),
      fullWidthValue: m.fullWidthValue(antivirus, { ja: '全角の数字', en: 'full-width digits' }),
      emptyValue: m.emptyValue(antivirus, boolean),
      emptyText: m.emptyValue(antivirus, text),
      notAllowed: m.notAllowed(antivirus, { enum: ['a', 'b'] }),
      notAllowedSuggested: m.notAllowed(antivirus, { enum: ['a', 'b'] }, 'a'),
      wrongShapeList: m.wrongShape(antivirus, text, 'list'),
      wrongShapeMapping: m.wrongShape(antivirus, text, 'mapping'),
      notBoolean: m.notBoolean(antivirus),
      notBooleanYes: m.notBoolean(antivirus, true),
      notBooleanNo: m.notBoolean(antivirus, false),
      quoted: m.quoted(antivirus),
      notTextNumber: m.notText(antivirus, 'number'),
      notTextBoolean: m.notText(antivirus, 'boolean'),
      notDateShape: m.notDateShape(antivirus, nullableDate),
      notRealDate: m.notRealDate(antivirus),
      notEmail: m.notEmail(antivirus),
      blank: m.blank(antivirus),
      tooFewOne: m.tooFew(antivirus, 1),
      tooFewTwo: m.tooFew(antivirus, 2),
      listedTwice: m.listedTwice(antivirus),
      doesNotFit: m.doesNotFit(antivirus),
      ledgerEmpty: m.LEDGER_EMPTY,
      ledgerNotMapping: m.LEDGER_NOT_MAPPING,
    };
    expect(said).toMatchSnapshot();
  });
});
