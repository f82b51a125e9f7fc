// Syntax errors that are typing mistakes, named for what they are and placed where they are: a
// full-width space in the indentation or a full-width colon after a key, no space after a key's colon,
// a list item that lost its `- ` (the yaml package sees the same keys twice), a quote never closed
// (reported at the end of the file).
import type { Document, LineCounter, YAMLError } from 'yaml';
import { toHalfWidth } from './full-width';
import type { SyntaxProblem } from './parse';
import { SYNTAX_MESSAGES } from './syntax-messages';

type Yaml = typeof import('yaml');

const INDENT_WITH_FULL_WIDTH_SPACE = /^[ \u3000]*\u3000/;
const DASH_IN_FULL_WIDTH = /^[ \u3000]*－[ \u3000]/;
const KEY_WITH_FULL_WIDTH_COLON = /^([ \u3000]*(?:-[ \u3000]+)?)([A-Za-z_][\w.-]*)[ \u3000]*：[ \u3000]*/;
/** `mfa:true`: YAML needs a space after a key's colon, or it reads one plain text. */
const KEY_WITHOUT_SPACE = /^([ ]*(?:-[ ]+)?)([A-Za-z_][\w.-]*):(?=[^\s:])/;

/** What follows a key on its line, without a comment. */
function valueAfter(line: string, start: number): string {
  return line.slice(start).replace(/\s+#.*$/, '').trimEnd();
}

/** A full-width space in the indentation, a full-width list dash, or a full-width colon after a key, on this line. */
export function fullWidthOnLine(line: string, lineNumber: number): SyntaxProblem | undefined {
  const colon = KEY_WITH_FULL_WIDTH_COLON.exec(line);
  if (colon) {
    const [whole, , key] = colon;
    return { position: { line: lineNumber, column: whole.indexOf('：') + 1 }, message: SYNTAX_MESSAGES.fullWidthColon, data: { key: key!, value: toHalfWidth(valueAfter(line, whole.length)) } };
  }
  const dash = DASH_IN_FULL_WIDTH.exec(line);
  if (dash) return { position: { line: lineNumber, column: dash[0].indexOf('－') + 1 }, message: SYNTAX_MESSAGES.fullWidthDash };
  const indent = INDENT_WITH_FULL_WIDTH_SPACE.exec(line);
  if (indent) return { position: { line: lineNumber, column: indent[0].indexOf('\u3000') + 1 }, message: SYNTAX_MESSAGES.fullWidthIndent };
  return undefined;
}

/** A key whose colon has no space after it (`mfa:true`), on a line where the parser found an error. */
function colonWithoutSpace(line: string, lineNumber: number): SyntaxProblem | undefined {
  const match = KEY_WITHOUT_SPACE.exec(line);
  if (!match) return undefined;
  const [whole, , key] = match;
  return { position: { line: lineNumber, column: whole.length }, message: SYNTAX_MESSAGES.colonWithoutSpace, data: { key: key!, value: valueAfter(line, whole.length) } };
}

/** A repeated key found by the precise path's own check, with the mapping that holds it. */
export interface DuplicateKey {
  code: 'DUPLICATE_KEY';
  pos: [number, number];
  message: string;
  owner: KeyOwner;
}

/** The mapping that holds a key, and whether a list holds that mapping. */
export interface KeyOwner {
  map: object;
  key: string;
  inList: boolean;
}

/** Where the quoted text that runs to the error (the end of the file) opens. */
function openingQuote(yaml: Yaml, document: Document, errorOffset: number): { offset: number; quote: string } | undefined {
  let opening: { offset: number; quote: string } | undefined;
  yaml.visit(document, {
    Scalar(_key, scalar) {
      const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
      if (!quoted || !scalar.range || scalar.range[1] < errorOffset) return undefined;
      opening = { offset: scalar.range[0], quote: scalar.type === 'QUOTE_DOUBLE' ? '"' : "'" };
      return yaml.visit.BREAK;
    },
  });
  return opening;
}

export interface MistakeContext {
  yaml: Yaml;
  document: Document;
  lineCounter: LineCounter;
  lines: readonly string[];
}

/**
 * The typing mistake behind a parser error, or undefined to word the error as the parser found it;
 * null drops the error (a second key of the same lost `- ` item: one finding per item).
 */
export function typingMistake(error: YAMLError | DuplicateKey, context: MistakeContext, reportedMaps: Set<object>): SyntaxProblem | null | undefined {
  const { yaml, document, lineCounter, lines } = context;
  const { line } = lineCounter.linePos(error.pos[0]);
  const fullWidth = fullWidthOnLine(lines[line - 1] ?? '', line);
  if (fullWidth) return fullWidth;
  const noSpace = colonWithoutSpace(lines[line - 1] ?? '', line);
  if (noSpace) return noSpace;
  // The parser's own duplicate check is off (quadratic): every repeated key comes from duplicateKeys, with its mapping.
  if ('owner' in error) {
    const { owner } = error;
    if (!owner.inList) return undefined;
    if (reportedMaps.has(owner.map)) return null;
    reportedMaps.add(owner.map);
    const { col } = lineCounter.linePos(error.pos[0]);
    return { position: { line, column: col }, message: SYNTAX_MESSAGES.missingDash, data: { key: owner.key } };
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const opening = openingQuote(yaml, document, error.pos[0]);
    if (!opening) return undefined;
    const { line: openLine, col } = lineCounter.linePos(opening.offset);
    const escaped = opening.quote === '"' ? '\\"' : "''";
    return { position: { line: openLine, column: col }, message: SYNTAX_MESSAGES.unclosedQuote, data: { quote: opening.quote, escaped } };
  }
  return undefined;
}
