// Validates a parsed ledger against schemas/ledger.schema.json and turns every ajv error into one
// `schema` finding a facility administrator can act on. No raw ajv text ever reaches the user.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { MAX_FINDINGS_PER_RULE, leftOutFinding } from '../finding-cap';
import type { Bilingual, Finding, MessageData, NodePath } from '../types';
import { fullWidthCharacter, halfWidthKey, isFullWidthAscii, toHalfWidth } from '../load/full-width';
import * as text from './messages';
import type { Condition, SchemaNode } from './messages';

let validator: ValidateFunction | undefined;
let ledgerSchema: SchemaNode | undefined;

/** The build's standalone validator (dist/schema/ledger-validator.js, inlined in the bundle); from the
 * sources (tests), where the build has not run, the schema compiled by ajv. */
function compiled(): ValidateFunction {
  validator ??= standaloneValidator() ?? (require('./compile') as typeof import('./compile')).compileLedgerSchema();
  return validator;
}

function standaloneValidator(): ValidateFunction | undefined {
  try {
    return (require('./ledger-validator') as { default: ValidateFunction }).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/** The schema itself, read only to word the findings. Same relative depth from src/schema and dist/schema. */
function schema(): SchemaNode {
  ledgerSchema ??= require('../../schemas/ledger.schema.json') as SchemaNode;
  return ledgerSchema;
}

// ---- Paths and schema lookup.

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** ajv's instancePath (a JSON pointer) → keys and numeric indexes. */
export function pathOf(instancePath: string): NodePath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map(unescapePointer)
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/** The schema of the node at `path` (the schema has no $ref: properties and items only). */
function schemaAt(path: NodePath): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema();
  // Stryker disable next-line OptionalChaining: the schema describes every node ajv reports on (no $ref; x- keys are never validated)
  for (const segment of path) node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
  return node;
}

/** The schema at a schemaPath such as `#/properties/devices/items/allOf/1`. */
function schemaAtPointer(pointer: string): unknown {
  let node: unknown = schema();
  // Stryker disable next-line MethodExpression,Regex: ajv's schema paths all start with #/ and have no empty segment
  for (const segment of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    // Stryker disable next-line OptionalChaining: ajv's schema paths lead through the schema
    node = (node as Record<string, unknown> | undefined)?.[unescapePointer(segment)];
  }
  return node;
}

/** For a key required by an `if`/`then`: the condition of that `if` (first const or enum it tests). */
function conditionOf(schemaPath: string): Condition | undefined {
  const at = schemaPath.lastIndexOf('/then/');
  // Stryker disable next-line UnaryOperator: no schema path has /then/ at 1
  if (at === -1) return undefined;
  const branch = schemaAtPointer(schemaPath.slice(0, at)) as SchemaNode | undefined;
  // Stryker disable next-line OptionalChaining: a /then/ path's branch always has its if
  return text.firstTest(branch?.if);
}

// ---- "Did you mean …?"

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate probably meant: equal ignoring case, `-` and `_`; at most two edits (one for words of
 * three letters or fewer, where two edits reach almost anything); or one a prefix of the other. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const fold = (value: string) => value.toLowerCase().replace(/[-_\s]/g, '');
  const folded = fold(word);
  const same = candidates.find((candidate) => fold(candidate) === folded);
  if (same) return same;
  const limit = folded.length <= 3 ? 1 : 2;
  const near = candidates
    .map((candidate) => ({ candidate, distance: editDistance(word.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance)[0];
  if (near) return near.candidate;
  if (folded.length < 3) return undefined;
  return candidates.find((candidate) => fold(candidate).startsWith(folded) || folded.startsWith(fold(candidate)));
}

// ---- One ajv error → one problem.

type Problem =
  | { kind: 'missing'; path: NodePath; key: string; message: Bilingual }
  | { kind: 'unknown'; path: NodePath; key: string; suggestion?: string; message: Bilingual }
  | { kind: 'value'; path: NodePath; value?: unknown; message: Bilingual };

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const YES_WORDS = ['yes', 'y', 'on', 'true', 'はい', '○', '〇', '◯', '有', '有り', 'あり', '済', '済み'];
const NO_WORDS = ['no', 'n', 'off', 'false', 'いいえ', '×', '✕', '無', '無し', 'なし', '未'];

export function meantBoolean(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.normalize('NFKC').trim().toLowerCase();
  return YES_WORDS.includes(word) ? true : NO_WORDS.includes(word) ? false : undefined;
}

/** Who the message is about: the key, the n-th entry of a list, or the whole ledger. */
function subjectOf(path: NodePath): Bilingual {
  const last = path[path.length - 1];
  if (last === undefined) return text.LEDGER_SUBJECT;
  if (typeof last === 'string') return text.keySubject(last, schemaAt(path));
  const list = path[path.length - 2];
  return text.entrySubject(typeof list === 'string' ? list : '', last, schemaAt(path.slice(0, -1)));
}

function shapeOf(value: unknown): 'list' | 'mapping' | undefined {
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' && value !== null ? 'mapping' : undefined;
}

/** `"true"`, `"8"` or `version: "1"`: right once the quotes go. */
function rightWithoutQuotes(value: unknown, node: SchemaNode | undefined): boolean {
  if (typeof value !== 'string' || !node) return false;
  if ('const' in node) return value === String(node.const);
  if (node.type === 'boolean') return value === 'true' || value === 'false';
  return node.type === 'integer' && /^\d+$/.test(value) && Number(value) >= (node.minimum ?? 0);
}

function wrongType(path: NodePath, value: unknown): Bilingual {
  const node = schemaAt(path);
  const subject = subjectOf(path);
  if (path.length === 0) return value === null ? text.LEDGER_EMPTY : text.LEDGER_NOT_MAPPING;
  if (rightWithoutQuotes(value, node)) return text.quoted(subject);
  const shape = shapeOf(value);
  if (shape) return text.wrongShape(subject, node, shape);
  if (text.typesOf(node).includes('boolean')) return text.notBoolean(subject, meantBoolean(value));
  // Stryker disable next-line OptionalChaining: the schema describes every node ajv reports on (no $ref; x- keys are never validated)
  if (node?.format === 'date') return text.notDateShape(subject, node);
  // Stryker disable next-line OptionalChaining: the schema describes every node ajv reports on (no $ref; x- keys are never validated)
  if (node?.format === 'email') return text.notEmail(subject);
  // Stryker disable next-line OptionalChaining: the schema describes every node ajv reports on (no $ref; x- keys are never validated)
  if (node?.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return text.notText(subject, typeof value === 'number' ? 'number' : 'boolean');
  }
  return text.notAllowed(subject, node);
}

function wrongDate(path: NodePath, value: unknown): Bilingual {
  const subject = subjectOf(path);
  if (typeof value === 'string' && DATE_SHAPE.test(value)) return text.notRealDate(subject);
  const shape = shapeOf(value);
  return shape ? text.wrongShape(subject, schemaAt(path), shape) : text.notDateShape(subject, schemaAt(path));
}

function wrongEnum(path: NodePath, value: unknown, allowed: unknown[]): Bilingual {
  const suggestion = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
  return text.notAllowed(subjectOf(path), schemaAt(path), suggestion);
}

function wrongPattern(path: NodePath, pattern: unknown): Bilingual {
  if (pattern === text.NOT_BLANK_PATTERN) return text.blank(subjectOf(path));
  return text.notAllowed(subjectOf(path), schemaAt(path));
}

/** The first later entry equal to an earlier one. */
function firstRepeat(list: unknown): number | undefined {
  if (!Array.isArray(list)) return undefined;
  const seen = new Set<string>();
  for (const [index, item] of list.entries()) {
    const key = JSON.stringify(item);
    if (seen.has(key)) return index;
    seen.add(key);
  }
  return undefined;
}

function repeated(path: NodePath, list: unknown): Problem {
  const index = firstRepeat(list) ?? 0;
  const item = Array.isArray(list) ? list[index] : undefined;
  return { kind: 'value', path: [...path, index], value: item, message: text.listedTwice(subjectOf(path)) };
}

function missing(error: ErrorObject, path: NodePath): Problem {
  const key = String(error.params.missingProperty);
  // Stryker disable next-line OptionalChaining: a required key is asked for by a node with properties
  const node = schemaAt(path)?.properties?.[key];
  return { kind: 'missing', path, key, message: text.missingKey(key, node, conditionOf(error.schemaPath)) };
}

/** The keys a mapping could still take: built once per mapping, however many unknown keys it has. */
const missingKeysOf = new WeakMap<object, string[]>();

function suggestionFor(error: ErrorObject, path: NodePath): string | undefined {
  const data = (error.data as Record<string, unknown> | null) ?? {};
  let candidates = missingKeysOf.get(data);
  if (!candidates) {
    const present = new Set(Object.keys(data));
    // Stryker disable next-line OptionalChaining: an unknown key is refused by a node with properties
    candidates = Object.keys(schemaAt(path)?.properties ?? {}).filter((candidate) => !present.has(candidate));
    missingKeysOf.set(data, candidates);
  }
  const key = String(error.params.additionalProperty);
  if (isFullWidthAscii(key)) {
    const halfWidth = halfWidthKey(key).key;
    return candidates.includes(halfWidth) ? halfWidth : undefined; // explains the missing key, as a typo does
  }
  return closest(key, candidates);
}

function unknown(error: ErrorObject, path: NodePath): Problem {
  const key = String(error.params.additionalProperty);
  // Stryker disable next-line OptionalChaining: an unknown key is refused by a node with properties
  const allowed = Object.keys(schemaAt(path)?.properties ?? {});
  const suggestion = suggestionFor(error, path);
  if (isFullWidthAscii(key)) {
    return { kind: 'unknown', path: [...path, key], key, suggestion, message: text.fullWidthKey(key, fullWidthCharacter(key), halfWidthKey(key).text) };
  }
  return { kind: 'unknown', path: [...path, key], key, suggestion, message: text.unknownKey(key, suggestion, allowed) };
}

function valueMessage(error: ErrorObject, path: NodePath): Bilingual {
  const value: unknown = error.data;
  // `key:` with nothing after it, wherever null is not allowed (a type, an enum or a const).
  if (value === null && path.length > 0) return text.emptyValue(subjectOf(path), schemaAt(path));
  if (typeof value === 'string' && isFullWidthAscii(value)) return text.fullWidthValue(subjectOf(path), fullWidthCharacter(value));
  switch (error.keyword) {
    case 'type':
      return wrongType(path, value);
    case 'format':
      return error.params.format === 'email' ? text.notEmail(subjectOf(path)) : wrongDate(path, value);
    case 'anyOf':
      return wrongDate(path, value); // carrier_remote_lock: date, null or not_applicable
    case 'enum':
      return wrongEnum(path, value, error.params.allowedValues as unknown[]);
    case 'pattern':
      return wrongPattern(path, error.params.pattern);
    case 'minLength':
      return text.blank(subjectOf(path));
    case 'minItems':
      return text.tooFew(subjectOf(path), Number(error.params.limit));
    case 'const':
      return rightWithoutQuotes(value, schemaAt(path)) ? text.quoted(subjectOf(path)) : text.notAllowed(subjectOf(path), schemaAt(path));
    case 'minimum':
      return text.notAllowed(subjectOf(path), schemaAt(path));
    default:
      return text.doesNotFit(subjectOf(path));
  }
}

function problemOf(error: ErrorObject): Problem {
  const path = pathOf(error.instancePath);
  if (error.keyword === 'required') return missing(error, path);
  if (error.keyword === 'additionalProperties') return unknown(error, path);
  if (error.keyword === 'uniqueItems') return repeated(path, error.data);
  return { kind: 'value', path, value: error.data, message: valueMessage(error, path) };
}

// ---- Noise: `if` errors, errors inside anyOf branches, and a second finding for the same problem.

function isNoise(error: ErrorObject, anyOfPaths: ReadonlySet<string>): boolean {
  if (error.keyword === 'if') return true;
  for (const schemaPath of anyOfPaths) if (error.schemaPath.startsWith(`${schemaPath}/`)) return true;
  return false;
}

/** What a problem is, cheaply, before its message is worded: value problems count once per node (a
 * number that is neither an integer nor ≥ 1 is one problem), keys once per key. */
function identity(error: ErrorObject): string {
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return `${at}\u0000missing:${String(error.params.missingProperty)}`;
    case 'additionalProperties':
      return `${at}/${String(error.params.additionalProperty)}\u0000unknown:${String(error.params.additionalProperty)}`;
    case 'uniqueItems':
      // Stryker disable next-line StringLiteral,LogicalOperator: a list has one uniqueItems error, always with a repeat, and the set is its node's own
      return `${at}/${firstRepeat(error.data) ?? 0}\u0000`;
    // Stryker disable next-line ConditionalExpression: undefined is one identity per node as well
    default:
      // Stryker disable next-line StringLiteral: the set is the node's own (SeenPerNode keys by instancePath), so '' is one identity per node as well
      return `${at}\u0000`;
  }
}

/**
 * The identities met so far, kept only for the nodes whose validation is under way (the ancestors of
 * the latest error's node): ajv reports a node's problems while it validates that node, depth first,
 * so a repeat can only come from one of them. A set of every identity would cost seconds and hundreds
 * of megabytes on a ledger with millions of problems.
 */
class SeenPerNode {
  // Stryker disable next-line ArrayDeclaration: the first add pops a string, which has no at
  private readonly stack: Array<{ at: string; seen: Set<string> }> = [];

  /** False when `key` was already met for the node at `at`. */
  add(at: string, key: string): boolean {
    let top = this.stack[this.stack.length - 1];
    while (top && !(at === top.at || at.startsWith(`${top.at}/`) || top.at === '')) {
      this.stack.pop();
      top = this.stack[this.stack.length - 1];
    }
    if (!top || top.at !== at) this.stack.push((top = { at, seen: new Set() }));
    if (top.seen.has(key)) return false;
    top.seen.add(key);
    return true;
  }
}

/** "parent + key" of every missing key that a misspelled key next to it suggests. */
function typoSuggestions(errors: readonly ErrorObject[]): Set<string> {
  const suggested = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const suggestion = suggestionFor(error, pathOf(error.instancePath));
    if (suggestion) suggested.add(`${error.instancePath}\u0000${suggestion}`);
  }
  return suggested;
}

/** A misspelled key that names a missing one is one problem: keep the "did you mean" finding. */
function explainedByTypo(error: ErrorObject, suggested: ReadonlySet<string>): boolean {
  return error.keyword === 'required' && suggested.has(`${error.instancePath}\u0000${String(error.params.missingProperty)}`);
}

/** Numbers JSON cannot write (it would say null) in YAML's own spelling. */
function yamlNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  return value > 0 ? '.inf' : '-.inf';
}

