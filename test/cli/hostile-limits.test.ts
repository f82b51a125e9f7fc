// Hostile input, round 2 (issue 14): the report never lands on a ledger, a lost report is an error,
// and every path ends in bounded time and memory. Through the real bin where the process matters.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GENERATED_SLOW, writeGenerated } from '../fixtures/bad/generated';
import { BIN, BIN_ENV, runBin as runBinIn } from '../helpers/bin';
import { runCli } from '../helpers/cli';
import type { JsonFinding } from '../helpers/json-report';

const CLEAN = resolve('examples/home-nursing-clean.yaml');
const WITH_FINDINGS = resolve('examples/clinic-with-findings.yaml');
const AS_OF = ['--as-of', '2026-11-24'];

function runBin(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}) {
  const started = Date.now();
  const run = runBinIn(args, options.cwd, options.env ?? BIN_ENV, { timeout: options.timeout ?? 60_000, maxBuffer: 1 << 30 });
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

const temp = () => mkdtempSync(join(tmpdir(), 'dokodemo-hostile2-'));

describe('-o never overwrites a ledger being checked, whatever its spelling', () => {
  const refusal = (spelling: string) => `dokodemo-check: --output must not be one of the ledgers being checked (${spelling})\n`;

  function folder() {
    const dir = temp();
    const ledger = join(dir, 'ledger.yaml');
    writeFileSync(ledger, readFileSync(CLEAN));
    return { dir, ledger };
  }

  it.each<[string, (dir: string, ledger: string) => { input: string; output: string }]>([
    ['a symlink to it', (dir, ledger) => (symlinkSync(ledger, join(dir, 'link.yaml')), { input: ledger, output: join(dir, 'link.yaml') })],
    ['a hard link to it', (dir, ledger) => (linkSync(ledger, join(dir, 'hard.yaml')), { input: ledger, output: join(dir, 'hard.yaml') })],
    ['a folder symlink (sub/up/ledger.yaml, up -> ..)', (dir, ledger) => {
      mkdirSync(join(dir, 'sub'));
      symlinkSync('..', join(dir, 'sub', 'up'));
      return { input: ledger, output: join(dir, 'sub', 'up', 'ledger.yaml') };
    }],
    ['/proc/self/cwd/…', () => ({ input: 'ledger.yaml', output: '/proc/self/cwd/ledger.yaml' })],
    ['the target of the symlink the input was given through', (dir, ledger) => (symlinkSync(ledger, join(dir, 'link.yaml')), { input: join(dir, 'link.yaml'), output: ledger })],
  ])('%s', (_name, arrange) => {
    const { dir, ledger } = folder();
    const { input, output } = arrange(dir, ledger);
    const run = runBin([...AS_OF, '-o', output, input], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: refusal(output) });
    expect(readFileSync(ledger, 'utf8')).toBe(readFileSync(CLEAN, 'utf8'));
  });

  it('writes the report through a temporary file and renames it; a failed write leaves no part of it', () => {
    const { dir } = folder();
    const report = join(dir, 'report.json');
    writeFileSync(report, 'previous report\n');
    expect(runBin([...AS_OF, '-f', 'json', '-o', report, 'ledger.yaml'], { cwd: dir })).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(report, 'utf8')).files[0].file).toBe('ledger.yaml');
    expect(readdirSync(dir).sort()).toEqual(['ledger.yaml', 'report.json']);
    // A link at the name is replaced by the report; the file it pointed to is left alone.
    symlinkSync('report.json', join(dir, 'latest.json'));
    expect(runBin([...AS_OF, '-f', 'sarif', '-o', 'latest.json', 'ledger.yaml'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8')).files[0].file).toBe('ledger.yaml');
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(dir).sort()).toEqual(['latest.json', 'ledger.yaml', 'report.json']);
  });

  it('a report to a device is written in place (/dev/full: one line, exit 2)', () => {
    const { dir } = folder();
    expect(runBin([...AS_OF, '-o', '/dev/null', 'ledger.yaml'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    expect(runBin([...AS_OF, '-o', '/dev/full', 'ledger.yaml'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'dokodemo-check: cannot write the report to /dev/full\n' });
    expect(existsSync('/dev/null')).toBe(true);
  });

  it('a folder that cannot be written: one line, exit 2, no temporary file left', () => {
    const { dir } = folder();
    const missing = join(dir, 'no-such-folder', 'report.json');
    expect(runCli([...AS_OF, '-o', missing, join(dir, 'ledger.yaml')])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: cannot write the report to ${missing}\n` });
    expect(runCli([...AS_OF, '-o', dir, join(dir, 'ledger.yaml')])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: cannot write the report to ${dir}\n` });
    expect(readdirSync(dir)).toEqual(['ledger.yaml']);
  });
});

describe('a failed write to standard output is an error, not a green CI job', () => {
  function toDevFull(args: string[], env = BIN_ENV) {
    const fd = require('node:fs').openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, ...args], { env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      return { code: run.status, stderr: run.stderr };
    } finally {
      require('node:fs').closeSync(fd);
    }
  }

  it.each([['sarif'], ['json'], ['table']])('--format %s > /dev/full: one line on stderr, exit 2', (format) => {
    expect(toDevFull([...AS_OF, '-f', format, CLEAN])).toEqual({ code: 2, stderr: 'dokodemo-check: cannot write the report to standard output (ENOSPC)\n' });
  });

  it('in Japanese, and whatever the findings', () => {
    expect(toDevFull([...AS_OF, WITH_FINDINGS], { ...BIN_ENV, LANG: 'ja_JP.UTF-8' })).toEqual({ code: 2, stderr: 'dokodemo-check: レポートを標準出力に書き込めません（ENOSPC）\n' });
  });

  it('a reader that stops early stays quiet (EPIPE) and keeps the exit code', () => {
    const out = execFileSync('bash', ['-c', `node ${JSON.stringify(BIN)} --as-of 2026-11-24 -f json ${JSON.stringify(WITH_FINDINGS)} | head -c 1; echo " \${PIPESTATUS[0]}"`], { env: BIN_ENV, encoding: 'utf8' });
    expect(out).toBe('{ 1\n');
  });
});

const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout).files[0].findings;

describe('bounded time and memory on every path (the real program, generous bounds; npm run bench has the figures)', () => {
  let directory: string;
  beforeAll(() => {
    directory = writeGenerated(GENERATED_SLOW);
  });

  /** Runs the file through the real program with a memory ceiling well under the target. */
  function bounded(name: string, seconds: number, heapMB = 900) {
    const run = runBin([...AS_OF, '-f', 'json', join(directory, name)], { env: { ...BIN_ENV, NODE_OPTIONS: `--max-old-space-size=${heapMB}` }, timeout: 60_000 });
    expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 1, stderr: '' });
    expect(run.seconds).toBeLessThan(seconds);
    return findingsOf(run.stdout);
  }

  it('200,000 `- {}` devices: 10,000 schema findings and one closing finding for the other 1,990,002', () => {
    const findings = bounded('empty-devices-200000.yaml', 30);
    expect(findings).toHaveLength(10_001);
    expect(findings.filter((finding) => finding.ruleId === 'schema')).toHaveLength(10_001);
    expect(findings.at(-1)).toMatchObject({ line: 1002, column: 3, message: '1990002 more findings of this rule were left out (only the first 10,000 per rule and file are shown). Fix the ones shown, then check again' });
  });

  it.each([
    ['unknown-keys-30000.yaml', 10_001],
    ['flow-line-780kb.yaml', 10_001],
    ['directive-x-keys-50000.yaml', 3],
    ['precise-x-keys-50000.yaml', 3],
  ])('%s ends in linear time', (name, count) => {
    expect(bounded(name, 15)).toHaveLength(count);
  });

  it('a syntax error in a 13 MB ledger is worded from the staff entry around it, within a 250 MB heap (the whole text needs about 500 MB)', () => {
    expect(bounded('bad-indent-in-20000-staff.yaml', 15, 250)).toEqual([
      expect.objectContaining({ ruleId: 'yaml-syntax', line: 10_000 * 12 + 3 + 2, column: 1, message: expect.stringContaining('(Sequence item without - indicator)') }),
    ]);
  });

  it('13 million characters the fast path leaves to the precise one: one finding where, within a 250 MB heap (read whole: 800 MB)', () => {
    expect(bounded('unusual-yaml-13m-chars.yaml', 15, 250)).toEqual([
      expect.objectContaining({ ruleId: 'yaml-syntax', line: 3, column: 9, message: expect.stringMatching(/^From here the ledger uses YAML that is not read in a ledger over 12 MB/) }),
    ]);
  });

  it.each([
    ['deep-after-tab-3m.yaml', 4, 101],
    ['deep-flow-mapping-precise-1m.yaml', 4, 411],
    ['deep-block-sequence-precise-100000.yaml', 5, 203],
  ])('%s is refused as too deep before the precise parser composes it', (name, line, column) => {
    expect(bounded(name, 5)).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line, column, message: expect.stringContaining('The nesting is too deep (100 levels at most)') })]);
  });
});

