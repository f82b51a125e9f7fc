// A workbook's schema findings never speak YAML: no `null`, `true` / `false`, `not_applicable`, key names
// (`min_length`, `mcs_admins`) or "key: value" mappings and "- " lists. Each case is a real .xlsx written with
// exceljs (the fixture ledger as the template lays it out, one cell changed or a sheet removed), read and
// checked in-process as `dokodemo-check` checks a workbook; each message is the text the report shows,
// in both languages, as the office manager should read it: her column labels, her sheet names, the
// words her cells take (なし, 対象外, はい / いいえ), what Excel made of a cell. The same break in a YAML
// ledger keeps the YAML's words. The checker is loaded inside each test (its words are module-level).
import type ExcelJS from 'exceljs';
import type * as CheckFile from '../../src/engine/check-file';
import type { LocatedFinding } from '../../src/types';
import { fill } from '../../src/i18n/lang';
import { approvedException, cleanLedger } from '../helpers/ledger-fixture';
import { fresh } from '../helpers/fresh';
import { columnOfKey, facilityRowOfKey, workbookBytes } from '../helpers/workbook';
import type { CellEdit } from '../helpers/workbook';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the ledger on purpose
type Loose = any;

/** The fixture ledger with a loss on 事故 and an exception on 例外, so that every sheet has a row. */
function ledger(): Loose {
  const value: Loose = cleanLedger();
  value.incidents = [{ date: '2026-10-01', device: 'SP-01', user: 'takahashi@sakura.example.jp', kind: 'lost', mcs_password_changed: '2026-10-01', secretariat_notified: '2026-10-02', carrier_remote_lock: '2026-10-01' }];
  value.exceptions = [approvedException()];
  return value;
}

/** Findings of `bytes` as `name`, by a checker loaded afresh: where, and the message as the report fills it in. */
function checked(bytes: Uint8Array, name: string): Array<{ at: string; ja: string; en: string }> {
  const loaded = fresh(() => (require('../../src/engine/check-file') as typeof CheckFile).loadLedger(bytes, name));
  const findings: LocatedFinding[] = loaded.ok ? loaded.readFindings : loaded.findings;
  return findings.map((finding) => ({
    at: finding.position.cell ? `${finding.position.cell.sheet}!${finding.position.cell.ref}` : `${finding.position.line}:${finding.position.column}`,
    ja: fill(finding.message.ja, finding.data),
    en: fill(finding.message.en, finding.data),
  }));
}

async function inWorkbook(edit: CellEdit, value: Loose = ledger()) {
  return checked(await workbookBytes(value, edit), 'ledger.xlsx');
}

const cell = (sheet: string, key: string, item: number, value: ExcelJS.CellValue): CellEdit => (workbook) => {
  const worksheet = workbook.getWorksheet(sheet)!;
  worksheet.getCell(3 + item, columnOfKey(worksheet, key)).value = value;
};

const cells = (...edits: CellEdit[]): CellEdit => (workbook) => edits.forEach((edit) => edit(workbook));

const facilityValue = (key: string, value: ExcelJS.CellValue): CellEdit => (workbook) => {
  const worksheet = workbook.getWorksheet('施設')!;
  worksheet.getCell(facilityRowOfKey(worksheet, key), 3).value = value;
};

const DATE_HINT = {
  ja: 'ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
  en: 'In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
};

