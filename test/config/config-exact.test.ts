// The configuration modules called directly, each message in both languages and each decision at its
// edge: what a configuration file may hold (validate.ts), how its bytes are read (from-bytes.ts, load.ts),
// which file applies to a ledger and how often it is searched for and loaded (lookup.ts), and the schema
// editors get (schema.ts). Module-level data (DEFAULT_CONFIG, the generated schema) is loaded inside each
// test, so that mutation testing's per-test coverage counts the test that reads it.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromBytes, MAX_CONFIG_BYTES } from '../../src/config/from-bytes';
import { loadConfigFile } from '../../src/config/load';
import { configLookup, findConfigFrom } from '../../src/config/lookup';
import { configurableRules, validateConfig } from '../../src/config/validate';
import { UsageError } from '../../src/errors';
import { decodeLedger } from '../../src/load/decode';
import { RULES } from '../../src/rules';
import type { Bilingual } from '../../src/types';

function tempTree(): string {
  return mkdtempSync(join(tmpdir(), 'dokodemo-config-exact-'));
}

function usageErrorOf(action: () => unknown): Bilingual {
  try {
    action();
  } catch (error) {
    if (error instanceof UsageError) return error.text;
    throw error;
  }
  throw new Error('expected a UsageError');
}

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('validateConfig, each problem in both languages', () => {
  it.each([
    [{ rules: { antivirus: 'fatal' } }, 'rules.antivirus は off, info, warning, error のいずれかにしてください（"fatal" は使えません）', 'rules.antivirus must be one of off, info, warning, error (not "fatal")'],
    [{ rules: { antivirus: null } }, 'rules.antivirus は off, info, warning, error のいずれかにしてください（null は使えません）', 'rules.antivirus must be one of off, info, warning, error (not null)'],
    [{ rules: { antivirus: { severity: 1 } } }, 'rules.antivirus.severity は off, info, warning, error のいずれかにしてください（1 は使えません）', 'rules.antivirus.severity must be one of off, info, warning, error (not 1)'],
    [{ rules: { 'mcs-password-age': { month: 3 } } }, 'rules.mcs-password-age.month: 不明なオプションです（使えるもの: severity, months）', 'rules.mcs-password-age.month: unknown option (allowed: severity, months)'],
    [{ rules: { 'mcs-password-age': { constructor: 3 } } }, 'rules.mcs-password-age.constructor: 不明なオプションです（使えるもの: severity, months）', 'rules.mcs-password-age.constructor: unknown option (allowed: severity, months)'],
    [{ rules: { antivirus: { days: 3 } } }, 'rules.antivirus.days: 不明なオプションです（使えるもの: severity）', 'rules.antivirus.days: unknown option (allowed: severity)'],
    [{ rules: { 'mcs-password-age': { months: 0 } } }, 'rules.mcs-password-age.months は 1 以上の整数にしてください（0 は使えません）', 'rules.mcs-password-age.months must be a whole number of at least 1 (not 0)'],
    [{ rules: { 'mcs-password-age': { months: 1.5 } } }, 'rules.mcs-password-age.months は 1 以上の整数にしてください（1.5 は使えません）', 'rules.mcs-password-age.months must be a whole number of at least 1 (not 1.5)'],
    [{ rules: { 'mcs-password-age': { months: '3' } } }, 'rules.mcs-password-age.months は 1 以上の整数にしてください（"3" は使えません）', 'rules.mcs-password-age.months must be a whole number of at least 1 (not "3")'],
    [{ rules: { 'mcs-password-age': { months: 121 } } }, 'rules.mcs-password-age.months は 120 以下の整数にしてください（121 は使えません）', 'rules.mcs-password-age.months must be a whole number of at most 120 (not 121)'],
    [{ rules: { 'mcs-password-expiring': { days: -1 } } }, 'rules.mcs-password-expiring.days は 0 以上の整数にしてください（-1 は使えません）', 'rules.mcs-password-expiring.days must be a whole number of at least 0 (not -1)'],
    [{ rules: { 'mcs-password-expiring': { days: 366 } } }, 'rules.mcs-password-expiring.days は 365 以下の整数にしてください（366 は使えません）', 'rules.mcs-password-expiring.days must be a whole number of at most 365 (not 366)'],
    [{ rules: { schema: 'off' } }, 'rules.schema: このルールは設定で変更できません', 'rules.schema: this rule cannot be configured'],
    [{ rules: { 'yaml-syntax': 'off' } }, 'rules.yaml-syntax: このルールは設定で変更できません', 'rules.yaml-syntax: this rule cannot be configured'],
    [{ rules: { toString: 'off' } }, 'rules.toString: 不明なルール ID です（dokodemo-check rules で一覧を表示できます）', 'rules.toString: unknown rule id (dokodemo-check rules lists them)'],
    [{ rules: 'byod' }, 'rules はルール ID をキーとする対応表にしてください', 'rules must be a mapping from rule ids to settings'],
    [{ rules: ['byod'] }, 'rules はルール ID をキーとする対応表にしてください', 'rules must be a mapping from rule ids to settings'],
    [{ lang: 'fr' }, 'lang は ja か en にしてください（"fr" は使えません）', 'lang must be ja or en (not "fr")'],
    [{ lang: null }, 'lang は ja か en にしてください（null は使えません）', 'lang must be ja or en (not null)'],
    [{ ruless: {} }, 'ruless: 不明なキーです（使えるもの: lang, rules）', 'ruless: unknown key (allowed: lang, rules)'],
    [['rules'], '設定ファイルは lang と rules を持つ対応表にしてください', 'the configuration must be a mapping with lang and rules'],
    ['rules', '設定ファイルは lang と rules を持つ対応表にしてください', 'the configuration must be a mapping with lang and rules'],
  ])('%j: exactly one problem', (value, ja, en) => {
    const { config, problems } = validateConfig(value);
    expect(problems).toStrictEqual([{ ja, en }]);
    expect(config.lang).toBeUndefined();
  });

  it('accepts each option at its minimum and maximum, and keeps what it accepts', () => {
    const { config, problems } = validateConfig({
      lang: 'en',
      rules: { 'mcs-password-age': { months: 1 }, 'mcs-password-expiring': { days: 365, severity: 'error' }, byod: 'info' },
    });
    expect(problems).toStrictEqual([]);
    expect(config).toStrictEqual({
      lang: 'en',
      rules: { 'mcs-password-age': { options: { months: 1 } }, 'mcs-password-expiring': { severity: 'error', options: { days: 365 } }, byod: { severity: 'info', options: {} } },
    });
    expect(validateConfig({ rules: { 'mcs-password-age': { months: 120 } }, lang: 'ja' })).toStrictEqual({ config: { rules: { 'mcs-password-age': { options: { months: 120 } } }, lang: 'ja' }, problems: [] });
    expect(validateConfig({ rules: { 'mcs-password-expiring': { days: 0 } } })).toStrictEqual({ config: { rules: { 'mcs-password-expiring': { options: { days: 0 } } } }, problems: [] });
  });

  it('keeps a rejected option out of the settings and a rejected severity in them, and lists every problem', () => {
    const { config, problems } = validateConfig({ rules: { 'mcs-password-age': { months: 0, severity: 'loud' }, nope: 'off', byod: 'off' }, lang: 'de', extra: 1 });
    expect(config).toStrictEqual({ rules: { 'mcs-password-age': { severity: 'loud', options: {} }, byod: { severity: 'off', options: {} } } });
    expect(problems.map((problem) => problem.en)).toStrictEqual([
      'rules.mcs-password-age.months must be a whole number of at least 1 (not 0)',
      'rules.mcs-password-age.severity must be one of off, info, warning, error (not "loud")',
      'rules.nope: unknown rule id (dokodemo-check rules lists them)',
      'lang must be ja or en (not "de")',
      'extra: unknown key (allowed: lang, rules)',
    ]);
  });

  it('takes an empty file, an empty rules section and no lang as the defaults', () => {
    expect(validateConfig(undefined)).toStrictEqual({ config: { rules: {} }, problems: [] });
    expect(validateConfig(null)).toStrictEqual({ config: { rules: {} }, problems: [] });
    expect(validateConfig({ rules: null })).toStrictEqual({ config: { rules: {} }, problems: [] });
    expect(validateConfig({ rules: undefined, lang: undefined })).toStrictEqual({ config: { rules: {} }, problems: [] });
    expect(validateConfig({})).toStrictEqual({ config: { rules: {} }, problems: [] });
    expect(validateConfig(['rules']).config).toStrictEqual({ rules: {} });
    expect(validateConfig(3).config).toStrictEqual({ rules: {} });
  });

  it('shows a value JSON cannot write as JavaScript does', () => {
    expect(validateConfig({ rules: { byod: undefined } }).problems.map((problem) => problem.en)).toStrictEqual(['rules.byod must be one of off, info, warning, error (not undefined)']);
  });

  it('lets every rule be configured but the four that report unreadable input', () => {
    const fixed = ['yaml-syntax', 'schema', 'hidden-sheet', 'unreadable-file'];
    expect(configurableRules().map((rule) => rule.id)).toStrictEqual(RULES.map((rule) => rule.id).filter((id) => !fixed.includes(id)));
  });
});

