// check -f xlsx: the marked copy of her workbook, read back with exceljs. Every finding's cell filled
// with its severity's colour and noted; the list's links resolve to the finding's cell; her own sheet,
// x- column, widths, dropdowns and notes as they were; the copy checks as the original does (through
// the built bin once); the same bytes for the same input and day, from the CLI and the page's function;
// one stderr line for what exceljs cannot carry over (an image); the refusals.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { DEFAULT_CONFIG } from '../../src/config/types';
import { checkBytes } from '../../src/engine/check-file';
import { MARK_FILLS, NOTE_HEADING } from '../../src/workbook/mark';
import { MARKS_SHEET_NAMES } from '../../src/workbook/marks-sheet';
import { writeLedgerWorkbook } from '../../src/workbook/write';
import { presentReport } from '../../src/report/model';
import type { ReportFinding } from '../../src/report/model';
import { markedCopy } from '../../src/reporters/xlsx';
import { BIN_ENV, runBin as runBinIn } from '../helpers/bin';
import { runCli } from '../helpers/cli';
import { ledgerFile } from '../helpers/workbook';
import { readWorkbook, zipParts } from '../helpers/workbook-read';

jest.setTimeout(120_000);

const AS_OF = '2026-11-24';
const scratch = () => mkdtempSync(join(tmpdir(), 'dokodemo-mark-'));

const HER_SHEET = '連絡メモ';
const HER_NOTE = '鈴木さん確認済み（11/20）';

/** The example ledger with findings of every severity, two of them suppressed by exceptions, and an x- item of hers. */
function herLedger(): unknown {
  const ledger = ledgerFile('examples/clinic-with-findings.yaml') as { devices: Array<Record<string, unknown>>; exceptions?: unknown[] };
  ledger.devices[0]!['x-vpn'] = '常時 VPN（施設の VPN 装置に接続）';
  const exception = (rule: string, target: string) => ({ rule, target, reason: '発注済み（12 月納品予定）', approved_by: '松本 理恵', approved_on: '2026-10-15', expires: '2026-12-31' });
  ledger.exceptions = [exception('mfa', 'MD-PC-01'), exception('privacy-filter', 'MD-TB-01')];
  return ledger;
}

/** Her workbook: the example ledger as `init`/`convert` write it, then what she added in Excel: a sheet of
 * her own with a wide column, a wider x- column, and a note of hers on a cell that has a finding. */
