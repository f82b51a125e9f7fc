// Which cells `fix` repairs in a workbook (src/fix/workbook-plan.ts), called directly: repairCell by the
// column's kind (yes/no, a date, a whole number, a choice, a list of choices, places with their detail,
// text, a list of text), each list item repaired in place with its separators and spacing kept, example
// rows and her own columns left alone. The module is loaded inside each test.
beforeEach(() => jest.resetModules());

const plan = () => require('../../src/fix/workbook-plan') as typeof import('../../src/fix/workbook-plan');
type ColumnSpec = import('../../src/workbook/layout').ColumnSpec;

const spec = (kind: ColumnSpec['kind'], choices?: ColumnSpec['choices']): ColumnSpec => ({ path: ['x'], kind, label: 'x', description: { ja: '', en: '' }, required: false, width: 10, ...(choices ? { choices } : {}) });
const DEVICES = [{ value: 'pc', label: 'パソコン' }, { value: 'tablet', label: 'タブレット' }];
const PLACES = [{ value: 'in_facility', label: '施設内' }, { value: 'outside', label: '施設外' }];

describe('repairCell', () => {
  it('by the column\'s kind, with the repair\'s kind; nothing for what needs a person', () => {
    const { repairCell } = plan();
    const { EXAMPLE_MARKER } = require('../../src/workbook/codec') as { EXAMPLE_MARKER: string };
    expect([
      repairCell(spec('boolean'), '〇'), repairCell(spec('boolean'), '×'), repairCell(spec('boolean'), '0'), repairCell(spec('boolean'), 1 as never),
      repairCell(spec('date'), '2026/4/1'), repairCell(spec('date'), '1/4/2026'), repairCell(spec('date'), '1900/2/28'),
      repairCell(spec('integer'), '１０'), repairCell(spec('integer'), ' 10 '), repairCell(spec('integer'), 'ten'),
      repairCell(spec('enum', DEVICES), 'パソコ'), repairCell(spec('enum', DEVICES), ' パソコン '), repairCell(spec('enum', DEVICES), 'パソコン'), repairCell(spec('enum'), 'x'), repairCell(spec('enum', DEVICES), 'PC'),
      repairCell(spec('text'), 'ＰＣ－０１'), repairCell(spec('text'), ' a '), repairCell(spec('text'), 'a'),
      repairCell(spec('other' as never), '〇'), repairCell(spec('boolean'), `${EXAMPLE_MARKER} 〇`), repairCell(spec('boolean'), `  ${EXAMPLE_MARKER}〇`), repairCell(spec('text'), null),
    ]).toEqual([
      { after: 'はい', kind: 'yes-no' }, { after: 'いいえ', kind: 'yes-no' }, undefined, undefined,
      { after: new Date(Date.UTC(2026, 3, 1)), kind: 'date' }, undefined, undefined,
      { after: 10, kind: 'half-width' }, { after: 10, kind: 'spaces' }, undefined,
      { after: 'パソコン', kind: 'choice' }, { after: 'パソコン', kind: 'spaces' }, undefined, undefined, { after: 'パソコン', kind: 'choice' },
      { after: 'PC-01', kind: 'half-width' }, { after: 'a', kind: 'spaces' }, undefined,
      undefined, undefined, undefined, undefined,
    ]);
  });

  it('lists: each item in place, separators and spacing kept; なし and null as they are; nothing when no item changes', () => {
    const { repairCell } = plan();
    expect([
      repairCell(spec('enumList', DEVICES), 'パソコ、 タブレト,パソコン'), repairCell(spec('enumList', DEVICES), 'パソコン\nタブレト'), repairCell(spec('enumList', DEVICES), 'パソコン，タブレット'), repairCell(spec('enumList', DEVICES), 'なし'), repairCell(spec('enumList', DEVICES), ' null '),
      repairCell(spec('enumList', DEVICES), 'パソコ,,  '), repairCell(spec('enumList', DEVICES), 'zzzz、パソコ'),
      repairCell(spec('textList'), 'ＰＣ－０１, SP-01、ＴＢ'), repairCell(spec('textList'), 'PC-01, SP-01'),
      repairCell(spec('locations', PLACES), '施設内部: 事務所\n施設外：訪問先'), repairCell(spec('locations', PLACES), ' 施設内部 '), repairCell(spec('locations', PLACES), '施設内: 施設ない'), repairCell(spec('locations', PLACES), '施設外\n施設内'),
    ]).toEqual([
      { after: 'パソコン、 タブレット,パソコン', kind: 'choice' }, { after: 'パソコン\nタブレット', kind: 'choice' }, undefined, undefined, undefined,
      { after: 'パソコン,,  ', kind: 'choice' }, { after: 'zzzz、パソコン', kind: 'choice' },
      { after: 'PC-01, SP-01、TB', kind: 'half-width' }, undefined,
      { after: '施設内: 事務所\n施設外：訪問先', kind: 'choice' }, { after: ' 施設内 ', kind: 'choice' }, undefined, undefined,
    ]);
  });
});

