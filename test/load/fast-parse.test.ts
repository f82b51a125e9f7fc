// The fast path must agree with the precise path on every value and every position, or step aside.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { Document, isCollection, stringify, visit } from 'yaml';
import { parsePrecise } from '../../src/load/precise-parse';
import { parseLedger } from '../../src/load/parse';
import type { ParsedLedger } from '../../src/load/parse';
import type { FastPathStop } from '../../src/load/fast-parse';
import { SYNTAX_MESSAGES, unsupportedTag } from '../../src/load/syntax-messages';
import type { NodePath } from '../../src/types';
import { propertyOptions } from '../helpers/fast-check';
import { parseFastPerTest } from '../helpers/fresh';

const parseFast = parseFastPerTest();

/** Every path into a value: each node, plus one absent child under each collection. */
function pathsOf(value: unknown, path: NodePath = []): NodePath[] {
  const paths: NodePath[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
    paths.push([...path, value.length], [...path, 'absent']);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
    paths.push([...path, 'absent-key'], [...path, 0]);
  }
  return paths;
}

function positions(ledger: ParsedLedger): unknown[] {
  return pathsOf(ledger.value).map((path) => [path, ledger.locate(path), ledger.locate(path, true)]);
}

/** Whether the fast path read `text`, which it must read as the precise path does (false when it stepped aside; `stop` then says where). */
function agree(text: string, stop?: FastPathStop): boolean {
  const fast = parseFast(text, stop);
  if (fast === undefined) return false;
  const precise = parsePrecise(text);
  if (!fast.ok || !precise.ok) throw new Error(`the paths disagree on ${JSON.stringify(text)}: ${JSON.stringify([fast, precise])}`);
  expect(fast.ledger.value).toStrictEqual(precise.ledger.value);
  expect(positions(fast.ledger)).toEqual(positions(precise.ledger));
  return true;
}

const LEDGERS = ['examples/clinic-with-findings.yaml', 'examples/home-nursing-clean.yaml', 'examples/visiting-nurse-exceptions.yaml', 'templates/starter-ledger.yaml'];

