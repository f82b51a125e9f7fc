// The workbook's words for the schema's findings, exact and in-process (test/workbook/her-words.test.ts checks
// them end to end through the CLI, too slow for mutation runs): each finding the validator gives for a
// ledger broken one way, said as the workbook says it — the column by its label, a value by its dropdown's
// labels, はい / いいえ, 空欄 for a missing key, the Excel hint for a cell of the wrong kind, the sheet or the
// 施設 row where a missing item goes. Then made-up findings for the edges the validator does not reach.
// The module is loaded inside each test (its hints and the schema it reads are module-level).
import type * as Messages from '../../src/workbook/messages';
import type { Finding } from '../../src/types';
import { validateLedger } from '../../src/schema/validate';
import { cleanLedger } from '../helpers/ledger-fixture';
import { freshFunctionsPerTest } from '../helpers/fresh';

const { withWorkbookHint } = freshFunctionsPerTest(() => require('../../src/workbook/messages') as typeof Messages);

/** The ledger as the validator takes it: any value anywhere. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the ledger on purpose
type Loose = any;

/** Each finding of the fixture ledger broken by `edit`: where (path, + the missing key) and both sentences. */
function said(edit: (ledger: Loose) => void): Array<{ at: string; ja: string; en: string }> {
  const ledger: Loose = cleanLedger();
  edit(ledger);
  return validateLedger(ledger).map((finding) => ({ at: [finding.path.join('/'), finding.missingKey ?? ''].filter(Boolean).join(' + '), ...withWorkbookHint(finding).message }));
}

