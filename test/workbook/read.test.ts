// Checking a workbook (.xlsx) as a ledger: the same findings as the YAML it was made from, each at the
// cell that shows it; what people type into spreadsheets; directories with workbooks.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import type { JsonFinding } from '../helpers/json-report';
import { columnLetter } from '../../src/workbook/layout';
import { columnOfKey, facilityRowOfKey, ledgerFile, workbookBytes, workbookOf } from '../helpers/workbook';
import type { CellEdit } from '../helpers/workbook';

const AS_OF = ['--as-of', '2026-11-24'];
const EXAMPLES = ['examples/home-nursing-clean.yaml', 'examples/clinic-with-findings.yaml', 'examples/visiting-nurse-exceptions.yaml'];
const CLINIC = 'examples/clinic-with-findings.yaml';
const CLEAN = 'examples/home-nursing-clean.yaml';

const directory = mkdtempSync(join(tmpdir(), 'dokodemo-workbook-'));
let written = 0;

async function workbookFile(ledger: unknown, edit?: CellEdit, name = `ledger-${++written}.xlsx`): Promise<string> {
  const file = join(directory, name);
  writeFileSync(file, await workbookBytes(ledger, edit));
  return file;
}

function findingsOf(file: string, args: string[] = []): JsonFinding[] {
  const run = runCli([...AS_OF, '-f', 'json', ...args, file]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).files[0].findings;
}

const placed = (finding: JsonFinding) => [finding.ruleId, finding.path, `${finding.sheet}!${finding.cell}`];
const sheetOf = (workbook: ExcelJS.Workbook, name: string) => workbook.getWorksheet(name)!;

/** Sets a cell of a table sheet, found by its column's key and the item's index (row 3 is item 0). */
const setCell = (sheet: string, key: string, item: number, value: ExcelJS.CellValue): CellEdit => (workbook) => {
  const worksheet = sheetOf(workbook, sheet);
  worksheet.getCell(3 + item, columnOfKey(worksheet, key)).value = value;
};

describe('a workbook gives the findings of the same ledger in YAML', () => {
  test.each(EXAMPLES)('%s', async (example) => {
    const yaml = findingsOf(example);
    const workbook = findingsOf(await workbookFile(ledgerFile(example)));
    // the messages differ in their words only: a workbook's name columns and dropdown labels (her-words.test.ts)
    const essence = (finding: JsonFinding) => [finding.ruleId, finding.severity, finding.path, finding.target, finding.suppressed].join('|');
    expect(workbook.map(essence).sort()).toEqual(yaml.map(essence).sort());
    for (const finding of workbook) {
      expect(finding).toMatchObject({ line: null, column: null });
      expect(finding.sheet).toMatch(/^(施設|管理者|端末|利用者|事故|例外)$/);
      expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });
});

describe('findings are at the cell that shows them', () => {
  it('rule findings: the cell of the value, sorted by sheet, row, column and rule', async () => {
    const findings = findingsOf(await workbookFile(ledgerFile(CLINIC)));
    expect(findings.map(placed)).toEqual(expect.arrayContaining([
      ['ledger-review', '/facility/updated', '施設!C4'],
      ['facility-rules', '/facility/rules/public_wireless_lan_prohibited', '施設!C9'],
      ['lock-password-strength', '/devices/0/security/lock_password', '端末!J3'],
      ['antivirus', '/devices/1/security/antivirus', '端末!L4'],
      ['mcs-password-age', '/users/0/mcs_password_changed', '利用者!H3'],
      ['policy-read', '/users/1/policy_read', '利用者!I4'],
      ['mcs-password-expiring', '/users/1/mcs_password_changed', '利用者!H4'],
    ]));
    const sheets = ['施設', '管理者', '端末', '利用者', '事故', '例外'];
    const order = findings.map((finding) => {
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(finding.cell!)!;
      return [sheets.indexOf(finding.sheet!), Number(row), letters!.length, letters, finding.ruleId] as const;
    });
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0) || (a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0));
    expect(order).toEqual(sorted);
  });

  it('a missing item: the empty cell where it belongs', async () => {
    const findings = findingsOf(await workbookFile(ledgerFile(CLEAN), setCell('利用者', 'policy_read', 1, null)));
    expect(findings.map(placed)).toEqual([['schema', '/users/1', '利用者!I4']]);
    expect(findings[0]!.message).toContain('運用ポリシー・使い方を読んだかの有無');
  });

  it('a missing item whose column is gone: one finding at the key row where the column goes back', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      const users = sheetOf(workbook, '利用者');
      users.spliceColumns(columnOfKey(users, 'policy_read'), 1);
    });
    const findings = findingsOf(file);
    expect(findings.map((finding) => [finding.ruleId, finding.path, `${finding.sheet}!${finding.cell}`])).toEqual([['schema', '/users', '利用者!N2']]);
    expect(findings[0]!.message).toContain('運用ポリシー・使い方を読んだかの有無');
  });

  it('an unknown column: the key in its header cell', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      const users = sheetOf(workbook, '利用者');
      const column = users.getRow(2).cellCount + 1;
      users.getCell(1, column).value = '好きな色';
      users.getCell(2, column).value = 'favourite_colour';
      users.getCell(3, column).value = '青';
    });
    const column = workbookOf(ledgerFile(CLEAN)).getWorksheet('利用者')!.getRow(2).cellCount + 1;
    const findings = findingsOf(file);
    expect(findings.map(placed)).toEqual([['schema', '/users/0/favourite_colour', `利用者!${columnLetter(column)}2`]]);
    expect(findings[0]!.message).toContain('favourite_colour');
  });

  it('an unknown row on 施設: its key cell', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      sheetOf(workbook, '施設').addRow(['色', 'facility.colour', '青']);
    });
    const findings = findingsOf(file);
    expect(findings.map((finding) => [finding.ruleId, finding.path])).toEqual([['schema', '/facility/colour']]);
    expect(findings[0]!.sheet).toBe('施設');
    expect(findings[0]!.cell).toMatch(/^B\d+$/);
  });
});