function shown(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return yamlNumber(value);
  const written = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return written.length > 80 ? `${written.slice(0, 79)}…` : written;
}

/** Messages end without a full stop, like the rule messages; inner sentences keep theirs. */
function finished(message: Bilingual): Bilingual {
  return { ja: message.ja.replace(/。$/, ''), en: message.en.replace(/\.$/, '') };
}

function toFinding(problem: Problem): Finding {
  // Stryker disable next-line LogicalOperator: every message has {value} in both languages or in neither
  const usesValue = problem.message.ja.includes('{value}') || problem.message.en.includes('{value}');
  const data: MessageData = usesValue && problem.kind === 'value' ? { value: shown(problem.value) } : {};
  if (problem.kind === 'value' && problem.message.en.includes('{halfWidth}')) data.halfWidth = shown(toHalfWidth(String(problem.value)));
  return {
    ruleId: 'schema',
    severity: 'error',
    path: problem.path,
    ...(problem.kind === 'unknown' ? { pointsAtKey: true } : {}),
    ...(problem.kind === 'missing' ? { missingKey: problem.key } : {}),
    message: finished(problem.message),
    data,
    sources: ['ledger.md'],
  };
}

/** Every way `data` breaks the ledger format, one finding per problem (the first MAX_FINDINGS_PER_RULE,
 * then one finding counting the rest); [] when it follows the format. */
export function validateLedger(data: unknown): Finding[] {
  const validate = compiled();
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // Schema paths repeat for every item of a list: a set keeps this linear in the number of errors.
  // Stryker disable next-line MethodExpression: no other error's schema path leads to another's: each ends in its keyword, and of the ledger schema's keywords only anyOf keeps errors under it (if drops its own)
  const anyOfPaths = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.schemaPath));
  const relevant = errors.filter((error) => !isNoise(error, anyOfPaths));
  const suggested = typoSuggestions(relevant);
  const seen = new SeenPerNode();
  const findings: Finding[] = [];
  let leftOut = 0;
  let firstLeftOut: Finding | undefined;
  for (const error of relevant) {
    if (suggested.size > 0 && explainedByTypo(error, suggested)) continue;
    if (!seen.add(error.instancePath, identity(error))) continue;
    // Only the findings kept are worded: a million problems cost their count, not their messages.
    if (findings.length < MAX_FINDINGS_PER_RULE) findings.push(toFinding(problemOf(error)));
    else if (leftOut++ === 0) firstLeftOut = toFinding(problemOf(error));
  }
  if (firstLeftOut) findings.push(leftOutFinding(firstLeftOut, leftOut));
  return findings;
}
