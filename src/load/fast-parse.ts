// The fast path: js-yaml builds the value while a parse listener notes where every node starts, so a
// position costs nothing until a finding asks for one. It reproduces the precise path (the `yaml`
// package) exactly for the YAML that ledgers are written in: anchors, aliases within the alias limit,
// the core schema's tags, `%YAML 1.2`, `%TAG !!` and `%TAG !name!`, flow collections and quoted text
// over several lines, tab and BOM lines, empty list items included. For anything else (other tags and directives, unusual mapping shapes, the shapes where
// the two parsers part, listed where each is tested, and every syntax error) it steps aside and the
// caller parses the text precisely. test/load/fast-parse.test.ts holds the two paths to the same
// values and positions.
import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';
import type { State } from 'js-yaml';
import type { NodePath, Position } from '../types';
import { MAX_ALIAS_COUNT, MAX_DEPTH } from './limits';
import { lineIndex } from './positions';
import type { OffsetToPosition } from './positions';
import type { ParseResult, ParsedLedger } from './parse';
import { SYNTAX_MESSAGES } from './syntax-messages';

// ---- The YAML 1.2 core schema, written as the `yaml` package resolves it (js-yaml's own core schema
// also reads `0b1`, `-0x1F` and `1e400` differently, and not `-.5`).

function scalarType(tag: string, test: (text: string) => boolean, construct: (text: string) => unknown): Type {
  return new Type(tag, { kind: 'scalar', resolve: (text: string) => test(text), construct });
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

function intValue(text: string): number {
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  return parseInt(text, 10);
}

function floatValue(text: string): number {
  if (!FLOAT_NAN.test(text)) return parseFloat(text);
  if (text.slice(-3).toLowerCase() === 'nan') return NaN;
  return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

// A first-character test skips the regular expressions for ordinary words, which are most scalars.
// Exported for their tests: they must let through every text the patterns accept.
export const mayBeNull = (text: string) => text.length <= 4 && (text === '' || '~nN'.includes(text[0]!));
export const mayBeBool = (text: string) => (text.length === 4 || text.length === 5) && 'tTfF'.includes(text[0]!);
export const mayBeNumber = (text: string) => '0123456789+-.'.includes(text[0] ?? ' ');

// `!!int`, `!!float`, `!!bool`, `!!null` written on a scalar: the `yaml` package applies the type's own
// tests (a float needs a point or an exponent: `!!float 3` stays the text "3") and keeps the text when none passes.
const FLOAT_POINT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;

function explicitType(tag: string, tests: readonly RegExp[], construct: (text: string) => unknown): Type {
  return new Type(tag, {
    kind: 'scalar',
    resolve: (text: string | null) => text !== null, // a tag on an empty node: the precise path decides
    construct: (text: string) => (tests.some((test) => test.test(text)) ? construct(text) : text),
  });
}

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  explicit: [
    explicitType('tag:yaml.org,2002:null', [NULL], () => null),
    explicitType('tag:yaml.org,2002:bool', [BOOL], (text) => text[0] === 't' || text[0] === 'T'),
    explicitType('tag:yaml.org,2002:int', [INT, INT_OCT, INT_HEX], intValue),
    explicitType('tag:yaml.org,2002:float', [FLOAT_POINT, FLOAT_EXP, FLOAT_NAN], floatValue),
  ],
  implicit: [
    scalarType('tag:yaml.org,2002:null', (text) => mayBeNull(text) && NULL.test(text), () => null),
    scalarType('tag:yaml.org,2002:bool', (text) => mayBeBool(text) && BOOL.test(text), (text) => text[0] === 't' || text[0] === 'T'),
    scalarType('tag:yaml.org,2002:int', (text) => mayBeNumber(text) && (INT.test(text) || INT_OCT.test(text) || INT_HEX.test(text)), intValue),
    scalarType('tag:yaml.org,2002:float', (text) => mayBeNumber(text) && (FLOAT.test(text) || FLOAT_NAN.test(text)), floatValue),
  ],
});

// ---- Where nodes start.

/** Thrown from the listener to leave the fast path at once. */
const STEP_ASIDE = new Error('not on the fast path');

/** A key JavaScript orders before the others in an object (`"1"`, `"0"`). */
function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
}