describe('what people type into spreadsheets', () => {
  const START = 'start_date';

  it.each([
    ['2026/11/01', 'Use YYYY-MM-DD'],
    ['令和8年11月1日', 'Use YYYY-MM-DD'],
  ])('a text date %s is a finding at its cell', async (text, says) => {
    const findings = findingsOf(await workbookFile(ledgerFile(CLEAN), setCell('利用者', START, 0, text)));
    expect(findings.map(placed)).toEqual([['schema', '/users/0/start_date', '利用者!E3']]);
    expect(findings[0]!.message).toContain(says);
    expect(findings[0]!.message).toMatch(/\. In the workbook, type the date \(e\.g\. 2026\/11\/1\) so that Excel makes it a date cell, not text \(no leading ', no Text format\)$/);
  });

  it('says how to enter a date in Excel, in Japanese too', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), setCell('利用者', START, 0, '2026/11/01'));
    const run = runCli([...AS_OF, '-f', 'json', file], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(JSON.parse(run.stdout).files[0].findings[0].message).toContain('YYYY-MM-DD の形式ではありません。');
    expect(JSON.parse(run.stdout).files[0].findings[0].message).toMatch(/。ブックでは、セルに 2026\/11\/1 のように入力して日付のセルにしてください（先頭の ' や「文字列」の書式は外します）$/);
  });

  it('a number typed as text is a finding at its cell that says how to make it a number', async () => {
    const findings = findingsOf(await workbookFile(ledgerFile(CLEAN), setCell('端末', 'security.lock_password.min_length', 0, '8')));
    expect(findings.map(placed)).toEqual([['schema', '/devices/0/security/lock_password/min_length', '端末!J3']]);
    expect(findings[0]!.message).toMatch(/write 8 without quotes\. In the workbook, the cell holds text: enter it as a number \(clear the Text format, or use Excel's Convert to Number\)$/);
  });

  it('a number in a date column is a finding at its cell', async () => {
    const findings = findingsOf(await workbookFile(ledgerFile(CLEAN), setCell('利用者', START, 0, 46327)));
    expect(findings.map(placed)).toEqual([['schema', '/users/0/start_date', '利用者!E3']]);
  });

  it('yes/no: はい, いいえ and TRUE/FALSE cells are booleans; "yes" is a finding at its cell', async () => {
    const clean = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      setCell('利用者', 'policy_read', 0, true)(workbook);
      setCell('端末', 'security.antivirus', 0, true)(workbook);
    });
    expect(findingsOf(clean)).toEqual([]);
    const yes = findingsOf(await workbookFile(ledgerFile(CLEAN), setCell('利用者', 'policy_read', 0, 'yes')));
    expect(yes.map(placed)).toEqual([['schema', '/users/0/policy_read', '利用者!I3']]);
    expect(yes[0]!.message).toContain('choose Yes (はい) or No (いいえ)');
    expect(yes[0]!.message).toMatch(/\(for "yes" choose Yes \(はい\)\)$/);
  });

  it('lists in one cell: commas, 、 and line breaks', async () => {
    const ledger = ledgerFile(CLINIC) as { users: Array<{ devices: string[] }> };
    const file = await workbookFile(ledger, setCell('利用者', 'devices', 0, 'MD-PC-01、\nMD-TB-01 ,'));
    const fromYaml = findingsOf(CLINIC).filter((finding) => finding.path.startsWith('/users/0'));
    const fromWorkbook = findingsOf(file).filter((finding) => finding.path.startsWith('/users/0'));
    expect(fromWorkbook.map((finding) => finding.ruleId)).toEqual(fromYaml.map((finding) => finding.ruleId));
    expect(fromWorkbook.some((finding) => finding.ruleId === 'user-devices' || finding.ruleId === 'unknown-reference')).toBe(false);
  });

  it('a formula is its cached result, never evaluated; one never calculated is an empty cell', async () => {
    const cached = await workbookFile(ledgerFile(CLEAN), setCell('利用者', 'name', 0, { formula: '"中村"&" 誠"', result: '佐藤 一郎' }));
    expect(findingsOf(cached)).toEqual([]);
    const uncalculated = findingsOf(await workbookFile(ledgerFile(CLEAN), setCell('利用者', 'name', 0, { formula: 'A4' } as ExcelJS.CellFormulaValue)));
    expect(uncalculated.map(placed)).toEqual([['schema', '/users/0', '利用者!A3']]);
    expect(uncalculated[0]!.message).toContain('“Name” (氏名)');
  });

  it('columns in any order, hidden rows, and blank rows between entries', async () => {
    const file = await workbookFile(ledgerFile(CLINIC), (workbook) => {
      const users = sheetOf(workbook, '利用者');
      users.spliceRows(4, 0, [], []); // two blank rows before the second user
      users.getRow(3).hidden = true;
      const devices = sheetOf(workbook, '端末');
      const values = (column: number) => devices.getColumn(column).values;
      const first = values(1);
      const second = values(2);
      devices.getColumn(1).values = second;
      devices.getColumn(2).values = first;
    });
    const yaml = findingsOf(CLINIC);
    const workbook = findingsOf(file);
    expect(workbook.map((finding) => [finding.ruleId, finding.path]).sort()).toEqual(yaml.map((finding) => [finding.ruleId, finding.path]).sort());
    expect(workbook.find((finding) => finding.ruleId === 'policy-read')).toMatchObject({ sheet: '利用者', cell: 'I6' });
    expect(workbook.find((finding) => finding.ruleId === 'lost-device-incident')).toMatchObject({ sheet: '端末', cell: 'F6' });
  });

  it('merged cells: down a column each row has the value; across columns the other cells are empty', async () => {
    const down = await workbookFile(ledgerFile(CLINIC), (workbook) => {
      const users = sheetOf(workbook, '利用者');
      const column = columnOfKey(users, 'affiliation');
      users.mergeCells(3, column, 5, column); // the three users share one 所属 cell
    });
    expect(findingsOf(down).map(placed)).toEqual(findingsOf(await workbookFile(ledgerFile(CLINIC))).map(placed));
    const across = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      const users = sheetOf(workbook, '利用者');
      const name = columnOfKey(users, 'name');
      users.mergeCells(3, name, 3, name + 1); // 氏名 spread over the 所属 column
    });
    const findings = findingsOf(across);
    expect(findings.map(placed)).toEqual([['schema', '/users/0', '利用者!B3']]);
    expect(findings[0]!.message).toContain('“Affiliation” (所属)');
  });

  it('dates in the 1904 date system read as the same days', async () => {
    const file = await workbookFile(ledgerFile(CLINIC), (workbook) => {
      workbook.properties.date1904 = true;
    });
    // the same findings, the dates included (a workbook's messages are in its own words: compare with the same workbook in 1900 dates)
    const inDays = (finding: JsonFinding) => `${finding.ruleId} ${finding.path} ${finding.message}`;
    expect(findingsOf(file).map(inDays).sort()).toEqual(findingsOf(await workbookFile(ledgerFile(CLINIC))).map(inDays).sort());
  });

  it('no 施設 sheet: the schema asks for the facility, at the first sheet’s A1', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), (workbook) => workbook.removeWorksheet(sheetOf(workbook, '施設').id));
    const findings = findingsOf(file);
    expect(findings[0]).toMatchObject({ ruleId: 'schema', path: '', sheet: '管理者', cell: 'A1' });
    expect(findings.map((finding) => finding.message.split(' (')[0])).toEqual(['Required “Format version of this ledger”', 'Required “Facility name”', 'Required “Date the ledger was last reviewed”', 'Required “Name of the manager”', 'Required “Name of the facility administrator / MCS id”', 'Required “Usage rules prohibit public wireless LAN / Usage rules require a start-up password / Usage rules require antivirus software / Usage rules require apps and functions not used for work to be removed, stopped or confirmed harmless”']);
    expect(findings[0]!.message).toMatch(/\. In the workbook, write it on the sheet 「施設」, in the row whose key \(column B\) is version$/);
    expect(findings[3]!.message).toMatch(/\. In the workbook, write it on the sheet 「施設」, in the row whose key \(column B\) is facility\.manager\.name$/);
  });

  it('a renamed table sheet is not read: the finding names the sheet to use', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      sheetOf(workbook, '利用者').name = '利用者一覧';
    });
    const findings = findingsOf(file);
    expect(findings.map(placed)).toEqual([['schema', '', '施設!C2'], ['schema', '', '利用者一覧!A2']]);
    expect(findings[0]!.message).toBe('The sheet 「利用者」 is missing (a sheet under another name is not read). Fill in at least one row');
    expect(findings[1]!.message).toBe('The sheet 「利用者一覧」 is laid out like 「利用者」 but is not read (only the sheet named 「利用者」 is). Move its rows to 「利用者」 and delete this sheet');
  });

  it('a copy of a table sheet is not read, and says so; a sheet of the facility\'s own is left alone', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      const copy = workbook.addWorksheet('利用者 (2)');
      sheetOf(workbook, '利用者').eachRow((row, number) => {
        copy.getRow(number).values = row.values;
      });
      workbook.addWorksheet('メモ').addRow(['来月の研修', '2026/12/01']);
    });
    const findings = findingsOf(file);
    expect(findings.map(placed)).toEqual([['schema', '', '利用者 (2)!A2']]);
    expect(runCli([...AS_OF, file]).stdout).toContain("'利用者 (2)'!A2");
  });

  it('a sheet name is shown inert in text reports (no bidi or control characters reach the terminal)', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      const copy = workbook.addWorksheet('利用者\u202e2');
      copy.getRow(2).values = ['name', 'mcs_id'];
    });
    const table = runCli([...AS_OF, file]).stdout;
    expect(table).toContain("'利用者\\u202e2'!A2");
    expect(table).not.toContain('\u202e');
    expect(findingsOf(file)[0]).toMatchObject({ sheet: '利用者\u202e2', cell: 'A2' });
  });

  it('the facility sheet’s values are at column C of their row', async () => {
    const file = await workbookFile(ledgerFile(CLEAN), (workbook) => {
      const facility = sheetOf(workbook, '施設');
      facility.getCell(facilityRowOfKey(facility, 'facility.updated'), 3).value = '2026/11/01';
    });
    const row = facilityRowOfKey(workbookOf(ledgerFile(CLEAN)).getWorksheet('施設')!, 'facility.updated');
    expect(findingsOf(file).map(placed)).toEqual([['schema', '/facility/updated', `施設!C${row}`]]);
  });
});