describe('the closing finding, in every format', () => {
  const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];
  const ledger = join(temp(), 'many-findings.yaml');
  // 1,200 empty devices: 12,002 schema findings, 10,000 kept.
  writeFileSync(ledger, `version: 1\ndevices:\n${'- {}\n'.repeat(1200)}`);

  it.each(FORMATS)('%s', (format) => {
    const run = runCli([...AS_OF, '-f', format, ledger]);
    expect(run.code).toBe(1);
    // Markdown is cut to fit a pull-request comment (65,536 characters) before the closing finding: it says so.
    if (format === 'markdown') expect(run.stdout).toMatch(/\n✂ Cut to fit a pull-request comment \(65,536 characters\): \d+ findings of 1 facility left out here\./);
    else expect(run.stdout).toContain('2002 more findings of this rule were left out');
  });

  it('in Japanese', () => {
    const run = runCli([...AS_OF, '-f', 'json', ledger], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(findingsOf(run.stdout).at(-1)!.message).toBe('このルールの指摘がほかに 2002 件あります（1 ファイル・1 ルールにつき最初の 10,000 件だけを示しています）。示された指摘を直してから、もう一度チェックしてください');
  });

  it('caps rule findings too, per rule', () => {
    const file = join(temp(), 'rules.yaml');
    const text = readFileSync(WITH_FINDINGS, 'utf8');
    writeFileSync(file, text);
    expect(findingsOf(runCli([...AS_OF, '-f', 'json', file]).stdout).some((finding) => finding.message.includes('left out'))).toBe(false);
  });
});

