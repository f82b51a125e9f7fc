// The checks across ledgers (src/rules/cross*.ts: six rules and their helpers), called in-process: each rule's crossCheck on small
// ledgers, every report exact (ledger, path, target, messageId, data, the other ledgers named and counted),
// the near misses that must stay silent, and the same runs through the engine (src/engine/cross-check.ts)
// for the message it picks in both languages and the data it adds (`otherFacility`, `otherFile`, `more`).
// The modules are loaded inside each test (jest.resetModules), so that their module-level code counts for
// every test (perTest coverage).
import type { KeptDevice, KeptLedger, Ledger, Person, User } from '../../src/ledger';
import type { CrossContext, CrossLedger, CrossReport, CrossRule } from '../../src/rules/cross';
import type { LocatedFinding } from '../../src/types';

beforeEach(() => jest.resetModules());

const AS_OF = '2026-11-24';

type CrossModule = typeof import('../../src/rules/cross');
const cross = () => require('../../src/rules/cross') as CrossModule;
const ruleOf = (id: string) => (require(`../../src/rules/${id}`) as { default: CrossRule }).default;
const engine = () => require('../../src/engine/cross-check') as typeof import('../../src/engine/cross-check');

function user(name: string, mcs_id: string, more: Partial<User> = {}): User {
  return { name, affiliation: '', job_type: '看護師', mcs_id, start_date: '2024-04-01', account_status: 'active', mcs_password_changed: '2026-10-01', policy_read: true, training: null, pledge_date: null, devices: [], ...more } as User;
}

function device(id: string, type: KeptDevice['type'], model: string, status: KeptDevice['status'] = 'active'): KeptDevice {
  return { id, type, model, os: 'android', ownership: 'facility', status, shared_outside_staff: false } as KeptDevice;
}

interface Spec {
  /** The facility's name; as the engine keys it (sameWords) in direct runs. */
  name: string;
  users?: User[];
  devices?: KeptDevice[];
  admin?: Person;
  admins?: Person[];
}

function ledgerOf(spec: Spec): KeptLedger {
  return {
    version: 1,
    facility: { name: spec.name, updated: '2026-11-01', manager: { name: '管理 者', title: '管理者' }, mcs_facility_admin: spec.admin ?? { name: '管理 者', mcs_id: 'boss@example.jp' }, mcs_admins: spec.admins ?? [], rules: {}, wireless_lan: {} },
    devices: spec.devices ?? [],
    users: spec.users ?? [],
  } as unknown as KeptLedger;
}

function contextOf(specs: readonly Spec[], asOf = AS_OF): { context: CrossContext; reports: CrossReport[] } {
  const { sameWords } = cross();
  const reports: CrossReport[] = [];
  const ledgers: CrossLedger[] = specs.map((spec) => ({ ledger: ledgerOf(spec), facility: sameWords(spec.name) }));
  return { context: { ledgers, asOf, report: (report) => reports.push(report) }, reports };
}

/** The rule's reports, as crossCheck makes them. */
function direct(id: string, specs: readonly Spec[], asOf = AS_OF): CrossReport[] {
  const { context, reports } = contextOf(specs, asOf);
  const rule = ruleOf(id);
  expect(rule.id).toBe(id);
  expect(rule.category).toBe('cross');
  rule.crossCheck(context);
  return reports;
}

/** The same run through the engine: per file, the rule's findings as worded (files `0.yaml`, `1.yaml`…, without places). */
function worded(id: string, specs: readonly Spec[], asOf = AS_OF): Array<Array<{ path: string; ja: string; en: string; data: LocatedFinding['data'] }>> {
  const files = specs.map((spec, index) => ({ file: `${index}.yaml`, findings: [] as LocatedFinding[], ledger: ledgerOf(spec) as unknown as Ledger }));
  engine().checkAcrossLedgers(files, asOf, true);
  return files.map((file) => file.findings.filter((finding) => finding.ruleId === id).map((finding) => ({ path: finding.path.join('/'), ja: finding.message.ja, en: finding.message.en, data: finding.data })));
}

const userTarget = (one: User) => ({ kind: 'user', id: one.mcs_id, label: one.name });
const deviceTarget = (one: KeptDevice) => ({ kind: 'device', id: one.id, label: one.id });
const FACILITY = { kind: 'facility', id: 'facility', label: 'facility' };
const at = (ledger: number, ...path: Array<string | number>) => ({ ledger, path });

