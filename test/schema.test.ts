// The ledger schema and its findings: a valid ledger passes; every way of breaking it gives exactly
// the findings a facility administrator needs (path, key or value, and the words in both languages).
import type { Ledger } from '../src/ledger';
import { closest, pathOf, validateLedger } from '../src/schema/validate';
import type { Bilingual, Finding } from '../src/types';
import { cleanLedger } from './helpers/ledger-fixture';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the ledger on purpose
type Loose = any;

const SCHEMA: Loose = require('../schemas/ledger.schema.json');

/**
 * The shared fixture (test/helpers/ledger-fixture.ts), widened to every shape the schema tests break: a
 * personal tablet (settings_admin_only), a retired PC (disposal), a user with nothing recorded, an incident
 * and an exception. PC-01 and SP-01 keep only the keys these tests assume (SP-01 without privacy_filter:
 * `privacy` must still suggest it).
 */
function validLedger(): Ledger {
  const ledger = cleanLedger();
  const [pc, phone] = ledger.devices as [Loose, Loose];
  delete pc.security.mfa;
  delete phone.security.privacy_filter;
  ledger.devices.push(
    {
      id: 'TB-02',
      type: 'tablet',
      model: 'iPad mini',
      os: 'ipados',
      ownership: 'personal',
      status: 'active',
      locations: [{ place: 'in_facility' }],
      networks: ['facility_wireless_lan'],
      security: {
        startup_password: false,
        antivirus: false,
        os_up_to_date: true,
        unused_apps: 'not_checked',
        file_sharing_software: false,
        mcs_password_saved: true,
        remote_wipe: false,
        settings_admin_only: false,
      },
      shared_outside_staff: false,
    },
    {
      id: 'PC-OLD',
      type: 'pc',
      model: 'ThinkPad X260',
      os: 'windows',
      ownership: 'facility',
      status: 'retired',
      locations: [{ place: 'in_facility' }],
      networks: ['facility_wired_lan'],
      security: {
        startup_password: false,
        antivirus: true,
        os_up_to_date: false,
        unused_apps: 'stopped',
        file_sharing_software: false,
        mcs_password_saved: false,
      },
      shared_outside_staff: false,
      disposal: { date: '2026-03-31', wiped: true },
    },
  );
  ledger.users = [
    { ...ledger.users[0]!, devices: ['PC-01', 'SP-01'] },
    {
      name: '鈴木 次郎',
      affiliation: 'さくら訪問看護ステーション',
      job_type: '理学療法士',
      mcs_id: 'suzuki@sakura.example.jp',
      start_date: '2025-06-01',
      end_date: null,
      account_status: 'active',
      mcs_password_changed: null,
      policy_read: false,
      training: null,
      pledge_date: null,
      devices: [],
    },
  ];
  ledger.incidents = [
    {
      date: '2026-09-10',
      device: 'SP-01',
      user: 'sato@sakura.example.jp',
      kind: 'lost',
      mcs_password_changed: '2026-09-10',
      secretariat_notified: '2026-09-11',
      carrier_remote_lock: '2026-09-10',
    },
  ];
  ledger.exceptions = [
    {
      rule: 'byod',
      target: 'TB-02',
      reason: '訪問リハビリの記録用。2027 年 3 月に施設端末へ切り替える',
      approved_by: '佐藤 由美',
      approved_on: '2026-10-01',
      expires: '2027-03-31',
    },
  ];
  return ledger;
}

/** The findings for a fresh valid ledger after `change`. */
function check(change: (ledger: Loose) => void): Finding[] {
  const ledger: Loose = validLedger();
  change(ledger);
  return validateLedger(ledger);
}

function schemaFinding(path: Array<string | number>, message: Bilingual, options: { value?: string; pointsAtKey?: true } = {}): Finding {
  return {
    ruleId: 'schema',
    severity: 'error',
    path,
    ...(options.pointsAtKey ? { pointsAtKey: true } : {}),
    // a required key's finding names it, for a workbook to show the empty cell where it belongs
    ...(/^Required key `([^`]+)`/.test(message.en) ? { missingKey: /^Required key `([^`]+)`/.exec(message.en)![1] } : {}),
    message,
    data: options.value === undefined ? {} : { value: options.value },
    sources: ['ledger.md'],
  };
}