describe('reading a ledger never blocks', () => {
  const { readLedgerFile } = require('../../src/cli/inputs') as typeof import('../../src/cli/inputs');

  it('a FIFO put where a listed file was is refused at once, its type checked on the open descriptor', () => {
    const fifo = join(temp(), 'ledger.yaml');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(() => readLedgerFile(fifo)).toThrow(`not a regular file: ${fifo}`);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a device is refused, not read until the memory runs out', () => {
    expect(() => readLedgerFile('/dev/zero')).toThrow('not a regular file: /dev/zero');
  });

  it('a regular file whose read keeps saying "nothing yet" (/proc/kmsg, not read here: that would drain the kernel log) gives up within a second', () => {
    const nodeFs = require('node:fs') as typeof import('node:fs');
    const again = jest.spyOn(nodeFs, 'readSync').mockImplementation(() => {
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, read'), { code: 'EAGAIN' });
    });
    const started = Date.now();
    try {
      expect(() => readLedgerFile(CLEAN)).toThrow(`cannot read file: ${CLEAN}`);
    } finally {
      again.mockRestore();
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a /proc file whose size says 0 is read to its end', () => {
    expect(readLedgerFile('/proc/self/status').toString()).toContain('Name:');
  });
});

describe('configuration options: a ceiling for every number, own names only', () => {
  function withConfig(content: string, args: string[] = [CLEAN]) {
    const file = join(temp(), '.dokodemo-check.yaml');
    writeFileSync(file, content);
    return { file, run: runCli([...AS_OF, '-c', file, ...args]) };
  }

  it.each([
    ['mcs-password-age', 'months', '100000', 120],
    ['mcs-password-age', 'months', '1e308', 120],
    ['ledger-review', 'months', '121', 120],
    ['mcs-password-expiring', 'days', '366', 365],
    ['lock-password-strength', 'minLength', '65', 64],
  ])('rules.%s.%s: %s is refused, naming the key', (rule, option, value, maximum) => {
    const { file, run } = withConfig(`rules:\n  ${rule}:\n    ${option}: ${value}\n`);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: configuration file ${file}: rules.${rule}.${option} must be a whole number of at most ${maximum} (not ${Number(value)})\n` });
  });

  it('at the ceiling, due dates are real dates (not the year 10360 or 0NaN-NaN-NaN)', () => {
    const { run } = withConfig('rules:\n  mcs-password-age:\n    months: 120\n', ['-f', 'json', WITH_FINDINGS]);
    expect(run.stderr).toBe('');
    // No password is 120 months old (with months: 100000 every one was, due in the year 10360).
    expect(JSON.parse(run.stdout).files[0].findings.filter((finding: JsonFinding) => finding.ruleId === 'mcs-password-age')).toEqual([]);
    const config = withConfig('rules:\n  mcs-password-age:\n    months: 120\n').file;
    const due = runCli(['due', ...AS_OF, '-c', config, '--within', '99999', '-f', 'json', WITH_FINDINGS]);
    expect(due.stderr).toBe('');
    const days = (JSON.parse(due.stdout).items as Array<{ kind: string; due: string }>).filter((item) => item.kind === 'mcs-password').map((item) => item.due);
    expect(days.filter((day) => /^203\d-\d{2}-\d{2}$/.test(day)).length).toBeGreaterThan(0);
    for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty']])('an option named %s is unknown', (name) => {
    const { file, run } = withConfig(`rules:\n  mcs-password-age:\n    ${name}: 3\n`);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: configuration file ${file}: rules.mcs-password-age.${name}: unknown option (allowed: severity, months)\n` });
  });

  it.each([['constructor'], ['toString'], ['hasOwnProperty']])('a rule named %s is unknown', (name) => {
    const { file, run } = withConfig(`rules:\n  ${name}: off\n`);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: configuration file ${file}: rules.${name}: unknown rule id (dokodemo-check rules lists them)\n` });
  });
});

describe('far dates stay within the years 0000–9999', () => {
  it('--as-of 9999-12-31: due dates and the calendar write four-digit years', () => {
    const json = runBin(['due', '--as-of', '9999-12-31', '-f', 'json', WITH_FINDINGS]);
    expect(json.stderr).toBe('');
    for (const item of JSON.parse(json.stdout).items as Array<{ due: string }>) expect(item.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ics = runBin(['due', '--as-of', '9999-12-31', '-f', 'ics', WITH_FINDINGS]);
    expect(ics.stderr).toBe('');
    const dates = [...ics.stdout.matchAll(/^DT(?:START|END);VALUE=DATE:(.*)\r$/gm)].map((match) => match[1]);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^\d{8}$/);
    expect(runBin(['--as-of', '9999-12-31', '-f', 'json', WITH_FINDINGS]).code).toBe(1);
  });

  it('an as-of date is a calendar day: TZ=Pacific/Apia --as-of 2011-12-30 (a day Samoa skipped)', () => {
    const env = { ...BIN_ENV, TZ: 'Pacific/Apia' };
    const run = runBin(['--as-of', '2011-12-30', '-f', 'json', CLEAN], { env });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).asOf).toBe('2011-12-30');
    expect(runBin(['due', '--as-of', '2011-12-30', '-f', 'json', CLEAN], { env }).stderr).toBe('');
  });
});

describe('what was written is what is read, or named', () => {
  it('CR-only line ends (old Mac files) are line breaks: the same findings, on the same lines', () => {
    const file = join(temp(), 'cr.yaml');
    writeFileSync(file, readFileSync(WITH_FINDINGS, 'utf8').replace(/\n/g, '\r'));
    const strip = (stdout: string) => JSON.parse(stdout).files[0].findings;
    expect(strip(runCli([...AS_OF, '-f', 'json', file]).stdout)).toEqual(strip(runCli([...AS_OF, '-f', 'json', WITH_FINDINGS]).stdout));
  });
});

describe('tags and numbers are named as written', () => {
  it('custom tags: one yaml-syntax finding per tag, in both languages', () => {
    const file = 'test/fixtures/bad/custom-tags.yaml';
    expect(findingsOf(runCli([...AS_OF, '-f', 'json', file]).stdout).map((finding) => [finding.line, finding.column, finding.message])).toEqual([
      [31, 21, 'The tag !!binary cannot be used in a ledger. Remove it and write the value as it is'],
      [37, 22, 'The tag !foo cannot be used in a ledger. Remove it and write the value as it is'],
      [64, 50, 'The tag !!js/function cannot be used in a ledger. Remove it and write the value as it is'],
    ]);
    expect(findingsOf(runCli([...AS_OF, '-f', 'json', file], { env: { LANG: 'ja_JP.UTF-8' } }).stdout)[0]!.message).toBe('タグ !!binary は台帳では使えません。タグを削除し、値をそのまま書いてください');
  });

  it('.nan, infinities and numbers too large for a double as written, not "null"', () => {
    const messages = findingsOf(runCli([...AS_OF, '-f', 'json', 'test/fixtures/bad/special-numbers.yaml']).stdout).map((finding) => finding.message);
    expect(messages).toEqual([
      '`model` (model): -.inf is read as a number. Write it as text in quotes: "-.inf"',
      '`min_length` (minimum password length): ".nan" cannot be used. Use a whole number, 1 or more',
      '`min_length` (minimum password length): "1e400" cannot be used. Use a whole number, 1 or more',
    ]);
  });
});
