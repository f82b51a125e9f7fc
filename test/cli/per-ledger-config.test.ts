// A repository with one folder per facility, each with its own .dokodemo-check.yaml, inside a folder
// anyone may write to that holds an all-rules-off configuration: the built program, run from different
// folders, applies each ledger's own configuration and never the hostile one.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ledgerText } from '../../bench/generate';
import { catalogue } from '../../src/catalogue/entries';
import { BIN, BIN_ENV, runBin } from '../helpers/bin';
import type { JsonFile } from '../helpers/json-report';
import { sarifValidator } from '../helpers/sarif';

const FINDINGS = resolve('examples/clinic-with-findings.yaml');
const AS_OF = ['--as-of', '2026-11-24'];
const UNCONFIGURABLE = ['yaml-syntax', 'schema'];
const ALL_OFF = `rules:\n${catalogue('en').filter((rule) => !UNCONFIGURABLE.includes(rule.id)).map((rule) => `  ${rule.id}: off\n`).join('')}`;

interface Layout {
  outer: string;
  repo: string;
  outside: string;
}

/** outer/ (anyone may write, all rules off) ⊃ repo/ (.git) ⊃ ledgers/{east,west,south}/, and outer/loose/. */
function layout(): Layout {
  const outer = mkdtempSync(join(tmpdir(), 'dokodemo-shared-'));
  const repo = join(outer, 'repo');
  for (const folder of ['east', 'west', 'south']) mkdirSync(join(repo, 'ledgers', folder), { recursive: true });
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(join(outer, '.dokodemo-check.yaml'), ALL_OFF);
  writeFileSync(join(repo, 'ledgers', 'east', '.dokodemo-check.yaml'), 'rules:\n  mfa: off\n  byod: off\n');
  writeFileSync(join(repo, 'ledgers', 'west', '.dokodemo-check.yaml'), 'lang: ja\nrules:\n  privacy-filter: error\n');
  for (const folder of ['east', 'west', 'south']) copyFileSync(FINDINGS, join(repo, 'ledgers', folder, 'clinic.yaml'));
  const outside = join(outer, 'loose');
  mkdirSync(outside);
  copyFileSync(FINDINGS, join(outside, 'clinic.yaml'));
  chmodSync(outer, 0o1777); // like /tmp
  return { outer, repo, outside };
}

const bin = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => runBin(args, cwd, { ...BIN_ENV, ...env });

function jsonFiles(args: string[], cwd: string, env?: NodeJS.ProcessEnv): JsonFile[] {
  return JSON.parse(bin([...AS_OF, '-f', 'json', '--lang', 'en', ...args], cwd, env).stdout).files;
}

const ruleIds = (file: JsonFile) => file.findings.map((finding) => `${finding.ruleId}:${finding.severity}`);

