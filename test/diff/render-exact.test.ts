// `diff`'s three formats (src/diff/render.ts), called directly, each byte pinned: the table, Markdown and
// JSON of every kind of change (each section, a change's before and after, its keys, owners, an
// exception's dates), findings of a YAML file and of a workbook, suppressed ones, none at all, both
// languages, and what --redact masks (a person's name and MCS id, any value with an @; never a device).
// The module is loaded inside each test (its tables count for every test).
import type { DiffReport } from '../../src/diff/render';
import type { ReportFinding } from '../../src/report/model';

beforeEach(() => jest.resetModules());

const render = () => require('../../src/diff/render') as typeof import('../../src/diff/render');

const finding = (extra: Partial<ReportFinding>): ReportFinding => ({
  ruleId: 'antivirus', severity: 'error', message: 'PC has no antivirus', path: '/devices/0/security/antivirus', line: 12, column: 5,
  target: 'PC-01', targetLabel: 'PC-01', suppressed: false, sources: [], failing: true, ...extra,
});

const CHANGES: DiffReport['changes'] = [
  { section: 'facility', kind: 'changed', id: 'name', label: 'name', personal: false, before: 'みどり', after: 'みどり医院' },
  { section: 'facility', kind: 'changed', id: 'manager.name', label: 'manager.name', personal: true, before: '中村 誠', after: '佐藤 花子' },
  { section: 'admins', kind: 'added', id: 'adm@x.jp', label: '管理 者', personal: true },
  { section: 'staff', kind: 'added', id: 'sato@x.jp', label: '佐藤 花子', personal: true },
  { section: 'staff', kind: 'departed', id: 'ito@x.jp', label: '伊藤', personal: true, after: '2026-10-31' },
  { section: 'staff', kind: 'returned', id: 'ito2@x.jp', label: '伊藤 二', personal: true, before: '2026-09-30' },
  { section: 'staff', kind: 'account-deleted', id: 'yamamoto@x.jp', label: '山本 翔太', personal: true, before: 'active', after: 'deleted' },
  { section: 'staff', kind: 'password-changed', id: 'nakamura@x.jp', label: '中村 誠', personal: true, before: null, after: '2026-11-01' },
  { section: 'staff', kind: 'changed', id: 'kato@x.jp', label: '加藤', personal: true, keys: [{ key: 'name', before: '加藤', after: '加藤 一' }, { key: 'mfa', before: undefined, after: true }, { key: 'contact.mcs_id', before: 'a@b', after: 'c@d' }, { key: 'note', before: 'x@y', after: [] }] },
  { section: 'staff', kind: 'removed', id: 'old@x.jp', label: '古田', personal: true },
  { section: 'devices', kind: 'added', id: 'SP-09', label: 'SP-09', personal: false, after: ['佐藤 花子', 'b@x.jp'] },
  { section: 'devices', kind: 'added', id: 'PC-09', label: 'PC-09', personal: false },
  { section: 'devices', kind: 'owner-changed', id: 'SP-03', label: 'SP-03', personal: true, before: ['小林 恵'], after: [] },
  { section: 'devices', kind: 'lost', id: 'TB-01', label: 'TB-01', personal: false, before: 'active', after: 'lost' },
  { section: 'devices', kind: 'changed', id: 'PC-01', label: 'PC-01', personal: false, keys: [{ key: 'user', before: 'ito', after: 'kato' }, { key: 'os', before: 'win10', after: { name: 'win', v: 11 } }] },
  { section: 'devices', kind: 'new-kind', id: 'PC-02', label: 'PC-02', personal: false, before: 1 },
  { section: 'devices', kind: 'removed', id: 'PC-OLD', label: 'PC-OLD', personal: false },
  { section: 'incidents', kind: 'added', id: 'SP-01@2026-01-01', label: 'SP-01 (2026-01-01)', personal: false },
  { section: 'exceptions', kind: 'added', id: 'mfa>PC-01', label: 'mfa → PC-01', personal: false, after: '2027-03-31' },
  { section: 'exceptions', kind: 'expired', id: 'mfa>a@x.jp', label: 'mfa → a@x.jp', personal: true, before: '2026-12-01', after: '2026-11-01' },
  { section: 'exceptions', kind: 'renewed', id: 'av>SP-01', label: 'av → SP-01', personal: false, before: '2026-12-01', after: '2027-06-01' },
  { section: 'exceptions', kind: 'changed', id: 'av>SP-02', label: 'av → SP-02', personal: false, keys: [{ key: 'approved_by', before: '院長', after: '副院長' }] },
  { section: 'exceptions', kind: 'removed', id: 'old>TB', label: 'old → TB', personal: false, before: '2026-01-31' },
  { section: 'exceptions', kind: 'removed', id: 'open>TB', label: 'open → TB', personal: false },
];