/** [path, en] pairs: enough to pin what is reported where when the exact words are pinned elsewhere. */
function summary(findings: Finding[]): Array<[string, string]> {
  return findings.map((finding) => [finding.path.join('/'), finding.message.en]);
}

const NOT_RECORDED_JA = '（無い場合も false と記入します。項目がないと「未記録」の扱いになります）';
const NOT_RECORDED_EN = ' Write false when the answer is no: a missing key means "not recorded"';

describe('a valid ledger', () => {
  it('has no findings', () => {
    expect(validateLedger(validLedger())).toEqual([]);
  });

  it('accepts note and x- keys on every kind of object', () => {
    const findings = check((ledger) => {
      ledger.note = '2026 年度版';
      ledger['x-版数'] = 3;
      ledger.facility['x-内線'] = '201';
      ledger.facility.manager.note = '副所長が代行することあり';
      ledger.facility.rules['x-規程改訂日'] = '2026-04-01';
      ledger.devices[0].note = '事務室の共用 PC';
      ledger.devices[0]['x-資産番号'] = 'A-1234';
      ledger.devices[0].security['x-mdm'] = 'Intune';
      ledger.devices[0].security.lock_password.note = 'GPO で設定';
      ledger.devices[0].locations[0]['x-フロア'] = 2;
      ledger.users[0].training['x-会場'] = '本部';
      ledger.users[1].note = '非常勤';
      ledger.incidents[0]['x-警察届出'] = { date: '2026-09-10' };
      ledger.exceptions[0].note = '理事会に報告済み';
    });
    expect(findings).toEqual([]);
  });

  it('accepts leap days that exist and the three forms of carrier_remote_lock', () => {
    expect(check((ledger) => (ledger.users[0].start_date = '2024-02-29'))).toEqual([]);
    for (const lock of ['2026-09-10', null, 'not_applicable']) {
      expect(check((ledger) => (ledger.incidents[0].carrier_remote_lock = lock))).toEqual([]);
    }
  });

  it('accepts an empty device list and users without devices', () => {
    expect(check((ledger) => {
      ledger.devices = [];
      ledger.users[0].devices = [];
      delete ledger.incidents;
      delete ledger.exceptions;
    })).toEqual([]);
  });
});

describe('missing keys', () => {
  it('a missing 有無 key is named with its meaning, at the object that lacks it, and says false still has to be written', () => {
    expect(check((ledger) => delete ledger.devices[0].security.antivirus)).toEqual([
      schemaFinding(['devices', 0, 'security'], {
        ja: `必須項目 \`antivirus\`（ウイルス対策ソフトの導入の有無）がありません。true か false で記入してください${NOT_RECORDED_JA}`,
        en: `Required key \`antivirus\` (antivirus software installed) is missing. Add it with true or false.${NOT_RECORDED_EN}`,
      }),
    ]);
  });

  it('a missing date-or-null key says null is the way to write "none"', () => {
    expect(check((ledger) => delete ledger.users[1].pledge_date)).toEqual([
      schemaFinding(['users', 1], {
        ja: '必須項目 `pledge_date`（スタッフ誓約書の取得年月日）がありません。YYYY-MM-DD の形式（例 2026-11-01）か null で記入してください（無い・不明の場合も null と記入します。項目がないと「未記録」の扱いになります）',
        en: 'Required key `pledge_date` (date the staff pledge was obtained) is missing. Add it as YYYY-MM-DD (e.g. 2026-11-01) or null. Write null when there is none: a missing key means "not recorded"',
      }),
    ]);
  });

  it('a missing key at the top level, and a missing list', () => {
    expect(summary(check((ledger) => {
      delete ledger.version;
      delete ledger.users[0].devices;
    }))).toEqual([
      ['', 'Required key `version` (format version of this ledger) is missing. Add it as 1'],
      ['users/0', 'Required key `devices` (asset tags of every device the person uses) is missing. Add it as a list (one entry per line, starting with "- "; [] when there are none)'],
    ]);
  });
});

