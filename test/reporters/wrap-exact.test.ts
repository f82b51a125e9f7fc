// wrapText's exact lines where mutation testing found the suite silent: colour codes at a line's start,
// background colours and bold carried across lines, a word whose colour changes inside it, and where a
// line may break between Japanese and Latin text. Each case was checked against the mutant it kills.
import { freshFunctionsPerTest } from '../helpers/fresh';

// Loaded in each test: the kinsoku sets and cut points are module-level tables.
const { wrapText } = freshFunctionsPerTest(() => require('../../src/text/wrap') as typeof import('../../src/text/wrap'));

const BOLD = '\x1b[1m';
const NOT_BOLD = '\x1b[22m';
const UNDERLINE = '\x1b[4m';
const RESET = '\x1b[0m';

describe('wrapText, exactly', () => {
  it('carries a background colour (41, 102) to the next line and closes it with 49', () => {
    expect(wrapText('\x1b[41mbackground\x1b[49m words', 6)).toEqual(['\x1b[41mbackgr\x1b[0m', '\x1b[41mound\x1b[49m', 'words']);
    expect(wrapText(`${BOLD}bold \x1b[102mlight bg${RESET}`, 5)).toEqual([
      `${BOLD}bold\x1b[102m${RESET}`,
      `${BOLD}\x1b[102mlight${RESET}`,
      `${BOLD}\x1b[102mbg${RESET}`,
    ]);
  });

  it('keeps bold and underline open on their own, and 22 closes bold only', () => {
    expect(wrapText(`${BOLD}bold words ${UNDERLINE}underlined${RESET}`, 6)).toEqual([
      `${BOLD}bold${RESET}`,
      `${BOLD}words${UNDERLINE}${RESET}`,
      `${BOLD}${UNDERLINE}underl${RESET}`,
      `${BOLD}${UNDERLINE}ined${RESET}`,
    ]);
    expect(wrapText(`${BOLD}bold${NOT_BOLD} and ${UNDERLINE}under\x1b[24m`, 5)).toEqual([`${BOLD}bold${NOT_BOLD}`, `and${UNDERLINE}${RESET}`, `${UNDERLINE}under\x1b[24m`]);
  });

  it('drops the blanks before colour codes that open the text, and keeps the codes', () => {
    expect(wrapText(`    \x1b[2m\x1b[31mab${RESET}`, 5, 1)).toEqual([`\x1b[2m\x1b[31m${RESET}`, `\x1b[2m\x1b[31ma${RESET}`, `\x1b[2m\x1b[31mb${RESET}`]);
    expect(wrapText('  ', 5)).toEqual(['']);
  });

  it('does not break a word where its colour changes', () => {
    expect(wrapText(`ab cd${BOLD}ef${NOT_BOLD}`, 5)).toEqual(['ab', `cd${BOLD}ef${NOT_BOLD}`]);
    expect(wrapText(`ab cd${BOLD}ef${NOT_BOLD}ghij`, 5, 6)).toEqual(['ab', `cd${BOLD}ef${NOT_BOLD}`, 'ghij']);
  });

  it('after a Japanese character, breaks before Latin text only where it starts with a letter or digit', () => {
    expect(wrapText('ab 中-x', 5)).toEqual(['ab', '中-x']);
  });

  it('cuts a word wider than the line into pieces as wide as the line, even after an opening bracket', () => {
    expect(wrapText('（abcdefghij', 5)).toEqual(['（', 'abcde', 'fghij']);
  });

  it.each([
    ['lock-password-strength', 17, ['lock-password-', 'strength']],
    ['facility.rules.public_wireless_lan_prohibited to true', 44, ['facility.rules.public_wireless_lan_', 'prohibited to true']],
    ['nakamura@midori-clinic.example.jp', 20, ['nakamura@midori-', 'clinic.example.jp']],
    ['see ledgers/2026/kanri.yaml', 14, ['see', 'ledgers/2026/', 'kanri.yaml']],
    ['abc-defgh', 4, ['abc-', 'defg', 'h']],
    ['abcdefg-', 7, ['abcdefg', '-']],
    ['-abcdef', 4, ['-', 'abcd', 'ef']],
    ['a-b-c-d', 5, ['a-b-', 'c-d']],
    ['abc.defgh', 5, ['abc.', 'defgh']],
    ['ab@cdefg', 4, ['ab@', 'cdef', 'g']],
    ['a_bcdef', 4, ['a_', 'bcde', 'f']],
    ['a/bcdef', 4, ['a/', 'bcde', 'f']],
  ])('cuts a word wider than the line after its last -, _, ., / or @ that fits: %j at %i', (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });
});