const report = (extra: Partial<DiffReport>): DiffReport => ({
  tool: { name: 'dokodemo-check', version: '9.9.9' }, asOf: '2026-11-24', lang: 'en', redact: false,
  old: { file: 'old.yaml' }, new: { file: 'new.yaml' }, changes: CHANGES,
  appeared: [finding({}), finding({ ruleId: 'mfa', severity: 'warning', message: 'no MFA', line: null, column: null, sheet: '端末', cell: 'C4', target: null, targetLabel: null })],
  went: [finding({ ruleId: 'lost', severity: 'info', suppressed: true, message: 'lost | gone', targetLabel: '中村 誠', target: 'nakamura@x.jp' })],
  ...extra,
});

const TABLEEN = ['old.yaml → new.yaml (as of 2026-11-24)',
      '',
      'Facility',
      '  Change   Who / what    Detail',
      '  changed  name          みどり → みどり医院',
      '  changed  manager.name  中村 誠 → 佐藤 花子',
      '',
      'MCS administrators',
      '  Change  Who / what  Detail',
      '  added   管理 者',
      '',
      'Staff',
      '  Change              Who / what  Detail',
      '  added               佐藤 花子',
      '  departed            伊藤        2026-10-31',
      '  end date withdrawn  伊藤 二     2026-09-30',
      '  account deleted     山本 翔太   active → deleted',
      '  password changed    中村 誠     MCS password changed not recorded → 2026-11-01',
      '  changed             加藤        name: 加藤 → 加藤 一; mfa: - → true; contact.mcs_id: a@b → c@d; note: x@y → -',
      '  removed             古田',
      '',
      'Devices',
      '  Change          Who / what  Detail',
      '  added           SP-09       used by - → 佐藤 花子, b@x.jp',
      '  added           PC-09',
      '  changed owner   SP-03       used by 小林 恵 → -',
      '  lost or stolen  TB-01       active → lost',
      '  changed         PC-01       user: ito → kato; os: win10 → {"name":"win","v":11}',
      '  new-kind        PC-02       1',
      '  removed         PC-OLD',
      '',
      'Losses and thefts',
      '  Change  Who / what          Detail',
      '  added   SP-01 (2026-01-01)',
      '',
      'Exceptions',
      '  Change   Who / what    Detail',
      '  added    mfa → PC-01   expires 2027-03-31',
      '  expired  mfa → a@x.jp  expired on 2026-11-01',
      '  renewed  av → SP-01    expires 2026-12-01 → 2027-06-01',
      '  changed  av → SP-02    approved_by: 院長 → 副院長',
      '  removed  old → TB      expires 2026-01-31',
      '  removed  open → TB',
      '',
      'Findings that appeared',
      '  Severity  Sheet!Cell  Target  Rule       Message',
      '  error     12:5        PC-01   antivirus  PC has no antivirus',
      '  warning   端末!C4     -       mfa        no MFA',
      '',
      'Findings that went',
      '  Severity    Line:Col  Target   Rule  Message',
      '  suppressed  12:5      中村 誠  lost  lost | gone',
      '',
      '✖ 24 changes, 2 findings appeared, 1 went',
      ''].join('\n');