describe('configFromBytes', () => {
  it('names the file and gives the ledger decoder’s advice for bytes that are not UTF-8', () => {
    const sjis = Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0a]); // テスト in Shift_JIS
    const decoded = decodeLedger(sjis);
    if (decoded.ok) throw new Error('expected Shift_JIS to be refused');
    expect(usageErrorOf(() => configFromBytes('conf.yaml', sjis))).toStrictEqual({
      ja: `設定ファイル conf.yaml を読めません: ${decoded.message.ja}`,
      en: `cannot read the configuration file conf.yaml: ${decoded.message.en}`,
    });
  });

  it('names the file, the line and column and the YAML problem', () => {
    const text = usageErrorOf(() => configFromBytes('conf.yaml', bytes('rules:\n  byod: off\n  byod: info\n')));
    expect(text.en).toMatch(/^the configuration file conf\.yaml is not valid YAML: 3:3 \S/);
    expect(text.ja).toMatch(/^設定ファイル conf\.yaml の YAML に誤りがあります: 3:3 \S/);
  });

  it('gives the first problem, and how many more there are, only when there are more', () => {
    expect(usageErrorOf(() => configFromBytes('conf.yaml', bytes('lang: fr\n')))).toStrictEqual({
      ja: '設定ファイル conf.yaml: lang は ja か en にしてください（"fr" は使えません）',
      en: 'configuration file conf.yaml: lang must be ja or en (not "fr")',
    });
    expect(usageErrorOf(() => configFromBytes('conf.yaml', bytes('lang: fr\na: 1\nb: 2\n')))).toStrictEqual({
      ja: '設定ファイル conf.yaml: lang は ja か en にしてください（"fr" は使えません）（ほか 2 件）',
      en: 'configuration file conf.yaml: lang must be ja or en (not "fr") (and 2 more)',
    });
  });

  it('returns the configuration with its file name', () => {
    expect(configFromBytes('conf.yaml', bytes('lang: ja\nrules:\n  byod: off\n'))).toStrictEqual({ lang: 'ja', rules: { byod: { severity: 'off', options: {} } }, file: 'conf.yaml' });
    expect(configFromBytes('empty.yaml', bytes(''))).toStrictEqual({ rules: {}, file: 'empty.yaml' });
  });
});

