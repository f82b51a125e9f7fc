// Issue 24, "checks across ledgers" and "nothing vanishes from a walk", through the built program (bin/,
// dist/: run `npm run build` first), on a generated tree of facilities: one person at three facilities
// (active at each), one MCS id under two names, a person who left one facility and is active at another,
// a device lost at one facility and in use at another, one device in two ledgers (and another with the
// same id that is another model: not the same device), an MCS facility administrator who is staff
// nowhere; a large ledger (so that two threads are used) that shares nothing; and spreadsheets of every
// kind a walk cannot read beside them. Each file's findings exactly, --no-cross, the configuration
// (off, another severity) and exceptions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import type { Ledger } from '../../src/ledger';
import { BIN, BIN_ENV, runBin } from '../helpers/bin';
import type { JsonFile, JsonFinding } from '../helpers/json-report';
import { cleanLedger } from '../helpers/ledger-fixture';
import { tempDirs } from '../helpers/temp';

const AS_OF = ['--as-of', '2026-11-24'];
const temp = tempDirs();

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** さくら: the fixture ledger (佐藤 and 高橋 active, 伊藤 left on 2026-03-31), with two exceptions to cross rules. */
function sakura(): Ledger {
  const ledger = cleanLedger();
  ledger.exceptions = [
    { rule: 'cross-user', target: 'sato@sakura.example.jp', reason: '併設クリニックと兼務', approved_by: '佐藤 由美', approved_on: '2026-04-01', expires: '2027-03-31' },
    { rule: 'cross-device', target: 'SP-01', reason: '共用端末', approved_by: '佐藤 由美', approved_on: '2026-04-01', expires: '2027-03-31' },
  ];
  return ledger;
}

/** みどり (a workbook): 佐藤 too; 高橋's id under another name; 伊藤 active since before she left さくら; its
 * PC-01 another model; SP-01 (the same Pixel 8a) lost; its facility administrator is staff nowhere. */
function midori(): Ledger {
  const base = cleanLedger();
  const [sato, takahashi] = base.users;
  const ledger = clone(base);
  ledger.facility.name = 'みどりクリニック';
  ledger.facility.mcs_facility_admin = { name: '山田 太郎', mcs_id: 'yamada@midori.example.jp' };
  ledger.facility.mcs_admins = [{ name: '佐藤 由美', mcs_id: 'sato@sakura.example.jp' }];
  ledger.devices[0]!.model = 'OptiPlex 3000';
  ledger.devices[1]!.status = 'lost';
  const ito = { ...clone(sato!), name: '伊藤 直子', mcs_id: 'ito@sakura.example.jp', start_date: '2023-01-01' };
  ledger.users = [{ ...clone(sato!), devices: ['PC-01'] }, { ...clone(takahashi!), name: '高橋 健二', devices: ['PC-01'] }, { ...ito, devices: ['PC-01'] }];
  ledger.incidents = [
    { date: '2026-11-01', device: 'SP-01', user: 'sato@sakura.example.jp', kind: 'lost', mcs_password_changed: '2026-11-01', secretariat_notified: '2026-11-01', carrier_remote_lock: '2026-11-01' },
  ];
  return ledger;
}

/** あおば: 佐藤 (her name with a full-width space) and the same ThinkPad PC-01 as さくら. */
function aoba(): Ledger {
  const base = cleanLedger();
  const ledger = clone(base);
  ledger.facility.name = 'あおば訪問看護';
  ledger.facility.mcs_facility_admin = { name: '加藤 花子', mcs_id: 'kato@aoba.example.jp' };
  ledger.facility.mcs_admins = [{ name: '加藤 花子', mcs_id: 'kato@aoba.example.jp' }];
  ledger.devices[1]!.id = 'AO-SP-01';
  ledger.users = [
    { ...clone(base.users[0]!), name: '佐藤　由美', devices: ['PC-01'] },
    { ...clone(base.users[1]!), name: '加藤 花子', mcs_id: 'kato@aoba.example.jp', devices: ['AO-SP-01'] },
  ];
  return ledger;
}

