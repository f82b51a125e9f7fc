// What the ledger says as typed, for messages about values YAML read as numbers: `id: 001` is the
// number 1, but the person wrote 001 and must be told to write "001", not "1".
import type { LocatedFinding, NodePath, Position } from '../types';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The plain (unquoted) scalar that starts at `position` (1-based, UTF-16 columns), or undefined. */
function plainScalarAt(text: string, starts: readonly number[], position: Position): string | undefined {
  const lineStart = starts[position.line - 1];
  if (lineStart === undefined) return undefined;
  const lineEnd = text.indexOf('\n', lineStart);
  const rest = text.slice(lineStart + position.column - 1, lineEnd === -1 ? undefined : lineEnd);
  if (/^["'|>[{]/.test(rest)) return undefined;
  // Up to a comment, the end of a flow entry, or the end of the line.
  return /^.*?(?=\s+#|\s*[,\]}]|\s*$)/.exec(rest)?.[0] || undefined;
}

function valueAt(document: unknown, path: NodePath): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown> | null)?.[segment], document);
}

/** Schema findings about a number or true/false show the value as written (`001`), not as read (`1`). */
export function showValuesAsWritten(findings: LocatedFinding[], document: unknown, text: string): LocatedFinding[] {
  let starts: number[] | undefined;
  return findings.map((finding) => {
    if (finding.ruleId !== 'schema' || finding.data.value === undefined) return finding;
    const value = valueAt(document, finding.path);
    if (typeof value !== 'number' && typeof value !== 'boolean') return finding;
    starts ??= lineStarts(text);
    const written = plainScalarAt(text, starts, finding.position);
    return written === undefined || written === finding.data.value ? finding : { ...finding, data: { ...finding.data, value: written } };
  });
}
