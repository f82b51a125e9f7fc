// The bad-input corpus: test/fixtures/bad/ (README there), its large members written at test time.
// Every file gives a finding and exit 1 in every format, never a stack trace, a hang, a changed file
// or a polluted prototype; what cannot be read gives one line on stderr and exit 2.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { ledgerText } from '../../bench/generate';
import { writeGenerated } from '../fixtures/bad/generated';
import { runCli } from '../helpers/cli';
import type { JsonFinding } from '../helpers/json-report';

const FIXTURES = 'test/fixtures/bad';
const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];
const AS_OF = ['--as-of', '2026-11-24'];

interface Expected {
  ruleId: string;
  line: number;
  column: number;
  /** Part of the first finding's English message. */
  says: string;
}

const syntax = (line: number, column: number, says: string): Expected => ({ ruleId: 'yaml-syntax', line, column, says });
const schema = (line: number, column: number, says: string): Expected => ({ ruleId: 'schema', line, column, says });

const NOT_UTF8 = 'Open it in a text editor and save it again with the encoding "UTF-8"';
const TOO_DEEP = 'The nesting is too deep (100 levels at most)';

const COMMITTED: Array<[string, Expected]> = [
  ['syntax-unclosed-bracket.yaml', syntax(8, 1, 'a bracket [ ] { } is not closed')],
  ['syntax-bad-indentation.yaml', syntax(3, 9, 'Check that the next line is not indented deeper than this key')],
  ['syntax-tab-indentation.yaml', syntax(3, 1, 'A tab is used for indentation. Indent with spaces')],
  ['duplicate-keys.yaml', syntax(5, 3, 'The same key appears twice in this mapping')],
  ['several-documents.yaml', syntax(136, 1, 'The file holds several YAML documents')],
  ['empty.yaml', schema(1, 1, 'The ledger is empty')],
  ['only-comments.yaml', schema(1, 1, 'The ledger is empty')],
  ['top-level-scalar.yaml', schema(1, 1, 'Write the ledger as "key: value" lines')],
  ['top-level-list.yaml', schema(1, 1, 'Write the ledger as "key: value" lines')],
  ['shift-jis.yaml', syntax(3, 9, `The file is not UTF-8 (it looks like Shift_JIS). ${NOT_UTF8}`)],
  ['euc-jp.yaml', syntax(3, 9, `The file is not UTF-8 (it looks like EUC-JP). ${NOT_UTF8}`)],
  ['utf-16le-bom.yaml', syntax(1, 1, `The file is not UTF-8 (it looks like UTF-16). ${NOT_UTF8}`)],
  ['utf-16be-bom.yaml', syntax(1, 1, `The file is not UTF-8 (it looks like UTF-16). ${NOT_UTF8}`)],
  ['utf-16le-no-bom.yaml', syntax(1, 1, `The file is not UTF-8 (it looks like UTF-16). ${NOT_UTF8}`)],
  ['nul-byte.yaml', syntax(4, 22, 'The file contains a control character (U+0000) that YAML does not allow')],
  ['excel-vertical-tab.yaml', syntax(3, 16, 'The file contains a control character (U+000B) that YAML does not allow')],
  ['alias-bomb.yaml', syntax(2, 8, 'Too many aliases (*name)')],
  ['proto-keys.yaml', schema(5, 1, 'Unknown key `__proto__`')],
  ['inert-values.yaml', { ruleId: 'policy-read', line: 132, column: 18, says: 'has not read the usage policy' }],
  ['fullwidth-digits.yaml', schema(32, 21, 'contains a full-width (全角) character "１". Write it in half-width characters: 12')],
  ['fullwidth-date.yaml', schema(5, 12, 'Write it in half-width characters: 2026-10-30')],
  ['fullwidth-space-in-key.yaml', schema(55, 5, 'The key `job_type　` contains a full-width (全角) space')],
  ['fullwidth-colon.yaml', syntax(39, 10, 'The colon after the key is a full-width (全角) "：". Write it in half-width characters: `mfa: true`')],
  ['fullwidth-space-indent.yaml', syntax(22, 3, 'has a full-width (全角) space. Indent with half-width spaces')],
  ['fullwidth-at-sign.yaml', schema(56, 13, 'Write it in half-width characters: takahashi@sakura.example.jp')],
  ['missing-list-dash.yaml', syntax(53, 5, 'If this line starts a new item, it is missing its `- `')],
  ['unclosed-quote.yaml', syntax(21, 12, 'The quote " opened here is never closed')],
  // A collection as a key: the unknown key at the mapping's start (the key has no text of its own), no Node warning.
  ['complex-key.yaml', schema(4, 1, 'Unknown key `{ a: 1 }`')],
  ['id-leading-zeros.yaml', schema(19, 9, '001 is read as a number. Write it as text in quotes: "001"')],
  ['custom-tags.yaml', syntax(31, 21, 'The tag !!binary cannot be used in a ledger')],
  ['special-numbers.yaml', schema(31, 12, '`model` (model): -.inf is read as a number')],
];