describe('cross.ts: sameWords, the groups across facilities and their helpers', () => {
  it('sameWords: width (NFKC), every kind of space and case do not count; the same answer twice', () => {
    const { sameWords } = cross();
    expect(sameWords('ＡＢＣ　ｄｅｆ')).toBe('abcdef');
    expect(sameWords(' Sato\t Yumi\n ')).toBe('satoyumi');
    expect(sameWords('佐藤　由美')).toBe('佐藤由美');
    expect(sameWords('ｶﾞ')).toBe('ガ');
    expect(sameWords('Straße')).toBe('straße');
    expect(sameWords('Straße')).toBe('straße');
    expect(sameWords('')).toBe('');
    expect(sameWords('ThinkPad E14')).toBe(sameWords('thinkpad  e14'));
  });

  it('usersAcross: groups by mcs_id without case, in input order, only those in two facilities or more; cached per run and per list', () => {
    const { usersAcross, devicesAcross } = cross();
    const a0 = user('A', 'a@x.jp');
    const a1 = user('A', 'A@X.JP');
    const a2 = user('A', 'a@x.jp');
    const b0 = user('B', 'b@x.jp');
    const b1 = user('B', 'b@x.jp');
    const c0 = user('C', 'c@x.jp');
    const { context } = contextOf([
      { name: 'P', users: [a0, b0, c0] },
      { name: 'Ｐ', users: [b1] }, // the same facility: b is in one only
      { name: 'Q', users: [a1, a2], devices: [device('PC-01', 'pc', 'M')] },
    ]);
    const groups = usersAcross(context);
    expect(groups).toEqual([[{ ledger: 0, index: 0, item: a0 }, { ledger: 2, index: 0, item: a1 }, { ledger: 2, index: 1, item: a2 }]]);
    expect(groups[0]![1]!.item).toBe(a1);
    // Built once for the rules that share them; the devices are another list of the same run.
    expect(usersAcross(context)).toBe(groups);
    expect(devicesAcross(context)).toEqual([]);
    expect(usersAcross({ ...context })).toBe(groups);
    // Another run (other ledgers) has its own groups.
    const other = contextOf([{ name: 'P', users: [b0] }, { name: 'Q', users: [b1] }]).context;
    expect(usersAcross(other)).toEqual([[{ ledger: 0, index: 0, item: b0 }, { ledger: 1, index: 0, item: b1 }]]);
    expect(usersAcross(context)).toBe(groups);
  });

  it('devicesAcross: ids are case-sensitive; a first entry far into a ledger or in a later ledger is found again exactly', () => {
    const { devicesAcross, usersAcross } = cross();
    const many = Array.from({ length: 70 }, (_x, index) => device(`D-${index}`, 'pc', 'M'));
    const late = [device('X-1', 'pc', 'M'), device('X-2', 'pc', 'M'), device('X-3', 'pc', 'M'), device('L-3', 'tablet', 'T')]; // L-3 at index 4 of ledger 1
    const shared = device('D-60', 'pc', 'M');
    const again = device('L-3', 'tablet', 'T');
    const { context } = contextOf([
      { name: 'A', devices: many, users: [user('U', 'u@x.jp')] },
      { name: 'B', devices: [device('d-60', 'pc', 'M'), ...late] },
      { name: 'C', devices: [shared, again] },
    ]);
    expect(devicesAcross(context)).toEqual([
      [{ ledger: 0, index: 60, item: many[60] }, { ledger: 2, index: 0, item: shared }],
      [{ ledger: 1, index: 4, item: late[3] }, { ledger: 2, index: 1, item: again }],
    ]);
    expect(usersAcross(context)).toEqual([]);
    expect(devicesAcross(context)).toBe(devicesAcross(context));
  });

  it('one run\'s groups serve each rule that reads the users or devices; the next run, of other ledgers, has its own', () => {
    const ito = user('伊藤', 'ito@x.jp');
    const itoLeft = user('伊藤', 'ito@x.jp', { end_date: '2026-03-31' });
    const first = contextOf([{ name: 'A', users: [ito], devices: [device('PC-01', 'pc', 'M')] }, { name: 'B', users: [user('伊藤', 'ITO@x.jp')], devices: [device('PC-01', 'pc', 'M', 'lost')] }]);
    const run = (id: string, { context, reports }: ReturnType<typeof contextOf>) => {
      reports.length = 0;
      ruleOf(id).crossCheck(context);
      return reports.map((report) => `${id} ${report.ledger} ${report.path.join('/')} ${report.messageId ?? ''}`);
    };
    const second = contextOf([{ name: 'A', users: [ito], devices: [device('PC-01', 'pc', 'M')] }, { name: 'C', users: [itoLeft], devices: [device('PC-01', 'pc', 'M')] }]);
    expect([...run('cross-user', first), ...run('cross-user-name', first), ...run('cross-departed', first), ...run('cross-device', first), ...run('cross-device-status', first)]).toEqual([
      'cross-user 0 users/0/mcs_id ', 'cross-user 1 users/0/mcs_id ', 'cross-device-status 1 devices/0/status ', 'cross-device-status 0 devices/0/status ',
    ]);
    expect([...run('cross-user', second), ...run('cross-user-name', second), ...run('cross-departed', second), ...run('cross-device', second), ...run('cross-device-status', second)]).toEqual([
      'cross-departed 0 users/0/mcs_id ', 'cross-departed 1 users/0/end_date activeElsewhere', 'cross-device 0 devices/0/id ', 'cross-device 1 devices/0/id ',
    ]);
    expect(run('cross-user', first)).toEqual(['cross-user 0 users/0/mcs_id ', 'cross-user 1 users/0/mcs_id ']);
  });

  it('othersAmong: counted per facility, the first other in input order; partition keeps input order', () => {
    const { othersAmong, partition, elsewhereOf } = cross();
    const { context } = contextOf([{ name: 'A' }, { name: 'B' }, { name: 'a' }, { name: 'C' }, { name: 'B' }]);
    const entry = (ledger: number, index = 0) => ({ ledger, index, item: `${ledger}/${index}` });
    const candidates = [entry(0), entry(1), entry(2), entry(3), entry(4), entry(0, 1)];
    const others = othersAmong(context, candidates);
    expect(others(entry(0, 5))).toEqual({ first: entry(1), count: 3 });
    expect(others(entry(1, 5))).toEqual({ first: entry(0), count: 4 });
    expect(others(entry(4, 5))).toEqual({ first: entry(0), count: 4 });
    expect(others(entry(3, 5))).toEqual({ first: entry(0), count: 5 });
    expect(othersAmong(context, [entry(0), entry(2)])(entry(0))).toBeUndefined();
    expect(othersAmong(context, [])(entry(0))).toBeUndefined();
    expect(elsewhereOf({ first: entry(3, 2), count: 2 }, (one) => ['users', one.index, 'x'])).toEqual({ first: { ledger: 3, path: ['users', 2, 'x'] }, count: 2 });
    const parts = partition(candidates, (one) => (one.ledger % 2 === 0 ? 'even' : 'odd'));
    expect([...parts.entries()]).toEqual([['even', [entry(0), entry(2), entry(4), entry(0, 1)]], ['odd', [entry(1), entry(3)]]]);
  });

  it('activeIn and departedIn: an end date on as-of has left, the day after has not; departed whatever the status', () => {
    const { activeIn, departedIn } = cross();
    const { context } = contextOf([{ name: 'A' }]);
    const on = (more: Partial<User>) => ({ ledger: 0, index: 0, item: user('U', 'u@x.jp', more) });
    expect([activeIn(context, on({})), departedIn(context, on({}))]).toEqual([true, false]);
    expect([activeIn(context, on({ end_date: AS_OF })), departedIn(context, on({ end_date: AS_OF }))]).toEqual([false, true]);
    expect([activeIn(context, on({ end_date: '2026-11-25' })), departedIn(context, on({ end_date: '2026-11-25' }))]).toEqual([true, false]);
    expect([activeIn(context, on({ end_date: '' })), departedIn(context, on({ end_date: '' }))]).toEqual([true, false]);
    expect([activeIn(context, on({ account_status: 'suspended' })), departedIn(context, on({ account_status: 'suspended' }))]).toEqual([false, false]);
    expect([activeIn(context, on({ account_status: 'deleted', end_date: '2026-01-01' })), departedIn(context, on({ account_status: 'deleted', end_date: '2026-01-01' }))]).toEqual([false, true]);
  });

  it('isCrossRule and defineCrossRule', () => {
    const { isCrossRule, defineCrossRule } = cross();
    const rule = ruleOf('cross-user');
    expect(defineCrossRule(rule)).toBe(rule);
    expect(isCrossRule(rule)).toBe(true);
    expect(isCrossRule({ ...rule, crossCheck: undefined } as never)).toBe(false);
    expect(isCrossRule({ ...rule, crossCheck: 'x' } as never)).toBe(false);
  });
});

