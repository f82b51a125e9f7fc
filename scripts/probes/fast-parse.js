// A probe for scripts/mutant-inputs.js on src/load/fast-parse.ts: every string in the test files that
// may be YAML, the examples and the bad-input corpus, and each with CRLF line ends, tabs after colons
// and a tab in its indentation; the outcome is the fast path's whole answer (value, positions, stop).
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');

function stringsIn(file) {
  const ts = require('typescript');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const filesUnder = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]));

let pool;
exports.inputs = () => {
  if (pool) return pool;
  const texts = new Set();
  for (const file of filesUnder(join(root, 'test')).filter((name) => name.endsWith('.ts'))) {
    for (const text of stringsIn(file)) if (/[:\-[{]/.test(text) && text.length < 20_000) texts.add(text);
  }
  for (const folder of ['examples', 'templates', 'test/fixtures/bad']) {
    for (const name of readdirSync(join(root, folder)).filter((entry) => /\.ya?ml$/.test(entry))) texts.add(readFileSync(join(root, folder, name), 'utf8'));
  }
  const variants = [...texts]
    .filter((text) => text.includes('\n') && text.length <= 2000)
    .flatMap((text) => [text.replace(/\n/g, '\r\n'), text.replace(/: /g, ':\t'), text.replace(/\n {2}/g, '\n \t')]);
  pool = [...texts, ...variants];
  return pool;
};

/** Every path into a value (at most 400): each node, one past each list's end, an absent key under each mapping. */
function pathsOf(value, path = []) {
  const paths = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
    paths.push([...path, value.length]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
    paths.push([...path, 'absent-key']);
  }
  return paths.slice(0, 400);
}

exports.run = (module, input) => {
  const stop = {};
  const result = module.parseFast(input, stop);
  if (result === undefined) return { aside: true, stop };
  if (!result.ok) return { problems: result.problems, stop };
  const { value, locate } = result.ledger;
  const json = JSON.stringify(value, (_key, item) => (typeof item === 'number' && !Number.isFinite(item) ? String(item) : item));
  return { value: json, positions: pathsOf(value).map((path) => [locate(path), locate(path, true)]), stop };
};
