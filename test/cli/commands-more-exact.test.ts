// The commands but `check` once more, in-process through main() loaded afresh in each test (jest.resetModules):
// the commands' module-level patterns and lists (the file-name patterns' anchors, the formats `rules` takes,
// the schema's and the template's paths) then count as read by every test here. What commands-exact leaves
// open: names that end otherwise than they start, a workbook with only an example row's warning, a ledger
// that breaks the format written as a workbook, warnings without a stderr to write them to, `init` with no
// name at all, exact JSON fields (`diff`'s tool, `due`'s names without --redact).
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checklistJson, checklistMarkdown, checklistTable } from '../../src/catalogue/checklist-render';
import { catalogue } from '../../src/catalogue/entries';
import { catalogueDetail, catalogueMarkdown, catalogueTable } from '../../src/catalogue/render';
import type { CliRun } from '../helpers/cli';
import { freshMainPerTest, runMain } from '../helpers/run-main';
import type { MainSetup } from '../helpers/run-main';
import { VERSION } from '../../src/version';
import { EXAMPLE_MARKER } from '../../src/workbook/codec';
import { tempDirs } from '../helpers/temp';
import { columnOfKey, workbookBytes } from '../helpers/workbook';
import { zipParts } from '../helpers/workbook-read';

type Init = typeof import('../../src/cli/init-command');
type Convert = typeof import('../../src/cli/convert-command');
type WriteSync = typeof import('../../src/workbook/write-sync');

// Workbooks are written and read by the real worker here: seconds each on a busy machine.
jest.setTimeout(60_000);

const temp = tempDirs();
const AS_OF = ['--as-of', '2026-11-24'];
const ROOT = join(__dirname, '..', '..');
const CLEAN = readFileSync(join(ROOT, 'examples', 'home-nursing-clean.yaml'), 'utf8');
const FINDINGS = readFileSync(join(ROOT, 'examples', 'clinic-with-findings.yaml'), 'utf8');
const SMALL = 'version: 1\nfacility:\n  name: テスト\n';
const EN = { LANG: 'en_US.UTF-8' };
const JA = { LANG: 'ja_JP.UTF-8' };

type Setup = Omit<MainSetup, 'stdin'>;

/** main() as loaded afresh in this test (every module afresh in each test), from `setup.cwd`. */
const runCli: (args: string[], setup?: Setup) => CliRun = freshMainPerTest({ env: EN });

function refused(args: string[], en: string, ja: string, setup: Setup = {}): void {
  expect(runCli(args, { ...setup, env: EN })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ${en}\n` });
  expect(runCli(args, { ...setup, env: JA })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: ${ja}\n` });
}

function folderWith(files: Record<string, string | Uint8Array>): string {
  return temp.withFiles('cli-commands-more-', files);
}

/** A ledger written as a workbook by the real worker (the build's dist/). */
function workbookOf(ledger: unknown, examples = false): Uint8Array {
  const { writeWorkbookSync } = require('../../src/workbook/write-sync') as WriteSync;
  return writeWorkbookSync({ ledger, ...(examples ? { examples } : {}) }, 'x.xlsx');
}

/** The clean example with its first device marked as a worked example: read, it is one warning and no error. */
function withExampleDevice(): Uint8Array {
  const ledger = parse(CLEAN) as { devices: Array<Record<string, unknown>> };
  ledger.devices[0]!.id = `${EXAMPLE_MARKER}${String(ledger.devices[0]!.id)}`;
  return workbookOf(ledger);
}

