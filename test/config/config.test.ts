import { chmodSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configLookup, findConfigFrom } from '../../src/config/lookup';
import { validateConfig } from '../../src/config/validate';
import { UsageError } from '../../src/errors';

function tempTree(): string {
  return mkdtempSync(join(tmpdir(), 'dokodemo-config-'));
}

function usageErrorOf(action: () => unknown): UsageError {
  try {
    action();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('validateConfig', () => {
  it('accepts severities, off, and options with a severity', () => {
    const { config, problems } = validateConfig({
      lang: 'ja',
      rules: {
        'privacy-filter': 'off',
        byod: 'warning',
        'mcs-password-age': { months: 3 },
        'mcs-password-expiring': { severity: 'info', days: 30 },
      },
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      lang: 'ja',
      rules: {
        'privacy-filter': { severity: 'off', options: {} },
        byod: { severity: 'warning', options: {} },
        'mcs-password-age': { options: { months: 3 } },
        'mcs-password-expiring': { severity: 'info', options: { days: 30 } },
      },
    });
  });

  it('accepts an empty file', () => {
    expect(validateConfig(null)).toEqual({ config: { rules: {} }, problems: [] });
  });

  it.each([
    [{ rules: { 'no-such-rule': 'off' } }, 'rules.no-such-rule: unknown rule id (dokodemo-check rules lists them)'],
    [{ rules: { schema: 'off' } }, 'rules.schema: this rule cannot be configured'],
    [{ rules: { 'mcs-password-age': { month: 3 } } }, 'rules.mcs-password-age.month: unknown option (allowed: severity, months)'],
    [{ rules: { 'mcs-password-age': { months: '3' } } }, 'rules.mcs-password-age.months must be a whole number of at least 1 (not "3")'],
    [{ rules: { 'mcs-password-age': { months: 0 } } }, 'rules.mcs-password-age.months must be a whole number of at least 1 (not 0)'],
    [{ rules: { antivirus: 'fatal' } }, 'rules.antivirus must be one of off, info, warning, error (not "fatal")'],
    [{ rules: { antivirus: { severity: false } } }, 'rules.antivirus.severity must be one of off, info, warning, error (not false)'],
    [{ lang: 'fr' }, 'lang must be ja or en (not "fr")'],
    [{ ruless: {} }, 'ruless: unknown key (allowed: lang, rules)'],
    [{ rules: ['antivirus'] }, 'rules must be a mapping from rule ids to settings'],
    [['rules'], 'the configuration must be a mapping with lang and rules'],
  ])('rejects %j', (value, message) => {
    expect(validateConfig(value).problems.map((problem) => problem.en)).toEqual([message]);
  });
});

describe('configLookup', () => {
  const lookup = (cwd: string, explicitFile?: string) => configLookup({ cwd, explicitFile, warn: () => undefined });

  it('finds .dokodemo-check.yaml in a parent folder of the ledger, shown relative to the working directory', () => {
    const root = tempTree();
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  byod: off\n');
    const config = lookup(join(root, 'a')).forLedger('b/ledger.yaml');
    expect(config.rules).toEqual({ byod: { severity: 'off', options: {} } });
    expect(config.file).toBe(join('..', '.dokodemo-check.yaml'));
    expect(lookup(root).forLedger(join(root, 'a', 'b', 'ledger.yaml')).file).toBe(join(root, '.dokodemo-check.yaml'));
  });

  it('stops looking at a repository root', () => {
    const root = tempTree();
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  byod: off\n');
    mkdirSync(join(root, 'repo', '.git'), { recursive: true });
    expect(findConfigFrom(join(root, 'repo'))).toBeUndefined();
    expect(lookup(root).forLedger(join(root, 'repo', 'ledger.yaml'))).toEqual({ rules: {} });
  });

  it('stops looking at the home folder', () => {
    const root = tempTree();
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  byod: off\n');
    mkdirSync(join(root, 'home', 'ledgers'), { recursive: true });
    expect(findConfigFrom(join(root, 'home', 'ledgers'), join(root, 'home'))).toBeUndefined();
    expect(findConfigFrom(join(root, 'home', 'ledgers'), join(root, 'elsewhere'))).toEqual({ file: join(root, '.dokodemo-check.yaml') });
  });

  it('ignores a configuration in a folder anyone may write to, or one anyone may write, and says why', () => {
    const root = tempTree();
    const shared = join(root, 'shared');
    mkdirSync(join(shared, 'ledgers'), { recursive: true });
    writeFileSync(join(shared, '.dokodemo-check.yaml'), 'rules:\n  byod: off\n');
    chmodSync(shared, 0o1777);
    expect(findConfigFrom(join(shared, 'ledgers'))).toEqual({ ignored: join(shared, '.dokodemo-check.yaml'), why: expect.objectContaining({ en: 'anyone can write to its folder, so it is not used' }) });
    chmodSync(shared, 0o755);
    chmodSync(join(shared, '.dokodemo-check.yaml'), 0o666);
    const warnings: string[] = [];
    const config = configLookup({ cwd: root, warn: (warning) => warnings.push(warning.en) }).forLedger(join(shared, 'ledgers', 'a.yaml'));
    expect(config).toEqual({ rules: {} });
    expect(warnings).toEqual([`the configuration file ${join(shared, '.dokodemo-check.yaml')}: anyone can write to it, so it is not used`]);
  });

  it('reads -c and names the file and key in errors', () => {
    const root = tempTree();
    const file = join(root, 'custom.yaml');
    writeFileSync(file, 'rules:\n  antivirs: off\n  byod: loud\n');
    const error = usageErrorOf(() => lookup(root, file));
    expect(error.text.en).toBe(`configuration file ${file}: rules.antivirs: unknown rule id (dokodemo-check rules lists them) (and 1 more)`);
    expect(error.text.ja).toBe(`設定ファイル ${file}: rules.antivirs: 不明なルール ID です（dokodemo-check rules で一覧を表示できます）（ほか 1 件）`);
  });

  it('reports a missing -c file and broken YAML', () => {
    const root = tempTree();
    expect(usageErrorOf(() => lookup(root, join(root, 'none.yaml'))).text.en).toBe(`configuration file ${join(root, 'none.yaml')} not found`);
    const broken = join(root, 'broken.yaml');
    writeFileSync(broken, 'rules:\n  byod: off\n  byod: warning\n');
    expect(usageErrorOf(() => lookup(root, broken)).text.en).toMatch(/^the configuration file .*broken\.yaml is not valid YAML: /);
  });
});
