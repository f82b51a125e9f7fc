// Ledger values and file names never act on what displays the report: terminal escapes, bidi controls,
// CI workflow commands and Markdown injection are shown as text in every format, exactly; the JSON
// formats keep the data. The ledger: test/fixtures/bad/inert-values.yaml.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { presentReport } from '../../src/report/model';
import { loadReporter } from '../../src/reporters';
import { inert, inertLines, inertText } from '../../src/report/inert';
import { artifactUri } from '../../src/reporters/sarif';
import { RULES } from '../../src/rules';
import { escapeCell } from '../../src/reporters/markdown';
import { escapeText } from '../../src/due/formats/ics';
import { calendarUid } from '../../src/due/uid';
import { runCli } from '../helpers/cli';
import { sarifValidator } from '../helpers/sarif';
import { propertyOptions } from '../helpers/fast-check';

const AS_OF = ['--as-of', '2026-11-24'];
const LEDGER = 'test/fixtures/bad/inert-values.yaml';

/** Names as the ledger writes them (YAML escapes) and as every text report must show them. */
const CLEAR = '\x1b[2J\x1b]0;pwned\x07田中\r誠';
const CLEAR_SHOWN = '\\x1b[2J\\x1b]0;pwned\\x07田中\\r誠';
const COMMAND = 'x\n::error file=x::pwned';
const COMMAND_SHOWN = 'x\\n:\\:error file=x:\\:pwned';
const BIDI_SHOWN = 'y ##\\[error]pwned \\u202edcba\\u202c \\u2066z\\u2069';
const MARKDOWN = 'z\r# ✔ All ledgers pass [link](http://x) ![img](http://x) @someone `code` <b>*a*</b> &#x202E;';
const MARKDOWN_SHOWN = 'z\\r# ✔ All ledgers pass [link](http://x) ![img](http://x) @someone `code` <b>*a*</b> &#x202E;';
const POLICY = ' has not read the usage policy and the how-to. Have them read it and set policy_read to true';

