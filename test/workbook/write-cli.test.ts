// init ledger.xlsx and convert, in-process and through the built bin: the template's structure
// (frozen headers, dropdowns, date cells, widths) as the file says it, the template checked, and the
// outputs that must never be written (an existing file without --force, the input itself).
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { templateLedger } from '../../src/cli/init-command';
import { keyText, SHEET_NAMES, TABLE_FIRST_DATA_ROW, workbookLayout } from '../../src/workbook/layout';
import { runBin } from '../helpers/bin';
import { runCli } from '../helpers/cli';
import { readWorkbook, zipParts } from '../helpers/workbook-read';
import { ledgerFile, workbookBytes } from '../helpers/workbook';

const EXAMPLES = ['examples/home-nursing-clean.yaml', 'examples/clinic-with-findings.yaml', 'examples/visiting-nurse-exceptions.yaml'];
const layout = workbookLayout();

const scratch = () => mkdtempSync(join(tmpdir(), 'dokodemo-xlsx-'));

/** Findings without their positions: a workbook and its YAML must agree on everything else. */
function findingsOf(stdout: string): unknown[] {
  const report = JSON.parse(stdout) as { files: Array<{ findings: Array<Record<string, unknown>> }> };
  return report.files[0].findings.map(({ ruleId, severity, message, path }) => ({ ruleId, severity, message, path })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('init ledger.xlsx', () => {
  const dir = scratch();
  const file = join(dir, 'ledger.xlsx');
  let bytes: Buffer;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    expect(runCli(['init', 'ledger.xlsx'], { cwd: dir })).toEqual({ code: 0, stdout: 'ledger.xlsx\n', stderr: '' });
    bytes = readFileSync(file);
    workbook = await readWorkbook(bytes);
  });

  it('writes a zip workbook whose sheets are the layout’s, 説明 first', async () => {
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['説明', 'visible'], ['施設', 'visible'], ['管理者', 'visible'], ['端末', 'visible'], ['利用者', 'visible'], ['事故', 'visible'], ['例外', 'visible'],
      ['選択肢', 'hidden'], // the rule ids behind 例外's dropdown
    ]);
    expect(String(workbook.getWorksheet('説明')!.getCell('A1').value)).toBe('どこでも連絡帳 管理台帳（Excel 版）の書き方');
  });

  it('checked untouched through the real bin: one warning at each example row, no finding about the people in them', () => {
    const run = runBin(['--as-of', '2026-11-24', '-f', 'json', file]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
    const report = JSON.parse(run.stdout) as { files: Array<{ findings: Array<Record<string, unknown>> }> };
    const examples = report.files[0].findings.filter((finding) => String(finding.message).startsWith('This row is a worked example'));
    expect(examples.map(({ ruleId, severity, sheet, cell }) => ({ ruleId, severity, sheet, cell }))).toEqual([
      { ruleId: 'schema', severity: 'warning', sheet: '管理者', cell: 'A3' },
      { ruleId: 'schema', severity: 'warning', sheet: '端末', cell: 'A3' },
      { ruleId: 'schema', severity: 'warning', sheet: '利用者', cell: 'A3' },
    ]);
    // Only what an empty ledger lacks: at least one administrator and one user (the examples are none).
    const others = report.files[0].findings.filter((finding) => !examples.includes(finding));
    expect(others.map(({ ruleId, path }) => ({ ruleId, path }))).toEqual([
      { ruleId: 'schema', path: '/facility/mcs_admins' },
      { ruleId: 'schema', path: '/users' },
    ]);
  });

  it('reads back without its example rows: they are examples, not people or devices', () => {
    const run = runCli(['convert', file, join(dir, 'back.yaml')]);
    expect(run.code).toBe(0);
    const template = templateLedger() as { facility: Record<string, unknown>; devices: unknown[]; users: unknown[] };
    expect(parse(readFileSync(join(dir, 'back.yaml'), 'utf8'))).toStrictEqual({ ...template, facility: { ...template.facility, mcs_admins: [] }, devices: [], users: [] });
  });

  it('an example row filled in is hers: once its marked cell is written over, the row is read', async () => {
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const users = book.getWorksheet('利用者')!;
    users.getCell(3, (users.getRow(2).values as unknown[]).indexOf('name')).value = '鈴木 一郎';
    const filled = join(dir, 'filled.xlsx');
    writeFileSync(filled, Buffer.from(await book.xlsx.writeBuffer()));
    const report = JSON.parse(runCli(['--as-of', '2026-11-24', '-f', 'json', filled]).stdout) as { files: Array<{ findings: Array<Record<string, unknown>> }> };
    const examples = report.files[0].findings.filter((finding) => String(finding.message).startsWith('This row is a worked example'));
    expect(examples.map(({ sheet }) => sheet)).toEqual(['管理者', '端末']);
    expect(report.files[0].findings.some((finding) => finding.path === '/users')).toBe(false);
  });

  it('freezes the header rows, and on tables the first column', async () => {
    for (const table of layout.tables) expect(workbook.getWorksheet(table.name)!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(workbook.getWorksheet(SHEET_NAMES.facility)!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('gives every yes/no and enumerated column a dropdown far below the example row', async () => {
    let lists = 0;
    for (const table of layout.tables) {
      const sheet = workbook.getWorksheet(table.name)!;
      table.columns.forEach((spec, index) => {
        if (spec.kind !== 'boolean' && spec.kind !== 'enum') return;
        const expected = spec.kind === 'boolean' ? ['はい', 'いいえ'] : [...spec.choices!.map((choice) => choice.label), ...(spec.nullMeansParent ? ['なし'] : [])];
        for (const row of [TABLE_FIRST_DATA_ROW, 500]) {
          expect(sheet.getCell(row, index + 1).dataValidation).toMatchObject({ type: 'list', formulae: [`"${expected.join(',')}"`] });
        }
        lists++;
      });
    }
    expect(lists).toBe(25); // 17 yes/no and 8 enumerated columns on the tables
    const devices = workbook.getWorksheet('端末')!;
    expect(devices.getCell('B3').dataValidation.formulae).toEqual(['"パソコン,タブレット,スマートフォン"']);
    // rule ids: too many for an inline list, so a range of the hidden sheet; other text only warns
    const ruleIdList = workbook.getWorksheet('例外')!.getCell('A3').dataValidation;
    expect(ruleIdList).toMatchObject({ type: 'list', errorStyle: 'warning' });
    expect(ruleIdList.formulae).toEqual([`'選択肢'!$A$1:$A$${workbook.getWorksheet('選択肢')!.getColumn(1).values.filter((value) => typeof value === 'string').length}`]);
    // an incident's device and user: the ids on 端末 and 利用者, however many rows they come to have
    const incidents = workbook.getWorksheet('事故')!;
    expect(incidents.getCell('B3').dataValidation).toMatchObject({ type: 'list', formulae: ["'端末'!$A$3:$A$1003"], errorStyle: 'warning' });
    expect(incidents.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ["'利用者'!$D$3:$D$1003"], errorStyle: 'warning' });
    const ruleIds = workbook.getWorksheet('選択肢')!.getColumn(1).values.filter((value) => value !== undefined);
    expect(ruleIds).toEqual(require('../../schemas/ledger.schema.json').properties.exceptions.items.properties.rule.examples);
  });

  it('keeps every data validation within what Excel accepts (else Excel "repairs" the file and drops them)', async () => {
    const parts = await zipParts(bytes, /^xl\/worksheets\/sheet\d+\.xml$/);
    const { XMLParser } = require('fast-xml-parser') as typeof import('fast-xml-parser');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'dataValidation' });
    let validations = 0;
    for (const xml of parts.values()) {
      for (const validation of parser.parse(xml).worksheet.dataValidations?.dataValidation ?? []) {
        validations++;
        expect(String(validation.promptTitle ?? '').length).toBeLessThanOrEqual(32);
        expect(String(validation.errorTitle ?? '').length).toBeLessThanOrEqual(32);
        expect(String(validation.prompt ?? '').length).toBeLessThanOrEqual(255);
        expect(String(validation.error ?? '').length).toBeLessThanOrEqual(225);
        const formula = String(validation.formula1 ?? '');
        if (formula.startsWith('"')) expect(formula.length - 2).toBeLessThanOrEqual(255); // an inline list
      }
    }
    expect(validations).toBeGreaterThan(40);
  });

  it('gives 施設 its dropdowns and date cells row by row', () => {
    const facility = workbook.getWorksheet('施設')!;
    expect(facility.getCell('B9').value).toBe('facility.rules.public_wireless_lan_prohibited');
    expect(facility.getCell('C9').dataValidation).toMatchObject({ type: 'list', formulae: ['"はい,いいえ"'] });
    expect(facility.getCell('C4').dataValidation).toMatchObject({ type: 'date' });
    expect(facility.getCell('C3').dataValidation).toBeUndefined();
  });

  it('writes dates as real date cells formatted yyyy-mm-dd, and formats the empty date cells too', async () => {
    const users = workbook.getWorksheet('利用者')!;
    const startDate = users.getRow(2).values as unknown[];
    const column = startDate.indexOf('start_date');
    expect(users.getCell(3, column).value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(users.getCell(3, column).numFmt).toBe('yyyy-mm-dd');
    expect(users.getColumn(column).numFmt).toBe('yyyy-mm-dd');
    const facility = workbook.getWorksheet('施設')!;
    expect(facility.getCell('C4').value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(facility.getCell('B4').value).toBe('facility.updated');
  });

  it('wraps the labels onto three lines, so that the widest sheet prints one page wide; keys stay whole', async () => {
    const devices = workbook.getWorksheet('端末')!;
    const antivirus = (devices.getRow(2).values as unknown[]).indexOf('security.antivirus');
    expect(devices.getCell(1, antivirus).value).toBe('ウイルス対策ソフトの導入の有無');
    expect(devices.getCell(1, antivirus).alignment).toMatchObject({ wrapText: true });
    expect(devices.getRow(1).height).toBe(48);
    // 30 columns of label on three lines, and the 9-point key security.antivirus (18 characters)
    expect(devices.getColumn(antivirus).width).toBeGreaterThanOrEqual(12);
    const widest = (devices.getRow(2).values as unknown[]).indexOf('security.wipe_after_failed_attempts');
    expect(devices.getColumn(widest).width).toBeGreaterThanOrEqual(29);
    expect(devices.columns.reduce((sum, column) => sum + (column.width ?? 0), 0)).toBeLessThan(600);
  });

  it('marks the example rows: a fill and a note saying to overwrite or delete them', async () => {
    const users = workbook.getWorksheet('利用者')!;
    const note = (users.getRow(2).values as unknown[]).indexOf('note');
    expect(String(users.getCell(3, note).value)).toMatch(/^記入例/);
    expect(String(users.getCell(3, (users.getRow(2).values as unknown[]).indexOf('name')).value)).toMatch(/^【記入例】/);
    expect(users.getCell(3, 1).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF2CC' } });
    expect(users.getCell(4, 1).value).toBeNull();
  });

  it('writes the template only as .xlsx, not as YAML under another spreadsheet name', () => {
    const other = scratch();
    for (const name of ['ledger.xls', 'ledger.xlsm', 'ledger.csv']) {
      expect(runCli(['init', name], { cwd: other })).toEqual({ code: 2, stdout: '', stderr: `dokodemo-check: the template workbook is written as .xlsx (e.g. dokodemo-check init ledger.xlsx): ${name}\n` });
    }
    expect(readdirSync(other)).toEqual([]);
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    writeFileSync(file, 'mine');
    const refused = runCli(['init', 'ledger.xlsx'], { cwd: dir });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: ledger.xlsx already exists; use --force to overwrite it\n' });
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(runCli(['init', 'ledger.xlsx', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('convert', () => {
  it.each(EXAMPLES)('%s → xlsx → yaml gives the same ledger, and the workbook the same findings (in her words: messages name labels)', (example) => {
    const dir = scratch();
    // the bin once (the shipped bundle finds the writer's and the reader's modules), in-process after
    const convert = example === EXAMPLES[0] ? (args: string[]) => runBin(args, dir) : (args: string[]) => runCli(args, { cwd: dir });
    expect(convert(['convert', resolve(example), 'ledger.xlsx'])).toEqual({ code: 0, stdout: 'ledger.xlsx\n', stderr: '' });
    expect(convert(['convert', 'ledger.xlsx', 'ledger.yaml'])).toEqual({ code: 0, stdout: 'ledger.yaml\n', stderr: '' });
    expect(parse(readFileSync(join(dir, 'ledger.yaml'), 'utf8'))).toStrictEqual(parse(readFileSync(example, 'utf8')));
    const fromYaml = runCli(['--as-of', '2026-11-24', '-f', 'json', resolve(example)]);
    const fromWorkbook = runCli(['--as-of', '2026-11-24', '-f', 'json', join(dir, 'ledger.xlsx')]);
    expect(fromWorkbook.code).toBe(fromYaml.code);
    const withoutMessages = (findings: unknown[]) => (findings as Array<Record<string, unknown>>).map(({ message: _message, ...rest }) => rest);
    expect(withoutMessages(findingsOf(fromWorkbook.stdout))).toEqual(withoutMessages(findingsOf(fromYaml.stdout)));
  });

  it('refuses a workbook whose cells cannot all be read (a key twice, a value with no key): nothing lost silently, nothing written', async () => {
    const dir = scratch();
    const bytes = await workbookBytes(ledgerFile(EXAMPLES[0]), (workbook) => {
      const facility = workbook.getWorksheet('施設')!;
      facility.addRow(['', 'facility.name', '偽の施設']).hidden = true;
      facility.addRow(['施設の住所', '', '東京都']);
    });
    writeFileSync(join(dir, 'tricked.xlsx'), bytes);
    const rows = workbookLayout().facility.rows.length;
    expect(runCli(['convert', 'tricked.xlsx', 'out.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `dokodemo-check: tricked.xlsx: 「施設」B${rows + 2}: The key facility.name is also at 「施設」B3. With the same key twice, which value to check cannot be decided: delete one of them (this column or row is not read) (and 1 more: dokodemo-check tricked.xlsx lists them); fix it before converting\n`,
    });
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
  });

  it("keeps a text that spells Excel's escape (_x0041_) as written, in values and in keys", () => {
    const dir = scratch();
    const text = readFileSync(EXAMPLES[0], 'utf8').replace(/^(\s+)name: (.*)$/m, '$1name: $2_x0041_\n$1x-_x0042_: a_X0043_b');
    writeFileSync(join(dir, 'ledger.yaml'), text);
    expect(runCli(['convert', 'ledger.yaml', 'ledger.xlsx'], { cwd: dir }).code).toBe(0);
    expect(runCli(['convert', 'ledger.xlsx', 'back.yaml'], { cwd: dir }).code).toBe(0);
    expect(parse(readFileSync(join(dir, 'back.yaml'), 'utf8'))).toStrictEqual(parse(text));
    expect(parse(text).facility.name).toMatch(/_x0041_$/);
  });

  it('carries content problems over for check to report at their cells', () => {
    const dir = scratch();
    const text = readFileSync(EXAMPLES[0], 'utf8').replace('updated: 2026-11-01', 'updated: 2026/11/01').replace('antivirus: true', 'antivirus: yes');
    writeFileSync(join(dir, 'ledger.yaml'), text);
    expect(runCli(['convert', 'ledger.yaml', 'ledger.xlsx'], { cwd: dir }).code).toBe(0);
    const run = runCli(['--as-of', '2026-11-24', '-f', 'json', join(dir, 'ledger.xlsx')]);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).files[0].findings as Array<{ ruleId: string; sheet: string; cell: string; path: string }>;
    const schema = findings.filter((finding) => finding.ruleId === 'schema').map(({ sheet, cell, path }) => ({ sheet, cell, path }));
    expect(schema).toEqual(expect.arrayContaining([
      { sheet: '施設', cell: 'C4', path: '/facility/updated' },
      { sheet: '端末', cell: 'L3', path: '/devices/0/security/antivirus' },
    ]));
  });

  it('writes YAML with the schema comment, and a file name cannot break out of the comment', () => {
    const dir = scratch();
    const name = 'a\nversion: 2\r.xlsx';
    expect(runCli(['convert', resolve(EXAMPLES[0]), name], { cwd: dir })).toEqual({ code: 0, stdout: 'a\\nversion: 2\\r.xlsx\n', stderr: '' });
    expect(runCli(['convert', name, 'ledger.yaml'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, 'ledger.yaml'), 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual([
      `# yaml-language-server: $schema=${relative(dir, resolve('schemas/ledger.schema.json'))}`,
      '# どこでも連絡帳 管理台帳 — a?version: 2?.xlsx から変換 / converted from a?version: 2?.xlsx (dokodemo-check convert)',
      'version: 1',
    ]);
    expect(parse(text)).toStrictEqual(parse(readFileSync(EXAMPLES[0], 'utf8')));
  });

  it('refuses to write over its input, however it is reached, even with --force', () => {
    const dir = scratch();
    const input = join(dir, 'ledger.xlsx');
    expect(runCli(['convert', resolve(EXAMPLES[0]), input]).code).toBe(0);
    const original = readFileSync(input);
    symlinkSync(input, join(dir, 'link.xlsx'));
    linkSync(input, join(dir, 'hard.xlsx'));
    for (const output of ['ledger.xlsx', './ledger.xlsx', 'link.xlsx', 'hard.xlsx']) {
      // same format: refused as the input before anything else
      expect(runCli(['convert', 'ledger.xlsx', output, '--force'], { cwd: dir })).toEqual({
        code: 2,
        stdout: '',
        stderr: `dokodemo-check: ${output} is the input file itself; name another output\n`,
      });
    }
    writeFileSync(join(dir, 'ledger.yaml'), readFileSync(EXAMPLES[0]));
    symlinkSync(join(dir, 'ledger.yaml'), join(dir, 'yaml-link.yaml'));
    expect(runCli(['convert', 'yaml-link.yaml', 'ledger.yaml', '--force'], { cwd: dir }).stderr).toBe('dokodemo-check: ledger.yaml is the input file itself; name another output\n');
    expect(readFileSync(input)).toEqual(original);
    expect(readFileSync(join(dir, 'ledger.yaml'), 'utf8')).toBe(readFileSync(EXAMPLES[0], 'utf8'));
  });

  it('refuses an existing output without --force', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'out.xlsx'), 'mine');
    expect(runCli(['convert', resolve(EXAMPLES[0]), 'out.xlsx'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: out.xlsx already exists; use --force to overwrite it\n' });
    expect(readFileSync(join(dir, 'out.xlsx'), 'utf8')).toBe('mine');
    expect(runCli(['convert', resolve(EXAMPLES[0]), 'out.xlsx', '--force'], { cwd: dir }).code).toBe(0);
  });

  it('converts a ledger that is not schema-valid, but not a file that is not YAML (line:column)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'odd.yaml'), 'version: 7\nfacility: []\nx-extra: { a: [1, 2] }\n');
    expect(runCli(['convert', 'odd.yaml', 'odd.xlsx'], { cwd: dir }).code).toBe(0);
    expect(runCli(['convert', 'odd.xlsx', 'back.yaml'], { cwd: dir }).code).toBe(0);
    expect(parse(readFileSync(join(dir, 'back.yaml'), 'utf8'))).toStrictEqual({ version: 7, facility: [], 'x-extra': { a: [1, 2] } });
    writeFileSync(join(dir, 'broken.yaml'), 'version: 1\nfacility: [unclosed\n');
    const run = runCli(['convert', 'broken.yaml', 'broken.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dokodemo-check: broken\.yaml:\d+:\d+: .*cannot be converted\)\n$/);
    expect(existsSync(join(dir, 'broken.xlsx'))).toBe(false);
  });

  it('says in one line what is wrong with the arguments or an unreadable input', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'text.xlsx'), 'not a workbook at all');
    const cases: Array<[string[], RegExp]> = [
      [['convert', 'missing.yaml', 'out.xlsx'], /^dokodemo-check: file not found: missing\.yaml\n$/],
      [['convert', resolve(EXAMPLES[0]), 'out.csv'], /^dokodemo-check: the output must end in \.xlsx or \.yaml \(\.yml\): out\.csv\n$/],
      [['convert', resolve(EXAMPLES[0]), 'out.yaml'], /^dokodemo-check: the input and the output are the same format/],
      [['convert', 'text.xlsx', 'out.yaml'], /^dokodemo-check: text\.xlsx: [^\n]+\n$/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(readdirSync(dir)).toEqual(['text.xlsx']);
  });

  it('leaves nothing behind when the output cannot be written', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'folder.xlsx'));
    expect(runCli(['convert', resolve(EXAMPLES[0]), 'missing/out.xlsx'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: cannot write missing/out.xlsx\n' });
    expect(runCli(['convert', resolve(EXAMPLES[0]), 'folder.xlsx', '--force'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: cannot write folder.xlsx\n' });
    expect(readdirSync(dir)).toEqual(['folder.xlsx']);
    expect(readdirSync(join(dir, 'folder.xlsx'))).toEqual([]);
  });

  it('writes Japanese messages for Japanese users', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'out.xlsx'), 'mine');
    expect(runCli(['convert', resolve(EXAMPLES[0]), 'out.xlsx'], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } }).stderr).toBe('dokodemo-check: out.xlsx はすでにあります。上書きする場合は --force を付けてください\n');
  });

  it('keeps the key row’s key text for every column, so any column order reads back', async () => {
    expect(layout.tables.flatMap((table) => table.columns.map((spec) => keyText(spec.path)))).not.toContain('');
  });
});
