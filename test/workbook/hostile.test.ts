// Hostile workbooks (test/fixtures/bad/workbooks.ts): each is one line on stderr and exit 2 that says
// what to do, in every format, quickly, without a stack trace, and the file is left as it was.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_WORKBOOKS } from '../fixtures/bad/workbooks';
import { runCli } from '../helpers/cli';

const AS_OF = ['--as-of', '2026-11-24'];
const directory = mkdtempSync(join(tmpdir(), 'dokodemo-hostile-workbook-'));
const files = new Map<string, string>();

beforeAll(() => {
  for (const [name, { make }] of Object.entries(HOSTILE_WORKBOOKS)) {
    const file = join(directory, name);
    writeFileSync(file, make());
    files.set(name, file);
  }
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('hostile workbooks', () => {
  it.each(Object.entries(HOSTILE_WORKBOOKS).map(([name, { says }]) => [name, says]))('%s', (name, says) => {
    const file = files.get(name)!;
    const before = sha256(file);
    for (const format of ['table', 'json', 'sarif']) {
      const started = Date.now();
      const run = runCli([...AS_OF, '-f', format, file]);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^dokodemo-check: [^\n]+\n$/);
      expect(run.stderr).toContain(`${file}: `);
      expect(run.stderr).toContain(says);
    }
    expect(sha256(file)).toBe(before);
  });

  it.each([
    ['legacy.xls', '.xlsx 形式で保存し直してください'],
    ['encrypted.xlsx', 'パスワード保護を解除して'],
    ['macro.xlsm', 'マクロ有効ブック（.xlsm）は読みません'],
    ['zip-bomb.xlsx', 'ブックが大きすぎるため読みません'],
    ['truncated.xlsx', 'ブックが壊れているか、途中で切れています'],
    ['text-named.xlsx', 'YAML の台帳なら拡張子を .yaml にしてください'],
  ])('%s in Japanese', (name, says) => {
    const run = runCli([...AS_OF, files.get(name)!], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
  });

  it('a workbook\'s bytes under a YAML name are read as a workbook (the signature decides)', () => {
    const file = join(directory, 'really-a-workbook.yaml');
    writeFileSync(file, HOSTILE_WORKBOOKS['macro.xlsm']!.make());
    expect(runCli([...AS_OF, file]).stderr).toContain('macro-enabled workbooks (.xlsm) are not read');
  });

  it('on standard input, with --stdin-filename naming a workbook or with a workbook\'s signature', () => {
    const encrypted = HOSTILE_WORKBOOKS['encrypted.xlsx']!.make();
    expect(runCli([...AS_OF, '-', '--stdin-filename', 'ledger.xlsx'], { stdin: encrypted }).stderr).toContain('ledger.xlsx: the workbook is password-protected');
    expect(runCli([...AS_OF, '-'], { stdin: encrypted }).stderr).toContain('<stdin>: the workbook is password-protected');
    expect(runCli([...AS_OF, '-', '--stdin-filename', 'ledger.xlsx'], { stdin: 'version: 1\n' }).stderr).toContain('this is a text file, not an Excel workbook');
  });
});
