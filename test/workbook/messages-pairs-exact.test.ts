// The phrases src/workbook/messages.ts says again in the workbook's words, each for the finding it exists
// for, exact in both languages: a word for "no" in a yes/no cell (「いいえ」, not false), a mapping shown
// as 施設's rows (それぞれの行) or as a sheet's columns (それぞれの列), an entry of 利用場所 that is not a
// place, and the edges no validator finding reaches (paths past the schema, a "Required key" that is not
// the sentence's start). Every message is checked for the YAML's words it must not keep. The module is
// loaded inside each test (its schema, conditions and hints are module-level).
import type * as Messages from '../../src/workbook/messages';
import type { Bilingual, Finding } from '../../src/types';
import { validateLedger } from '../../src/schema/validate';
import { cleanLedger } from '../helpers/ledger-fixture';
import { freshFunctionsPerTest } from '../helpers/fresh';

const { withWorkbookHint } = freshFunctionsPerTest(() => require('../../src/workbook/messages') as typeof Messages);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the ledger on purpose
type Loose = any;

/** The YAML's words a workbook message must not say: its literals and the keys in backquotes. */
const YAML_WORDS = /\bnull\b|not_applicable|\btrue\b|\bfalse\b|`|key: value|「- 」/;

/** Each finding of the fixture ledger broken by `edit`: where (path, + the missing key) and both sentences. */
function said(edit: (ledger: Loose) => void): Array<{ at: string } & Bilingual> {
  const ledger: Loose = cleanLedger();
  edit(ledger);
  return validateLedger(ledger).map((finding) => ({ at: [finding.path.join('/'), finding.missingKey ?? ''].filter(Boolean).join(' + '), ...withWorkbookHint(finding).message }));
}

const finding = (path: Finding['path'], en: string, ja: string, extra: Partial<Finding> = {}): Finding => ({ ruleId: 'schema', severity: 'error', path, message: { ja, en }, data: {}, sources: ['ledger.md'], ...extra });

function withoutYamlWords(messages: ReadonlyArray<Bilingual>): void {
  for (const { ja, en } of messages) expect([ja.match(YAML_WORDS)?.[0], en.match(YAML_WORDS)?.[0]]).toEqual([undefined, undefined]);
}

describe('a word for "no" in a yes/no cell: いいえ, not false', () => {
  it('いいえ typed in a device\'s column and × in another: what the word means, as the dropdown says it', () => {
    const messages = said((ledger) => {
      ledger.devices[0].security.antivirus = 'いいえ';
      ledger.devices[1].security.mfa = '×';
    });
    expect(messages).toEqual([
      {
        at: 'devices/0/security/antivirus',
        ja: '「ウイルス対策ソフトの導入の有無」は「{value}」ではなく「はい」か「いいえ」を選んでください（「{value}」なら「いいえ」）',
        en: '“Antivirus software installed” (ウイルス対策ソフトの導入の有無): choose Yes (はい) or No (いいえ), not "{value}" (for "{value}" choose No (いいえ))',
      },
      {
        at: 'devices/1/security/mfa',
        ja: '「二要素認証の利用の有無」は「{value}」ではなく「はい」か「いいえ」を選んでください（「{value}」なら「いいえ」）',
        en: '“Two-factor login used” (二要素認証の利用の有無): choose Yes (はい) or No (いいえ), not "{value}" (for "{value}" choose No (いいえ))',
      },
    ]);
    withoutYamlWords(messages);
  });

  it('no typed in a usage rule\'s row of 施設', () => {
    const messages = said((ledger) => {
      ledger.facility.rules.antivirus_required = 'no';
    });
    expect(messages).toEqual([
      {
        at: 'facility/rules/antivirus_required',
        ja: '「利用規程: ウイルス対策ソフトの導入」は「{value}」ではなく「はい」か「いいえ」を選んでください（「{value}」なら「いいえ」）',
        en: '“Usage rules require antivirus software” (利用規程: ウイルス対策ソフトの導入): choose Yes (はい) or No (いいえ), not "{value}" (for "{value}" choose No (いいえ))',
      },
    ]);
    withoutYamlWords(messages);
  });
});

describe('an item spread over several cells: each row of 施設, each column of a sheet', () => {
  it('the manager and the usage rules given one value: each row of 施設', () => {
    const messages = said((ledger) => {
      ledger.facility.manager = 'x';
      ledger.facility.rules = 'x';
    });
    expect(messages).toEqual([
      {
        at: 'facility/manager',
        ja: '「管理責任者の氏名（台帳 1）」・「管理責任者の役職」に「{value}」は使えません。それぞれの行に記入してください',
        en: '“Name of the manager / Job title of the manager” (管理責任者の氏名（台帳 1）・管理責任者の役職): "{value}" cannot be used. Fill in each row',
      },
      {
        at: 'facility/rules',
        ja: '「利用規程: 公衆無線 LAN は不可」・「利用規程: 端末起動時パスワードの設定」・「利用規程: ウイルス対策ソフトの導入」・「利用規程: 業務に使用しないアプリ・機能の削除等」に「{value}」は使えません。それぞれの行に記入してください',
        en: '“Usage rules prohibit public wireless LAN / Usage rules require a start-up password / Usage rules require antivirus software / Usage rules require apps and functions not used for work to be removed, stopped or confirmed harmless” (利用規程: 公衆無線 LAN は不可・利用規程: 端末起動時パスワードの設定・利用規程: ウイルス対策ソフトの導入・利用規程: 業務に使用しないアプリ・機能の削除等): "{value}" cannot be used. Fill in each row',
      },
    ]);
    withoutYamlWords(messages);
  });

  it('the manager missing: the one row it requires (the name), not the optional job title as if it were required', () => {
    const messages = said((ledger) => {
      delete ledger.facility.manager;
    });
    expect(messages).toEqual([
      {
        at: 'facility + manager',
        ja: '必須項目「管理責任者の氏名（台帳 1）」がありません。記入してください。ブックでは「施設」シートの、キー（B 列）が facility.manager.name の行に記入します',
        en: 'Required “Name of the manager” (管理責任者の氏名（台帳 1）) is missing. Fill it in. In the workbook, write it on the sheet 「施設」, in the row whose key (column B) is facility.manager.name',
      },
    ]);
    withoutYamlWords(messages);
  });

  it('the usage rules missing: each row, and the row of 施設 to write in', () => {
    const messages = said((ledger) => {
      delete ledger.facility.rules;
    });
    expect(messages).toEqual([
      {
        at: 'facility + rules',
        ja: '必須項目「利用規程: 公衆無線 LAN は不可」・「利用規程: 端末起動時パスワードの設定」・「利用規程: ウイルス対策ソフトの導入」・「利用規程: 業務に使用しないアプリ・機能の削除等」がありません。それぞれの行に記入してください。ブックでは「施設」シートの、キー（B 列）が facility.rules.public_wireless_lan_prohibited の行に記入します',
        en: 'Required “Usage rules prohibit public wireless LAN / Usage rules require a start-up password / Usage rules require antivirus software / Usage rules require apps and functions not used for work to be removed, stopped or confirmed harmless” (利用規程: 公衆無線 LAN は不可・利用規程: 端末起動時パスワードの設定・利用規程: ウイルス対策ソフトの導入・利用規程: 業務に使用しないアプリ・機能の削除等) is missing. Fill in each row. In the workbook, write it on the sheet 「施設」, in the row whose key (column B) is facility.rules.public_wireless_lan_prohibited',
      },
    ]);
    withoutYamlWords(messages);
  });

  it('a device\'s password settings given one value: each column, not はい / いいえ of the first (a yes/no column)', () => {
    const messages = said((ledger) => {
      ledger.devices[0].security.lock_password = 'x';
    });
    expect(messages).toEqual([
      {
        at: 'devices/0/security/lock_password',
        ja: '「パスワードの最低文字数」・「パスワードに求める文字の種類」に「{value}」は使えません。それぞれの列に記入してください',
        en: '“Minimum password length / Characters the password must contain” (パスワードの最低文字数・パスワードに求める文字の種類): "{value}" cannot be used. Fill in each column',
      },
    ]);
    withoutYamlWords(messages);
    // The whole of security, whose first column is a yes/no one: each column all the same.
    const security = said((ledger) => {
      ledger.devices[0].security = 'x';
    });
    expect(security.map(({ at, ja, en }) => [at, ja.slice(ja.indexOf('」に「')), en.slice(en.indexOf('): "'))])).toEqual([
      ['devices/0/security', '」に「{value}」は使えません。それぞれの列に記入してください', '): "{value}" cannot be used. Fill in each column'],
    ]);
    expect(security[0]!.ja.startsWith('「端末起動時パスワード（画面ロック）の設定の有無」・「パスワードの最低文字数」・')).toBe(true);
    withoutYamlWords(security);
  });
});

describe('an entry of 利用場所 that is not a place: the place\'s dropdown', () => {
  it('a word, and a number, where an entry of places goes', () => {
    const messages = said((ledger) => {
      ledger.devices[0].locations[0] = 'inside';
      ledger.devices[1].locations = [{ place: 'outside' }, 3];
    });
    expect(messages).toEqual([
      {
        at: 'devices/0/locations/0',
        ja: '「利用場所」の 1 件目に「{value}」は使えません。一覧から「施設内」か「施設外」を選んでください',
        en: 'Entry 1 of “Places of use” (利用場所): "{value}" cannot be used. Choose In the facility (施設内) or Outside the facility (施設外) from the list',
      },
      {
        at: 'devices/1/locations/1',
        ja: '「利用場所」の 2 件目に「{value}」は使えません。一覧から「施設内」か「施設外」を選んでください',
        en: 'Entry 2 of “Places of use” (利用場所): "{value}" cannot be used. Choose In the facility (施設内) or Outside the facility (施設外) from the list',
      },
    ]);
    withoutYamlWords(messages);
  });
});

describe('made-up findings past the schema and the validator', () => {
  const message = (given: Finding) => withWorkbookHint(given).message;

  it('a path below a dropdown column that the schema does not have: the column\'s words, no dropdown', () => {
    // The schema ends at `type`: nothing below it has a node, a dropdown field or a list.
    const given = finding(['devices', 0, 'type', 'x', 'y', 0], 'Entry 1 of `y`: x. Use the form the ledger format gives.', '`y` の 1 件目。台帳フォーマットどおりの形で記入してください');
    expect(message(given)).toEqual({
      ja: '「端末の種類」の 1 件目。台帳フォーマットどおりの形で記入してください',
      en: 'Entry 1 of “Device type” (端末の種類): x. Use the form the ledger format gives.',
    });
  });

  it('an entry of an entry: the YAML\'s subject as validate.ts words it (no list key), and only that', () => {
    const given = finding(['devices', 0, 'networks', 0, 0], 'Entry 1 of `` (network type), not `0` (network type).', '``（ネットワークの種類）の 1 件目。`0`（ネットワークの種類）ではなく');
    expect(message(given)).toEqual({
      ja: '「利用するネットワークの種類」の 1 件目。`0`（ネットワークの種類）ではなく',
      en: 'Entry 1 of “Networks used” (利用するネットワークの種類), not `0` (network type).',
    });
  });

  it('a row of 施設 missing: "Required key" loses "key" only at the start of the sentence', () => {
    const given = finding(['facility', 'manager'], 'First, Required key `name` (name of the manager) is missing', 'まず、必須項目 `name`（管理責任者の氏名）がありません', { missingKey: 'name' });
    expect(message(given)).toEqual({
      ja: 'まず、必須項目「管理責任者の氏名（台帳 1）」がありません。ブックでは「施設」シートの、キー（B 列）が facility.manager.name の行に記入します',
      en: 'First, Required key “Name of the manager” (管理責任者の氏名（台帳 1）) is missing. In the workbook, write it on the sheet 「施設」, in the row whose key (column B) is facility.manager.name',
    });
  });

  it('an entry of a users entry: its sheet, but no node below the entry, so the finding as it is', () => {
    const given = finding(['users', 0, 0], 'Entry 1 of `` needs at least one entry.', '`` の 1 件目には 1 件以上記入してください');
    expect(withWorkbookHint(given)).toStrictEqual(given);
  });
});
