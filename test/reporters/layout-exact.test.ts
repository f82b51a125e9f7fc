// The terminal layout at its edges: the table's width to the column (fits at exactly the terminal's
// width, wraps one column narrower), the 30-column floor for wrapping the message in place, the 8-column
// floor for wrapping another column, a second text column that must stay whole, empty cells; line
// breaking between Japanese and Latin text and the kinsoku sets; colour codes carried across lines for
// each attribute; continuation indents; display widths; the format registry.
import type * as BorderlessTable from '../../src/text/borderless-table';
import type * as DisplayWidth from '../../src/text/display-width';
import type * as Wrap from '../../src/text/wrap';
import { fresh } from '../helpers/fresh';

// Each loaded afresh for each call: their module-level widths, patterns and sets are read in the test.
const renderBorderlessTable: typeof BorderlessTable.renderBorderlessTable = (...args) =>
  fresh(() => require('../../src/text/borderless-table') as typeof BorderlessTable).renderBorderlessTable(...args);
const displayWidth = (text: string) => fresh(() => require('../../src/text/display-width') as typeof DisplayWidth).displayWidth(text);
const wrapText: typeof Wrap.wrapText = (...args) => fresh(() => require('../../src/text/wrap') as typeof Wrap).wrapText(...args);
const fitToWidth: typeof Wrap.fitToWidth = (...args) => fresh(() => require('../../src/text/wrap') as typeof Wrap).fitToWidth(...args);

const HEAD = ['Sev', 'Rule', 'Message'];
const MFA = () => [['error', 'mfa', 'Device PC-01 does not use two-factor login. Set it up and set security.mfa to true']];

describe('renderBorderlessTable at the edges', () => {
  it('keeps the piped layout at exactly the table\'s width and lays it out one column narrower', () => {
    const rows = MFA();
    const piped = renderBorderlessTable(HEAD, rows);
    expect(Math.max(...piped.split('\n').map(displayWidth))).toBe(97);
    expect(renderBorderlessTable(HEAD, rows, { width: 97, flow: [2] })).toBe(piped);
    expect(renderBorderlessTable(HEAD, rows, { width: 96, flow: [2] }).split('\n')).toEqual([
      '  Sev    Rule  Message',
      '  error  mfa   Device PC-01 does not use two-factor login. Set it up and set security.mfa to',
      '               true',
    ]);
  });

  it('wraps the message in place with 30 columns left for it, and moves it below with 29', () => {
    expect(renderBorderlessTable(HEAD, MFA(), { width: 45, flow: [2] }).split('\n')).toEqual([
      '  Sev    Rule  Message',
      '  error  mfa   Device PC-01 does not use',
      '               two-factor login. Set it up',
      '               and set security.mfa to true',
    ]);
    expect(renderBorderlessTable(HEAD, MFA(), { width: 44, flow: [2] }).split('\n')).toEqual([
      '  Sev    Rule',
      '  error  mfa',
      '      Device PC-01 does not use two-factor',
      '      login. Set it up and set security.mfa',
      '      to true',
    ]);
  });

  it('joins a second text column under the first only when the room holds it whole, and skips an empty one', () => {
    const head = ['Due', 'To do', 'File'];
    const rows = [['2026-12-01', 'Change the MCS password and update mcs_password_changed', 'ledgers/some-long-directory/a.yaml:12'], ['2026-12-02', 'Sign', '']];
    expect(renderBorderlessTable(head, rows, { width: 51, flow: [1, 2] }).split('\n')).toEqual([
      '  Due         To do',
      '  2026-12-01  Change the MCS password and update',
      '              mcs_password_changed',
      '              ledgers/some-long-directory/a.yaml:12',
      '  2026-12-02  Sign',
    ]);
    expect(renderBorderlessTable(head, rows, { width: 50, flow: [1, 2] }).split('\n')).toEqual([
      '  Due',
      '  2026-12-01',
      '      Change the MCS password and update',
      '      mcs_password_changed',
      '      ledgers/some-long-directory/a.yaml:12',
      '  2026-12-02',
      '      Sign',
    ]);
  });

  it('wraps another column when 8 columns are left for it, not with 7; an empty message adds no line', () => {
    const head = ['Sev', 'Target', 'Message'];
    expect(renderBorderlessTable(head, [['error', 'abcdefgh ijklmnop', 'm'], ['info', 'x', '']], { width: 17, flow: [2] }).split('\n')).toEqual([
      '  Sev    Target',
      '  error  abcdefgh',
      '         ijklmnop',
      '      m',
      '  info   x',
    ]);
    expect(renderBorderlessTable(head, [['error', 'abcdefgh ijklmnop', 'm']], { width: 16, flow: [2] }).split('\n')).toEqual(['  Sev    Target', '  error  abcdefgh ijklmnop', '      m']);
  });

  it('lays a table without text columns out as piped, and fills missing cells with blanks', () => {
    expect(renderBorderlessTable(['A', 'B'], [['abcdefghij', 'x']], { width: 10, flow: [] })).toBe('  A           B\n  abcdefghij  x');
    expect(renderBorderlessTable(['a', 'b', 'c'], [['x'], ['y', 'z']])).toBe('  a  b  c\n  x\n  y  z');
  });

  it('keeps a table that fits as it is, even when its message column is narrower than the 30 columns wrapping needs', () => {
    expect(renderBorderlessTable(HEAD, [['error', 'mfa', 'short']], { width: 22, flow: [2] })).toBe('  Sev    Rule  Message\n  error  mfa   short');
  });

  it('joins a row\'s file under its text, and leaves a missing file out', () => {
    const rows = [['2026-12-01', 'Change the MCS password and update mcs_password_changed'], ['2026-12-02', 'Renew', 'a.yaml:3']];
    expect(renderBorderlessTable(['Due', 'To do', 'File'], rows, { width: 50, flow: [1, 2] })).toBe(
      ['  Due         To do', '  2026-12-01  Change the MCS password and update', '              mcs_password_changed', '  2026-12-02  Renew', '              a.yaml:3'].join('\n'),
    );
  });
});