describe('the validator\'s findings in the workbook\'s words', () => {
  it('a yes/no cell with a word for yes: はい or いいえ, and what the word means', () => {
    expect(said((ledger) => {
      ledger.devices[0].security.antivirus = '○';
    })).toEqual([
      { at: 'devices/0/security/antivirus', ja: '「ウイルス対策ソフトの導入の有無」は「{value}」ではなく「はい」か「いいえ」を選んでください（「{value}」なら「はい」）', en: '“Antivirus software installed” (ウイルス対策ソフトの導入の有無): choose Yes (はい) or No (いいえ), not "{value}" (for "{value}" choose Yes (はい))' },
    ]);
  });

  it('a yes/no cell with the number 0 LibreOffice kept for 〇: the 〇 hint', () => {
    expect(said((ledger) => {
      ledger.devices[0].security.antivirus = '0';
    })).toEqual([
      { at: 'devices/0/security/antivirus', ja: '「ウイルス対策ソフトの導入の有無」は「{value}」ではなく「はい」か「いいえ」を選んでください（〇 なら「はい」）', en: '“Antivirus software installed” (ウイルス対策ソフトの導入の有無): choose Yes (はい) or No (いいえ), not "{value}" (for 〇 choose Yes (はい))' },
    ]);
  });

  it('a yes/no cell with a word the checker cannot read: no hint', () => {
    expect(said((ledger) => {
      ledger.facility.wireless_lan.ssid_stealth = 'x';
    })).toEqual([
      { at: 'facility/wireless_lan/ssid_stealth', ja: '「施設の無線 LAN: SSID ステルス（無線 LAN がなければ空欄）」は「{value}」ではなく「はい」か「いいえ」を選んでください', en: '“SSID of the wireless LAN hidden” (施設の無線 LAN: SSID ステルス（無線 LAN がなければ空欄）): choose Yes (はい) or No (いいえ), not "{value}"' },
    ]);
  });

  it('a required yes/no column left empty: 空欄, the dropdown and why いいえ matters', () => {
    expect(said((ledger) => {
      delete ledger.devices[0].security.os_up_to_date;
    })).toEqual([
      { at: 'devices/0/security + os_up_to_date', ja: '必須項目「OS・ブラウザを最新にしているかの有無」が空欄です。「はい」か「いいえ」を選んでください（無い場合も「いいえ」を選びます。空欄は「未記録」の扱いになります）', en: 'Required “OS and browser on the latest version” (OS・ブラウザを最新にしているかの有無) is empty. Choose Yes (はい) or No (いいえ). Choose No (いいえ) when the answer is no: an empty cell means "not recorded"' },
    ]);
  });

  it('a required column whose label holds 「」 itself, left empty: 空欄 all the same', () => {
    expect(said((ledger) => {
      delete ledger.devices[1].security.unknown_sources_blocked;
    })).toEqual([
      { at: 'devices/1/security + unknown_sources_blocked', ja: '必須項目「「提供元不明のアプリ」の無効化の有無」が空欄です（「OS」が「android」のときは必須です）。「はい」か「いいえ」を選んでください（無い場合も「いいえ」を選びます。空欄は「未記録」の扱いになります）', en: 'Required “Installing apps from unknown sources disabled” (「提供元不明のアプリ」の無効化の有無) is empty (it is required when “Operating system” (OS) is Android (android)). Choose Yes (はい) or No (いいえ). Choose No (いいえ) when the answer is no: an empty cell means "not recorded"' },
    ]);
  });

  it('a required yes/no key, conditional on another column, left empty: both columns by label', () => {
    expect(said((ledger) => {
      delete ledger.devices[1].security.remote_wipe;
    })).toEqual([
      { at: 'devices/1/security + remote_wipe', ja: '必須項目「携帯電話会社のリモートロック・データ消去サービスの利用の有無」が空欄です（「端末の種類」が「タブレット」か「スマートフォン」のときは必須です）。「はい」か「いいえ」を選んでください（無い場合も「いいえ」を選びます。空欄は「未記録」の扱いになります）', en: 'Required “Carrier remote lock and wipe service enrolled” (携帯電話会社のリモートロック・データ消去サービスの利用の有無) is empty (it is required when “Device type” (端末の種類) is Tablet (タブレット) or Smartphone (スマートフォン)). Choose Yes (はい) or No (いいえ). Choose No (いいえ) when the answer is no: an empty cell means "not recorded"' },
    ]);
  });

  it('an empty yes/no cell: the dropdown and why いいえ matters', () => {
    expect(said((ledger) => {
      ledger.devices[0].security.mfa = null;
    })).toEqual([
      { at: 'devices/0/security/mfa', ja: '「二要素認証の利用の有無」が空欄です。「はい」か「いいえ」を選んでください（無い場合も「いいえ」を選びます。空欄は「未記録」の扱いになります）', en: '“Two-factor login used” (二要素認証の利用の有無) is empty. Choose Yes (はい) or No (いいえ). Choose No (いいえ) when the answer is no: an empty cell means "not recorded"' },
    ]);
  });

  it('a value outside a dropdown: its labels and the one probably meant', () => {
    expect(said((ledger) => {
      ledger.devices[0].type = 'pcc';
    })).toEqual([
      { at: 'devices/0/type', ja: '「端末の種類」に「{value}」は使えません。「パソコン」の誤りではありませんか？一覧から「パソコン」、「タブレット」、「スマートフォン」のいずれかを選んでください', en: '“Device type” (端末の種類): "{value}" cannot be used. Did you mean PC (パソコン)? Choose PC (パソコン), Tablet (タブレット) or Smartphone (スマートフォン) from the list' },
    ]);
  });

  it('a value outside a dropdown whose labels are its values: the English names', () => {
    expect(said((ledger) => {
      ledger.devices[0].os = 'Windows';
    })).toEqual([
      { at: 'devices/0/os', ja: '「OS」に「{value}」は使えません。「windows」の誤りではありませんか？一覧から「windows」、「macos」、「ios」、「ipados」、「android」、「chromeos」、「linux」、「other」のいずれかを選んでください', en: '“Operating system” (OS): "{value}" cannot be used. Did you mean Windows (windows)? Choose Windows (windows), macOS (macos), iOS (ios), iPadOS (ipados), Android (android), ChromeOS (chromeos), Linux (linux) or Other (other) from the list' },
    ]);
  });

  it('a value near no label: the labels only', () => {
    expect(said((ledger) => {
      ledger.devices[0].security.lock_password.composition = 'zzzzzzzzzzzz';
    })).toEqual([
      { at: 'devices/0/security/lock_password/composition', ja: '「パスワードに求める文字の種類」に「{value}」は使えません。一覧から「数字のみ」、「英字のみ」、「英数字」、「英数字と記号」のいずれかを選んでください', en: '“Characters the password must contain” (パスワードに求める文字の種類): "{value}" cannot be used. Choose Digits only (数字のみ), Letters only (英字のみ), Letters and digits (英数字) or Letters, digits and symbols (英数字と記号) from the list' },
    ]);
  });

  it('a list given where one value goes, in a dropdown column', () => {
    expect(said((ledger) => {
      ledger.devices[0].type = ['pc'];
    })).toEqual([
      { at: 'devices/0/type', ja: '「端末の種類」に「{value}」は使えません。一覧から「パソコン」、「タブレット」、「スマートフォン」のいずれかを選んでください', en: '“Device type” (端末の種類): "{value}" cannot be used. Choose PC (パソコン), Tablet (タブレット) or Smartphone (スマートフォン) from the list' },
    ]);
  });

  it('an entry of a list column outside the list', () => {
    expect(said((ledger) => {
      ledger.devices[0].networks = ['携帯電話の回線'];
    })).toEqual([
      { at: 'devices/0/networks/0', ja: '「利用するネットワークの種類」の 1 件目に「{value}」は使えません。「携帯電話会社の回線」の誤りではありませんか？一覧から「施設内の有線 LAN」、「施設内の無線 LAN」、「携帯電話会社の回線」、「公衆無線 LAN」のいずれかを選んでください', en: 'Entry 1 of “Networks used” (利用するネットワークの種類): "{value}" cannot be used. Did you mean Mobile carrier (携帯電話会社の回線)? Choose Facility wired LAN (施設内の有線 LAN), Facility wireless LAN (施設内の無線 LAN), Mobile carrier (携帯電話会社の回線) or Public Wi-Fi (公衆無線 LAN) from the list' },
    ]);
  });

  it('an entry of a list column given twice: the list by its label', () => {
    expect(said((ledger) => {
      ledger.devices[0].networks = ['carrier', 'carrier'];
    })).toEqual([
      { at: 'devices/0/networks/1', ja: '「利用するネットワークの種類」に「{value}」が 2 回以上あります。1 回だけ記入してください', en: '“Networks used” (利用するネットワークの種類) lists "{value}" more than once. List it once' },
    ]);
  });

  it('a list column with no entry', () => {
    expect(said((ledger) => {
      ledger.devices[0].networks = [];
    })).toEqual([
      { at: 'devices/0/networks', ja: '「利用するネットワークの種類」には 1 件以上記入してください', en: '“Networks used” (利用するネットワークの種類) needs at least one entry' },
    ]);
  });

  it('a place outside the list, and a place missing', () => {
    expect(said((ledger) => {
      ledger.devices[0].locations[0].place = 'insid'; delete ledger.devices[1].locations[0].place;
    })).toEqual([
      { at: 'devices/0/locations/0/place', ja: '「利用場所」に「{value}」は使えません。一覧から「施設内」か「施設外」を選んでください', en: '“Places of use” (利用場所): "{value}" cannot be used. Choose In the facility (施設内) or Outside the facility (施設外) from the list' },
      { at: 'devices/1/locations/0 + place', ja: '必須項目「利用場所」が空欄です。「施設内」か「施設外」を選んでください', en: 'Required “Places of use” (利用場所) is empty. Choose In the facility (施設内) or Outside the facility (施設外)' },
    ]);
  });

  it('a required dropdown column left empty, with two choices and with three', () => {
    expect(said((ledger) => {
      delete ledger.users[0].training.kind; delete ledger.users[0].account_status;
    })).toEqual([
      { at: 'users/0 + account_status', ja: '必須項目「MCS アカウントの状態」が空欄です。「利用中」、「停止中」、「削除済み」のいずれかを選んでください', en: 'Required “State of the MCS account” (MCS アカウントの状態) is empty. Choose Active (利用中), Suspended (停止中) or Deleted (削除済み)' },
      { at: 'users/0/training + kind', ja: '必須項目「講習の種類（なければ なし）」が空欄です。「講習会の受講」か「講習ビデオの視聴」を選んでください', en: 'Required “Kind of training” (講習の種類（なければ なし）) is empty. Choose Lecture (講習会の受講) or Video (講習ビデオの視聴)' },
    ]);
  });

  it('an empty dropdown cell whose column allows なし', () => {
    expect(said((ledger) => {
      ledger.users[0].training.kind = null;
    })).toEqual([
      { at: 'users/0/training/kind', ja: '「講習の種類（なければ なし）」が空欄です。「講習会の受講」か「講習ビデオの視聴」を選んでください', en: '“Kind of training” (講習の種類（なければ なし）) is empty. Choose Lecture (講習会の受講) or Video (講習ビデオの視聴)' },
    ]);
  });

  it('a date written as text, a day that does not exist, a date or なし', () => {
    expect(said((ledger) => {
      ledger.users[0].start_date = '2024/4/1'; ledger.facility.updated = '2026-02-30'; ledger.users[0].end_date = 'x';
    })).toEqual([
      { at: 'facility/updated', ja: '「台帳を最後に見直した日」の {value} は存在しない日付です。月と日を確かめてください', en: '“Date the ledger was last reviewed” (台帳を最後に見直した日): {value} is not a real calendar date. Check the month and day' },
      { at: 'users/0/start_date', ja: '「利用開始日」の「{value}」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）で記入してください。ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）', en: '“Date the person started using MCS” (利用開始日): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01). In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)' },
      { at: 'users/0/end_date', ja: '「利用終了日」の「{value}」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）か「なし」で記入してください。ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）', en: '“Date the person stopped using MCS” (利用終了日): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01) or なし (none). In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)' },
    ]);
  });

  it('a number stored as text, a full-width number, text read as a number in an entry', () => {
    expect(said((ledger) => {
      ledger.devices[0].security.lock_password.min_length = '10'; ledger.devices[1].security.lock_password.min_length = '１０'; ledger.users[0].devices[0] = 5;
    })).toEqual([
      { at: 'devices/0/security/lock_password/min_length', ja: '「パスワードの最低文字数」は引用符を付けずに {value} と記入してください。ブックでは、セルが文字列になっています。数値として入力し直してください（「文字列」の書式を外すか、Excel の「数値に変換」を使います）', en: '“Minimum password length” (パスワードの最低文字数): write {value} without quotes. In the workbook, the cell holds text: enter it as a number (clear the Text format, or use Excel\'s Convert to Number)' },
      { at: 'devices/1/security/lock_password/min_length', ja: '「パスワードの最低文字数」の「{value}」に全角文字「１」が含まれています。半角で {halfWidth} と記入してください', en: '“Minimum password length” (パスワードの最低文字数): "{value}" contains a full-width (全角) character "１". Write it in half-width characters: {halfWidth}' },
      { at: 'users/0/devices/0', ja: '「利用端末の管理番号（複数可）」の 1 件目の {value} は数値として読み取られます。ブックでは、セルの書式を「文字列」にするか、先頭に \' を付けて入力してください', en: 'Entry 1 of “Asset tags of every device the person uses” (利用端末の管理番号（複数可）): {value} is read as a number. In the workbook, format the cell as Text or type a leading \'' },
    ]);
  });

  it('text where a number was typed, an e-mail address, an asset tag', () => {
    expect(said((ledger) => {
      ledger.users[0].job_type = 12; ledger.users[0].mcs_id = 'abc'; ledger.devices[0].id = 'あ'; ledger.devices[1].model = ' ';
    })).toEqual([
      { at: 'devices/0/id', ja: '「管理番号」に「{value}」は使えません。半角英数字と . _ - だけの管理番号（先頭は英数字。例 PC-01）で記入してください', en: '“Asset tag” (管理番号): "{value}" cannot be used. Use an asset tag of letters, digits, ".", "_" and "-" only, starting with a letter or digit (e.g. PC-01)' },
      { at: 'users/0/job_type', ja: '「職種」の {value} は数値として読み取られます。ブックでは、セルの書式を「文字列」にするか、先頭に \' を付けて入力してください', en: '“Job type” (職種): {value} is read as a number. In the workbook, format the cell as Text or type a leading \'' },
      { at: 'users/0/mcs_id', ja: '「MCS の ID（登録メールアドレス）」の「{value}」はメールアドレスの形式ではありません。MCS に登録したメールアドレス（例 name@example.jp）を記入してください', en: '“MCS id” (MCS の ID（登録メールアドレス）): "{value}" is not an e-mail address. Write the address registered with MCS (e.g. name@example.jp)' },
    ]);
  });

  it('a 施設 row: a yes/no rule, a manager\'s name missing, a table missing, the version', () => {
    expect(said((ledger) => {
      ledger.facility.rules.antivirus_required = 'yes'; delete ledger.facility.manager.name; delete ledger.facility.mcs_admins; ledger.version = 2;
    })).toEqual([
      { at: 'version', ja: '「台帳フォーマットのバージョン」に「{value}」は使えません。1 で記入してください', en: '“Format version of this ledger” (台帳フォーマットのバージョン): "{value}" cannot be used. Use 1' },
      { at: 'facility + mcs_admins', ja: '「管理者」シートがありません（シート名を変えると読み取れません）。1 行以上記入してください', en: 'The sheet 「管理者」 is missing (a sheet under another name is not read). Fill in at least one row' },
      { at: 'facility/manager + name', ja: '必須項目「管理責任者の氏名（台帳 1）」がありません。文字列で記入してください。ブックでは「施設」シートの、キー（B 列）が facility.manager.name の行に記入します', en: 'Required “Name of the manager” (管理責任者の氏名（台帳 1）) is missing. Add it as text. In the workbook, write it on the sheet 「施設」, in the row whose key (column B) is facility.manager.name' },
      { at: 'facility/rules/antivirus_required', ja: '「利用規程: ウイルス対策ソフトの導入」は「{value}」ではなく「はい」か「いいえ」を選んでください（「{value}」なら「はい」）', en: '“Usage rules require antivirus software” (利用規程: ウイルス対策ソフトの導入): choose Yes (はい) or No (いいえ), not "{value}" (for "{value}" choose Yes (はい))' },
    ]);
  });

  it('an object spread over several columns, and an unknown key', () => {
    expect(said((ledger) => {
      ledger.users[0].training = 'x'; ledger.devices[0].foo = 1;
    })).toEqual([
      { at: 'devices/0/foo', ja: '不明な項目 `foo` です。ここに書ける項目は id、type、model、os、ownership、status、locations、networks、security、shared_outside_staff、disposal、note です（施設独自の項目は `x-` で始めてください）', en: 'Unknown key `foo`. Keys allowed here: id, type, model, os, ownership, status, locations, networks, security, shared_outside_staff, disposal, note (custom fields must start with `x-`)' },
      { at: 'users/0/training', ja: '「講習の種類（なければ なし）」・「受講・視聴した日」に「{value}」は使えません。それぞれの列に記入するか「なし」と入力してください', en: '“Kind of training / Date of the lecture or video” (講習の種類（なければ なし）・受講・視聴した日): "{value}" cannot be used. Fill in each column, or write なし (none)' },
    ]);
  });
});

