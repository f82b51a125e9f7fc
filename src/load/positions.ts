// Offsets into the text → 1-based line and column, counted the way the `yaml` package's LineCounter
// counts them: a line starts after each `\n`, columns are UTF-16 code units.
import type { Position } from '../types';

export type OffsetToPosition = (offset: number) => Position;

/** Builds the line index on first use: most files have no finding to place. */
export function lineIndex(text: string): OffsetToPosition {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
