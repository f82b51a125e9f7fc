// Where a finding is, as every format says it, exact: `line:column`, or `sheet!cell` with the sheet quoted
// as Excel quotes it in a reference (spaces, punctuation, a leading digit, an empty name; a quote doubled).
import type * as Position from '../../src/text/position';
import { freshFunctionsPerTest } from '../helpers/fresh';

// Loaded afresh in each test: the sheet-name patterns are module-level.
const { positionLabel, reportPosition } = freshFunctionsPerTest(() => require('../../src/text/position') as typeof Position);

const at = (sheet: string) => positionLabel({ line: null, column: null, sheet, cell: 'F12' });

describe('positionLabel', () => {
  it('line:column for a text file', () => {
    expect(positionLabel({ line: 7, column: 1 })).toBe('7:1');
    expect(positionLabel({ line: 12, column: 30, cell: 'ignored' })).toBe('12:30');
  });

  it('a sheet of letters, digits and underscores as it is', () => {
    expect(['利用者', 'Sheet_1', 'a', 'ab', 'x2y', '２シート', 'ÉtéÜ', '端末_旧'].map(at)).toEqual([
      '利用者!F12', 'Sheet_1!F12', 'a!F12', 'ab!F12', 'x2y!F12', '２シート!F12', 'ÉtéÜ!F12', '端末_旧!F12',
    ]);
  });

  it('quotes a sheet with a space, punctuation, a leading ASCII digit or no name, and doubles its quotes', () => {
    expect(['利用者 (2)', ' 利用者', '利用者 ', 'a-b', '1abc', '2', "it's", "a'b'c", '', '利用者!', '.x'].map(at)).toEqual([
      "'利用者 (2)'!F12", "' 利用者'!F12", "'利用者 '!F12", "'a-b'!F12", "'1abc'!F12", "'2'!F12", "'it''s'!F12", "'a''b''c'!F12", "''!F12", "'利用者!'!F12", "'.x'!F12",
    ]);
  });

  it('a sheet given with an empty cell still names the sheet', () => {
    expect(positionLabel({ line: 3, column: 4, sheet: '施設', cell: '' })).toBe('施設!');
  });
});

describe('reportPosition', () => {
  it('a cell: null line and column, the sheet and the cell; no cell: the line and column only', () => {
    expect(reportPosition({ line: 4, column: 2, cell: { sheet: '端末', ref: 'H3', sheetIndex: 2 } })).toStrictEqual({ line: null, column: null, sheet: '端末', cell: 'H3' });
    expect(reportPosition({ line: 4, column: 2 })).toStrictEqual({ line: 4, column: 2 });
  });
});
