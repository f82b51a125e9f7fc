// The shipped program as users run it: bin/dokodemo-check.js in a real `node` process, which runs the
// build's bundle from its code cache, or the unbundled modules with --debug. (`pretest` builds dist/.)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ledgerText } from '../../bench/generate';
import { main } from '../../src/cli/main';
import { BIN, BIN_ENV, runBin as runBinIn } from '../helpers/bin';
import { runCli } from '../helpers/cli';

const ENTRY = resolve('dist/cli/entry.js');
const ARGS = ['--as-of', '2026-11-24', 'examples/clinic-with-findings.yaml', 'examples/home-nursing-clean.yaml'];

const runBin = (args: string[], env: NodeJS.ProcessEnv = BIN_ENV) => runBinIn(args, process.cwd(), env);

/** What `compileBundle(file, cache)` says, run in a fresh node (jest's module sandbox is not node's). */
function bundleStatus(file?: string, cache?: string): string {
  const script = `const b = require(${JSON.stringify(ENTRY)}).compileBundle(${JSON.stringify(file)}, ${JSON.stringify(cache)});
    process.stdout.write(b === undefined ? 'no bundle' : b.cacheUsed ? 'cached' : 'compiled')`;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout;
}

describe('bin/dokodemo-check.js', () => {
  it.each([['json'], ['table'], ['sarif']])('prints exactly what the program prints in-process (%s)', (format) => {
    const expected = runCli(['-f', format, ...ARGS]);
    expect(runBin(['-f', format, ...ARGS])).toEqual({ ...expected, code: 1 });
    expect(expected.code).toBe(1);
  });

  it('words schema problems exactly as the sources do (the build\'s standalone validator against ajv compiling the schema)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dokodemo-schema-'));
    const broken = readFileSync('examples/clinic-with-findings.yaml', 'utf8')
      .replace(/ownership: facility/g, 'ownership: company')
      .replace(/antivirus: true/, 'antivirus: "yes"')
      .replace(/mcs_password_changed: (\d{4})-(\d{2})-(\d{2})/, 'mcs_password_changed: $1/$2/$3')
      .replace('version: 1', 'version: 2\nfacilty: typo');
    writeFileSync(join(dir, 'broken.yaml'), broken);
    const files = [join(dir, 'broken.yaml'), 'test/fixtures/bad/proto-keys.yaml', 'test/fixtures/bad/top-level-list.yaml', 'test/fixtures/bad/empty.yaml'];
    const expected = runCli(['-f', 'json', '--as-of', '2026-11-24', ...files]);
    expect(JSON.parse(expected.stdout).files[0].findings.filter((finding: { ruleId: string }) => finding.ruleId === 'schema').length).toBeGreaterThan(5);
    expect(runBin(['-f', 'json', '--as-of', '2026-11-24', ...files])).toEqual(expected);
  });

  it('runs the unbundled modules, with the same output, under --debug and DEBUG=dokodemo-check', () => {
    const expected = runCli(['-f', 'json', ...ARGS]);
    expect(runBin(['--debug', '-f', 'json', ...ARGS])).toEqual(expected);
    expect(runBin(['-f', 'json', ...ARGS], { ...BIN_ENV, DEBUG: 'express,dokodemo-check' })).toEqual(expected);
  });

  it('reads a ledger from a pipe', () => {
    const run = spawnSync(process.execPath, [BIN, '--as-of', '2026-11-24', '-f', 'json', '-'], { env: BIN_ENV, input: readFileSync('examples/home-nursing-clean.yaml'), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files).toEqual([{ file: '<stdin>', config: null, findings: [], summary: { facility: 'さくら訪問看護ステーション', error: 0, warning: 0, info: 0, suppressed: 0, overdue: 0 } }]);
  });

  it('stops reading an endless pipe at the size limit', () => {
    const run = spawnSync('sh', ['-c', `yes | "${process.execPath}" "${BIN}" -`], { env: BIN_ENV, encoding: 'utf8', timeout: 60_000 });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dokodemo-check: file too large: <stdin> (more than 64 MB; the limit is 64 MB: split the ledger into one file per facility)\n',
    });
  });

  it('stops quietly, with its exit code, when the reader closes the pipe early (| head)', () => {
    const ledger = join(mkdtempSync(join(tmpdir(), 'dokodemo-pipe-')), 'ledger.yaml');
    writeFileSync(ledger, ledgerText(3000)); // a JSON report of about 260 KB: more than a pipe holds
    const script = `"${process.execPath}" "${BIN}" --as-of 2026-11-24 -f json "${ledger}" | head -c 10; echo " exit=\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { env: BIN_ENV, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('{\n  "forma exit=1\n');
  });

  it('gives one line and exit 2 for bad usage, with no stack trace', () => {
    expect(runBin(['--as-of', '2026-13-01', 'examples/home-nursing-clean.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dokodemo-check: --as-of must be a real date written YYYY-MM-DD (not 2026-13-01)\n',
    });
  });
});

describe('many files on several threads', () => {
  /** 70 ledgers of 50 staff (4.6 MB, over the threshold) and, when asked, files that break. */
  function ledgerDirectory(extra: Record<string, string | number> = {}): string {
    const directory = mkdtempSync(join(tmpdir(), 'dokodemo-many-'));
    for (let index = 0; index < 70; index++) writeFileSync(join(directory, `facility-${String(index).padStart(2, '0')}.yaml`), ledgerText(50, index));
    for (const [name, content] of Object.entries(extra)) {
      writeFileSync(join(directory, name), typeof content === 'string' ? content : '');
      if (typeof content === 'number') truncateSync(join(directory, name), content); // sparse: no bytes written
    }
    return directory;
  }
  const oneThread = { ...BIN_ENV, DOKODEMO_CHECK_JOBS: '1' };

  it('are shared out only when there is enough to gain (the built module: the sources have no bundle to start)', () => {
    const { threadsFor } = require(resolve('dist/cli/parallel-check.js')) as typeof import('../../src/cli/parallel-check');
    const directory = ledgerDirectory({ 'large.yaml': 5 * 1024 * 1024 });
    const paths = readdirSync(directory).map((name) => join(directory, name));
    const [large, ...small] = [join(directory, 'large.yaml'), ...paths.filter((path) => !path.endsWith('large.yaml'))];
    expect(threadsFor(small, { DOKODEMO_CHECK_JOBS: '2' })).toBe(2); // 70 files, 4.6 MB
    // Never more than the cores: a thousand workers took 2.6 GB.
    expect(threadsFor(small, { DOKODEMO_CHECK_JOBS: '1000' })).toBe(availableParallelism());
    expect(threadsFor(small, { DOKODEMO_CHECK_JOBS: '3' })).toBe(Math.min(3, availableParallelism()));
    expect(threadsFor(small, { DOKODEMO_CHECK_JOBS: '1' })).toBe(1);
    expect(threadsFor(small.slice(0, 10), { DOKODEMO_CHECK_JOBS: '3' })).toBe(1); // 0.7 MB: a worker costs more
    expect(threadsFor([large!], { DOKODEMO_CHECK_JOBS: '3' })).toBe(1); // one file is one thread's work
    expect(threadsFor([large!, small[0]!], { DOKODEMO_CHECK_JOBS: '1000' })).toBe(2); // never more threads than files
    expect(threadsFor(small, { DOKODEMO_CHECK_JOBS: 'lots' })).toBe(Math.min(availableParallelism(), 4));
    const { threadsFor: fromSources } = require('../../src/cli/parallel-check') as typeof import('../../src/cli/parallel-check');
    expect(fromSources(small, { DOKODEMO_CHECK_JOBS: '3' })).toBe(1);
  });

  it.each([['json'], ['table'], ['junit']])('give exactly the report of one thread (%s)', (format) => {
    const directory = ledgerDirectory({ 'facility-33-broken.yaml': 'version: 1\nfacility: [\n' });
    const args = ['--as-of', '2026-11-24', '-f', format, directory];
    const parallel = runBin(args, { ...BIN_ENV, DOKODEMO_CHECK_JOBS: '3' });
    expect(parallel).toEqual(runBin(args, oneThread));
    expect(parallel.code).toBe(1);
  });

  it('make each unreadable file its finding and check the rest, as one thread does', () => {
    const huge = 'facility-40-huge.yaml';
    const directory = ledgerDirectory({ [huge]: 65 * 1024 * 1024, 'facility-50-huge.yaml': 66 * 1024 * 1024 });
    const args = ['--as-of', '2026-11-24', '-f', 'json', directory];
    const parallel = runBin(args, { ...BIN_ENV, DOKODEMO_CHECK_JOBS: '2' });
    expect(parallel).toEqual(runBin(args, oneThread));
    expect([parallel.code, parallel.stderr]).toEqual([1, '']);
    const files: Array<{ file: string; findings: Array<{ ruleId: string; message: string }> }> = JSON.parse(parallel.stdout).files;
    expect(files).toHaveLength(72);
    expect(files.filter((file) => file.findings.some((finding) => finding.ruleId === 'unreadable-file')).map((file) => file.findings.map((finding) => finding.message))).toEqual([
      [`file too large: ${join(directory, huge)} (65 MB; the limit is 64 MB: split the ledger into one file per facility)`],
      [`file too large: ${join(directory, 'facility-50-huge.yaml')} (66 MB; the limit is 64 MB: split the ledger into one file per facility)`],
    ]);
    rmSync(directory, { recursive: true, force: true });
  });
});

describe('the bundle and its code cache', () => {
  it('the build recorded a cache that V8 accepts', () => {
    expect(bundleStatus()).toBe('cached');
  });

  it('a cache recorded for another build is not used, and the bundle still runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dokodemo-bundle-'));
    const bundle = join(dir, 'bundle.js');
    const source = readFileSync('dist/cli/bundle.js', 'utf8');
    writeFileSync(bundle, source.replace(/^\/\/ dokodemo-check bundle [0-9a-f]{16}/, '// dokodemo-check bundle 0123456789abcdef'));
    copyFileSync('dist/cli/bundle.js.cache', `${bundle}.cache`);
    expect(bundleStatus(bundle, `${bundle}.cache`)).toBe('compiled');
    expect(bundleStatus(bundle, join(dir, 'missing.cache'))).toBe('compiled');
  });

  it('a damaged bundle is not run: bin falls back to the modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'dokodemo-install-'));
    execFileSync('cp', ['-r', resolve('bin'), resolve('dist'), resolve('package.json'), resolve('schemas'), root]);
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    const bundle = join(root, 'dist', 'cli', 'bundle.js');
    writeFileSync(bundle, readFileSync(bundle, 'utf8').slice(0, 5000)); // cut short: a syntax error
    const run = spawnSync(process.execPath, [join(root, 'bin', 'dokodemo-check.js'), '-f', 'json', ...ARGS], { env: BIN_ENV, encoding: 'utf8' });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ ...runCli(['-f', 'json', ...ARGS]), code: 1 });
  });

  it('a missing bundle, or one without a build id, is not run (bin falls back to the modules)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dokodemo-bundle-'));
    expect(bundleStatus(join(dir, 'missing.js'))).toBe('no bundle');
    writeFileSync(join(dir, 'plain.js'), 'module.exports = {};\n');
    expect(bundleStatus(join(dir, 'plain.js'))).toBe('no bundle');
  });
});

describe('internal errors', () => {
  /** A failure that is not the user's: the output stream breaks. */
  function failingRun(argv: string[], env: NodeJS.ProcessEnv) {
    return main([...argv, '--as-of', '2026-11-24', 'examples/home-nursing-clean.yaml'], {
      env,
      cwd: process.cwd(),
      stdoutIsTty: false,
      readStdin: () => Buffer.alloc(0),
      writeStdout: () => {
        throw new Error('stdout closed');
      },
    });
  }

  it('are one line, asking for --debug, with no stack', () => {
    expect(failingRun([], { LANG: 'en_US.UTF-8' })).toEqual({
      code: 2,
      stderr: 'dokodemo-check: internal error: stdout closed (run with --debug for details and report it as a bug)\n',
    });
    expect(failingRun([], { LANG: 'ja_JP.UTF-8' }).stderr).toBe(
      'dokodemo-check: 内部エラー: stdout closed（--debug で詳細を表示できます。不具合として報告してください）\n',
    );
  });

  it.each([
    ['--debug', ['--debug'], {}],
    ['DEBUG=dokodemo-check', [], { DEBUG: 'dokodemo-check' }],
  ])('show the stack with %s', (_name, argv, env) => {
    const { code, stderr } = failingRun(argv, { LANG: 'en_US.UTF-8', ...env });
    expect(code).toBe(2);
    const [line, ...stack] = stderr.trimEnd().split('\n');
    expect(line).toBe('dokodemo-check: internal error: stdout closed (run with --debug for details and report it as a bug)');
    expect(stack[0]).toBe('Error: stdout closed');
    expect(stack[1]).toMatch(/^ {4}at .*test\/cli\/bin\.test\.ts:\d+:\d+/);
  });
});