/** かえで: nothing in common with the others, and over 4 MB (comments), so that the run uses two threads. */
function kaedeText(): string {
  const text = JSON.stringify(cleanLedger()).replace(/@sakura\.example\.jp/g, '@kaede.example.jp').replace(/"(PC|SP)-01"/g, '"KD-$1-01"').replace(/さくら訪問看護ステーション/g, 'かえで訪問看護');
  const padding = `# ${'台帳の説明 '.repeat(20)}\n`.repeat(Math.ceil((4.2 * 1024 * 1024) / Buffer.byteLength(`# ${'台帳の説明 '.repeat(20)}\n`)));
  return `${stringify(JSON.parse(text))}${padding}`;
}

/** Every kind of spreadsheet a walk cannot read, and the files it still leaves out (an owner file, a text file). */
const SHEETS = ['台帳.et', '台帳.numbers', '台帳.ods', '台帳.xls', '台帳.xlsb', '台帳.xlsm', '台帳.xltx', '名簿.csv', '名簿.tsv'];

function network(): string {
  const root = temp.make('dokodemo-cross-');
  const folder = (name: string) => {
    mkdirSync(join(root, 'ledgers', name), { recursive: true });
    return join(root, 'ledgers', name);
  };
  writeFileSync(join(folder('a-sakura'), 'ledger.yaml'), stringify(sakura()));
  writeFileSync(join(folder('a-sakura'), 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  writeFileSync(join(root, 'midori.yaml'), stringify(midori()));
  execFileSync(process.execPath, [BIN, 'convert', join(root, 'midori.yaml'), join(folder('b-midori'), '台帳.xlsx')], { env: BIN_ENV });
  writeFileSync(join(folder('c-aoba'), 'ledger.yaml'), stringify(aoba()));
  writeFileSync(join(folder('d-kaede'), 'ledger.yaml'), kaedeText());
  for (const name of SHEETS) writeFileSync(join(folder('e-sheets'), name), 'id,name\n1,a\n');
  writeFileSync(join(folder('e-sheets'), '~$台帳.xls'), 'owner');
  writeFileSync(join(folder('e-sheets'), 'memo.txt'), 'not a ledger');
  return root;
}

/** `line:column` of the value of `key` in the first entry of `list` holding `anchor` (a YAML file). */
function yamlAt(file: string, list: string, anchor: string, key: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  let at = lines.indexOf(`${list}:`);
  while (!lines[at]!.includes(anchor)) at++;
  for (let back = at; ; back--) if (/^\s*- /.test(lines[back]!)) { at = back; break; }
  for (; ; at++) {
    const match = new RegExp(`^(\\s*(?:- )?)${key}: `).exec(lines[at]!);
    if (match) return `${at + 1}:${match[0].length + 1}`;
  }
}

/** `sheet!cell` of `key` in the row of a workbook's sheet whose `idKey` is `id` (row 2 holds the keys). */
async function cellAt(file: string, sheetName: string, idKey: string, id: string, key: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName)!;
  const keys = (sheet.getRow(2).values as unknown[]).map(String);
  let row = 3;
  while (String(sheet.getRow(row).getCell(keys.indexOf(idKey)).value) !== id) row++;
  return `${sheetName}!${sheet.getRow(row).getCell(keys.indexOf(key)).address}`;
}

/** `sheet!cell` of the one cell of a sheet that holds `value` (the facility sheet is a key-value list). */
async function cellHolding(file: string, sheetName: string, value: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const found: string[] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) => row.eachCell((cell) => {
    if (cell.value === value) found.push(`${sheetName}!${cell.address}`);
  }));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const isCross = (finding: JsonFinding) => finding.ruleId.startsWith('cross-');
const placeOf = (finding: JsonFinding) => (finding.sheet !== undefined ? `${finding.sheet}!${finding.cell}` : `${finding.line}:${finding.column}`);
const shown = (finding: JsonFinding) => [finding.ruleId, finding.severity, finding.path, placeOf(finding), finding.target, finding.suppressed, finding.message];