describe('conditional requirements', () => {
  const lockPassword = schemaFinding(['devices', 0, 'security'], {
    ja: '必須項目 `lock_password`（画面ロックのパスワードの条件）がありません（`startup_password` が true のときは必須です）。min_length・composition を含む「項目名: 値」の形で記入してください',
    en: 'Required key `lock_password` (lock password policy the device enforces) is missing (it is required when `startup_password` is true). Add it as a mapping with min_length and composition',
  });

  it('lock_password when startup_password is true', () => {
    expect(check((ledger) => delete ledger.devices[0].security.lock_password)).toEqual([lockPassword]);
    expect(check((ledger) => {
      ledger.devices[0].security.startup_password = false;
      delete ledger.devices[0].security.lock_password;
    })).toEqual([]);
    expect(check((ledger) => (ledger.devices[0].security.startup_password = false))).toEqual([]);
  });

  it('remote_wipe when type is tablet or smartphone', () => {
    expect(check((ledger) => delete ledger.devices[1].security.remote_wipe)).toEqual([
      schemaFinding(['devices', 1, 'security'], {
        ja: `必須項目 \`remote_wipe\`（携帯電話会社のリモートロック・データ消去サービスの利用の有無）がありません（\`type\` が tablet か smartphone のときは必須です）。true か false で記入してください${NOT_RECORDED_JA}`,
        en: `Required key \`remote_wipe\` (carrier remote lock and wipe service enrolled) is missing (it is required when \`type\` is tablet or smartphone). Add it with true or false.${NOT_RECORDED_EN}`,
      }),
    ]);
    expect(summary(check((ledger) => delete ledger.devices[2].security.remote_wipe))).toEqual([
      ['devices/2/security', expect.stringContaining('Required key `remote_wipe`')],
    ]);
    expect(summary(check((ledger) => (ledger.devices[0].type = 'tablet')))).toEqual([
      ['devices/0/security', expect.stringContaining('Required key `remote_wipe`')],
    ]);
    // PC-01 is a pc without remote_wipe: the valid ledger already shows it is not required there.
  });

  it('unknown_sources_blocked when os is android', () => {
    expect(summary(check((ledger) => delete ledger.devices[1].security.unknown_sources_blocked))).toEqual([
      ['devices/1/security', `Required key \`unknown_sources_blocked\` (installing apps from unknown sources disabled) is missing (it is required when \`os\` is android). Add it with true or false.${NOT_RECORDED_EN}`],
    ]);
    expect(summary(check((ledger) => (ledger.devices[0].os = 'android')))).toEqual([
      ['devices/0/security', expect.stringContaining('Required key `unknown_sources_blocked`')],
    ]);
    expect(check((ledger) => (ledger.devices[1].os = 'ios'))).toEqual([]);
  });

  it('settings_admin_only when ownership is personal', () => {
    expect(summary(check((ledger) => (ledger.devices[0].ownership = 'personal')))).toEqual([
      ['devices/0/security', `Required key \`settings_admin_only\` (only an administrator can change the device settings) is missing (it is required when \`ownership\` is personal). Add it with true or false.${NOT_RECORDED_EN}`],
    ]);
    expect(summary(check((ledger) => delete ledger.devices[2].security.settings_admin_only))).toEqual([
      ['devices/2/security', expect.stringContaining('Required key `settings_admin_only`')],
    ]);
    expect(check((ledger) => {
      ledger.devices[2].ownership = 'facility';
      delete ledger.devices[2].security.settings_admin_only;
    })).toEqual([]);
  });

  it('disposal when status is retired', () => {
    expect(check((ledger) => delete ledger.devices[3].disposal)).toEqual([
      schemaFinding(['devices', 3], {
        ja: '必須項目 `disposal`（処分の記録）がありません（`status` が retired のときは必須です）。date・wiped を含む「項目名: 値」の形で記入してください',
        en: 'Required key `disposal` (disposal record) is missing (it is required when `status` is retired). Add it as a mapping with date and wiped',
      }),
    ]);
    expect(summary(check((ledger) => (ledger.devices[0].status = 'retired')))).toEqual([
      ['devices/0', expect.stringContaining('Required key `disposal`')],
    ]);
    expect(check((ledger) => (ledger.devices[3].status = 'lost'))).toEqual([]);
  });
});