describe('a date column that also takes なし (and 対象外)', () => {
  it('a remote-lock day that is not a date: a date, なし or 対象外, never null or not_applicable', async () => {
    expect(await inWorkbook(cell('事故', 'carrier_remote_lock', 0, '来週'))).toEqual([
      {
        at: '事故!G3',
        ja: `「携帯電話会社にリモートロックを依頼した日」の「来週」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）、「なし」、「対象外」のいずれかで記入してください。${DATE_HINT.ja}`,
        en: `“Date the carrier was asked to remote-lock the device” (携帯電話会社にリモートロックを依頼した日): "来週" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01), なし (none) or 対象外 (not applicable). ${DATE_HINT.en}`,
      },
    ]);
  });

  it('the remote-lock day left empty: the same three, and なし when there is none (an empty cell is "not recorded")', async () => {
    expect(await inWorkbook(cell('事故', 'carrier_remote_lock', 0, null))).toEqual([
      {
        at: '事故!G3',
        ja: '必須項目「携帯電話会社にリモートロックを依頼した日」が空欄です。YYYY-MM-DD の形式（例 2026-11-01）、「なし」、「対象外」のいずれかで記入してください（無い・不明の場合も「なし」と入力します。空欄は「未記録」の扱いになります）',
        en: 'Required “Date the carrier was asked to remote-lock the device” (携帯電話会社にリモートロックを依頼した日) is empty. Add it as YYYY-MM-DD (e.g. 2026-11-01), なし (none) or 対象外 (not applicable). Write なし (none) when there is none: an empty cell means "not recorded"',
      },
    ]);
  });

  it('a pledge day left empty: an empty cell, not a missing key, is what "not recorded" means', async () => {
    expect(await inWorkbook(cell('利用者', 'pledge_date', 0, null))).toEqual([
      {
        at: '利用者!L3',
        ja: '必須項目「スタッフ誓約書の取得年月日」が空欄です。YYYY-MM-DD の形式（例 2026-11-01）か「なし」で記入してください（無い・不明の場合も「なし」と入力します。空欄は「未記録」の扱いになります）',
        en: 'Required “Date the staff pledge was obtained” (スタッフ誓約書の取得年月日) is empty. Add it as YYYY-MM-DD (e.g. 2026-11-01) or なし (none). Write なし (none) when there is none: an empty cell means "not recorded"',
      },
    ]);
  });
});

describe('several columns for one item: fill in each, not a "key: value" mapping of YAML keys', () => {
  it('a start-up password (はい) without its password settings', async () => {
    expect(await inWorkbook(cells(cell('端末', 'security.lock_password.min_length', 0, null), cell('端末', 'security.lock_password.composition', 0, null)))).toEqual([
      {
        at: '端末!J3',
        ja: '必須項目「パスワードの最低文字数」・「パスワードに求める文字の種類」が空欄です（「端末起動時パスワード（画面ロック）の設定の有無」が「はい」のときは必須です）。それぞれの列に記入してください',
        en: 'Required “Minimum password length / Characters the password must contain” (パスワードの最低文字数・パスワードに求める文字の種類) is empty (it is required when “Start-up password (screen lock) set” (端末起動時パスワード（画面ロック）の設定の有無) is Yes (はい)). Fill in each column',
      },
    ]);
  });

  it('a device set to 利用終了 without the day it was disposed of and whether it was wiped', async () => {
    expect(await inWorkbook(cell('端末', 'status', 0, '利用終了'))).toEqual([
      {
        at: '端末!Z3',
        ja: '必須項目「処分・返却した日」・「端末の内容を徹底的に消去したかの有無」が空欄です（「端末の状態」が「利用終了」のときは必須です）。それぞれの列に記入してください',
        en: 'Required “Date the device was disposed of or handed over / Contents thoroughly erased” (処分・返却した日・端末の内容を徹底的に消去したかの有無) is empty (it is required when “Device status” (端末の状態) is Retired (利用終了)). Fill in each column',
      },
    ]);
  });

  it('a person’s training left empty: each column, or なし when there was none', async () => {
    expect(await inWorkbook(cells(cell('利用者', 'training.kind', 0, null), cell('利用者', 'training.date', 0, null)))).toEqual([
      {
        at: '利用者!J3',
        ja: '必須項目「講習の種類（なければ なし）」・「受講・視聴した日」が空欄です。それぞれの列に記入してください（無い・不明の場合も「なし」と入力します。空欄は「未記録」の扱いになります）',
        en: 'Required “Kind of training / Date of the lecture or video” (講習の種類（なければ なし）・受講・視聴した日) is empty. Fill in each column. Write なし (none) when there is none: an empty cell means "not recorded"',
      },
    ]);
  });
});

describe('a row of 施設 left empty: its label and her choices, and the row to write in', () => {
  it('a usage rule: はい or いいえ, not true or false', async () => {
    expect(await inWorkbook(facilityValue('facility.rules.antivirus_required', null))).toEqual([
      {
        at: '施設!C11',
        ja: '必須項目「利用規程: ウイルス対策ソフトの導入」がありません。「はい」か「いいえ」を選んでください（無い場合も「いいえ」を選びます。空欄は「未記録」の扱いになります）。ブックでは「施設」シートの、キー（B 列）が facility.rules.antivirus_required の行に記入します',
        en: 'Required “Usage rules require antivirus software” (利用規程: ウイルス対策ソフトの導入) is missing. Choose Yes (はい) or No (いいえ). Choose No (いいえ) when the answer is no: an empty cell means "not recorded". In the workbook, write it on the sheet 「施設」, in the row whose key (column B) is facility.rules.antivirus_required',
      },
    ]);
  });

  it('the facility’s name', async () => {
    expect(await inWorkbook(facilityValue('facility.name', null))).toEqual([
      {
        at: '施設!C3',
        ja: '必須項目「施設名」がありません。文字列で記入してください。ブックでは「施設」シートの、キー（B 列）が facility.name の行に記入します',
        en: 'Required “Facility name” (施設名) is missing. Add it as text. In the workbook, write it on the sheet 「施設」, in the row whose key (column B) is facility.name',
      },
    ]);
  });
});

