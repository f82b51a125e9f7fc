// Laying text out for a terminal: wrapping by display width (Japanese counted as two columns), at
// spaces and between Japanese characters but never inside a key name, colours carried across lines;
// tables whose message column wraps in place or moves below its row; every report at 80, 120 and
// 200 columns no wider than the terminal, and unchanged when piped.
import fc from 'fast-check';
import { renderBorderlessTable } from '../../src/text/borderless-table';
import { displayWidth } from '../../src/text/display-width';
import { fitToWidth, wrapText } from '../../src/text/wrap';
import { runCli } from '../helpers/cli';
import { propertyOptions } from '../helpers/fast-check';

const AS_OF = ['--as-of', '2026-11-24'];
const EXAMPLES = ['examples/clinic-with-findings.yaml', 'examples/home-nursing-clean.yaml', 'examples/visiting-nurse-exceptions.yaml'];
const WIDTHS = [80, 120, 200];
const stripColour = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const widest = (text: string) => Math.max(...text.split('\n').map((line) => displayWidth(stripColour(line))));

describe('wrapText', () => {
  it('breaks English at spaces and keeps key names whole', () => {
    expect(wrapText('Combine letters, digits and symbols and set security.lock_password.composition to alphanumeric_symbols', 40)).toEqual([
      'Combine letters, digits and symbols and',
      'set security.lock_password.composition',
      'to alphanumeric_symbols',
    ]);
  });

  it('breaks Japanese between characters, not before 、。） nor after （, nor inside Latin words', () => {
    expect(wrapText('中村 誠 さんの MCS パスワードを変更する（前回 2026-05-10、2 か月ごと）。変更したら台帳の mcs_password_changed を更新', 20)).toEqual([
      '中村 誠 さんの MCS',
      'パスワードを変更する',
      '（前回 2026-05-10、2',
      'か月ごと）。変更した',
      'ら台帳の',
      'mcs_password_changed',
      'を更新',
    ]);
    expect(wrapText('あいうえお。かきくけ', 10)).toEqual(['あいうえ', 'お。かきく', 'け']);
    expect(wrapText('中村 誠\'s password', 8)).toEqual(['中村', '誠\'s', 'password']);
  });

  it('cuts a word only when it alone is wider than the line', () => {
    expect(wrapText('see abcdefghijklmnop end', 8, 6)).toEqual(['see', 'abcdef', 'ghijkl', 'mnop', 'end']);
  });

  it('closes colours at each line end and opens them again on the next line', () => {
    expect(wrapText('\x1b[90mgray words here\x1b[39m plain', 9)).toEqual(['\x1b[90mgray\x1b[0m', '\x1b[90mwords\x1b[0m', '\x1b[90mhere\x1b[39m', 'plain']);
  });

  it('leaves a line that fits alone', () => {
    expect(fitToWidth('  short\n  also short', 20)).toBe('  short\n  also short');
    expect(fitToWidth('  What to do: change the MCS password and update it', 24)).toBe('  What to do: change the\n    MCS password and\n    update it');
  });

  it('never writes a line wider than asked, and loses no text (property)', () => {
    const word = fc.oneof(
      fc.stringMatching(/^[a-z_.]{1,30}$/),
      fc.constantFrom('中村', '（前回', '更新）。', '、', 'パスワード', '🏥', 'security.lock_password'),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 4, max: 100 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapText(text, width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
      propertyOptions(20261126, 300),
    );
  });
});

describe('renderBorderlessTable for a terminal', () => {
  const head = ['Sev', 'Rule', 'Message'];
  const rows = [['error', 'mfa', 'Device PC-01 does not use two-factor login. Set it up and set security.mfa to true']];

  it('wraps the message in its column when the column stays wide enough', () => {
    expect(renderBorderlessTable(head, rows, { width: 50, flow: [2] })).toBe(
      [
        '  Sev    Rule  Message',
        '  error  mfa   Device PC-01 does not use',
        '               two-factor login. Set it up and set',
        '               security.mfa to true',
      ].join('\n'),
    );
  });

  it('moves the message below its row when the column would be too narrow', () => {
    expect(renderBorderlessTable(head, rows, { width: 40, flow: [2] })).toBe(
      [
        '  Sev    Rule',
        '  error  mfa',
        '      Device PC-01 does not use',
        '      two-factor login. Set it up and',
        '      set security.mfa to true',
      ].join('\n'),
    );
  });

  it('puts a second text column (a file) under the wrapped first when that keeps it whole', () => {
    const dueHead = ['Due', 'To do', 'File'];
    const dueRows = [['2026-12-01', 'Change the MCS password and update mcs_password_changed', 'ledgers/a.yaml:12']];
    expect(renderBorderlessTable(dueHead, dueRows, { width: 50, flow: [1, 2] })).toBe(
      [
        '  Due         To do',
        '  2026-12-01  Change the MCS password and update',
        '              mcs_password_changed',
        '              ledgers/a.yaml:12',
      ].join('\n'),
    );
    expect(renderBorderlessTable(dueHead, dueRows, { width: 30, flow: [1, 2] })).toBe(
      ['  Due', '  2026-12-01', '      Change the MCS password', '      and update', '      mcs_password_changed', '      ledgers/a.yaml:12'].join('\n'),
    );
  });

  it('wraps the widest remaining column when the row alone is still too wide', () => {
    const wide = [['error', 'a very long name of a target that goes on', 'Message text here']];
    expect(renderBorderlessTable(['Sev', 'Target', 'Message'], wide, { width: 30, flow: [2] })).toBe(
      ['  Sev    Target', '  error  a very long name of a', '         target that goes on', '      Message text here'].join('\n'),
    );
  });

  it('is the piped layout when the table fits', () => {
    expect(renderBorderlessTable(head, rows, { width: 200, flow: [2] })).toBe(renderBorderlessTable(head, rows));
  });
});

describe('every text report on a terminal', () => {
  const commands: Array<[string, string[]]> = [
    ['check', [...AS_OF, ...EXAMPLES]],
    ['check --quiet', [...AS_OF, '--quiet', EXAMPLES[0]!]],
    ['due', ['due', ...AS_OF, ...EXAMPLES]],
    ['due, one file', ['due', ...AS_OF, EXAMPLES[0]!]],
    ['rules', ['rules']],
    ['rules ID', ['rules', 'lock-password-symbols']],
    ['a broken ledger', [...AS_OF, 'test/fixtures/bad/syntax-tab-indentation.yaml']],
  ];

  describe.each(['en_US.UTF-8', 'ja_JP.UTF-8'])('%s', (LANG) => {
    it.each(commands)('%s is no wider than 80, 120 or 200 columns, in colour or not', (_name, args) => {
      for (const columns of WIDTHS) {
        for (const colour of [{}, { FORCE_COLOR: '1' }]) {
          const run = runCli(args, { env: { LANG, ...colour }, tty: true, columns });
          expect(run.stderr).toBe('');
          expect(widest(run.stdout)).toBeLessThanOrEqual(columns);
        }
      }
    });

    it.each(commands)('%s is unchanged when piped, and on a terminal wide enough', (_name, args) => {
      const piped = runCli(args, { env: { LANG } }).stdout;
      expect(runCli(args, { env: { LANG, COLUMNS: '60' } }).stdout).toBe(piped); // COLUMNS counts only on a terminal
      expect(runCli(args, { env: { LANG, NO_COLOR: '1' }, tty: true, columns: widest(piped) }).stdout).toBe(piped);
    });
  });

  it('keeps every word of every message, in order', () => {
    const piped = JSON.parse(runCli([...AS_OF, '-f', 'json', EXAMPLES[0]!]).stdout);
    const text = runCli([...AS_OF, EXAMPLES[0]!], { tty: true, columns: 80 }).stdout.replace(/\s+/g, ' ');
    for (const finding of piped.files[0].findings) expect(text).toContain(finding.message);
  });

  it('takes its width from COLUMNS, then the terminal, then 80', () => {
    const args = [...AS_OF, EXAMPLES[0]!];
    expect(widest(runCli(args, { env: { LANG: 'en_US.UTF-8', COLUMNS: '100' }, tty: true, columns: 200 }).stdout)).toBeLessThanOrEqual(100);
    expect(widest(runCli(args, { env: { LANG: 'en_US.UTF-8', COLUMNS: 'wide' }, tty: true, columns: 90 }).stdout)).toBeLessThanOrEqual(90);
    expect(widest(runCli(args, { tty: true }).stdout)).toBeLessThanOrEqual(80);
    expect(widest(runCli(args, { tty: true, columns: 5 }).stdout)).toBeLessThanOrEqual(20); // 20 at the least
  });

  it('lays a report written with -o out as when piped', () => {
    const { mkdtempSync, readFileSync } = require('node:fs') as typeof import('node:fs');
    const file = `${mkdtempSync(`${require('node:os').tmpdir()}/dokodemo-width-`)}/report.txt`;
    runCli([...AS_OF, '-o', file, EXAMPLES[0]!], { tty: true, columns: 80 });
    expect(readFileSync(file, 'utf8')).toBe(runCli([...AS_OF, EXAMPLES[0]!]).stdout);
  });
});
