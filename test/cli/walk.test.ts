// Directory walks as they meet real repositories of ledgers: hidden files and folders, node_modules,
// other tools' YAML, broken ledgers, symbolic links (and their loops), unreadable folders.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LEDGER_TOP_LEVEL_KEYS } from '../../src/cli/other-yaml';
import { runCli } from '../helpers/cli';

const AS_OF = ['--as-of', '2026-11-24'];
const CLEAN = resolve('examples/home-nursing-clean.yaml');
const BIN = resolve('bin/dokodemo-check.js');
const WORKFLOW = 'name: ledgers\non:\n  push:\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx dokodemo-check ledgers/\n';

function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'dokodemo-walk-'));
  for (const folder of ['ledgers/station', '.github/workflows', 'node_modules/pkg', 'ledgers/.drafts']) mkdirSync(join(root, folder), { recursive: true });
  copyFileSync(CLEAN, join(root, 'ledgers', 'station', 'みどり台帳.yaml'));
  copyFileSync(CLEAN, join(root, 'ledgers', 'clinic ledger.yml'));
  writeFileSync(join(root, 'ledgers', 'broken.yaml'), 'version: 1\nfacility: [\n');
  writeFileSync(join(root, 'ledgers', 'list.yaml'), '- one\n- two\n');
  writeFileSync(join(root, 'ledgers', 'workflow.yml'), WORKFLOW);
  writeFileSync(join(root, 'ledgers', 'quoted-keys.yaml'), '{"note": "a ledger in flow style", "version": 1}\n');
  writeFileSync(join(root, 'ledgers', 'notes.txt'), 'not YAML\n');
  writeFileSync(join(root, 'ledgers', '.dokodemo-check.yaml'), 'rules: {}\n');
  writeFileSync(join(root, 'ledgers', '.pre-commit-config.yaml'), 'repos: []\n');
  writeFileSync(join(root, 'ledgers', '.drafts', 'draft.yaml'), 'version: [\n');
  writeFileSync(join(root, '.github', 'workflows', 'ledgers.yml'), WORKFLOW);
  writeFileSync(join(root, 'node_modules', 'pkg', 'ledger.yaml'), 'version: [\n');
  return root;
}

function checkedFiles(args: string[]): { code: number; files: string[]; stderr: string } {
  const run = runCli([...AS_OF, '-f', 'json', ...args]);
  return { code: run.code, files: run.stdout ? JSON.parse(run.stdout).files.map((file: { file: string }) => file.file) : [], stderr: run.stderr };
}

