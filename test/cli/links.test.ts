// Issue 26, "links and paths on an untrusted pull request", through the built program (bin/, dist/: run
// `npm run build` first): a walk stays inside its git repository, and a link committed at the name of a
// file the tool writes (-o, init, convert) is replaced, never written through.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BIN, BIN_ENV, runBin } from '../helpers/bin';
import { tempDirs } from '../helpers/temp';

const CLEAN = resolve('examples/home-nursing-clean.yaml');
const AS_OF = ['--as-of', '2026-11-24'];

const temporaries = tempDirs();
/** A new temporary folder, named by its real path; removed once this file's tests are done. */
const temp = (prefix: string): string => realpathSync(temporaries.make(prefix));

/** Files and their findings' rule ids and messages, as the JSON report gives them. */
function checked(stdout: string): Array<[string, string[]]> {
  return JSON.parse(stdout).files.map((file: { file: string; findings: Array<{ ruleId: string; message: string }> }) => [file.file, file.findings.map((finding) => `${finding.ruleId}: ${finding.message}`)]);
}

describe('a walk inside a git repository', () => {
  /** A repository with a ledger, links inside it, and links leading out (a secret ledger, /, /proc, /usr). */
  function repository() {
    const outside = temp('dokodemo-secret-');
    copyFileSync(CLEAN, join(outside, 'secret.yaml'));
    const repo = temp('dokodemo-repo-');
    execFileSync('git', ['init', '-q', repo]);
    mkdirSync(join(repo, 'ledgers', 'station'), { recursive: true });
    mkdirSync(join(repo, 'shared'));
    copyFileSync(CLEAN, join(repo, 'ledgers', 'station', 'a.yaml'));
    copyFileSync(CLEAN, join(repo, 'shared', 'common.yaml'));
    symlinkSync('../shared', join(repo, 'ledgers', 'shared')); // inside the repository: followed
    symlinkSync('station/a.yaml', join(repo, 'ledgers', 'same.yaml')); // inside: followed
    symlinkSync(outside, join(repo, 'ledgers', 'zz'));
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'ledgers', 'secret.yaml'));
    symlinkSync('/', join(repo, 'ledgers', 'root'));
    symlinkSync('/proc', join(repo, 'ledgers', 'proc'));
    symlinkSync('/usr', join(repo, 'ledgers', 'usr'));
    symlinkSync(join(outside, 'notes.txt'), join(repo, 'ledgers', 'notes.txt')); // not a ledger's name: never looked at
    return { repo, outside };
  }

  const out = (link: string, target: string) => `unreadable-file: a link to outside the repository is not followed: ${link} -> ${target}`;

  it('follows links inside the repository and makes each link leading out a finding, never a read', () => {
    const { repo, outside } = repository();
    const run = runBin([...AS_OF, '-f', 'json', 'ledgers'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(checked(run.stdout)).toEqual([
      ['ledgers/proc', [out('ledgers/proc', '/proc')]],
      ['ledgers/root', [out('ledgers/root', '/')]],
      ['ledgers/same.yaml', []],
      ['ledgers/secret.yaml', [out('ledgers/secret.yaml', join(outside, 'secret.yaml'))]],
      ['ledgers/shared/common.yaml', []],
      ['ledgers/station/a.yaml', []],
      ['ledgers/usr', [out('ledgers/usr', '/usr')]],
      ['ledgers/zz', [out('ledgers/zz', outside)]],
    ]);
    // The secret ledger's values never reach the report.
    expect(run.stdout).not.toContain('みどり');
  });

  it('holds a folder or a file named on the command line to the repository too', () => {
    const { repo, outside } = repository();
    expect(runBin(['ledgers/zz'], repo)).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: a link to outside the repository is not followed: ledgers/zz -> ${outside}\n` });
    expect(runBin(['ledgers/zz/secret.yaml'], repo).stderr).toBe(`dokodemo-check: a link to outside the repository is not followed: ledgers/zz/secret.yaml -> ${join(outside, 'secret.yaml')}\n`);
    // A folder that is a link to another repository does not make that repository the bound.
    execFileSync('git', ['init', '-q', outside]);
    expect(runBin(['ledgers/zz'], repo).code).toBe(2);
    // The repository's own links named: checked.
    expect(runBin([...AS_OF, 'ledgers/same.yaml', 'ledgers/shared'], repo).code).toBe(0);
  });

  it('outside any git repository, the bound is the folder named on the command line', () => {
    const root = temp('dokodemo-norepo-');
    mkdirSync(join(root, 'ledgers'));
    copyFileSync(CLEAN, join(root, 'beside.yaml'));
    copyFileSync(CLEAN, join(root, 'ledgers', 'a.yaml'));
    symlinkSync('../beside.yaml', join(root, 'ledgers', 'b.yaml'));
    expect(checked(runBin([...AS_OF, '-f', 'json', 'ledgers'], root).stdout)).toEqual([
      ['ledgers/a.yaml', []],
      ['ledgers/b.yaml', [`unreadable-file: a link to outside the folder given is not followed: ledgers/b.yaml -> ${join(root, 'beside.yaml')}`]],
    ]);
    expect(checked(runBin([...AS_OF, '-f', 'json', '.'], root).stdout).map(([file]) => file)).toEqual(['beside.yaml', 'ledgers/a.yaml', 'ledgers/b.yaml']);
  });
});

describe('a link at the name of a file the tool writes is replaced, never its target', () => {
  function folder() {
    const dir = temp('dokodemo-write-');
    const victim = join(temp('dokodemo-victim-'), 'victim.txt');
    writeFileSync(victim, 'precious\n');
    copyFileSync(CLEAN, join(dir, 'ledger.yaml'));
    return { dir, victim };
  }

  const expectLinkReplaced = (path: string, victim: string) => {
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  };

  it('check -o over a committed link to a file', () => {
    const { dir, victim } = folder();
    symlinkSync(victim, join(dir, 'dokodemo-check.sarif'));
    expect(runBin([...AS_OF, '-f', 'sarif', '-o', 'dokodemo-check.sarif', 'ledger.yaml'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expectLinkReplaced(join(dir, 'dokodemo-check.sarif'), victim);
    expect(JSON.parse(readFileSync(join(dir, 'dokodemo-check.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('check -o over a dangling link: the link is replaced, its target never created', () => {
    const { dir, victim } = folder();
    const missing = join(victim, '..', 'created.txt');
    symlinkSync(missing, join(dir, 'report.json'));
    expect(runBin([...AS_OF, '-f', 'json', '-o', 'report.json', 'ledger.yaml'], dir).code).toBe(0);
    expect(existsSync(missing)).toBe(false);
    expect(lstatSync(join(dir, 'report.json')).isFile()).toBe(true);
  });

  it('init (YAML): a dangling link needs --force and is then replaced; a live link is never written through', () => {
    const { dir, victim } = folder();
    const missing = join(victim, '..', 'created.yaml');
    symlinkSync(missing, join(dir, 'new.yaml'));
    expect(runBin(['init', 'new.yaml'], dir)).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: new.yaml already exists; use --force to overwrite it\n' });
    expect(readlinkSync(join(dir, 'new.yaml'))).toBe(missing);
    expect(runBin(['init', '--force', 'new.yaml'], dir)).toEqual({ code: 0, stdout: 'new.yaml\n', stderr: '' });
    expect(existsSync(missing)).toBe(false);
    expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toContain('facility:');

    symlinkSync(victim, join(dir, 'live.yaml'));
    expect(runBin(['init', 'live.yaml'], dir).code).toBe(2);
    expect(runBin(['init', '--force', 'live.yaml'], dir).code).toBe(0);
    expectLinkReplaced(join(dir, 'live.yaml'), victim);
  });

  it('init (workbook) and convert do the same, through the same helper', () => {
    const { dir, victim } = folder();
    symlinkSync(victim, join(dir, 'book.xlsx'));
    expect(runBin(['init', '--force', 'book.xlsx'], dir).code).toBe(0);
    expectLinkReplaced(join(dir, 'book.xlsx'), victim);
    symlinkSync(victim, join(dir, 'converted.xlsx'));
    expect(runBin(['convert', '--force', 'ledger.yaml', 'converted.xlsx'], dir).code).toBe(0);
    expectLinkReplaced(join(dir, 'converted.xlsx'), victim);
  });

  it('-o /dev/stdout is still written in place (stdout a file: the file the shell opened gets the report)', () => {
    const { dir } = folder();
    // Node's own child pipes are sockets, which /dev/stdout cannot open: a shell redirect to a file instead.
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --as-of 2026-11-24 -f json -o /dev/stdout ledger.yaml > out.json`], { cwd: dir, env: BIN_ENV, encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).files[0].file).toBe('ledger.yaml');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });
});
