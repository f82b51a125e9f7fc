// src/i18n/lang.ts called directly: which language a run speaks, and how a message template is filled and
// its keys and values spoken, each decision at its edge.
import { detectLang, earlyLang, fill, YAML_WORDS } from '../../src/i18n/lang';
import type { Words } from '../../src/i18n/lang';

describe('detectLang', () => {
  it.each([
    [{}, undefined, undefined, 'en'],
    [{ LANG: 'ja_JP.UTF-8' }, undefined, undefined, 'ja'],
    [{ LANG: 'JA_JP' }, undefined, undefined, 'ja'],
    [{ LANG: 'xja' }, undefined, undefined, 'en'],
    [{ LANG: 'en_US.UTF-8' }, undefined, undefined, 'en'],
    [{ LC_MESSAGES: 'ja', LANG: 'en' }, undefined, undefined, 'ja'],
    [{ LC_ALL: 'ja', LC_MESSAGES: 'en', LANG: 'en' }, undefined, undefined, 'ja'],
    [{ LC_ALL: 'en', LC_MESSAGES: 'ja', LANG: 'ja' }, undefined, undefined, 'en'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'ja' }, undefined, undefined, 'ja'],
    [{ LC_ALL: '', LC_MESSAGES: 'en', LANG: 'ja' }, undefined, undefined, 'en'],
    [{ LANG: 'ja' }, undefined, 'en', 'en'],
    [{ LANG: 'en' }, undefined, 'ja', 'ja'],
    [{ LANG: 'ja' }, 'en', 'ja', 'en'],
    [{ LANG: 'en' }, 'ja', 'en', 'ja'],
  ] as const)('%j, --lang %s, configured %s → %s', (env, explicit, configured, lang) => {
    expect(detectLang(env, explicit, configured)).toBe(lang);
  });

  it.each([
    [{ lang: 'ja' }, {}, 'ja'],
    [{ lang: 'en' }, { LANG: 'ja' }, 'en'],
    [{ lang: 'fr' }, { LANG: 'ja' }, 'ja'],
    [{ lang: 'fr' }, {}, 'en'],
    [{}, { LANG: 'ja' }, 'ja'],
    [{}, {}, 'en'],
  ])('earlyLang %j with %j → %s', (options, env, lang) => {
    expect(earlyLang(options, env)).toBe(lang);
  });
});

describe('YAML_WORDS', () => {
  it('speaks keys as written (or as the template spells them), values as they are, and a key with its value as YAML', () => {
    expect(YAML_WORDS.key('devices', 'security.mfa')).toBe('security.mfa');
    expect(YAML_WORDS.key('devices', 'locations', 'locations の detail')).toBe('locations の detail');
    expect(YAML_WORDS.value('devices', 'security.mfa', 'true')).toBe('true');
    expect(YAML_WORDS.entry('devices', 'security.mfa', 'true')).toBe('security.mfa: true');
  });
});

/** Words that say which of their three calls was made, and with what. */
const TRACING: Words = {
  key: (scope, path, written) => `key(${scope}|${path}|${written ?? '-'})`,
  value: (scope, path, value) => `value(${scope}|${path}|${value})`,
  entry: (scope, path, value) => `entry(${scope}|${path}|${value})`,
};