describe('a network of facilities, checked together', () => {
  let root: string;
  let A: string, B: string, C: string;
  const places: Record<string, string> = {};
  beforeAll(async () => {
    root = network();
    A = join(root, 'ledgers/a-sakura/ledger.yaml');
    B = join(root, 'ledgers/b-midori/台帳.xlsx');
    C = join(root, 'ledgers/c-aoba/ledger.yaml');
    Object.assign(places, {
      aPc: yamlAt(A, 'devices', 'PC-01', 'id'),
      aSp: yamlAt(A, 'devices', 'SP-01', 'status'),
      aSato: yamlAt(A, 'users', '佐藤', 'mcs_id'),
      aTakahashi: yamlAt(A, 'users', '高橋', 'mcs_id'),
      aIto: yamlAt(A, 'users', '伊藤', 'end_date'),
      aException: yamlAt(A, 'exceptions', "cross-device", 'rule'),
      bSp: await cellAt(B, '端末', 'id', 'SP-01', 'status'),
      bSato: await cellAt(B, '利用者', 'mcs_id', 'sato@sakura.example.jp', 'mcs_id'),
      bTakahashi: await cellAt(B, '利用者', 'mcs_id', 'takahashi@sakura.example.jp', 'mcs_id'),
      bIto: await cellAt(B, '利用者', 'mcs_id', 'ito@sakura.example.jp', 'mcs_id'),
      bAdmin: await cellHolding(B, '施設', 'yamada@midori.example.jp'),
      cPc: yamlAt(C, 'devices', 'PC-01', 'id'),
      cSato: yamlAt(C, 'users', '佐藤', 'mcs_id'),
    });
  });

  const run = (args: string[] = [], env: NodeJS.ProcessEnv = BIN_ENV) => {
    const result = runBin([...AS_OF, '-f', 'json', ...args, 'ledgers'], root, env);
    return { ...result, files: result.stdout ? (JSON.parse(result.stdout).files as JsonFile[]) : [] };
  };
  const fileOf = (files: JsonFile[], name: string) => files.find((file) => file.file === name)!;
  /** What a good file gets when it is checked alone: no cross findings, nor "unused" exceptions to cross rules. */
  const alone = (file: string): JsonFinding[] => JSON.parse(runBin([...AS_OF, '-f', 'json', file], root).stdout).files[0].findings;

  const a = 'ledgers/a-sakura/ledger.yaml';
  const b = 'ledgers/b-midori/台帳.xlsx';
  const c = 'ledgers/c-aoba/ledger.yaml';

  /** Each file's findings across ledgers, exactly (English). */
  const expectedCross = () => ({
    [a]: [
      ['cross-device', 'info', '/devices/0/id', places.aPc, 'PC-01', false, `Device PC-01 (ThinkPad E14) is also listed in the ledger of あおば訪問看護 (${c}:${places.cPc}). If it is the same device keep both records the same; if not, give them ids that tell them apart`],
      ['cross-device-status', 'warning', '/devices/1/status', places.aSp, 'SP-01', false, `Device SP-01 (Pixel 8a) is active in this ledger but lost in the ledger of みどりクリニック (${b} ${places.bSp}). If it is the same device, handle the loss at both facilities and make status agree`],
      ['cross-user', 'info', '/users/0/mcs_id', places.aSato, 'sato@sakura.example.jp', true, `佐藤 由美 (sato@sakura.example.jp) is also an active user in the ledger of みどりクリニック (${b} ${places.bSato}) and 1 more. Nothing to fix if they work at each; when they stop at one, update every ledger involved`],
      ['cross-user-name', 'warning', '/users/1/mcs_id', places.aTakahashi, 'takahashi@sakura.example.jp', false, `mcs_id takahashi@sakura.example.jp is written for 高橋 健二 in the ledger of みどりクリニック (${b} ${places.bTakahashi}), for 高橋 健 here. Correct whichever is mistyped; if two people share the account, give each their own`],
      ['cross-departed', 'warning', '/users/2/end_date', places.aIto, 'ito@sakura.example.jp', false, `伊藤 直子 (ito@sakura.example.jp) stopped using MCS here on 2026-03-31 but is still an active user in the ledger of みどりクリニック (${b} ${places.bIto}). If they left that facility too, tell its administrator`],
    ],
    [b]: [
      ['cross-admin', 'warning', '/facility/mcs_facility_admin/mcs_id', places.bAdmin, 'facility', false, 'MCS facility administrator 山田 太郎 (yamada@midori.example.jp) is an active user in none of the 4 ledgers checked together. List them in the ledger of the facility they work for, or if they have left, appoint another facility administrator'],
      ['cross-device-status', 'warning', '/devices/1/status', places.bSp, 'SP-01', false, `Device SP-01 (Pixel 8a) is Lost or stolen (紛失・盗難) in this ledger but In use (利用中) in the ledger of さくら訪問看護ステーション (${a}:${places.aSp}). If it is the same device, handle the loss at both facilities and make “Device status” (端末の状態) agree`],
      ['cross-user', 'info', '/users/0/mcs_id', places.bSato, 'sato@sakura.example.jp', false, `佐藤 由美 (sato@sakura.example.jp) is also an active user in the ledger of さくら訪問看護ステーション (${a}:${places.aSato}) and 1 more. Nothing to fix if they work at each; when they stop at one, update every ledger involved`],
      ['cross-user-name', 'warning', '/users/1/mcs_id', places.bTakahashi, 'takahashi@sakura.example.jp', false, `“MCS id” (MCS の ID（登録メールアドレス）) takahashi@sakura.example.jp is written for 高橋 健 in the ledger of さくら訪問看護ステーション (${a}:${places.aTakahashi}), for 高橋 健二 here. Correct whichever is mistyped; if two people share the account, give each their own`],
      ['cross-departed', 'warning', '/users/2/mcs_id', places.bIto, 'ito@sakura.example.jp', false, `伊藤 直子 (ito@sakura.example.jp) stopped using MCS on 2026-03-31 according to the ledger of さくら訪問看護ステーション (${a}:${places.aIto}). If they stopped here too, record “Date the person stopped using MCS” (利用終了日) and have the facility administrator delete them in MCS (nothing to fix if they still work here)`],
    ],
    [c]: [
      ['cross-device', 'info', '/devices/0/id', places.cPc, 'PC-01', false, `Device PC-01 (ThinkPad E14) is also listed in the ledger of さくら訪問看護ステーション (${a}:${places.aPc}). If it is the same device keep both records the same; if not, give them ids that tell them apart`],
      ['cross-user', 'info', '/users/0/mcs_id', places.cSato, 'sato@sakura.example.jp', false, `佐藤　由美 (sato@sakura.example.jp) is also an active user in the ledger of さくら訪問看護ステーション (${a}:${places.aSato}) and 1 more. Nothing to fix if they work at each; when they stop at one, update every ledger involved`],
    ],
  });

  const SHEET_MESSAGES: Record<string, string> = {
    '台帳.et': 'this is a WPS Spreadsheets file (.et), which cannot be read: open it in WPS and use Save As with the type "Excel Workbook (*.xlsx)" (nothing in this file was checked)',
    '台帳.numbers': 'this is an Apple Numbers document (.numbers), which cannot be read: open it in Numbers and use File → Export To → Excel... to write an .xlsx (nothing in this file was checked)',
    '台帳.ods': 'this is an OpenDocument spreadsheet (.ods, from LibreOffice Calc and the like), which cannot be read: open it in LibreOffice Calc and use Save As with the type "Excel 2007-365 (.xlsx)" (nothing in this file was checked)',
    '台帳.xls': 'this is an old-format Excel workbook (.xls), which cannot be read: open it in Excel and use Save As with the type "Excel Workbook (*.xlsx)" (nothing in this file was checked)',
    '台帳.xlsb': 'this is an Excel binary workbook (.xlsb), which cannot be read: open it in Excel and use Save As with the type "Excel Workbook (*.xlsx)" (nothing in this file was checked)',
    '台帳.xlsm': 'this is a macro-enabled workbook (.xlsm), which is not read (macros are never run): open it in Excel and use Save As with the type "Excel Workbook (*.xlsx)" (nothing in this file was checked)',
    '台帳.xltx': 'this is an Excel template (.xltx, .xlt), which is not read as a ledger: make the ledger from it and open it in Excel and use Save As with the type "Excel Workbook (*.xlsx)" (nothing in this file was checked)',
    '名簿.csv': 'a CSV or TSV file cannot be read as a ledger (it has no sheets or labelled columns): if it is a ledger, copy its contents into a workbook made by dokodemo-check init ledger.xlsx and keep it as .xlsx (nothing in this file was checked)',
    '名簿.tsv': 'a CSV or TSV file cannot be read as a ledger (it has no sheets or labelled columns): if it is a ledger, copy its contents into a workbook made by dokodemo-check init ledger.xlsx and keep it as .xlsx (nothing in this file was checked)',
  };
  const sheetFile = (name: string, severity = 'error'): [string, unknown[]] => [`ledgers/e-sheets/${name}`, [['spreadsheet-format', severity, '', '1:1', null, false, SHEET_MESSAGES[name]]]];

  it('gives each file its findings across ledgers, naming the other file, and each spreadsheet its finding (exit 1)', () => {
    const { code, stderr, files } = run();
    expect([code, stderr]).toEqual([1, '']);
    expect(files.map((file) => file.file)).toEqual([a, 'ledgers/a-sakura/old.xls', b, c, 'ledgers/d-kaede/ledger.yaml', ...SHEETS.map((name) => `ledgers/e-sheets/${name}`)]);
    const cross = Object.fromEntries(files.map((file) => [file.file, file.findings.filter(isCross).map(shown)]));
    expect(cross).toEqual({ ...expectedCross(), 'ledgers/a-sakura/old.xls': [], 'ledgers/d-kaede/ledger.yaml': [], ...Object.fromEntries(SHEETS.map((name) => [`ledgers/e-sheets/${name}`, []])) });
    expect(fileOf(files, 'ledgers/a-sakura/old.xls').findings.map(shown)).toEqual([['spreadsheet-format', 'error', '', '1:1', null, false, SHEET_MESSAGES['台帳.xls']]]);
    expect(files.filter((file) => file.file.startsWith('ledgers/e-sheets/')).map((file) => [file.file, file.findings.map(shown)])).toEqual(SHEETS.map((name) => sheetFile(name)));
    // Every other finding of a good file is what it gets alone; the exception to cross-device that no
    // finding used is "unused" only here, where the cross checks ran.
    for (const file of [a, b, c, 'ledgers/d-kaede/ledger.yaml']) {
      const others = fileOf(files, file).findings.filter((finding) => !isCross(finding));
      const unused = others.filter((finding) => finding.ruleId === 'exception-unused');
      expect([file, others.filter((finding) => finding.ruleId !== 'exception-unused')]).toEqual([file, alone(file).filter((finding) => finding.ruleId !== 'exception-unused')]);
      expect([file, unused.map(placeOf)]).toEqual([file, file === a ? [places.aException.replace(/:\d+$/, ':5')] : []]);
    }
    expect(alone(a).some((finding) => finding.ruleId === 'exception-unused')).toBe(false);
  });

  it('gives the same report on two threads as on one', () => {
    const one = run([], { ...BIN_ENV, DOKODEMO_CHECK_JOBS: '1' });
    const two = run([], { ...BIN_ENV, DOKODEMO_CHECK_JOBS: '2' });
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--no-cross: no finding across ledgers, and no "unused" exception to a cross rule; the spreadsheets stay', () => {
    const all = run();
    const { code, files } = run(['--no-cross']);
    expect(code).toBe(1);
    expect(files.flatMap((file) => file.findings).filter(isCross)).toEqual([]);
    const withoutCross = all.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => !isCross(finding) && finding.ruleId !== 'exception-unused') }));
    expect(files.map((file) => file.findings.map(shown))).toEqual(withoutCross.map((file) => file.findings.map(shown)));
  });

  it('the table names the other file in the language asked for', () => {
    const table = runBin([...AS_OF, '--lang', 'ja', 'ledgers'], root).stdout;
    expect(table).toContain(`mcs_id takahashi@sakura.example.jp は みどりクリニック の台帳（${b} ${places.bTakahashi}）では 高橋 健二 さんとして記載されています（この台帳では 高橋 健 さん）`);
    expect(table).toContain('古い Excel 形式（.xls）のブックは読めません。Excel で開き「名前を付けて保存」でファイルの種類「Excel ブック (*.xlsx)」を選んで保存し直してください（このファイルは確認されていません）');
  });

  it('--redact masks the other name as well as the person', () => {
    const { files } = run(['--redact']);
    const [finding] = fileOf(files, a).findings.filter((f) => f.ruleId === 'cross-user-name');
    expect(finding!.message).toBe(`mcs_id t***@sakura.example.jp is written for 高* in the ledger of みどりクリニック (${b} ${places.bTakahashi}), for 高* here. Correct whichever is mistyped; if two people share the account, give each their own`);
  });
});

