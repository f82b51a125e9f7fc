// Issue 24, "every file its own fate": a file that cannot be read is an unreadable-file finding for that
// file, through the built program (bin/, dist/: run `npm run build` first). The other files are checked
// as if alone, every format is written, and only a run where nothing could be read is exit 2.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, BIN_ENV, runBin } from '../helpers/bin';
import type { JsonFile } from '../helpers/json-report';
import { sarifValidator } from '../helpers/sarif';

const AS_OF = ['--as-of', '2026-11-24'];

/** Five facilities: two good YAML ledgers, a good workbook, a workbook cut to its first 5000 bytes, a FIFO
 * named like a ledger (root reads any file, so "cannot be read" is made with a FIFO, not chmod 000), a
 * file over 64 MB (sparse) and a link to a file that is gone. */
function network(): string {
  const root = mkdtempSync(join(tmpdir(), 'dokodemo-fate-'));
  for (const folder of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) mkdirSync(join(root, 'ledgers', folder), { recursive: true });
  copyFileSync('examples/home-nursing-clean.yaml', join(root, 'ledgers', 'a', 'clean.yaml'));
  copyFileSync('examples/clinic-with-findings.yaml', join(root, 'ledgers', 'b', 'clinic.yaml'));
  execFileSync(process.execPath, [BIN, 'convert', 'examples/clinic-with-findings.yaml', join(root, 'ledgers', 'c', '台帳.xlsx')], { env: BIN_ENV });
  writeFileSync(join(root, 'ledgers', 'd', '台帳.xlsx'), readFileSync(join(root, 'ledgers', 'c', '台帳.xlsx')).subarray(0, 5000));
  execFileSync('mkfifo', [join(root, 'ledgers', 'e', 'ledger.yaml')]);
  writeFileSync(join(root, 'ledgers', 'f', 'huge.yaml'), '');
  truncateSync(join(root, 'ledgers', 'f', 'huge.yaml'), 65 * 1024 * 1024);
  execFileSync('ln', ['-s', 'gone.yaml', join(root, 'ledgers', 'g', 'ledger.yaml')]);
  return root;
}

const summary = (file: JsonFile) => [file.file, file.findings.map((finding) => [finding.ruleId, finding.severity, finding.line, finding.column, finding.message])];

