// `npm run bench`: how dokodemo-check compares with the cheapest thing that could do its job (bare node,
// a bare js-yaml load) and with a peer linter (Spectral), as ratios against fixed targets.
// Usage: node bench/run.js [--quick] [--runs N]
//   --quick   fewer runs, no Spectral, no yaml parse floor
//   --runs N  timed runs per command (Spectral and the parse floor stay capped at 3 and 1)
// Exit code 0 even when a target is missed (that is a result); 2 when the benchmark itself broke.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, readdirSync, statSync, unlinkSync } = require('node:fs');
const os = require('node:os');
const { join, relative } = require('node:path');
const { generate } = require('./generate');
const { hostileWorkbooks } = require('./hostile');

const ROOT = join(__dirname, '..');
const DATA = join(__dirname, '.data');
const CLI = join(ROOT, 'bin', 'dokodemo-check.js');
const SPECTRAL = join(__dirname, 'node_modules', '@stoplight', 'spectral-cli');
const AS_OF = '2026-11-24'; // fixed, so every run reports the same findings whatever today is

class BenchError extends Error {}

function parseArgs(argv) {
  const options = { quick: false, runs: undefined, only: undefined };
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--quick') options.quick = true;
    else if (argv[index] === '--runs' && /^[1-9]\d*$/.test(argv[index + 1] ?? '')) options.runs = Number(argv[++index]);
    else if (argv[index] === '--only' && argv[index + 1]) options.only = argv[++index];
    else throw new BenchError(`unknown or incomplete option ${argv[index]}; usage: node bench/run.js [--quick] [--runs N] [--only <group words>]`);
  }
  return options;
}

// ---- commands ---------------------------------------------------------------------------------

/** A node process to measure; `codes` are the exit codes that mean "worked" (1 = the ledger has findings). */
function command(label, args, extra = {}) {
  return { label, args, codes: [0], maxRuns: Infinity, samples: [], ...extra };
}

const check = (target, label) => command(`check ${label}`, [CLI, '--as-of', AS_OF, target], { codes: [0, 1] });
const jsYaml = (target, label) => command(`js-yaml load ${label}`, [join(__dirname, 'baseline-js-yaml.js'), target]);
const exceljs = (target, label) => command(`exceljs load ${label}`, [join(__dirname, 'baseline-exceljs.js'), target]);

