import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, resolveConfig } from '../../src/config/load';
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

describe('resolveConfig', () => {
  it('finds .dokodemo-check.yaml in a parent directory', () => {
    const root = tempTree();
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  byod: off\n');
    const config = resolveConfig(undefined, join(root, 'a', 'b'));
    expect(config.rules).toEqual({ byod: { severity: 'off', options: {} } });
    expect(config.file).toBe(join(root, '.dokodemo-check.yaml'));
  });

  it('stops looking at a repository root', () => {
    const root = tempTree();
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  byod: off\n');
    mkdirSync(join(root, 'repo', '.git'), { recursive: true });
    expect(findConfigFile(join(root, 'repo'))).toBeUndefined();
    expect(resolveConfig(undefined, join(root, 'repo'))).toEqual({ rules: {} });
  });

  it('reads -c and names the file and key in errors', () => {
    const root = tempTree();
    const file = join(root, 'custom.yaml');
    writeFileSync(file, 'rules:\n  antivirs: off\n  byod: loud\n');
    const error = usageErrorOf(() => resolveConfig(file, root));
    expect(error.text.en).toBe(`configuration file ${file}: rules.antivirs: unknown rule id (dokodemo-check rules lists them) (and 1 more)`);
    expect(error.text.ja).toBe(`設定ファイル ${file}: rules.antivirs: 不明なルール ID です（dokodemo-check rules で一覧を表示できます）（ほか 1 件）`);
  });

  it('reports a missing -c file and broken YAML', () => {
    const root = tempTree();
    expect(usageErrorOf(() => resolveConfig(join(root, 'none.yaml'), root)).text.en).toBe(`configuration file ${join(root, 'none.yaml')} not found`);
    const broken = join(root, 'broken.yaml');
    writeFileSync(broken, 'rules:\n  byod: off\n  byod: warning\n');
    expect(usageErrorOf(() => resolveConfig(broken, root)).text.en).toMatch(/^the configuration file .*broken\.yaml is not valid YAML: /);
  });
});