const TABLEJAREDACT = ['a.yaml @ HEAD~1 → a.yaml (staged) (基準日 2026-11-24)',
      '',
      '施設',
      '  変更  対象  内容',
      '  変更  name  みどり → みどり医院',
      '  変更  m*    中* → 佐*',
      '',
      'MCS 管理者',
      '  変更  対象  内容',
      '  追加  管*',
      '',
      '利用者',
      '  変更            対象  内容',
      '  追加            佐*',
      '  利用終了        伊*   2026-10-31',
      '  利用終了の取消  伊*   2026-09-30',
      '  アカウント削除  山*   active → deleted',
      '  パスワード変更  中*   MCS パスワード変更日 未記入 → 2026-11-01',
      '  変更            加*   name: 加* → 加*; mfa: - → true; contact.mcs_id: a***@b → c***@d; note: x***@y → -',
      '  削除            古*',
      '',
      '端末',
      '  変更          対象    内容',
      '  追加          SP-09   利用者 - → 佐*, b***@x.jp',
      '  追加          PC-09',
      '  利用者の変更  SP-03   利用者 小* → -',
      '  紛失・盗難    TB-01   active → lost',
      '  変更          PC-01   user: i* → k*; os: win10 → {"name":"win","v":11}',
      '  new-kind      PC-02   1',
      '  削除          PC-OLD',
      '',
      '紛失・盗難',
      '  変更  対象                内容',
      '  追加  SP-01 (2026-01-01)',
      '',
      '例外',
      '  変更        対象         内容',
      '  追加        mfa → PC-01  期限 2027-03-31',
      '  期限切れ    m***@x.jp    期限 2026-11-01 を過ぎています',
      '  期限の変更  av → SP-01   期限 2026-12-01 → 2027-06-01',
      '  変更        av → SP-02   approved_by: 院* → 副*',
      '  削除        old → TB     期限 2026-01-31',
      '  削除        open → TB',
      '',
      '新たに出た指摘',
      '  重大度  シート!セル  対象   ルール     メッセージ',
      '  エラー  12:5         PC-01  antivirus  PC has no antivirus',
      '  警告    端末!C4      -      mfa        no MFA',
      '',
      'なくなった指摘',
      '  重大度  行:列  対象     ルール  メッセージ',
      '  抑止    12:5   中村 誠  lost    lost | gone',
      '',
      '✖ 変更 24 件、新たな指摘 2 件、なくなった指摘 1 件',
      ''].join('\n');
const TABLEEMPTY = ['old.yaml → new.yaml (as of 2026-11-24)',
      '',
      '  nothing changed',
      '',
      'Findings that appeared: none',
      '',
      'Findings that went',
      '  Severity  Line:Col  Target  Rule       Message',
      '  error     12:5      PC-01   antivirus  PC has no antivirus',
      '',
      '✔ 0 changes, 0 findings appeared, 1 went',
      ''].join('\n');