/** The 2,000-user ledger as a workbook, as users get one: written once by `dokodemo-check convert`. */
function workbookOf(yamlFile) {
  const file = yamlFile.replace(/\.yaml$/, '.xlsx');
  if (existsSync(file)) return file;
  const result = spawnSync(process.execPath, [CLI, 'convert', yamlFile, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new BenchError(`writing ${file}: ${(result.stderr || '').trim()}`);
  return file;
}

function spectral(target, label) {
  const bin = join(SPECTRAL, require(join(SPECTRAL, 'package.json')).bin.spectral);
  const args = [bin, 'lint', '--ruleset', join(__dirname, 'spectral-ruleset.yaml'), target];
  // Spectral exits 1 when it finds problems; only a crash or an empty report is a failure.
  return command(`spectral lint ${label} (2 rules)`, args, { codes: [0, 1], stdout: /problems|No results/, maxRuns: 3, optional: true });
}

// ---- measuring --------------------------------------------------------------------------------

/** Runs `cmd` once; returns its result or throws a BenchError saying how it broke. */
function spawn(cmd, preload = [], env = process.env) {
  const stdout = cmd.stdout ? 'pipe' : 'ignore'; // 'ignore' is /dev/null
  const result = spawnSync(process.execPath, [...preload, ...cmd.args], {
    cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'], maxBuffer: 256 << 20,
  });
  const tail = () => (result.stderr || '').trim().split('\n').slice(-3).join(' | ');
  if (result.error) throw new BenchError(`${cmd.label}: ${result.error.message}`);
  if (result.signal) throw new BenchError(`${cmd.label}: killed by ${result.signal} ${tail()}`);
  if (!cmd.codes.includes(result.status)) throw new BenchError(`${cmd.label}: exit ${result.status}: ${tail()}`);
  if (cmd.stdout && !cmd.stdout.test(result.stdout)) throw new BenchError(`${cmd.label}: no report on stdout ${tail()}`);
  return result;
}

function seconds(cmd) {
  const start = process.hrtime.bigint();
  spawn(cmd);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Peak memory in MB, from a separate run with the max-RSS preload (never on a timed run). */
function peakMB(cmd) {
  const file = join(os.tmpdir(), `dokodemo-bench-rss-${process.pid}`);
  spawn(cmd, ['-r', join(__dirname, 'max-rss.js')], { ...process.env, BENCH_MAX_RSS_FILE: file });
  const kb = Number(readFileSync(file, 'utf8'));
  unlinkSync(file);
  return kb / 1024;
}

/** Runs `work` for `cmd`; an optional command (a peer) that breaks is skipped with a note instead. */
function attempt(cmd, work) {
  if (cmd.skipped) return;
  try {
    work();
  } catch (error) {
    if (!cmd.optional || !(error instanceof BenchError)) throw error;
    cmd.skipped = error.message;
  }
}

/**
 * Measures the commands side by side: round r runs each of them once (order reversed every other
 * round), so machine noise lands on all of them and ratios can be taken run by run.
 */
function measure(commands, rounds, warmups) {
  for (let w = 0; w < warmups; w++) for (const cmd of commands) attempt(cmd, () => seconds(cmd));
  for (const cmd of commands) attempt(cmd, () => (cmd.peakMB = peakMB(cmd))); // also warms the file cache
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...commands].reverse() : commands;
    for (const cmd of order) {
      if (round < cmd.maxRuns) attempt(cmd, () => (cmd.samples[round] = seconds(cmd)));
    }
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const times = (cmd) => cmd.samples.filter((value) => value !== undefined);

/** Median of the per-round ratios a/b over the rounds where both ran (pairs share the machine's mood). */
function pairedRatio(a, b) {
  const ratios = a.samples.flatMap((value, round) => (b.samples[round] === undefined ? [] : [value / b.samples[round]]));
  return ratios.length ? median(ratios) : undefined;
}

// ---- setup ------------------------------------------------------------------------------------

/** Installs Spectral into bench/node_modules (benchmark-only) if missing; returns why not, or null. */
function ensureSpectral() {
  if (existsSync(join(SPECTRAL, 'package.json'))) return null;
  const how = existsSync(join(__dirname, 'package-lock.json')) ? 'ci' : 'install';
  console.log(`installing Spectral for the peer row: npm ${how} --prefix bench (benchmark-only dependency)`);
  // --ignore-scripts: Spectral needs none; its only install script is a telemetry ping.
  const result = spawnSync('npm', [how, '--prefix', __dirname, '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status === 0 && existsSync(join(SPECTRAL, 'package.json'))) return null;
  const lines = (result.stderr || result.error?.message || '').trim().split('\n');
  return `npm ${how} failed (${(lines.find((line) => line.includes('ERR!')) ?? lines.at(-1)).trim()})`;
}

/** Warns when dist/ predates src/: the benchmark measures the compiled program, not the source. */
function staleDistNote() {
  const built = join(ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(built)) return 'dist/ is missing: run `npm run build` first';
  const src = join(ROOT, 'src');
  const newest = Math.max(...readdirSync(src, { recursive: true }).map((name) => statSync(join(src, name)).mtimeMs));
  return newest > statSync(built).mtimeMs ? 'note: src/ has changes newer than dist/; this measures dist/ (`npm run build` to refresh)' : null;
}

// ---- report -----------------------------------------------------------------------------------

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

function machineLine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown CPU';
  return `machine: ${cpu}, ${os.availableParallelism()} cores, ${(os.totalmem() / 1073741824).toFixed(1)} GB RAM, Node ${process.version}`;
}

function inputsLine(files) {
  const size = (file) => statSync(file).size;
  const all = files.facilities.reduce((sum, file) => sum + size(file), 0);
  return `inputs:  ledger-50.yaml ${(size(files.users50) / 1024).toFixed(0)} KB (50 users) · ` +
    `ledger-20000.yaml ${mb(size(files.users20000))} (20,000 users; -old: about 37,000 findings; -yaml11: after a %YAML 1.1 directive; -unusual, ledger-10000-precise: the facility's name quoted with a blank line after an escaped line break, which the fast path leaves to the precise parser (12 MB at most); -broken: one line indented by a tab in the middle) · ` +
    `network-500/ ${files.facilities.length} facilities × 50 users, ${mb(all)}; network-2000/ the same for 2,000 (each facility its own ids, every tenth sharing a nurse with the one before) · ` +
    `ledger-2000.xlsx ${mb(size(files.users2000.replace(/\.yaml$/, '.xlsx')))} (2,000 users)`;
}

/** A row of one command's own figure (`row(cmd)`), or skipped when it was not measured (--only). */
function ownRow(name, what, cmd, row) {
  return times(cmd).length === 0 ? { name, what, skip: 'not measured' } : { name, what, ...row(cmd) };
}

/** One row: the measured value, its target and PASS/MISS, or why it was skipped. */
function printRow(row) {
  const name = row.name.padEnd(12);
  const what = row.what.padEnd(46);
  if (row.skip) return console.log(`  ${name}${what}skipped: ${row.skip}`);
  const value = row.value.padStart(9);
  const verdict = row.pass === undefined ? '' : row.pass ? 'PASS' : 'MISS';
  console.log(`  ${name}${what}${value}   ${row.target.padEnd(9)} ${verdict}`);
}

function printCommands(commands) {
  console.log(`\n  ${'command'.padEnd(48)}runs  median s   min–max s       max RSS`);
  for (const cmd of commands) {
    const t = times(cmd);
    if (!t.length) continue;
    const spread = `${Math.min(...t).toFixed(3)}–${Math.max(...t).toFixed(3)}`;
    const rss = cmd.peakMB === undefined ? '' : `${cmd.peakMB.toFixed(0)} MB`;
    console.log(`  ${cmd.label.padEnd(48)}${String(t.length).padStart(4)}  ${median(t).toFixed(3).padStart(8)}   ${spread.padEnd(14)}  ${rss.padStart(7)}`);
  }
}

/** A ratio row: a/b paired, compared with a bound in `direction` ('≤' or '≥'); `bound` omitted = context only. */
function ratioRow(name, what, a, b, direction, bound) {
  const skip = a.skipped || b.skipped || a.skip || b.skip;
  const value = skip ? undefined : pairedRatio(a, b);
  if (value === undefined) return { name, what, skip: skip || 'no paired runs' };
  const pass = bound === undefined ? undefined : direction === '≤' ? value <= bound : value >= bound;
  return { name, what, value: `${value.toFixed(2)}×`, target: bound === undefined ? '(context)' : `${direction} ${bound.toFixed(1)}`, pass };
}

// ---- main -------------------------------------------------------------------------------------

function main() {
  const options = parseArgs(process.argv.slice(2));
  const runs = (full, quick) => options.runs ?? (options.quick ? quick : full);
  const files = generate(DATA);
  const rel = (file) => relative(ROOT, file);
  const spectralProblem = options.quick ? '--quick' : ensureSpectral();

  const bare = command('node -e 0', ['-e', '0']);
  const small = check(rel(files.users50), 'ledger-50.yaml');
  const big = check(rel(files.users20000), 'ledger-20000.yaml');
  const bigYaml = jsYaml(rel(files.users20000), 'ledger-20000.yaml');
  const peer = spectralProblem ? { skip: `Spectral not available: ${spectralProblem}`, samples: [] } : spectral(rel(files.users20000), 'ledger-20000.yaml');
  const floor = options.quick
    ? { skip: '--quick', samples: [] }
    : command('yaml parseDocument ledger-20000.yaml', [join(__dirname, 'baseline-yaml.js'), rel(files.users20000)], { maxRuns: 1 });
  // A first check of an old ledger: 20,000 staff, about 37,000 findings (json: every finding is written).
  const old = command('check -f json ledger-20000-old', [CLI, '--as-of', AS_OF, '-f', 'json', rel(files.users20000Old)], { codes: [1] });
  const oldYaml = jsYaml(rel(files.users20000Old), 'ledger-20000-old.yaml');
  // A directive the fast path reads since 2026-11-26, and a text it still leaves to the precise path.
  const directive = check(rel(files.users20000Directive), 'ledger-20000-yaml11.yaml');
  const precise = check(rel(files.users10000Precise), 'ledger-10000-precise.yaml');
  const big10000 = check(rel(files.users10000), 'ledger-10000.yaml');
  const unusual = check(rel(files.users20000Unusual), 'ledger-20000-unusual.yaml');
  // A syntax error (a tab indent) in the middle of the same 20,000 staff: worded from the part around it.
  const broken = check(rel(files.users20000Broken), 'ledger-20000-broken.yaml');
  const many = check(rel(join(DATA, 'network-500')), 'network-500/ (500 files)');
  // A regional network in one run: its roll-up and the checks across ledgers, as a CI job runs it.
  const network = check(rel(join(DATA, 'network-2000')), 'network-2000/ (2,000 files)');
  const workbook = rel(workbookOf(files.users2000));
  const book = check(workbook, 'ledger-2000.xlsx');
  const bookExceljs = exceljs(workbook, 'ledger-2000.xlsx');
  const manyYaml = jsYaml(rel(join(DATA, 'network-500')), 'network-500/ (500 files)');
  // Hostile workbooks (the test corpus's bombs): a finding or a refusal, never a hang; exit 2 is a refusal.
  const hostile = hostileWorkbooks(DATA).map((file) => command(`check hostile/${file.split('/').pop()}`, [CLI, '--as-of', AS_OF, rel(file)], { codes: [0, 1, 2] }));

  const groups = [
    { name: 'start-up', commands: [small, bare], rounds: runs(25, 9), warmups: 2 },
    { name: 'throughput, peers, parse floor', commands: [big, bigYaml, peer, floor].filter((cmd) => !cmd.skip), rounds: runs(5, 3), warmups: 0 },
    { name: 'finding-heavy ledger', commands: [old, oldYaml], rounds: runs(5, 3), warmups: 0 },
    { name: 'precise path', commands: [directive, unusual, broken, big], rounds: runs(3, 2), warmups: 0 },
    { name: 'precise path, 10,000 staff', commands: [precise, big10000], rounds: runs(3, 2), warmups: 0 },
    { name: 'many files (network-500)', commands: [many, manyYaml], rounds: runs(5, 3), warmups: 0 },
    { name: 'a network of 2,000 facilities', commands: [network], rounds: runs(3, 2), warmups: 0 },
    { name: 'workbook', commands: [book, bookExceljs], rounds: runs(5, 3), warmups: 1 },
    { name: 'hostile workbooks', commands: hostile, rounds: runs(3, 1), warmups: 0 },
  ];
  // --only <words>: the groups whose name holds them (e.g. `--only network`); the other rows say skipped.
  for (const group of groups.filter((candidate) => !options.only || candidate.name.includes(options.only))) {
    process.stderr.write(`measuring ${group.name} (${group.rounds} rounds)…\n`);
    measure(group.commands, group.rounds, group.warmups);
  }

  console.log(`\ndokodemo-check benchmark${options.quick ? ' (--quick)' : ''}`);
  console.log(machineLine());
  console.log(inputsLine(files));
  const note = staleDistNote();
  if (note) console.log(note);
  console.log('\n  ratios: median of per-run ratios, commands interleaved run by run');
  printRow(ratioRow('start-up', 'check ledger-50 / node -e 0', small, bare, '≤', 2));
  printRow(ratioRow('throughput', 'check ledger-20000 / js-yaml load', big, bigYaml, '≤', 2));
  printRow(ownRow('peak memory', 'check ledger-20000, max RSS', big, (cmd) => ({ value: `${cmd.peakMB.toFixed(0)} MB`, target: '≤ 400 MB', pass: cmd.peakMB <= 400 })));
  printRow(ratioRow('findings', 'check -f json ledger-20000-old / js-yaml load', old, oldYaml, '≤', 2));
  printRow(ownRow('findings mem', 'check -f json ledger-20000-old, max RSS', old, (cmd) => ({ value: `${cmd.peakMB.toFixed(0)} MB`, target: '≤ 400 MB', pass: cmd.peakMB <= 400 })));
  printRow(ratioRow('directive', 'check ledger-20000-yaml11 / check ledger-20000', directive, big, '≤', 3));
  printRow(ratioRow('precise', 'check ledger-10000-precise / check ledger-10000', precise, big10000, '≤', 3));
  printRow(ownRow('precise mem', 'check ledger-10000-precise, max RSS', precise, (cmd) => ({ value: `${cmd.peakMB.toFixed(0)} MB`, target: '≤ 1024 MB', pass: cmd.peakMB <= 1024 })));
  printRow(ratioRow('over 12 MB', 'check ledger-20000-unusual / check ledger-20000', unusual, big, '≤', 3));
  printRow(ratioRow('syntax error', 'check ledger-20000-broken / check ledger-20000', broken, big, '≤', 3));
  printRow(ownRow('error mem', 'check ledger-20000-broken, max RSS', broken, (cmd) => ({ value: `${cmd.peakMB.toFixed(0)} MB`, target: '≤ 1024 MB', pass: cmd.peakMB <= 1024 })));
  printRow(ratioRow('many files', 'check network-500/ / js-yaml load (500 files)', many, manyYaml, '≤', 1.6));
  printRow(ownRow('network', 'check network-2000/ (2,000 files), slowest s', network, (cmd) => {
    const slowest = Math.max(...times(cmd));
    return { value: `${slowest.toFixed(2)} s`, target: '≤ 10 s', pass: slowest <= 10 };
  }));
  printRow(ownRow('network mem', 'check network-2000/, max RSS', network, (cmd) => ({ value: `${cmd.peakMB.toFixed(0)} MB`, target: '≤ 600 MB', pass: cmd.peakMB <= 600 })));
  printRow(ratioRow('workbook', 'check ledger-2000.xlsx / exceljs load', book, bookExceljs, '≤', 2));
  // The network report (-f html, 500 facilities): its size, once (the time is the many-files row's).
  const htmlBytes = Buffer.byteLength(spawn(command('check -f html network-500/', [CLI, '--as-of', AS_OF, '-f', 'html', rel(join(DATA, 'network-500'))], { codes: [0, 1], stdout: /<\/html>/ })).stdout, 'utf8');
  printRow({ name: 'network html', what: 'check -f html network-500/ (500 files), size', value: mb(htmlBytes), target: '≤ 5 MB', pass: htmlBytes <= 5 * 1048576 });
  printRow(ratioRow('peers', 'Spectral (2 rules) / check, ledger-20000', peer, big, '≥', 3));
  printRow(ratioRow('parse floor', 'check / yaml parseDocument, ledger-20000', big, floor));
  for (const cmd of hostile) {
    printRow(ownRow('hostile', `${cmd.label.replace('check hostile/', '')}, slowest s / max RSS`, cmd, () => {
      const slowest = Math.max(...times(cmd));
      return { value: `${slowest.toFixed(2)} s ${cmd.peakMB.toFixed(0)} MB`, target: '≤ 5 s 512 MB', pass: slowest <= 5 && cmd.peakMB <= 512 };
    }));
  }
  printCommands([bare, small, big, bigYaml, peer, floor, old, oldYaml, directive, unusual, broken, big10000, precise, many, manyYaml, network, book, bookExceljs, ...hostile]);
}

try {
  main();
} catch (error) {
  console.error(`bench: ${error instanceof BenchError ? error.message : error.stack}`);
  process.exitCode = 2;
}
