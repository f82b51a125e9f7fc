// Text → one YAML 1.2 document with source positions, or yaml-syntax problems.
import { Document, LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Bilingual, NodePath, Position } from '../types';
import { syntaxMessage, SYNTAX_MESSAGES } from './syntax-messages';

/** Aliases allowed while building the value; more is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface SyntaxProblem {
  position: Position;
  message: Bilingual;
}

export interface ParsedLedger {
  value: unknown;
  /** Where the node at `path` starts; the nearest existing ancestor when the path is absent. */
  locate(path: NodePath, pointsAtKey?: boolean): Position;
}

export type ParseResult = { ok: true; ledger: ParsedLedger } | { ok: false; problems: SyntaxProblem[] };

const DOCUMENT_START: Position = { line: 1, column: 1 };

export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function childOf(document: Document, node: unknown, key: string | number): { key?: YamlNode; value?: unknown } | undefined {
  const resolved = isAlias(node) ? node.resolve(document) : node;
  if (isMap(resolved)) {
    const pair = resolved.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
    return pair ? { key: pair.key as YamlNode, value: pair.value } : undefined;
  }
  if (isSeq(resolved) && typeof key === 'number') {
    return key < resolved.items.length ? { value: resolved.items[key] } : undefined;
  }
  return undefined;
}

/** Where a node starts; undefined for an empty value (`key:`), which has no text of its own. */
function startOf(node: unknown): number | undefined {
  const range = (node as YamlNode | null)?.range;
  if (!range || (isScalar(node) && node.value === null && range[0] === range[1])) return undefined;
  return range[0];
}

function locator(document: Document, lineCounter: LineCounter): ParsedLedger['locate'] {
  return (path, pointsAtKey = false) => {
    let node: unknown = document.contents;
    let offset = startOf(node);
    for (const [index, segment] of path.entries()) {
      const child = childOf(document, node, segment);
      if (!child) break;
      const isLast = index === path.length - 1;
      // An empty value (`key:`) has no node of its own: the key marks the spot.
      offset = (isLast && pointsAtKey ? startOf(child.key) : startOf(child.value) ?? startOf(child.key)) ?? offset;
      node = child.value;
    }
    return offset === undefined ? DOCUMENT_START : positionAt(lineCounter, offset);
  };
}

/** Every duplicate key, but only the first other error: later ones are mostly its echoes. */
function problemsOf(document: Document, lineCounter: LineCounter): SyntaxProblem[] {
  const firstOther = document.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  return document.errors
    .filter((error) => error.code === 'DUPLICATE_KEY' || error === firstOther)
    .map((error) => ({
      position: positionAt(lineCounter, error.pos[0]),
      message: syntaxMessage(error.code, error.message),
    }));
}

export function parseLedger(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    version: '1.2',
  });
  const documents = Array.isArray(parsed) ? parsed : [];
  if (documents.length === 0) return { ok: true, ledger: { value: null, locate: () => DOCUMENT_START } };

  const problems = documents.flatMap((document) => problemsOf(document, lineCounter));
  if (documents.length > 1) {
    const second = documents[1]!;
    problems.push({ position: positionAt(lineCounter, second.range[0]), message: SYNTAX_MESSAGES.severalDocuments });
  }
  if (problems.length > 0) return { ok: false, problems };

  const document = documents[0]!;
  try {
    const value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, ledger: { value, locate: locator(document, lineCounter) } };
  } catch (error) {
    if (error instanceof ReferenceError) {
      return { ok: false, problems: [{ position: DOCUMENT_START, message: SYNTAX_MESSAGES.tooManyAliases }] };
    }
    throw error;
  }
}
