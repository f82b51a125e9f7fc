// The guarded parts as a package: part names looked up ignoring ASCII case (OPC's rule, and the guard
// refused two names that differ only in case), relationships and their targets resolved against the
// part's folder, each part's XML scanned with faults in the user's words.
import { damagedPart } from './fault';
import { scanXml, XmlError, xmlTree } from './xml';
import type { XmlElement, XmlHandler } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, resolved; undefined for an external target. */
  part: string | undefined;
}

const folded = (name: string) => name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

export class WorkbookPackage {
  private readonly names = new Map<string, string>();

  constructor(private readonly parts: ReadonlyMap<string, Buffer>) {
    for (const name of parts.keys()) this.names.set(folded(name), name);
  }

  /** The part's name as stored, for any casing of it. */
  find(name: string): string | undefined {
    return this.names.get(folded(name));
  }

  /** The part's text (UTF-8, or UTF-16 after its byte order mark), or undefined when there is none. */
  text(name: string): string | undefined {
    const stored = this.find(name);
    const bytes = stored === undefined ? undefined : this.parts.get(stored);
    if (bytes === undefined) return undefined;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
    return bytes.toString('utf8');
  }

  /** Scans a part that must be XML: a part that is not is damage, named. */
  scan(name: string, handler: XmlHandler): boolean {
    const text = this.text(name);
    if (text === undefined) return false;
    try {
      scanXml(text, handler);
    } catch (error) {
      if (error instanceof XmlError) throw notXml(name);
      throw error;
    }
    return true;
  }

  /** A small part as a tree of the elements named in `keep`. */
  tree(name: string, keep: readonly string[]): XmlElement | undefined {
    let tree: XmlElement | undefined;
    const text = this.text(name);
    if (text === undefined) return undefined;
    try {
      tree = xmlTree(text, new Set(keep));
    } catch (error) {
      if (error instanceof XmlError) throw notXml(name);
      throw error;
    }
    return tree;
  }

  /** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
  relationships(source: string): Relationship[] {
    const slash = source.lastIndexOf('/');
    const rels = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
    const tree = this.tree(rels, ['Relationships', 'Relationship']);
    if (!tree) return [];
    const elements = tree.children.flatMap((root) => root.children);
    return elements.map(({ attributes }) => ({
      id: attributes.Id ?? '',
      type: attributes.Type ?? '',
      part: attributes.TargetMode === 'External' ? undefined : this.resolve(source, attributes.Target ?? ''),
    }));
  }

  /** A target relative to the source's folder (or absolute from the package's root), as a stored name. */
  private resolve(source: string, target: string): string | undefined {
    const plain = resolvedName(source, target);
    if (plain === undefined) return undefined;
    const found = this.find(plain);
    if (found !== undefined) return found;
    try {
      return this.find(decodeURIComponent(plain)) ?? plain;
    } catch {
      return plain;
    }
  }
}

function notXml(name: string) {
  return damagedPart({ ja: `${name} が XML として読めません`, en: `${name} is not readable XML` });
}

/** `worksheets/sheet1.xml` from `xl/workbook.xml` → `xl/worksheets/sheet1.xml`; `..` goes up; undefined above the root. */
export function resolvedName(source: string, target: string): string | undefined {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length === 0 ? undefined : segments.join('/');
}

/** A relationship's type by its last segment (transitional and strict OOXML differ before it). */
export const typeIs = (relationship: Relationship, kind: string) => relationship.type.endsWith(`/${kind}`);
