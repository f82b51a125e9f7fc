// The tidy copy (src/fix/copy.ts, workbook-apply.ts), made in-process as the page makes it, each answer
// exact: its name beside the ledger's, the repairs planned and printed, a YAML copy byte for byte (its
// BOM kept), a workbook copy whose repaired cells alone changed (a date given a date format, a number a
// number format), cells the copy could not take (a formula, a merge, other text, a sheet gone) and what
// exceljs does not carry over, each said; `fix`'s report in both languages. The modules are loaded
// inside each test (their patterns count for every test).
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { columnOfKey, ledgerFile, typeMistakes, workbookBytes } from '../helpers/workbook';

beforeEach(() => jest.resetModules());

const copy = () => require('../../src/fix/copy') as typeof import('../../src/fix/copy');
const apply = () => require('../../src/fix/workbook-apply') as typeof import('../../src/fix/workbook-apply');

const CLEAN = 'examples/home-nursing-clean.yaml';
const original = readFileSync(CLEAN, 'utf8');
const typed = original.replace('  updated: 2026-11-01', '  updated: 令和8年11月1日').replace('      antivirus: true', '      antivirus: 〇').replace('    type: pc', '    type: ＰＣ');
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (content: Uint8Array) => new TextDecoder().decode(content);

async function readBook(content: Uint8Array): Promise<ExcelJS.Workbook> {
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
  return book;
}

describe('tidyFileName', () => {
  it('beside the ledger, in its own format, -整形 or -fixed', () => {
    const { tidyFileName } = copy();
    expect([
      tidyFileName('台帳.xlsx', 'ja', true), tidyFileName('dir/sub\\台帳.XLSX', 'en', true), tidyFileName('book.xlsm', 'en', true), tidyFileName('book.xls', 'ja', true), tidyFileName('book', 'en', true), tidyFileName('a.xlsx.bak', 'en', true),
      tidyFileName('ledger.yml', 'en', false), tidyFileName('/x/ledger.YAML', 'ja', false), tidyFileName('ledger', 'en', false), tidyFileName('ledger.yaml.txt', 'en', false), tidyFileName('a.ymlx', 'en', false),
    ]).toEqual([
      '台帳-整形.xlsx', '台帳-fixed.XLSX', 'book-fixed.xlsx', 'book-整形.xlsx', 'book-fixed.xlsx', 'a.xlsx.bak-fixed.xlsx',
      'ledger-fixed.yml', 'ledger-整形.YAML', 'ledger-fixed.yaml', 'ledger.yaml.txt-fixed.yaml', 'a.ymlx-fixed.yaml',
    ]);
  });
});