describe('rules and schema', () => {
  it('takes each of its three formats, for the catalogue and the checklist', () => {
    const entries = catalogue('en');
    expect(runCli(['rules', '-f', 'table'])).toEqual({ code: 0, stdout: catalogueTable(entries, 'en', undefined), stderr: '' });
    expect(runCli(['rules', '-f', 'json'])).toEqual({ code: 0, stdout: `${JSON.stringify(entries, null, 2)}\n`, stderr: '' });
    expect(runCli(['rules', '-f', 'markdown'])).toEqual({ code: 0, stdout: catalogueMarkdown(entries, 'en'), stderr: '' });
    const mfa = entries.find((entry) => entry.id === 'mfa')!;
    expect(runCli(['rules', 'mfa', '-f', 'table'])).toEqual({ code: 0, stdout: catalogueDetail(mfa, 'en', undefined), stderr: '' });
    expect(runCli(['rules', '--checklist', '-f', 'table'])).toEqual({ code: 0, stdout: checklistTable('en', undefined), stderr: '' });
    expect(runCli(['rules', '--checklist', '-f', 'json'])).toEqual({ code: 0, stdout: checklistJson('en'), stderr: '' });
    expect(runCli(['rules', '--checklist', '-f', 'markdown'])).toEqual({ code: 0, stdout: checklistMarkdown('en'), stderr: '' });
    refused(['rules', '-f', ''], '--format must be one of table, json, markdown (not )', '--format は table, json, markdown のいずれかにしてください（ は使えません）');
  });

  it('schema writes the schema file\'s text, as a string', () => {
    expect(runCli(['schema'])).toEqual({ code: 0, stdout: readFileSync(join(ROOT, 'schemas', 'ledger.schema.json'), 'utf8'), stderr: '' });
  });
});

