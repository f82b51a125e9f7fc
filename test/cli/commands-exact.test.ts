// The commands but `check`, in-process through main(): rules, schema, init, convert, diff, due, fix and
// the marked copy's refusals, each refusal's exact line in both languages and each output exactly.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistJson, checklistMarkdown, checklistTable } from '../../src/catalogue/checklist-render';
import { catalogue } from '../../src/catalogue/entries';
import { catalogueDetail, catalogueMarkdown, catalogueTable } from '../../src/catalogue/render';
import { ledgerYaml } from '../../src/cli/convert-command';
import { schemaReference, starterLedger, templateLedger, TEMPLATE_FILE } from '../../src/cli/init-command';
import { validWithin } from '../../src/cli/due-command';
import { checkMarkedCopyUsage } from '../../src/cli/marked-copy';
import { EXAMPLE_MARKER } from '../../src/workbook/codec';
import { runCli as runCliHere } from '../helpers/cli';
import type { CliRun, CliSetup } from '../helpers/cli';
import { inFolder, tempDirs } from '../helpers/temp';

const temp = tempDirs();
const AS_OF = ['--as-of', '2026-11-24'];
const CLEAN = readFileSync('examples/home-nursing-clean.yaml', 'utf8');
const SMALL = 'version: 1\nfacility:\n  name: テスト\n';
const SCHEMA_FILE = join(__dirname, '..', '..', 'schemas', 'ledger.schema.json');

/** The CLI in-process; with `cwd`, run from that folder, as a shell there would. */
function runCli(args: string[], setup: CliSetup = {}): CliRun {
  return setup.cwd === undefined ? runCliHere(args, setup) : inFolder(setup.cwd, () => runCliHere(args, setup));
}

function folderWith(files: Record<string, string | Buffer>): string {
  return temp.withFiles('cli-commands-', files);
}

interface DiffJson {
  asOf: string;
  old: unknown;
  new: unknown;
  changes: unknown[];
  findings: { appeared: Array<{ ruleId: string; line: number; column: number; message: string }>; went: Array<{ ruleId: string; line: number; column: number; message: string }> };
  summary: { changes: number; appeared: number; went: number };
}

function refused(args: string[], en: string, ja: string, setup: CliSetup = {}): void {
  expect(runCli(args, setup)).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ${en}\n` });
  expect(runCli(args, { ...setup, env: { LANG: 'ja_JP.UTF-8' } })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ${ja}\n` });
}