describe('fill', () => {
  it.each([
    ['plain text', {}, 'plain text'],
    ['', {}, ''],
    ['{a}', { a: 1 }, '1'],
    ['x {a} y {b} z', { a: 'A', b: 0 }, 'x A y 0 z'],
    ['{a}{a}', { a: 'A' }, 'AA'],
    ['x {unknown} y', { a: 1 }, 'x {unknown} y'],
    ['{a-b} {a b} {}', { a: 1 }, '{a-b} {a b} {}'],
    ['{@devices:security.mfa}', {}, 'security.mfa'],
    ['{@devices:security.mfa=true}', {}, 'true'],
    ['{@devices:security.mfa:=true}', {}, 'security.mfa: true'],
    ['{@devices:locations|locations の detail}', {}, 'locations の detail'],
    ['{@facility}', {}, 'facility'],
  ])('%j with %j → %j', (template, data, filled) => {
    expect(fill(template, data)).toBe(filled);
  });

  it.each([
    ['{@devices:security.mfa}', {}, 'key(devices|security.mfa|-)'],
    ['{@security.mfa}', {}, 'key(|security.mfa|-)'],
    ['{@:security.mfa}', {}, 'key(|security.mfa|-)'],
    ['{@devices:p=a=b}', {}, 'value(devices|p|a=b)'],
    ['{@devices:p:=a:=b}', {}, 'entry(devices|p|a:=b)'],
    ['{@devices:p:=a=b}', {}, 'entry(devices|p|a=b)'],
    ['{@devices:p=a:=b}', {}, 'entry(devices|p=a|b)'],
    ['{@devices:p:q}', {}, 'key(devices|p:q|-)'],
    ['{@devices:p|a:=b=c}', {}, 'key(devices|p|a:=b=c)'],
    ['{@devices:p:=a|b}', {}, 'key(devices|p:=a|b)'],
    ['{@devices:p=a|b}', {}, 'key(devices|p=a|b)'],
    ['{@users:{field}={value}}', { field: 'account_status', value: 'active' }, 'value(users|account_status|active)'],
    ['{@{scope}:{field}}', { scope: 'facility.mcs_admins', field: 'name' }, 'key(facility.mcs_admins|name|-)'],
    ['{@devices:{missing}}', { other: 1 }, 'key(devices|{missing}|-)'],
    ['{@devices:a}{@users:b=c}', {}, 'key(devices|a|-)value(users|b|c)'],
    ['before {@devices:a} between {n} after', { n: 2 }, 'before key(devices|a|-) between 2 after'],
  ])('%j with %j speaks %j', (template, data, filled) => {
    expect(fill(template, data, TRACING)).toBe(filled);
  });

  it('gives the same text the second time a template is filled (its split is kept) and with other data', () => {
    const template = 'kept {n} {@devices:a=b} twice';
    expect(fill(template, { n: 1 }, TRACING)).toBe('kept 1 value(devices|a|b) twice');
    expect(fill(template, { n: 2 }, TRACING)).toBe('kept 2 value(devices|a|b) twice');
    expect(fill(template, { n: 3 })).toBe('kept 3 b twice');
  });

  it('fills more distinct templates than it keeps split', () => {
    for (let index = 0; index < 2100; index++) expect(fill(`t${index} {n} {@d:k${index}}`, { n: index })).toBe(`t${index} ${index} k${index}`);
    expect(fill('t5 {n} {@d:k5}', { n: 'again' })).toBe('t5 again k5');
    expect(fill('t2099 {n} {@d:k2099}', { n: 'again' })).toBe('t2099 again k2099');
  });

  describe('the space between Japanese text and a key spoken in brackets', () => {
    const BRACKETS: Words = { key: (_scope, path) => `「${path}」`, value: (_scope, _path, value) => `「${value}」`, entry: (_scope, path, value) => `「${path}」に「${value}」` };

    it.each([
      ['端末 {@devices:os} を確認', '端末「os」を確認'],
      ['端末 {@devices:os=ios} です', '端末「ios」です'],
      ['the {@devices:os} key', 'the 「os」 key'],
      ['端末 {@devices:os} key', '端末「os」 key'],
      ['os {@devices:os} を', 'os 「os」を'],
      [' {@devices:os} ', ' 「os」 '],
      ['{@devices:os} を', '「os」を'],
      ['端末 {@devices:os}', '端末「os」'],
      ['端末  {@devices:os}  を', '端末  「os」  を'],
      ['\u0100 {@devices:os} \u0100', '\u0100「os」\u0100'],
      ['\u00ff {@devices:os} \u00ff', '\u00ff 「os」 \u00ff'],
      ['端末{@devices:os}を確認', '端末「os」を確認'],
      ['端末{@devices:os} を', '端末「os」を'],
    ])('%j → %j', (template, filled) => {
      expect(fill(template, {}, BRACKETS)).toBe(filled);
    });

    it('keeps the space when the key is not spoken in wide characters at that end', () => {
      const words: Words = { key: (_scope, path) => path, value: (_scope, _path, value) => value, entry: (_scope, path, value) => `${path}: ${value}` };
      expect(fill('端末 {@devices:os} を', {}, words)).toBe('端末 os を');
      const mixed: Words = { key: (_scope, path) => `「${path}`, value: (_scope, _path, value) => `${value}」`, entry: () => '' };
      expect(fill('端末 {@devices:os} を', {}, mixed)).toBe('端末「os を');
      expect(fill('端末 {@devices:os=x} を', {}, mixed)).toBe('端末 x」を');
      expect(fill('端末 {@devices:os=\u00ff} を', {}, mixed)).toBe('端末 \u00ff」を');
      expect(fill('端末 {@devices:\u00ff} を', {}, { ...mixed, key: (_scope, path) => path })).toBe('端末 \u00ff を');
      expect(fill('端末 {@devices:\u0100} を', {}, { ...mixed, key: (_scope, path) => path })).toBe('端末\u0100を');
    });
  });
});