describe('unknown keys', () => {
  it('a misspelled key is reported once, at the key, with the key probably meant', () => {
    expect(check((ledger) => {
      const security = ledger.devices[0].security;
      security.antivirs = security.antivirus;
      delete security.antivirus;
    })).toEqual([
      schemaFinding(
        ['devices', 0, 'security', 'antivirs'],
        {
          ja: '不明な項目 `antivirs` です。`antivirus` の誤りではありませんか？（施設独自の項目は `x-` で始めてください）',
          en: 'Unknown key `antivirs`. Did you mean `antivirus`? (custom fields must start with `x-`)',
        },
        { pointsAtKey: true },
      ),
    ]);
  });

  it('suggests by case, by prefix, and not a key that is already there', () => {
    expect(summary(check((ledger) => {
      ledger.facility.Name = ledger.facility.name;
      delete ledger.facility.name;
      ledger.devices[1].security.privacy = true;
      ledger.exceptions[0].Note = '…';
    }))).toEqual([
      ['facility/Name', 'Unknown key `Name`. Did you mean `name`? (custom fields must start with `x-`)'],
      ['devices/1/security/privacy', 'Unknown key `privacy`. Did you mean `privacy_filter`? (custom fields must start with `x-`)'],
      ['exceptions/0/Note', 'Unknown key `Note`. Did you mean `note`? (custom fields must start with `x-`)'],
    ]);
    expect(summary(check((ledger) => (ledger.devices[0].security.Antivirus = true)))[0]![1]).toMatch(/^Unknown key `Antivirus`\. Keys allowed here: startup_password, lock_password, antivirus, /);
  });

  it('with nothing close, lists the keys allowed there', () => {
    expect(check((ledger) => (ledger.facility.manager.phone = '03-1234-5678'))).toEqual([
      schemaFinding(
        ['facility', 'manager', 'phone'],
        {
          ja: '不明な項目 `phone` です。ここに書ける項目は name、title、note です（施設独自の項目は `x-` で始めてください）',
          en: 'Unknown key `phone`. Keys allowed here: name, title, note (custom fields must start with `x-`)',
        },
        { pointsAtKey: true },
      ),
    ]);
  });

  it('unescapes JSON pointer segments in paths', () => {
    expect(check((ledger) => (ledger.facility['a/b~c'] = 1))[0]!.path).toEqual(['facility', 'a/b~c']);
    expect(pathOf('/devices/10/x~1y~0z/01')).toEqual(['devices', 10, 'x/y~z', '01']);
  });
});

describe('booleans', () => {
  const antivirus = (value: unknown) => check((ledger) => (ledger.devices[0].security.antivirus = value));

  it('はい / yes say to use true or false, naming the word by reference', () => {
    expect(antivirus('はい')).toEqual([
      schemaFinding(
        ['devices', 0, 'security', 'antivirus'],
        {
          ja: '`antivirus`（ウイルス対策ソフトの導入の有無）は "{value}" ではなく true か false で記入してください（"{value}" なら true）',
          en: '`antivirus` (antivirus software installed): use true or false, not "{value}" (for "{value}" write true)',
        },
        { value: 'はい' },
      ),
    ]);
    expect(antivirus('yes')[0]!.data).toEqual({ value: 'yes' });
    expect(antivirus('NO')[0]!.message.en).toBe('`antivirus` (antivirus software installed): use true or false, not "{value}" (for "{value}" write false)');
    expect(antivirus('×')[0]!.message.ja).toContain('（"{value}" なら false）');
  });

  it('a value that is not a yes/no word, and a quoted true', () => {
    expect(antivirus(1)).toEqual([
      schemaFinding(['devices', 0, 'security', 'antivirus'], {
        ja: '`antivirus`（ウイルス対策ソフトの導入の有無）は "{value}" ではなく true か false で記入してください',
        en: '`antivirus` (antivirus software installed): use true or false, not "{value}"',
      }, { value: '1' }),
    ]);
    expect(antivirus('true')).toEqual([
      schemaFinding(['devices', 0, 'security', 'antivirus'], {
        ja: '`antivirus`（ウイルス対策ソフトの導入の有無）は引用符を付けずに {value} と記入してください',
        en: '`antivirus` (antivirus software installed): write {value} without quotes',
      }, { value: 'true' }),
    ]);
  });

  it('an empty value (nothing after the colon) is not a "no"', () => {
    expect(check((ledger) => (ledger.devices[0].shared_outside_staff = null))).toEqual([
      schemaFinding(['devices', 0, 'shared_outside_staff'], {
        ja: '`shared_outside_staff`（許可されたスタッフ以外（家族を含む）の利用の有無）が空欄です。true か false で記入してください（無い場合も false と記入します。空欄だと「未記録」の扱いになります）',
        en: '`shared_outside_staff` (used by anyone who is not authorised staff, family included) is empty. Use true or false. Write false when the answer is no: an empty value means "not recorded"',
      }),
    ]);
  });
});