describe('cross-user', () => {
  const MESSAGES = {
    default: {
      ja: '{user} さん（{mcsId}）は {otherFacility} の台帳（{otherFile}）にも有効な利用者として記載されています。両方の施設で働いているなら問題ありません。利用を終えるときは両方の台帳を更新してください',
      en: '{user} ({mcsId}) is also an active user in the ledger of {otherFacility} ({otherFile}). Nothing to fix if they work at both; when they stop at one, update both ledgers',
    },
    many: {
      ja: '{user} さん（{mcsId}）は {otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳にも有効な利用者として記載されています。それぞれの施設で働いているなら問題ありません。利用を終えるときは関係する台帳をすべて更新してください',
      en: '{user} ({mcsId}) is also an active user in the ledger of {otherFacility} ({otherFile}) and {more} more. Nothing to fix if they work at each; when they stop at one, update every ledger involved',
    },
  };

  it('one person active at two facilities: a finding on each, naming the other; names and ids as people write them', () => {
    const here = user('佐藤 由美', 'sato@x.jp');
    const there = user('ｻﾄｳ', 'Sato@X.jp');
    const hereKana = user('サトウ', 'sato@x.jp');
    const specs = [{ name: 'A', users: [user('伊藤', 'ito@x.jp'), here] }, { name: 'B', users: [user('佐藤由美', 'SATO@x.jp'), there] }];
    // The same id twice in B under two names (佐藤由美 and ｻﾄｳ): each name is compared on its own.
    expect(direct('cross-user', specs)).toEqual([
      { ledger: 0, path: ['users', 1, 'mcs_id'], target: userTarget(here), data: { user: '佐藤 由美', mcsId: 'sato@x.jp' }, elsewhere: { first: at(1, 'users', 0, 'mcs_id'), count: 1 } },
      { ledger: 1, path: ['users', 0, 'mcs_id'], target: { kind: 'user', id: 'SATO@x.jp', label: '佐藤由美' }, data: { user: '佐藤由美', mcsId: 'SATO@x.jp' }, elsewhere: { first: at(0, 'users', 1, 'mcs_id'), count: 1 } },
    ]);
    expect(direct('cross-user', [{ name: 'A', users: [hereKana] }, { name: 'B', users: [there] }])).toEqual([
      { ledger: 0, path: ['users', 0, 'mcs_id'], target: userTarget(hereKana), data: { user: 'サトウ', mcsId: 'sato@x.jp' }, elsewhere: { first: at(1, 'users', 0, 'mcs_id'), count: 1 } },
      { ledger: 1, path: ['users', 0, 'mcs_id'], target: userTarget(there), data: { user: 'ｻﾄｳ', mcsId: 'Sato@X.jp' }, elsewhere: { first: at(0, 'users', 0, 'mcs_id'), count: 1 } },
    ]);
    expect(worded('cross-user', specs)).toEqual([
      [{ path: 'users/1/mcs_id', ...MESSAGES.default, data: { user: '佐藤 由美', mcsId: 'sato@x.jp', otherFacility: 'B', otherFile: '1.yaml:1:1', more: 0 } }],
      [{ path: 'users/0/mcs_id', ...MESSAGES.default, data: { user: '佐藤由美', mcsId: 'SATO@x.jp', otherFacility: 'A', otherFile: '0.yaml:1:1', more: 0 } }],
    ]);
  });

  it('silent: one facility\'s two files, another name, an inactive account anywhere, a different id', () => {
    const sato = (more: Partial<User> = {}) => user('佐藤 由美', 'sato@x.jp', more);
    expect(direct('cross-user', [{ name: 'A', users: [sato()] }, { name: 'ａ', users: [sato()] }])).toEqual([]);
    expect(direct('cross-user', [{ name: 'A', users: [sato()] }, { name: 'B', users: [user('佐藤 由実', 'sato@x.jp')] }])).toEqual([]);
    expect(direct('cross-user', [{ name: 'A', users: [sato()] }, { name: 'B', users: [user('STRASSE', 'sato@x.jp')] }, { name: 'C', users: [user('straße', 'sato@x.jp')] }])).toEqual([]);
    for (const inactive of [{ end_date: AS_OF }, { account_status: 'suspended' as const }, { account_status: 'deleted' as const }]) {
      expect(direct('cross-user', [{ name: 'A', users: [sato()] }, { name: 'B', users: [sato(inactive)] }])).toEqual([]);
      expect(direct('cross-user', [{ name: 'A', users: [sato(inactive)] }, { name: 'B', users: [sato()] }])).toEqual([]);
    }
    expect(direct('cross-user', [{ name: 'A', users: [sato()] }, { name: 'B', users: [sato({ end_date: '2026-11-25' })] }])).toHaveLength(2);
    expect(direct('cross-user', [{ name: 'A', users: [sato()] }, { name: 'B', users: [user('佐藤 由美', 'sato@y.jp')] }])).toEqual([]);
    expect(worded('cross-user', [{ name: 'Midori', users: [sato()] }, { name: 'ＭＩＤＯＲＩ ', users: [sato()] }])).toEqual([[], []]);
  });

  it('three facilities (one with two files): the first other named, the rest counted; the many message', () => {
    const users = [0, 1, 2, 3].map((index) => user('高橋 健', index === 2 ? 'TAKA@x.jp' : 'taka@x.jp'));
    const specs = [{ name: 'A', users: [users[0]!] }, { name: 'B', users: [user('x', 'x@x.jp'), users[1]!] }, { name: 'A', users: [users[2]!] }, { name: 'C', users: [users[3]!] }];
    expect(direct('cross-user', specs).map((report) => [report.ledger, report.path, report.elsewhere])).toEqual([
      [0, ['users', 0, 'mcs_id'], { first: at(1, 'users', 1, 'mcs_id'), count: 2 }],
      [1, ['users', 1, 'mcs_id'], { first: at(0, 'users', 0, 'mcs_id'), count: 3 }],
      [2, ['users', 0, 'mcs_id'], { first: at(1, 'users', 1, 'mcs_id'), count: 2 }],
      [3, ['users', 0, 'mcs_id'], { first: at(0, 'users', 0, 'mcs_id'), count: 3 }],
    ]);
    const words = worded('cross-user', specs);
    expect(words[1]).toEqual([{ path: 'users/1/mcs_id', ...MESSAGES.many, data: { user: '高橋 健', mcsId: 'taka@x.jp', otherFacility: 'A', otherFile: '0.yaml:1:1', more: 2 } }]);
    expect(words[2]).toEqual([{ path: 'users/0/mcs_id', ...MESSAGES.many, data: { user: '高橋 健', mcsId: 'TAKA@x.jp', otherFacility: 'B', otherFile: '1.yaml:1:1', more: 1 } }]);
  });
});

