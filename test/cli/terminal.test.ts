// The built bin under a real pseudo-terminal of 80 columns (util-linux `script`): `check`, `due` and
// `rules` fit the terminal, exactly as the in-process layout for 80 columns, with colour.
import { spawnSync } from 'node:child_process';
import { runCli } from '../helpers/cli';
import { commandMissing, describeWith } from '../helpers/components';

const AS_OF = ['--as-of', '2026-11-24'];
const BIN = 'bin/dokodemo-check.js';
const describeWithScript = describeWith('util-linux `script`', commandMissing('script'), 'apt-get install bsdutils (as .ci/run does)');

/** What the bin writes to a terminal `columns` wide (the terminal's CRLF line ends made LF again), and its exit code. */
function underTerminal(args: string[], columns: number, lang: string): { output: string; code: number | null } {
  const quoted = args.map((arg) => `'${arg}'`).join(' ');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: lang, TERM: 'xterm-256color' };
  const run = spawnSync('script', ['-qec', `stty cols ${columns} rows 50; node ${BIN} ${quoted}`, '/dev/null'], { env, encoding: 'utf8', timeout: 30_000 });
  return { output: run.stdout.replace(/\r\n/g, '\n'), code: run.status };
}

const displayWidth = (line: string) => require('string-width')(line.replace(/\x1b\[[0-9;]*m/g, '')) as number;

describeWithScript('under a pseudo-terminal of 80 columns', () => {
  const cases: Array<[string, string[], string, string[]]> = [
    ['check', [...AS_OF, 'examples/clinic-with-findings.yaml'], 'en_US.UTF-8', [
      'examples/clinic-with-findings.yaml',
      '  Severity  Line:Col  Target     Rule',
      '  warning   8:12      facility   ledger-review',
      '      The ledger has not been reviewed since 2025-09-30, more than 12 months ago',
      '      (due 2026-09-30). Review it and update facility.updated',
    ]],
    ['check in Japanese', [...AS_OF, 'examples/clinic-with-findings.yaml'], 'ja_JP.UTF-8', [
      'examples/clinic-with-findings.yaml',
      '  重大度  行:列   対象       ルール',
      '  警告    8:12    施設       ledger-review',
      '      台帳が 2025-09-30 から 12 か月以上見直されていません（期限 2026-09-30）。',
      '      内容を確認し、facility.updated を更新してください',
    ]],
    ['due', ['due', ...AS_OF, 'examples/'], 'en_US.UTF-8', [
      '  Due         Left                 Target',
      '  2026-06-30  overdue by 147 days  井上 さやか',
      '      ひまわり訪問看護ステーション: The exception to mfa for 井上 さやか',
      '      expires: fix the problem and remove it, or have it approved again and',
      '      update expires',
      '      examples/visiting-nurse-exceptions.yaml:125',
    ]],
    ['rules', ['rules'], 'en_US.UTF-8', [
      '  Rule                        Default severity  Checks',
      '  yaml-syntax                 error             The file is one well-formed',
      '                                                UTF-8 YAML document',
    ]],
  ];

  it.each(cases)('%s fits, as laid out for 80 columns', (_name, args, lang, opening) => {
    const { output, code } = underTerminal(args, 80, lang);
    const inProcess = runCli(args, { env: { LANG: lang }, tty: true, columns: 80 });
    expect(code).toBe(inProcess.code);
    const lines = output.split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(lines.slice(0, opening.length).map((line) => line.replace(/\x1b\[[0-9;]*m/g, ''))).toEqual(opening);
    expect(output).toBe(inProcess.stdout);
  });

  it('receives no control sequence but colours from a hostile ledger or file name, on stdout or stderr', () => {
    const { output } = underTerminal([...AS_OF, 'test/fixtures/bad/inert-values.yaml'], 80, 'en_US.UTF-8');
    expect(output.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(output).toContain('\\x1b[2J\\x1b]0;pwned\\x07田中\\r誠');
    const missing = underTerminal(['/nowhere/\x1b]0;pwned\x07\u202e.yaml'], 80, 'en_US.UTF-8');
    expect(missing).toEqual({ output: 'dokodemo-check: file not found: /nowhere/\\x1b]0;pwned\\x07\\u202e.yaml\n', code: 2 });
  });

  it('lays the same report out wider on a wider terminal', () => {
    const args = [...AS_OF, 'examples/clinic-with-findings.yaml'];
    const { output } = underTerminal(args, 120, 'en_US.UTF-8');
    expect(output.split('\n')[2]!.replace(/\x1b\[[0-9;]*m/g, '')).toBe(
      '  warning   8:12      facility   ledger-review               The ledger has not been reviewed since 2025-09-30, more',
    );
    expect(output).toBe(runCli(args, { tty: true, columns: 120 }).stdout);
  });
});