async function herWorkbook(edit?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const written = await writeLedgerWorkbook({ ledger: herLedger() });
  const workbook = await readWorkbook(written);
  const memo = workbook.addWorksheet(HER_SHEET);
  memo.getColumn(1).width = 42;
  memo.getCell('A1').value = '端末の貸し出し記録';
  memo.getCell('A2').value = 'PC-01 → 訪問 A 班';
  memo.getCell('B2').value = 3;
  const devices = workbook.getWorksheet('端末')!;
  const xColumn = keyColumn(devices, 'x-vpn');
  devices.getColumn(xColumn).width = 33;
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function keyColumn(sheet: ExcelJS.Worksheet, key: string): number {
  const row = sheet.getRow(2);
  for (let column = 1; column <= row.cellCount; column++) if (row.getCell(column).value === key) return column;
  throw new Error(`no ${key} on ${sheet.name}`);
}

function findingsOf(bytes: Uint8Array, name: string): ReportFinding[] {
  const check = checkBytes(bytes, { asOf: AS_OF, config: DEFAULT_CONFIG }, name);
  const model = presentReport({ asOf: AS_OF, files: [{ file: name, ...check }] }, { lang: 'ja', redact: false, quiet: false, failOn: 'error', version: 'test' });
  return model.files[0]!.findings;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** The colour a cell must have: its most severe unsuppressed finding's, grey when all its findings are suppressed. */
function expectedFill(here: readonly ReportFinding[]): string {
  const [first] = [...here].sort((a, b) => Number(a.suppressed) - Number(b.suppressed) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return first!.suppressed ? MARK_FILLS.suppressed : MARK_FILLS[first!.severity];
}

function byCell(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const cells = new Map<string, ReportFinding[]>();
  for (const finding of findings) cells.set(`${finding.sheet}!${finding.cell}`, [...(cells.get(`${finding.sheet}!${finding.cell}`) ?? []), finding]);
  return cells;
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

/** Every value of every cell of a sheet, and its columns' widths. */
function sheetContent(sheet: ExcelJS.Worksheet): { values: Record<string, unknown>; widths: Array<number | undefined> } {
  const values: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => (values[cell.address] = cell.value)));
  const widths = Array.from({ length: sheet.columnCount }, (_unused, index) => sheet.getColumn(index + 1).width);
  return { values, widths };
}

const runBin = (args: string[], cwd: string) => runBinIn(args, cwd, { ...BIN_ENV, LANG: 'ja_JP.UTF-8' });

describe('the marked copy of her workbook', () => {
  const dir = scratch();
  let original: Buffer;
  let markedBytes: Buffer;
  let before: ExcelJS.Workbook;
  let marked: ExcelJS.Workbook;
  let findings: ReportFinding[];
  let noteCell: string;

  beforeAll(async () => {
    findings = findingsOf(await herWorkbook(), '台帳.xlsx');
    // Her note goes on the cell of the first finding that has one.
    const first = findings.find((finding) => finding.sheet !== undefined && finding.sheet !== '施設')!;
    noteCell = `${first.sheet}!${first.cell}`;
    original = await herWorkbook((workbook) => (workbook.getWorksheet(first.sheet!)!.getCell(first.cell!).note = HER_NOTE));
    writeFileSync(join(dir, '台帳.xlsx'), original);
    const run = runCli([join(dir, '台帳.xlsx'), '-f', 'xlsx', '-o', join(dir, '台帳-指摘.xlsx'), '--as-of', AS_OF, '--lang', 'ja'], { cwd: dir });
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 1, stdout: '', stderr: '' });
    markedBytes = readFileSync(join(dir, '台帳-指摘.xlsx'));
    before = await readWorkbook(original);
    marked = await readWorkbook(markedBytes);
  });

  it('has findings of every severity, suppressed ones too, to mark', () => {
    expect(new Set(findings.map((finding) => finding.severity))).toEqual(new Set(['error', 'warning', 'info']));
    expect(findings.some((finding) => finding.suppressed)).toBe(true);
    expect(findings.every((finding) => finding.sheet !== undefined)).toBe(true);
  });

  it('leaves the input as it was', () => {
    expect(readFileSync(join(dir, '台帳.xlsx')).equals(original)).toBe(true);
  });

  it('fills every finding’s cell with its severity’s colour (grey when suppressed) and notes the message and the rule id', () => {
    for (const [place, here] of byCell(findings)) {
      const [sheet, ref] = place.split('!') as [string, string];
      const cell = marked.getWorksheet(sheet)!.getCell(ref);
      const fill = cell.fill as ExcelJS.FillPattern;
      expect({ place, type: fill?.type, pattern: fill?.pattern, argb: fill?.fgColor?.argb }).toEqual({ place, type: 'pattern', pattern: 'solid', argb: expectedFill(here) });
      const note = noteText(cell.note);
      expect(note).toContain(NOTE_HEADING);
      for (const finding of here) {
        expect(note).toContain(finding.message);
        expect(note).toContain(finding.ruleId);
      }
    }
  });

  it('keeps a note of hers, with the finding’s text after it', () => {
    const [sheet, ref] = noteCell.split('!') as [string, string];
    const note = noteText(marked.getWorksheet(sheet)!.getCell(ref).note);
    expect(note.startsWith(`${HER_NOTE}\n\n${NOTE_HEADING}\n`)).toBe(true);
  });

  it('keeps the header notes the template wrote', () => {
    const notes = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('利用者')!.getRow(1).values;
    const headerNotes = (workbook: ExcelJS.Workbook) => {
      const sheet = workbook.getWorksheet('利用者')!;
      return Array.from({ length: sheet.columnCount }, (_unused, index) => noteText(sheet.getCell(1, index + 1).note));
    };
    expect(notes(marked)).toEqual(notes(before));
    const beforeNotes = headerNotes(before);
    expect(beforeNotes.filter(Boolean).length).toBeGreaterThan(5);
    // A header cell with a finding keeps its note first; the others are as they were.
    headerNotes(marked).forEach((note, index) => expect(note.startsWith(beforeNotes[index]!)).toBe(true));
  });

  it('puts the list first (指摘一覧), opens on it, and keeps every other sheet in its order and state', () => {
    expect(marked.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      [MARKS_SHEET_NAMES.ja, 'visible'],
      ...before.worksheets.map((sheet) => [sheet.name, sheet.state]),
    ]);
    expect(marked.views[0]).toMatchObject({ activeTab: 0, firstSheet: 0 });
  });

  it('changes no value and no width of her sheets: her own sheet and the x- column included', () => {
    for (const sheet of before.worksheets) expect({ sheet: sheet.name, ...sheetContent(marked.getWorksheet(sheet.name)!) }).toEqual({ sheet: sheet.name, ...sheetContent(sheet) });
    expect(marked.getWorksheet(HER_SHEET)!.getColumn(1).width).toBe(42);
    const devices = marked.getWorksheet('端末')!;
    const xColumn = keyColumn(devices, 'x-vpn');
    expect(devices.getColumn(xColumn).width).toBe(33);
    expect(devices.getColumn(xColumn).values.filter((value) => typeof value === 'string' && value.startsWith('常時 VPN'))).toHaveLength(1);
  });

  it('keeps every dropdown', () => {
    let validated = 0;
    for (const sheet of before.worksheets) {
      const model = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
      validated += Object.keys(model).length;
      expect((marked.getWorksheet(sheet.name) as unknown as { dataValidations: { model: unknown } }).dataValidations.model).toEqual(model);
    }
    expect(validated).toBeGreaterThan(20);
  });

  it('lists one row per finding, grouped by facility, person and device, each linked to its cell', async () => {
    const list = marked.getWorksheet(MARKS_SHEET_NAMES.ja)!;
    expect(String(list.getCell('A1').value)).toContain(join(dir, '台帳.xlsx'));
    const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
    for (const finding of findings) counts[finding.suppressed ? 'suppressed' : finding.severity]++;
    expect(list.getCell('A2').value).toBe(`${counts.error + counts.warning + counts.info} 件 (エラー ${counts.error}, 警告 ${counts.warning}, 情報 ${counts.info}), 抑止 ${counts.suppressed}`);
    const header = list.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(['重大度', 'セル', '対象', 'ルール', 'メッセージ', '期限']);

    // The links as the file says them: a place in this workbook (location), no outside file.
    const listPart = [...(await zipParts(markedBytes, /^xl\/worksheets\/sheet\d+\.xml$/)).values()].find((xml) => xml.includes('<hyperlink '))!;
    const links = [...listPart.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"\/>/g)].map(([, ref, location]) => ({ ref: ref!, location: location!.replace(/&apos;/g, "'") }));
    expect(listPart).not.toMatch(/<hyperlink [^>]*r:id=/);
    expect(links).toHaveLength(findings.length);

    const rows: Array<{ rule: unknown; message: string; target: unknown }> = [];
    const headings: string[] = [];
    list.eachRow((row, number) => {
      if (number <= 5) return;
      if (row.getCell(2).value === null) headings.push(String(row.getCell(1).value));
      else rows.push({ rule: row.getCell(4).value, message: String(row.getCell(5).value).split('\n')[0]!, target: row.getCell(3).value });
    });
    expect(rows).toHaveLength(findings.length);
    expect(rows.map(({ rule, message }) => `${rule} ${message}`).sort()).toEqual(findings.map((finding) => `${finding.ruleId} ${finding.message}`).sort());
    expect(headings[0]).toBe('施設');
    expect(headings.some((heading) => heading.startsWith('利用者 '))).toBe(true);
    expect(headings.some((heading) => heading.startsWith('端末 '))).toBe(true);
    expect(new Set(headings).size).toBe(headings.length);

    const places = new Set(findings.map((finding) => `${finding.sheet}!${finding.cell}`));
    for (const { ref, location } of links) {
      const match = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(location);
      expect(match).not.toBeNull();
      const [sheet, cell] = [match![1]!.replace(/''/g, "'"), match![2]!];
      // The link's cell shows the place, and the place is a finding's marked cell.
      expect(String((list.getCell(ref).value as ExcelJS.CellHyperlinkValue | string | null) ?? '').replace(/^'|'(?=!)/g, '')).toBe(`${sheet}!${cell}`);
      expect(places.has(`${sheet}!${cell}`)).toBe(true);
      expect(marked.getWorksheet(sheet)!.getCell(cell).note).toBeDefined();
    }
  });

  it('gives the due day of a finding about something due (the password change)', () => {
    const list = marked.getWorksheet(MARKS_SHEET_NAMES.ja)!;
    const dated: Array<[unknown, unknown]> = [];
    list.eachRow((row) => {
      if (row.getCell(6).value instanceof Date) dated.push([row.getCell(4).value, (row.getCell(6).value as Date).toISOString().slice(0, 10)]);
    });
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every(([rule]) => /password|exception|review|departed|incident/.test(String(rule)))).toBe(true);
  });

  it('checks as the original does, through the built bin (the marks are not data)', () => {
    const original = runBin(['-f', 'json', '--as-of', AS_OF, join(dir, '台帳.xlsx')], dir);
    const copy = runBin(['-f', 'json', '--as-of', AS_OF, join(dir, '台帳-指摘.xlsx')], dir);
    expect(copy.code).toBe(original.code);
    expect(copy.stderr).toBe('');
    const strip = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ findings: unknown[] }> }).files[0]!.findings;
    expect(strip(copy.stdout)).toEqual(strip(original.stdout));
    expect(strip(original.stdout)).toHaveLength(findings.length);
  });

  it('is the same bytes for the same input and day, from the CLI and from the page’s function', async () => {
    const again = runCli([join(dir, '台帳.xlsx'), '-f', 'xlsx', '-o', join(dir, 'again.xlsx'), '--as-of', AS_OF, '--lang', 'ja'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, 'again.xlsx')).equals(markedBytes)).toBe(true);
    const page = await markedCopy({ name: join(dir, '台帳.xlsx'), bytes: original }, { asOf: AS_OF, config: DEFAULT_CONFIG, lang: 'ja' });
    expect(page.fileName).toBe('台帳-指摘.xlsx');
    expect(page.lost).toBeUndefined();
    expect(Buffer.from(page.bytes).equals(markedBytes)).toBe(true);
  });

  it('marked again, replaces its list and marks, and takes a fixed cell’s mark away', async () => {
    // She fixes one marked cell in the copy (a value the checker accepts), then marks the copy again.
    const copy = await readWorkbook(markedBytes);
    const facility = copy.getWorksheet('施設')!;
    const fixed = findings.find((finding) => finding.sheet === '利用者' && finding.ruleId === 'mcs-password-age');
    expect(fixed).toBeDefined();
    copy.getWorksheet('利用者')!.getCell(fixed!.cell!).value = new Date(`${AS_OF}T00:00:00Z`);
    expect(facility).toBeDefined();
    writeFileSync(join(dir, 'fixed.xlsx'), Buffer.from(await copy.xlsx.writeBuffer()));
    const run = runCli([join(dir, 'fixed.xlsx'), '-f', 'xlsx', '-o', join(dir, 'fixed-marked.xlsx'), '--as-of', AS_OF, '--lang', 'en'], { cwd: dir });
    expect(run.stderr).toBe('');
    const again = await readWorkbook(readFileSync(join(dir, 'fixed-marked.xlsx')));
    expect(again.worksheets.map((sheet) => sheet.name)).toEqual([MARKS_SHEET_NAMES.en, ...before.worksheets.map((sheet) => sheet.name)]);
    const cell = again.getWorksheet('利用者')!.getCell(fixed!.cell!);
    const stillFound = findingsOf(readFileSync(join(dir, 'fixed.xlsx')), 'fixed.xlsx').filter((finding) => finding.sheet === '利用者' && finding.cell === fixed!.cell);
    if (stillFound.length === 0) {
      expect(cell.note).toBeUndefined();
      expect((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
    }
    const [sheet, ref] = noteCell.split('!') as [string, string];
    const her = noteText(again.getWorksheet(sheet)!.getCell(ref).note);
    expect(her.startsWith(`${HER_NOTE}\n\n${NOTE_HEADING}\n`)).toBe(true);
    expect(her.split(NOTE_HEADING)).toHaveLength(2);
  });
});