const GENERATED: Array<[string, Expected]> = [
  ['binary.yaml', syntax(1, 1, 'The file is not UTF-8 (the encoding could not be recognised; it may not be a text file)')],
  ['deep-flow-sequence-100000.yaml', syntax(2, 110, TOO_DEEP)],
  ['deep-flow-mapping-100000.yaml', syntax(2, 404, TOO_DEEP)],
  ['deep-block-sequence-100000.yaml', syntax(3, 201, TOO_DEEP)],
  ['deep-indentation-2000.yaml', syntax(101, 100, TOO_DEEP)],
  ['long-key-2mb.yaml', syntax(2, 1, 'A key is too long (1024 characters at most)')],
  ['long-line-1mb.yaml', schema(1, 1, 'Required key `devices`')],
  ['long-string-10m-chars.yaml', schema(1, 1, 'Required key `facility`')],
];

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The format's own check that it is well formed, and where it puts the first finding. */
function checkFormat(format: string, stdout: string, expected: Expected): void {
  const at = `${expected.line}:${expected.column}`;
  if (format === 'json') {
    const first: JsonFinding = JSON.parse(stdout).files[0].findings[0];
    expect([first.ruleId, first.line, first.column]).toEqual([expected.ruleId, expected.line, expected.column]);
    expect(first.message).toContain(expected.says);
  } else if (format === 'sarif') {
    const result = JSON.parse(stdout).runs[0].results[0];
    expect(result.ruleId).toBe(expected.ruleId);
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: expected.line, startColumn: expected.column });
  } else if (format === 'junit') {
    expect(XMLValidator.validate(stdout)).toBe(true);
    expect(stdout).toContain(`>${at} `);
  } else if (format === 'github') {
    expect(stdout).toContain(`,line=${expected.line},col=${expected.column},title=${expected.ruleId}::`);
  } else {
    expect(stdout).toContain(expected.ruleId);
    expect(stdout).toContain(at);
  }
}