describe('a YAML ledger', () => {
  it('fixYamlBytes: each repaired value in place, its BOM kept, each repair printed at its line and column', () => {
    const { fixYamlBytes } = copy();
    const fixed = fixYamlBytes(bytes(typed), 'l.yaml');
    const line = (needle: string) => typed.split('\n').findIndex((row) => row.includes(needle)) + 1;
    expect(fixed.printed).toEqual([
      { at: `l.yaml:${line('令和8年')}:12`, before: '令和8年11月1日', after: '2026-11-01' },
      { at: `l.yaml:${line('ＰＣ')}:11`, before: 'ＰＣ', after: 'pc' },
      { at: `l.yaml:${line('antivirus: 〇')}:18`, before: '〇', after: 'true' },
    ]);
    expect(text(fixed.content)).toBe(original);
    expect(fixed.warnings).toEqual([]);
    const withBom = fixYamlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(typed)]), 'l.yaml');
    expect([...withBom.content.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(withBom.content.slice(3))).toBe(original);
    // no BOM, none added (TextDecoder would drop one: compared as bytes); a character starting with the BOM's first byte is no BOM
    expect(fixYamlBytes(bytes(original), 'l.yaml').content).toEqual(bytes(original));
    expect(fixYamlBytes(bytes('\uf000: 1\n'), 'l.yaml').content).toEqual(bytes('\uf000: 1\n'));
    // a text shorter than a BOM
    expect(fixYamlBytes(bytes('a\n'), 'l.yaml').content).toEqual(bytes('a\n'));
  });

  it('refuses what cannot be decoded or read as YAML, naming the file', () => {
    const { fixYamlBytes } = copy();
    const refusal = (content: Uint8Array) => {
      try {
        fixYamlBytes(content, 'l.yaml');
        return 'none';
      } catch (error) {
        return `${(error as Error).name}: ${(error as { text: { ja: string; en: string } }).text.en} / ${(error as { text: { ja: string } }).text.ja}`;
      }
    };
    expect(refusal(bytes('a: [1\n'))).toBe('UsageError: l.yaml: not readable as YAML, so nothing can be repaired; dokodemo-check l.yaml shows where, to fix by hand / l.yaml: YAML として読めないため直せません。dokodemo-check l.yaml で場所を確かめ、手で直してください');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00]))).toMatch(/^UsageError: l\.yaml: .+ \/ l\.yaml: /);
  });

  it('tidyCopy and previewTidyCopy: the same repairs, the report, and what is left for a person', async () => {
    const { tidyCopy, previewTidyCopy } = copy();
    const unclear = typed.replace('  updated: 令和8年11月1日', '  updated: 1/11/2026');
    const made = await tidyCopy({ name: 'dir/l.yaml', bytes: bytes(unclear) }, false, 'en');
    expect(made.fileName).toBe('l-fixed.yaml');
    expect(made.printed.map((repair) => repair.after)).toEqual(['pc', 'true']);
    expect(previewTidyCopy({ name: 'dir/l.yaml', bytes: bytes(unclear) }, false).printed).toEqual(made.printed);
    expect(made.warnings).toEqual([]);
    expect(made.remaining.map((finding) => finding.ruleId)).toEqual(['schema']);
    expect(made.report.split('\n')).toEqual([
      'dir/l.yaml → l-fixed.yaml: 2 repairs',
      `  ${made.printed[0]!.at}  ＰＣ → pc`,
      `  ${made.printed[1]!.at}  〇 → true`,
      'left for a person (1, not changed):',
      `  l-fixed.yaml:${made.remaining[0]!.position.line}:${made.remaining[0]!.position.column}  ${made.remaining[0]!.message.en.replace(/\{(\w+)\}/g, (_all, key) => String(made.remaining[0]!.data[key]))}`,
      'the original dir/l.yaml is unchanged',
      '',
    ]);
    const japanese = await tidyCopy({ name: 'l.yaml', bytes: bytes(typed) }, false, 'ja');
    expect(japanese.fileName).toBe('l-整形.yaml');
    expect(japanese.report.split('\n')).toEqual([
      'l.yaml → l-整形.yaml: 3 か所を直しました',
      ...japanese.printed.map((repair) => `  ${repair.at}  ${repair.before} → ${repair.after}`),
      '人の判断が必要な形式の問題はありません',
      '元のファイル l.yaml は変更していません',
      '',
    ]);
  });
});

describe('fixReport, placeOf, stillToDo', () => {
  it('one repair, a repair and a finding in a workbook, text made inert', () => {
    const { fixReport, placeOf } = copy();
    const finding = (cell?: { sheet: string; ref: string }) => ({ ruleId: 'schema', severity: 'error', path: [], message: { ja: '値 {value} が違います', en: 'value {value} is wrong' }, data: { value: '::x' }, sources: [], position: { line: 3, column: 7, ...(cell ? { cell } : {}) } }) as never;
    const fixed = { content: new Uint8Array(), printed: [{ at: '端末!B3', before: 'a\u001b[31m', after: 'b' }], warnings: [] };
    expect(fixReport('in.xlsx', 'out.xlsx', fixed, [finding({ sheet: '端末', ref: 'C4' }), finding()], 'en')).toBe([
      'in.xlsx → out.xlsx: 1 repair', '  端末!B3  a\\x1b[31m → b', 'left for a person (2, not changed):', '  端末!C4  value :\\:x is wrong', '  out.xlsx:3:7  value :\\:x is wrong', 'the original in.xlsx is unchanged', '',
    ].join('\n'));
    expect(fixReport('in.xlsx', 'out.xlsx', { ...fixed, printed: [] }, [finding()], 'ja')).toBe(['in.xlsx → out.xlsx: 0 か所を直しました', '人の判断が必要なもの（1 件。直していません）:', '  out.xlsx:3:7  値 :\\:x が違います', '元のファイル in.xlsx は変更していません', ''].join('\n'));
    expect(fixReport('a', 'b', { ...fixed, printed: [] }, [], 'en')).toBe('a → b: 0 repairs\nnothing left that needs a person\nthe original a is unchanged\n');
    expect([placeOf(finding({ sheet: 'S', ref: 'A1' }), 'o'), placeOf(finding(), 'o')]).toEqual(['S!A1', 'o:3:7']);
  });

  it('stillToDo: the format problems before the content checks, of a ledger that reads and of one that does not', () => {
    const { stillToDo } = copy();
    expect(stillToDo(bytes(original), 'o.yaml')).toEqual([]);
    expect(stillToDo(bytes(typed), 'o.yaml').map((finding) => finding.ruleId)).toEqual(['schema', 'schema', 'schema']);
    expect(stillToDo(bytes('a: [1\n'), 'o.yaml').map((finding) => finding.ruleId)).toEqual(['yaml-syntax']);
  });
});

