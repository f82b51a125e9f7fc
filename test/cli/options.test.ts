import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const CLEAN = 'examples/home-nursing-clean.yaml';
const AS_OF = ['--as-of', '2026-11-24'];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dokodemo-cli-'));
}

describe('exit code 2: one line on stderr, in the chosen language, nothing on stdout', () => {
  it.each([
    [['--as-of', '2026-13-01', CLEAN], 'dokodemo-check: --as-of must be a real date written YYYY-MM-DD (not 2026-13-01)\n'],
    [['--as-of', '2026-02-29', CLEAN], 'dokodemo-check: --as-of must be a real date written YYYY-MM-DD (not 2026-02-29)\n'],
    [['--as-of', '26-11-24', CLEAN], 'dokodemo-check: --as-of must be a real date written YYYY-MM-DD (not 26-11-24)\n'],
    [['--fail-on', 'fatal', CLEAN], 'dokodemo-check: --fail-on must be one of error, warning, info, none (not fatal)\n'],
    [['--format', 'xml', CLEAN], expect.stringMatching(/^dokodemo-check: --format must be one of table, json.* \(not xml\)\n$/)],
    [['--lang', 'fr', CLEAN], 'dokodemo-check: --lang must be ja or en (not fr)\n'],
    [['no-such-file.yaml'], 'dokodemo-check: file not found: no-such-file.yaml\n'],
    [['--bogus', CLEAN], "dokodemo-check: unknown option '--bogus'\n"],
    [[], expect.stringMatching(/^dokodemo-check: missing required argument 'files'\n$/)],
    [['-c', 'no-such-config.yaml', CLEAN], 'dokodemo-check: configuration file no-such-config.yaml not found\n'],
  ])('%j', (args, stderr) => {
    const run = runCli(args as string[]);
    expect(run).toEqual({ code: 2, stdout: '', stderr });
  });

  it('speaks Japanese when LANG is Japanese', () => {
    const run = runCli(['--as-of', '2026/11/24', CLEAN], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(run.stderr).toBe('dokodemo-check: --as-of は実在する日付を YYYY-MM-DD で指定してください（2026/11/24 は使えません）\n');
    expect(runCli(['missing.yaml'], { env: { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US' } }).stderr).toBe('dokodemo-check: ファイルが見つかりません: missing.yaml\n');
    expect(runCli([], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toBe('dokodemo-check: 台帳ファイルを指定してください（例: dokodemo-check ledger.yaml）\n');
  });

  it('--lang wins over the environment for errors too', () => {
    expect(runCli(['--lang', 'en', 'missing.yaml'], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toBe('dokodemo-check: file not found: missing.yaml\n');
  });

  it('refuses to write the report over a ledger', () => {
    const dir = tempDir();
    const ledger = join(dir, 'ledger.yaml');
    writeFileSync(ledger, readFileSync(CLEAN));
    const run = runCli([...AS_OF, '-o', ledger, ledger]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`dokodemo-check: --output must not be one of the ledgers being checked (${ledger})\n`);
    expect(readFileSync(ledger, 'utf8')).toBe(readFileSync(CLEAN, 'utf8'));
  });

  it('rejects a directory without ledgers and a config with an unknown rule', () => {
    const dir = tempDir();
    expect(runCli([dir]).stderr).toBe(`dokodemo-check: no ledgers (*.yaml, *.yml, *.xlsx) in directory: ${dir}\n`);
    const config = join(dir, 'config.yaml');
    writeFileSync(config, 'rules:\n  antivirs: off\n');
    expect(runCli(['-c', config, CLEAN])).toEqual({
      code: 2,
      stdout: '',
      stderr: `dokodemo-check: configuration file ${config}: rules.antivirs: unknown rule id (dokodemo-check rules lists them)\n`,
    });
  });
});

describe('help and version', () => {
  it('prints the version and exits 0', () => {
    const run = runCli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${require('../../package.json').version}\n`, stderr: '' });
  });

  it('shows an example in the help of every command', () => {
    for (const args of [['--help'], ['check', '--help'], ['rules', '--help'], ['schema', '--help']]) {
      const run = runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('$ dokodemo-check');
    }
  });
});

describe('output file', () => {
  it('writes the report to -o and nothing to stdout', () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const run = runCli([...AS_OF, '-f', 'json', '-o', out, CLEAN]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).summary).toEqual({ files: 1, error: 0, warning: 0, info: 0, suppressed: 0 });
  });
});