describe('loadConfigFile', () => {
  it('reads a file of exactly the limit, and refuses one byte more, a folder and a missing file with one message', () => {
    const root = tempTree();
    const file = join(root, 'big.yaml');
    // A comment line of the limit's length: valid YAML holding nothing.
    writeFileSync(file, `#${'x'.repeat(MAX_CONFIG_BYTES - 2)}\n`);
    expect(MAX_CONFIG_BYTES).toBe(1024 * 1024);
    expect(loadConfigFile(file)).toStrictEqual({ rules: {}, file });
    writeFileSync(file, `#${'x'.repeat(MAX_CONFIG_BYTES - 1)}\n`);
    for (const path of [file, root, join(root, 'none.yaml')]) {
      expect(usageErrorOf(() => loadConfigFile(path))).toStrictEqual({ ja: `設定ファイル ${path} を読めません`, en: `cannot read the configuration file ${path}` });
    }
    rmSync(root, { recursive: true, force: true });
  });
});

describe('findConfigFrom', () => {
  it('looks past folders that do not exist', () => {
    const root = tempTree();
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules: {}\n');
    expect(findConfigFrom(join(root, 'missing', 'deeper'), join(root, 'elsewhere'))).toStrictEqual({ file: join(root, '.dokodemo-check.yaml') });
  });

  it('stops at the file system’s root', () => {
    expect(findConfigFrom('/', join(tmpdir(), 'no-such-home'))).toBeUndefined();
  });

  it('says why, in both languages, it ignores a file anyone may write or one in a folder anyone may write to', () => {
    const root = tempTree();
    const shared = join(root, 'shared');
    mkdirSync(shared);
    const file = join(shared, '.dokodemo-check.yaml');
    writeFileSync(file, 'rules: {}\n');
    chmodSync(file, 0o666);
    expect(findConfigFrom(shared)).toStrictEqual({ ignored: file, why: { ja: '誰でも書き込めるファイルのため使いません', en: 'anyone can write to it, so it is not used' } });
    chmodSync(file, 0o644);
    chmodSync(shared, 0o777);
    expect(findConfigFrom(shared)).toStrictEqual({ ignored: file, why: { ja: '誰でも書き込めるフォルダにあるため使いません', en: 'anyone can write to its folder, so it is not used' } });
    chmodSync(shared, 0o755);
  });
});