/** Up to this many keys a mapping is searched; above, indexed (a ledger's device has about 30). */
const SEARCHED_KEYS = 64;
const NO_TEXT = -1; // an empty value (`key:`) has no text of its own
const LONGEST_PLAIN_KEY = 1000; // the `yaml` package refuses implicit keys over 1024 characters

interface ListenerState extends State {
  anchor: string | null;
  tag: string | null;
}

/** js-yaml slices values out of the text, and V8 keeps a slice of 13 characters or more as a view of its
 * whole source: one e-mail address kept in a finding or a ledger kept the file's text alive (about 100 KB a
 * file, half the memory of a 2,000-ledger run). Slicing a joined string copies only the value. */
const SHARES_SOURCE_FROM = 13;
function ownCopy(value: string): string {
  // Stryker disable next-line all: memory only, the value is equal either way (npm run bench's network mem row)
  return value.length < SHARES_SOURCE_FROM ? value : ` ${value}`.slice(1);
}

/** Where the node's own text begins: after spaces, line breaks and comments. */
function contentStart(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) at++;
    else if (code === 0x23) {
      at = text.indexOf('\n', at);
      if (at === -1) return text.length;
    } else return at;
  }
}

const isAnchor = (code: number) => code === 0x26; // &
const isAlias = (code: number) => code === 0x2a; // *
const isTag = (code: number) => code === 0x21; // !

/** The core schema's tags (read as the `yaml` package reads them, see explicitType); any other tag is the precise path's. */
const CORE_TAG_TEXT = /^!(?:!(?:str|int|float|bool|null|map|seq))?$/;

/** Where a node's value begins: after its `&anchor` and `!!tag`, as the `yaml` package places nodes. */
function valueStart(text: string, start: number): number {
  let at = start;
  for (let code = text.charCodeAt(at); isAnchor(code) || isTag(code); code = text.charCodeAt(at)) {
    const end = propertyEnd(text, at);
    if (isTag(code) && !CORE_TAG_TEXT.test(text.slice(at, end))) throw STEP_ASIDE;
    if (end < text.length && !isBlank(text.charCodeAt(end))) throw STEP_ASIDE; // `&a{`: the `yaml` package wants a space
    at = contentStart(text, end);
  }
  return at;
}

function propertyEnd(text: string, from: number): number {
  let at = from + 1;
  while (at < text.length && !isAnchorEnd(text.charCodeAt(at))) at++;
  return at;
}

const isBlank = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const isAnchorEnd = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2c || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d;

function isFollowedByColon(text: string, from: number): boolean {
  let at = from;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  return text.charCodeAt(at) === 0x3a;
}

/** Where a node's text ends, before the blank lines js-yaml may have passed looking for more. */
function textEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && isBlank(text.charCodeAt(at - 1))) at--;
  return at;
}

/** What follows a line's leading spaces and tabs: nothing (a blank line), a comment, or text. */
type LineRest = 'blank' | 'comment' | 'text';

function lineRest(code: number): LineRest {
  if (Number.isNaN(code) || code === 0x0a || code === 0x0d) return 'blank';
  return code === 0x23 ? 'comment' : 'text';
}

/**
 * Whether a line that starts in (from, to) has a tab among its leading spaces and goes on with one of
 * `rests`. Reads only that range: a search for the next line break would cross a long flow line once per node.
 */
function hasTabIndentedLine(text: string, from: number, to: number, rests: readonly LineRest[]): boolean {
  for (let at = from; at + 1 < to; at++) {
    if (text.charCodeAt(at) !== 0x0a) continue;
    let column = at + 1;
    while (text.charCodeAt(column) === 0x20) column++;
    if (text.charCodeAt(column) !== 0x09) continue;
    while (text.charCodeAt(column) === 0x20 || text.charCodeAt(column) === 0x09) column++;
    if (rests.includes(lineRest(text.charCodeAt(column)))) return true;
  }
  return false;
}

const BLANK: readonly LineRest[] = ['blank'];
const BLANK_OR_COMMENT: readonly LineRest[] = ['blank', 'comment'];
const ANY_LINE: readonly LineRest[] = ['blank', 'comment', 'text'];