describe('dates', () => {
  const startDate = (value: unknown) => check((ledger) => (ledger.users[0].start_date = value));
  const notYyyyMmDd = (value: string) =>
    schemaFinding(['users', 0, 'start_date'], {
      ja: '`start_date`（利用開始日）の「{value}」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）で記入してください',
      en: '`start_date` (date the person started using MCS): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01)',
    }, { value });
  const notReal = (value: string) =>
    schemaFinding(['users', 0, 'start_date'], {
      ja: '`start_date`（利用開始日）の {value} は存在しない日付です。月と日を確かめてください',
      en: '`start_date` (date the person started using MCS): {value} is not a real calendar date. Check the month and day',
    }, { value });

  it.each(['2026/11/01', 'R8.11.1', '令和8年11月1日', '2026-11-1', '2026-11-01T09:00:00'])('%s says to use YYYY-MM-DD', (value) => {
    expect(startDate(value)).toEqual([notYyyyMmDd(value)]);
  });

  it('a number such as 20261101 says to use YYYY-MM-DD', () => {
    expect(startDate(20261101)).toEqual([notYyyyMmDd('20261101')]);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31'])('%s is not a real calendar date', (value) => {
    expect(startDate(value)).toEqual([notReal(value)]);
  });

  it('a date that may be null says so', () => {
    expect(summary(check((ledger) => (ledger.users[0].mcs_password_changed = '2026.10.15')))).toEqual([
      ['users/0/mcs_password_changed', '`mcs_password_changed` (date the MCS password was last changed): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01) or null'],
    ]);
  });
});

describe('carrier_remote_lock', () => {
  const lock = (value: unknown) => check((ledger) => (ledger.incidents[0].carrier_remote_lock = value));

  it('anything else gives one message naming the three forms', () => {
    expect(lock('依頼済み')).toEqual([
      schemaFinding(['incidents', 0, 'carrier_remote_lock'], {
        ja: '`carrier_remote_lock`（携帯電話会社にリモートロックを依頼した日）の「{value}」は YYYY-MM-DD の形式ではありません。YYYY-MM-DD の形式（例 2026-11-01）、null、not_applicable のいずれかで記入してください',
        en: '`carrier_remote_lock` (date the carrier was asked to remote-lock the device): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01), null or not_applicable',
      }, { value: '依頼済み' }),
    ]);
    expect(summary(lock(false))).toEqual([[
      'incidents/0/carrier_remote_lock',
      '`carrier_remote_lock` (date the carrier was asked to remote-lock the device): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01), null or not_applicable',
    ]]);
    expect(summary(lock('2026-02-30'))).toEqual([[
      'incidents/0/carrier_remote_lock',
      '`carrier_remote_lock` (date the carrier was asked to remote-lock the device): {value} is not a real calendar date. Check the month and day',
    ]]);
  });
});

