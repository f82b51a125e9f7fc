// The borderless, ESLint-like table shared by `check` and `due`: columns aligned by display width
// (string-width counts full-width Japanese as two columns and skips colour codes), cells that hold
// line breaks spread over several lines, no trailing blanks. The layout is cli-table3's, done in
// linear time: cli-table3 took 1.8 s for a 3,500-finding table (README, "Performance"). Given a
// terminal's width, a table wider than it wraps its text column, or moves it below each row.

import { displayWidth } from './display-width';
import { wrapText } from './wrap';

const INDENT = '  ';
const GAP = '  ';

interface Line {
  text: string;
  width: number;
}

function measured(cell: string): Line[] {
  return cell.split('\n').map((text) => ({ text, width: displayWidth(text) }));
}

/** How a table fits a terminal: at most `width` columns; the `flow` columns (text) wrap in place, or,
 * when that would leave them too narrow, move below their row, indented. */
export interface TableLayout {
  width: number;
  /** The columns of running text, the one to wrap first. */
  flow: number[];
}

/** Narrower than this, a wrapped column reads worse than the same text on lines of its own. */
const MIN_FLOW_WIDTH = 30;
/** Narrower than this, another column is not wrapped to make its row fit. */
const MIN_WRAPPED_WIDTH = 8;
const BELOW_INDENT = '      ';

function columnWidths(table: Line[][][], count: number): number[] {
  const widths = new Array<number>(count).fill(0);
  for (const row of table) {
    row.forEach((cell, column) => {
      for (const line of cell) widths[column] = Math.max(widths[column]!, line.width);
    });
  }
  return widths;
}

function renderRows(table: Line[][][], widths: number[], below: (rowIndex: number) => string[] = () => []): string[] {
  const output: string[] = [];
  table.forEach((row, rowIndex) => {
    const height = row.reduce((most, cell) => Math.max(most, cell.length), 1);
    for (let index = 0; index < height; index++) {
      const cells = row.map((cell, column) => {
        const line = cell[index] ?? { text: '', width: 0 };
        return line.text + ' '.repeat(widths[column]! - line.width);
      });
      output.push(`${INDENT}${cells.join(GAP)}`.trimEnd());
    }
    output.push(...below(rowIndex));
  });
  return output;
}

function wrapped(cell: string, width: number): Line[] {
  return cell.split('\n').flatMap((text) => wrapText(text, width)).map((text) => ({ text, width: displayWidth(text) }));
}

const tableWidth = (widths: number[]) => INDENT.length + widths.reduce((sum, width) => sum + width, 0) + GAP.length * (widths.length - 1);

/** The rows with their widest column wrapped so that a line fits `width`, if that leaves it wide enough. */
function narrowWidest(table: Line[][][], width: number): Line[][][] {
  const widths = columnWidths(table, table[0]!.length);
  const widest = widths.indexOf(Math.max(...widths));
  const room = width - (tableWidth(widths) - widths[widest]!);
  if (tableWidth(widths) <= width || room < MIN_WRAPPED_WIDTH) return table;
  return table.map((row) => row.map((cell, column) => (column === widest ? cell.flatMap((line) => wrapped(line.text, room)) : cell)));
}

/** The table laid out for a terminal `layout.width` columns wide (the text of a row never wider). */
function fitTable(head: string[], rows: string[][], table: Line[][][], widths: number[], layout: TableLayout): string[] {
  const [first, ...others] = layout.flow;
  if (first === undefined) return renderRows(table, widths);
  // The text column wraps in place; the other text columns (a file) stay, or else join it as lines of its own.
  for (const joined of others.length > 0 ? [[], others] : [[]]) {
    const columns = head.map((_, column) => column).filter((column) => !joined.includes(column));
    const room = layout.width - (tableWidth(columns.map((column) => widths[column]!)) - widths[first]!);
    // Joined text columns are not cut: a file name split in two reads worse than the stacked layout.
    if (room < Math.max(MIN_FLOW_WIDTH, ...joined.map((column) => widths[column]!))) continue;
    const inPlace = [head, ...rows].map((row, rowIndex) =>
      columns.map((column) => {
        if (column !== first) return table[rowIndex]![column]!;
        const texts = rowIndex === 0 ? [row[first] ?? ''] : [first, ...joined].map((flow) => row[flow] ?? '').filter(Boolean);
        return texts.flatMap((text) => wrapped(text, room));
      }),
    );
    return renderRows(inPlace, columnWidths(inPlace, columns.length));
  }
  // Too narrow: the flow columns leave the row and follow it, each on lines of its own.
  const kept = head.map((_, column) => column).filter((column) => !layout.flow.includes(column));
  const remaining = narrowWidest(table.map((row) => kept.map((column) => row[column]!)), layout.width);
  const belowWidth = layout.width - BELOW_INDENT.length;
  const below = (rowIndex: number) =>
    rowIndex === 0
      ? []
      : layout.flow.flatMap((column) => (rows[rowIndex - 1]![column] ? wrapped(rows[rowIndex - 1]![column]!, belowWidth) : [])).map((line) => `${BELOW_INDENT}${line.text}`);
  return renderRows(remaining, columnWidths(remaining, kept.length), below);
}

/** A last column's lines when nothing is fitted to a width: its padding is trimmed from every line, so
 * its width is never read, and its text (a finding's message, the longest cell) is not measured. */
function unmeasured(cell: string): Line[] {
  return cell.split('\n').map((text) => ({ text, width: 0 }));
}

export function renderBorderlessTable(head: string[], rows: string[][], layout?: TableLayout): string {
  const last = layout === undefined ? head.length - 1 : -1;
  const table = [head, ...rows].map((row) => head.map((_, column) => (column === last ? unmeasured : measured)(row[column] ?? '')));
  const widths = columnWidths(table, head.length);
  const fits = layout === undefined || tableWidth(widths) <= layout.width;
  return (fits ? renderRows(table, widths) : fitTable(head, rows, table, widths, layout)).join('\n');
}
