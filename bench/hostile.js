// The hostile workbooks of the test corpus (test/fixtures/bad/workbooks.ts), written once into
// bench/.data/hostile/ for `npm run bench`: each must end within 5 s and 512 MB (issue 26's bound).
// The corpus is TypeScript; it is loaded through ts-node in a child process, not copied here.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

/** The corpus entries measured: bombs the reader must bound, and a yaml: cell nested four million deep. */
const NAMES = [
  'zip-bomb.xlsx', 'lying-sizes.xlsx', 'too-many-cells.xlsx', 'directory-count-lie.xlsx', 'merged-too-much.xlsx',
  'merge-bomb.xlsx', 'thirty-thousand-merges.xlsx', 'validation-whole-sheet.xlsx', 'conditional-and-name-whole-sheet.xlsx',
];

const WRITER = `
  const { writeFileSync } = require('node:fs');
  const { join } = require('node:path');
  const corpus = require(${JSON.stringify(join(ROOT, 'test', 'fixtures', 'bad', 'workbooks.ts'))});
  const [directory, ...names] = process.argv.slice(1);
  const makers = { ...Object.fromEntries(Object.entries(corpus.HOSTILE_WORKBOOKS).map(([name, entry]) => [name, entry.make])), ...corpus.OTHER_WORKBOOKS };
  for (const name of names) writeFileSync(join(directory, name), makers[name]());
  // A yaml: cell of four million [ (36 KB once zipped): the same nesting guard as a YAML ledger.
  const cell = 'yaml:' + '['.repeat(4000000);
  writeFileSync(join(directory, 'yaml-bracket-bomb.xlsx'), corpus.book({ sheets: [{ name: '施設', xml: corpus.sheet('<row r="2"><c r="B2" t="inlineStr"><is><t>version</t></is></c><c r="C2" t="inlineStr"><is><t>' + cell + '</t></is></c></row>') }] }));
`;

/** The files, written if missing; their paths. */
function hostileWorkbooks(data) {
  const directory = join(data, 'hostile');
  const files = [...NAMES, 'yaml-bracket-bomb.xlsx'].map((name) => join(directory, name));
  if (files.every((file) => existsSync(file))) return files;
  mkdirSync(directory, { recursive: true });
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', WRITER, directory, ...NAMES], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`writing the hostile workbooks: ${(result.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
  return files;
}

module.exports = { hostileWorkbooks };