describe('directories', () => {
  it('include *.xlsx and skip Excel’s ~$ owner files', async () => {
    const folder = join(directory, 'walk');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.yaml'), '');
    writeFileSync(join(folder, 'b.xlsx'), await workbookBytes(ledgerFile(CLEAN)));
    writeFileSync(join(folder, '~$b.xlsx'), Buffer.from('owner file: locked by someone'));
    writeFileSync(join(folder, 'c.xls.bak'), 'not a ledger');
    const run = runCli([...AS_OF, '-f', 'json', folder]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual([join(folder, 'a.yaml'), join(folder, 'b.xlsx')]);
    expect(report.files[1].findings).toEqual([]);
    // --skip-non-ledgers (hooks) judges named files as the walk does: the workbook is kept, the owner file left out
    const named = runCli([...AS_OF, '-f', 'json', '--skip-non-ledgers', join(folder, 'b.xlsx'), join(folder, '~$b.xlsx')]);
    expect(JSON.parse(named.stdout).files.map((file: { file: string }) => file.file)).toEqual([join(folder, 'b.xlsx')]);
  });
});

describe('the asynchronous core (for callers that can await, such as a page)', () => {
  it('reads the same ledger and cells as the command line, and refuses what the guard refuses', async () => {
    const { readWorkbook } = await import('../../src/workbook/read');
    const { readWorkbookSync } = await import('../../src/workbook/read-sync');
    const bytes = await workbookBytes(ledgerFile(CLINIC));
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error(read.message.en);
    const sync = readWorkbookSync(bytes, 'clinic.xlsx');
    expect(read.ledger.value).toEqual(sync.value);
    expect(read.ledger.value).toEqual(ledgerFile(CLINIC));
    expect(read.ledger.locate(['users', 0, 'mcs_password_changed']).cell).toEqual({ sheet: '利用者', sheetIndex: 3, ref: 'H3' });
    const refused = await readWorkbook(Buffer.from('version: 1\n'));
    expect(refused.ok).toBe(false);
  });
});