describe('wrapText at the edges', () => {
  it('breaks between Latin and Japanese only beside a letter or digit', () => {
    expect(wrapText('x abあ', 5)).toEqual(['x ab', 'あ']);
    expect(wrapText('x a.あ', 4)).toEqual(['x', 'a.あ']);
    expect(wrapText('あいa', 4)).toEqual(['あい', 'a']);
    expect(wrapText('あい.', 4)).toEqual(['あ', 'い.']);
    expect(wrapText('abcあいう', 4)).toEqual(['abc', 'あい', 'う']);
  });

  it('breaks where it must when there is no opportunity, and nowhere else', () => {
    expect(wrapText('a.あい', 3)).toEqual(['a.', 'あ', 'い']);
    expect(wrapText('あ.', 2)).toEqual(['あ', '.']);
  });

  it('takes a character outside the BMP (𠮷 of 𠮷田, an emoji) as one wide character', () => {
    expect(wrapText('あい𠮷田', 4)).toEqual(['あい', '𠮷田']);
    expect(wrapText('c ab𠮷', 4)).toEqual(['c ab', '𠮷']); // a break between Latin and it, as before any full-width character
    expect(wrapText('🏥🏥🏥', 4)).toEqual(['🏥🏥', '🏥']);
    expect(wrapText('a🏥b', 2)).toEqual(['a', '🏥', 'b']);
  });

  it('keeps the leading blanks of a first line only, and collapses none inside a line', () => {
    expect(wrapText('  ab cd', 4)).toEqual(['  ab', 'cd']);
    expect(wrapText('ab  cd', 3)).toEqual(['ab', 'cd']);
    expect(wrapText('ab  cd', 6)).toEqual(['ab  cd']);
  });

  it('cuts a word at the first width, then the rest width; a width below 1 counts as 1', () => {
    expect(wrapText('abcdef', 3, 2)).toEqual(['abc', 'de', 'f']);
    expect(wrapText('ab', 0)).toEqual(['a', 'b']);
    expect(wrapText('', 5)).toEqual(['']);
  });

  it('never starts a line with a closing mark or small kana, nor ends one with an opening bracket', () => {
    for (const mark of '、。，．・：；？！）］｝」』】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々') expect([mark, wrapText(`あい${mark}`, 4)]).toEqual([mark, ['あ', `い${mark}`]]);
    for (const mark of '（［｛「『【〔〈《') expect([mark, wrapText(`あ${mark}い`, 4)]).toEqual([mark, ['あ', `${mark}い`]]);
    expect(wrapText('あいう', 4)).toEqual(['あい', 'う']);
  });

  it.each([
    [30, 39], [37, 39], [90, 39], [97, 39], [40, 49], [47, 49], [100, 49], [107, 49],
    [1, 22], [2, 22], [3, 23], [4, 24], [5, 25], [7, 27], [8, 28], [9, 29],
  ])('carries SGR %i across a line end until %i closes it', (open, close) => {
    expect(wrapText(`\x1b[${open}ma b\x1b[${close}m c`, 1)).toEqual([`\x1b[${open}ma\x1b[0m`, `\x1b[${open}mb\x1b[${close}m`, 'c']);
  });

  it('carries combined codes, closes one attribute without the others, and resets on 0 and on an empty code', () => {
    expect(wrapText('ab\x1b[1;31mcd ef\x1b[0m gh', 4)).toEqual(['ab\x1b[1;31mcd\x1b[0m', '\x1b[1m\x1b[31mef\x1b[0m', 'gh']);
    expect(wrapText('\x1b[41m\x1b[33mab cd\x1b[39m ef\x1b[m gh', 2)).toEqual(['\x1b[41m\x1b[33mab\x1b[0m', '\x1b[41m\x1b[33mcd\x1b[39m\x1b[0m', '\x1b[41mef\x1b[m', 'gh']);
  });
});

