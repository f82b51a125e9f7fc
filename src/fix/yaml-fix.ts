// `fix` for a YAML ledger: the values the checker finds a format problem in, repaired by repairs.ts, each
// written over its own scalar's text in the file, so that comments, key order, quoting, indentation and
// every other line stay byte for byte. The `yaml` package's document API finds each value's node and its
// place in the text. The repaired text is read back: it must give the planned values and nothing else
// changed, or nothing is written.
import type { Document, Scalar } from 'yaml';
import { choicesAt } from '../i18n/enums';
import type { Choice } from '../i18n/enums';
import { isPlainObject, sameValue } from '../workbook/codec';
import { parseLedger } from '../load/parse';
import { validateLedger } from '../schema/validate';
import type { NodePath } from '../types';
import { halfWidthText, meantBoolean, nearChoice, textDate, textInteger, trimmedText } from './repairs';
import type { RepairKind } from './repairs';

export interface ValueRepair {
  path: NodePath;
  line: number;
  column: number;
  before: unknown;
  after: string | number | boolean;
  kind: RepairKind;
  /** The scalar's text in the file, before and after. */
  sourceBefore: string;
  sourceAfter: string;
}

interface SchemaNode {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

function schemaAt(path: NodePath): SchemaNode | undefined {
  let node: SchemaNode | undefined = require('../../schemas/ledger.schema.json') as SchemaNode;
  for (const key of path) node = typeof key === 'number' ? node?.items : node?.properties?.[key];
  return node;
}

const typesOf = (node: SchemaNode): string[] => (node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type]);

/** The choices of an enumerated node: the one table's labels where the field has them, else its values. */
function choicesOf(path: NodePath, node: SchemaNode): Choice[] | undefined {
  // Stryker disable next-line ArrowFunction: the one anyOf in the schema (a date, null or not_applicable) is answered as a date before choices are asked for
  const values = node.enum ?? node.anyOf?.find((branch) => branch.enum)?.enum;
  if (!values) return undefined;
  const keys = path.filter((key): key is string => typeof key === 'string');
  // Stryker disable next-line ArrowFunction,ObjectLiteral: every enumerated field of the schema has its table of choices
  return choicesAt(keys) ?? values.map((value) => ({ value: String(value), label: String(value) }));
}

/** The repaired value of a text the schema finds wrong at `path`, if a mechanical one exists. */
export function repairValue(path: NodePath, value: unknown): { after: string | number | boolean; kind: RepairKind } | undefined {
  const node = schemaAt(path);
  if (!node || typeof value !== 'string') return undefined;
  const branches = node.anyOf ?? [node];
  const types = branches.flatMap(typesOf);
  if (types.includes('boolean')) {
    const meant = meantBoolean(value);
    return meant === undefined ? undefined : { after: meant, kind: value === String(meant) ? 'quotes' : 'yes-no' };
  }
  if (branches.some((branch) => branch.format === 'date')) {
    const day = textDate(value);
    return day === undefined ? undefined : { after: day, kind: 'date' };
  }
  const choices = choicesOf(path, node);
  if (choices) {
    const choice = nearChoice(value, choices);
    return choice === undefined || choice.value === value ? undefined : { after: choice.value, kind: value.trim() === choice.value ? 'spaces' : 'choice' };
  }
  if (types.includes('integer')) {
    const number = textInteger(value);
    return number === undefined ? undefined : { after: number, kind: value === String(number) ? 'quotes' : value.trim() === String(number) ? 'spaces' : 'half-width' };
  }
  if (types.includes('string')) {
    const half = halfWidthText(value);
    if (half !== undefined) return { after: half, kind: 'half-width' };
    const trimmed = trimmedText(value);
    return trimmed === undefined ? undefined : { after: trimmed, kind: 'spaces' };
  }
  return undefined;
}

type Yaml = typeof import('yaml');