describe('configuration per ledger', () => {
  const { repo, outer, outside } = layout();
  const defaults = jsonFiles([FINDINGS], resolve('.'))[0]!;

  it("applies each facility's configuration, whatever the working directory", () => {
    const fromRoot = jsonFiles(['ledgers'], repo);
    const fromLedgers = jsonFiles(['.'], join(repo, 'ledgers'));
    const fromEast = jsonFiles(['../west/clinic.yaml', 'clinic.yaml', '../south'], join(repo, 'ledgers', 'east'));

    expect(fromRoot.map((file) => [file.file, file.config])).toEqual([
      ['ledgers/east/clinic.yaml', 'ledgers/east/.dokodemo-check.yaml'],
      ['ledgers/south/clinic.yaml', null],
      ['ledgers/west/clinic.yaml', 'ledgers/west/.dokodemo-check.yaml'],
    ]);
    expect(fromLedgers.map((file) => [file.file, file.config])).toEqual([
      ['east/clinic.yaml', 'east/.dokodemo-check.yaml'],
      ['south/clinic.yaml', null],
      ['west/clinic.yaml', 'west/.dokodemo-check.yaml'],
    ]);
    expect(fromEast.map((file) => [file.file, file.config])).toEqual([
      ['../west/clinic.yaml', '../west/.dokodemo-check.yaml'],
      ['clinic.yaml', '.dokodemo-check.yaml'],
      ['../south/clinic.yaml', null],
    ]);
    const [east, south, west] = fromRoot;
    expect(ruleIds(south!)).toEqual(ruleIds(defaults));
    expect(ruleIds(east!)).toEqual(ruleIds(defaults).filter((id) => !['mfa:warning', 'byod:info'].includes(id)));
    expect(ruleIds(west!)).toEqual(ruleIds(defaults).map((id) => (id === 'privacy-filter:info' ? 'privacy-filter:error' : id)));
    expect(ruleIds(east!)).not.toEqual(ruleIds(defaults));
    expect(fromLedgers.map(ruleIds)).toEqual(fromRoot.map(ruleIds));
    expect([fromEast[1], fromEast[2], fromEast[0]].map((file) => ruleIds(file!))).toEqual(fromRoot.map(ruleIds));
  });

  it('never applies the all-rules-off file in the folder anyone may write to, and says so once', () => {
    const run = bin([...AS_OF, outside, join(repo, 'ledgers', 'south')], outer);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`dokodemo-check: the configuration file ${join(outer, '.dokodemo-check.yaml')}: anyone can write to its folder, so it is not used\n`);
    const files = jsonFiles([join(outside, 'clinic.yaml')], outside);
    expect(files.map((file) => [file.config, ruleIds(file)])).toEqual([[null, ruleIds(defaults)]]);
    // Above the repository root it is not even looked at.
    expect(bin([...AS_OF, 'ledgers/south'], repo).stderr).toBe('');
  });

  it('-c applies to every ledger', () => {
    const own = join(repo, 'own.yaml');
    writeFileSync(own, 'rules:\n  antivirus: off\n');
    const files = jsonFiles(['-c', own, 'ledgers'], repo);
    expect(files.map((file) => file.config)).toEqual([own, own, own]);
    for (const file of files) expect(ruleIds(file)).toEqual(ruleIds(defaults).filter((id) => id !== 'antivirus:error'));
  });

  it("standard input takes the configuration of --stdin-filename's folder, else of the working directory", () => {
    const stdin = (args: string[], cwd: string) =>
      JSON.parse(spawnSync(process.execPath, [BIN, ...AS_OF, '-f', 'json', ...args, '-'], { cwd, input: readFileSync(FINDINGS), encoding: 'utf8' }).stdout).files[0];
    expect(stdin(['--stdin-filename', 'ledgers/east/clinic.yaml'], repo).config).toBe('ledgers/east/.dokodemo-check.yaml');
    expect(stdin([], join(repo, 'ledgers', 'west')).config).toBe('.dokodemo-check.yaml');
    expect(stdin([], repo).config).toBeNull();
  });

  it('the language comes from the first configuration, in input order, that sets one', () => {
    expect(bin([...AS_OF, 'ledgers/west', 'ledgers/east'], repo).stdout).toContain('設定: ledgers/west/.dokodemo-check.yaml');
    expect(bin([...AS_OF, 'ledgers/east'], repo).stdout).toContain('configuration: ledgers/east/.dokodemo-check.yaml (2 rules off)');
  });

  it('every report names the configuration: table footer, SARIF invocation, HTML', () => {
    const table = bin([...AS_OF, '--lang', 'en', 'ledgers/east', 'ledgers/south'], repo).stdout;
    expect(table).toMatch(/^ledgers\/east\/clinic\.yaml\n[^]*\n {2}configuration: ledgers\/east\/\.dokodemo-check\.yaml \(2 rules off\)\n\nledgers\/south\/clinic\.yaml\n/);
    expect(table.match(/configuration:/g)).toHaveLength(1); // the defaults need no footer

    const sarif = JSON.parse(bin([...AS_OF, '-f', 'sarif', 'ledgers'], repo).stdout);
    const validate = sarifValidator();
    expect(validate(sarif)).toBe(true);
    expect(sarif.runs[0].invocations[0].properties).toEqual({
      configurationFiles: ['ledgers/east/.dokodemo-check.yaml', 'ledgers/west/.dokodemo-check.yaml'],
      configurations: [
        { file: 'ledgers/east/clinic.yaml', config: 'ledgers/east/.dokodemo-check.yaml' },
        { file: 'ledgers/south/clinic.yaml', config: null },
        { file: 'ledgers/west/clinic.yaml', config: 'ledgers/west/.dokodemo-check.yaml' },
      ],
    });
    expect(sarif.runs[0].invocations[0].ruleConfigurationOverrides.map((override: { descriptor: { id: string }; properties: unknown }) => [override.descriptor.id, override.properties])).toEqual([
      ['byod', { files: ['ledgers/east/clinic.yaml'] }],
      ['mfa', { files: ['ledgers/east/clinic.yaml'] }],
    ]);

    const html = bin([...AS_OF, '--lang', 'en', '-f', 'html', 'ledgers/east', 'ledgers/south'], repo).stdout;
    expect(html).toContain('<li>#1: Configuration file: <code>ledgers/east/.dokodemo-check.yaml</code> · Rules turned off: ');
    expect(html).toContain('<li>#2: Configuration file: none (built-in defaults) · Rules turned off: none</li>');
  });

  it('due uses each ledger its own configuration', () => {
    writeFileSync(join(repo, 'ledgers', 'east', '.dokodemo-check.yaml'), 'rules:\n  mfa: off\n  byod: off\n  mcs-password-age: off\n');
    const items = (folder: string) =>
      JSON.parse(bin(['due', ...AS_OF, '-f', 'json', folder], repo).stdout).items.map((item: { kind: string }) => item.kind);
    expect(items('ledgers/south')).toContain('mcs-password');
    expect(items('ledgers/east')).not.toContain('mcs-password');
    writeFileSync(join(repo, 'ledgers', 'east', '.dokodemo-check.yaml'), 'rules:\n  mfa: off\n  byod: off\n');
  });

  it('worker threads check each file with its own configuration', () => {
    const big = mkdtempSync(join(tmpdir(), 'dokodemo-threads-'));
    mkdirSync(join(big, '.git'));
    for (const folder of ['a', 'b']) {
      mkdirSync(join(big, folder));
      writeFileSync(join(big, folder, 'ledger.yaml'), ledgerText(1900, folder === 'a' ? 1 : 2));
    }
    writeFileSync(join(big, 'a', '.dokodemo-check.yaml'), 'rules:\n  mcs-password-age: off\n  training: warning\n');
    // Over 4 MB of ledgers: the check runs on two threads.
    const threaded = jsonFiles(['.'], big, { DOKODEMO_CHECK_JOBS: '2' });
    const single = jsonFiles(['.'], big, { DOKODEMO_CHECK_JOBS: '1' });
    expect(threaded).toEqual(single);
    const [a, b] = threaded.map((file) => new Set(ruleIds(file)));
    expect(a!.has('mcs-password-age:error')).toBe(false);
    expect(b!.has('mcs-password-age:error')).toBe(true);
  });
});