describe('the fast path agrees with the precise path', () => {
  it.each(LEDGERS)('on %s, and on it with CRLF line endings', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(agree(text)).toBe(true);
    expect(agree(text.replace(/\n/g, '\r\n'))).toBe(true);
  });

  it.each([
    ['block and flow styles', 'a:\n  b: 1\n  c: [x, "y", \'z\']\nd: {e: f, g: [1, 2]}\nlist:\n- one\n-   two\n- - nested\n  - more\n'],
    ['empty values and nulls', 'a:\nb: ~\nc: null\nd:\n  e:\nf: [~, null]\ng:\n  - x:\n    y: 1\n'],
    ['comments everywhere', '# head\na: # after key\n  # before value\n  b: 1 # trailing\n\n# between\nc:   \n  - 1 # item\n'],
    ['block scalars', 'a: |\n  line one\n  line two\nb: >-\n  folded\n  text\nc: |+\n  keep\n\nd: 1\n'],
    ['multi-line plain scalars', 'a: one\n  two\n  three\nb:\n  four\n\n  five\n'],
    ['Japanese keys and values', '氏名: 田中 美咲\n所属: {部署: 訪問看護, 番号: 3}\n端末:\n  - 🏥 タブレット\n'],
    ['core schema scalars', 'a: [0o17, 0x1F, -0x1F, 0b101, 012, +12, -0, .5, -.5, 1e3, 1E-3, 1e400, .inf, -.Inf, .nan, True, FALSE, yes, no, Null, ~, 2026-11-23]\n'],
    ['quoted keys and odd key text', '"a b": 1\n\'c\': 2\nd-e_f.g: 3\n"": 4\n__proto__: {polluted: true}\nconstructor: 5\n'],
    ['a top-level list', '- 1\n- a: 2\n- [3]\n- {b: 4}\n'],
    ['a top-level scalar after comments', '# c\n\n  42\n'],
    ['a document marker and an end marker', '---\na: 1\n...\n'],
    ['an end marker after nested mappings', 'a:\n  b:\n    c: 1\n...\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['compact nested sequences and mappings', '- - - deep\n- a: 1\n  b:\n  - x\n  -  y\n'],
    ['an empty file and a comment-only file', ''],
    ['anchors and aliases', 'a: &x 1\nb: *x\nc: &m\n  d: [&s 2, *s]\nf: &e []\ng: [*e, *e]\n&k h: *k\ni: &n {j: 3}\nk: *n\n'],
    ['an anchor on an empty value, and an alias to it', 'a: &x\nb: *x\nc: &y  # comment\n  1\n'],
    ['core schema tags', 'a: !!str 1\nf: !!map {g: !!seq [! 4]}\nh: &x !!str 5\ni: !!str &y 6\nj: !!seq\n- !!map\n  k: 7\n'],
    ['core schema tags on scalars that fit them or not', 'a: [!!int 1, !!int "2", !!int 0x1F, !!int 1.5, !!int x]\nb: [!!float 3, !!float 3.5, !!float 1e3, !!float .nan, !!float -.inf, !!float x]\nc: [!!bool true, !!bool yes, !!null ~, !!null null, !!null x, !!str 0o7]\n'],
    ['a byte order mark inside a line', 'a: x\ufeffy # \ufeff\nb: "\ufeff"\n'],
    ['a %YAML 1.2 directive', '# head\n%YAML 1.2\n---\na: 1\nb: [2]\n'],
    ['a %TAG directive for a named handle that no tag uses', '%TAG !e! tag:example.com,2026:\n---\na: 1\nb: !!str 2\n'],
    ['%TAG and %YAML directives with comments between', '# head\r\n%TAG !e! tag:example.com,2026: # ours\r\n\r\n%YAML 1.2\r\n%TAG !my-app! !local-\r\n---\r\na: [1, &x !!int 2, *x]\r\n'],
    ['flow items that open a block item', 'a:\n  - {x: 1, y: [2, 3]}\n  - [4, {z: 5}]\n  - []\n  - {}\n'],
    ['%TAG !! with the core prefix (what `!!` already means)', '%TAG !! tag:yaml.org,2002:\n---\na: !!str 1\nb: [!!int 2, !!float 3.5, !!bool true, !!null ~]\nc: !!map {d: !!seq [4]}\n'],
    ['%YAML 1.1 (the precise path reads it with the core schema, no merge keys)', '%YAML 1.1\n---\na: [yes, no, on, 012, 0o17, 0x1F, 1_000, 0b101, 1:20, 2026-11-26, .inf, ~, "\\/", "\\N\\_"]\nb: "x\u2028y"\nc: x\u0085y\nd: &m {e: 1}\nf:\n  <<: *m\n  g: 2\n'],
    ['a %TAG directive that redefines ! as itself, or as a prefix no tag uses', '%TAG ! !\n---\na: 1\n'],
    ['%YAML 1.0 and 1.3 (the `yaml` package warns and reads them as 1.2)', '%YAML 1.3\n---\na: [yes, 012]\n'],
    ['a %TAG directive that redefines !, and %YAML 1.1, with no tag', '%TAG ! tag:example.com,2026:\n%YAML 1.1\n---\na: 1\nb: [x, 2]\n'],
    ['quoted text over several lines with later lines starting with # (text, not comments)', 'a:\n  b: "x\n    # y\n    #z"\n  c: \'p\n    #q\'\n  d: 1\n'],
    ['%TAG !! with another prefix that no tag uses', '# head\r\n%TAG !! tag:example.com,2026: # ours\r\n%YAML 1.2\r\n---\r\na: 1\r\nb: [! 2]\r\n'],
    ['blank and comment lines with tabs between entries', 'a:\n  b: 1\n\t\n  c: 2\n \t \nd:\n\t# note\n  - 3\n  \t# note\n  - 4\ne: 5\n\t\n'],
    ['a tab-indented comment line after an empty value', 'a:\n\t# note\nb: 1\n'],
    ['tab lines before a nested collection', 'a:\n\t\n  b: 1\nc: &x\n\t\n  - 2\n'],
    ['tabs inside block scalars, after the indentation', 'a: |\n  x\n  \ty\n  \t\tz\nb: >-\n  \tone\n  two\t\n'],
    ['tabs after a block item indicator and after a key', '-\ta\n- b:\t1\n  c: \t2\n'],
    ['a tab line before a top-level flow collection', '# c\n\t\n[1, 2]\n'],
    ['a byte order mark at the start of a line inside the document', 'a: 1\n\ufeffb: 2\nc: |\n  x\n  \ufeffy\n'],
    ['a byte order mark at a line start after ---', '---\n\ufeffa: 1\n'],
    ['an alias to a node that holds an alias', 'a: &x 1\nb: &y [*x, 2]\nc: *y\nd: {e: *y}\n'],
    ['alias chains up to the alias limit (1 + 9 uses × 10 = 100)', `a: &x 1\nb: &y [${Array(9).fill('*x').join(', ')}]\nc: [${Array(9).fill('*y').join(', ')}]\n`],
    ['99 aliases to one anchor (1 + 99 = 100)', `a: &x 1\nb: [${Array(99).fill('*x').join(', ')}]\n`],
    ['nested aliases reached through several paths', 'a: &x [1]\nb: &y {k: *x, l: [*x, *x]}\nc: &z [*y, *y]\nd: *z\ne: {f: *z}\n'],
    ['flow collections over several lines, indented deeper than their key or dash', 'a: [x,\n  y]\nb:\n  c: {d: 1,\n     e: [2,\n       3]}\nf:\n  - [4,\n    5]\n  - g: [6,\n      7]\n'],
    ['a flow collection over several lines, closed at its key\'s column (JSON style)', 'a: [\n  x,\n  {y: 1,\n   z: 2},\n]\nb: {\n  c: [1, 2],\n\n  d: 3\n}\n'],
    ['comment lines inside a flow collection over several lines, at any column', 'a: [x, # c\n  # d\n# e\n  y # f\n  ]\nb: {c: 1,\n\n  # g\n  d: [2,\n    # h\n    3]}\n'],
    ['quoted text over several lines, indented deeper than its key or dash', 'a: "x\n  y"\nb: \'p\'\'\n  q\'\nc:\n  - "r\\\n    s\n\n    t"\n  - d: ["u\n      v", w]\n'],
    ['empty list items (no text of their own: located at the list, as `key:` is)', 'a:\n-\n- 1\n-  # none\nb:\n  - - x\n    -\n    - y\n  -\n  - {c: []}\n'],
    ['an empty list item before a tab line and at the end', 'a:\n  -\n\t\n  - 1\n  -'],
    ['an anchor redefined, each alias taking the latest', 'a: &x 1\nb: *x\nc: &x [2]\nd: *x\ne: &y [*x]\nf: *y\n'],
  ])('on %s', (_name, text) => {
    expect(agree(text)).toBe(true);
  });

  it('reads a comment-only file as an empty document', () => {
    expect(agree('# nothing here\n')).toBe(true);
  });
});

