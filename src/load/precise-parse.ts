// The precise path: the `yaml` package parses the whole text into nodes with source ranges. It reads
// anchors, aliases, tags and directives, and finds and words syntax errors; it is loaded only when a
// text needs it, as it is slower than the fast path and costs start-up time.
import type { Document, LineCounter, Node as YamlNode, YAMLError, YAMLMap } from 'yaml';
import type { Position } from '../types';
import { flowTooDeep } from './flow-depth';
import { MAX_ALIAS_COUNT, MAX_DEPTH } from './limits';
import type { ParseResult, ParsedLedger, SyntaxProblem } from './parse';
import { syntaxMessage, SYNTAX_MESSAGES, unsupportedTag } from './syntax-messages';
import { typingMistake } from './typing-mistakes';
import type { DuplicateKey } from './typing-mistakes';

type Yaml = typeof import('yaml');

const DOCUMENT_START: Position = { line: 1, column: 1 };

function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

type Pairs = Map<string, { key: YamlNode; value: unknown }>;

/** A mapping's pairs by key text, built once: a search per finding is quadratic. Keys that differ but
 * read alike (`1` and `"1"`: no duplicate) keep the last, as the value built from them does. */
function pairsOf(yaml: Yaml, map: YAMLMap, indexes: WeakMap<object, Pairs>): Pairs {
  let pairs = indexes.get(map);
  // Stryker disable next-line ConditionalExpression: built again each time, the index is the same
  if (!pairs) {
    pairs = new Map();
    for (const { key, value } of map.items) {
      if (yaml.isScalar(key)) pairs.set(String(key.value), { key, value });
    }
    indexes.set(map, pairs);
  }
  return pairs;
}

function childOf(yaml: Yaml, document: Document, node: unknown, key: string | number, indexes: WeakMap<object, Pairs>): { key?: YamlNode; value?: unknown } | undefined {
  const resolved = yaml.isAlias(node) ? node.resolve(document) : node;
  if (yaml.isMap(resolved)) return pairsOf(yaml, resolved, indexes).get(String(key));
  // Past the last item the value is undefined: the path stops at the list, as for a key it lacks.
  if (yaml.isSeq(resolved)) return { value: resolved.items[key as number] };
  return undefined;
}

/** Where a node starts; undefined for an empty value (`key:`), which has no text of its own. */
function startOf(yaml: Yaml, node: unknown): number | undefined {
  const range = (node as YamlNode | null)?.range;
  if (!range || (yaml.isScalar(node) && node.value === null && range[0] === range[1])) return undefined;
  return range[0];
}

function locator(yaml: Yaml, document: Document, lineCounter: LineCounter): ParsedLedger['locate'] {
  const indexes = new WeakMap<object, Pairs>();
  return (path, pointsAtKey = false) => {
    let node: unknown = document.contents;
    let offset = startOf(yaml, node);
    for (const [index, segment] of path.entries()) {
      const child = childOf(yaml, document, node, segment, indexes);
      if (!child) break;
      const isLast = index === path.length - 1;
      // An empty value (`key:`) has no node of its own: the key marks the spot.
      offset = (isLast && pointsAtKey ? startOf(yaml, child.key) : startOf(yaml, child.value) ?? startOf(yaml, child.key)) ?? offset;
      node = child.value;
    }
    return offset === undefined ? DOCUMENT_START : positionAt(lineCounter, offset);
  };
}

/** The first node nested deeper than MAX_DEPTH (keys and values one level below their mapping), as the
 * fast path counts, so that both paths refuse the same texts. Iterative: the tree may be deep. */
function tooDeepNode(yaml: Yaml, root: unknown): YamlNode | undefined {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return node as YamlNode;
    if (!yaml.isCollection(node)) continue;
    for (const item of node.items) {
      if (yaml.isPair(item)) stack.push([item.value, depth + 1], [item.key, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** Where the first alias (`*name`) is: the expansion grows from the aliases. */
function firstAliasOffset(yaml: Yaml, document: Document): number {
  let offset = 0;
  yaml.visit(document, {
    Alias(_key, node) {
      offset = node.range![0]; // a parsed node always has its range
      return yaml.visit.BREAK;
    },
  });
  return offset;
}

/**
 * Every repeated key of every mapping, as the `yaml` package's uniqueKeys would report them (equal
 * scalar values), but with a set per mapping: the package compares each key with every earlier one,
 * minutes for 50,000 keys. Iterative: the tree may be deep.
 */
export function duplicateKeys(yaml: Yaml, root: unknown): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  const stack: Array<{ node: unknown; inList: boolean }> = [{ node: root, inList: false }];
  while (stack.length > 0) {
    const { node, inList } = stack.pop()!;
    if (!yaml.isCollection(node)) continue;
    const seen = new Set<unknown>();
    const isList = yaml.isSeq(node);
    for (const item of node.items) {
      if (!yaml.isPair(item)) {
        stack.push({ node: item, inList: isList });
        continue;
      }
      stack.push({ node: item.key, inList: false }, { node: item.value, inList: false });
      if (!yaml.isMap(node) || !yaml.isScalar(item.key) || Number.isNaN(item.key.value)) continue;
      if (seen.has(item.key.value)) {
        const offset = item.key.range![0];
        duplicates.push({
          code: 'DUPLICATE_KEY',
          pos: [offset, offset],
          // Stryker disable next-line StringLiteral: the parser's text, never shown (syntaxMessage words DUPLICATE_KEY)
          message: 'Map keys must be unique',
          owner: { map: node, key: String(item.key.value), inList },
        });
      }
      seen.add(item.key.value);
    }
  }
  return duplicates; // in stack order: problemsOf sorts them with the other errors
}

const CORE_TAG = 'tag:yaml.org,2002:';
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => CORE_TAG + name));

/** Tags the core schema does not have, as written (`!!binary`, `!foo`), with where their nodes start. */
function unsupportedTags(yaml: Yaml, root: unknown): Array<{ tag: string; offset: number }> {
  const found: Array<{ tag: string; offset: number }> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (yaml.isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!yaml.isNode(node)) continue;
    const tag = node.tag;
    if (tag !== undefined && tag !== '!' && !CORE_TAGS.has(tag)) {
      found.push({ tag: tag.startsWith(CORE_TAG) ? `!!${tag.slice(CORE_TAG.length)}` : tag, offset: node.range![0] });
    }
    // Stryker disable next-line ArithmeticOperator: one past the end pushes undefined, which is no node
    if (yaml.isCollection(node)) for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]);
  }
  return found;
}