const isQuote = (code: number) => code === 0x22 || code === 0x27; // " '
const isMappingOpening = (code: number) => code === 0x7b; // {
const isSequenceOpening = (code: number) => code === 0x5b; // [

/**
 * Offsets of every mapping's keys and values and every sequence's items, recorded as js-yaml closes
 * each node. Children are checked against the value js-yaml built; any mismatch steps aside.
 */
class NodeStarts {
  /** Container → where its children's offsets begin in `offsets` (key, value pairs for a mapping). */
  readonly containers = new Map<object, number>();
  readonly offsets: number[] = [];
  private readonly frameOpen: number[] = [];
  private readonly frameBase: number[] = [];
  private readonly frameAliases: number[] = [];
  /** The anchor names of the aliases read so far, in order; the aliases inside a node are those read between its open and close. */
  private readonly aliasNames: string[] = [];
  /** Each anchored node as it closes: its name and the aliases inside it (a range of aliasNames). */
  private readonly anchored: Array<{ name: string; from: number; to: number }> = [];
  // The closed children of the open nodes, as a stack: `children` entries are in use.
  private readonly childStart: number[] = [];
  private readonly childValue: unknown[] = [];
  private children = 0;

  // Built on first use per mapping: a finding for each of 30,000 keys must not search the keys each time.
  private readonly keyIndexes = new WeakMap<object, Map<string, number>>();

  /** A `?` key indicator: with nothing after it js-yaml adds the key "null" without composing a node (the `yaml` package: ""). */
  private readonly hasExplicitKey: boolean;
  /** Most ledgers have no tab: the tab-line guards then skip their scans of every scalar. */
  private readonly hasTabs: boolean;

  constructor(
    private readonly text: string,
    private readonly toPosition: OffsetToPosition,
  ) {
    // Stryker disable next-line StringLiteral,LogicalOperator: a wider pre-check ('' or ||) leaves the decision to the pattern
    this.hasExplicitKey = text.includes('?') && /(?:^|\n)[ -]*\?(?=[ \t\r\n]|$)/.test(text);
    // Stryker disable next-line StringLiteral: true for every text only runs the tab guards' scans on texts with no tab
    this.hasTabs = text.includes('\t');
  }

  /** A key's place among a registered mapping's keys, or -1: a search for a small mapping, an index built once for a large one. */
  keyIndexOf(mapping: object, key: string): number {
    let index = this.keyIndexes.get(mapping);
    if (!index) {
      const keys = Object.keys(mapping);
      // Stryker disable next-line all: a search and an index give the same place; the size only picks the faster
      if (keys.length <= SEARCHED_KEYS) return keys.indexOf(key);
      index = new Map(keys.map((name, at) => [name, at]));
      this.keyIndexes.set(mapping, index);
    }
    return index.get(key) ?? -1;
  }

