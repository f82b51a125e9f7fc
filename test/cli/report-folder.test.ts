// `-f html -o <folder>/`: the network report and one page per facility, each holding that facility alone.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const EXAMPLES = ['examples/clinic-with-findings.yaml', 'examples/home-nursing-clean.yaml', 'examples/visiting-nurse-exceptions.yaml'];
const directory = mkdtempSync(join(tmpdir(), 'dokodemo-report-folder-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

it('writes index.html and one page per facility, each with that facility only', () => {
  const folder = join(directory, 'report/');
  const run = runCli(['--as-of', '2026-11-24', '-f', 'html', '-o', folder, ...EXAMPLES]);
  expect([run.code, run.stdout, run.stderr]).toEqual([1, '', '']);
  expect(readdirSync(folder).sort()).toEqual(['1-examples_clinic-with-findings.html', '2-examples_home-nursing-clean.html', '3-examples_visiting-nurse-exceptions.html', 'index.html']);
  const clinic = readFileSync(join(folder, '1-examples_clinic-with-findings.html'), 'utf8');
  expect(clinic).toContain('みどり在宅クリニック');
  expect(clinic).not.toContain('ひまわり訪問看護ステーション');
  expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('ひまわり訪問看護ステーション');
});

it('only html writes into a folder', () => {
  const run = runCli(['--as-of', '2026-11-24', '-f', 'json', '-o', join(directory, 'json/'), EXAMPLES[0]!]);
  expect([run.code, run.stderr]).toEqual([2, `dokodemo-check: only -f html writes into a folder (-o ${join(directory, 'json/')}); name a file instead\n`]);
});