describe('allowed values and formats', () => {
  it('an enum lists the allowed values and suggests the close one', () => {
    expect(check((ledger) => (ledger.devices[1].type = 'smart phone'))).toEqual([
      schemaFinding(['devices', 1, 'type'], {
        ja: '`type`（端末の種類）に「{value}」は使えません。`smartphone` の誤りではありませんか？pc、tablet、smartphone のいずれかで記入してください',
        en: '`type` (device type): "{value}" cannot be used. Did you mean `smartphone`? Use pc, tablet or smartphone',
      }, { value: 'smart phone' }),
    ]);
    expect(summary(check((ledger) => (ledger.users[0].account_status = '利用中')))).toEqual([
      ['users/0/account_status', '`account_status` (state of the MCS account): "{value}" cannot be used. Use active, suspended or deleted'],
    ]);
  });

  it('an entry of a list is named by its place in the list', () => {
    expect(summary(check((ledger) => (ledger.devices[1].networks = ['carrier', 'wifi'])))).toEqual([
      ['devices/1/networks/1', 'Entry 2 of `networks` (networks used): "{value}" cannot be used. Use facility_wired_lan, facility_wireless_lan, carrier or public_wireless_lan'],
    ]);
  });

  it('a network listed twice is reported once, at the repeat', () => {
    expect(check((ledger) => (ledger.devices[0].networks = ['facility_wired_lan', 'facility_wireless_lan', 'facility_wired_lan']))).toEqual([
      schemaFinding(['devices', 0, 'networks', 2], {
        ja: '`networks`（利用するネットワークの種類）に「{value}」が 2 回以上あります。1 回だけ記入してください',
        en: '`networks` (networks used) lists "{value}" more than once. List it once',
      }, { value: 'facility_wired_lan' }),
    ]);
  });

  it('an e-mail address', () => {
    expect(check((ledger) => (ledger.users[1].mcs_id = 'suzuki@'))).toEqual([
      schemaFinding(['users', 1, 'mcs_id'], {
        ja: '`mcs_id`（MCS の ID）の「{value}」はメールアドレスの形式ではありません。MCS に登録したメールアドレス（例 name@example.jp）を記入してください',
        en: '`mcs_id` (MCS id): "{value}" is not an e-mail address. Write the address registered with MCS (e.g. name@example.jp)',
      }, { value: 'suzuki@' }),
    ]);
  });

  it('a device id says which characters are allowed', () => {
    expect(check((ledger) => (ledger.devices[0].id = 'PC 01'))).toEqual([
      schemaFinding(['devices', 0, 'id'], {
        ja: '`id`（端末の管理番号）に「{value}」は使えません。半角英数字と . _ - だけの管理番号（先頭は英数字。例 PC-01）で記入してください',
        en: '`id` (asset tag): "{value}" cannot be used. Use an asset tag of letters, digits, ".", "_" and "-" only, starting with a letter or digit (e.g. PC-01)',
      }, { value: 'PC 01' }),
    ]);
    expect(check((ledger) => (ledger.devices[0].id = '-PC01'))).toHaveLength(1);
    expect(check((ledger) => (ledger.devices[0].id = 'pc_01.a-b'))).toEqual([]);
  });

  it('version is 1', () => {
    expect(check((ledger) => (ledger.version = 2))).toEqual([
      schemaFinding(['version'], {
        ja: '`version`（台帳フォーマットのバージョン）に「{value}」は使えません。1 で記入してください',
        en: '`version` (format version of this ledger): "{value}" cannot be used. Use 1',
      }, { value: '2' }),
    ]);
    expect(summary(check((ledger) => (ledger.version = '1')))).toEqual([['version', '`version` (format version of this ledger): write {value} without quotes']]);
  });

  it('min_length is a whole number of 1 or more, one finding even when both are broken', () => {
    const minLength = (value: unknown) => check((ledger) => (ledger.devices[0].security.lock_password.min_length = value));
    const expected = (value: string) => [
      schemaFinding(['devices', 0, 'security', 'lock_password', 'min_length'], {
        ja: '`min_length`（パスワードの最低文字数）に「{value}」は使えません。1 以上の整数で記入してください',
        en: '`min_length` (minimum password length): "{value}" cannot be used. Use a whole number, 1 or more',
      }, { value }),
    ];
    expect(minLength(0)).toEqual(expected('0'));
    expect(minLength(7.5)).toEqual(expected('7.5'));
    expect(minLength(-0.5)).toEqual(expected('-0.5'));
    expect(minLength('八')).toEqual(expected('八'));
  });

  it('a blank reason', () => {
    const blank = schemaFinding(['exceptions', 0, 'reason'], {
      ja: '`reason`（例外とする理由）が空欄です。内容を記入してください',
      en: '`reason` (why the risk is accepted) is blank. Fill it in',
    });
    expect(check((ledger) => (ledger.exceptions[0].reason = ''))).toEqual([blank]);
    expect(check((ledger) => (ledger.exceptions[0].reason = ' \t'))).toEqual([blank]);
  });

  it('exceptions[].rule is any string: unknown rule ids are another rule', () => {
    expect(check((ledger) => (ledger.exceptions[0].rule = 'no-such-rule'))).toEqual([]);
  });
});