  readonly listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      this.frameOpen.push(state.position);
      this.frameBase.push(this.children);
      this.frameAliases.push(this.aliasNames.length);
    } else {
      this.close(state as ListenerState);
    }
  };

  /**
   * After an error, the top-level list item that holds it (or that it ended: a lost `- `, a wrong
   * indent), which reads on its own after the line of its list's key: where the item's line and the
   * key's line start. Undefined when the error is not in such a list.
   */
  topLevelItemNearError(): { itemLineStart: number; keyLineStart?: number } | undefined {
    const rootStart = contentStart(this.text, this.frameOpen[0] ?? 0);
    if (this.isBlockSequenceAt(rootStart)) return this.itemOf(0);
    // The root is a mapping: its open value, else the last list among its values read so far.
    const rootEnd = this.frameBase.length > 1 ? this.frameBase[1]! : this.children;
    if (this.frameOpen.length > 1 && this.isBlockSequenceAt(contentStart(this.text, this.frameOpen[1]!))) {
      const item = this.itemOf(1);
      return item && rootEnd > 0 ? { ...item, keyLineStart: this.lineStartOf(this.childStart[rootEnd - 1]!) } : undefined;
    }
    for (let child = rootEnd - 1; child > 0; child--) {
      const list = this.childValue[child];
      if (!Array.isArray(list) || list.length === 0 || !this.isBlockSequenceAt(this.childStart[child]!)) continue;
      const at = this.containers.get(list);
      const last = at === undefined ? NO_TEXT : this.offsets[at + list.length - 1]!;
      return last === NO_TEXT ? undefined : { itemLineStart: this.lineStartOf(last), keyLineStart: this.lineStartOf(this.childStart[child - 1]!) };
    }
    return undefined;
  }

  /** The open item of the list opened at `frame`, else the last one it has read. */
  private itemOf(frame: number): { itemLineStart: number } | undefined {
    if (frame + 1 < this.frameOpen.length) return { itemLineStart: this.lineStartOf(contentStart(this.text, this.frameOpen[frame + 1]!)) };
    const end = this.children;
    return end > this.frameBase[frame]! ? { itemLineStart: this.lineStartOf(this.childStart[end - 1]!) } : undefined;
  }

  /** A block sequence starts here: a `-` with only spaces before it on its line. */
  private isBlockSequenceAt(offset: number): boolean {
    return offset !== NO_TEXT && this.text.charCodeAt(offset) === 0x2d && /^ *$/.test(this.text.slice(this.lineStartOf(offset), offset));
  }

  private lineStartOf(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Where the document's top node starts, or NO_TEXT. */
  rootStart(): number {
    return this.children > 0 ? this.childStart[0]! : NO_TEXT;
  }

  /** Where the node being closed starts: where the fast path stepped aside, when it does. */
  closingAt = 0;

  private close(state: ListenerState): void {
    const open = this.frameOpen.pop()!;
    const base = this.frameBase.pop()!;
    const aliasesBefore = this.frameAliases.pop()!;
    this.closingAt = contentStart(this.text, open);
    const start = valueStart(this.text, this.closingAt);
    const code = this.text.charCodeAt(start);
    const result: unknown = state.result;
    const alias = state.kind === null && isAlias(code);
    if (alias) this.noteAlias(result, start);
    else if (state.kind === 'mapping') this.registerMapping(result as Record<string, unknown>, base, start, state.position);
    else if (state.kind === 'sequence') this.registerSequence(result as unknown[], base, start, state.position);
    else if (state.kind === 'scalar') {
      this.guardScalar(start, state.position);
      // Stryker disable next-line all: memory only, the value is equal either way (npm run bench's network mem row)
      if (typeof result === 'string') state.result = ownCopy(result);
    }
    else if (result !== null || state.tag !== null) throw STEP_ASIDE; // a node with no text but a value, or a tag (`a: !`: the `yaml` package reads "")
    else if (this.hasTabs && hasTabIndentedLine(this.text, open, state.position, BLANK)) throw STEP_ASIDE; // `key:` then a blank line with a tab: the `yaml` package refuses it
    if (!alias && state.anchor !== null) this.anchored.push({ name: state.anchor, from: aliasesBefore, to: this.aliasNames.length });
    this.childStart[base] = state.kind === null && !alias ? NO_TEXT : start;
    this.childValue[base] = state.result;
    this.children = base + 1;
  }

  /** An alias to a node still open (`&x [*x]`) makes a cycle: the precise path's to judge. */
  private noteAlias(target: unknown, start: number): void {
    if (typeof target === 'object' && target !== null && !this.containers.has(target)) throw STEP_ASIDE;
    this.aliasNames.push(this.text.slice(start + 1, propertyEnd(this.text, start)));
  }

  /**
   * Steps aside unless the `yaml` package's alias limit cannot trip. It counts per anchored node
   * (1 + the aliases resolved to it so far) times that node's alias weight (computed once: the largest
   * count × weight of an anchor aliased inside it, else 1), and refuses above MAX_ALIAS_COUNT. This
   * bound uses every alias of a name, and each inner anchor's largest weight so far: never less than
   * what the package sees, so alias bombs, and anything near the limit, are the precise path's to judge.
   */
  checkAliasCounts(): void {
    if (this.aliasNames.length === 0) return;
    const counts = new Map<string, number>();
    for (const name of this.aliasNames) counts.set(name, (counts.get(name) ?? 1) + 1);
    const weights = new Map<string, number>();
    for (const { name, from, to } of this.anchored) {
      let weight = 1;
      for (let index = from; index < to; index++) {
        const inner = this.aliasNames[index]!;
        const innerWeight = weights.get(inner);
        if (innerWeight === undefined) throw STEP_ASIDE; // not an anchor closed before it: no bound known
        weight = Math.max(weight, counts.get(inner)! * innerWeight);
        if (weight > MAX_ALIAS_COUNT) throw STEP_ASIDE;
      }
      weights.set(name, Math.max(weights.get(name) ?? 1, weight));
      if ((counts.get(name) ?? 0) * weight > MAX_ALIAS_COUNT) throw STEP_ASIDE;
    }
  }

  private guardScalar(start: number, end: number): void {
    this.guardFlowNode(start, end, isQuote);
    this.guardTabLines(start, end);
    if (end - start > LONGEST_PLAIN_KEY && isFollowedByColon(this.text, end)) throw STEP_ASIDE;
  }

  /**
   * Tab lines the `yaml` package refuses and js-yaml skips: inside a plain scalar that goes on over
   * several lines, and blank or comment lines indented with a tab inside or right after a block scalar.
   */
  private guardTabLines(start: number, end: number): void {
    if (!this.hasTabs) return;
    const code = this.text.charCodeAt(start);
    if (code === 0x7c || code === 0x3e) { // | >
      if (hasTabIndentedLine(this.text, start, contentStart(this.text, end), BLANK_OR_COMMENT)) throw STEP_ASIDE;
    } else if (!isQuote(code) && hasTabIndentedLine(this.text, start, textEnd(this.text, start, end), ANY_LINE)) throw STEP_ASIDE;
  }

  /**
   * Flow nodes (collections, quoted text) that js-yaml reads more leniently than the `yaml` package:
   * later lines, which must be indented, and a comment with no space before it (`}#`).
   */
  private guardFlowNode(start: number, end: number, opening: (code: number) => boolean): void {
    const code = this.text.charCodeAt(start);
    if (!opening(code)) return;
    if (this.text.charCodeAt(end) === 0x23) throw STEP_ASIDE;
    // Lines through the line index: scanning back to a line break per node is quadratic on one long line.
    if (this.toPosition(end).line > this.toPosition(start).line && !this.isIndentedFlow(start, end, isQuote(code))) throw STEP_ASIDE;
  }

  /**
   * A flow collection or quoted text over several lines that both parsers read alike: every later line
   * indented deeper than the block node it belongs to (`key: [a,`: deeper than the key; `- [a,`: than
   * the dash; comment lines inside a collection at any column), with spaces only, a collection's
   * closing bracket alone at that node's column, and quoted text not a key (the `yaml` package wants
   * a key on one line), and no blank line right after a `\` that escapes a line break.
   */
  private isIndentedFlow(start: number, end: number, quoted: boolean): boolean {
    if (quoted && isFollowedByColon(this.text, end)) return false;
    const lineStart = this.text.lastIndexOf('\n', start) + 1;
    let node = lineStart;
    let indicator = -1;
    for (;;) {
      while (this.text.charCodeAt(node) === 0x20) node++;
      const code = this.text.charCodeAt(node);
      if (node >= start || (code !== 0x2d && code !== 0x3f) || this.text.charCodeAt(node + 1) !== 0x20) break; // `- `, `? `
      indicator = node++;
    }
    const blockIndent = (node === start && indicator !== -1 ? indicator : node) - lineStart;
    for (let at = this.text.indexOf('\n', start); at !== -1 && at < end; at = this.text.indexOf('\n', at + 1)) {
      let first = at + 1;
      while (this.text.charCodeAt(first) === 0x20) first++;
      const code = this.text.charCodeAt(first);
      if (code === 0x09) return false;
      const rest = lineRest(code);
      // A blank line after an escaped line break (`\` at a line end): the two parsers fold it differently.
      if (quoted && rest === 'blank' && this.text.charCodeAt(this.text.charCodeAt(at - 1) === 0x0d ? at - 2 : at - 1) === 0x5c) return false;
      // A blank line, or a comment line between a collection's items; in quoted text `#` starts text.
      if (rest === 'blank' || (rest === 'comment' && !quoted)) continue;
      const indent = first - at - 1;
      if (indent < blockIndent || (indent === blockIndent && (quoted || first !== end - 1))) return false;
    }
    return true;
  }

  /** js-yaml composes a flow collection that opens a block item twice, the outer node adopting the inner. */
  private isAdopted(result: object, base: number): boolean {
    return this.children - base === 1 && this.childValue[base] === result;
  }

  /** A mapping that ends at a `...` line tried to read one more key there and found nothing. */
  private dropsTrailingEmpty(base: number, expected: number): boolean {
    const last = this.children - 1;
    if (last - base !== expected || this.childStart[last] !== NO_TEXT || this.childValue[last] !== null) return false;
    this.children = last;
    return true;
  }

  private registerMapping(mapping: Record<string, unknown>, base: number, start: number, end: number): void {
    this.guardFlowNode(start, end, isMappingOpening);
    if (this.isAdopted(mapping, base)) return;
    // The children are key, value pairs (js-yaml refuses a repeated key, so each pair is one own key);
    // an odd count is `{a, b}` or a mapping that ended at a `...` line. No Object.keys per mapping: a
    // ledger has hundreds of thousands of them.
    const children = this.children - base;
    const pairs = children % 2 === 0 ? children / 2 : this.dropsTrailingEmpty(base, children - 1) ? (children - 1) / 2 : -1;
    if (pairs < 0 || (this.hasExplicitKey && Object.keys(mapping).length !== pairs)) throw STEP_ASIDE;
    const at = this.offsets.length;
    for (let index = 0; index < pairs; index++) {
      const child = base + 2 * index;
      const key = this.childValue[child];
      // Keys keep document order unless they look like array indexes.
      // No own-property test: an inherited member (`constructor`) is a function or Object.prototype, never a value js-yaml built.
      if (typeof key !== 'string' || isArrayIndex(key) || !Object.is(this.childValue[child + 1], mapping[key])) throw STEP_ASIDE;
      this.offsets.push(this.childStart[child]!, this.childStart[child + 1]!);
    }
    this.containers.set(mapping, at);
  }

  private registerSequence(sequence: unknown[], base: number, start: number, end: number): void {
    this.guardFlowNode(start, end, isSequenceOpening);
    if (this.isAdopted(sequence, base)) return;
    // `-` with nothing after it: js-yaml adds null without composing a node. Its place is known only
    // when no composed item is null as well (`- ~`, `- &x`); it has no text, as for the precise path.
    const empty = sequence.length - (this.children - base);
    if (empty < 0 || (empty > 0 && (this.hasNullChild(base) || this.hasLineLeftOf(start, end)))) throw STEP_ASIDE;
    const at = this.offsets.length;
    let child = base;
    for (let index = 0; index < sequence.length; index++) {
      if (empty > 0 && sequence[index] === null) {
        this.offsets.push(NO_TEXT);
        continue;
      }
      if (!Object.is(this.childValue[child], sequence[index])) throw STEP_ASIDE;
      this.offsets.push(this.childStart[child++]!);
    }
    if (child !== this.children) throw STEP_ASIDE;
    this.containers.set(sequence, at);
  }

  /** After an empty item js-yaml also takes a `-` less indented than the list as its item (`- -\n-`). */
  private hasLineLeftOf(start: number, end: number): boolean {
    const column = start - (this.text.lastIndexOf('\n', start) + 1);
    const to = textEnd(this.text, start, end);
    for (let at = this.text.indexOf('\n', start); at !== -1 && at < to; at = this.text.indexOf('\n', at + 1)) {
      let indent = at + 1;
      while (this.text.charCodeAt(indent) === 0x20) indent++;
      let first = indent;
      while (this.text.charCodeAt(first) === 0x20 || this.text.charCodeAt(first) === 0x09) first++;
      if (indent - at - 1 < column && lineRest(this.text.charCodeAt(first)) === 'text') return true;
    }
    return false;
  }

  private hasNullChild(base: number): boolean {
    for (let child = base; child < this.children; child++) if (this.childValue[child] === null) return true;
    return false;
  }
}