describe('the configuration of each ledger', () => {
  let root: string;
  beforeAll(() => {
    root = network();
    // For every ledger: cross-user off, cross-admin an error, spreadsheet-format a warning; for the folder
    // of spreadsheets, spreadsheet-format off (they are left out of the report, as before).
    writeFileSync(join(root, '.dokodemo-check.yaml'), 'rules:\n  cross-user: off\n  cross-admin: error\n  spreadsheet-format: warning\n');
    writeFileSync(join(root, 'ledgers', 'e-sheets', '.dokodemo-check.yaml'), 'rules:\n  spreadsheet-format: off\n');
  });

  it('turns cross rules off or changes their severity, file by file, and leaves out spreadsheets whose rule is off', () => {
    const result = runBin([...AS_OF, '-f', 'json', 'ledgers'], root);
    expect([result.code, result.stderr]).toEqual([1, '']);
    const files: JsonFile[] = JSON.parse(result.stdout).files;
    expect(files.map((file) => file.file)).toEqual(['ledgers/a-sakura/ledger.yaml', 'ledgers/a-sakura/old.xls', 'ledgers/b-midori/台帳.xlsx', 'ledgers/c-aoba/ledger.yaml', 'ledgers/d-kaede/ledger.yaml']);
    const rules = (file: JsonFile) => file.findings.filter((finding) => isCross(finding) || finding.ruleId === 'spreadsheet-format').map((finding) => [finding.ruleId, finding.severity]);
    expect(files.map((file) => [file.file, rules(file)])).toEqual([
      ['ledgers/a-sakura/ledger.yaml', [['cross-device', 'info'], ['cross-device-status', 'warning'], ['cross-user-name', 'warning'], ['cross-departed', 'warning']]],
      ['ledgers/a-sakura/old.xls', [['spreadsheet-format', 'warning']]],
      ['ledgers/b-midori/台帳.xlsx', [['cross-admin', 'error'], ['cross-device-status', 'warning'], ['cross-user-name', 'warning'], ['cross-departed', 'warning']]],
      ['ledgers/c-aoba/ledger.yaml', [['cross-device', 'info']]],
      ['ledgers/d-kaede/ledger.yaml', []],
    ]);
  });

  it('a folder of spreadsheets alone, their rule on: exit 2 with the first one named; off: exit 2, nothing read', () => {
    const off = runBin([...AS_OF, 'ledgers/e-sheets'], root, BIN_ENV);
    writeFileSync(join(root, 'ledgers', 'e-sheets', '.dokodemo-check.yaml'), 'rules:\n  spreadsheet-format: error\n');
    const on = runBin([...AS_OF, 'ledgers/e-sheets'], root, BIN_ENV);
    const said = `no ledger could be read (9 files; the first: ledgers/e-sheets/台帳.et: this is a WPS Spreadsheets file (.et), which cannot be read: open it in WPS and use Save As with the type "Excel Workbook (*.xlsx)" (nothing in this file was checked))`;
    expect([on.code, on.stdout, on.stderr]).toEqual([2, '', `dokodemo-check: ${said}\n`]);
    expect([off.code, off.stdout, off.stderr]).toEqual([2, '', `dokodemo-check: ${said}\n`]);
  });
});

describe('ledgers of one facility (a YAML ledger and its workbook)', () => {
  it('are not compared with each other', () => {
    const root = temp.make('dokodemo-cross-same-');
    writeFileSync(join(root, 'ledger.yaml'), stringify(cleanLedger()));
    execFileSync(process.execPath, [BIN, 'convert', join(root, 'ledger.yaml'), join(root, 'ledger.xlsx')], { env: BIN_ENV });
    const result = runBin([...AS_OF, '-f', 'json', '.'], root);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout).files as JsonFile[]).map((file) => [file.file, file.findings.length])).toEqual([['ledger.xlsx', 0], ['ledger.yaml', 0]]);
  });
});