describe('repairCell at its edges', () => {
  it('なし and null, spaced or not, are left even beside a choice they are a near miss of', () => {
    const { repairCell } = plan();
    const NEAR_NONE = [{ value: 'x', label: 'なしX' }, { value: 'y', label: 'nullY' }];
    expect([
      repairCell(spec('enumList', NEAR_NONE), 'なし'), repairCell(spec('enumList', NEAR_NONE), ' なし '), repairCell(spec('enumList', NEAR_NONE), 'null'),
      repairCell(spec('enumList', NEAR_NONE), 'なしx'), repairCell(spec('enumList', NEAR_NONE), 'なし、なしx'),
    ]).toEqual([undefined, undefined, undefined, { after: 'なしX', kind: 'choice' }, { after: 'なしX、なしX', kind: 'choice' }]);
    expect(repairCell(spec('enumList', [{ value: 's', label: 'Stryker was here' }]), 'Stryker was here!, zz')).toEqual({ after: 'Stryker was here, zz', kind: 'choice' });
  });

  it('a separator is never an item, even one a choice is a near miss of', () => {
    const { repairCell } = plan();
    const COMMAS = [{ value: 'パソコン', label: 'パソコン' }, { value: '、、', label: '、、' }, { value: ',,', label: ',,' }];
    expect(plan().repairCell(spec('enum', COMMAS), '、')).toEqual({ after: '、、', kind: 'choice' });
    expect([
      repairCell(spec('enumList', COMMAS), 'パソコ、パソコン'), repairCell(spec('enumList', COMMAS), 'パソコ,パソコン'), repairCell(spec('enumList', COMMAS), 'パソコン、パソコン'),
    ]).toEqual([{ after: 'パソコン、パソコン', kind: 'choice' }, { after: 'パソコン,パソコン', kind: 'choice' }, undefined]);
  });

  it('a place is the text before its colon: a near miss of it repaired, spaces before the colon kept', () => {
    const { repairCell } = plan();
    expect([
      repairCell(spec('locations', PLACES), '旋設内: 事務所'), repairCell(spec('locations', PLACES), '旋設内 : 事務所'), repairCell(spec('locations', PLACES), '旋設内'),
      repairCell(spec('locations', PLACES), '施設内 : 事務所'),
    ]).toEqual([{ after: '施設内: 事務所', kind: 'choice' }, { after: '施設内 : 事務所', kind: 'choice' }, { after: '施設内', kind: 'choice' }, undefined]);
  });
});

