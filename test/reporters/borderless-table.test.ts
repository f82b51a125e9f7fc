// The borderless table lays rows out exactly as the cli-table3 configuration it replaced did.
import chalk from 'chalk';
import Table from 'cli-table3';
import { renderBorderlessTable } from '../../src/text/borderless-table';

const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '  ', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '', 'right-mid': '', middle: '  ',
};

function cliTable3(head: string[], rows: string[][]): string {
  const table = new Table({ chars: BORDERLESS, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 }, head });
  table.push(...rows);
  return table.toString().split('\n').map((line) => line.trimEnd()).join('\n');
}

const paint = new chalk.Instance({ level: 1 });

const CASES: Array<[string, string[], string[][]]> = [
  ['full-width Japanese', ['重大度', '位置', 'メッセージ'], [['エラー', '12:3', '田中 美咲 さんのパスワード'], ['info', '1:1', 'short']]],
  ['colour codes', [paint.bold('Severity'), 'Rule'], [[paint.red('error'), paint.gray('antivirus')], [paint.blue('info'), paint.gray('byod')]]],
  ['cells with line breaks, coloured', ['a', 'b', 'c'], [[paint.gray('one\ntwo\nthree'), 'x', 'y\nz'], ['', '全角\n半角', '-']]],
  ['emoji and empty cells', ['a', 'b'], [['🏥 clinic', ''], ['', '✔ ok']]],
];

describe('renderBorderlessTable', () => {
  it.each(CASES)('matches cli-table3 for %s', (_name, head, rows) => {
    expect(renderBorderlessTable(head, rows)).toBe(cliTable3(head, rows));
  });

  it('pads by display width and drops trailing blanks', () => {
    expect(renderBorderlessTable(['列', 'x'], [['全角', 'a'], ['ab', '']])).toBe(['  列    x', '  全角  a', '  ab'].join('\n'));
  });
});