const MDEN = ['## dokodemo-check diff: old.yaml → new.yaml (as of 2026-11-24)',
      '',
      '✖ 24 changes, 2 findings appeared, 1 went',
      '',
      '### Facility',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| changed | name | みどり → みどり医院 |',
      '| changed | manager.name | 中村 誠 → 佐藤 花子 |',
      '',
      '### MCS administrators',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | 管理 者 |  |',
      '',
      '### Staff',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | 佐藤 花子 |  |',
      '| departed | 伊藤 | 2026-10-31 |',
      '| end date withdrawn | 伊藤 二 | 2026-09-30 |',
      '| account deleted | 山本 翔太 | active → deleted |',
      '| password changed | 中村 誠 | MCS password changed not recorded → 2026-11-01 |',
      '| changed | 加藤 | name: 加藤 → 加藤 一; mfa: - → true; contact.mcs\\_id: `a@b` → `c@d;` note: `x@y` → - |',
      '| removed | 古田 |  |',
      '',
      '### Devices',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | SP-09 | used by - → 佐藤 花子, `b@x.jp` |',
      '| added | PC-09 |  |',
      '| changed owner | SP-03 | used by 小林 恵 → - |',
      '| lost or stolen | TB-01 | active → lost |',
      '| changed | PC-01 | user: ito → kato; os: win10 → {"name":"win","v":11} |',
      '| new-kind | PC-02 | 1 |',
      '| removed | PC-OLD |  |',
      '',
      '### Losses and thefts',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | SP-01 (2026-01-01) |  |',
      '',
      '### Exceptions',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | mfa → PC-01 | expires 2027-03-31 |',
      '| expired | mfa → `a@x.jp` | expired on 2026-11-01 |',
      '| renewed | av → SP-01 | expires 2026-12-01 → 2027-06-01 |',
      '| changed | av → SP-02 | approved\\_by: 院長 → 副院長 |',
      '| removed | old → TB | expires 2026-01-31 |',
      '| removed | open → TB |  |',
      '',
      '### Findings that appeared',
      '',
      '| Severity | Line:Col | Target | Rule | Message |',
      '| --- | --- | --- | --- | --- |',
      '| error | 12:5 | PC-01 | `antivirus` | PC has no antivirus |',
      '| warning | 端末\\!C4 | - | `mfa` | no MFA |',
      '',
      '### Findings that went',
      '',
      '| Severity | Line:Col | Target | Rule | Message |',
      '| --- | --- | --- | --- | --- |',
      '| suppressed | 12:5 | 中村 誠 | `lost` | lost \\| gone |',
      ''].join('\n');
const MDREDACT = ['## dokodemo-check diff: old.yaml → new.yaml (as of 2026-11-24)',
      '',
      '✖ 24 changes, 2 findings appeared, 1 went',
      '',
      '### Facility',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| changed | name | みどり → みどり医院 |',
      '| changed | m\\* | 中\\* → 佐\\* |',
      '',
      '### MCS administrators',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | 管\\* |  |',
      '',
      '### Staff',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | 佐\\* |  |',
      '| departed | 伊\\* | 2026-10-31 |',
      '| end date withdrawn | 伊\\* | 2026-09-30 |',
      '| account deleted | 山\\* | active → deleted |',
      '| password changed | 中\\* | MCS password changed not recorded → 2026-11-01 |',
      '| changed | 加\\* | name: 加\\* → 加\\*; mfa: - → true; contact.mcs\\_id: `a***@b` → `c***@d;` note: `x***@y` → - |',
      '| removed | 古\\* |  |',
      '',
      '### Devices',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | SP-09 | used by - → 佐\\*, `b***@x.jp` |',
      '| added | PC-09 |  |',
      '| changed owner | SP-03 | used by 小\\* → - |',
      '| lost or stolen | TB-01 | active → lost |',
      '| changed | PC-01 | user: i\\* → k\\*; os: win10 → {"name":"win","v":11} |',
      '| new-kind | PC-02 | 1 |',
      '| removed | PC-OLD |  |',
      '',
      '### Losses and thefts',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | SP-01 (2026-01-01) |  |',
      '',
      '### Exceptions',
      '',
      '| Change | Who / what | Detail |',
      '| --- | --- | --- |',
      '| added | mfa → PC-01 | expires 2027-03-31 |',
      '| expired | `m***@x.jp` | expired on 2026-11-01 |',
      '| renewed | av → SP-01 | expires 2026-12-01 → 2027-06-01 |',
      '| changed | av → SP-02 | approved\\_by: 院\\* → 副\\* |',
      '| removed | old → TB | expires 2026-01-31 |',
      '| removed | open → TB |  |',
      '',
      '### Findings that appeared',
      '',
      '| Severity | Line:Col | Target | Rule | Message |',
      '| --- | --- | --- | --- | --- |',
      '| error | 12:5 | PC-01 | `antivirus` | PC has no antivirus |',
      '| warning | 端末\\!C4 | - | `mfa` | no MFA |',
      '',
      '### Findings that went',
      '',
      '| Severity | Line:Col | Target | Rule | Message |',
      '| --- | --- | --- | --- | --- |',
      '| suppressed | 12:5 | 中村 誠 | `lost` | lost \\| gone |',
      ''].join('\n');
