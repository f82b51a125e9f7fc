// A linear look at nesting (brackets, and `- - -` on one line) before the precise parser composes anything: the `yaml` package
// composes nested flow collections recursively, and 3 million `[` take it half a minute and gigabytes
// before it gives up. Approximate on purpose, but only ever short: a bracket inside a block-context
// plain scalar (`note: a[1`) is not counted, and a quote it misreads can only hide brackets.

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

const isOpening = (code: number) => code === 0x5b || code === 0x7b; // [ {
const isClosing = (code: number) => code === 0x5d || code === 0x7d; // ] }
const isBlank = (code: number) => code === SPACE || code === TAB || code === LF || code === CR;

/** The previous character that is not a space or tab on the same line; LF at a line start. */
function previousOnLine(text: string, at: number): number {
  for (let index = at - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code !== SPACE && code !== TAB) return code === CR ? LF : code;
  }
  return LF;
}

/** Where a node may start in block context: a line start, or after `- `, `: `, `? `. */
const startsBlockNode = (previous: number) => previous === LF || previous === 0x2d || previous === 0x3a || previous === 0x3f;
/** Where a node may start inside a flow collection. */
const startsFlowNode = (previous: number) => isOpening(previous) || previous === 0x2c || previous === 0x3a; // , :

/** The end of the quoted scalar opened at `at` (double quotes take backslash escapes, single quotes `''`). */
function skipQuoted(text: string, at: number): number {
  const quote = text.charCodeAt(at);
  for (let index = at + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (quote === 0x22 && code === 0x5c) index++;
    else if (code === quote) {
      if (quote === 0x27 && text.charCodeAt(index + 1) === 0x27) index++;
      else return index;
    }
  }
  return text.length;
}

function skipComment(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

/** `- ` that opens a sequence nested in the one before it on the same line (`- - - x`). */
const isCompactItem = (text: string, at: number) => text.charCodeAt(at) === 0x2d && isBlank(text.charCodeAt(at + 1));

/** The offset of the first `[`, `{` or compact `- ` nested deeper than `limit`, or undefined. */
export function flowTooDeep(text: string, limit: number): number | undefined {
  let depth = 0;
  let items = 0; // compact block items on this line
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === LF) items = 0;
    if (isBlank(code)) continue;
    if (depth === 0 && isCompactItem(text, at)) {
      const previous = previousOnLine(text, at);
      items = previous === 0x2d ? items + 1 : previous === LF ? 1 : 0;
      if (items > limit) return at;
      continue;
    }
    const previous = at === 0 ? LF : isBlank(text.charCodeAt(at - 1)) ? -1 : text.charCodeAt(at - 1);
    if (code === 0x23 && (previous === -1 || previous === LF)) at = skipComment(text, at);
    else if (depth === 0) {
      if (!isOpening(code) && code !== 0x22 && code !== 0x27) continue;
      if (!startsBlockNode(previousOnLine(text, at))) continue;
      if (isOpening(code)) depth = 1;
      else at = skipQuoted(text, at);
    } else if (isOpening(code)) {
      if (++depth > limit) return at;
    } else if (isClosing(code)) depth--;
    else if (code === 0x22 || (code === 0x27 && startsFlowNode(previousOnLine(text, at)))) at = skipQuoted(text, at);
  }
  return undefined;
}