describe('cross-user-name', () => {
  const MESSAGES = {
    default: {
      ja: '{@users:mcs_id} {mcsId} は {otherFacility} の台帳（{otherFile}）では {value} さんとして記載されています（この台帳では {user} さん）。記入誤りなら直し、二人で一つのアカウントを使っているならそれぞれのアカウントを作ってください',
      en: '{@users:mcs_id} {mcsId} is written for {value} in the ledger of {otherFacility} ({otherFile}), for {user} here. Correct whichever is mistyped; if two people share the account, give each their own',
    },
    many: {
      ja: '{@users:mcs_id} {mcsId} は {otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳で {value} さんなど別の氏名で記載されています（この台帳では {user} さん）。記入誤りなら直し、複数人で一つのアカウントを使っているならそれぞれのアカウントを作ってください',
      en: '{@users:mcs_id} {mcsId} is written for {value} in the ledger of {otherFacility} ({otherFile}) and for other names in {more} more, for {user} here. Correct whichever is mistyped; if people share the account, give each their own',
    },
  };

  it('one id under two names at two facilities: a finding on each, naming the other name; departed and suspended accounts count', () => {
    const sato = user('佐藤 由美', 'sato@x.jp', { end_date: '2026-01-31' });
    const kato = user('加藤 由美', 'SATO@x.jp', { account_status: 'suspended' });
    const specs = [{ name: 'A', users: [user('x', 'x@x.jp'), sato] }, { name: 'B', users: [kato] }];
    expect(direct('cross-user-name', specs)).toEqual([
      { ledger: 0, path: ['users', 1, 'mcs_id'], target: userTarget(sato), data: { user: '佐藤 由美', mcsId: 'sato@x.jp', value: '加藤 由美' }, elsewhere: { first: at(1, 'users', 0, 'mcs_id'), count: 1 } },
      { ledger: 1, path: ['users', 0, 'mcs_id'], target: userTarget(kato), data: { user: '加藤 由美', mcsId: 'SATO@x.jp', value: '佐藤 由美' }, elsewhere: { first: at(0, 'users', 1, 'mcs_id'), count: 1 } },
    ]);
    expect(worded('cross-user-name', specs)).toEqual([
      [{ path: 'users/1/mcs_id', ...MESSAGES.default, data: { user: '佐藤 由美', mcsId: 'sato@x.jp', value: '加藤 由美', otherFacility: 'B', otherFile: '1.yaml:1:1', more: 0 } }],
      [{ path: 'users/0/mcs_id', ...MESSAGES.default, data: { user: '加藤 由美', mcsId: 'SATO@x.jp', value: '佐藤 由美', otherFacility: 'A', otherFile: '0.yaml:1:1', more: 0 } }],
    ]);
    // Case folded to lower, not upper: ß is not ss.
    expect(direct('cross-user-name', [{ name: 'A', users: [user('Straße', 's@x.jp')] }, { name: 'B', users: [user('STRASSE', 's@x.jp')] }]).map((report) => report.data)).toEqual([
      { user: 'Straße', mcsId: 's@x.jp', value: 'STRASSE' }, { user: 'STRASSE', mcsId: 's@x.jp', value: 'Straße' },
    ]);
  });

  it('silent: the same name as people write it, two names in one facility\'s files, a deleted account, another id', () => {
    expect(direct('cross-user-name', [{ name: 'A', users: [user('佐藤 由美', 'sato@x.jp'), user('ＳＡＴＯ Ｋｅｎ', 't@x.jp')] }, { name: 'B', users: [user('sato ken', 'T@x.jp'), user('佐藤　由美 ', 'sato@x.jp')] }, { name: 'C', users: [user('SatoKen', 't@x.jp')] }])).toEqual([]);
    expect(direct('cross-user-name', [{ name: 'A', users: [user('佐藤 由美', 'sato@x.jp')] }, { name: ' A', users: [user('加藤 由美', 'sato@x.jp')] }])).toEqual([]);
    expect(direct('cross-user-name', [{ name: 'A', users: [user('佐藤 由美', 'sato@x.jp')] }, { name: 'B', users: [user('加藤 由美', 'sato@x.jp', { account_status: 'deleted' })] }])).toEqual([]);
    expect(direct('cross-user-name', [{ name: 'A', users: [user('佐藤 由美', 'sato@x.jp', { account_status: 'deleted' })] }, { name: 'B', users: [user('加藤 由美', 'sato@x.jp')] }])).toEqual([]);
    expect(direct('cross-user-name', [{ name: 'A', users: [user('佐藤 由美', 'sato@x.jp')] }, { name: 'B', users: [user('加藤 由美', 'sato@y.jp')] }])).toEqual([]);
  });

  it('several facilities: only the others under another name are counted, the first of them named; the many message', () => {
    const x0 = user('佐藤', 's@x.jp');
    const y1 = user('加藤', 's@x.jp');
    const x2 = user('ｻﾄｳ', 's@x.jp');
    const x2b = user('佐藤', 's@x.jp');
    const z3 = user('伊藤', 's@x.jp');
    const specs = [{ name: 'A', users: [x0] }, { name: 'B', users: [y1, user('加藤', 's@x.jp', { account_status: 'deleted' })] }, { name: 'C', users: [x2, x2b] }, { name: 'D', users: [z3] }];
    expect(direct('cross-user-name', specs).map((report) => [report.ledger, report.path, report.data, report.elsewhere])).toEqual([
      [0, ['users', 0, 'mcs_id'], { user: '佐藤', mcsId: 's@x.jp', value: '加藤' }, { first: at(1, 'users', 0, 'mcs_id'), count: 3 }],
      [2, ['users', 1, 'mcs_id'], { user: '佐藤', mcsId: 's@x.jp', value: '加藤' }, { first: at(1, 'users', 0, 'mcs_id'), count: 2 }],
      [1, ['users', 0, 'mcs_id'], { user: '加藤', mcsId: 's@x.jp', value: '佐藤' }, { first: at(0, 'users', 0, 'mcs_id'), count: 4 }],
      [2, ['users', 0, 'mcs_id'], { user: 'ｻﾄｳ', mcsId: 's@x.jp', value: '佐藤' }, { first: at(0, 'users', 0, 'mcs_id'), count: 3 }],
      [3, ['users', 0, 'mcs_id'], { user: '伊藤', mcsId: 's@x.jp', value: '佐藤' }, { first: at(0, 'users', 0, 'mcs_id'), count: 4 }],
    ]);
    const words = worded('cross-user-name', specs);
    expect(words[0]).toEqual([{ path: 'users/0/mcs_id', ...MESSAGES.many, data: { user: '佐藤', mcsId: 's@x.jp', value: '加藤', otherFacility: 'B', otherFile: '1.yaml:1:1', more: 2 } }]);
    // The name it gives is another facility's: not another name in the same facility's other file, listed first.
    expect(direct('cross-user-name', [{ name: 'A', users: [x0] }, { name: 'Ａ', users: [user('斎藤', 's@x.jp')] }, { name: 'B', users: [z3] }]).map((report) => [report.ledger, report.data!.value, report.elsewhere])).toEqual([
      [0, '伊藤', { first: at(2, 'users', 0, 'mcs_id'), count: 1 }], [1, '伊藤', { first: at(2, 'users', 0, 'mcs_id'), count: 1 }], [2, '佐藤', { first: at(0, 'users', 0, 'mcs_id'), count: 2 }],
    ]);
    // Two ledgers under the other name: counted from the other name's ledgers only.
    expect(direct('cross-user-name', [{ name: 'A', users: [x0] }, { name: 'B', users: [y1] }, { name: 'C', users: [x2b] }]).map((report) => [report.ledger, report.elsewhere!.count, report.data!.value])).toEqual([[0, 1, '加藤'], [2, 1, '加藤'], [1, 2, '佐藤']]);
  });
});