describe('lists, mappings and text', () => {
  it('users must list at least one user', () => {
    expect(check((ledger) => (ledger.users = []))).toEqual([
      schemaFinding(['users'], {
        ja: '`users`（MCS 利用者のリスト）には 1 件以上記入してください',
        en: '`users` (MCS users) needs at least one entry',
      }),
    ]);
  });

  it('networks, locations and mcs_admins need at least one entry', () => {
    expect(summary(check((ledger) => {
      ledger.devices[0].networks = [];
      ledger.devices[0].locations = [];
      ledger.facility.mcs_admins = [];
    }))).toEqual([
      ['facility/mcs_admins', '`mcs_admins` (people given MCS administrator rights) needs at least one entry'],
      ['devices/0/locations', '`locations` (places of use) needs at least one entry'],
      ['devices/0/networks', '`networks` (networks used) needs at least one entry'],
    ]);
  });

  it('a single value where a list belongs, a list where a mapping belongs, a number where text belongs', () => {
    expect(check((ledger) => {
      ledger.devices[1].networks = 'carrier';
      ledger.facility.rules = ['public_wireless_lan_prohibited'];
      ledger.devices[0].model = 1234;
    })).toEqual([
      schemaFinding(['facility', 'rules'], {
        ja: '`rules`（施設の利用規程）に一覧は書けません。「項目名: 値」の形で記入してください',
        en: '`rules` (the facility usage rules): a list cannot be used here. Use a mapping of "key: value" lines',
      }),
      schemaFinding(['devices', 0, 'model'], {
        ja: '`model`（機種）の {value} は数値として読み取られます。文字列として "{value}" のように引用符で囲んで記入してください',
        en: '`model` (model): {value} is read as a number. Write it as text in quotes: "{value}"',
      }, { value: '1234' }),
      schemaFinding(['devices', 1, 'networks'], {
        ja: '`networks`（利用するネットワークの種類）に「{value}」は使えません。1 件以上の一覧（1 行に 1 件ずつ「- 」で始める）で記入してください',
        en: '`networks` (networks used): "{value}" cannot be used. Use a list of at least one entry (one per line, starting with "- ")',
      }, { value: 'carrier' }),
    ]);
  });

  it('nothing after the colon is "empty", with the way to write it (and [] for no entries)', () => {
    expect(summary(check((ledger) => {
      ledger.version = null;
      ledger.devices = null;
      ledger.users[0].devices = [null];
    }))).toEqual([
      ['version', '`version` (format version of this ledger) is empty. Use 1'],
      ['devices', '`devices` (devices used for MCS) is empty. Use a list (one entry per line, starting with "- "; [] when there are none)'],
      ['users/0/devices/0', 'Entry 1 of `devices` (asset tags of every device the person uses) is empty. Use text'],
    ]);
    expect(summary(check((ledger) => (ledger.devices[0].networks = [null])))).toEqual([
      ['devices/0/networks/0', 'Entry 1 of `networks` (networks used) is empty. Use facility_wired_lan, facility_wireless_lan, carrier or public_wireless_lan'],
    ]);
  });

  it('the whole document: empty, a list, a scalar', () => {
    expect(validateLedger(null)).toEqual([
      schemaFinding([], {
        ja: '台帳が空です。version、facility、devices、users を記入してください（dokodemo-check init でひな形を作れます）',
        en: 'The ledger is empty. Write version, facility, devices and users (`dokodemo-check init` writes a starter)',
      }),
    ]);
    const notMapping = schemaFinding([], {
      ja: '台帳は「項目名: 値」の形で、version、facility、devices、users を記入してください',
      en: 'Write the ledger as "key: value" lines with version, facility, devices and users',
    });
    expect(validateLedger(['version', 1])).toEqual([notMapping]);
    expect(validateLedger('台帳')).toEqual([notMapping]);
    expect(summary(validateLedger({})).map(([path]) => path)).toEqual(['', '', '', '']);
  });
});