/** Anything a terminal or a log could act on: C0 but the line feed, DEL, C1, bidi controls. */
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function expectPlainLines(text: string): void {
  expect(text).not.toMatch(ACTIVE);
  expect(text).not.toMatch(/^[ \t]*::/m);
  expect(text).not.toMatch(/##(vso)?\[/i);
}

describe('inert', () => {
  it('shows every control and bidi character escaped, and nothing else', () => {
    expect(inert('a\x1b[2Jb\x07\x00\x7f\x85\x9b\t\r\nc')).toBe('a\\x1b[2Jb\\x07\\x00\\x7f\\x85\\x9b\\t\\r\\nc');
    expect(inert('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029')).toBe(
      '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029',
    );
    expect(inert('田中 美咲 🏥 C:\\path ①')).toBe('田中 美咲 🏥 C:\\path ①');
    // A YAML block scalar's last line break (`reason: >`), or one before a blank, is dropped, not shown.
    expect(inert('承認済み\n')).toBe('承認済み');
    expect(inert('a\r\n (until 2027-03-31)')).toBe('a (until 2027-03-31)');
    expect(inert('a\nb\n\n')).toBe('a\\nb');
  });

  it('neutralises workflow commands: :: opening a line (after blanks or colour), ##[ anywhere', () => {
    expect(inertLines('::error::x\n  ::warning::y\n\x1b[4m::notice::z\na ::b\nq ##[error] r ##[group]')).toBe(
      ':\\:error::x\n  :\\:warning::y\n\x1b[4m:\\:notice::z\na ::b\nq ##\\[error] r ##\\[group]',
    );
    expect(inertText('a\n::add-mask::b')).toBe('a\\n:\\:add-mask:\\:b');
    expect(inert(':::x ###[y ##vso[z')).toBe(':\\:\\:x ###\\[y ##vso\\[z');
  });
});

describe('the table', () => {
  it('shows each hostile value escaped, on one line', () => {
    const run = runCli([...AS_OF, LEDGER]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[2]).toBe(`  error       132:18    ${CLEAR_SHOWN}${' '.repeat(62)}  policy-read       ${CLEAR_SHOWN}${POLICY}`);
    expect(lines[3]).toMatch(new RegExp(`^  error       144:18    ${escapeRegExp(COMMAND_SHOWN)} +policy-read       ${escapeRegExp(COMMAND_SHOWN)}${POLICY}$`));
    expect(lines[4]).toContain(`${BIDI_SHOWN}${POLICY} [suppressed: ok\\n:\\:add-mask:\\:secret \\x1b[31mred (until 2026-12-10)]`);
    expect(lines[5]).toContain(`${MARKDOWN_SHOWN}${POLICY}`);
    expectPlainLines(run.stdout);
  });

  it('is the same with colour, but for the colour codes the report itself writes', () => {
    const run = runCli([...AS_OF, LEDGER], { env: { LANG: 'en_US.UTF-8', FORCE_COLOR: '1' } });
    const withoutColour = run.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(withoutColour).toBe(runCli([...AS_OF, LEDGER]).stdout);
    expectPlainLines(withoutColour);
  });
});

describe('due', () => {
  it('shows the values escaped in its table', () => {
    const run = runCli(['due', ...AS_OF, LEDGER]);
    expect(run.stdout).toContain(`The exception to policy-read for ${BIDI_SHOWN} expires`);
    expect(run.stdout).toContain(`Change ${CLEAR_SHOWN}'s MCS password`);
    expect(run.stdout).toContain(`Change ${COMMAND_SHOWN}'s MCS password`);
    expectPlainLines(run.stdout);
  });

  it('keeps the exact data in JSON', () => {
    const report = JSON.parse(runCli(['due', ...AS_OF, '-f', 'json', LEDGER]).stdout);
    const targets = report.items.map((item: { message: string }) => item.message);
    expect(targets).toContain(`Change ${CLEAR}'s MCS password (last changed 2026-10-20; every 2 months), then update mcs_password_changed in the ledger`);
    expect(targets).toContain(`Change ${COMMAND}'s MCS password (last changed 2026-10-20; every 2 months), then update mcs_password_changed in the ledger`);
  });

  it('writes iCalendar text without control characters, and distinct UIDs for two exceptions of one user on one day', () => {
    const text = runCli(['due', ...AS_OF, '-f', 'ics', LEDGER]).stdout;
    expect(text.replace(/\r\n/g, '')).not.toMatch(ACTIVE);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toMatch(/^SUMMARY:.*: /m); // the facility's name first, inert too
    expect(unfolded).toContain(`: Change \\\\x1b[2J\\\\x1b]0\\;pwned\\\\x07田中\\n誠's MCS password`);
    expect(unfolded).toContain(': The exception to policy-read for y ##\\\\[error]pwned \\\\u202edcba\\\\u202c \\\\u2066z\\\\u2069 expires');
    const uids = [...unfolded.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]);
    expect(new Set(uids).size).toBe(uids.length);
    expect(escapeText('a\x1b[31mb\u202ec\td\ne')).toBe('a\\\\x1b[31mb\\\\u202ec\\\\td\\ne');
  });

  it('gives one UID however the path is spelled; a ledger that does not load is no event', () => {
    const uids = (file: string) => [...runCli(['due', ...AS_OF, '-f', 'ics', file]).stdout.matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]);
    expect(uids('./examples/clinic-with-findings.yaml')).toEqual(uids('examples/clinic-with-findings.yaml'));
    expect(uids('./test/fixtures/bad/empty.yaml')).toEqual(uids('test/fixtures/../fixtures/bad/empty.yaml'));
    expect(uids('test/fixtures/bad/empty.yaml')).toHaveLength(0);

    const uid = calendarUid('ledger.yaml', 'mcs-password', 'a@b', '2026-12-01');
    expect(calendarUid('./ledger.yaml', 'mcs-password', 'a@b', '2026-12-01')).toBe(uid);
    expect(calendarUid(join(process.cwd(), 'ledger.yaml'), 'mcs-password', 'a@b', '2026-12-01')).toBe(uid);
    expect(calendarUid('sub/../ledger.yaml', 'mcs-password', 'a@b', '2026-12-01')).toBe(uid);
    expect(calendarUid('ledger.yaml', 'exception-expiry', 'a@b', '2026-12-01', 'mfa')).not.toBe(calendarUid('ledger.yaml', 'exception-expiry', 'a@b', '2026-12-01', 'training'));
  });
});

