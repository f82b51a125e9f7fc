// Broken and hostile input: always a finding (exit 1) or one line on stderr (exit 2), in every format,
// never a stack trace, a hang or a changed file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const FORMATS = ['table', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'];
const CLEAN = readFileSync('examples/home-nursing-clean.yaml', 'utf8');

const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');

const CASES: Array<[string, string | Buffer, string]> = [
  ['a syntax error', 'version: 1\nfacility: [\n', 'yaml-syntax'],
  ['a duplicate key', 'version: 1\nversion: 1\n', 'yaml-syntax'],
  ['several documents', `${CLEAN}---\n${CLEAN}`, 'yaml-syntax'],
  ['an empty file', '', 'schema'],
  ['a top-level list', '- 1\n- 2\n', 'schema'],
  ['a top-level scalar', '42\n', 'schema'],
  ['Shift_JIS bytes', Buffer.from([0x61, 0x3a, 0x20, 0x82, 0xa0, 0x0a]), 'yaml-syntax'],
  ['UTF-16', Buffer.from(`\ufeff${CLEAN}`, 'utf16le'), 'yaml-syntax'],
  ['binary garbage', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'yaml-syntax'],
  ['an alias bomb', ALIAS_BOMB, 'yaml-syntax'],
  ['100,000 levels of nesting', `a: ${'['.repeat(100000)}${']'.repeat(100000)}\n`, 'yaml-syntax'],
  ['__proto__ and constructor keys', `${CLEAN}__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n`, 'schema'],
  ['a very long line', `version: 1\nfacility: ${'x'.repeat(1_000_000)}\n`, 'schema'],
];

describe.each(CASES)('%s', (_name, stdin, ruleId) => {
  it.each(FORMATS)('gives a %s report with a finding and exit 1', (format) => {
    const run = runCli(['--as-of', '2026-11-24', '-f', format, '-', '--stdin-filename', 'bad.yaml'], { stdin });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(ruleId);
    if (format === 'json' || format === 'sarif') expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('files that cannot be read', () => {
  it('a directory of no ledgers, an unreadable file: one line, exit 2, nothing changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dokodemo-hostile-'));
    const ledger = join(dir, 'ledger.yaml');
    writeFileSync(ledger, CLEAN, { mode: 0o000 });
    const run = runCli([ledger]);
    if (process.getuid?.() === 0) {
      expect(run.code).toBe(0); // root reads anything; the permission case cannot be shown here
    } else {
      expect(run).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: cannot read file: ${ledger}\n` });
    }
    expect(readFileSync(ledger, 'utf8')).toBe(CLEAN);
  });
});