// ---- Locating a path, as the precise path does.

const DOCUMENT_START: Position = { line: 1, column: 1 };

interface ChildStarts {
  key?: number;
  value: number;
}

function childStarts(starts: NodeStarts, node: unknown, segment: string | number): ChildStarts | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const at = starts.containers.get(node);
  if (at === undefined) return undefined;
  if (Array.isArray(node)) {
    return typeof segment === 'number' && segment < node.length ? { value: starts.offsets[at + segment]! } : undefined;
  }
  const index = starts.keyIndexOf(node, String(segment));
  return index === -1 ? undefined : { key: starts.offsets[at + 2 * index]!, value: starts.offsets[at + 2 * index + 1]! };
}

function childValue(node: unknown, segment: string | number): unknown {
  return (node as Record<string | number, unknown>)[segment];
}

function known(offset: number | undefined): number | undefined {
  return offset === undefined || offset === NO_TEXT ? undefined : offset;
}

function locator(value: unknown, starts: NodeStarts, toPosition: OffsetToPosition): ParsedLedger['locate'] {
  const rootStart = known(starts.rootStart());
  return (path: NodePath, pointsAtKey = false) => {
    let node = value;
    let offset = rootStart;
    // A plain loop: tens of thousands of findings are located, each through a few segments.
    for (let index = 0; index < path.length; index++) {
      const segment = path[index]!;
      const child = childStarts(starts, node, segment);
      if (!child) break;
      const isLast = index === path.length - 1;
      offset = (isLast && pointsAtKey ? known(child.key) : known(child.value) ?? known(child.key)) ?? offset;
      node = childValue(node, segment);
    }
    return offset === undefined ? DOCUMENT_START : toPosition(offset);
  };
}