const MDEMPTYJA = ['## dokodemo-check diff: old.yaml → new.yaml (基準日 2026-11-24)',
      '',
      '✔ 変更 0 件、新たな指摘 0 件、なくなった指摘 0 件',
      '',
      '変更はありません',
      '',
      '### 新たに出た指摘',
      '',
      'なし',
      '',
      '### なくなった指摘',
      '',
      'なし',
      ''].join('\n');
const JSONEN = {
  ...{"formatVersion":1,"kind":"diff","tool":{"name":"dokodemo-check","version":"9.9.9"},"asOf":"2026-11-24","old":{"file":"old.yaml"},"new":{"file":"new.yaml"},"summary":{"changes":24,"appeared":2,"went":1}},
  changes: [
    {"section":"facility","change":"changed","id":"name","label":"name","before":"みどり","after":"みどり医院"},
    {"section":"facility","change":"changed","id":"manager.name","label":"manager.name","before":"中村 誠","after":"佐藤 花子"},
    {"section":"admins","change":"added","id":"adm@x.jp","label":"管理 者"},
    {"section":"staff","change":"added","id":"sato@x.jp","label":"佐藤 花子"},
    {"section":"staff","change":"departed","id":"ito@x.jp","label":"伊藤","after":"2026-10-31"},
    {"section":"staff","change":"returned","id":"ito2@x.jp","label":"伊藤 二","before":"2026-09-30"},
    {"section":"staff","change":"account-deleted","id":"yamamoto@x.jp","label":"山本 翔太","before":"active","after":"deleted"},
    {"section":"staff","change":"password-changed","id":"nakamura@x.jp","label":"中村 誠","before":null,"after":"2026-11-01"},
    {"section":"staff","change":"changed","id":"kato@x.jp","label":"加藤","keys":[{"key":"name","before":"加藤","after":"加藤 一"},{"key":"mfa","before":null,"after":true},{"key":"contact.mcs_id","before":"a@b","after":"c@d"},{"key":"note","before":"x@y","after":[]}]},
    {"section":"staff","change":"removed","id":"old@x.jp","label":"古田"},
    {"section":"devices","change":"added","id":"SP-09","label":"SP-09","after":["佐藤 花子","b@x.jp"]},
    {"section":"devices","change":"added","id":"PC-09","label":"PC-09"},
    {"section":"devices","change":"owner-changed","id":"SP-03","label":"SP-03","before":["小林 恵"],"after":[]},
    {"section":"devices","change":"lost","id":"TB-01","label":"TB-01","before":"active","after":"lost"},
    {"section":"devices","change":"changed","id":"PC-01","label":"PC-01","keys":[{"key":"user","before":"ito","after":"kato"},{"key":"os","before":"win10","after":{"name":"win","v":11}}]},
    {"section":"devices","change":"new-kind","id":"PC-02","label":"PC-02","before":1},
    {"section":"devices","change":"removed","id":"PC-OLD","label":"PC-OLD"},
    {"section":"incidents","change":"added","id":"SP-01@2026-01-01","label":"SP-01 (2026-01-01)"},
    {"section":"exceptions","change":"added","id":"mfa>PC-01","label":"mfa → PC-01","after":"2027-03-31"},
    {"section":"exceptions","change":"expired","id":"mfa>a@x.jp","label":"mfa → a@x.jp","before":"2026-12-01","after":"2026-11-01"},
    {"section":"exceptions","change":"renewed","id":"av>SP-01","label":"av → SP-01","before":"2026-12-01","after":"2027-06-01"},
    {"section":"exceptions","change":"changed","id":"av>SP-02","label":"av → SP-02","keys":[{"key":"approved_by","before":"院長","after":"副院長"}]},
    {"section":"exceptions","change":"removed","id":"old>TB","label":"old → TB","before":"2026-01-31"},
    {"section":"exceptions","change":"removed","id":"open>TB","label":"open → TB"},
  ],
  findings: {"appeared":[{"ruleId":"antivirus","severity":"error","message":"PC has no antivirus","path":"/devices/0/security/antivirus","line":12,"column":5,"target":"PC-01","suppressed":false},{"ruleId":"mfa","severity":"warning","message":"no MFA","path":"/devices/0/security/antivirus","line":null,"column":null,"sheet":"端末","cell":"C4","target":null,"suppressed":false}],"went":[{"ruleId":"lost","severity":"info","message":"lost | gone","path":"/devices/0/security/antivirus","line":12,"column":5,"target":"nakamura@x.jp","suppressed":true}]},
};
const JSONREDACT = {
  ...{"formatVersion":1,"kind":"diff","tool":{"name":"dokodemo-check","version":"9.9.9"},"asOf":"2026-11-24","old":{"file":"a.yaml","revision":"main"},"new":{"file":"a.yaml","staged":true},"summary":{"changes":24,"appeared":2,"went":1}},
  changes: [
    {"section":"facility","change":"changed","id":"name","label":"name","before":"みどり","after":"みどり医院"},
    {"section":"facility","change":"changed","id":"m*","label":"m*","before":"中*","after":"佐*"},
    {"section":"admins","change":"added","id":"a***@x.jp","label":"管*"},
    {"section":"staff","change":"added","id":"s***@x.jp","label":"佐*"},
    {"section":"staff","change":"departed","id":"i***@x.jp","label":"伊*","after":"2026-10-31"},
    {"section":"staff","change":"returned","id":"i***@x.jp","label":"伊*","before":"2026-09-30"},
    {"section":"staff","change":"account-deleted","id":"y***@x.jp","label":"山*","before":"active","after":"deleted"},
    {"section":"staff","change":"password-changed","id":"n***@x.jp","label":"中*","before":null,"after":"2026-11-01"},
    {"section":"staff","change":"changed","id":"k***@x.jp","label":"加*","keys":[{"key":"name","before":"加*","after":"加*"},{"key":"mfa","before":null,"after":true},{"key":"contact.mcs_id","before":"a***@b","after":"c***@d"},{"key":"note","before":"x***@y","after":[]}]},
    {"section":"staff","change":"removed","id":"o***@x.jp","label":"古*"},
    {"section":"devices","change":"added","id":"SP-09","label":"SP-09","after":["佐*","b***@x.jp"]},
    {"section":"devices","change":"added","id":"PC-09","label":"PC-09"},
    {"section":"devices","change":"owner-changed","id":"SP-03","label":"SP-03","before":["小*"],"after":[]},
    {"section":"devices","change":"lost","id":"TB-01","label":"TB-01","before":"active","after":"lost"},
    {"section":"devices","change":"changed","id":"PC-01","label":"PC-01","keys":[{"key":"user","before":"i*","after":"k*"},{"key":"os","before":"win10","after":{"name":"win","v":11}}]},
    {"section":"devices","change":"new-kind","id":"PC-02","label":"PC-02","before":1},
    {"section":"devices","change":"removed","id":"PC-OLD","label":"PC-OLD"},
    {"section":"incidents","change":"added","id":"SP-01@2026-01-01","label":"SP-01 (2026-01-01)"},
    {"section":"exceptions","change":"added","id":"mfa>PC-01","label":"mfa → PC-01","after":"2027-03-31"},
    {"section":"exceptions","change":"expired","id":"m***@x.jp","label":"m***@x.jp","before":"2026-12-01","after":"2026-11-01"},
    {"section":"exceptions","change":"renewed","id":"av>SP-01","label":"av → SP-01","before":"2026-12-01","after":"2027-06-01"},
    {"section":"exceptions","change":"changed","id":"av>SP-02","label":"av → SP-02","keys":[{"key":"approved_by","before":"院*","after":"副*"}]},
    {"section":"exceptions","change":"removed","id":"old>TB","label":"old → TB","before":"2026-01-31"},
    {"section":"exceptions","change":"removed","id":"open>TB","label":"open → TB"},
  ],
  findings: {"appeared":[{"ruleId":"antivirus","severity":"error","message":"PC has no antivirus","path":"/devices/0/security/antivirus","line":12,"column":5,"target":"PC-01","suppressed":false},{"ruleId":"mfa","severity":"warning","message":"no MFA","path":"/devices/0/security/antivirus","line":null,"column":null,"sheet":"端末","cell":"C4","target":null,"suppressed":false}],"went":[{"ruleId":"lost","severity":"info","message":"lost | gone","path":"/devices/0/security/antivirus","line":12,"column":5,"target":"nakamura@x.jp","suppressed":true}]},
};