describe('withRepairs', () => {
  it('the sheets with the repaired cells set, rows and sheets not repaired the same objects', () => {
    const { withRepairs } = plan();
    const sheets = [{ name: 'A', rows: [['a', 'b'], ['c']] }, { name: 'B', rows: [['x']] }] as never as Parameters<typeof withRepairs>[0];
    const repaired = withRepairs(sheets, [{ sheet: 'A', ref: 'B2', row: 2, column: 2, before: null, after: 'd', kind: 'spaces' }, { sheet: 'A', ref: 'A4', row: 4, column: 1, before: null, after: 'e', kind: 'spaces' }, { sheet: 'A', ref: 'B5', row: 5, column: 2, before: null, after: 'f', kind: 'spaces' }]);
    expect(repaired.map((sheet) => sheet.rows)).toEqual([[['a', 'b'], ['c', 'd'], undefined, ['e'], [undefined, 'f']], [['x']]]);
    expect(repaired[0]!.rows[4]!.length).toBe(2);
    expect(repaired[1]).toBe(sheets[1]);
    expect(repaired[0]!.rows[0]).toBe(sheets[0]!.rows[0]);
    expect(sheets[0]!.rows).toEqual([['a', 'b'], ['c']]);
  });
});

describe('planWorkbookRepairs', () => {
  type Sheets = import('../../src/workbook/codec').SheetCells[];
  let template: Sheets;

  beforeAll(async () => {
    const { workbookBytes, ledgerFile } = require('../helpers/workbook') as typeof import('../helpers/workbook');
    const { readSheets } = require('../../src/workbook/sheets') as typeof import('../../src/workbook/sheets');
    template = readSheets(await workbookBytes(ledgerFile('examples/home-nursing-clean.yaml')), 't.xlsx');
  }, 60_000);

  /** The template's sheets with cells set: [sheet, row, key (a column's key, or 施設's row key), value]. */
  function edited(edits: Array<[string, number | undefined, string, unknown]>): Sheets {
    const sheets = template.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => (row ? [...row] : row)) }));
    for (const [name, row, key, value] of edits) {
      const sheet = sheets.find((one) => one.name === name)!;
      const rows = sheet.rows as unknown[][];
      if (name === '施設') {
        const at = rows.findIndex((cells) => cells?.[1] === key);
        rows[at]![2] = value;
      } else {
        const column = rows[1]!.indexOf(key);
        rows[row! - 1] ??= [];
        rows[row! - 1]![column] = value;
      }
    }
    return sheets;
  }
  const brief = (repairs: ReturnType<ReturnType<typeof plan>['planWorkbookRepairs']>) => repairs.map((repair) => `${repair.sheet}!${repair.ref} ${String(repair.before)} → ${repair.after instanceof Date ? repair.after.toISOString().slice(0, 10) : String(repair.after)} ${repair.kind}`);

  it('the cells the checker finds a value problem at, each repaired; a repair that leaves its problem dropped', () => {
    const { planWorkbookRepairs, formatFindings } = plan();
    expect(planWorkbookRepairs(template)).toEqual([]);
    expect(formatFindings(template).at.size).toBe(0);
    const devices = template.find((sheet) => sheet.name === '端末')!.rows.length;
    const sheets = edited([
      ['端末', 3, 'security.antivirus', '〇'], ['端末', 3, 'security.lock_password.min_length', '０'], ['端末', devices, 'security.mfa', '×'],
      ['施設', undefined, 'facility.updated', '令和8年11月1日'], ['施設', undefined, 'facility.rules.antivirus_required', 'あり'],
    ]);
    const repairs = planWorkbookRepairs(sheets);
    expect(devices).toBe(5);
    expect(brief(repairs)).toEqual(['端末!L3 〇 → はい yes-no', '端末!T5 × → いいえ yes-no', '施設!C4 令和8年11月1日 → 2026-11-01 date', '施設!C11 あり → はい yes-no']);
    expect(repairs.map((repair) => [repair.sheet, repair.row, repair.column, repair.kind])).toEqual([
      ['端末', 3, repairs[0]!.column, 'yes-no'], ['端末', devices, repairs[1]!.column, 'yes-no'], ['施設', repairs[2]!.row, 3, 'date'], ['施設', repairs[3]!.row, 3, 'yes-no'],
    ]);
    expect(repairs.some((repair) => repair.before === '０')).toBe(false);
    expect(formatFindings(sheets).at.size).toBe(5);
  });

  it('formatFindings: the value problems\' cells only, the layout\'s own problems among the findings', () => {
    const { formatFindings } = plan();
    const sheets = edited([['端末', 3, 'security.antivirus', '〇'], ['端末', 3, 'type', null]]);
    const devices = sheets.find((sheet) => sheet.name === '端末')! as unknown as { rows: unknown[][] };
    devices.rows[1]!.push(' security.antivirus ', 'colour');
    devices.rows[2]![devices.rows[1]!.length - 2] = '×';
    devices.rows[2]![devices.rows[1]!.length - 1] = 'red';
    const found = formatFindings(sheets);
    expect([...found.at].map((at) => at.replace('\u0000', '!'))).toEqual(['端末!AC2', '端末!L3']);
    expect(found.findings.map((finding) => [finding.path.join('/'), finding.missingKey ?? '', finding.pointsAtKey ?? false, finding.position?.cell?.ref ?? ''])).toEqual([
      ['', '', false, 'AC2'], ['devices/0', 'type', false, ''], ['devices/0/colour', '', true, ''], ['devices/0/security/antivirus', '', false, ''],
    ]);
  });

  it('施設: its last row, a row that is not there, a key that is not text; a problem with no repair or no cell leaves nothing', () => {
    const { planWorkbookRepairs } = plan();
    const sheets = edited([['施設', undefined, 'facility.rules.antivirus_required', '〇'], ['施設', undefined, 'facility.updated', '1/11/2026']]);
    const facility = sheets.find((sheet) => sheet.name === '施設')! as unknown as { rows: unknown[][] };
    const antivirus = facility.rows.findIndex((row) => row?.[1] === 'facility.rules.antivirus_required');
    facility.rows.push(facility.rows[antivirus]!);
    facility.rows[antivirus] = ['', 7, 'x'];
    facility.rows[5] = undefined as never;
    expect(brief(planWorkbookRepairs(sheets))).toEqual([`施設!C${facility.rows.length} 〇 → はい yes-no`]);
    const empty = edited([]).map((sheet) => (sheet.name === '端末' ? { ...sheet, rows: sheet.rows.slice(0, 2) } : sheet));
    expect(brief(planWorkbookRepairs(empty))).toEqual([]);
  });

  it('skips rows that are not there, a key that is not text, a sheet or 施設 missing, and a column named twice', () => {
    const { planWorkbookRepairs } = plan();
    const sheets = edited([['端末', 3, 'security.antivirus', '〇']]);
    const devices = sheets.find((sheet) => sheet.name === '端末')! as unknown as { rows: unknown[][] };
    const row3 = devices.rows[2]!;
    devices.rows[2] = undefined as never;
    devices.rows.push(row3);
    devices.rows[1] = [...devices.rows[1]!, 7];
    const at = devices.rows.length;
    expect(brief(planWorkbookRepairs(sheets)).map((line) => line.replace(/^端末!L\d+/, `端末!L${at}`))).toEqual([`端末!L${at} 〇 → はい yes-no`]);
    expect(planWorkbookRepairs(sheets)[0]!.row).toBe(at);
    expect(planWorkbookRepairs(edited([['施設', undefined, 'facility.updated', '令和8年11月1日']]).filter((sheet) => sheet.name !== '端末')).map((repair) => repair.sheet)).toEqual(['施設']);
    expect(planWorkbookRepairs(edited([['端末', 3, 'security.antivirus', '〇']]).filter((sheet) => sheet.name !== '施設')).map((repair) => `${repair.sheet}!${repair.ref}`)).toEqual(['端末!L3']);
  });
});
