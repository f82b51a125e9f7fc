#!/usr/bin/env node
// `node scripts/mutant-inputs.js <report.json> <src/file.ts> <probe.js>`: for writing the test that kills
// a surviving mutant. Builds each Survived or NoCoverage mutant of the file (from a Stryker JSON report)
// with esbuild, runs the probe's inputs through it and through the original, and prints which mutants
// each input tells apart, then the mutants no input does (candidates for "equivalent").
// The probe exports `inputs()` (a list) and `run(module, input)` (a JSON-serialisable result).
const { buildSync } = require('esbuild');
const { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const [reportFile, file, probeFile] = process.argv.slice(2);
if (!probeFile) {
  console.error('usage: node scripts/mutant-inputs.js <report.json> <src/file.ts> <probe.js>');
  process.exit(2);
}
const root = join(__dirname, '..');
const source = readFileSync(join(root, file), 'utf8');
const mutants = JSON.parse(readFileSync(reportFile, 'utf8')).files[file].mutants.filter((mutant) => ['Survived', 'NoCoverage'].includes(mutant.status));
const probe = require(resolve(probeFile));
const sandbox = mkdtempSync(join(tmpdir(), 'mutant-inputs-'));
cpSync(join(root, 'src'), join(sandbox, 'src'), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(sandbox, 'node_modules'));

function build(text, tag) {
  writeFileSync(join(sandbox, file), text);
  const outfile = join(sandbox, `${tag}.js`);
  buildSync({ entryPoints: [join(sandbox, file)], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
  return require(outfile);
}
const lineStarts = [0];
for (const line of source.split('\n')) lineStarts.push(lineStarts[lineStarts.length - 1] + line.length + 1);
const offset = ({ line, column }) => lineStarts[line - 1] + column - 1;
function outcome(module, input) {
  try {
    return JSON.stringify(probe.run(module, input));
  } catch (error) {
    return `throws ${error instanceof Error ? error.message : String(error)}`;
  }
}

const inputs = probe.inputs();
const original = build(source, 'original');
const expected = inputs.map((input) => outcome(original, input));
const told = inputs.map(() => []);
const label = (mutant) => `${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}`;
for (const mutant of mutants) {
  let module;
  try {
    module = build(source.slice(0, offset(mutant.location.start)) + mutant.replacement + source.slice(offset(mutant.location.end)), `mutant-${mutant.id}`);
  } catch {
    continue; // does not build: Stryker would count it as a compile error
  }
  inputs.forEach((input, index) => {
    if (outcome(module, input) !== expected[index]) told[index].push(label(mutant));
  });
}
inputs.forEach((input, index) => console.log(`${JSON.stringify(input)}\n  → ${expected[index].slice(0, 300)}\n  tells apart: ${told[index].join(', ') || '-'}`));
const toldApart = new Set(told.flat());
console.log(`\nNo input tells apart: ${mutants.map(label).filter((name) => !toldApart.has(name)).join(', ') || '-'}`);
rmSync(sandbox, { recursive: true, force: true });
