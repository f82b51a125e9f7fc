// A small XML scanner for the parts the zip guard inflated: start tags (local names, attributes by local
// name), end tags and text, entities and character references decoded, CDATA as text, comments and
// processing instructions skipped. No DTD is ever read (the guard refuses them). Linear in the part's
// length and holds no tree: fast-xml-parser took 12 s and 1 GB on 40 MB of empty elements, 9 s and
// 2.4 GB on one 40 MB text, both within the guard's limits.

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandler {
  /** `attributes` as written: attributesOf reads them, for the few elements that need them. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Where a part is not XML: the reader says which part, never this parser's words. */
export class XmlError extends Error {}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function character(decimal: string | undefined, hex: string | undefined, whole: string): string {
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
  const usable = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return usable ? String.fromCodePoint(code) : whole;
}

/** `&amp;`, `&#10;`, `&#x1F600;` → their characters; an unknown entity stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string | undefined, decimal: string | undefined, hex: string | undefined) =>
    name !== undefined ? NAMED[name]! : character(decimal, hex, whole));
}

/** XML's line ends: CR LF and a lone CR are LF (a `&#13;` stays a CR). */
const lineEnds = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

function textOf(raw: string): string {
  return decodeEntities(lineEnds(raw));
}

/** An attribute's value: literal tabs and line ends are spaces (XML's normalisation), then references. */
function attributeValue(raw: string): string {
  return decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A start tag's attributes by local name (namespace declarations left out). */
export function attributesOf(raw: string): Attributes {
  const found: Record<string, string> = Object.create(null) as Record<string, string>;
  if (raw === '') return found;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(raw); match !== null; match = ATTRIBUTE.exec(raw)) {
    const name = match[1]!;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    // Stryker disable next-line StringLiteral: never reached: the pattern matched one of the two quoted values
    found[localName(name)] = attributeValue(match[2] ?? match[3] ?? '');
  }
  return found;
}

/** The end of a construct that starts at `at` and ends with `terminator`, or an XmlError. */
function endOf(xml: string, at: number, terminator: string): number {
  const end = xml.indexOf(terminator, at);
  if (end < 0) throw new XmlError('unterminated');
  return end + terminator.length;
}

/** Skips a comment or processing instruction, or reads a CDATA section; the index after it. */
function special(xml: string, at: number, handler: XmlHandler): number {
  // '<!' and '--' apart: the page's inline script may not hold an HTML comment's opening.
  if (xml.startsWith('<!', at) && xml.startsWith('--', at + 2)) return endOf(xml, at + 4, '-->');
  if (xml.startsWith('<?', at)) return endOf(xml, at + 2, '?>');
  if (xml.startsWith('<![CDATA[', at)) {
    const end = endOf(xml, at + 9, ']]>');
    handler.text(lineEnds(xml.slice(at + 9, end - 3)));
    return end;
  }
  throw new XmlError('declaration');
}

/** Calls `handler` for each tag and text of `xml`; throws XmlError where it is not well-formed. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const open: string[] = [];
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at && open.length > 0) handler.text(textOf(xml.slice(at, textEnd)));
    if (lt < 0) break;
    at = step(xml, lt, open, handler);
  }
  if (open.length > 0) throw new XmlError('unclosed');
}

/** One markup construct at `lt`; the index after it. */
function step(xml: string, lt: number, open: string[], handler: XmlHandler): number {
  const next = xml.charCodeAt(lt + 1);
  if (next === 0x2f /* / */) {
    const end = endOf(xml, lt, '>');
    const name = localName(xml.slice(lt + 2, end - 1).trim());
    if (open.pop() !== name) throw new XmlError('mismatched');
    handler.close(name);
    return end;
  }
  if (next === 0x21 /* ! */ || next === 0x3f /* ? */) return special(xml, lt, handler);
  TAG.lastIndex = lt;
  const match = TAG.exec(xml);
  if (!match) throw new XmlError('tag');
  const name = localName(match[1]!);
  const selfClosing = match[3] === '/';
  handler.open(name, match[2]!, selfClosing);
  if (selfClosing) handler.close(name);
  else open.push(name);
  return TAG.lastIndex;
}

/** An element of a small part, as a tree (relationships, workbook.xml): children and text. */
export interface XmlElement {
  name: string;
  attributes: Attributes;
  children: XmlElement[];
  text: string;
}

/** The elements whose local name is in `keep` (and their ancestors), as a tree under a root named ''. */
export function xmlTree(xml: string, keep: ReadonlySet<string>): XmlElement {
  const root: XmlElement = { name: '', attributes: {}, children: [], text: '' };
  const stack: (XmlElement | undefined)[] = [root];
  scanXml(xml, {
    open(name, attributes) {
      const parent = stack[stack.length - 1];
      const element = parent && keep.has(name) ? { name, attributes: attributesOf(attributes), children: [], text: '' } : undefined;
      if (element) parent!.children.push(element);
      stack.push(element);
    },
    close() {
      stack.pop();
    },
    text(text) {
      const element = stack[stack.length - 1];
      if (element) element.text += text;
    },
  });
  return root;
}

/** The children named `name` of `element`, and theirs, along `path`. */
export function childrenAt(element: XmlElement, ...path: string[]): XmlElement[] {
  let found = [element];
  for (const name of path) found = found.flatMap((candidate) => candidate.children.filter((child) => child.name === name));
  return found;
}