function checkCorpusFile(file: string, expected: Expected): void {
  const before = sha256(file);
  for (const format of FORMATS) {
    const run = runCli([...AS_OF, '-f', format, file]);
    expect({ format, code: run.code, stderr: run.stderr }).toEqual({ format, code: 1, stderr: '' });
    checkFormat(format, run.stdout, expected);
  }
  expect(sha256(file)).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

describe('the committed corpus', () => {
  it.each(COMMITTED)('%s', (name, expected) => checkCorpusFile(join(FIXTURES, name), expected));

  it('is all covered here', () => {
    const listed = COMMITTED.map(([name]) => name).sort();
    expect(readdirSync(FIXTURES).filter((name) => name.endsWith('.yaml')).sort()).toEqual(listed);
  });
});

describe('the generated corpus', () => {
  let directory: string;
  beforeAll(() => {
    directory = writeGenerated();
  });

  it.each(GENERATED)('%s', (name, expected) => checkCorpusFile(join(directory, name), expected));
});

describe('messages in Japanese', () => {
  it.each([
    ['shift-jis.yaml', 'ファイルが UTF-8 ではありません（Shift_JIS で保存されているようです）。テキストエディタやメモ帳で開き「UTF-8」を指定して保存し直してください'],
    ['utf-16le-bom.yaml', 'ファイルが UTF-8 ではありません（UTF-16 で保存されているようです）。'],
    ['nul-byte.yaml', 'YAML で使えない制御文字（U+0000）があります。'],
    ['alias-bomb.yaml', 'エイリアス'],
  ])('%s', (name, says) => {
    const run = runCli([...AS_OF, '-f', 'json', join(FIXTURES, name)], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(JSON.parse(run.stdout).files[0].findings[0].message).toContain(says);
  });
});

describe('prototype keys', () => {
  it('are read as ordinary keys and reported as unknown, where they are', () => {
    const findings: JsonFinding[] = JSON.parse(runCli([...AS_OF, '-f', 'json', join(FIXTURES, 'proto-keys.yaml')]).stdout).files[0].findings;
    expect(findings.map((finding) => [finding.line, finding.column, finding.message.split('.')[0]])).toEqual([
      [5, 1, 'Unknown key `__proto__`'],
      [6, 1, 'Unknown key `constructor`'],
      [32, 5, 'Unknown key `__proto__`'],
      [33, 5, 'Unknown key `hasOwnProperty`'],
    ]);
  });
});

describe('a 50 MB ledger', () => {
  it('is checked whole (40,000 users), with its rule findings', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dokodemo-big-')), 'regional-network.yaml');
    writeFileSync(file, ledgerText(42_000));
    expect(statSync(file).size).toBeGreaterThan(50 * 1024 * 1024);
    const run = runCli([...AS_OF, '-f', 'json', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary.files).toBe(1);
    expect(report.files[0].findings.length).toBeGreaterThan(1000);
    expect(report.files[0].findings.every((finding: JsonFinding) => finding.ruleId !== 'schema' && finding.ruleId !== 'yaml-syntax')).toBe(true);
  });
});

describe('what cannot be read: one line, exit 2, nothing written', () => {
  const temp = () => mkdtempSync(join(tmpdir(), 'dokodemo-unreadable-'));

  it('a file over the 64 MB limit is refused before it is read', () => {
    const file = join(temp(), 'huge.yaml');
    writeFileSync(file, '');
    truncateSync(file, 65 * 1024 * 1024); // sparse: no 65 MB written
    expect(runCli([file])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: file too large: ${file} (65 MB; the limit is 64 MB: split the ledger into one file per facility)\n` });
  });

  it('a directory named like a ledger, with no ledger in it', () => {
    const directory = join(temp(), 'ledger.yaml');
    mkdirSync(directory);
    expect(runCli([directory])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: no ledgers (*.yaml, *.yml, *.xlsx) in directory: ${directory}\n` });
  });

  it('a FIFO is refused without waiting for a writer', () => {
    const fifo = join(temp(), 'ledger.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(runCli([fifo])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: not a regular file: ${fifo}\n` });
    expect(runCli([fifo], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toBe(`dokodemo-check: 通常のファイルではありません: ${fifo}\n`);
  });

  it('a file the user may not read (EACCES), as root could not show it for real', () => {
    const file = join(temp(), 'ledger.yaml');
    writeFileSync(file, readFileSync('examples/home-nursing-clean.yaml'));
    // The module object itself (an `import *` would be a copy): the CLI looks openSync up on it.
    const nodeFs = require('node:fs') as typeof import('node:fs');
    const realOpen = nodeFs.openSync;
    const denied = jest.spyOn(nodeFs, 'openSync').mockImplementation(((path: import('node:fs').PathLike, flags?: import('node:fs').OpenMode, mode?: import('node:fs').Mode) => {
      if (path === file) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
      return realOpen(path, flags as import('node:fs').OpenMode, mode);
    }) as typeof realOpen);
    try {
      expect(runCli([file])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: cannot read file: ${file}\n` });
      expect(runCli([file], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toBe(`dokodemo-check: ファイルを読めません: ${file}\n`);
    } finally {
      denied.mockRestore();
    }
    expect(runCli(['--as-of', '2026-11-24', file]).code).toBe(0);
  });

  it('a file that does not exist', () => {
    const file = join(temp(), 'missing.yaml');
    expect(runCli([file])).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: file not found: ${file}\n` });
  });
});

describe('bad configuration files: one line, exit 2', () => {
  const CLEAN = 'examples/home-nursing-clean.yaml';
  const ALIAS_BOMB = readFileSync(join(FIXTURES, 'alias-bomb.yaml'));

  it.each<[string, string | Buffer, string]>([
    ['not YAML', 'rules: [\n', 'the configuration file {file} is not valid YAML: 2:1 The indentation is off, or a bracket [ ] { } is not closed'],
    ['a duplicate key', 'rules: {}\nrules: {}\n', 'the configuration file {file} is not valid YAML: 2:1 The same key appears twice in this mapping. Remove one of them'],
    ['an alias bomb', ALIAS_BOMB, 'the configuration file {file} is not valid YAML: 2:8 Too many aliases (*name).'],
    ['a list', '- a\n- b\n', 'configuration file {file}: the configuration must be a mapping with lang and rules'],
    ['an unknown severity', 'rules:\n  antivirus: loud\n', 'configuration file {file}: rules.antivirus must be one of off, info, warning, error (not "loud")'],
    ['an unknown language', 'lang: fr\n', 'configuration file {file}: lang must be ja or en (not "fr")'],
    ['a __proto__ key', '__proto__: {polluted: true}\nrules: {}\n', 'configuration file {file}: __proto__: unknown key (allowed: lang, rules)'],
    ['a __proto__ rule', 'rules:\n  __proto__: off\n', 'configuration file {file}: rules.__proto__: unknown rule id (dokodemo-check rules lists them)'],
    ['Shift_JIS', Buffer.from([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0x20, 0x7b, 0x7d, 0x20, 0x23, 0x20, 0x90, 0xdd, 0x92, 0xe8, 0x0a]), 'cannot read the configuration file {file}: The file is not UTF-8 (it looks like Shift_JIS).'],
    ['a NUL byte', 'rules:\n  antivirus: \0\n', 'cannot read the configuration file {file}: The file contains a control character (U+0000)'],
  ])('%s', (_name, content, message) => {
    const file = join(mkdtempSync(join(tmpdir(), 'dokodemo-config-')), '.dokodemo-check.yaml');
    writeFileSync(file, content);
    const run = runCli([...AS_OF, '-c', file, CLEAN]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(`dokodemo-check: ${message.replace('{file}', file)}`)).toBe(true);
    expect(run.stderr.split('\n')).toHaveLength(2); // one line
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a directory', (path: string) => mkdirSync(path)],
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
  ])('%s, found upward or named by -c, is refused without blocking', (_name, make) => {
    const directory = mkdtempSync(join(tmpdir(), 'dokodemo-config-'));
    mkdirSync(join(directory, '.git'));
    const config = join(directory, '.dokodemo-check.yaml');
    make(config);
    writeFileSync(join(directory, 'ledger.yaml'), readFileSync(CLEAN));
    const expected = { code: 2, stdout: '', stderr: `dokodemo-check: cannot read the configuration file ${config}\n` };
    expect(runCli([join(directory, 'ledger.yaml')])).toEqual(expected);
    expect(runCli(['-c', config, join(directory, 'ledger.yaml')])).toEqual(expected);
  });
});