// ---- Entry point.

function hasMarkerLine(text: string): boolean {
  // Stryker disable next-line StringLiteral: '' widens the pre-check; the marker pattern still decides
  return text.startsWith('---') || text.startsWith('...') || text.includes('\n---') || text.includes('\n...');
}

// Directives both parsers read alike: `%YAML 1.2`; `%TAG` for a named handle (`!e!`), which only
// tags written with that handle use, and those step aside (valueStart); and `%TAG !!`: js-yaml reads
// `!!str` through the prefix, so only `tag:yaml.org,2002:` gives it a type it knows (no core name ends
// another), any other prefix makes it refuse the tag and the precise path names it. A `!!` prefix
// with a `%` escape stays there (js-yaml decodes it, the `yaml` package does not), as does redefining
// `!` is read alike too: only `!` alone (non-specific, which no prefix changes) passes valueStart.
// `%YAML 1.1`: with the core schema and no merge keys, which are the precise path's options, the
// `yaml` package reads a 1.1 document as a 1.2 one, and another 1.x (with a warning) as 1.2; so does
// js-yaml 4 (1.1 line breaks only raise a warning, which it is not asked for). js-yaml's own refusals
// (a second `%YAML`, a handle declared twice, an ill-formed prefix) send the text there too.
const COMMENT_LINE = String.raw`[ \t]*(?:#[^\n]*)?\r?\n`;
const READ_ALIKE_DIRECTIVE = String.raw`(?:%YAML[ \t]+1\.[0-9]|%TAG[ \t]+![A-Za-z-]+![ \t]+[^\s#][^\s]*|%TAG[ \t]+!!?[ \t]+[^\s#%][^\s%]*)[ \t]*(?:#[^\n]*)?\r?\n`;
const LEADING_DIRECTIVES = new RegExp(`^(?:${COMMENT_LINE}|${READ_ALIKE_DIRECTIVE})*`);