describe('github', () => {
  it('writes only its own commands, each value on the line of its command', () => {
    const text = runCli([...AS_OF, '-f', 'github', LEDGER]).stdout;
    const lines = text.trimEnd().split('\n');
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::error', '::notice', '::error', '::notice']);
    expect(lines[0]).toBe(`::error file=${LEDGER},line=132,col=18,title=policy-read::${CLEAR_SHOWN}${POLICY}`);
    expect(lines[1]).toBe(`::error file=${LEDGER},line=144,col=18,title=policy-read::${COMMAND_SHOWN}${POLICY}`);
    expect(lines[2]).toBe(`::notice file=${LEDGER},line=156,col=18,title=policy-read (suppressed)::${BIDI_SHOWN}${POLICY} [suppressed: ok\\n:\\:add-mask:\\:secret \\x1b[31mred]`);
    expect(text).not.toMatch(ACTIVE);
    expect(text).not.toContain('##[');
  });

  it('escapes a hostile file name as a property', () => {
    const directory = mkdtempSync(join(tmpdir(), 'dokodemo-inert-'));
    const file = join(directory, 'a,b:c%\n::error file=x::pwned.yaml');
    copyFileSync(LEDGER, file);
    const first = runCli([...AS_OF, '-f', 'github', file]).stdout.split('\n')[0]!;
    const escapedDirectory = directory.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(first.startsWith(`::error file=${escapedDirectory}/a%2Cb%3Ac%25\\n%3A\\%3Aerror file=x%3A\\%3Apwned.yaml,line=132,col=18,title=policy-read::`)).toBe(true);
  });
});

describe('markdown', () => {
  it('keeps every value text: no heading, link, image, mention, HTML or entity can form', () => {
    const text = runCli([...AS_OF, '-f', 'markdown', LEDGER]).stdout;
    const rows = text.split('\n').filter((line) => line.startsWith('| '));
    expect(rows[2]).toBe(`| error | 132:18 | \\\\x1b\\[2J\\\\x1b\\]0;pwned\\\\x07田中\\\\r誠 | \`policy-read\` | \\\\x1b\\[2J\\\\x1b\\]0;pwned\\\\x07田中\\\\r誠${POLICY.replace('_', '\\_')} |`);
    const injected = 'z\\\\r\\# ✔ All ledgers pass `[link](http://x)` `![img](http://x)` `@someone` \\`code\\` \\<b\\>\\*a\\*\\</b\\> \\&\\#x202E;';
    expect(rows[5]).toBe(`| error | 168:18 | ${injected} | \`policy-read\` | ${injected}${POLICY.replace('_', '\\_')} |`);
    expect(text).not.toMatch(/\r/);
    expect(text).not.toMatch(ACTIVE);
  });

  it.each([
    ['a lone CR', 'a\rb', 'a\\\\rb'],
    ['a heading after a line break', 'x\n# pass', 'x\\\\n\\# pass'],
    ['a link', '[a](http://x)', '`[a](http://x)`'],
    ['an image', '![a](x.png)', '\\!\\[a\\](x.png)'],
    ['a mention', 'hi @someone', 'hi `@someone`'],
    ['an e-mail address', 'sato@example.jp', '`sato@example.jp`'],
    ['a bare URL', 'see www.example.com', 'see `www.example.com`'],
    ['an issue reference', 'fixes #12', 'fixes `#12`'],
    ['backticks in a linkable word', 'a``b@c', '```a``b@c```'],
    ['a backtick at the edge', '`@x', '`` `@x ``'],
    ['a pipe in a code span', 'a|b@c', '`a\\|b@c`'],
    ['HTML and an entity', '<img src=x> &amp;', '\\<img src=x\\> \\&amp;'],
    ['emphasis, strike and math', '*a* _b_ ~~c~~ $d$', '\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\$d\\$'],
  ])('%s', (_name, value, cell) => {
    expect(escapeCell(value)).toBe(cell);
  });
});

describe('html', () => {
  it('shows controls escaped and keeps markup text, in values and in the file name', () => {
    const directory = mkdtempSync(join(tmpdir(), 'dokodemo-inert-'));
    const file = join(directory, '<b>\x1b[2J\u202e.yaml');
    copyFileSync(LEDGER, file);
    const text = runCli([...AS_OF, '-f', 'html', file]).stdout;
    expect(text).not.toMatch(ACTIVE);
    expect(text).not.toContain('<b>');
    expect(text).toContain('&lt;b&gt;\\x1b[2J\\u202e.yaml');
    expect(text).toContain(`${CLEAR_SHOWN}${POLICY}`);
    expect(text).toContain('z\\r# ✔ All ledgers pass [link](http://x) ![img](http://x) @someone `code` &lt;b&gt;*a*&lt;/b&gt; &amp;#x202E;');
  });
});

