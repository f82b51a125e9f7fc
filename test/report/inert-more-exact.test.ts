// inert, inertLines and inertText exactly: every control escaped as a reader sees it (named, \xNN up to
// U+00FF, \uNNNN past it), trailing line breaks dropped (before a blank or at the end), and a line that
// opens with `::` (after blanks and colour codes) broken so a CI runner does not obey it. The patterns
// are module-level: each test loads the module afresh (test/helpers/fresh.ts).
import { freshFunctionsPerTest } from '../helpers/fresh';

const { inert, inertLines, inertText } = freshFunctionsPerTest(() => require('../../src/report/inert') as typeof import('../../src/report/inert'));

describe('inert', () => {
  it('names tab, line feed and carriage return, and writes other controls as \\xNN or \\uNNNN', () => {
    expect(inert('a\tb')).toBe('a\\tb');
    expect(inert('a\nb\rc')).toBe('a\\nb\\rc');
    expect(inert('\x00\x1b\x7f\x9f')).toBe('\\x00\\x1b\\x7f\\x9f');
    expect(inert('\u061c\u200e\u2028\u202e\u2069')).toBe('\\u061c\\u200e\\u2028\\u202e\\u2069');
    expect(inert('\xa0\xff\u0100é')).toBe('\xa0\xff\u0100é');
  });

  it('drops line breaks that end the value or come before a blank, however many, and keeps the others', () => {
    expect(inert('reason\n')).toBe('reason');
    expect(inert('reason\n\n')).toBe('reason');
    expect(inert('reason\r\n\r\n')).toBe('reason');
    expect(inert('a\n\n b')).toBe('a b');
    expect(inert('a\n\nb')).toBe('a\\n\\nb');
    expect(inert('a\r\nb')).toBe('a\\r\\nb');
  });

  it('breaks every :: and ##[ / ##vso[', () => {
    expect(inert('::error::x')).toBe(':\\:error:\\:x');
    expect(inert('a ##[group] ##VSO[task]')).toBe('a ##\\[group] ##VSO\\[task]');
  });
});

describe('inertLines', () => {
  it('breaks a line opening with ::, after blanks and colour codes, and leaves :: inside a line', () => {
    expect(inertLines('::error::x')).toBe(':\\:error::x');
    expect(inertLines('a::b')).toBe('a::b');
    expect(inertLines('x\n  ::warning::y\n\t::z')).toBe('x\n  :\\:warning::y\n\t:\\:z');
    expect(inertLines('\x1b[31m::e')).toBe('\x1b[31m:\\:e');
    expect(inertLines(' \x1b[1;31m\x1b[0m::e')).toBe(' \x1b[1;31m\x1b[0m:\\:e');
    expect(inertLines('\x1b[m::e')).toBe('\x1b[m:\\:e');
    expect(inertLines('\x1b[x::e')).toBe('\x1b[x::e');
    expect(inertLines('a ##[group]')).toBe('a ##\\[group]');
  });
});

describe('inertText', () => {
  it('escapes the values, then the lines', () => {
    expect(inertText('\x1b[31m::error::x\n')).toBe('\\x1b[31m:\\:error:\\:x');
    expect(inertText('a\nb ##vso[x]')).toBe('a\\nb ##vso\\[x]');
  });
});