describe('several problems', () => {
  it('are all reported at once, one finding each', () => {
    const findings = check((ledger) => {
      ledger.version = 2;
      ledger.facility.updated = '2026/10/01';
      delete ledger.devices[0].security.os_up_to_date;
      ledger.devices[1].networks = ['carrier', 'carrier'];
      ledger.devices[2].type = 'tablett';
      ledger.users[0].policy_read = 'はい';
      ledger.users[1].trainng = ledger.users[1].training;
      delete ledger.users[1].training;
      ledger.incidents[0].carrier_remote_lock = 'soon';
    });
    expect(summary(findings)).toEqual([
      ['version', '`version` (format version of this ledger): "{value}" cannot be used. Use 1'],
      ['facility/updated', '`updated` (date the ledger was last reviewed): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01)'],
      ['devices/0/security', `Required key \`os_up_to_date\` (OS and browser on the latest version) is missing. Add it with true or false.${NOT_RECORDED_EN}`],
      ['devices/1/networks/1', '`networks` (networks used) lists "{value}" more than once. List it once'],
      ['devices/2/type', '`type` (device type): "{value}" cannot be used. Did you mean `tablet`? Use pc, tablet or smartphone'],
      ['users/0/policy_read', '`policy_read` (has read the usage policy and the how-to): use true or false, not "{value}" (for "{value}" write true)'],
      ['users/1/trainng', 'Unknown key `trainng`. Did you mean `training`? (custom fields must start with `x-`)'],
      ['incidents/0/carrier_remote_lock', '`carrier_remote_lock` (date the carrier was asked to remote-lock the device): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01), null or not_applicable'],
    ]);
    expect(findings.map((finding) => finding.data)).toEqual([{ value: '2' }, { value: '2026/10/01' }, {}, { value: 'carrier' }, { value: 'tablett' }, { value: 'はい' }, {}, { value: 'soon' }]);
  });

  it('no ajv wording, no raw value and no schema path ever reaches a message', () => {
    const findings = [
      ...check((ledger) => {
        ledger.devices[0] = { id: 'PC-01', type: 7, security: 'なし', networks: [null], locations: [{}], status: 'retired', ownership: 'personal', os: 'android' };
        ledger.users[0] = { name: ['山田'], training: 'video', devices: [1], mcs_id: 'yamada at midori' };
        ledger.incidents[0] = { user: 'x@y.jp', carrier_remote_lock: { date: '2026-01-01' } };
        ledger.exceptions[0] = { reason: null, approved_on: '2026-1-1', expires: 20270331 };
      }),
      ...validateLedger(7),
    ];
    expect(findings.length).toBeGreaterThan(20);
    for (const { message } of findings) {
      expect(`${message.ja}\n${message.en}`).not.toMatch(/must (be|have|match|NOT|equal|pass)|should|#\/|"then"|"if"|anyOf|schema|undefined|\[object/);
      expect(message.en).not.toMatch(/yamada at midori|山田|2026-1-1|20270331/);
    }
  });
});

describe('closest', () => {
  it.each([
    ['antivirs', ['antivirus', 'os_up_to_date'], 'antivirus'],
    ['ANTIVIRUS', ['antivirus'], 'antivirus'],
    ['os-up-to-date', ['os_up_to_date'], 'os_up_to_date'],
    ['privacy', ['privacy_filter', 'mfa'], 'privacy_filter'],
    ['mfaa', ['mfa', 'encrypted'], 'mfa'],
    ['ab', ['os', 'id'], undefined],
    ['color', ['antivirus', 'model'], undefined],
  ])('%s among %j → %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe('the schema file', () => {
  /** Every object node of the schema with its JSON pointer. */
  function objects(node: Loose, at = '#'): Array<[string, Loose]> {
    if (typeof node !== 'object' || node === null) return [];
    const here: Array<[string, Loose]> = node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object')) ? [[at, node]] : [];
    return [...here, ...Object.entries(node).flatMap(([key, child]) => objects(child, `${at}/${key}`))];
  }

  it('describes every property in Japanese and English, "日本語 / English"', () => {
    for (const [at, object] of objects(SCHEMA)) {
      for (const [key, property] of Object.entries<Loose>(object.properties)) {
        expect([`${at}/${key}`, property.description.split(' / ').length]).toEqual([`${at}/${key}`, 2]);
      }
    }
  });

  it('closes every object, with note and x- as the escapes', () => {
    const all = objects(SCHEMA);
    expect(all.length).toBeGreaterThan(15);
    for (const [at, object] of all) {
      expect([at, object.additionalProperties, object.patternProperties, object.properties.note?.type]).toEqual([at, false, { '^x-': {} }, 'string']);
    }
  });

  it('leaves exceptions[].rule open, with an examples list for editors', () => {
    const rule = SCHEMA.properties.exceptions.items.properties.rule;
    expect(rule.type).toBe('string');
    expect(Array.isArray(rule.examples)).toBe(true);
    expect(rule.enum).toBeUndefined();
  });
});