describe('junit', () => {
  it('is valid XML with the values shown escaped, one line each', () => {
    const text = runCli([...AS_OF, '-f', 'junit', LEDGER]).stdout;
    expect(XMLValidator.validate(text)).toBe(true);
    expectPlainLines(text);
    expect(text).toContain(`<failure message="${COMMAND_SHOWN}${POLICY}" type="error">144:18 ${COMMAND_SHOWN} ${COMMAND_SHOWN}${POLICY}</failure>`);
  });
});

describe('JSON keeps the exact data', () => {
  it('as JSON escapes it', () => {
    const report = JSON.parse(runCli([...AS_OF, '-f', 'json', LEDGER]).stdout);
    expect(report.files[0].findings.map((finding: { message: string }) => finding.message).slice(0, 2)).toEqual([`${CLEAR}${POLICY}`, `${COMMAND}${POLICY}`]);
    expect(report.files[0].findings[3].message).toBe(`${MARKDOWN}${POLICY}`);
  });
});

describe('file names', () => {
  const hostileName = () => {
    const directory = mkdtempSync(join(tmpdir(), 'dokodemo-inert-'));
    const file = join(directory, '\x1b]0;pwned\x07\u202e\n::error file=x::pwned.yaml');
    copyFileSync(LEDGER, file);
    return { directory, file };
  };
  const shown = (directory: string) => `${directory}/\\x1b]0;pwned\\x07\\u202e\\n:\\:error file=x:\\:pwned.yaml`;

  it('are escaped in the table, in due and on stderr', () => {
    const { directory, file } = hostileName();
    expect(runCli([...AS_OF, file]).stdout.split('\n')[0]).toBe(shown(directory));
    expect(runCli(['due', ...AS_OF, file]).stdout.split('\n')[0]).toBe(shown(directory));
    const missing = `${file}.missing`;
    expect(runCli([missing])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: file not found: ${shown(directory)}.missing\n` });
    expect(runCli([missing], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toBe(`dokodemo-check: ファイルが見つかりません: ${shown(directory)}.missing\n`);
  });

  it('are escaped in markdown, junit and iCalendar', () => {
    const { directory, file } = hostileName();
    const heading = runCli([...AS_OF, '-f', 'markdown', file]).stdout.split('\n').find((line) => line.startsWith('### '));
    expect(heading).toBe(`### ${directory}/\\\\x1b\\]0;pwned\\\\x07\\\\u202e\\\\n:\\\\:error file=x:\\\\:pwned.yaml`);
    expect(runCli([...AS_OF, '-f', 'junit', file]).stdout).toContain(`<testsuite name="${shown(directory)}" tests="${RULES.length}"`);
    const calendar = runCli(['due', ...AS_OF, '-f', 'ics', file]).stdout.replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain(`DESCRIPTION:Due 2026-12-10 (in 16 days)\\n${directory}/\\\\x1b]0\\;pwned\\\\x07\\\\u202e\\n:\\\\:error file=x:\\\\:pwned.yaml:179:14 (/exceptions/0/expires)\\nexception-expiry`);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(ACTIVE);
  });

  it('that open a line with a workflow command are neutralised', () => {
    const stdin = readFileSync(LEDGER);
    const name = '::error file=x::pwned ##[error].yaml';
    const table = runCli([...AS_OF, '-', '--stdin-filename', name], { stdin });
    expect(table.stdout.split('\n')[0]).toBe(':\\:error file=x:\\:pwned ##\\[error].yaml');
    const due = runCli(['due', ...AS_OF, '-', '--stdin-filename', name], { stdin });
    expect(due.stdout.split('\n')[0]).toBe(':\\:error file=x:\\:pwned ##\\[error].yaml');
    expectPlainLines(table.stdout + due.stdout);
  });

  it('become SARIF URIs that resolve back to the file', () => {
    const root = '/root/';
    const cases: Array<[string, string]> = [
      ['a#b?c%20d .yaml', 'a%23b%3Fc%2520d%20.yaml'],
      ['http:evil.yaml', 'http%3Aevil.yaml'],
      ['ledgers/台帳 1.yaml', 'ledgers/%E5%8F%B0%E5%B8%B3%201.yaml'],
      ['sub/a:b/c.yaml', 'sub/a%3Ab/c.yaml'],
    ];
    for (const [name, expected] of cases) {
      const uri = artifactUri(`/root/${name}`, '/root');
      expect(uri).toBe(expected);
      expect(fileURLToPath(new URL(uri, `file://${root}`))).toBe(`/root/${name}`);
    }
    expect(artifactUri('<stdin>', '/root')).toBe('%3Cstdin%3E');
    const outside = artifactUri('/elsewhere/a#b.yaml', '/root');
    expect(outside).toBe('file:///elsewhere/a%23b.yaml');
    expect(fileURLToPath(new URL(outside, 'file:///root/'))).toBe('/elsewhere/a#b.yaml');
  });
});

describe('any value, in every text format (property)', () => {
  const piece = fc.constantFrom('\x1b[2J', '\x1b]0;t\x07', '\r', '\n', '\r\n', '\u202e', '\u2066', '\u200f', '\u0085', '\u2028', '\x00', '\x7f', '::error file=x::', '::add-mask::', '##[error]', '##vso[task]', '[a](http://x)', '![i](y)', '@me', '`', '|', '#', '<b>', '&#x202E;', '田中', ' ', 'a', ':');
  const value = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));

  function model(name: string, file: string, reason: string) {
    const finding = (line: number, suppression?: { reason: string; approvedBy: string; expires: string }) => ({
      ruleId: 'policy-read',
      severity: 'error' as const,
      path: ['users', 0, 'policy_read'],
      position: { line, column: 1 },
      target: { kind: 'user' as const, id: 'a@b.jp', label: name },
      message: { ja: '{name}', en: '{name} has not read it' },
      data: { name },
      sources: [],
      ...(suppression ? { suppression } : {}),
    });
    return presentReport(
      { asOf: '2026-11-24', files: [{ file, findings: [finding(1), finding(2, { reason, approvedBy: name, expires: '2027-01-01' })] }] },
      { lang: 'en', redact: false, quiet: false, failOn: 'error', version: '1.0.0' },
    );
  }

  it('acts on nothing: no control character, no line a CI runner obeys, one Markdown row per finding', () => {
    fc.assert(
      fc.property(value, value, value, fc.constantFrom(undefined, 40, 80), (name, file, reason, width) => {
        const report = model(name, file, reason);
        const render = (format: string) => loadReporter(format)!(report, { color: false, cwd: '/work', width });
        for (const format of ['table', 'markdown', 'junit']) expectPlainLines(render(format));
        // A page for a browser: no controls, and no line a log would obey if it were printed.
        const page = render('html');
        expect(page).not.toMatch(ACTIVE);
        expect(page).not.toMatch(/^[ \t]*::/m);
        const github = render('github').trimEnd().split('\n');
        expect(github.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::notice']);
        expect(github.join('\n')).not.toMatch(ACTIVE);
        expect(github.join('\n')).not.toMatch(/##(vso)?\[/i);
        const rows = render('markdown').split('\n').filter((line) => line.startsWith('| '));
        expect(rows).toHaveLength(4); // the header, its rule, two findings
        for (const row of rows) expect(row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|')).toHaveLength(7);
      }),
      propertyOptions(20261127, 100),
    );
  });
});

describe('sarif', () => {
  it('is valid with hostile file names, in and outside the working folder', () => {
    const directory = mkdtempSync(join(tmpdir(), 'dokodemo-inert-'));
    const file = join(directory, 'a#b?c%20d :x.yaml');
    copyFileSync(LEDGER, file);
    const log = JSON.parse(runCli([...AS_OF, '-f', 'sarif', file, LEDGER]).stdout);
    expect(sarifValidator()(log)).toBe(true);
    const locations = log.runs[0].results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }) => result.locations[0]!.physicalLocation.artifactLocation);
    expect(locations[0]).toEqual({ uri: `${pathToFileURL(directory).href}/a%23b%3Fc%2520d%20:x.yaml` });
    expect(fileURLToPath(locations[0].uri)).toBe(file);
    expect(locations[locations.length - 1]).toEqual({ uri: 'test/fixtures/bad/inert-values.yaml', uriBaseId: '%SRCROOT%' });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