describe('a tree with broken files among good ones', () => {
  let root: string;
  beforeAll(() => {
    root = network();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** What each good file gets when it is checked alone. */
  const alone = (file: string): JsonFile => JSON.parse(runBin([...AS_OF, '-f', 'json', file], root).stdout).files[0];

  it.each([['one thread', '1'], ['two threads', '2']])('gives every broken file its finding and every good one its own findings (%s), exit 1', (_name, jobs) => {
    const run = runBin([...AS_OF, '-f', 'json', 'ledgers'], root, { ...BIN_ENV, DOKODEMO_CHECK_JOBS: jobs });
    expect([run.code, run.stderr]).toEqual([1, '']);
    const files: JsonFile[] = JSON.parse(run.stdout).files;
    expect(files.map((file) => file.file)).toEqual(['ledgers/a/clean.yaml', 'ledgers/b/clinic.yaml', 'ledgers/c/台帳.xlsx', 'ledgers/d/台帳.xlsx', 'ledgers/e/ledger.yaml', 'ledgers/f/huge.yaml', 'ledgers/g/ledger.yaml']);
    for (const good of [files[0]!, files[1]!, files[2]!]) expect(good).toEqual(alone(good.file));
    expect(files[1]!.findings.length).toBeGreaterThan(20);
    expect(files.slice(4).map(summary)).toEqual([
      ['ledgers/e/ledger.yaml', [['unreadable-file', 'error', 1, 1, 'not a regular file: ledgers/e/ledger.yaml']]],
      ['ledgers/f/huge.yaml', [['unreadable-file', 'error', 1, 1, 'file too large: ledgers/f/huge.yaml (65 MB; the limit is 64 MB: split the ledger into one file per facility)']]],
      ['ledgers/g/ledger.yaml', [['unreadable-file', 'error', 1, 1, 'cannot read file: ledgers/g/ledger.yaml']]],
    ]);
    // The workbook reader's own words (say what is wrong and what to do), never a library's.
    const [damaged] = files[3]!.findings;
    expect(files[3]!.findings).toHaveLength(1);
    expect([damaged!.ruleId, damaged!.severity, damaged!.line, damaged!.column]).toEqual(['unreadable-file', 'error', 1, 1]);
    expect(damaged!.message).toMatch(/^ledgers\/d\/台帳\.xlsx: \S/);
    expect(damaged!.message).not.toMatch(/Error|undefined|JSZip|exceljs/);
  });

  it('writes SARIF and JUnit with every file, the unreadable ones included', () => {
    const sarif = join(root, 'out', 'report.sarif');
    const junit = join(root, 'out', 'report.xml');
    mkdirSync(join(root, 'out'), { recursive: true });
    expect(runBin([...AS_OF, '-f', 'sarif', '-o', sarif, 'ledgers'], root)).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(runBin([...AS_OF, '-f', 'junit', '-o', junit, 'ledgers'], root)).toEqual({ code: 1, stdout: '', stderr: '' });
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(sarifValidator()(log)).toBe(true);
    const unreadable = log.runs[0].results.filter((result: { ruleId: string }) => result.ruleId === 'unreadable-file');
    expect(unreadable.map((result: { level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => [result.level, result.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['error', 'ledgers/d/%E5%8F%B0%E5%B8%B3.xlsx'],
      ['error', 'ledgers/e/ledger.yaml'],
      ['error', 'ledgers/f/huge.yaml'],
      ['error', 'ledgers/g/ledger.yaml'],
    ]);
    expect(log.runs[0].results.length).toBeGreaterThan(40); // clinic.yaml's and the workbook's findings too
    const xml = readFileSync(junit, 'utf8');
    for (const file of ['ledgers/a/clean.yaml', 'ledgers/b/clinic.yaml', 'ledgers/c/台帳.xlsx', 'ledgers/d/台帳.xlsx', 'ledgers/e/ledger.yaml', 'ledgers/f/huge.yaml', 'ledgers/g/ledger.yaml']) {
      expect(xml).toContain(`<testsuite name="${file}"`);
    }
    expect(xml).toContain('<failure message="file too large: ledgers/f/huge.yaml');
  });

  it('--fail-on decides the exit code as for any finding; the table says why in the user\'s language', () => {
    expect(runBin([...AS_OF, '--fail-on', 'none', '-f', 'json', 'ledgers/a', 'ledgers/d'], root).code).toBe(0);
    const table = runBin([...AS_OF, 'ledgers/a', 'ledgers/f'], root, { ...BIN_ENV, LANG: 'ja_JP.UTF-8' });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('unreadable-file  ファイルが大きすぎます: ledgers/f/huge.yaml（65 MB。上限は 64 MB です。台帳を施設ごとのファイルに分けてください）');
  });

  it('a run where nothing could be read is exit 2, one line, and no report is written', () => {
    const report = join(root, 'out', 'nothing.sarif');
    expect(runBin([...AS_OF, '-f', 'sarif', '-o', report, 'ledgers/d/台帳.xlsx'], root)).toMatchObject({ code: 2, stdout: '' });
    expect(runBin(['ledgers/d/台帳.xlsx'], root).stderr).toMatch(/^dokodemo-check: ledgers\/d\/台帳\.xlsx: [^\n]+\n$/);
    expect(existsSync(report)).toBe(false);
    expect(runBin(['ledgers/e', 'ledgers/f', 'ledgers/g'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dokodemo-check: no ledger could be read (3 files; the first: not a regular file: ledgers/e/ledger.yaml)\n',
    });
    expect(runBin(['ledgers/e', 'ledgers/f'], root, { ...BIN_ENV, LANG: 'ja_JP.UTF-8' }).stderr).toBe('dokodemo-check: 台帳を 1 件も読めませんでした（2 件。最初のもの: 通常のファイルではありません: ledgers/e/ledger.yaml）\n');
  });

  it('a named file that does not exist is a usage error (a mistyped name), even next to good ones', () => {
    expect(runBin([...AS_OF, 'ledgers/a/clean.yaml', 'ledgers/a/typo.yaml'], root)).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: file not found: ledgers/a/typo.yaml\n' });
  });
});

describe('a file the user may not read (EACCES), for real', () => {
  // root reads any file: the program runs as nobody, as a facility's staff would.
  const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

  it('is its finding; the readable ledger beside it is checked', () => {
    const root = mkdtempSync(join(tmpdir(), 'dokodemo-fate-'));
    try {
      chmodSync(root, 0o755);
      copyFileSync('examples/home-nursing-clean.yaml', join(root, 'a.yaml'));
      copyFileSync('examples/home-nursing-clean.yaml', join(root, 'b.yaml'));
      chmodSync(join(root, 'b.yaml'), 0o000);
      const command = [...asUser, process.execPath, BIN, ...AS_OF, '-f', 'json', root];
      const run = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', env: BIN_ENV });
      expect([run.status, run.stderr]).toEqual([1, '']);
      expect(JSON.parse(run.stdout).files.map(summary)).toEqual([
        [join(root, 'a.yaml'), []],
        [join(root, 'b.yaml'), [['unreadable-file', 'error', 1, 1, `cannot read file: ${join(root, 'b.yaml')}`]]],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
