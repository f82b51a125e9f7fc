// wordsAt: a message at a workbook's cell is said in the workbook's words (its sheets and labels), any
// other in the YAML ledger's own keys. Its cache of words is module-level: each test loads it afresh.
import type { Words } from '../../src/i18n/lang';
import { freshPerTest } from '../helpers/fresh';

const words = freshPerTest(() => require('../../src/report/words') as typeof import('../../src/report/words'));
const CELL = { line: 4, column: 2, cell: { sheet: '端末', sheetIndex: 2, ref: 'H3' } };

describe('wordsAt', () => {
  it('gives no words (the YAML ledger\'s) for a position without a cell, or none', () => {
    expect(words().wordsAt({ line: 4, column: 2 }, 'ja')).toBeUndefined();
    expect(words().wordsAt(undefined, 'en')).toBeUndefined();
  });

  it('gives the workbook\'s words at a cell, in the language asked, the same object each time', () => {
    const ja = words().wordsAt(CELL, 'ja') as Words;
    expect(ja.key('', 'devices')).toBe('「端末」シート');
    expect(words().wordsAt(CELL, 'ja')).toBe(ja);
    const en = words().wordsAt(CELL, 'en') as Words;
    expect(en.key('', 'devices')).toBe('the sheet 「端末」');
    expect(words().wordsAt({ line: 1, column: 1 }, 'en')).toBeUndefined();
  });
});