describe('init', () => {
  const init = () => require('../../src/cli/init-command') as Init;

  it('reads its template from templates/starter-ledger.yaml, and marks the workbook\'s first rows with their note', () => {
    const template = readFileSync(join(ROOT, 'templates', 'starter-ledger.yaml'), 'utf8');
    expect(init().TEMPLATE_FILE).toBe(join(ROOT, 'templates', 'starter-ledger.yaml'));
    expect(init().starterLedger(join(ROOT, 'ledger.yaml'), 'l.yaml')).toBe(template.replace('{{SCHEMA}}', './schemas/ledger.schema.json').replace('{{FILE}}', 'l.yaml'));
    const ledger = init().templateLedger() as { facility: { mcs_admins: Array<Record<string, unknown>> }; devices: Array<Record<string, unknown>>; users: Array<Record<string, unknown>> };
    const note = '記入例（この行は書き換えるか、行ごと削除してください） / Example: overwrite or delete this row';
    expect([ledger.facility.mcs_admins[0]!.note, ledger.devices[0]!.note, ledger.users[0]!.note]).toEqual([note, note, note]);
  });

  it('with no name at all, writes ledger.yaml', () => {
    const root = folderWith({});
    const run = runMain((_args, io) => ({ code: init().runInit(undefined, {}, { ...io, cwd: root }), stderr: '' }), []);
    expect(run).toEqual({ code: 0, stdout: 'ledger.yaml\n', stderr: '' });
    expect(readdirSync(root)).toEqual(['ledger.yaml']);
    expect(readFileSync(join(root, 'ledger.yaml'), 'utf8')).toBe(init().starterLedger(join(root, 'ledger.yaml'), 'ledger.yaml'));
  });

  it('goes by how the name ends: a workbook for .xlsx only at the end, a refusal for another spreadsheet\'s ending only', () => {
    const root = folderWith({});
    for (const name of ['a.xlsx.yaml', 'b.xlsx.txt', 'c.xls.yaml', 'd.ods.yml', 'e.csv.txt']) {
      expect(runCli(['init', name], { cwd: root })).toEqual({ code: 0, stdout: `${name}\n`, stderr: '' });
      expect(readFileSync(join(root, name), 'utf8')).toBe(init().starterLedger(join(root, name), name));
    }
    expect(runCli(['init', 'f.XLSX'], { cwd: root })).toEqual({ code: 0, stdout: 'f.XLSX\n', stderr: '' });
    expect(readFileSync(join(root, 'f.XLSX')).subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004'));
  });

  it('writes the template workbook over an existing file with --force, its example rows filled', async () => {
    const root = folderWith({ 'book.xlsx': 'old' });
    expect(runCli(['init', 'book.xlsx', '--force'], { cwd: root })).toEqual({ code: 0, stdout: 'book.xlsx\n', stderr: '' });
    const bytes = readFileSync(join(root, 'book.xlsx'));
    const styles = await zipParts(bytes, /^xl\/styles\.xml$/);
    expect([...styles.values()].join('')).toContain('FFFFF2CC');
    const plain = await zipParts(workbookOf(init().templateLedger()), /^xl\/styles\.xml$/);
    expect([...plain.values()].join('')).not.toContain('FFFFF2CC');
  });
});

describe('convert', () => {
  const convert = () => require('../../src/cli/convert-command') as Convert;

  it('goes by how the output ends', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    refused(['convert', 'a.yaml', 'a.yaml.txt'], 'the output must end in .xlsx or .yaml (.yml): a.yaml.txt', '出力先の拡張子は .xlsx か .yaml（.yml）にしてください: a.yaml.txt', { cwd: root });
    refused(['convert', 'a.yaml', 'a.xlsx.bak'], 'the output must end in .xlsx or .yaml (.yml): a.xlsx.bak', '出力先の拡張子は .xlsx か .yaml（.yml）にしてください: a.xlsx.bak', { cwd: root });
    refused(['convert', 'a.yaml', 'b.xlsx.yml'], 'the input and the output are the same format (a.yaml → b.xlsx.yml); convert converts between YAML (.yaml) and a workbook (.xlsx)', '変換元と変換先の形式が同じです（a.yaml → b.xlsx.yml）。YAML（.yaml）とブック（.xlsx）の間で変換します', { cwd: root });
    expect(runCli(['convert', 'a.yaml', 'c.XLSX'], { cwd: root })).toEqual({ code: 0, stdout: 'c.XLSX\n', stderr: '' });
    expect(runCli(['convert', 'c.XLSX', 'd.yml'], { cwd: root })).toEqual({ code: 0, stdout: 'd.yml\n', stderr: '' });
    expect(runCli(['convert', 'c.XLSX', 'e.YAML'], { cwd: root })).toEqual({ code: 0, stdout: 'e.YAML\n', stderr: '' });
    expect(readdirSync(root).sort()).toEqual(['a.yaml', 'c.XLSX', 'd.yml', 'e.YAML']);
  });

  it('names the file whose bytes are not text, in both languages', () => {
    const root = folderWith({ 'bytes.yaml': Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]) });
    const en = runCli(['convert', 'bytes.yaml', 'b.xlsx'], { cwd: root });
    const ja = runCli(['convert', 'bytes.yaml', 'b.xlsx'], { cwd: root, env: JA });
    expect([en, ja]).toEqual([
      { code: 2, stdout: '', stderr: 'dokodemo-check: bytes.yaml: The file is not UTF-8 (it looks like UTF-16). Open it in a text editor and save it again with the encoding "UTF-8"\n' },
      { code: 2, stdout: '', stderr: 'dokodemo-check: bytes.yaml: ファイルが UTF-8 ではありません（UTF-16 で保存されているようです）。テキストエディタやメモ帳で開き「UTF-8」を指定して保存し直してください（Excel では「CSV UTF-8」ではなく、テキストとして保存）\n' },
    ]);
    expect(readdirSync(root)).toEqual(['bytes.yaml']);
  });

  it('converts a workbook whose only problem is an example row\'s warning', () => {
    const root = folderWith({ 'ex.xlsx': withExampleDevice() });
    expect(runCli(['convert', 'ex.xlsx', 'ex.yaml'], { cwd: root })).toEqual({ code: 0, stdout: 'ex.yaml\n', stderr: '' });
    const devices = (parse(readFileSync(join(root, 'ex.yaml'), 'utf8')) as { devices: unknown[] }).devices;
    expect(devices.length).toBe((parse(CLEAN) as { devices: unknown[] }).devices.length - 1);
  });

  it('ledgerYaml: lists and objects under keys the schema does not know or shape otherwise, and long lines of words', () => {
    const words = Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ');
    const text = convert().ledgerYaml({ 'x-list': [[{ b: 1, a: 2 }]], version: { z: 1, a: 2 }, facility: { note: words } }, 'a.xlsx', join(ROOT, 'x.yaml'));
    expect(text.split('\n').slice(2)).toEqual([
      'version:',
      '  z: 1',
      '  a: 2',
      'facility:',
      `  note: ${words}`,
      'x-list:',
      '  - - b: 1',
      '      a: 2',
      '',
    ]);
  });
});

interface DiffJson {
  formatVersion: number;
  kind: string;
  tool: unknown;
  changes: unknown[];
  findings: { appeared: Array<{ ruleId: string; severity: string }>; went: unknown[] };
  summary: unknown;
}