describe('a directory walk', () => {
  it('skips hidden files and folders, node_modules and YAML with none of the ledger keys; keeps what does not parse', () => {
    const root = repository();
    const run = runCli([...AS_OF, '-f', 'json', root]);
    const files = JSON.parse(run.stdout).files.map((file: { file: string; findings: Array<{ ruleId: string }> }) => [
      file.file.slice(root.length + 1),
      file.findings.map((finding) => finding.ruleId),
    ]);
    expect(files).toEqual([
      ['ledgers/broken.yaml', ['yaml-syntax']],
      ['ledgers/clinic ledger.yml', []],
      ['ledgers/list.yaml', ['schema']],
      ['ledgers/quoted-keys.yaml', expect.arrayContaining(['schema'])],
      ['ledgers/station/みどり台帳.yaml', []],
    ]);
    expect(run.code).toBe(1);
  });

  it('checks a file named on the command line whatever it holds, unless --skip-non-ledgers', () => {
    const root = repository();
    const workflow = join(root, 'ledgers', 'workflow.yml');
    const hidden = join(root, 'ledgers', '.pre-commit-config.yaml');
    const ledger = join(root, 'ledgers', 'clinic ledger.yml');
    expect(checkedFiles([workflow, hidden, ledger])).toEqual({ code: 1, files: [workflow, hidden, ledger], stderr: '' });
    expect(checkedFiles(['--skip-non-ledgers', workflow, hidden, join(root, 'ledgers', 'notes.txt'), ledger])).toEqual({ code: 0, files: [ledger], stderr: '' });
    expect(checkedFiles(['--skip-non-ledgers', join(root, 'ledgers', 'broken.yaml')]).files).toEqual([join(root, 'ledgers', 'broken.yaml')]);
  });

  it('--skip-non-ledgers judges standard input by its content and its --stdin-filename', () => {
    const stdin = (text: string, name?: string) =>
      runCli([...AS_OF, '-f', 'json', '--skip-non-ledgers', ...(name ? ['--stdin-filename', name] : []), '-'], { stdin: text }).stdout;
    expect(JSON.parse(stdin(WORKFLOW, '.github/workflows/ledgers.yml')).files).toEqual([]);
    expect(JSON.parse(stdin(WORKFLOW)).files).toEqual([]);
    expect(JSON.parse(stdin('rules: {}\n', 'ledgers/.dokodemo-check.yaml')).files).toEqual([]);
    expect(JSON.parse(stdin(readFileSync(CLEAN, 'utf8'), 'ledgers/みどり台帳.yaml')).files).toEqual([{ file: 'ledgers/みどり台帳.yaml', config: null, findings: [], summary: { facility: 'さくら訪問看護ステーション', error: 0, warning: 0, info: 0, suppressed: 0, overdue: 0 } }]);
  });

  it('follows symbolic links to ledgers and folders inside the folder named, once each, through a loop; a link leading out is a finding', () => {
    const root = repository();
    const elsewhere = mkdtempSync(join(tmpdir(), 'dokodemo-elsewhere-'));
    copyFileSync(CLEAN, join(elsewhere, 'annex.yaml'));
    mkdirSync(join(root, 'shared'));
    copyFileSync(CLEAN, join(root, 'shared', 'common.yaml'));
    symlinkSync(elsewhere, join(root, 'ledgers', 'annex'));
    symlinkSync(join(root, 'ledgers', 'station', 'みどり台帳.yaml'), join(root, 'ledgers', 'zz-link.yaml'));
    symlinkSync(join(root, 'ledgers'), join(root, 'ledgers', 'station', 'loop'));
    symlinkSync(join(root, 'shared'), join(root, 'ledgers', 'shared'));
    symlinkSync(root, join(elsewhere, 'back'));
    try {
      const run = runCli([...AS_OF, '-f', 'json', join(root, 'ledgers')]);
      const files = JSON.parse(run.stdout).files.map((file: { file: string; findings: Array<{ ruleId: string; message: string }> }) => [
        file.file.slice(root.length + 1),
        file.findings.map((finding) => finding.ruleId),
      ]);
      expect(run.code).toBe(1);
      // Outside any git repository the bound is the folder named: ../shared is outside ledgers/ too.
      expect(files).toEqual([
        ['ledgers/annex', ['unreadable-file']],
        ['ledgers/broken.yaml', ['yaml-syntax']],
        ['ledgers/clinic ledger.yml', []],
        ['ledgers/list.yaml', ['schema']],
        ['ledgers/quoted-keys.yaml', expect.arrayContaining(['schema'])],
        ['ledgers/shared', ['unreadable-file']],
        ['ledgers/station/みどり台帳.yaml', []],
        ['ledgers/zz-link.yaml', []],
      ]);
      expect(JSON.parse(run.stdout).files[0].findings[0].message).toBe(`a link to outside the folder given is not followed: ${join(root, 'ledgers', 'annex')} -> ${realpathSync(elsewhere)}`);
      // The repository's root named: ../shared is inside it.
      expect(checkedFiles([root]).files.map((file) => file.slice(root.length + 1))).toContain('ledgers/shared/common.yaml');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a dangling link to a ledger is its finding among others, and one line, exit 2, alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'dokodemo-walk-'));
    try {
      symlinkSync(join(root, 'gone.yaml'), join(root, 'ledger.yaml'));
      expect(runCli([root])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: cannot read file: ${join(root, 'ledger.yaml')}\n` });
      copyFileSync(CLEAN, join(root, 'good.yaml'));
      const run = runCli([...AS_OF, '-f', 'json', root]);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).files.map((file: { file: string; findings: Array<{ ruleId: string; message: string }> }) => [file.file, file.findings.map((finding) => `${finding.ruleId}: ${finding.message}`)])).toEqual([
        [join(root, 'good.yaml'), []],
        [join(root, 'ledger.yaml'), [`unreadable-file: cannot read file: ${join(root, 'ledger.yaml')}`]],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a folder with only other YAML has no ledgers', () => {
    const root = mkdtempSync(join(tmpdir(), 'dokodemo-walk-'));
    writeFileSync(join(root, 'ci.yml'), WORKFLOW);
    expect(runCli([root]).stderr).toBe(`dokodemo-check: no ledgers (*.yaml, *.yml, *.xlsx) in directory: ${root}\n`);
  });

  it('an unreadable folder is its finding and the walk goes on; alone, one plain line, exit 2 (run as an unprivileged user)', () => {
    const root = mkdtempSync(join(tmpdir(), 'dokodemo-walk-'));
    mkdirSync(join(root, 'ledgers', 'locked'), { recursive: true });
    copyFileSync(CLEAN, join(root, 'ledgers', 'a.yaml'));
    chmodSync(join(root, 'ledgers', 'locked'), 0o000);
    chmodSync(root, 0o755);
    // root reads any folder: the program runs as nobody there, as a facility's staff would.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const run = (...args: string[]) => {
      const command = [...asUser, process.execPath, BIN, ...args];
      return spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'ja_JP.UTF-8' } });
    };
    try {
      const both = run('--as-of', '2026-11-24', '-f', 'json', join(root, 'ledgers'));
      expect([both.status, both.stderr]).toEqual([1, '']);
      expect(JSON.parse(both.stdout).files.map((file: { file: string; findings: Array<{ ruleId: string; message: string }> }) => [file.file, file.findings.map((finding) => `${finding.ruleId}: ${finding.message}`)])).toEqual([
        [join(root, 'ledgers', 'a.yaml'), []],
        [join(root, 'ledgers', 'locked'), [`unreadable-file: フォルダを読めません: ${join(root, 'ledgers', 'locked')}`]],
      ]);
      const alone = run(join(root, 'ledgers', 'locked'));
      expect([alone.status, alone.stdout, alone.stderr]).toEqual([2, '', `dokodemo-check: フォルダを読めません: ${join(root, 'ledgers', 'locked')}\n`]);
    } finally {
      chmodSync(join(root, 'ledgers', 'locked'), 0o755);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('knows every top-level key of the ledger format', () => {
    const schema = JSON.parse(readFileSync('schemas/ledger.schema.json', 'utf8'));
    expect([...LEDGER_TOP_LEVEL_KEYS, 'note'].sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