describe('a sheet of entries: by its name, in rows', () => {
  it('管理者 deleted: the sheet, and at least one row', async () => {
    expect(await inWorkbook((workbook) => workbook.removeWorksheet(workbook.getWorksheet('管理者')!.id))).toEqual([
      { at: '施設!C2', ja: '「管理者」シートがありません（シート名を変えると読み取れません）。1 行以上記入してください', en: 'The sheet 「管理者」 is missing (a sheet under another name is not read). Fill in at least one row' },
    ]);
  });

  it('端末 deleted: a list that may be empty keeps its header rows', async () => {
    const value = ledger();
    value.users.forEach((user: Loose) => (user.devices = []));
    value.incidents = [];
    expect(await inWorkbook((workbook) => workbook.removeWorksheet(workbook.getWorksheet('端末')!.id), value)).toEqual([
      { at: '施設!C2', ja: '「端末」シートがありません（シート名を変えると読み取れません）。記入する行が無ければ、見出しの行だけを残してください', en: 'The sheet 「端末」 is missing (a sheet under another name is not read). With nothing to list, keep only its header rows' },
    ]);
  });

  it('管理者 with its header rows only', async () => {
    const value = ledger();
    value.facility.mcs_admins = [];
    expect(await inWorkbook(() => undefined, value)).toEqual([{ at: '管理者!A3', ja: '「管理者」シートには 1 行以上記入してください', en: 'The sheet 「管理者」 needs at least one row' }]);
  });
});

describe('what Excel made of a cell where text belongs', () => {
  it('TRUE typed as the model: a logical value, not true / false in quotes', async () => {
    expect(await inWorkbook(cell('端末', 'model', 0, true))).toEqual([
      {
        at: '端末!C3',
        ja: '「機種」のセルは文字ではなく論理値（TRUE / FALSE）として読み取られます。ブックでは、セルの書式を「文字列」にするか、先頭に \' を付けて入力してください',
        en: '“Model” (機種): the cell is read as a logical value (TRUE or FALSE), not as text. In the workbook, format the cell as Text or type a leading \'',
      },
    ]);
  });
});

describe('the same breaks in a YAML ledger keep the YAML’s words', () => {
  it('null and not_applicable, the mapping’s keys, the list’s key', () => {
    const { stringify } = require('yaml') as typeof import('yaml');
    const value = ledger();
    value.incidents[0].carrier_remote_lock = '来週';
    delete value.devices[0].security.lock_password;
    delete value.facility.mcs_admins;
    expect(checked(Buffer.from(stringify(value)), 'ledger.yaml').map(({ ja, en }) => ({ ja, en }))).toEqual([
      {
        ja: '必須項目 `mcs_admins`（MCS の管理権限を付与した者）がありません。1 件以上の一覧（1 行に 1 件ずつ「- 」で始める）で記入してください',
        en: 'Required key `mcs_admins` (people given MCS administrator rights) is missing. Add it as a list of at least one entry (one per line, starting with "- ")',
      },
      {
        ja: '必須項目 `lock_password`（画面ロックのパスワードの条件）がありません（`startup_password` が true のときは必須です）。min_length・composition を含む「項目名: 値」の形で記入してください',
        en: 'Required key `lock_password` (lock password policy the device enforces) is missing (it is required when `startup_password` is true). Add it as a mapping with min_length and composition',
      },
      {
        ja: '`carrier_remote_lock`（携帯電話会社にリモートロックを依頼した日）の「来週」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）、null、not_applicable のいずれかで記入してください',
        en: '`carrier_remote_lock` (date the carrier was asked to remote-lock the device): "来週" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01), null or not_applicable',
      },
    ]);
  });
});