describe('cross-departed', () => {
  const MESSAGES = {
    default: {
      ja: '{user} さん（{mcsId}）は {otherFacility} の台帳（{otherFile}）では {endDate} に利用を終えています。この施設でも利用を終えていれば {@users:end_date} を記入し、施設管理者が MCS から削除してください（引き続き利用しているなら問題ありません）',
      en: '{user} ({mcsId}) stopped using MCS on {endDate} according to the ledger of {otherFacility} ({otherFile}). If they stopped here too, record {@users:end_date} and have the facility administrator delete them in MCS (nothing to fix if they still work here)',
    },
    many: {
      ja: '{user} さん（{mcsId}）は {otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳で利用を終えています（{endDate}）。この施設でも利用を終えていれば {@users:end_date} を記入し、施設管理者が MCS から削除してください（引き続き利用しているなら問題ありません）',
      en: '{user} ({mcsId}) stopped using MCS according to the ledger of {otherFacility} ({otherFile}, on {endDate}) and {more} more. If they stopped here too, record {@users:end_date} and have the facility administrator delete them in MCS (nothing to fix if they still work here)',
    },
    activeElsewhere: {
      ja: '{user} さん（{mcsId}）は {endDate} にこの施設での利用を終えていますが、{otherFacility} の台帳（{otherFile}）では有効な利用者のままです。その施設でも利用を終えているなら、その施設の管理者に伝えてください',
      en: '{user} ({mcsId}) stopped using MCS here on {endDate} but is still an active user in the ledger of {otherFacility} ({otherFile}). If they left that facility too, tell its administrator',
    },
    activeElsewhereMany: {
      ja: '{user} さん（{mcsId}）は {endDate} にこの施設での利用を終えていますが、{otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳では有効な利用者のままです。それらの施設でも利用を終えているなら、各施設の管理者に伝えてください',
      en: '{user} ({mcsId}) stopped using MCS here on {endDate} but is still an active user in the ledger of {otherFacility} ({otherFile}) and {more} more. If they left those facilities too, tell their administrators',
    },
  };

  it('left one facility (on as-of, whatever the status) and active at another joined before: a finding on each', () => {
    const left = user('伊藤 直子', 'ito@x.jp', { start_date: '2023-10-01', end_date: AS_OF, account_status: 'suspended' });
    const still = user('伊藤　直子', 'ITO@x.jp', { start_date: '2024-11-23' });
    const specs = [{ name: 'A', users: [user('x', 'x@x.jp'), left] }, { name: 'B', users: [still] }];
    expect(direct('cross-departed', specs)).toEqual([
      { ledger: 1, path: ['users', 0, 'mcs_id'], target: userTarget(still), data: { user: '伊藤　直子', mcsId: 'ITO@x.jp', endDate: AS_OF }, elsewhere: { first: at(0, 'users', 1, 'end_date'), count: 1 } },
      { ledger: 0, path: ['users', 1, 'end_date'], target: userTarget(left), messageId: 'activeElsewhere', data: { user: '伊藤 直子', mcsId: 'ito@x.jp', endDate: AS_OF }, elsewhere: { first: at(1, 'users', 0, 'mcs_id'), count: 1 } },
    ]);
    expect(worded('cross-departed', specs)).toEqual([
      [{ path: 'users/1/end_date', ...MESSAGES.activeElsewhere, data: { user: '伊藤 直子', mcsId: 'ito@x.jp', endDate: AS_OF, otherFacility: 'B', otherFile: '1.yaml:1:1', more: 0 } }],
      [{ path: 'users/0/mcs_id', ...MESSAGES.default, data: { user: '伊藤　直子', mcsId: 'ITO@x.jp', endDate: AS_OF, otherFacility: 'A', otherFile: '0.yaml:1:1', more: 0 } }],
    ]);
    // A deleted account that left is departed too; joined the day before leaving is no move.
    const deleted = user('伊藤 直子', 'ito@x.jp', { end_date: '2026-03-31', account_status: 'deleted' });
    expect(direct('cross-departed', [{ name: 'A', users: [deleted] }, { name: 'B', users: [user('伊藤 直子', 'ito@x.jp', { start_date: '2026-03-30' })] }]).map((report) => [report.ledger, report.messageId, report.data!.endDate])).toEqual([[1, undefined, '2026-03-31'], [0, 'activeElsewhere', '2026-03-31']]);
  });

  it('silent: a move (joined on or after the day of leaving), an end date after as-of, left both, one facility, another name, never active', () => {
    const left = (more: Partial<User> = {}) => user('伊藤 直子', 'ito@x.jp', { end_date: '2026-03-31', ...more });
    const active = (more: Partial<User> = {}) => user('伊藤 直子', 'ito@x.jp', more);
    const pair = (here: User, there: User, names = ['A', 'B']) => direct('cross-departed', [{ name: names[0]!, users: [here] }, { name: names[1]!, users: [there] }]);
    expect(pair(left(), active({ start_date: '2026-03-31' }))).toEqual([]);
    expect(pair(left(), active({ start_date: '2026-04-01' }))).toEqual([]);
    expect(pair(left({ end_date: '2026-11-25' }), active())).toEqual([]);
    expect(pair(left(), left({ end_date: '2026-06-30' }))).toEqual([]);
    expect(pair(left(), active(), ['A', 'ａ'])).toEqual([]);
    expect(pair(left(), user('伊東 直子', 'ito@x.jp'))).toEqual([]);
    expect(pair(left(), active({ account_status: 'suspended' }))).toEqual([]);
    expect(pair(user('伊藤 直子', 'ito@x.jp', { account_status: 'suspended' }), active())).toEqual([]);
    expect(pair(user('伊藤 直子', 'ito@x.jp', { account_status: 'suspended', end_date: '2026-11-25' }), active())).toEqual([]);
    expect(pair(user('伊藤 直子', 'ito@x.jp', { account_status: 'deleted' }), active())).toEqual([]);
    expect(pair(left(), active({ start_date: '2026-03-30' }))).toHaveLength(2);
  });

  it('several facilities: the first in input order named, the rest counted, moves left out; the Many messages', () => {
    const leftA = user('伊藤', 'ito@x.jp', { start_date: '2020-01-01', end_date: '2026-03-31' });
    const leftC = user('伊藤', 'ito@x.jp', { start_date: '2020-01-01', end_date: '2026-06-30' });
    const activeB = user('伊藤', 'ito@x.jp', { start_date: '2021-01-01' });
    const activeD = user('伊藤', 'ito@x.jp', { start_date: '2026-04-01' }); // moved from A, not from C
    const specs = [{ name: 'A', users: [leftA] }, { name: 'B', users: [activeB] }, { name: 'C', users: [leftC] }, { name: 'D', users: [activeD] }];
    expect(direct('cross-departed', specs).map((report) => [report.ledger, report.path, report.messageId, report.data!.endDate, report.elsewhere])).toEqual([
      [1, ['users', 0, 'mcs_id'], undefined, '2026-03-31', { first: at(0, 'users', 0, 'end_date'), count: 2 }],
      [3, ['users', 0, 'mcs_id'], undefined, '2026-06-30', { first: at(2, 'users', 0, 'end_date'), count: 1 }],
      [0, ['users', 0, 'end_date'], 'activeElsewhere', '2026-03-31', { first: at(1, 'users', 0, 'mcs_id'), count: 1 }],
      [2, ['users', 0, 'end_date'], 'activeElsewhere', '2026-06-30', { first: at(1, 'users', 0, 'mcs_id'), count: 2 }],
    ]);
    const words = worded('cross-departed', specs);
    expect(words[1]).toEqual([{ path: 'users/0/mcs_id', ...MESSAGES.many, data: { user: '伊藤', mcsId: 'ito@x.jp', endDate: '2026-03-31', otherFacility: 'A', otherFile: '0.yaml:1:1', more: 1 } }]);
    expect(words[2]).toEqual([{ path: 'users/0/end_date', ...MESSAGES.activeElsewhereMany, data: { user: '伊藤', mcsId: 'ito@x.jp', endDate: '2026-06-30', otherFacility: 'B', otherFile: '1.yaml:1:1', more: 1 } }]);
    expect(words[0]).toEqual([{ path: 'users/0/end_date', ...MESSAGES.activeElsewhere, data: { user: '伊藤', mcsId: 'ito@x.jp', endDate: '2026-03-31', otherFacility: 'B', otherFile: '1.yaml:1:1', more: 0 } }]);
    expect(words[3]).toEqual([{ path: 'users/0/mcs_id', ...MESSAGES.default, data: { user: '伊藤', mcsId: 'ito@x.jp', endDate: '2026-06-30', otherFacility: 'C', otherFile: '2.yaml:1:1', more: 0 } }]);
  });
});