describe('diff', () => {
  it('names the tool and its version in JSON, and writes Markdown for markdown', () => {
    const root = folderWith({ 'old.yaml': SMALL, 'new.yaml': CLEAN });
    const json = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', 'old.yaml', 'new.yaml'], { cwd: root }).stdout) as DiffJson;
    expect([json.formatVersion, json.kind, json.tool]).toEqual([1, 'diff', { name: 'dokodemo-check', version: VERSION }]);
    const markdown = runCli(['diff', ...AS_OF, '-f', 'markdown', 'old.yaml', 'new.yaml'], { cwd: root }).stdout;
    expect(markdown.split('\n').slice(0, 3)).toEqual(['## dokodemo-check diff: old.yaml → new.yaml (as of 2026-11-24)', '', '✔ 19 changes, 0 findings appeared, 7 went']);
    const table = runCli(['diff', ...AS_OF, '-f', 'table', 'old.yaml', 'new.yaml'], { cwd: root }).stdout;
    expect(table.startsWith('## ')).toBe(false);
    expect(runCli(['diff', ...AS_OF, 'old.yaml', 'new.yaml'], { cwd: root }).stdout).toBe(table);
  });

  it('lists the warnings and notes that appeared, not only the errors', () => {
    const root = folderWith({ 'old.yaml': CLEAN, 'new.yaml': FINDINGS });
    const json = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', 'old.yaml', 'new.yaml'], { cwd: root }).stdout) as DiffJson;
    const count = (severity: string) => json.findings.appeared.filter((finding) => finding.severity === severity).length;
    expect([count('error'), count('warning'), count('info')]).toEqual([18, 11, 2]);
  });

  it('reads a workbook that breaks the format as written, for its entries', () => {
    const ledger = parse(CLEAN) as Record<string, unknown>;
    const root = folderWith({ 'old.xlsx': workbookOf(ledger), 'new.xlsx': workbookOf({ ...ledger, version: 7 }) });
    const json = JSON.parse(runCli(['diff', ...AS_OF, '-f', 'json', 'old.xlsx', 'new.xlsx'], { cwd: root }).stdout) as DiffJson;
    expect(json.changes).toEqual([]);
    expect(json.findings.appeared.map((finding) => finding.ruleId)).toEqual(['schema']);
  });

  it('with no stderr to write to, a configuration\'s warning is dropped and the comparison made', () => {
    const root = folderWith({ 'old.yaml': SMALL, 'new.yaml': SMALL, '.dokodemo-check.yaml': 'lang: ja\n' });
    chmodSync(join(root, '.dokodemo-check.yaml'), 0o666);
    const run = runCli(['diff', ...AS_OF, '-f', 'json', 'old.yaml', 'new.yaml'], { cwd: root, noStderr: true });
    expect([run.code, run.stderr, (JSON.parse(run.stdout) as DiffJson).summary]).toEqual([0, '', { changes: 0, appeared: 0, went: 0 }]);
  });
});

describe('due', () => {
  it('shows names unless --redact', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    const plain = runCli(['due', '--as-of', '2030-01-01', '-f', 'json', 'a.yaml'], { cwd: root });
    const redacted = runCli(['due', '--as-of', '2030-01-01', '-f', 'json', '--redact', 'a.yaml'], { cwd: root });
    expect(plain.stdout).toContain('佐藤 由美');
    expect(redacted.stdout).not.toContain('佐藤 由美');
  });

  it('with no stderr to write to, a calendar still leaves out the ledger it could not read', () => {
    const root = folderWith({ 'a.yaml': CLEAN });
    const run = runCli(['due', ...AS_OF, '-f', 'ics', 'a.yaml', '/dev/null'], { cwd: root, noStderr: true });
    expect([run.code, run.stderr, run.stdout.startsWith('BEGIN:VCALENDAR\r\n')]).toEqual([1, '', true]);
    expect(run.stdout).not.toContain('/dev/null');
  });
});