describe('the fast path steps aside', () => {
  it.each([
    ['a self-referencing alias', 'a: &x [1, *x]\n'],
    ['an alias to a node still open, after an anchor of the same name', 'a: &x 1\nb: &x [*x]\n'],
    ['100 aliases to one anchor (1 + 100 uses is over the limit)', `a: &x 1\nb: [${Array(100).fill('*x').join(', ')}]\n`],
    ['an alias chain over the limit (1 + 10 uses × 10)', `a: &x 1\nb: &y [${Array(9).fill('*x').join(', ')}]\nc: [${Array(10).fill('*y').join(', ')}]\n`],
    ['an alias bomb', `a: &a [1, 1]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: &d [*c, *c, *c, *c]\n`],
    ['a tag written with a %TAG handle', '%TAG !e! tag:example.com,2026:\n---\na: !e!str 1\n'],
    ['a %TAG directive that redefines !! to another prefix, and a tag using it', '%TAG !! tag:example.com,2026:\n---\na: !!str 1\n'],
    ['a %TAG !! prefix that turns a tag js-yaml would not read into a core one', '%TAG !! tag:yaml.org,2002:s\n---\na: !!tr 1\n'],
    ['a %TAG !! prefix with a % escape (js-yaml decodes it, the yaml package does not)', '%TAG !! tag:yaml.org%2C2002:\n---\na: !!int 1\n'],
    ['%TAG !! declared twice', '%TAG !! tag:yaml.org,2002:\n%TAG !! tag:yaml.org,2002:\n---\na: 1\n'],
    ['a %TAG directive that redefines !', '%TAG ! tag:example.com,2026:\n---\na: !str 1\n'],
    ['a %TAG directive that redefines !, and a non-specific tag (js-yaml reads `!` through the prefix)', '%TAG ! tag:example.com,2026:\n---\na: ! 1\n'],
    ['a %TAG handle declared twice', '%TAG !e! tag:a:\n%TAG !e! tag:b:\n---\na: 1\n'],
    ['a %TAG handle js-yaml does not read', '%TAG !e1! tag:a:\n---\na: 1\n'],
    ['a %TAG directive after a document', 'a: 1\n...\n%TAG !e! tag:a:\n---\nb: 2\n'],
    ['a tag outside the core schema', 'a: !!binary aGVsbG8=\n'],
    ['a local tag', 'a: !foo 1\n'],
    ['quoted text whose later line is not indented deeper than its key', 'a:\n  b: "x\n  y"\n'],
    ['a quoted key over several lines', '"x\n  y": 1\n'],
    ['quoted text with a tab-indented later line', 'b: "x\n\ty"\n'],
    ['a blank line after an escaped line break in quoted text (js-yaml reads "xz", the yaml package "x z")', 'a: "x\\\n\n  z"\n'],
    ['a flow collection whose later line is not indented deeper than its key (js-yaml reads it, the yaml package does not)', 'a:\n  b: [x,\n  y]\n'],
    ['a flow collection over several lines with a tab-indented line', 'b: [x,\n\ty]\n'],
    ['an inner flow collection closed at the outer key\'s column', 'a: [[x,\n]]\n'],
    ['a comment right after a flow node', 'b: [x]# no space\n'],
    ['a tag on an empty value', 'a: !!null\n'],
    ['a directive for a version js-yaml refuses', '%YAML 2.0\n---\na: yes\n'],
    ['a second %YAML directive', '%YAML 1.1\n%YAML 1.2\n---\na: yes\n'],
    ['a lone carriage return (parseLedger turns it into a line feed first)', 'a: 1\rb: 2\n'],
    ['a byte order mark at the start of the text', '\ufeffa: 1\n'],
    ['a byte order mark at a line start before the document (the yaml package drops it)', '# c\n\ufeffa: 1\n'],
    ['a byte order mark at a line start after a directive', '%YAML 1.2\n\ufeff---\na: 1\n'],
    ['a byte order mark at a line start after an end marker', 'a: 1\n...\n\ufeff# c\n'],
    ['a tab line after an empty value (the yaml package refuses it)', 'a:\n  b:\n\t\n  c: 1\n'],
    ['a tab line after an anchor with no value', 'a: &x\n \t \nb: 1\n'],
    ['a tab line after a block scalar, less indented', 'a: |\n  x\n\t\nb: 1\n'],
    ['a tab-indented comment right after a block scalar', 'a: |\n  x\n\t# c\nb: 1\n'],
    ['a tab line inside a plain scalar over several lines', 'a: x\n\t\n  y\n'],
    ['a last line of a tab and no line break, after an indented comment (the yaml package refuses it)', 'a:\n  b: x\n  # c\n\t'],
    ['a tab before the top node', '\ta\n'],
    ['a tab before the top node after ---', '---\n  \ta: 1\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['a tab before a block mapping in a list item', '- \tb: 1\n  c: 2\n'],
    ['a tab line after an empty value at the end (read alike, but left to the precise path)', 'a:\n\t\n'],
    ['a document marker glued to text', '---x\n'],
    ['a block mapping on the document marker line (the yaml package refuses it)', '--- name: null\n'],
    ['a non-specific tag on an empty value (the yaml package reads "")', 'a: !\n'],
    ['an empty explicit key (js-yaml reads the key "null", the yaml package "")', 'a: 1\n?\n'],
    ['a collection as a key', '? [b]\n: 2\n'],
    ['a flow mapping key with no value', '{a, b: 1}\n'],
    ['an empty list item next to a null one (which is which is not known)', 'a:\n-\n- ~\n'],
    ['an empty list item in a compact nested list, then a less indented item (js-yaml takes it into the inner list)', '- - a\n  -\n- b\n'],
    ['keys that look like array indexes, out of order', 'b: 1\n"1": 2\n'],
    ['a key over 1000 characters', `${'k'.repeat(1100)}: 1\n`],
    ['a pair inside a flow sequence', 'a: [b: 1]\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a syntax error', 'a: "open\n'],
    ['a NUL byte', 'a: 1\u0000\n'],
  ])('for %s', (_name, text) => {
    expect(parseFast(text)).toBeUndefined();
  });

  it('reports nesting deeper than 100 levels itself, at the node that goes too deep', () => {
    const result = parseFast(`a: ${'['.repeat(200)}${']'.repeat(200)}\n`);
    expect(result).toEqual({ ok: false, problems: [{ position: { line: 1, column: 103 }, message: expect.objectContaining({ en: expect.stringMatching(/^The nesting is too deep \(100 levels at most\)/) }) }] });
  });
});

describe('what the fast path leaves to the precise path is still judged there (parseLedger)', () => {
  it.each([
    ['100 aliases to one anchor', `a: &x 1\nb: [${Array(100).fill('*x').join(', ')}]\n`, { line: 2, column: 5 }],
    ['an alias chain over the limit', `a: &x 1\nb: &y [${Array(9).fill('*x').join(', ')}]\nc: [${Array(10).fill('*y').join(', ')}]\n`, { line: 2, column: 8 }],
    ['an alias bomb', 'a: &a [1, 1]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: &d [*c, *c, *c, *c]\ne: [*d, *d, *d, *d]\n', { line: 2, column: 8 }],
  ])('%s is refused as too many aliases', (_name, text, position) => {
    expect(parseFast(text)).toBeUndefined();
    expect(parseLedger(text)).toEqual({ ok: false, problems: [{ position, message: SYNTAX_MESSAGES.tooManyAliases }] });
  });

  it('a tag read through a %TAG !! prefix other than the core one is named as written', () => {
    const text = '%TAG !! tag:example.com,2026:\n---\na: 1\nb: !!str 2\n';
    expect(parseFast(text)).toBeUndefined();
    expect(parseLedger(text)).toEqual({ ok: false, problems: [{ position: { line: 4, column: 10 }, message: unsupportedTag('tag:example.com,2026:str') }] });
  });

  it('a blank line with a tab after an empty value is a tab-indentation error', () => {
    expect(parseLedger('a:\n  b:\n\t\n  c: 1\n')).toEqual({ ok: false, problems: [{ position: { line: 3, column: 1 }, message: expect.objectContaining({ en: expect.stringContaining('Indent with spaces, not tabs') }) }] });
  });
});

// ---- Generated documents: whatever the fast path accepts, the precise path reads the same way.

const key = fc.oneof(
  fc.constantFrom('name', 'id', 'devices', '氏名', 'a b', '1', '0', 'true', 'null', '__proto__', 'x-note', '-', '#', ''),
  fc.string({ maxLength: 6 }),
);
const scalar = fc.oneof(
  fc.constantFrom('2026-11-23', 'yes', 'はい', '0x1F', '-.5', '1e400', '~', '', ' lead', 'a: b', '# c', '- d', '"q"', "'q'", '田中 美咲', 'line\nbreak'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('tree'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
}));

const style = fc.record({
  flowLevel: fc.integer({ min: -1, max: 3 }),
  indent: fc.integer({ min: 1, max: 4 }),
  quotingType: fc.constantFrom<'"' | "'">('"', "'"),
  forceQuotes: fc.boolean(),
  crlf: fc.boolean(),
  writer: fc.constantFrom('js-yaml', 'yaml'),
});

type Style = { flowLevel: number; indent: number; quotingType: '"' | "'"; forceQuotes: boolean; crlf: boolean; writer: string };

function write(value: unknown, options: Style): string {
  const text = options.writer === 'yaml'
    ? stringify(value, { indent: options.indent + 1, collectionStyle: options.flowLevel === 0 ? 'flow' : 'any' })
    : dump(value, { flowLevel: options.flowLevel, indent: options.indent, quotingType: options.quotingType, forceQuotes: options.forceQuotes, noRefs: true });
  return options.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Small edits of the kind people make by hand: a character dropped, doubled or typed in. */
const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('drop', 'double', 'insert'), char: fc.constantFrom(' ', '\n', ':', '-', '#', '"', "'", '[', '{', ',', '&', '*', '!', '?', '|', '>', '\t', 'x', '全', '\ufeff') });