describe('cross-device and cross-device-status', () => {
  const DEVICE = {
    default: {
      ja: '端末 {device}（{model}）は {otherFacility} の台帳（{otherFile}）にも記載されています。同じ端末なら両方の台帳の記載をそろえ、別の端末なら区別できる管理番号にしてください',
      en: 'Device {device} ({model}) is also listed in the ledger of {otherFacility} ({otherFile}). If it is the same device keep both records the same; if not, give them ids that tell them apart',
    },
    many: {
      ja: '端末 {device}（{model}）は {otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳にも記載されています。同じ端末ならすべての台帳の記載をそろえ、別の端末なら区別できる管理番号にしてください',
      en: 'Device {device} ({model}) is also listed in the ledger of {otherFacility} ({otherFile}) and {more} more. If it is the same device keep every record the same; if not, give them ids that tell them apart',
    },
  };
  const STATUS = {
    default: {
      ja: '端末 {device}（{model}）はこの台帳では {@devices:status={status}} ですが、{otherFacility} の台帳（{otherFile}）では {@devices:status={otherStatus}} です。同じ端末なら両方の施設で紛失・盗難の対応をし、台帳の {@devices:status} をそろえてください',
      en: 'Device {device} ({model}) is {@devices:status={status}} in this ledger but {@devices:status={otherStatus}} in the ledger of {otherFacility} ({otherFile}). If it is the same device, handle the loss at both facilities and make {@devices:status} agree',
    },
    many: {
      ja: '端末 {device}（{model}）はこの台帳では {@devices:status={status}} ですが、{otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳では {@devices:status={otherStatus}} です。同じ端末なら関係する施設すべてで紛失・盗難の対応をし、台帳の {@devices:status} をそろえてください',
      en: 'Device {device} ({model}) is {@devices:status={status}} in this ledger but {@devices:status={otherStatus}} in the ledger of {otherFacility} ({otherFile}) and {more} more. If it is the same device, handle the loss at every facility involved and make {@devices:status} agree',
    },
  };

  it('deviceKind and sameDevices: type and model as people write it; lost apart from the others, in input order', () => {
    const { deviceKind, sameDevices } = require('../../src/rules/cross-device') as typeof import('../../src/rules/cross-device');
    const entry = (ledger: number, item: KeptDevice) => ({ ledger, index: 0, item });
    expect(deviceKind(entry(0, device('X', 'pc', 'Think Pad Ｅ14')))).toBe('pc\u0000thinkpade14');
    const a = entry(0, device('X', 'pc', 'M 1', 'lost'));
    const b = entry(1, device('X', 'pc', 'ｍ1'));
    const c = entry(2, device('X', 'tablet', 'M1'));
    const d = entry(3, device('X', 'pc', 'M1', 'retired'));
    const e = entry(4, device('X', 'pc', 'M1', 'lost'));
    expect(sameDevices([a, b, c, d, e])).toEqual([{ lost: [a, e], kept: [b, d] }, { lost: [], kept: [c] }]);
  });

  it('cross-device: the same device at two facilities, neither lost or both; a finding on each', () => {
    const here = device('PC-01', 'pc', 'ThinkPad E14');
    const there = device('PC-01', 'pc', 'ｔｈｉｎｋｐａｄ　e14', 'retired');
    const specs = [{ name: 'A', devices: [device('SP-01', 'smartphone', 'P'), here] }, { name: 'B', devices: [there] }];
    expect(direct('cross-device', specs)).toEqual([
      { ledger: 0, path: ['devices', 1, 'id'], target: deviceTarget(here), data: { device: 'PC-01', model: 'ThinkPad E14' }, elsewhere: { first: at(1, 'devices', 0, 'id'), count: 1 } },
      { ledger: 1, path: ['devices', 0, 'id'], target: deviceTarget(there), data: { device: 'PC-01', model: 'ｔｈｉｎｋｐａｄ　e14' }, elsewhere: { first: at(0, 'devices', 1, 'id'), count: 1 } },
    ]);
    expect(worded('cross-device', specs)).toEqual([
      [{ path: 'devices/1/id', ...DEVICE.default, data: { device: 'PC-01', model: 'ThinkPad E14', otherFacility: 'B', otherFile: '1.yaml:1:1', more: 0 } }],
      [{ path: 'devices/0/id', ...DEVICE.default, data: { device: 'PC-01', model: 'ｔｈｉｎｋｐａｄ　e14', otherFacility: 'A', otherFile: '0.yaml:1:1', more: 0 } }],
    ]);
    const lost = [device('SP-9', 'smartphone', 'P', 'lost'), device('SP-9', 'smartphone', 'P', 'lost')];
    expect(direct('cross-device', [{ name: 'A', devices: [lost[0]!] }, { name: 'B', devices: [lost[1]!] }])).toEqual([
      { ledger: 0, path: ['devices', 0, 'id'], target: deviceTarget(lost[0]!), data: { device: 'SP-9', model: 'P' }, elsewhere: { first: at(1, 'devices', 0, 'id'), count: 1 } },
      { ledger: 1, path: ['devices', 0, 'id'], target: deviceTarget(lost[1]!), data: { device: 'SP-9', model: 'P' }, elsewhere: { first: at(0, 'devices', 0, 'id'), count: 1 } },
    ]);
    expect(direct('cross-device-status', [{ name: 'A', devices: [lost[0]!] }, { name: 'B', devices: [lost[1]!] }])).toEqual([]);
    expect(direct('cross-device-status', specs)).toEqual([]);
  });

  it('silent for cross-device: lost at one only, another type, another model, an id in another case, one facility', () => {
    const pair = (here: KeptDevice, there: KeptDevice, names = ['A', 'B']) => direct('cross-device', [{ name: names[0]!, devices: [here] }, { name: names[1]!, devices: [there] }]);
    const pc = (status: KeptDevice['status'] = 'active') => device('PC-01', 'pc', 'M1', status);
    expect(pair(pc('lost'), pc())).toEqual([]);
    expect(pair(pc(), pc('lost'))).toEqual([]);
    expect(pair(pc(), device('PC-01', 'tablet', 'M1'))).toEqual([]);
    expect(pair(pc(), device('PC-01', 'pc', 'M2'))).toEqual([]);
    expect(pair(pc(), device('pc-01', 'pc', 'M1'))).toEqual([]);
    expect(pair(pc(), pc(), ['A', 'Ａ'])).toEqual([]);
    expect(pair(device('PC-01', 'pc', 'Straße'), device('PC-01', 'pc', 'STRASSE'))).toEqual([]);
    expect(pair(device('PC-01', 'pc', 'M1'), device('PC-01', 'pc', ' m 1 '))).toHaveLength(2);
  });

  it('cross-device-status: lost at one facility and not at the other; a finding on each, naming the other\'s status', () => {
    const lost = device('SP-01', 'smartphone', 'Pixel 8a', 'lost');
    const used = device('SP-01', 'smartphone', 'pixel  8A', 'retired');
    const specs = [{ name: 'A', devices: [device('PC-01', 'pc', 'M'), lost] }, { name: 'B', devices: [used] }];
    expect(direct('cross-device-status', specs)).toEqual([
      { ledger: 0, path: ['devices', 1, 'status'], target: deviceTarget(lost), data: { device: 'SP-01', model: 'Pixel 8a', status: 'lost', otherStatus: 'retired' }, elsewhere: { first: at(1, 'devices', 0, 'status'), count: 1 } },
      { ledger: 1, path: ['devices', 0, 'status'], target: deviceTarget(used), data: { device: 'SP-01', model: 'pixel  8A', status: 'retired', otherStatus: 'lost' }, elsewhere: { first: at(0, 'devices', 1, 'status'), count: 1 } },
    ]);
    expect(worded('cross-device-status', specs)).toEqual([
      [{ path: 'devices/1/status', ...STATUS.default, data: { device: 'SP-01', model: 'Pixel 8a', status: 'lost', otherStatus: 'retired', otherFacility: 'B', otherFile: '1.yaml:1:1', more: 0 } }],
      [{ path: 'devices/0/status', ...STATUS.default, data: { device: 'SP-01', model: 'pixel  8A', status: 'retired', otherStatus: 'lost', otherFacility: 'A', otherFile: '0.yaml:1:1', more: 0 } }],
    ]);
    const pair = (here: KeptDevice, there: KeptDevice, names = ['A', 'B']) => direct('cross-device-status', [{ name: names[0]!, devices: [here] }, { name: names[1]!, devices: [there] }]);
    expect(pair(lost, device('SP-01', 'tablet', 'Pixel 8a'))).toEqual([]);
    expect(pair(lost, device('SP-01', 'smartphone', 'Pixel 9'))).toEqual([]);
    expect(pair(lost, device('sp-01', 'smartphone', 'Pixel 8a'))).toEqual([]);
    expect(pair(lost, used, ['A', 'a'])).toEqual([]);
    expect(pair(device('SP-01', 'smartphone', 'P'), device('SP-01', 'smartphone', 'P'))).toEqual([]);
  });

  it('three facilities and more: the first other named, the rest counted; both rules on one device lost at two of four', () => {
    const devices = [
      device('T-1', 'tablet', 'iPad', 'lost'),
      device('T-1', 'tablet', 'iPad'),
      device('T-1', 'tablet', 'IPAD', 'lost'),
      device('T-1', 'tablet', 'ipad', 'retired'),
    ];
    const specs = devices.map((one, index) => ({ name: 'ABCD'[index]!, devices: index === 1 ? [device('X', 'pc', 'M'), one] : [one] }));
    const slot = (ledger: number) => (ledger === 1 ? 1 : 0);
    expect(direct('cross-device', specs).map((report) => [report.ledger, report.path, report.elsewhere])).toEqual([
      [0, ['devices', 0, 'id'], { first: at(2, 'devices', 0, 'id'), count: 1 }],
      [2, ['devices', 0, 'id'], { first: at(0, 'devices', 0, 'id'), count: 1 }],
      [1, ['devices', 1, 'id'], { first: at(3, 'devices', 0, 'id'), count: 1 }],
      [3, ['devices', 0, 'id'], { first: at(1, 'devices', 1, 'id'), count: 1 }],
    ]);
    expect(direct('cross-device-status', specs).map((report) => [report.ledger, report.path, report.data!.status, report.data!.otherStatus, report.elsewhere])).toEqual([
      [0, ['devices', 0, 'status'], 'lost', 'active', { first: at(1, 'devices', slot(1), 'status'), count: 2 }],
      [2, ['devices', 0, 'status'], 'lost', 'active', { first: at(1, 'devices', 1, 'status'), count: 2 }],
      [1, ['devices', 1, 'status'], 'active', 'lost', { first: at(0, 'devices', 0, 'status'), count: 2 }],
      [3, ['devices', 0, 'status'], 'retired', 'lost', { first: at(0, 'devices', 0, 'status'), count: 2 }],
    ]);
    // Lost in one facility's two files, one of them listing it in use: only the other facility's lost record is set against it.
    const split = [device('T-1', 'tablet', 'iPad', 'lost'), device('T-1', 'tablet', 'iPad'), device('T-1', 'tablet', 'iPad', 'lost')];
    const splitSpecs = split.map((one, index) => ({ name: 'AAB'[index]!, devices: [one] }));
    expect(direct('cross-device-status', splitSpecs).map((report) => [report.ledger, report.data!.status, report.data!.otherStatus, report.elsewhere])).toEqual([
      [2, 'lost', 'active', { first: at(1, 'devices', 0, 'status'), count: 1 }],
      [1, 'active', 'lost', { first: at(2, 'devices', 0, 'status'), count: 1 }],
    ]);
    expect(direct('cross-device', splitSpecs).map((report) => [report.ledger, report.elsewhere])).toEqual([[0, { first: at(2, 'devices', 0, 'id'), count: 1 }], [2, { first: at(0, 'devices', 0, 'id'), count: 1 }]]);
    const status = worded('cross-device-status', specs);
    expect(status[3]).toEqual([{ path: 'devices/0/status', ...STATUS.many, data: { device: 'T-1', model: 'ipad', status: 'retired', otherStatus: 'lost', otherFacility: 'A', otherFile: '0.yaml:1:1', more: 1 } }]);
    const three = [0, 1, 2].map(() => device('PC-01', 'pc', 'M'));
    const threeSpecs = three.map((one, index) => ({ name: 'ABA'[index]!, devices: [one] }));
    threeSpecs.push({ name: 'C', devices: [device('PC-01', 'pc', 'M')] });
    expect(direct('cross-device', threeSpecs).map((report) => [report.ledger, report.elsewhere])).toEqual([
      [0, { first: at(1, 'devices', 0, 'id'), count: 2 }], [1, { first: at(0, 'devices', 0, 'id'), count: 3 }], [2, { first: at(1, 'devices', 0, 'id'), count: 2 }], [3, { first: at(0, 'devices', 0, 'id'), count: 3 }],
    ]);
    expect(worded('cross-device', threeSpecs)[3]).toEqual([{ path: 'devices/0/id', ...DEVICE.many, data: { device: 'PC-01', model: 'M', otherFacility: 'A', otherFile: '0.yaml:1:1', more: 2 } }]);
  });
});

