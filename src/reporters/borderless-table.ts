// The borderless, ESLint-like table shared by `check` and `due`: columns aligned by display width
// (cli-table3 measures full-width Japanese as two columns), no trailing blanks.
import Table from 'cli-table3';

const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '  ', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '', 'right-mid': '', middle: '  ',
};

export function renderBorderlessTable(head: string[], rows: string[][]): string {
  const table = new Table({ chars: BORDERLESS, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 }, head });
  table.push(...rows);
  // cli-table3 pads the last column too; trailing blanks are noise in logs and diffs.
  return table.toString().split('\n').map((line) => line.trimEnd()).join('\n');
}
