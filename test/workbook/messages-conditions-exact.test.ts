// A requirement that holds only when another column has a value, and a date column that takes なし: said in
// the workbook's words (the tested column by its label, its values as its dropdown shows them, なし for
// null), while the YAML's own message keeps the YAML's words. The module is loaded inside each test (its
// conditions and the schema are module-level).
import type * as Messages from '../../src/workbook/messages';
import { validateLedger } from '../../src/schema/validate';
import { cleanLedger } from '../helpers/ledger-fixture';
import { freshFunctionsPerTest } from '../helpers/fresh';

const { withWorkbookHint } = freshFunctionsPerTest(() => require('../../src/workbook/messages') as typeof Messages);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the ledger on purpose
type Loose = any;

function findings(edit: (ledger: Loose) => void) {
  const ledger: Loose = cleanLedger();
  edit(ledger);
  return validateLedger(ledger);
}

const inWorkbook = (edit: (ledger: Loose) => void) => findings(edit).map((finding) => withWorkbookHint(finding).message);

describe('a requirement conditional on another column', () => {
  it('a start-up password set to はい: the password settings, by label; the tested column nested under security', () => {
    const edit = (ledger: Loose) => {
      ledger.devices[0].security.startup_password = true;
      delete ledger.devices[0].security.lock_password;
    };
    expect(inWorkbook(edit)).toEqual([
      {
        ja: '必須項目「パスワードの最低文字数」・「パスワードに求める文字の種類」が空欄です（「端末起動時パスワード（画面ロック）の設定の有無」が「はい」のときは必須です）。それぞれの列に記入してください',
        en: 'Required “Minimum password length / Characters the password must contain” (パスワードの最低文字数・パスワードに求める文字の種類) is empty (it is required when “Start-up password (screen lock) set” (端末起動時パスワード（画面ロック）の設定の有無) is Yes (はい)). Fill in each column',
      },
    ]);
    // The YAML's message keeps the YAML's words.
    expect(findings(edit).map((finding) => finding.message.ja)).toEqual([expect.stringContaining('（`startup_password` が true のときは必須です）')]);
  });

  it('a personally owned device, an Android, a retired one: each value as its dropdown says it', () => {
    expect(inWorkbook((ledger) => {
      ledger.devices[0].ownership = 'personal';
      delete ledger.devices[0].security.settings_admin_only;
      delete ledger.devices[1].security.unknown_sources_blocked;
      ledger.devices[1].status = 'retired';
      delete ledger.devices[1].disposal;
    }).map(({ ja, en }) => [ja.match(/（[^（]*のときは必須です）/)?.[0], en.match(/\(it is required when .*?\)\)/)?.[0]])).toEqual([
      ['（「端末の所有者」が「個人所有端末」のときは必須です）', '(it is required when “Owner of the device” (端末の所有者) is Personal (BYOD) (個人所有端末))'],
      ['（「OS」が「android」のときは必須です）', '(it is required when “Operating system” (OS) is Android (android))'],
      ['（「端末の状態」が「利用終了」のときは必須です）', '(it is required when “Device status” (端末の状態) is Retired (利用終了))'],
    ]);
  });

  it('two values: 「タブレット」か「スマートフォン」; a finding that is not a missing key is left as it is', () => {
    expect(inWorkbook((ledger) => {
      delete ledger.devices[1].security.remote_wipe;
    }).map(({ ja }) => ja.match(/（[^（]*のときは必須です）/)?.[0])).toEqual(['（「端末の種類」が「タブレット」か「スマートフォン」のときは必須です）']);
    expect(withWorkbookHint({ ruleId: 'schema', severity: 'error', path: ['devices', 0, 'model'], position: { line: 1, column: 1 }, message: { ja: '`type` が tablet か smartphone のときは必須です', en: 'it is required when `type` is tablet or smartphone' }, data: {}, sources: [] }).message).toEqual({
      ja: '「端末の種類」が tablet か smartphone のときは必須です',
      en: 'it is required when “Device type” (端末の種類) is tablet or smartphone',
    });
  });
});

describe('a date column that takes なし', () => {
  it('a date that is not one: YYYY-MM-DD or なし, never null', () => {
    expect(inWorkbook((ledger) => {
      ledger.users[0].end_date = '来月';
    })).toEqual([
      {
        ja: '「利用終了日」の「{value}」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）か「なし」で記入してください。ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
        en: '“Date the person stopped using MCS” (利用終了日): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01) or なし (none). In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
      },
    ]);
  });

  it('a required date left empty: なし when there is none', () => {
    const said = inWorkbook((ledger) => {
      delete ledger.users[0].mcs_password_changed;
    });
    expect(said.map(({ ja, en }) => [ja.includes('null'), en.includes('null')])).toEqual([[false, false]]);
    expect(said[0]!.ja).toContain('無い・不明の場合も「なし」と入力します');
    expect(said[0]!.en).toContain('Write なし (none) when there is none');
  });
});