describe('fix', () => {
  it('goes by how the output ends', () => {
    const root = folderWith({ 'a.yaml': SMALL, 'w.xlsx': workbookOf(parse(CLEAN)) });
    refused(['fix', 'a.yaml', '-o', 'b.yaml.txt'], "fix writes the input's own format (.yaml): b.yaml.txt; to change the format, use convert", 'fix の出力は入力と同じ形式です（.yaml）: b.yaml.txt。形式を変えるには convert を使います', { cwd: root });
    refused(['fix', 'w.xlsx', '-o', 'o.xlsx.bak'], "fix writes the input's own format (.xlsx): o.xlsx.bak; to change the format, use convert", 'fix の出力は入力と同じ形式です（.xlsx）: o.xlsx.bak。形式を変えるには convert を使います', { cwd: root });
    refused(['fix', 'w.xlsx', '-o', 'o.yaml'], "fix writes the input's own format (.xlsx): o.yaml; to change the format, use convert", 'fix の出力は入力と同じ形式です（.xlsx）: o.yaml。形式を変えるには convert を使います', { cwd: root });
    expect(runCli(['fix', 'a.yaml', '-o', 'b.yml'], { cwd: root }).code).toBe(1);
    expect(runCli(['fix', 'a.yaml', '-o', 'c.YAML'], { cwd: root }).code).toBe(1);
    expect(runCli(['fix', 'w.xlsx', '-o', 'o.XLSX'], { cwd: root }).code).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['a.yaml', 'b.yml', 'c.YAML', 'o.XLSX', 'w.xlsx']);
  });

  it('suggests a name beside an input with no extension, in Japanese too', () => {
    refused(['fix', 'v.1/ledger'], 'fix writes a repaired copy: name it with -o (e.g. dokodemo-check fix v.1/ledger -o v.1/ledger-fixed); the original is never rewritten', 'fix は直したコピーを書き出します。-o で出力先を指定してください（例: dokodemo-check fix v.1/ledger -o v.1/ledger-整形）。元のファイルは書き換えません');
  });

  it('a workbook with nothing to repair is copied as it is', () => {
    const bytes = workbookOf(parse(CLEAN));
    const root = folderWith({ 'w.xlsx': bytes });
    const run = runCli(['fix', 'w.xlsx', '-o', 'o.xlsx'], { cwd: root });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe('w.xlsx → o.xlsx: 0 repairs\nnothing left that needs a person\nthe original w.xlsx is unchanged\n');
    expect(Buffer.compare(readFileSync(join(root, 'o.xlsx')), Buffer.from(bytes))).toBe(0);
  });

  it('a workbook with a repair is repaired in the worker', async () => {
    const typed = await workbookBytes(parse(CLEAN), (book) => {
      const devices = book.getWorksheet('端末')!;
      devices.getCell(3, columnOfKey(devices, 'security.antivirus')).value = '○';
    });
    const root = folderWith({ 'w.xlsx': typed });
    const run = runCli(['fix', 'w.xlsx', '-o', 'o.xlsx'], { cwd: root });
    expect(run).toEqual({ code: 0, stderr: '', stdout: 'w.xlsx → o.xlsx: 1 repair\n  端末!L3  ○ → はい\nnothing left that needs a person\nthe original w.xlsx is unchanged\n' });
    expect(runCli(['check', ...AS_OF, '-f', 'github', 'o.xlsx'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exit 0 when only warnings are left (an example row)', () => {
    const root = folderWith({ 'w.xlsx': withExampleDevice() });
    const run = runCli(['fix', 'w.xlsx', '-o', 'o.xlsx'], { cwd: root });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe([
      'w.xlsx → o.xlsx: 0 repairs',
      'left for a person (1, not changed):',
      '  端末!A3  This row is a worked example (a cell starts with 「【記入例】」) and was not checked. Delete the row, or write your own entry over it (「【記入例】」 included)',
      'the original w.xlsx is unchanged',
      '',
    ].join('\n'));
  });
});

describe('the marked copy', () => {
  const created = async (bytes: Uint8Array) => {
    const core = [...(await zipParts(bytes, /^docProps\/core\.xml$/)).values()].join('');
    return /<dcterms:created[^>]*>([^<]*)<\/dcterms:created>/.exec(core)?.[1];
  };

  it('of a YAML ledger is created on the as-of day; a workbook\'s keeps its own created date', async () => {
    const book = await workbookBytes(parse(CLEAN), (workbook) => {
      workbook.created = new Date('2020-01-02T03:04:05Z');
    });
    const root = folderWith({ 'a.yaml': CLEAN, 'b.xlsx': book });
    expect(runCli([...AS_OF, '-f', 'xlsx', '-o', 'a-marked.xlsx', 'a.yaml'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runCli([...AS_OF, '-f', 'xlsx', '-o', 'b-marked.xlsx', 'b.xlsx'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await created(readFileSync(join(root, 'a-marked.xlsx')))).toBe('2026-11-24T00:00:00Z');
    expect(await created(readFileSync(join(root, 'b-marked.xlsx')))).toBe('2020-01-02T03:04:05Z');
  });
});