describe('configLookup', () => {
  it('uses -c for every ledger and standard input, named as given', () => {
    const root = tempTree();
    const file = join(root, 'custom.yaml');
    writeFileSync(file, 'rules:\n  byod: off\n');
    const lookup = configLookup({ explicitFile: file, cwd: root, warn: () => undefined });
    const expected = { rules: { byod: { severity: 'off', options: {} } }, file };
    expect(lookup.forLedger('a.yaml')).toStrictEqual(expected);
    expect(lookup.forLedger(undefined)).toStrictEqual(expected);
  });

  it('says in both languages that a -c file is missing', () => {
    const root = tempTree();
    const file = join(root, 'none.yaml');
    expect(usageErrorOf(() => configLookup({ explicitFile: file, cwd: root, warn: () => undefined }))).toStrictEqual({
      ja: `設定ファイル ${file} が見つかりません`,
      en: `configuration file ${file} not found`,
    });
  });

  it('looks for standard input’s configuration from the working folder, or from where --stdin-filename puts it, shown relative', () => {
    const root = tempTree();
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  byod: off\n');
    writeFileSync(join(root, 'sub', '.dokodemo-check.yaml'), 'rules:\n  mfa: info\n');
    expect(configLookup({ cwd: root, warn: () => undefined }).forLedger(undefined)).toStrictEqual({ rules: { byod: { severity: 'off', options: {} } }, file: '.dokodemo-check.yaml' });
    expect(configLookup({ cwd: root, stdinName: 'sub/x.yaml', warn: () => undefined }).forLedger(undefined)).toStrictEqual({
      rules: { mfa: { severity: 'info', options: {} } },
      file: join('sub', '.dokodemo-check.yaml'),
    });
    expect(configLookup({ cwd: join(root, 'sub'), stdinName: join(root, 'x.yaml'), warn: () => undefined }).forLedger(undefined).file).toBe(join(root, '.dokodemo-check.yaml'));
  });

  it('searches each folder once and loads each file once', () => {
    const root = tempTree();
    for (const folder of ['a', 'b', 'c']) mkdirSync(join(root, folder));
    const lookup = configLookup({ cwd: root, warn: () => undefined });
    expect(lookup.forLedger('a/1.yaml')).toStrictEqual({ rules: {} });
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  byod: off\n');
    // Folder a was searched before the file was there: its answer stands.
    expect(lookup.forLedger('a/2.yaml')).toStrictEqual({ rules: {} });
    expect(lookup.forLedger('b/1.yaml')).toStrictEqual({ rules: { byod: { severity: 'off', options: {} } }, file: '.dokodemo-check.yaml' });
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  byod: info\n');
    // Folder c finds the same file, already loaded.
    expect(lookup.forLedger('c/1.yaml')).toStrictEqual({ rules: { byod: { severity: 'off', options: {} } }, file: '.dokodemo-check.yaml' });
  });

  it('warns once per ignored file, in both languages', () => {
    const root = tempTree();
    for (const folder of ['a', 'b']) mkdirSync(join(root, folder));
    const file = join(root, '.dokodemo-check.yaml');
    writeFileSync(file, 'rules: {}\n');
    chmodSync(file, 0o666);
    const warnings: Bilingual[] = [];
    const lookup = configLookup({ cwd: root, warn: (warning) => warnings.push(warning) });
    expect(lookup.forLedger('a/1.yaml')).toStrictEqual({ rules: {} });
    expect(lookup.forLedger('b/1.yaml')).toStrictEqual({ rules: {} });
    expect(warnings).toStrictEqual([{ ja: `設定ファイル ${file} は誰でも書き込めるファイルのため使いません`, en: `the configuration file ${file}: anyone can write to it, so it is not used` }]);
  });
});

describe('module-level data, loaded afresh', () => {
  beforeEach(() => jest.resetModules());

  it('has no rule settings in the default configuration', () => {
    const { DEFAULT_CONFIG } = require('../../src/config/types') as typeof import('../../src/config/types');
    expect(DEFAULT_CONFIG).toStrictEqual({ rules: {} });
  });

  it('builds schemas/config.schema.json as committed', () => {
    const { buildConfigSchema } = require('../../src/config/schema') as typeof import('../../src/config/schema');
    const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'config.schema.json'), 'utf8'));
    expect(buildConfigSchema()).toStrictEqual(committed);
  });
});