describe('fitToWidth at the edges', () => {
  it('leaves a line exactly as wide as the terminal, wraps one a column wider', () => {
    expect(fitToWidth('abcdefghij', 10)).toBe('abcdefghij');
    expect(fitToWidth('abcdefghijk', 10)).toBe('abcdefghij\n  k');
    expect(fitToWidth('ab  ', 4)).toBe('ab  '); // a line that fits is left as written, blanks and all
  });

  it('indents continuation lines two more than the line, at most half the width', () => {
    expect(fitToWidth('  ab cd ef gh', 7)).toBe('  ab cd\n   ef\n   gh'); // 3: half of 7
    expect(fitToWidth('  ab cd ef gh', 8)).toBe('  ab cd\n    ef\n    gh'); // 4: two more
    expect(fitToWidth('    abcdef ghijkl mnop', 11)).toBe('    abcdef\n     ghijkl\n     mnop');
  });
});

describe('displayWidth', () => {
  it('counts ASCII one a character, full-width two, colour codes none', () => {
    expect(['', 'abc~ ', '中村', 'a中', '\x1b[31mab\x1b[39m', 'ｱｲ', '🏥', '\x7f'].map(displayWidth)).toEqual([0, 5, 4, 3, 2, 2, 2, 0]);
  });
});

describe('the format registry (loaded afresh)', () => {
  it('names the eight text formats and the marked copy, loads each text format\'s reporter, and nothing for another name', () => {
    jest.isolateModules(() => {
      const registry = require('../../src/reporters') as typeof import('../../src/reporters');
      expect(registry.FORMATS).toEqual(['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'csv', 'xlsx']);
      // The marked copy is made from the workbook's bytes (cli/marked-copy.ts), not by a Reporter.
      expect(registry.MARKED_COPY_FORMAT).toBe('xlsx');
      expect(registry.loadReporter('xlsx')).toBeUndefined();
      for (const format of registry.FORMATS.filter((name) => name !== registry.MARKED_COPY_FORMAT)) {
        expect([format, registry.loadReporter(format)]).toEqual([format, (require(`../../src/reporters/${format}`) as { default: unknown }).default]);
      }
      for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'text', '']) expect(registry.loadReporter(name)).toBeUndefined();
    });
  });
});