describe('rules', () => {
  it('lists the catalogue as a table, in the language asked for, at the terminal\'s width', () => {
    expect(runCli(['rules'])).toEqual({ code: 0, stdout: catalogueTable(catalogue('en'), 'en', undefined), stderr: '' });
    expect(runCli(['rules', '--lang', 'ja'])).toEqual({ code: 0, stdout: catalogueTable(catalogue('ja'), 'ja', undefined), stderr: '' });
    expect(runCli(['rules'], { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toBe(catalogueTable(catalogue('ja'), 'ja', undefined));
    expect(runCli(['rules'], { tty: true, columns: 70 }).stdout).toBe(catalogueTable(catalogue('en'), 'en', 70));
  });

  it('shows one rule in full', () => {
    const entry = catalogue('en').find((one) => one.id === 'mfa')!;
    expect(runCli(['rules', 'mfa'])).toEqual({ code: 0, stdout: catalogueDetail(entry, 'en', undefined), stderr: '' });
    expect(runCli(['rules', 'mfa'], { tty: true, columns: 50 }).stdout).toBe(catalogueDetail(entry, 'en', 50));
    expect(runCli(['rules', 'mfa', '-f', 'json'])).toEqual({ code: 0, stdout: `${JSON.stringify(entry, null, 2)}\n`, stderr: '' });
    expect(runCli(['rules', 'mfa', '-f', 'markdown'])).toEqual({ code: 0, stdout: catalogueMarkdown([entry], 'en'), stderr: '' });
  });

  it('writes every rule as JSON and Markdown', () => {
    expect(runCli(['rules', '-f', 'json', '--lang', 'ja'])).toEqual({ code: 0, stdout: `${JSON.stringify(catalogue('ja'), null, 2)}\n`, stderr: '' });
    expect(runCli(['rules', '-f', 'markdown'])).toEqual({ code: 0, stdout: catalogueMarkdown(catalogue('en'), 'en'), stderr: '' });
  });

  it('shows the checklist in each format', () => {
    expect(runCli(['rules', '--checklist'])).toEqual({ code: 0, stdout: checklistTable('en', undefined), stderr: '' });
    expect(runCli(['rules', '--checklist', '--lang', 'ja'], { tty: true, columns: 90 })).toEqual({ code: 0, stdout: checklistTable('ja', 90), stderr: '' });
    expect(runCli(['rules', '--checklist', '-f', 'json'])).toEqual({ code: 0, stdout: checklistJson('en'), stderr: '' });
    expect(runCli(['rules', '--checklist', '-f', 'markdown', '--lang', 'ja'])).toEqual({ code: 0, stdout: checklistMarkdown('ja'), stderr: '' });
  });

  it('refuses an unknown id, a format, a language, and an id with --checklist', () => {
    refused(['rules', 'no-such-rule'], 'unknown rule id: no-such-rule (dokodemo-check rules lists them)', '不明なルール ID です: no-such-rule（dokodemo-check rules で一覧を表示できます）');
    refused(['rules', '-f', 'html'], '--format must be one of table, json, markdown (not html)', '--format は table, json, markdown のいずれかにしてください（html は使えません）');
    refused(['rules', '--checklist', '-f', 'csv'], '--format must be one of table, json, markdown (not csv)', '--format は table, json, markdown のいずれかにしてください（csv は使えません）');
    refused(['rules', '--checklist', 'mfa'], '--checklist takes no rule id (mfa); dokodemo-check rules mfa shows that rule', '--checklist にはルール ID を付けられません（mfa）。dokodemo-check rules mfa でそのルールを表示できます');
    expect(runCli(['rules', '--lang', 'de'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --lang must be ja or en (not de)\n' });
  });

  it('schema prints the ledger schema as it is', () => {
    expect(runCli(['schema'])).toEqual({ code: 0, stdout: readFileSync(SCHEMA_FILE, 'utf8'), stderr: '' });
  });
});

describe('init', () => {
  it('points the schema comment at the schema, relative to the ledger', () => {
    expect(schemaReference(join(__dirname, '..', '..', 'ledger.yaml'))).toBe('./schemas/ledger.schema.json');
    expect(schemaReference(join(__dirname, '..', '..', 'schemas', 'ledger.yaml'))).toBe('./ledger.schema.json');
    expect(schemaReference(join(__dirname, 'ledger.yaml'))).toBe('../../schemas/ledger.schema.json');
  });

  it('fills the template with the schema path and the name shown', () => {
    const text = starterLedger(join(__dirname, '..', '..', 'ledger.yaml'), 'my {{FILE}}.yaml');
    expect(text).toBe(readFileSync(TEMPLATE_FILE, 'utf8').replace('{{SCHEMA}}', './schemas/ledger.schema.json').replace('{{FILE}}', 'my {{FILE}}.yaml'));
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# yaml-language-server: $schema=./schemas/ledger.schema.json',
      '# どこでも連絡帳 管理台帳（ひな形） / MCS ledger (starter)',
      '# 記入したら確認します / check it with:  npx dokodemo-check my {{FILE}}.yaml',
    ]);
  });

  it('marks the template workbook\'s first rows as examples', () => {
    const ledger = templateLedger() as { facility: { mcs_admins: Array<Record<string, unknown>> }; devices: Array<Record<string, unknown>>; users: Array<Record<string, unknown>>; incidents: unknown; exceptions: unknown };
    const note = '記入例（この行は書き換えるか、行ごと削除してください） / Example: overwrite or delete this row';
    for (const [item, key] of [[ledger.facility.mcs_admins[0], 'name'], [ledger.devices[0], 'id'], [ledger.users[0], 'name']] as const) {
      expect(String(item![key]).startsWith(EXAMPLE_MARKER)).toBe(true);
      expect(String(item![key]).length).toBeGreaterThan(EXAMPLE_MARKER.length);
      expect(item!.note).toBe(note);
    }
    expect(ledger.devices.slice(1).some((device) => String(device.id).startsWith(EXAMPLE_MARKER))).toBe(false);
    expect([ledger.incidents, ledger.exceptions]).toEqual([[], []]);
  });

  it('writes the starter ledger, names it, and refuses to overwrite without --force', () => {
    const root = folderWith({});
    expect(runCli(['init'], { cwd: root })).toEqual({ code: 0, stdout: 'ledger.yaml\n', stderr: '' });
    expect(readFileSync(join(root, 'ledger.yaml'), 'utf8')).toBe(starterLedger(join(root, 'ledger.yaml'), 'ledger.yaml'));
    refused(['init'], 'ledger.yaml already exists; use --force to overwrite it', 'ledger.yaml はすでにあります。上書きする場合は --force を付けてください', { cwd: root });
    writeFileSync(join(root, 'ledger.yaml'), 'old');
    expect(runCli(['init', '--force'], { cwd: root })).toEqual({ code: 0, stdout: 'ledger.yaml\n', stderr: '' });
    expect(readFileSync(join(root, 'ledger.yaml'), 'utf8')).toBe(starterLedger(join(root, 'ledger.yaml'), 'ledger.yaml'));
    expect(runCli(['init', 'sub.yml'], { cwd: root }).stdout).toBe('sub.yml\n');
    expect(readFileSync(join(root, 'sub.yml'), 'utf8')).toContain('npx dokodemo-check sub.yml\n');
  });

  it.each(['a.xls', 'a.XLS', 'a.xlsm', 'a.xltx', 'a.xltm', 'a.xlsb', 'a.ods', 'a.csv'])('refuses to write a YAML text as %s', (name) => {
    const root = folderWith({});
    refused(['init', name], `the template workbook is written as .xlsx (e.g. dokodemo-check init ledger.xlsx): ${name}`, `ひな形のブックは .xlsx 形式で作成します（例 dokodemo-check init ledger.xlsx）: ${name}`, { cwd: root });
    expect(readdirSync(root)).toEqual([]);
  });

  it.each(['a.xls.yaml', 'axls', 'a.csv.txt', 'a.odsx'])('writes the starter ledger as %s', (name) => {
    const root = folderWith({});
    expect(runCli(['init', name], { cwd: root })).toEqual({ code: 0, stdout: `${name}\n`, stderr: '' });
    expect(readdirSync(root)).toEqual([name]);
  });

  it('writes the template workbook for .xlsx, refusing an existing one', () => {
    const root = folderWith({ 'old.XLSX': 'x' });
    expect(runCli(['init', 'book.xlsx'], { cwd: root })).toEqual({ code: 0, stdout: 'book.xlsx\n', stderr: '' });
    expect(readFileSync(join(root, 'book.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(runCli(['init', 'old.XLSX'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: old.XLSX already exists; use --force to overwrite it\n' });
    expect(readFileSync(join(root, 'old.XLSX'), 'utf8')).toBe('x');
  });
});

describe('convert', () => {
  it('refuses an output that is neither .xlsx nor .yaml', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    refused(['convert', 'a.yaml', 'a.txt'], 'the output must end in .xlsx or .yaml (.yml): a.txt', '出力先の拡張子は .xlsx か .yaml（.yml）にしてください: a.txt', { cwd: root });
    refused(['convert', 'a.yaml', 'a.xlsx.bak'], 'the output must end in .xlsx or .yaml (.yml): a.xlsx.bak', '出力先の拡張子は .xlsx か .yaml（.yml）にしてください: a.xlsx.bak', { cwd: root });
  });

  it('refuses the same format, an existing output and the input itself', () => {
    const root = folderWith({ 'a.yaml': CLEAN, 'b.yaml': 'old' });
    refused(['convert', 'a.yaml', 'c.YML'], 'the input and the output are the same format (a.yaml → c.YML); convert converts between YAML (.yaml) and a workbook (.xlsx)', '変換元と変換先の形式が同じです（a.yaml → c.YML）。YAML（.yaml）とブック（.xlsx）の間で変換します', { cwd: root });
    refused(['convert', 'a.yaml', 'b.yaml'], 'b.yaml already exists; use --force to overwrite it', 'b.yaml はすでにあります。上書きする場合は --force を付けてください', { cwd: root });
    refused(['convert', 'a.yaml', 'a.yaml', '--force'], 'a.yaml is the input file itself; name another output', 'a.yaml は入力と同じファイルです。別の出力先を指定してください', { cwd: root });
    expect(readFileSync(join(root, 'b.yaml'), 'utf8')).toBe('old');
  });

  it('refuses a YAML file it cannot read, naming where', () => {
    const root = folderWith({ 'bad.yaml': 'a: [\n', 'bytes.yaml': Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]) });
    const bad = runCli(['convert', 'bad.yaml', 'bad.xlsx'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^dokodemo-check: bad\.yaml:2:1: .+ \(not readable as YAML, so it cannot be converted\)\n$/);
    const badJa = runCli(['convert', 'bad.yaml', 'bad.xlsx'], { cwd: root, env: { LANG: 'ja_JP.UTF-8' } });
    expect(badJa.stderr).toMatch(/^dokodemo-check: bad\.yaml:2:1: .+（YAML として読めないため変換できません）\n$/);
    const bytes = runCli(['convert', 'bytes.yaml', 'b.xlsx'], { cwd: root });
    expect(bytes.code).toBe(2);
    expect(bytes.stderr).toMatch(/^dokodemo-check: bytes\.yaml: \S/);
    expect(bytes.stderr).not.toMatch(/bytes\.yaml:\d/);
    expect(readdirSync(root).sort()).toEqual(['bad.yaml', 'bytes.yaml']);
  });

  it('writes YAML from a ledger value: the schema comment, keys in the schema\'s order, a name kept on one line', () => {
    const text = ledgerYaml({ users: [{ note: 'n', name: '佐藤' }], 'x-extra': 1, facility: { rules: {}, name: 'さくら' }, version: 1 }, 'a\nb\u0085c\u2028.xlsx', join(__dirname, '..', '..', 'x.yaml'));
    expect(text).toBe([
      '# yaml-language-server: $schema=./schemas/ledger.schema.json',
      '# どこでも連絡帳 管理台帳 — a?b?c?.xlsx から変換 / converted from a?b?c?.xlsx (dokodemo-check convert)',
      'version: 1',
      'facility:',
      '  name: さくら',
      '  rules: {}',
      'users:',
      '  - name: 佐藤',
      '    note: n',
      'x-extra: 1',
      '',
    ].join('\n'));
    expect(ledgerYaml([1, null, 'a'], 'x\u0000\u001f\u007f\u009f\u00a0.xlsx', '/x/y.yaml').split('\n').slice(1)).toEqual([
      '# どこでも連絡帳 管理台帳 — x????\u00a0.xlsx から変換 / converted from x????\u00a0.xlsx (dokodemo-check convert)',
      '- 1',
      '- null',
      '- a',
      '',
    ]);
    const long = 'あ'.repeat(200);
    const shared = { a: 1 };
    expect(ledgerYaml({ facility: { name: long }, x: shared, y: shared }, 'a.xlsx', '/x/y.yaml').split('\n').slice(2)).toEqual(['facility:', `  name: ${long}`, 'x:', '  a: 1', 'y:', '  a: 1', '']);
  });

  it('converts YAML to a workbook and back', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    expect(runCli(['convert', 'a.yaml', 'a.xlsx'], { cwd: root })).toEqual({ code: 0, stdout: 'a.xlsx\n', stderr: '' });
    expect(runCli(['convert', 'a.xlsx', 'b.yaml'], { cwd: root })).toEqual({ code: 0, stdout: 'b.yaml\n', stderr: '' });
    const back = readFileSync(join(root, 'b.yaml'), 'utf8');
    expect(back.split('\n').slice(0, 3)).toEqual([
      `# yaml-language-server: $schema=${schemaReference(join(root, 'b.yaml'))}`,
      '# どこでも連絡帳 管理台帳 — a.xlsx から変換 / converted from a.xlsx (dokodemo-check convert)',
      'version: 1',
    ]);
    expect(runCli([...AS_OF, '-f', 'github', 'b.yaml'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('due', () => {
  it.each([['0', 0], ['7', 7], ['00030', 30], ['99999', 99999]])('--within %s', (value, days) => {
    expect(validWithin(value)).toBe(days);
  });

  it.each(['100000', '-1', '1.5', ' 1', '1 ', 'x1', '1x', ''])('refuses --within %j', (value) => {
    const root = folderWith({ 'a.yaml': CLEAN });
    refused(['due', '--within', value, 'a.yaml'], `--within must be a whole number of days, 0 or more (not ${value})`, `--within は 0 以上の日数（整数）にしてください（${value} は使えません）`, { cwd: root });
  });

  it('refuses a format and a --group-by it does not know', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    refused(['due', '-f', 'markdown', 'a.yaml'], '--format must be one of table, json, ics (not markdown)', '--format は table, json, ics のいずれかにしてください（markdown は使えません）', { cwd: root });
    refused(['due', '--group-by', 'x', 'a.yaml'], '--group-by must be target (not x)', '--group-by は target にしてください（x は使えません）', { cwd: root });
  });

  it('lists what falls due, exit 1 with --fail-on-overdue only when something is overdue', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    const json = runCli(['due', ...AS_OF, '-f', 'json', '--within', '365', 'a.yaml'], { cwd: root });
    expect([json.code, json.stderr]).toEqual([0, '']);
    const report = JSON.parse(json.stdout) as { asOf: string; within: number; items: unknown[] };
    expect([report.asOf, report.within]).toEqual(['2026-11-24', 365]);
    const late = runCli(['due', '--as-of', '2030-01-01', '-f', 'json', '--fail-on-overdue', 'a.yaml'], { cwd: root });
    expect(late.code).toBe(1);
    expect(runCli(['due', '--as-of', '2030-01-01', '-f', 'json', 'a.yaml'], { cwd: root }).code).toBe(0);
    expect(runCli(['due', ...AS_OF, '--fail-on-overdue', 'a.yaml'], { cwd: root }).code).toBe(0);
  });

  it('a file that cannot be read is its problem; exit 2 only when none can be', () => {
    const root = folderWith({ 'a.yaml': CLEAN, 'b.xls': 'x' });
    expect(runCli(['due', ...AS_OF, '/dev/null'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: not a regular file: /dev/null\n' });
    expect(runCli(['due', ...AS_OF, '/dev/null', '/dev/zero'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: no ledger could be read (2 files; the first: not a regular file: /dev/null)\n' });
    const both = runCli(['due', ...AS_OF, '-f', 'json', 'a.yaml', '/dev/null'], { cwd: root });
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('not a regular file: /dev/null');
    const ics = runCli(['due', ...AS_OF, '-f', 'ics', 'a.yaml', '/dev/null'], { cwd: root });
    expect(ics.stderr).toMatch(/^dokodemo-check: .*\/dev\/null.*\n$/);
    expect(ics.stdout.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(runCli(['due', ...AS_OF, '-f', 'ics', 'a.yaml'], { cwd: root }).stderr).toBe('');
    expect(runCli(['due', ...AS_OF, '-f', 'json', 'a.yaml', '/dev/null'], { cwd: root }).stderr).toBe('');
  });

  it('groups by target and colours on a terminal', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    const args = ['due', '--as-of', '2030-01-01', 'a.yaml'];
    const plain = runCli(args, { cwd: root });
    expect(runCli([...args, '--group-by', 'target'], { cwd: root }).stdout).not.toBe(plain.stdout);
    const coloured = runCli(args, { cwd: root, tty: true, columns: 300 });
    expect(coloured.stdout).toContain('\u001b[');
    expect(runCli([...args, '--no-color'], { cwd: root, tty: true, columns: 300 }).stdout).not.toContain('\u001b[');
    expect(runCli([...args, '--redact'], { cwd: root }).stdout).not.toBe(plain.stdout);
  });
});

describe('diff', () => {
  it('refuses a format, --staged without --git and the wrong number of ledgers', () => {
    refused(['diff', '-f', 'html', 'a.yaml', 'b.yaml'], '--format must be one of table, json, markdown (not html)', '--format は table, json, markdown のいずれかにしてください（html は使えません）');
    refused(['diff', '--staged', 'a.yaml', 'b.yaml'], '--staged goes with --git', '--staged は --git と一緒に使ってください');
    const count = ['give two ledgers (dokodemo-check diff <old> <new>), or --git <rev> and one ledger', '比べる台帳を 2 つ（dokodemo-check diff <旧> <新>）、または --git <リビジョン> と台帳 1 つを指定してください'] as const;
    refused(['diff', 'a.yaml'], ...count);
    refused(['diff', 'a.yaml', 'b.yaml', 'c.yaml'], ...count);
    refused(['diff', '--git', 'HEAD', 'a.yaml', 'b.yaml'], ...count);
    refused(['diff', '--as-of', '2026-13-01', 'a.yaml', 'b.yaml'], '--as-of must be a real date written YYYY-MM-DD (not 2026-13-01)', '--as-of は実在する日付を YYYY-MM-DD で指定してください（2026-13-01 は使えません）');
    expect(runCli(['diff', '--lang', 'xx', 'a.yaml', 'b.yaml']).stderr).toBe('dokodemo-check: --lang must be ja or en (not xx)\n');
  });

  it('compares two files: what changed, which findings appeared and went', () => {
    const newer = CLEAN.replace('さくら訪問看護ステーション', 'さくら訪問看護') ;
    const root = folderWith({ 'old.yaml': SMALL, 'new.yaml': newer });
    const run = runCli(['diff', ...AS_OF, '-f', 'json', 'old.yaml', 'new.yaml'], { cwd: root });
    expect([run.code, run.stderr]).toEqual([0, '']);
    const report = JSON.parse(run.stdout) as DiffJson;
    expect([report.asOf, report.old, report.new, report.summary]).toEqual(['2026-11-24', { file: 'old.yaml' }, { file: 'new.yaml' }, { changes: 19, appeared: 0, went: 7 }]);
    expect(report.changes[0]).toEqual({ section: 'facility', change: 'changed', id: 'name', label: 'name', before: 'テスト', after: 'さくら訪問看護' });
    expect(report.findings.went.map((finding) => [finding.ruleId, finding.line, finding.column])).toEqual([['schema', 1, 1], ['schema', 1, 1], ['schema', 3, 3], ['schema', 3, 3], ['schema', 3, 3], ['schema', 3, 3], ['schema', 3, 3]]);
    expect(runCli(['diff', ...AS_OF, '-f', 'markdown', 'old.yaml', 'new.yaml'], { cwd: root }).stdout).not.toBe(runCli(['diff', ...AS_OF, 'old.yaml', 'new.yaml'], { cwd: root }).stdout);
    const reverse = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', 'new.yaml', 'old.yaml'], { cwd: root }).stdout) as DiffJson;
    expect(reverse.summary).toEqual({ changes: 19, appeared: 7, went: 0 });
    expect(reverse.findings.appeared[0]!.message).toBe('Required key `devices` (devices used for MCS) is missing. Add it as a list (one entry per line, starting with "- "; [] when there are none)');
    const japanese = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', '--lang', 'ja', 'new.yaml', 'old.yaml'], { cwd: root }).stdout) as DiffJson;
    expect(japanese.findings.appeared[0]!.message).toBe('必須項目 `devices`（利用端末）がありません。一覧（1 行に 1 件ずつ「- 」で始める。無ければ []）で記入してください');
  });

  it('masks names with --redact', () => {
    const root = folderWith({ 'old.yaml': CLEAN, 'new.yaml': CLEAN.replace(/policy_read: true/g, 'policy_read: false') });
    const plain = runCli(['diff', ...AS_OF, '-f', 'json', 'old.yaml', 'new.yaml'], { cwd: root }).stdout;
    const redacted = runCli(['diff', ...AS_OF, '-f', 'json', '--redact', 'old.yaml', 'new.yaml'], { cwd: root }).stdout;
    expect(plain).toContain('佐藤 由美');
    expect(redacted).not.toContain('佐藤 由美');
    expect((JSON.parse(redacted) as DiffJson).summary).toEqual((JSON.parse(plain) as DiffJson).summary);
  });

  it('writes to -o, never onto a ledger', () => {
    const root = folderWith({ 'old.yaml': SMALL, 'new.yaml': CLEAN });
    expect(runCli(['diff', ...AS_OF, '-o', 'd.md', '-f', 'markdown', 'old.yaml', 'new.yaml'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(root, 'd.md'), 'utf8')).toBe(runCli(['diff', ...AS_OF, '-f', 'markdown', 'old.yaml', 'new.yaml'], { cwd: root }).stdout);
    expect(runCli(['diff', ...AS_OF, '-o', 'old.yaml', 'old.yaml', 'new.yaml'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --output must not be one of the ledgers being checked (old.yaml)\n' });
  });

  it('reads a ledger that breaks the format as written, for its entries', () => {
    const broken = CLEAN.replace('version: 1', 'version: 7');
    const root = folderWith({ 'old.yaml': CLEAN, 'new.yaml': broken, 'bad.yaml': 'a: [\n' });
    const report = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', 'old.yaml', 'new.yaml'], { cwd: root }).stdout) as DiffJson;
    expect(report.changes).toEqual([]);
    expect(report.findings.appeared.map((finding) => finding.ruleId)).toEqual(['schema']);
    const syntax = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', 'old.yaml', 'bad.yaml'], { cwd: root }).stdout) as DiffJson;
    expect(syntax.findings.appeared.map((finding) => finding.ruleId)).toEqual(['yaml-syntax']);
    expect(syntax.changes.length).toBeGreaterThan(0);
  });

  it('compares with a git revision and the staged version', () => {
    const root = folderWith({ 'a.yaml': SMALL });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.jp', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'a.yaml');
    git('commit', '-q', '-m', 'one');
    writeFileSync(join(root, 'a.yaml'), CLEAN);
    const working = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', '--git', 'HEAD', 'a.yaml'], { cwd: root }).stdout) as DiffJson;
    expect([working.old, working.new, working.summary.went]).toEqual([{ file: 'a.yaml', revision: 'HEAD' }, { file: 'a.yaml' }, 7]);
    const staged = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', '--git', 'HEAD', '--staged', 'a.yaml'], { cwd: root }).stdout) as DiffJson;
    expect([staged.old, staged.new, staged.summary]).toEqual([{ file: 'a.yaml', revision: 'HEAD' }, { file: 'a.yaml', staged: true }, { changes: 0, appeared: 0, went: 0 }]);
    writeFileSync(join(root, 'n.yaml'), SMALL);
    refused(['diff', '--git', 'HEAD', '--staged', 'n.yaml'], 'n.yaml is not in the index (not added with git add)', 'n.yaml はインデックスにありません（git add していません）', { cwd: root });
    const added = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', '--git', 'HEAD', 'n.yaml'], { cwd: root }).stdout) as DiffJson;
    expect(added.summary.appeared).toBe(7);
    expect(runCli(['diff', '--git', 'HEAD', 'gone.yaml'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: cannot read file: ${join(root, 'gone.yaml')}\n` });
  });

  it('warns of a configuration anyone may write', () => {
    const root = folderWith({ 'old.yaml': SMALL, 'new.yaml': SMALL, '.dokodemo-check.yaml': 'lang: ja\n' });
    chmodSync(join(root, '.dokodemo-check.yaml'), 0o666);
    const run = runCli(['diff', ...AS_OF, '-f', 'json', 'old.yaml', 'new.yaml'], { cwd: root });
    expect(run.stderr).toBe(`dokodemo-check: the configuration file ${join(root, '.dokodemo-check.yaml')}: anyone can write to it, so it is not used\n`);
    expect((JSON.parse(run.stdout) as DiffJson).summary).toEqual({ changes: 0, appeared: 0, went: 0 });
    expect(runCli(['diff', ...AS_OF, 'old.yaml', 'new.yaml'], { cwd: root, env: { LANG: 'ja_JP.UTF-8' } }).stderr).toBe(`dokodemo-check: 設定ファイル ${join(root, '.dokodemo-check.yaml')} は誰でも書き込めるファイルのため使いません\n`);
  });
});

describe('fix', () => {
  it('asks for -o, suggesting a name beside the input', () => {
    refused(['fix', 'dir/台帳.yaml'], 'fix writes a repaired copy: name it with -o (e.g. dokodemo-check fix dir/台帳.yaml -o dir/台帳-fixed.yaml); the original is never rewritten', 'fix は直したコピーを書き出します。-o で出力先を指定してください（例: dokodemo-check fix dir/台帳.yaml -o dir/台帳-整形.yaml）。元のファイルは書き換えません');
    expect(runCli(['fix', 'v.1/ledger']).stderr).toBe('dokodemo-check: fix writes a repaired copy: name it with -o (e.g. dokodemo-check fix v.1/ledger -o v.1/ledger-fixed); the original is never rewritten\n');
    expect(runCli(['fix', 'a.b.xlsx']).stderr).toBe('dokodemo-check: fix writes a repaired copy: name it with -o (e.g. dokodemo-check fix a.b.xlsx -o a.b-fixed.xlsx); the original is never rewritten\n');
  });

  it('refuses standard input and another format', () => {
    refused(['fix', '-', '-o', 'x.yaml'], 'fix does not read standard input: name the ledger file', 'fix は標準入力を読みません。台帳のファイルを指定してください');
    const root = folderWith({ 'a.yaml': SMALL });
    refused(['fix', 'a.yaml', '-o', 'b.xlsx'], "fix writes the input's own format (.yaml): b.xlsx; to change the format, use convert", 'fix の出力は入力と同じ形式です（.yaml）: b.xlsx。形式を変えるには convert を使います', { cwd: root });
    refused(['fix', 'a.yaml', '-o', 'a.yaml', '--force'], 'a.yaml is the input file itself; name another output', 'a.yaml は入力と同じファイルです。別の出力先を指定してください', { cwd: root });
    expect(readdirSync(root)).toEqual(['a.yaml']);
  });

  it('writes a tidy YAML copy and says what is left: exit 1 while errors remain, 0 when none', () => {
    const typed = CLEAN.replace(/policy_read: true/, 'policy_read: はい');
    const root = folderWith({ 'a.yaml': typed, 'small.yaml': SMALL });
    const run = runCli(['fix', 'a.yaml', '-o', 'b.yml'], { cwd: root });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readFileSync(join(root, 'b.yml'), 'utf8')).toBe(CLEAN);
    expect(run.stdout).toContain('a.yaml');
    const small = runCli(['fix', 'small.yaml', '-o', 's.yaml', '--lang', 'ja'], { cwd: root });
    expect([small.code, small.stderr]).toEqual([1, '']);
    expect(readFileSync(join(root, 's.yaml'), 'utf8')).toBe(SMALL);
    expect(small.stdout).not.toBe(runCli(['fix', 'small.yaml', '-o', 's2.yaml', '--lang', 'en'], { cwd: root }).stdout);
    refused(['fix', 'small.yaml', '-o', 's.yaml'], 's.yaml already exists; use --force to overwrite it', 's.yaml はすでにあります。上書きする場合は --force を付けてください', { cwd: root });
    expect(runCli(['fix', 'small.yaml', '-o', 's.yaml', '--force'], { cwd: root }).code).toBe(1);
  });
});

describe('the marked copy', () => {
  const setup = { asOf: '2026-11-24', lang: 'en' as const, configs: [], failOn: 'error' as const, output: 'o.xlsx' };
  const input = { name: 'a.yaml', path: 'a.yaml', read: () => Buffer.from('') };

  it('refuses no -o, more or fewer than one ledger, and --redact', () => {
    const thrown = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return (error as { text: unknown }).text;
      }
      return undefined;
    };
    expect(thrown(() => checkMarkedCopyUsage([input], setup))).toBeUndefined();
    expect(thrown(() => checkMarkedCopyUsage([input], { ...setup, output: undefined }))).toEqual({
      ja: '-f xlsx は指摘付きのブックを書き出します。-o で出力先を指定してください（例: -o 台帳-指摘.xlsx）',
      en: '-f xlsx writes a marked workbook: name it with -o (e.g. -o ledger-findings.xlsx)',
    });
    expect(thrown(() => checkMarkedCopyUsage([input, input], setup))).toEqual({
      ja: '-f xlsx は台帳 1 つずつです（2 件が指定されました）。1 つずつ実行してください',
      en: '-f xlsx marks one ledger per run (2 were given): run it once per ledger',
    });
    expect(thrown(() => checkMarkedCopyUsage([], setup))).toEqual({
      ja: '-f xlsx は台帳 1 つずつです（0 件が指定されました）。1 つずつ実行してください',
      en: '-f xlsx marks one ledger per run (0 were given): run it once per ledger',
    });
    expect(thrown(() => checkMarkedCopyUsage([input], { ...setup, redact: true }))).toEqual({
      ja: '--redact は -f xlsx と一緒には使えません（指摘付きのブックは台帳そのものの写しです）',
      en: '--redact cannot be used with -f xlsx (the marked workbook is a copy of the ledger itself)',
    });
    expect(thrown(() => checkMarkedCopyUsage([input], { ...setup, redact: false }))).toBeUndefined();
  });

  it('marks a YAML ledger in its workbook form, exit code the check\'s', () => {
    const root = folderWith({ 'a.yaml': SMALL, 'c.yaml': CLEAN });
    const run = runCli([...AS_OF, '-f', 'xlsx', '-o', 'out.xlsx', 'a.yaml'], { cwd: root });
    expect(run.code).toBe(1);
    expect(readFileSync(join(root, 'out.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(run.stdout).toBe('');
    const clean = runCli([...AS_OF, '-f', 'xlsx', '-o', 'c.xlsx', 'c.yaml'], { cwd: root });
    expect([clean.code, clean.stdout]).toEqual([0, '']);
    expect(existsSync(join(root, 'c.xlsx'))).toBe(true);
    expect(runCli([...AS_OF, '-f', 'xlsx', '-o', 'x.xlsx', 'a.yaml', 'c.yaml'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: -f xlsx marks one ledger per run (2 were given): run it once per ledger\n' });
  });
});
