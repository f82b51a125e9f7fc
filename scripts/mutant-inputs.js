#!/usr/bin/env node
// `node scripts/mutant-inputs.js <report.json> <src/file.ts> <probe.js> [line:column prefix]`: for
// writing the tests that kill surviving mutants. Builds each Survived or NoCoverage mutant of the file
// (from a Stryker JSON report) with esbuild, runs the probe's inputs through it and through the
// original, each mutant in its own process with a time limit (a mutant may loop), and prints a small
// set of inputs that tells apart the most mutants, each with the mutants it tells apart; then the
// mutants no input tells apart (candidates for "equivalent") and those that hung or crashed.
// The probe exports `inputs()` (a list) and `run(module, input)` (a JSON-serialisable result).
const { buildSync } = require('esbuild');
const { spawnSync } = require('node:child_process');
const { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const [reportFile, file, probeFile, only] = process.argv.slice(2);
if (!probeFile) {
  console.error('usage: node scripts/mutant-inputs.js <report.json> <src/file.ts> <probe.js> [line:column prefix]');
  process.exit(2);
}
const root = join(__dirname, '..');
const source = readFileSync(join(root, file), 'utf8');
const label = (mutant) => `${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} ${JSON.stringify(mutant.replacement).slice(0, 60)}`;
const mutants = JSON.parse(readFileSync(reportFile, 'utf8'))
  .files[file].mutants.filter((mutant) => ['Survived', 'NoCoverage'].includes(mutant.status))
  .filter((mutant) => !only || label(mutant).startsWith(only));
const sandbox = mkdtempSync(join(tmpdir(), 'mutant-inputs-'));
cpSync(join(root, 'src'), join(sandbox, 'src'), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(sandbox, 'node_modules'));

const lineStarts = [0];
for (const line of source.split('\n')) lineStarts.push(lineStarts[lineStarts.length - 1] + line.length + 1);
const offset = ({ line, column }) => lineStarts[line - 1] + column - 1;

/** The module built from `text` as a CommonJS file (.cjs: whatever package.json is near the sandbox). */
function build(text, tag) {
  writeFileSync(join(sandbox, file), text);
  const outfile = join(sandbox, `${tag}.cjs`);
  buildSync({ entryPoints: [join(sandbox, file)], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
  return outfile;
}

// Runs every input through a built module: prints all outcomes, or (given the original's) the indices that differ.
const child = join(sandbox, 'child.cjs');
writeFileSync(child, `
const probe = require(${JSON.stringify(resolve(probeFile))});
const [moduleFile, expectedFile] = process.argv.slice(2);
const target = require(moduleFile);
const expected = expectedFile ? JSON.parse(require('node:fs').readFileSync(expectedFile, 'utf8')) : undefined;
const out = [];
probe.inputs().forEach((input, index) => {
  let outcome;
  try { outcome = JSON.stringify(probe.run(target, input)); } catch (error) { outcome = 'throws ' + (error instanceof Error ? error.message : String(error)); }
  if (!expected) out.push(outcome);
  else if (outcome !== expected[index]) out.push(index);
});
process.stdout.write(JSON.stringify(out));`);
const runChild = (moduleFile, expectedFile) =>
  spawnSync(process.execPath, [child, moduleFile, ...(expectedFile ? [expectedFile] : [])], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 30 });

const original = runChild(build(source, 'original'));
if (original.status !== 0) throw new Error(`the original does not run the probe: ${original.stderr}`);
const expectedFile = join(sandbox, 'expected.json');
writeFileSync(expectedFile, original.stdout);

const toldApartBy = new Map(); // mutant label → input indices
const failed = [];
for (const mutant of mutants) {
  let moduleFile;
  try {
    moduleFile = build(source.slice(0, offset(mutant.location.start)) + mutant.replacement + source.slice(offset(mutant.location.end)), `mutant-${mutant.id}`);
  } catch {
    continue; // does not build: Stryker would count it as a compile error
  }
  const run = runChild(moduleFile, expectedFile);
  if (run.status === 0) toldApartBy.set(label(mutant), JSON.parse(run.stdout));
  else failed.push(`${label(mutant)} (${run.signal ?? `exit ${run.status}`})`);
}

// Greedy: the input that tells apart the most mutants left, shortest first among equals.
const inputs = require(resolve(probeFile)).inputs();
const left = new Map([...toldApartBy].filter(([, indices]) => indices.length > 0));
while (left.size > 0) {
  const counts = new Map();
  for (const indices of left.values()) for (const index of indices) counts.set(index, (counts.get(index) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || String(inputs[a[0]]).length - String(inputs[b[0]]).length)[0];
  const told = [...left].filter(([, indices]) => indices.includes(best)).map(([name]) => name);
  for (const name of told) left.delete(name);
  console.log(`${JSON.stringify(inputs[best])}\n  tells apart: ${told.join(' | ')}`);
}
console.log(`\nNo input tells apart: ${[...toldApartBy].filter(([, indices]) => indices.length === 0).map(([name]) => name).join(' | ') || '-'}`);
if (failed.length > 0) console.log(`Hung or crashed (a test with such an input would kill it by time-out or error): ${failed.join(' | ')}`);
rmSync(sandbox, { recursive: true, force: true });