describe('diffTable', () => {
  it('each section with its changes, findings of a file and of a workbook, the summary', () => {
    expect(render().diffTable(report({}))).toBe(TABLEEN);
  });

  it('in Japanese, against a revision, staged, with --redact: people masked, devices and values without @ not', () => {
    expect(render().diffTable(report({ lang: 'ja', redact: true, old: { file: 'a.yaml', revision: 'HEAD~1' }, new: { file: 'a.yaml', staged: true } }))).toBe(TABLEJAREDACT);
  });

  it('a date the ledger leaves null is said in words, never as null', () => {
    const nulls: DiffReport['changes'] = [
      { section: 'exceptions', kind: 'added', id: 'mfa>PC-02', label: 'mfa → PC-02', personal: false, after: null },
      { section: 'exceptions', kind: 'renewed', id: 'mfa>PC-03', label: 'mfa → PC-03', personal: false, before: null, after: '2027-01-31' },
      { section: 'devices', kind: 'changed', id: 'PC-04', label: 'PC-04', personal: false, keys: [{ key: 'disposal.date', before: null, after: '2026-11-30' }] },
    ];
    const details = (lang: 'en' | 'ja') => render().diffTable(report({ lang, changes: nulls, appeared: [], went: [] })).split('\n').filter((line) => /PC-0[234]/.test(line)).map((line) => line.trim().split(/ {2,}/).pop());
    expect(details('en')).toEqual(['disposal.date: not recorded → 2026-11-30', 'expires not recorded', 'expires not recorded → 2027-01-31']);
    expect(details('ja')).toEqual(['disposal.date: 未記入 → 2026-11-30', '期限 未記入', '期限 未記入 → 2027-01-31']);
  });

  it('nothing changed, no finding appeared', () => {
    expect(render().diffTable(report({ changes: [], appeared: [], went: [finding({})] }))).toBe(TABLEEMPTY);
  });

  it('makes the text inert: a value that would open a workflow command or a line break', () => {
    const text = render().diffTable(report({ changes: [{ section: 'staff', kind: 'changed', id: 'x', label: '::error::x', personal: false, keys: [{ key: 'note', before: 'a\nb', after: '::warning::' }] }], appeared: [], went: [] }));
    expect(text).toBe(['old.yaml → new.yaml (as of 2026-11-24)', '', 'Staff', '  Change   Who / what    Detail', '  changed  :\\:error:\\:x  note: a\\nb → :\\:warning:\\:', '', 'Findings that appeared: none', '', 'Findings that went: none', '', '✔ 1 changes, 0 findings appeared, 0 went', ''].join('\n'));
  });
  it('the words of each kind of change in both languages; a key like name_kana is no name', () => {
    const changes: DiffReport['changes'] = [
      { section: 'staff', kind: 'account-status', id: 'a@x', label: 'A', personal: true, before: 'active', after: 'disabled' },
      { section: 'devices', kind: 'retired', id: 'PC', label: 'PC', personal: false, before: 'active', after: 'retired' },
      { section: 'devices', kind: 'reactivated', id: 'SP', label: 'SP', personal: false, before: 'lost', after: 'active' },
      { section: 'staff', kind: 'changed', id: 'b@x', label: 'B', personal: true, keys: [{ key: 'name_kana', before: 'ビー', after: 'ビイ' }] },
    ];
    const rows = (lang: 'ja' | 'en') => render().diffTable(report({ lang, redact: true, changes, appeared: [], went: [] })).split('\n').filter((line) => /^  \S/.test(line) && !/Detail|内容/.test(line)).map((line) => line.trim().split(/\s{2,}/));
    expect(rows('en')).toEqual([['account status', 'A*', 'active → disabled'], ['changed', 'B*', 'name_kana: ビー → ビイ'], ['retired', 'PC', 'active → retired'], ['back in use', 'SP', 'lost → active']]);
    expect(rows('ja')).toEqual([['アカウント状態', 'A*', 'active → disabled'], ['変更', 'B*', 'name_kana: ビー → ビイ'], ['利用終了（端末）', 'PC', 'active → retired'], ['利用再開', 'SP', 'lost → active']]);
  });
});