describe('a YAML ledger', () => {
  it('is marked in its workbook form, checking as the YAML does', async () => {
    const dir = scratch();
    const run = runCli(['examples/clinic-with-findings.yaml', '-f', 'xlsx', '-o', join(dir, 'clinic.xlsx'), '--as-of', AS_OF, '--lang', 'en']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
    const bytes = readFileSync(join(dir, 'clinic.xlsx'));
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets[0]!.name).toBe(MARKS_SHEET_NAMES.en);
    expect(workbook.created?.toISOString()).toBe(`${AS_OF}T00:00:00.000Z`);
    const yaml = findingsOf(readFileSync('examples/clinic-with-findings.yaml'), 'clinic.yaml').map(({ ruleId, severity, path }) => `${ruleId} ${severity} ${path}`).sort();
    const copy = findingsOf(bytes, 'clinic.xlsx');
    expect(copy.map(({ ruleId, severity, path }) => `${ruleId} ${severity} ${path}`).sort()).toEqual(yaml);
    for (const [place, here] of byCell(copy)) {
      const [sheet, ref] = place.split('!') as [string, string];
      expect((workbook.getWorksheet(sheet)!.getCell(ref).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(expectedFill(here));
    }
  });
});

describe('what exceljs cannot carry over', () => {
  it('is one line on stderr: a workbook with an image', async () => {
    const dir = scratch();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const bytes = await herWorkbook((workbook) => {
      const image = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
      workbook.getWorksheet(HER_SHEET)!.addImage(image, 'D2:E6');
    });
    writeFileSync(join(dir, 'photo.xlsx'), bytes);
    const ja = runCli([join(dir, 'photo.xlsx'), '-f', 'xlsx', '-o', join(dir, 'ja.xlsx'), '--as-of', AS_OF, '--lang', 'ja'], { cwd: dir });
    expect(ja.stderr).toBe(`dokodemo-check: ${join(dir, 'photo.xlsx')}: 指摘付きのコピーには次のものが引き継がれていません（元のブックはそのままです）: 画像の書式（トリミング・回転・枠線・代替テキスト。画像そのものと位置は残ります）\n`);
    const en = runCli([join(dir, 'photo.xlsx'), '-f', 'xlsx', '-o', join(dir, 'en.xlsx'), '--as-of', AS_OF, '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe(`dokodemo-check: ${join(dir, 'photo.xlsx')}: the marked copy does not carry over image formatting (cropping, rotation, borders, alt text; the images and their places stay) (the original workbook is unchanged)\n`);
    expect(en.code).toBe(1);
    // The picture itself is in the copy.
    expect((await readWorkbook(readFileSync(join(dir, 'en.xlsx')))).getWorksheet(HER_SHEET)!.getImages()).toHaveLength(1);
  });

  it('names a chart, a pivot table and a note on an empty cell from the parts', () => {
    const { lostFeatures } = require('../../src/workbook/mark') as typeof import('../../src/workbook/mark');
    const part = (text = '') => new TextEncoder().encode(text);
    expect(lostFeatures(new Map([
      ['xl/charts/chart1.xml', part()],
      ['xl/pivotTables/pivotTable1.xml', part()],
      ['xl/drawings/drawing1.xml', part('<xdr:wsDr><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>')],
      ['xl/worksheets/sheet1.xml', part('<worksheet><hyperlinks><hyperlink ref="A1" location="Sheet2!A1"/></hyperlinks></worksheet>')],
    ]))).toEqual(['charts', 'pivot-tables', 'shapes', 'internal-hyperlinks']);
  });
});

describe('refusals (exit 2, nothing written)', () => {
  const dir = scratch();
  beforeAll(async () => writeFileSync(join(dir, 'a.xlsx'), await herWorkbook()));

  it('without -o', () => {
    const run = runCli([join(dir, 'a.xlsx'), '-f', 'xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('-o');
  });

  it('with two ledgers', () => {
    writeFileSync(join(dir, 'b.xlsx'), readFileSync(join(dir, 'a.xlsx')));
    const run = runCli([join(dir, 'a.xlsx'), join(dir, 'b.xlsx'), '-f', 'xlsx', '-o', join(dir, 'out.xlsx')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('one ledger per run');
  });

  it('onto the input, by its name or through a link', () => {
    const bytes = readFileSync(join(dir, 'a.xlsx'));
    symlinkSync('a.xlsx', join(dir, 'link.xlsx'));
    for (const output of ['a.xlsx', './a.xlsx', 'link.xlsx']) {
      const run = runCli([join(dir, 'a.xlsx'), '-f', 'xlsx', '-o', output], { cwd: dir });
      expect({ output, code: run.code }).toEqual({ output, code: 2 });
    }
    expect(readFileSync(join(dir, 'a.xlsx')).equals(bytes)).toBe(true);
  });
});