function applyEdit(text: string, { at, kind, char }: { at: number; kind: string; char: string }): string {
  const index = text.length === 0 ? 0 : at % text.length;
  if (kind === 'drop') return text.slice(0, index) + text.slice(index + 1);
  if (kind === 'double') return text.slice(0, index) + text.charAt(index) + text.slice(index);
  return text.slice(0, index) + char + text.slice(index);
}

describe('generated documents', () => {
  it('agree whenever the fast path accepts them', () => {
    fc.assert(fc.property(tree, style, (value, options) => {
      agree(write(value, options));
    }), propertyOptions(20261126, 300));
  });

  it('agree after hand-made edits, or step aside', () => {
    const ledger = readFileSync('examples/clinic-with-findings.yaml', 'utf8');
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      agree(edits.reduce(applyEdit, ledger));
    }), propertyOptions(20261127, 300));
  });

  it('agree on edited generated documents', () => {
    fc.assert(fc.property(tree, style, fc.array(edit, { minLength: 1, maxLength: 2 }), (value, options, edits) => {
      agree(edits.reduce(applyEdit, write(value, options)));
    }), propertyOptions(20261128, 300));
  });
});

/** Share checks need the default number of runs; a mutation run's few (FC_NUM_RUNS) check agreement only. */
function expectShare(part: number, whole: number, above: number, options: { numRuns?: number }): void {
  if ((options.numRuns ?? 0) >= 100) expect(part / whole).toBeGreaterThan(above);
}