describe('a workbook', () => {
  const clean = ledgerFile(CLEAN) as { users: Array<Record<string, unknown>> };
  clean.users[0]!.start_date = '2026-04-01';
  let cleanBook: Uint8Array;
  let typedBook: Uint8Array;

  beforeAll(async () => {
    cleanBook = await workbookBytes(clean);
    typedBook = await workbookBytes(clean, (book) => {
      typeMistakes(book);
      // The full-width number in a text cell.
      const devices = book.getWorksheet('端末')!;
      devices.getCell(3, columnOfKey(devices, 'security.lock_password.min_length')).numFmt = '@';
    });
  }, 60_000);

  it('plans, applies and checks the repairs; the copy reads as the clean ledger, each cell with its format', async () => {
    const { planWorkbookFix, workbookFixed, previewTidyCopy } = copy();
    const plan = planWorkbookFix(typedBook, 'b.xlsx');
    expect(plan.planned.map((repair) => `${repair.sheet}!${repair.ref} ${repair.kind}`)).toEqual(['端末!J3 half-width', '端末!L3 yes-no', '利用者!E3 date', '施設!C4 date']);
    expect(plan.job).toEqual({ bytes: typedBook, repairs: plan.planned });
    const applied = await apply().applyWorkbookRepairs(plan.job!);
    expect(applied.skipped).toEqual([]);
    expect(applied.lost).toEqual([]);
    const fixed = workbookFixed(plan, applied, 'b.xlsx');
    expect(fixed.printed).toEqual([
      { at: '端末!J3', before: '１０', after: '10' }, { at: '端末!L3', before: '○', after: 'はい' }, { at: '利用者!E3', before: '2026/4/1', after: '2026-04-01' }, { at: '施設!C4', before: '令和8年11月1日', after: '2026-11-01' },
    ]);
    expect(fixed.warnings).toEqual([]);
    expect(previewTidyCopy({ name: 'b.xlsx', bytes: typedBook }, true).printed).toEqual(fixed.printed);
    const book = await readBook(fixed.content);
    const devices = book.getWorksheet('端末')!;
    expect([devices.getCell('J3').value, devices.getCell('J3').numFmt ?? 'General', devices.getCell('L3').value]).toEqual([10, 'General', 'はい']);
    const start = book.getWorksheet('利用者')!.getCell('E3');
    expect([start.value, start.numFmt]).toEqual([new Date(Date.UTC(2026, 3, 1)), 'yyyy-mm-dd']);
    const { readSheets } = require('../../src/workbook/sheets') as typeof import('../../src/workbook/sheets');
    const { withRepairs } = require('../../src/fix/workbook-plan') as typeof import('../../src/fix/workbook-plan');
    expect(readSheets(fixed.content, 'x.xlsx').map((sheet) => sheet.rows)).toEqual(withRepairs(readSheets(typedBook, 'x.xlsx'), plan.planned).map((sheet) => sheet.rows));
    expect(readSheets(cleanBook, 'c.xlsx').find((sheet) => sheet.name === '端末')!.rows[2]).toEqual(readSheets(fixed.content, 'x.xlsx').find((sheet) => sheet.name === '端末')!.rows[2]);
  }, 60_000);

  it('nothing to repair: no job, the bytes as they were', () => {
    const { planWorkbookFix, workbookFixed } = copy();
    const plan = planWorkbookFix(cleanBook, 'c.xlsx');
    expect(plan.planned).toEqual([]);
    expect('job' in plan).toBe(false);
    expect(workbookFixed(plan, undefined, 'c.xlsx')).toEqual({ content: cleanBook, printed: [], warnings: [] });
    expect(workbookFixed(planWorkbookFix(typedBook, 'b.xlsx'), undefined, 'b.xlsx').printed).toEqual([]);
  });

  it('a cell that is not what the plan saw is skipped and named; what exceljs drops is said; a copy that differs from the plan is refused', async () => {
    const { planWorkbookFix, workbookFixed } = copy();
    const plan = planWorkbookFix(typedBook, 'b.xlsx');
    const repairs = [
      ...plan.planned,
      { sheet: '端末', ref: 'Z99', before: 'other text', after: 'x' },
      { sheet: 'いない', ref: 'A1', before: 'x', after: 'y' },
    ];
    const applied = await apply().applyWorkbookRepairs({ bytes: typedBook, repairs });
    expect(applied.skipped).toEqual([{ sheet: '端末', ref: 'Z99' }, { sheet: 'いない', ref: 'A1' }]);
    const skippedOne = { ...applied, skipped: [{ sheet: '端末', ref: 'L3' }] };
    expect(() => workbookFixed(plan, skippedOne, 'b.xlsx')).toThrow('the tidy copy differs from the plan at 端末!3:12');
    const lost = { ...applied, skipped: [], lost: ['images', 'charts'] as never[] };
    expect(workbookFixed(plan, lost, 'b.xlsx').warnings).toEqual([{ ja: '整形したコピーには次のものが引き継がれていません（元のブックはそのままです）: images, charts', en: 'the tidy copy does not carry over images, charts (the original workbook is unchanged)' }]);
    const original = await apply().applyWorkbookRepairs({ bytes: typedBook, repairs: plan.planned.filter((repair) => repair.ref !== 'L3') });
    // a skipped cell is matched by sheet and cell: x!J3 is not 端末!J3
    const fixed = workbookFixed(plan, { ...original, skipped: [{ sheet: '端末', ref: 'L3' }, { sheet: 'x', ref: 'J3' }] }, 'b.xlsx');
    expect(fixed.warnings).toEqual([{ ja: '次のセルは数式・結合セルなどのため直していません: 端末!L3, x!J3', en: 'not repaired, being a formula, part of a merge or the like: 端末!L3, x!J3' }]);
    expect(fixed.printed.map((repair) => repair.at)).toEqual(['端末!J3', '利用者!E3', '施設!C4']);
  }, 60_000);

  it('refuses a copy that differs from the plan, naming the first five cells: another day, the cells not repaired, another workbook', async () => {
    const { planWorkbookFix, workbookFixed } = copy();
    const plan = planWorkbookFix(typedBook, 'b.xlsx');
    const refusal = (applied: Parameters<typeof workbookFixed>[1]) => {
      try {
        workbookFixed(plan, applied, 'b.xlsx');
        return 'none';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    const nextDay = await apply().applyWorkbookRepairs({ bytes: typedBook, repairs: plan.planned.map((repair) => (repair.after instanceof Date ? { ...repair, after: new Date(repair.after.getTime() + 86_400_000) } : repair)) });
    expect(refusal(nextDay)).toBe('Error: the tidy copy differs from the plan at 施設!4:3, 利用者!3:5');
    expect(refusal({ bytes: typedBook, skipped: [], lost: [] })).toBe('Error: the tidy copy differs from the plan at 施設!4:3, 端末!3:10, 端末!3:12, 利用者!3:5');
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('施設').getCell('A1').value = 'x';
    other.addWorksheet('メモ').getCell('A1').value = 'hers';
    const otherBytes = new Uint8Array(await other.xlsx.writeBuffer());
    expect(refusal({ bytes: otherBytes, skipped: [], lost: [] })).toMatch(/^Error: the tidy copy differs from the plan at 施設!1:1, 施設!1:2, 施設!1:3, 施設!1:4, [^,]+$/);
  }, 60_000);

  it('tidyCopy says what the copy lost, in the chosen language', async () => {
    const { guardWorkbook } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
    const { zipOf } = require('../../src/workbook/zip-write') as typeof import('../../src/workbook/zip-write');
    const guard = guardWorkbook(typedBook);
    if (!guard.ok) throw new Error(guard.message.en);
    const withProperties = zipOf([...guard.parts, ['docProps/custom.xml', new TextEncoder().encode('<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>')]], '2026-01-01');
    const { tidyCopy } = copy();
    const en = await tidyCopy({ name: 'b.xlsx', bytes: withProperties }, true, 'en');
    expect(en.warnings).toEqual(['the tidy copy does not carry over custom-properties (the original workbook is unchanged)']);
    const ja = await tidyCopy({ name: 'b.xlsx', bytes: withProperties }, true, 'ja');
    expect(ja.warnings).toEqual(['整形したコピーには次のものが引き継がれていません（元のブックはそのままです）: custom-properties']);
  }, 60_000);

  it('skips a formula and a merged cell; keeps a date format a cell has; refuses bytes that are no workbook', async () => {
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('S');
    sheet.getCell('A1').value = { formula: '"〇"', result: '〇' } as never;
    sheet.getCell('B1').value = 'x';
    sheet.mergeCells('B1:C1');
    sheet.getCell('D1').value = 'text';
    sheet.getCell('D1').numFmt = '@';
    sheet.getCell('E1').value = 'date';
    sheet.getCell('E1').numFmt = 'dd/mm/yyyy';
    sheet.getCell('F1').value = 'rich';
    sheet.getCell('G1').value = { richText: [{ text: 'ri' }, { text: 'ch' }] } as never;
    sheet.getCell('H1').value = 'n';
    sheet.getCell('H1').numFmt = 'yyyy-mm-dd';
    const content = new Uint8Array(await book.xlsx.writeBuffer());
    const day = new Date(Date.UTC(2026, 3, 1));
    const applied = await apply().applyWorkbookRepairs({ bytes: content, repairs: [
      { sheet: 'S', ref: 'A1', before: '〇', after: 'はい' }, { sheet: 'S', ref: 'C1', before: 'x', after: 'y' }, { sheet: 'S', ref: 'D1', before: 'text', after: 5 },
      { sheet: 'S', ref: 'E1', before: 'date', after: day }, { sheet: 'S', ref: 'G1', before: 'rich', after: 'z' }, { sheet: 'S', ref: 'H1', before: 'n', after: 7 },
    ] });
    expect(applied.skipped).toEqual([{ sheet: 'S', ref: 'A1' }, { sheet: 'S', ref: 'C1' }]);
    const out = (await readBook(applied.bytes)).getWorksheet('S')!;
    expect([out.getCell('D1').value, out.getCell('D1').numFmt ?? 'General', out.getCell('E1').value, out.getCell('E1').numFmt, out.getCell('G1').value, out.getCell('H1').value, out.getCell('H1').numFmt ?? 'General']).toEqual([5, 'General', day, 'dd/mm/yyyy', 'z', 7, 'General']);
    expect(apply().DATE_FORMAT).toBe('yyyy-mm-dd');
    const { guardWorkbook } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
    const refusedGuard = guardWorkbook(new Uint8Array([1, 2, 3]));
    await expect(apply().applyWorkbookRepairs({ bytes: new Uint8Array([1, 2, 3]), repairs: [] })).rejects.toThrow(refusedGuard.ok ? 'none' : refusedGuard.message.en);
    const { planWorkbookFix } = copy();
    let refused = '';
    try {
      planWorkbookFix(new Uint8Array([0x50, 0x4b, 3, 4, 0]), 'bad.xlsx');
    } catch (error) {
      refused = `${(error as Error).name}: ${(error as { text: { en: string } }).text.en}`;
    }
    expect(refused).toMatch(/^UsageError: bad\.xlsx: /);
    let japanese = '';
    try {
      planWorkbookFix(new Uint8Array([0x50, 0x4b, 3, 4, 0]), 'bad.xlsx');
    } catch (error) {
      japanese = (error as { text: { ja: string } }).text.ja;
    }
    expect(japanese).toMatch(/^bad\.xlsx: ./);
  }, 60_000);

  it('tidyCopy of a workbook: the copy, its name, the repairs, what is left', async () => {
    const { tidyCopy } = copy();
    const made = await tidyCopy({ name: '台帳.xlsx', bytes: typedBook }, true, 'ja');
    expect(made.fileName).toBe('台帳-整形.xlsx');
    expect(made.printed.map((repair) => repair.at)).toEqual(['端末!J3', '端末!L3', '利用者!E3', '施設!C4']);
    expect([made.warnings, made.remaining]).toEqual([[], []]);
    expect(made.report.split('\n')[0]).toBe('台帳.xlsx → 台帳-整形.xlsx: 4 か所を直しました');
    const none = await tidyCopy({ name: 'c.xlsx', bytes: cleanBook }, true, 'en');
    expect(none.bytes).toBe(cleanBook);
    expect(none.report).toBe('c.xlsx → c-fixed.xlsx: 0 repairs\nnothing left that needs a person\nthe original c.xlsx is unchanged\n');
  }, 60_000);
});