describe('made-up findings at the edges', () => {
  const finding = (path: Finding['path'], en: string, ja: string, extra: Partial<Finding> = {}): Finding => ({ ruleId: 'schema', severity: 'error', path, message: { ja, en }, data: {}, sources: ['ledger.md'], ...extra });
  const message = (given: Finding) => withWorkbookHint(given).message;

  it('another rule\'s finding is the same finding', () => {
    const given = finding(['devices', 0, 'security', 'antivirus'], 'is not a date. Use true or false', 'x', { ruleId: 'antivirus', data: { value: 'x' } });
    expect(withWorkbookHint(given)).toBe(given);
  });

  it('the whole ledger, a key the workbook has no place for, a table\'s sheet: the YAML\'s words, and the hint if one fits', () => {
    expect(message(finding([], 'The ledger is not a date', '台帳。'))).toEqual({
      ja: '台帳。ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
      en: 'The ledger is not a date. In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
    });
    for (const path of [['facility', 'zzz'], ['devices'], ['zzz', 0]]) {
      const given = finding(path, '`devices` (devices used for MCS) is empty. Use true or false', '`devices`（MCS で使う端末）が空欄です');
      expect(withWorkbookHint(given)).toStrictEqual(given);
    }
  });

  it('a finding that points at its key keeps the key', () => {
    const given = finding(['devices', 0, 'type'], '`type` (device type): use true or false', '`type`（端末の種類）', { pointsAtKey: true, data: { value: 'x' } });
    expect(withWorkbookHint(given)).toStrictEqual(given);
  });

  it('a value outside the list that is not text, or in a yes/no column: the list\'s own words, no guess', () => {
    const type = finding(['devices', 0, 'type'], '`type` (device type): "{value}" cannot be used. Use pc, tablet or smartphone', '`type`（端末の種類）に「{value}」は使えません。pc、tablet、smartphone のいずれかで記入してください', { data: { value: 3 } });
    expect(message(type)).toEqual({
      ja: '「端末の種類」に「{value}」は使えません。「パソコン」、「タブレット」、「スマートフォン」のいずれかを選んでください',
      en: '“Device type” (端末の種類): "{value}" cannot be used. Choose PC (パソコン), Tablet (タブレット) or Smartphone (スマートフォン)',
    });
    const yesNo = finding(['devices', 0, 'security', 'antivirus'], '`antivirus` (antivirus software installed): "{value}" cannot be used. Use true or false', '`antivirus`（ウイルス対策ソフトの導入の有無）に「{value}」は使えません。true か false で記入してください', { data: { value: 'x' } });
    expect(message(yesNo)).toEqual({
      ja: '「ウイルス対策ソフトの導入の有無」に「{value}」は使えません。「はい」か「いいえ」を選んでください',
      en: '“Antivirus software installed” (ウイルス対策ソフトの導入の有無): "{value}" cannot be used. Choose Yes (はい) or No (いいえ)',
    });
  });

  it('a near miss of a label, and of a value, gets the exact label', () => {
    const type = (value: string) => finding(['devices', 0, 'type'], '`type` (device type): "{value}" cannot be used. Use pc, tablet or smartphone', 'ja', { data: { value } });
    expect(['タブレッド', 'tablt', 'スマ', 'smartphone2'].map((value) => /Did you mean ([^?]*)\?/.exec(message(type(value)).en)?.[1])).toEqual(['Tablet (タブレット)', 'Tablet (タブレット)', undefined, 'Smartphone (スマートフォン)']);
    expect(message(type('タブレッド')).ja).toBe('「端末の種類」に「{value}」は使えません。「タブレット」の誤りではありませんか？一覧から「パソコン」、「タブレット」、「スマートフォン」のいずれかを選んでください');
  });

  it('"cannot be used" only as the YAML says it: other words about a dropdown\'s value are worded, not listed', () => {
    const given = finding(['devices', 0, 'type'], '`type` (device type): "{value}" is odd. Use pc, tablet or smartphone', '`type`（端末の種類）の「{value}」は変です', { data: { value: 'x' } });
    expect(message(given)).toEqual({ ja: '「端末の種類」の「{value}」は変です', en: '“Device type” (端末の種類): "{value}" is odd. Choose PC (パソコン), Tablet (タブレット) or Smartphone (スマートフォン)' });
  });

  it('a 0 in a yes/no column gets the 〇 hint once: not where the message already says what a word means, nor for other values', () => {
    const yesNo = (value: string | number, ja: string) => finding(['devices', 0, 'security', 'antivirus'], '`antivirus` (antivirus software installed): use true or false, not "{value}"', ja, { data: { value } });
    expect(message(yesNo('0', '`antivirus`（ウイルス対策ソフトの導入の有無）は "{value}" ではなく true か false で記入してください'))).toEqual({
      ja: '「ウイルス対策ソフトの導入の有無」は「{value}」ではなく「はい」か「いいえ」を選んでください（〇 なら「はい」）',
      en: '“Antivirus software installed” (ウイルス対策ソフトの導入の有無): choose Yes (はい) or No (いいえ), not "{value}" (for 〇 choose Yes (はい))',
    });
    expect(message(yesNo('0', '0 なら true'))).toEqual({ ja: '0 なら true', en: '“Antivirus software installed” (ウイルス対策ソフトの導入の有無): choose Yes (はい) or No (いいえ), not "{value}"' });
    for (const value of ['1', 0, 'o']) expect(message(yesNo(value, 'ja')).en).toBe('“Antivirus software installed” (ウイルス対策ソフトの導入の有無): choose Yes (はい) or No (いいえ), not "{value}"');
    const count = finding(['devices', 0, 'security', 'lock_password', 'min_length'], '`min_length` (minimum password length): "{value}" is odd', 'ja', { data: { value: '0' } });
    expect(message(count)).toEqual({ ja: 'ja', en: '“Minimum password length” (パスワードの最低文字数): "{value}" is odd' });
  });

  it('Japanese spacing around the brackets: none between 「…」 and Japanese, kept beside ASCII', () => {
    const given = finding(['users', 0, 'job_type'], 'x', '値 `job_type`（職種） が a `job_type`（職種） b。 `job_type`（職種）\u3000です');
    expect(message(given).ja).toBe('値「職種」が a 「職種」 b。「職種」\u3000です');
  });

  it('空欄 and "empty" only for a missing key, and only at the start', () => {
    const missing = (extra: Partial<Finding>, ja: string, en: string) => finding(['users', 0], en, ja, { missingKey: 'job_type', ...extra });
    expect(message(missing({}, '必須項目 `job_type`（職種）がありません。文字列で記入してください', 'Required key `job_type` (job type) is missing. Add it as text'))).toEqual({
      ja: '必須項目「職種」が空欄です。文字列で記入してください',
      en: 'Required “Job type” (職種) is empty. Add it as text',
    });
    expect(message(missing({}, 'まず、必須項目 `job_type`（職種）がありません', 'First, Required key `job_type` (job type) is missing'))).toEqual({
      ja: 'まず、必須項目「職種」がありません',
      en: 'First, Required key “Job type” (職種) is missing',
    });
    expect(message(missing({}, '必須項目 `job_type`（職種）・`name`がありません', 'Required key `job_type` (job type) and more is missing, is missing'))).toEqual({
      ja: '必須項目「職種」・「氏名」が空欄です',
      en: 'Required “Job type” (職種) and more is empty, is missing',
    });
    const present = finding(['users', 0, 'job_type'], 'Required key `job_type` (job type) is missing', '必須項目 `job_type`（職種）がありません');
    expect(message(present)).toEqual({ ja: '必須項目「職種」がありません', en: 'Required key “Job type” (職種) is missing' });
  });

  it('a key in backquotes is said by its column, looked up in the entry\'s list first, then from the root; others stay', () => {
    const given = finding(['devices', 0, 'security', 'antivirus'], 'See `type`, `facility.name`, `users`, `nothing.here` and `0x`.', '`type`・`facility.name`・`nothing`');
    expect(message(given)).toEqual({
      ja: '「端末の種類」・「施設名」・`nothing`',
      en: 'See “Device type” (端末の種類), “Facility name” (施設名), `users`, `nothing.here` and `0x`.',
    });
    const root = finding(['version'], '`facility.name` and `type`', '`facility.name`');
    expect(message(root)).toEqual({ ja: '「施設名」', en: '“Facility name” (施設名) and `type`' });
  });

  it('a column\'s English meaning loses only the note in brackets at its end', () => {
    const given = finding(['devices', 0, 'security', 'antivirus'], 'See `security.startup_password`', 'ja');
    expect(message(given).en).toBe('See “Start-up password (screen lock) set” (端末起動時パスワード（画面ロック）の設定の有無)');
  });

  it('the list\'s own subject is said in its words only for an entry of it, not for a key inside an object', () => {
    const given = finding(['devices', 0, 'security', 'antivirus'], 'See `security` (security measures of the device).', '`security`（端末のセキュリティ対策）を見てください');
    // `security` is said by its columns, its meaning left as written: not replaced whole by the antivirus column's words.
    expect([message(given).en.startsWith('See “Start-up password (screen lock) set / Minimum password length / '), message(given).en.endsWith('パスワードを一定回数誤ると初期化する設定の有無) (security measures of the device).')]).toEqual([true, true]);
    expect(message(given).ja.endsWith('「パスワードを一定回数誤ると初期化する設定の有無」（端末のセキュリティ対策）を見てください')).toBe(true);
  });

  it('a key outside any list is looked up from the root only; the whole ledger\'s message is left as it is', () => {
    expect(message(finding(['facility', 'updated'], 'See `name`.', '`name`'))).toEqual({ ja: '`name`', en: 'See `name`.' });
    const whole = finding([], 'The ledger 「x」', '台帳 「x」 です');
    expect(withWorkbookHint(whole)).toStrictEqual(whole);
  });

  it('a message ending in a period or 。 gets its hint after one', () => {
    const date = (en: string, ja: string) => message(finding(['users', 0, 'zzz'], en, ja));
    expect(date('x is not a date.', 'ja。')).toEqual({
      ja: 'ja。ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
      en: 'x is not a date. In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
    });
    expect(date('x is not a date.!', 'ja.')).toEqual({
      ja: 'ja。ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
      en: 'x is not a date.!. In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
    });
  });
});