/** Lines with tabs, BOMs at line starts, empty list items and a `%TAG !!` header: once the precise path's alone, now read on the fast path where both parsers agree. */
const widening = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('tab line', 'tab comment', 'bom', 'tab after indent', 'empty item'),
  text: fc.constantFrom('\t', '  \t', '\t  ', ' \t \t', '\t# note', '  \t# 備考\t'),
});

function applyWidening(text: string, { at, kind, text: inserted }: { at: number; kind: string; text: string }): string {
  const lines = text.split('\n');
  const index = at % lines.length;
  const line = lines[index]!;
  if (kind === 'bom') lines[index] = `\ufeff${line}`;
  else if (kind === 'empty item') lines.splice(index, 0, `${/^[ -]*- /.exec(line)?.[0].slice(0, -2) ?? ''}-${inserted.includes('#') ? ' # none' : ''}`);
  else if (kind === 'tab after indent') lines[index] = line.replace(/^( *)/, `$1${inserted.replace(/#.*/, '')}`);
  else lines.splice(index, 0, kind === 'tab line' ? inserted.replace(/#.*/, '') : inserted);
  return lines.join('\n');
}

const TAG_CORE = '%TAG !! tag:yaml.org,2002:\n---\n';

describe('generated documents with tabs, BOMs, empty list items and %TAG !!', () => {
  /** Agrees, or steps aside; counts the texts the precise path reads, and how many of them the fast path read itself. */
  function check(text: string, counter: { read: number; valid: number }): void {
    if (agree(text)) counter.read++;
    else if (!parsePrecise(text).ok) return;
    counter.valid++;
  }

  it('agree whenever the fast path accepts them, and the fast path reads more than half of the valid ones', () => {
    const options = propertyOptions(20261129, 300);
    const counter = { read: 0, valid: 0 };
    fc.assert(fc.property(tree, style, fc.array(widening, { minLength: 1, maxLength: 3 }), fc.boolean(), (value, options, edits, tagged) => {
      const text = edits.reduce(applyWidening, write(value, options));
      check(tagged ? TAG_CORE + text : text, counter);
    }), options);
    expectShare(counter.read, counter.valid, 0.5, options); // top-level scalars and odd shapes still step aside
  });

  it('agree on a real ledger with such lines, and the fast path reads nearly all the valid ones', () => {
    const ledger = readFileSync('examples/clinic-with-findings.yaml', 'utf8');
    const options = propertyOptions(20261130, 300);
    const counter = { read: 0, valid: 0 };
    fc.assert(fc.property(fc.array(widening, { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, tagged) => {
      const text = edits.reduce(applyWidening, ledger);
      check(tagged ? TAG_CORE + text : text, counter);
    }), options);
    expectShare(counter.read, counter.valid, 0.9, options);
  });
});

// ---- Flow collections over several lines, as the `yaml` package writes them when they do not fit a line.

describe('generated documents with flow collections over several lines', () => {
  it('agree whenever the fast path accepts them, and the fast path reads about half of them', () => {
    const options = propertyOptions(20261132, 300);
    let read = 0;
    let multiLine = 0;
    const comment = fc.record({ at: fc.nat(), indent: fc.nat({ max: 8 }) });
    fc.assert(fc.property(tree, fc.integer({ min: 2, max: 4 }), fc.integer({ min: 24, max: 60 }), fc.integer({ min: 0, max: 2 }), fc.array(comment, { maxLength: 3 }), (value, indent, lineWidth, blockLevels, comments) => {
      const document = new Document(value);
      visit(document, { Collection: (_key, node, path) => { if (isCollection(node) && path.length >= 2 * blockLevels) node.flow = true; } });
      const lines = document.toString({ indent, lineWidth, minContentWidth: 0 }).split('\n');
      // Comment lines between a flow collection's items, at any column.
      for (const { at, indent: column } of comments) {
        const index = at % lines.length;
        if (/[[{,]$/.test(lines[index]!)) lines.splice(index + 1, 0, `${' '.repeat(column)}# note`);
      }
      const text = lines.join('\n');
      if (!/[[{,]\n/.test(text)) return;
      multiLine++;
      if (agree(text)) read++;
    }), options);
    // The rest: quoted text folded over lines, keys such as "0" out of order.
    expectShare(multiLine, options.numRuns!, 0.2, options);
    expectShare(read, multiLine, 0.4, options);
  });
});

describe('generated quoted text over several lines', () => {
  // Later lines with `#` (text, not a comment, inside quotes), escapes, a `\` before a line break,
  // blank lines and tabs, at indents around the key's: where the two parsers part, the fast path steps aside.
  const piece = fc.constantFrom('x', '# y', '#', ' ', '\\"', '\\n', '\\', "''", 'a b', '\t', '"', "'");
  const line = fc.record({ indent: fc.constantFrom(0, 2, 3, 4, 6), text: fc.array(piece, { minLength: 1, maxLength: 3 }) });
  const quoted = fc.record({
    quote: fc.constantFrom('"', "'"),
    first: fc.constantFrom('a', '#', '', ' '),
    lines: fc.array(line, { minLength: 1, maxLength: 4 }),
    at: fc.constantFrom('k: ', '- ', 'a:\n  k: ', 'a:\n  - '),
    after: fc.constantFrom('', 'z: 1\n', '  z: 1\n'),
  });

  it('agree whenever the fast path reads them, and the fast path reads a tenth of them (many are not YAML)', () => {
    const options = propertyOptions(20261133, 300);
    let read = 0;
    fc.assert(fc.property(quoted, ({ quote, first, lines, at, after }) => {
      const body = lines.map(({ indent, text }) => ' '.repeat(indent) + text.join('')).join('\n');
      const text = `${at}${quote}${first}\n${body}${quote}\n${after}`;
      const fast = parseFast(text);
      if (fast === undefined || !fast.ok) return;
      const precise = parsePrecise(text);
      expect(precise.ok).toBe(true);
      if (precise.ok) expect([fast.ledger.value, positions(fast.ledger)]).toEqual([precise.ledger.value, positions(precise.ledger)]);
      read++;
    }), options);
    expectShare(read, options.numRuns!, 0.1, options);
  });
});

// ---- Aliases: whatever the fast path accepts, the `yaml` package's alias limit lets through.

const anchoredNode = fc.record({
  name: fc.nat({ max: 3 }), // few names: some anchors are redefined
  style: fc.constantFrom('scalar', 'block list', 'flow list', 'map'),
  refs: fc.array(fc.nat(), { maxLength: 12 }),
});

/** Anchored nodes, each aliasing earlier ones, then uses of them: chains, fans and bombs. */
function aliasDocument(nodes: Array<{ name: number; style: string; refs: number[] }>, uses: number[]): string {
  const names: string[] = [];
  const lines = nodes.map(({ name, style, refs }, index) => {
    const aliases = index === 0 ? [] : refs.map((ref) => `*${names[ref % index]}`);
    names.push(`a${name}`);
    if (style === 'scalar' || aliases.length === 0) return `n${index}: &a${name} ${index}`;
    if (style === 'flow list') return `n${index}: &a${name} [${aliases.join(', ')}]`;
    if (style === 'block list') return `n${index}: &a${name}\n${aliases.map((alias) => `  - ${alias}`).join('\n')}`;
    return `n${index}: &a${name}\n${aliases.map((alias, at) => `  k${at}: ${alias}`).join('\n')}`;
  });
  return `${lines.join('\n')}\nuses: [${uses.map((use) => `*${names[use % names.length]}`).join(', ')}]\n`;
}

describe('generated alias chains', () => {
  it('agree whenever the fast path accepts them; the rest the precise path reads or refuses as too many aliases', () => {
    const options = propertyOptions(20261131, 300);
    const seen = { read: 0, refused: 0, stepped: 0 };
    fc.assert(fc.property(fc.array(anchoredNode, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 40 }), (nodes, uses) => {
      const text = aliasDocument(nodes, uses);
      if (agree(text)) seen.read++;
      else if (parsePrecise(text).ok) seen.stepped++;
      else {
        expect(parseLedger(text)).toEqual({ ok: false, problems: [expect.objectContaining({ message: SYNTAX_MESSAGES.tooManyAliases })] });
        seen.refused++;
      }
    }), options);
    // Both sides of the bound are reached: chains read on the fast path, bombs refused on the precise one.
    expectShare(seen.read, options.numRuns!, 0.3, options);
    expectShare(seen.refused, options.numRuns!, 0.05, options);
  });
});

describe('the nesting limit (100 levels) is the same on both paths', () => {
  /** `b:` holds `brackets` nested lists: the top mapping is level 1, the innermost list level brackets + 1. */
  const nested = (brackets: number, anchor = '') => `a: ${anchor}1\nb: ${'['.repeat(brackets)}${']'.repeat(brackets)}\n`;

  it.each([
    ['block style', (brackets: number) => nested(brackets)],
    ['with a byte order mark at a line start (the precise path reads it)', (brackets: number) => `\ufeff${nested(brackets)}`],
  ])('%s', (_name, text) => {
    const parse = (source: string) => parseFast(source) ?? parsePrecise(source);
    expect(parse(text(99)).ok).toBe(true);
    const refused = parse(text(100));
    expect(refused).toEqual({ ok: false, problems: [{ position: { line: 2, column: 103 }, message: expect.objectContaining({ en: expect.stringContaining('too deep (100 levels at most)') }) }] });
    expect(parse(text(100_000))).toEqual({ ok: false, problems: [expect.objectContaining({ message: refused.ok ? undefined : refused.problems[0]!.message })] });
  });

  it('the fast path itself refuses, without stepping aside', () => {
    expect(parseFast(nested(100))?.ok).toBe(false);
    expect(parseFast(nested(100, '&x '))?.ok).toBe(false);
    const precise = `\ufeff${nested(100)}`;
    expect(parseFast(precise)).toBeUndefined();
    expect(parsePrecise(precise).ok).toBe(false);
  });
});

// Each decision of the fast path beside its nearest variant that goes the other way (found by mutation
// testing: each case tells a surviving mutant of src/load/fast-parse.ts from the original).
describe('the fast path at the edge of each of its decisions', () => {
  const mapping = (size: number) => Array.from({ length: size }, (_, index) => `k${index}: ${index}\n`).join('');

  it('keys JavaScript does not order first are read in place: a leading zero, letters after digits, 2^32 − 1', () => {
    expect(agree('b: 1\n"4294967295": 2\n"01": 3\n"1a0": 4\n"1a": 5\n')).toBe(true);
  });

  it.each(['0', '9', '4294967294'])('a key JavaScript orders first (%s) steps aside', (key) => {
    expect(parseFast(`b: 1\n"${key}": 2\n`)).toBeUndefined();
  });

  it.each([64, 65])('a mapping of %i keys: every key and an absent one located (searched, then indexed)', (size) => {
    expect(agree(mapping(size))).toBe(true);
    expect(agree(`top:\n${mapping(size).replace(/^/gm, '  ')}`)).toBe(true);
  });

  it.each(['a: # c', 'a:\n  # c', '- # c', 'a: &x', 'a: &x # c', '- &x'])('a comment or an anchor that ends the text with no line break: %j', (text) => {
    expect(agree(text)).toBe(true);
  });

  // `taken`: the fast path reads it, exactly as the precise path does; otherwise where it stopped: the
  // node it stepped aside at (`asideAt`), js-yaml's error and the list item around it, or `{}` when
  // the text is left to the precise path before reading (a BOM or a tab before the top node, text on the `---` line).
  it.each([
    ["a: [!!int 1, !!int \"2\", !!int 0x1F, !!int 1.5, !!int x]\nb: [!!float 3, !!float 3.5, !!float 1e3, !!float .nan, !!float -.inf, !!float x]\nc: [!!bool true, !!bool yes, !!null ~, !!null null, !!null x, !!str 0o7]\n", 'taken'],
    ["a: [0o17, 0x1F, -0x1F, 0b101, 012, +12, -0, .5, -.5, 1e3, 1E-3, 1e400, .inf, -.Inf, .nan, True, FALSE, yes, no, Null, ~, 2026-11-23]\n", 'taken'],
    ["b: 1\n\"4294967295\": 2\n\"01\": 3\n\"1a0\": 4\n\"1a\": 5\n", 'taken'],
    ["a:\r\n\t\r\n", { asideAt: 7 }],
    ["# c\n\ufeffa: 1\n", {}],
    ["# head\r\n%TAG !! tag:example.com,2026: # ours\r\n%YAML 1.2\r\n---\r\na: 1\r\nb: [! 2]\r\n", 'taken'],
    ["- &x", 'taken'],
    ["\"x\n  y\": 1\n", { asideAt: 0 }],
    ["- a\n \t- - x", { asideAt: 2 }],
    ["a: !!str 1\r\nf: !!map {g: !!seq [! 4]}\r\nh: &x !!str 5\r\ni: !!str &y 6\r\nj: !!seq\r\n- !!map\r\n  k: 7\r\n", 'taken'],
    ["---\n\ufeffa: 1\n", 'taken'],
    ["x: [a #[[[[\n]", 'taken'],
    ["a: \"x\\\r\n\r\n  z\"\r\n", { asideAt: 3 }],
    ["a: |\n  x\n\t\nb: 1\n", { asideAt: 3 }],
    ["%YAML 1.2\n\ufeff---\na: 1\n", {}],
    ["a: [\n \tx,\n \t{y: 1,\n \t z: 2},\n]\nb: {\n \tc: [1, 2],\n\n \td: 3\n}\n", { asideAt: 12 }],
    ["a: [x, # c\n \t# d\n# e\n \ty # f\n \t]\nb: {c: 1,\n\n \t# g\n \td: [2,\n \t  # h\n \t  3]}\n", { asideAt: 3 }],
    ["[5]", 'taken'],
    ["-0.5", 'taken'],
    ["- [[[", { at: 6, reason: 'unexpected end of the stream within a flow collection', item: { itemLineStart: 0 } }],
    ["{file}", { asideAt: 0 }],
    ["a:\t1\nb:\t", 'taken'],
    ["a:\n \t[[[", { at: 9, reason: 'unexpected end of the stream within a flow collection' }],
    ["a:\n-\n- ~\n", { asideAt: 3 }],
    ["a: !!null\n", { at: 10, reason: 'cannot resolve a node with !<tag:yaml.org,2002:null> explicit tag' }],
    ["a: x\n\t\n  y\n", { asideAt: 3 }],
    ["---\n  \ta: 1\n", {}],
    ["# c\n\t\n[1, 2]\n", 'taken'],
    ["yaml:{ a: [1] }", { at: 14, reason: 'bad indentation of a mapping entry' }],
    ["  - a: 1\n \t  b: 2\n", { at: 13, reason: 'end of the stream or a document separator is expected' }],
    ["a: |\n  x\n\t# c\nb: 1\n", { asideAt: 3 }],
    ["a:\t1\n  - mfa.x-y_1:true # c\n", 'taken'],
    ["%TAG !! tag:yaml.org,2002:s\n---\na: !!tr 1\n", { asideAt: 35 }],
    ["a:\n-\n- 1\n-  # none\nb:\n \t- - x\n \t  -\n \t  - y\n \t-\n \t- {c: []}\n", { at: 24, reason: 'bad indentation of a mapping entry' }],
    ["a: [truex, Falsy]\n", 'taken'],
    ["a: !!int 1\nb: !!float 1.5\nc: !!bool true\nd: !!null ~\ne: !!map {x: 1}\nf: !!seq [1]\ng: !!str s\n", 'taken'],
    ["- k: [a,\n  b]\n", { asideAt: 5 }],
    ["  # c\n\ta\n", {}],
    ["\"x\n  y\" : 1\n", { asideAt: 0 }],
    ["- ?\n", { asideAt: 2 }],
    ["a: &x\t1\n", 'taken'],
    ["a: &x{b: 1}\n", { asideAt: 3 }],
    ["%YAML 1.2\n---\n\ta\n", {}],
    ["a: 1\n?", { asideAt: 0 }],
    ["[a,\n]\n", 'taken'],
    ["\n\ufeffa: 1\n", {}],
    ["a:\n  - [\n", { at: 9, reason: 'unexpected end of the stream within a flow collection', item: { itemLineStart: 3, keyLineStart: 0 } }],
    ["---\n#\n\ta\n", {}],
    ["---  \n\ta\n", {}],
    ["---  a: 1\n", {}],
    ["\"x\n  y\"\t: 1\n", { asideAt: 0 }],
    ["---\na: b---c\n", 'taken'],
    ["- undefined: 1\n", 'taken'],
    ["a:\n  b: 'x\n  y'\n", { asideAt: 8 }],
    ["a:\n  b: [x,\n y]\n", { asideAt: 8 }],
    ["a: {p: &x 1, q: *x}\nb: &y {p: &z 1, q: *z}\nc: *y\n", 'taken'],
    [`a: &x 1\nb: &y [${Array(99).fill('*x').join(', ')}]\n`, 'taken'],
    [`${'k'.repeat(1000)}: 1\n`, 'taken'],
    ['a: [tTRUE, fFalse, 10o17, 0o17x, 0x1Fg, 1.inf, .infx, .nanx, x.nan, .55, 12.5, 1.25, 12e3, 1.25e3, .5e3, .55e3, 1e+3, 1e-10, 1e35]\n', 'taken'],
    ['b: [!!float 12.5, !!float .55, !!float 1.25, !!float -1.5, !!float +1.5, !!float 1.5x, !!float x1.5, !!float 12e3, !!float 1.25e3, !!float .55e3, !!float 1e+3, !!float 1e-3, !!float 1e3x, !!float x1e3, !!float 1e35, !!float 12., !!float -.5e3]\n', 'taken'],
    ['c: [!!bool True, !!bool false, !!bool False, !!bool TRUE, !!bool FALSE, !!bool xtrue, !!bool truex]\n', 'taken'],
    ['d: [!!int 0o17x, !!int x0o17, !!int 0x1Fg, !!int x0x1F, !!int 12, !!int -12, !!int 1x, !!null ~x, !!null xnull, !!null nullx]\n', 'taken'],
  ])('%j: %j', (text, expected) => {
    const stop: FastPathStop = {};
    const taken = agree(text, stop);
    expect(taken ? 'taken' : stop).toEqual(expected);
  });
});