describe('cross-admin', () => {
  const MESSAGES = {
    default: {
      ja: 'MCS の施設管理者 {user}（{mcsId}）は、一緒に確認した {count} 件の台帳のどれにも有効な利用者として記載されていません。どの施設のスタッフか確認して台帳に記入するか、退職していれば施設管理者を替えてください',
      en: 'MCS facility administrator {user} ({mcsId}) is an active user in none of the {count} ledgers checked together. List them in the ledger of the facility they work for, or if they have left, appoint another facility administrator',
    },
    admin: {
      ja: 'MCS の管理権限者 {user}（{mcsId}）は、一緒に確認した {count} 件の台帳のどれにも有効な利用者として記載されていません。どの施設のスタッフか確認して台帳に記入するか、退職していれば MCS の管理権限を外してください',
      en: 'MCS administrator {user} ({mcsId}) is an active user in none of the {count} ledgers checked together. List them in the ledger of the facility they work for, or if they have left, remove their MCS admin rights',
    },
  };

  it('administrators who are active users nowhere: on each ledger\'s admin mcs_id, counting the ledgers; staff anywhere (any case) is silent', () => {
    const specs: Spec[] = [
      { name: 'A', users: [user('佐藤', 'sato@x.jp'), user('退職', 'gone@x.jp', { end_date: AS_OF }), user('停止', 'off@x.jp', { account_status: 'suspended' })], admin: { name: '高橋', mcs_id: 'TAKA@x.jp' }, admins: [{ name: '佐藤', mcs_id: 'SATO@X.JP' }, { name: '退職', mcs_id: 'gone@x.jp' }, { name: '停止', mcs_id: 'off@x.jp' }] },
      { name: 'B', users: [user('高橋', 'taka@x.jp')], admin: { name: '誰か', mcs_id: 'nobody@x.jp' }, admins: [] },
      { name: 'A', users: [user('後任', 'later@x.jp', { end_date: '2026-11-25' })], admin: { name: '後任', mcs_id: 'later@x.jp' }, admins: [{ name: '高橋', mcs_id: 'taka@x.jp' }, { name: '外部', mcs_id: 'ext@x.jp' }] },
    ];
    expect(direct('cross-admin', specs)).toEqual([
      { ledger: 0, path: ['facility', 'mcs_admins', 1, 'mcs_id'], target: FACILITY, messageId: 'admin', data: { user: '退職', mcsId: 'gone@x.jp', count: 3 } },
      { ledger: 0, path: ['facility', 'mcs_admins', 2, 'mcs_id'], target: FACILITY, messageId: 'admin', data: { user: '停止', mcsId: 'off@x.jp', count: 3 } },
      { ledger: 1, path: ['facility', 'mcs_facility_admin', 'mcs_id'], target: FACILITY, messageId: undefined, data: { user: '誰か', mcsId: 'nobody@x.jp', count: 3 } },
      { ledger: 2, path: ['facility', 'mcs_admins', 1, 'mcs_id'], target: FACILITY, messageId: 'admin', data: { user: '外部', mcsId: 'ext@x.jp', count: 3 } },
    ]);
    expect(direct('cross-admin', specs).map((report) => report.elsewhere)).toEqual([undefined, undefined, undefined, undefined]);
    expect(worded('cross-admin', specs)).toEqual([
      [
        { path: 'facility/mcs_admins/1/mcs_id', ...MESSAGES.admin, data: { user: '退職', mcsId: 'gone@x.jp', count: 3 } },
        { path: 'facility/mcs_admins/2/mcs_id', ...MESSAGES.admin, data: { user: '停止', mcsId: 'off@x.jp', count: 3 } },
      ],
      [{ path: 'facility/mcs_facility_admin/mcs_id', ...MESSAGES.default, data: { user: '誰か', mcsId: 'nobody@x.jp', count: 3 } }],
      [{ path: 'facility/mcs_admins/1/mcs_id', ...MESSAGES.admin, data: { user: '外部', mcsId: 'ext@x.jp', count: 3 } }],
    ]);
  });

  it('staff of any ledger checked, the administrator\'s own or another, in either case: no finding; another day, another answer', () => {
    const specs: Spec[] = [
      { name: 'A', users: [user('佐藤', 'Sato@x.jp', { end_date: '2026-12-31' })], admin: { name: '佐藤', mcs_id: 'sato@X.jp' }, admins: [{ name: '高橋', mcs_id: 'TAKA@x.jp' }] },
      { name: 'B', users: [user('高橋', 'taka@x.jp')], admin: { name: '佐藤', mcs_id: 'SATO@x.jp' } },
    ];
    expect(direct('cross-admin', specs)).toEqual([]);
    expect(direct('cross-admin', specs, '2026-12-31').map((report) => [report.ledger, report.path, report.data!.count])).toEqual([
      [0, ['facility', 'mcs_facility_admin', 'mcs_id'], 2], [1, ['facility', 'mcs_facility_admin', 'mcs_id'], 2],
    ]);
  });
});