/** Every duplicate key, but only the first other error: later ones are mostly its echoes. Typing
 * mistakes (full-width characters, a lost `- `, an unclosed quote) are named as such. */
function problemsOf(yaml: Yaml, document: Document, lineCounter: LineCounter, lines: readonly string[]): SyntaxProblem[] {
  const firstOther = document.errors[0]; // the parser's own duplicate check is off
  const reportedMaps = new Set<object>();
  const errors: Array<YAMLError | DuplicateKey> = [...duplicateKeys(yaml, document.contents), ...(firstOther ? [firstOther] : [])];
  return errors
    .sort((a, b) => a.pos[0] - b.pos[0])
    .flatMap((error) => {
      const mistake = typingMistake(error, { yaml, document, lineCounter, lines }, reportedMaps);
      if (mistake === null) return [];
      return [mistake ?? { position: positionAt(lineCounter, error.pos[0]), message: syntaxMessage(error.code, error.message) }];
    });
}

export function parsePrecise(text: string): ParseResult {
  const yaml = require('yaml') as Yaml;
  const lineCounter = new yaml.LineCounter();
  const deepAt = flowTooDeep(text, MAX_DEPTH);
  if (deepAt !== undefined) {
    lineCounter.addNewLine(0);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
    return { ok: false, problems: [{ position: positionAt(lineCounter, deepAt), message: SYNTAX_MESSAGES.tooDeep }] };
  }
  const parsed = yaml.parseAllDocuments(text, {
    lineCounter,
    // Stryker disable next-line BooleanLiteral: our messages replace the parser's (syntaxMessage), positions come from pos
    prettyErrors: false,
    uniqueKeys: false, // checked by duplicateKeys, in linear time
    // Stryker disable next-line StringLiteral: version 1.2's schema is core anyway; said for the reader
    schema: 'core',
    version: '1.2',
    // Stryker disable next-line StringLiteral: the package warns only at 'warn' or 'debug'
    logLevel: 'error', // a collection as a key (`? {a: 1}`) would print a Node warning on stderr; the schema names it
  });
  const documents: readonly Document.Parsed[] = parsed; // an empty stream is an empty array too
  if (documents.length === 0) return { ok: true, ledger: { value: null, locate: () => DOCUMENT_START } };

  const lines = text.split('\n');
  const problems = documents.flatMap((document) => problemsOf(yaml, document, lineCounter, lines));
  if (documents.length > 1) {
    const second = documents[1]!;
    problems.push({ position: positionAt(lineCounter, second.range[0]), message: SYNTAX_MESSAGES.severalDocuments });
  }
  if (problems.length > 0) return { ok: false, problems };

  const document = documents[0]!;
  const tags = unsupportedTags(yaml, document.contents);
  if (tags.length > 0) return { ok: false, problems: tags.map(({ tag, offset }) => ({ position: positionAt(lineCounter, offset), message: unsupportedTag(tag) })) };
  const deep = tooDeepNode(yaml, document.contents);
  if (deep) return { ok: false, problems: [{ position: positionAt(lineCounter, deep.range![0]), message: SYNTAX_MESSAGES.tooDeep }] };
  try {
    // Stryker disable next-line ObjectLiteral: the package's default is the same 100; given so that the limit is ours
    const value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, ledger: { value, locate: locator(yaml, document, lineCounter) } };
  } catch (error) {
    if (error instanceof ReferenceError) {
      const position = positionAt(lineCounter, firstAliasOffset(yaml, document));
      return { ok: false, problems: [{ position, message: SYNTAX_MESSAGES.tooManyAliases }] };
    }
    throw error;
  }
}