describe('diffMarkdown', () => {
  it('each section as a table, cells escaped, rule ids as code, addresses as code spans', () => {
    expect(render().diffMarkdown(report({}))).toBe(MDEN);
  });

  it('with --redact', () => {
    expect(render().diffMarkdown(report({ redact: true }))).toBe(MDREDACT);
  });

  it('nothing changed and no findings, in Japanese', () => {
    expect(render().diffMarkdown(report({ changes: [], appeared: [], went: [], lang: 'ja' }))).toBe(MDEMPTYJA);
  });
});

describe('diffJson', () => {
  const keys = ['formatVersion', 'kind', 'tool', 'asOf', 'old', 'new', 'changes', 'findings', 'summary'];

  it('every change with its before, after and keys as they are; findings with their sheet and cell when in a workbook', () => {
    const text = render().diffJson(report({}));
    const json = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(Object.keys(json)).toEqual(keys);
    expect(json).toEqual(JSONEN);
  });

  it('with --redact: people, their devices\' users and any value with an @ masked, in a list item by item', () => {
    const json = JSON.parse(render().diffJson(report({ redact: true, old: { file: 'a.yaml', revision: 'main' }, new: { file: 'a.yaml', staged: true } })));
    expect(Object.keys(json)).toEqual(keys);
    expect(json).toEqual(JSONREDACT);
  });

  it('with --redact, a list of values that are not people: only the items with an @; null and missing values stay', () => {
    const changes: DiffReport['changes'] = [
      { section: 'staff', kind: 'changed', id: 'x', label: 'x', personal: false, keys: [{ key: 'notes', before: ['a@b', 'plain', 3, null], after: null }, { key: 'mcs_id', before: undefined, after: 'x@y' }] },
      { section: 'facility', kind: 'changed', id: 'manager.mcs_id', label: 'manager.mcs_id', personal: true, before: null, after: ['m@x', 'Mori'] },
      { section: 'devices', kind: 'changed', id: 'PC', label: 'PC', personal: false, before: 'active', after: 'ab@c' },
    ];
    expect(JSON.parse(render().diffJson(report({ redact: true, changes, appeared: [], went: [] }))).changes).toEqual([
      { section: 'staff', change: 'changed', id: 'x', label: 'x', keys: [{ key: 'notes', before: ['a***@b', 'plain', 3, null], after: null }, { key: 'mcs_id', before: null, after: 'x***@y' }] },
      { section: 'facility', change: 'changed', id: 'm*', label: 'm*', before: null, after: ['m***@x', 'M*'] },
      { section: 'devices', change: 'changed', id: 'PC', label: 'PC', before: 'active', after: 'a***@c' },
    ]);
  });
});
