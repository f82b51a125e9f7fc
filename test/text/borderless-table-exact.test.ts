// The borderless table at the edge the reporters' tests leave: with the text columns moved below their
// rows, the widest remaining column alone is wrapped to fit, the others kept whole though they would
// wrap too. Loaded inside each test (its widths are module-level).
import type * as BorderlessTable from '../../src/text/borderless-table';
import { freshFunctionsPerTest } from '../helpers/fresh';

const { renderBorderlessTable } = freshFunctionsPerTest(() => require('../../src/text/borderless-table') as typeof BorderlessTable);

describe('renderBorderlessTable, text moved below', () => {
  it('wraps the widest remaining column only, at the room the others leave', () => {
    const rows = [['aaa bbb cccc', 'ddd eee fff', 'The message, which moves below the row']];
    expect(renderBorderlessTable(['Sev', 'Rule', 'Message'], rows, { width: 23, flow: [2] }).split('\n')).toEqual([
      '  Sev      Rule',
      '  aaa bbb  ddd eee fff',
      '  cccc',
      '      The message,',
      '      which moves below',
      '      the row',
    ]);
  });
});