/** Any other directive (another version, a `%TAG` prefix js-yaml reads differently, one after the document starts). */
function hasOtherDirective(text: string): boolean {
  const rest = text.slice(LEADING_DIRECTIVES.exec(text)![0].length);
  return rest.startsWith('%') || rest.includes('\n%');
}

/** Lines the `yaml` package reads before a document starts, where a BOM at a line start is dropped. */
const STREAM_LINES = /^(?:[ \t]*(?:#[^\n]*)?\r?\n|%[^\n]*\n)*/;

/**
 * A BOM at a line start is text to both parsers inside a document (`\ufeffb: 2` is the key "\ufeffb"),
 * but the `yaml` package drops it before the first document line (after comments or directives) and
 * after a `...` line, where js-yaml keeps it.
 */
function hasStreamBom(text: string): boolean {
  const at = text.indexOf('\n\ufeff');
  if (at === -1) return false;
  return STREAM_LINES.exec(text)![0].length > at || text.startsWith('...') || text.includes('\n...');
}

/** Comment and directive lines, then a `---` line and comment lines: what comes before a document's first node. */
const DOCUMENT_PREAMBLE = /^(?:[ \t]*(?:#[^\n]*)?\r?\n|%[^\n]*\n)*(?:---[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*)?/;

/** A tab before the top node's first line (`\ta`): js-yaml skips it, the `yaml` package refuses it (but for `\t[a]`). */
function hasTabBeforeDocument(text: string): boolean {
  const indent = / *\t/y;
  indent.lastIndex = DOCUMENT_PREAMBLE.exec(text)![0].length;
  return indent.test(text);
}

/** A last line of spaces and tabs with no line break after it: after an indented comment the `yaml` package refuses it. */
function endsInTabLine(text: string): boolean {
  // Stryker disable next-line MethodExpression: the pattern is anchored at the end; the last line only saves the scan
  return /\n[ \t]*\t[ \t]*$/.test(text.slice(text.lastIndexOf('\n')));
}

/** Texts js-yaml would read differently: a leading BOM (js-yaml drops it: offsets would shift), a BOM that starts the stream, a directive other than `%YAML 1.2` or `%TAG` for a named handle or `!!`, `---x` and `--- x`, a lone CR. */
function outsideFastPath(text: string): boolean {
  if (text.startsWith('\ufeff') || hasStreamBom(text)) return true;
  // Stryker disable next-line StringLiteral: '' widens a pre-check in front of the decisive tests (the tab lines)
  if (text.includes('\t') && (hasTabBeforeDocument(text) || endsInTabLine(text))) return true;
  // Stryker disable next-line StringLiteral: the same, for the directive test
  if ((text.startsWith('%') || text.includes('\n%')) && hasOtherDirective(text)) return true;
  // `---x`: js-yaml starts a document there; `--- a: 1`: the `yaml` package wants a block collection on a line of its own.
  if (hasMarkerLine(text) && /^(?:---|\.\.\.)(?:[^\s]|[ \t]+[^\s#])/m.test(text)) return true;
  // Stryker disable next-line StringLiteral: the same, for the lone-CR pattern
  return text.includes('\r') && /\r(?!\n)/.test(text);
}

function tooDeep(error: unknown, toPosition: OffsetToPosition): ParseResult | undefined {
  const exception = error as { reason?: string; mark?: { position?: number } };
  if (!exception.reason?.startsWith('nesting exceeded maxDepth')) return undefined;
  return { ok: false, problems: [{ position: toPosition(exception.mark?.position ?? 0), message: SYNTAX_MESSAGES.tooDeep }] };
}

/** Where js-yaml stopped reading, when it found a syntax error (`at`, and its words), or where the fast path stepped aside. */
export interface FastPathStop {
  at?: number;
  reason?: string;
  asideAt?: number;
  /** The top-level list item around it: where its line and its list's key line start. */
  item?: { itemLineStart: number; keyLineStart?: number };
}

/** The parsed ledger, a too-deep problem, or undefined when the precise path must decide (`stop.at`:
 * where js-yaml found a syntax error, if it did). */
export function parseFast(text: string, stop?: FastPathStop): ParseResult | undefined {
  if (outsideFastPath(text)) return undefined;
  const toPosition = lineIndex(text);
  const starts = new NodeStarts(text, toPosition);
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, listener: starts.listener, maxDepth: MAX_DEPTH } as Parameters<typeof load>[1]);
    starts.checkAliasCounts();
  } catch (error) {
    const { mark, reason } = error as { mark?: { position?: number }; reason?: string };
    if (stop && error === STEP_ASIDE) stop.asideAt = starts.closingAt;
    if (stop && error !== STEP_ASIDE && mark?.position !== undefined) {
      stop.at = mark.position;
      stop.reason = reason;
      stop.item = starts.topLevelItemNearError();
    }
    return tooDeep(error, toPosition);
  }
  return { ok: true, ledger: { value: value ?? null, locate: locator(value ?? null, starts, toPosition) } };
}