/** The scalar's new text, in its own quoting where it is a string; undefined where it cannot be written in place. */
function scalarText(yaml: Yaml, scalar: Scalar, after: string | number | boolean): string | undefined {
  if (typeof after !== 'string') return String(after);
  if (scalar.type === 'QUOTE_DOUBLE') return JSON.stringify(after);
  if (scalar.type === 'QUOTE_SINGLE') return `'${after.replace(/'/g, "''")}'`;
  if (scalar.type !== 'PLAIN') return undefined; // a block scalar: left to a person
  // Stryker disable next-line ObjectLiteral,Regex: yaml folds a plain scalar only at a space, and no value a repair clears holds one (ids, e-mail addresses, choices, dates); a one-line scalar ends in its only \n
  const plain = yaml.stringify(after, { lineWidth: 0 }).replace(/\n$/, '');
  return plain.includes('\n') ? undefined : plain;
}

/** Value problems the schema finds (not a missing or unknown key): their paths. */
function valueProblemPaths(value: unknown): NodePath[] {
  const findings = validateLedger(value);
  // Stryker disable next-line MethodExpression,LogicalOperator: a missing key's path is its mapping's and an unknown key's is outside the schema: neither is a text repairValue repairs nor a repair's path
  const values = findings.filter((finding) => finding.ruleId === 'schema' && finding.missingKey === undefined && !finding.pointsAtKey);
  return values.map((finding) => finding.path);
}

const pathKey = (path: NodePath) => JSON.stringify(path);

function setAt(root: unknown, path: NodePath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(root)) return root.map((item, index) => (index === key ? setAt(item, rest, value) : item));
  if (isPlainObject(root)) return { ...root, [key as string]: setAt(root[key as string], rest, value) };
  return root;
}

function valueAt(root: unknown, path: NodePath): unknown {
  let value = root;
  for (const key of path) value = Array.isArray(value) || isPlainObject(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

export interface YamlFix {
  text: string;
  repairs: ValueRepair[];
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** The repairs a YAML ledger's text allows, and the text with them made. Undefined when the text is not YAML. */
export function fixYamlText(text: string): YamlFix | undefined {
  const parsed = parseLedger(text);
  if (!parsed.ok) return undefined;
  const original = parsed.ledger.value;
  const yaml = require('yaml') as Yaml;
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: parseLedger refuses a key written twice (`<<` included) before the document is parsed
  const document: Document = yaml.parseDocument(text, { uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  let planned: ValueRepair[] = [];
  const seen = new Set<string>();
  for (const path of valueProblemPaths(original)) {
    if (seen.has(pathKey(path))) continue;
    seen.add(pathKey(path));
    const repair = repairValue(path, valueAt(original, path));
    const node = document.getIn(path, true) as Scalar | undefined;
    if (!repair || !node || !yaml.isScalar(node) || !node.range || node.tag !== undefined || node.anchor !== undefined) continue;
    const sourceAfter = scalarText(yaml, node, repair.after);
    if (sourceAfter === undefined) continue;
    const { line, column } = lineAndColumn(text, node.range[0]);
    planned.push({ path, line, column, before: valueAt(original, path), ...repair, sourceBefore: text.slice(node.range[0], node.range[1]), sourceAfter });
  }
  // Only repairs that clear their own problem; dropping one can change another's outcome, so again.
  // Stryker disable next-line UpdateOperator: a round only drops repairs, so the rounds end at the break
  for (let round = 0; round < 5; round++) {
    const remaining = new Set(valueProblemPaths(planned.reduce<unknown>((value, repair) => setAt(value, repair.path, repair.after), original)).map(pathKey));
    const kept = planned.filter((repair) => !remaining.has(pathKey(repair.path)));
    if (kept.length === planned.length) break;
    planned = kept;
  }
  const ranges = planned.map((repair) => ({ repair, range: (document.getIn(repair.path, true) as Scalar).range! }));
  let repaired = text;
  for (const { repair, range } of [...ranges].sort((a, b) => b.range[0] - a.range[0])) {
    repaired = repaired.slice(0, range[0]) + repair.sourceAfter + repaired.slice(range[1]);
  }
  // Read back: the planned values, and every other value as it was.
  const back = parseLedger(repaired);
  const expected = planned.reduce<unknown>((value, repair) => setAt(value, repair.path, repair.after), original);
  if (!back.ok || !sameValue(back.ledger.value, expected)) throw new Error('fix: the repaired YAML does not read back as planned');
  return { text: repaired, repairs: planned.sort((a, b) => a.line - b.line || a.column - b.column) };
}
