// What changed between two versions of a ledger (src/diff/ledger-diff.ts), called directly, each answer
// exact: entries matched by what they are (a person by MCS id in any case or else name, a device by id,
// an exception by rule and target, an incident by device and date, an administrator by MCS id), the kind
// of each change, its before and after, the keys that changed, and what is personal. The module is
// loaded inside each test (its tables count for every test).
beforeEach(() => jest.resetModules());

const ledgerDiff = () => require('../../src/diff/ledger-diff') as typeof import('../../src/diff/ledger-diff');
const changes = (before: unknown, after: unknown, asOf = '2026-11-24') => ledgerDiff().ledgerChanges(before, after, asOf);

describe('what is compared', () => {
  it('finds nothing in two equal ledgers, in two ledgers that are not objects, or in lists that hold no entries', () => {
    const ledger = { facility: { name: 'F', mcs_admins: [{ mcs_id: 'a@x' }] }, users: [{ name: 'A' }], devices: [{ id: 'PC' }], incidents: [{ device: 'PC', date: '2026-01-01' }], exceptions: [{ rule: 'r', target: 'PC' }] };
    expect(changes(ledger, structuredClone(ledger))).toEqual([]);
    expect(changes(undefined, null)).toEqual([]);
    expect(changes([1], 'text')).toEqual([]);
    expect(changes({ users: 'x', devices: { id: 'PC' }, facility: 'F', exceptions: [null, 'x', ['r']] }, { users: [1, 'u', null, []], devices: [[{ id: 'PC' }]] })).toEqual([]);
  });

  it('takes a reordered list, objects with their keys in another order, as no change', () => {
    const before = { users: [{ name: 'A', devices: ['PC', 'SP'] }, { name: 'B' }], devices: [{ id: 'PC', security: { a: 1, b: { c: 2, d: 3 } } }, { id: 'SP' }] };
    const after = { devices: [{ id: 'SP' }, { security: { b: { d: 3, c: 2 }, a: 1 }, id: 'PC' }], users: [{ name: 'B' }, { devices: ['PC', 'SP'], name: 'A' }] };
    expect(changes(before, after)).toEqual([]);
  });

  it('lists the sections in order: facility, administrators, staff, devices, incidents, exceptions', () => {
    const after = {
      exceptions: [{ rule: 'r', target: 'PC', expires: '2027-01-01' }],
      incidents: [{ device: 'PC', date: '2026-01-02' }],
      devices: [{ id: 'PC' }],
      users: [{ name: 'A' }],
      facility: { name: 'F', mcs_admins: [{ mcs_id: 'adm@x', name: 'Adm' }] },
    };
    expect(changes({}, after)).toEqual([
      { section: 'facility', kind: 'changed', id: 'name', label: 'name', personal: false, before: undefined, after: 'F' },
      { section: 'admins', kind: 'added', id: 'adm@x', label: 'Adm', personal: true },
      { section: 'staff', kind: 'added', id: 'A', label: 'A', personal: true },
      { section: 'devices', kind: 'added', id: 'PC', label: 'PC', personal: false },
      { section: 'incidents', kind: 'added', id: 'PC@2026-01-02', label: 'PC (2026-01-02)', personal: false },
      { section: 'exceptions', kind: 'added', id: 'r>PC', label: 'r → PC', personal: false, after: '2027-01-01' },
    ]);
    expect(changes(after, {})).toEqual([
      { section: 'facility', kind: 'changed', id: 'name', label: 'name', personal: false, before: 'F', after: undefined },
      { section: 'admins', kind: 'removed', id: 'adm@x', label: 'Adm', personal: true },
      { section: 'staff', kind: 'removed', id: 'A', label: 'A', personal: true },
      { section: 'devices', kind: 'removed', id: 'PC', label: 'PC', personal: false },
      { section: 'incidents', kind: 'removed', id: 'PC@2026-01-02', label: 'PC (2026-01-02)', personal: false },
      { section: 'exceptions', kind: 'removed', id: 'r>PC', label: 'r → PC', personal: false, before: '2027-01-01' },
    ]);
  });
});

describe('staff', () => {
  it('matches a person by MCS id whatever its case, else by name; shows the MCS id as written and the name as label', () => {
    const before = { users: [{ mcs_id: 'Nakamura@x', name: '中村' }, { name: '田中' }, { mcs_id: '', name: '鈴木' }, { mcs_id: 'gone@x' }, { note: 'no id' }] };
    const after = { users: [{ mcs_id: 'nakamura@X', name: '中村 誠' }, { name: '田中', mcs_id: 'tanaka@x' }, { name: '鈴木' }, { mcs_id: 'new@x' }, { mcs_id: 5, name: '' }] };
    expect(changes(before, after)).toEqual([
      { section: 'staff', kind: 'added', id: 'tanaka@x', label: '田中', personal: true },
      { section: 'staff', kind: 'added', id: 'new@x', label: 'new@x', personal: true },
      { section: 'staff', kind: 'changed', id: 'nakamura@X', label: '中村 誠', personal: true, keys: [{ key: 'mcs_id', before: 'Nakamura@x', after: 'nakamura@X' }, { key: 'name', before: '中村', after: '中村 誠' }] },
      { section: 'staff', kind: 'changed', id: '鈴木', label: '鈴木', personal: true, keys: [{ key: 'mcs_id', before: '', after: undefined }] },
      { section: 'staff', kind: 'removed', id: '田中', label: '田中', personal: true },
      { section: 'staff', kind: 'removed', id: 'gone@x', label: 'gone@x', personal: true },
    ]);
  });

  it('names a person with neither name nor MCS id as ?', () => {
    const { ledgerChanges } = ledgerDiff();
    // an id the matching can use, labels it cannot: a name that is not text
    expect(ledgerChanges({ users: [] }, { users: [{ mcs_id: 'x@y', name: 7 }] }, '2026-01-01')).toEqual([{ section: 'staff', kind: 'added', id: 'x@y', label: 'x@y', personal: true }]);
    expect(ledgerChanges({ facility: { mcs_admins: [] } }, { facility: { mcs_admins: [{ mcs_id: 'a@b', name: '' }] } }, '2026-01-01')).toEqual([{ section: 'admins', kind: 'added', id: 'a@b', label: 'a@b', personal: true }]);
  });

  it('the second of two people with one id is matched as its own', () => {
    const before = { users: [{ name: 'A', role: 1 }, { name: 'A', role: 2 }] };
    expect(changes(before, { users: [{ name: 'A', role: 1 }, { name: 'A', role: 3 }, { name: 'A', role: 4 }] })).toEqual([
      { section: 'staff', kind: 'added', id: 'A', label: 'A', personal: true },
      { section: 'staff', kind: 'changed', id: 'A', label: 'A', personal: true, keys: [{ key: 'role', before: 2, after: 3 }] },
    ]);
    expect(changes(before, { users: [{ name: 'A', role: 1 }] })).toEqual([{ section: 'staff', kind: 'removed', id: 'A', label: 'A', personal: true }]);
  });

  it('a person departs, returns, loses the account, has the password changed, each once; other keys as changed keys', () => {
    const person = (extra: Record<string, unknown>) => ({ users: [{ mcs_id: 'a@x', name: 'A', devices: ['PC'], ...extra }] });
    const who = { section: 'staff', id: 'a@x', label: 'A', personal: true };
    expect(changes(person({}), person({ end_date: '2026-10-31' }))).toEqual([{ ...who, kind: 'departed', after: '2026-10-31' }]);
    expect(changes(person({ end_date: '2026-10-31' }), person({}))).toEqual([{ ...who, kind: 'returned', before: '2026-10-31' }]);
    expect(changes(person({ end_date: '' }), person({ end_date: '2026-10-31' }))).toEqual([{ ...who, kind: 'departed', after: '2026-10-31' }]);
    expect(changes(person({ end_date: '2026-10-31' }), person({ end_date: '2026-11-30' }))).toEqual([{ ...who, kind: 'changed', keys: [{ key: 'end_date', before: '2026-10-31', after: '2026-11-30' }] }]);
    expect(changes(person({ end_date: '' }), person({}))).toEqual([{ ...who, kind: 'changed', keys: [{ key: 'end_date', before: '', after: undefined }] }]);
    expect(changes(person({ account_status: 'active' }), person({ account_status: 'deleted' }))).toEqual([{ ...who, kind: 'account-deleted', before: 'active', after: 'deleted' }]);
    expect(changes(person({ account_status: 'active' }), person({ account_status: 'disabled' }))).toEqual([{ ...who, kind: 'account-status', before: 'active', after: 'disabled' }]);
    expect(changes(person({}), person({ account_status: 'deleted' }))).toEqual([{ ...who, kind: 'account-deleted', before: undefined, after: 'deleted' }]);
    expect(changes(person({ mcs_password_changed: '2026-01-01' }), person({ mcs_password_changed: '2026-11-01' }))).toEqual([{ ...who, kind: 'password-changed', before: '2026-01-01', after: '2026-11-01' }]);
    expect(changes(person({}), person({ mcs_password_changed: '2026-11-01' }))).toEqual([{ ...who, kind: 'password-changed', before: null, after: '2026-11-01' }]);
    expect(changes(person({ mcs_password_changed: '2026-11-01' }), person({}))).toEqual([{ ...who, kind: 'password-changed', before: '2026-11-01', after: null }]);
    // devices are the devices' owners, not a change of the person
    const owning = (extra: Record<string, unknown>) => ({ ...person(extra), devices: [{ id: 'PC' }, { id: 'SP' }] });
    expect(changes(owning({ devices: ['PC'] }), owning({ devices: ['SP'], mfa: true }))).toEqual([
      { ...who, kind: 'changed', keys: [{ key: 'mfa', before: undefined, after: true }] },
      { section: 'devices', kind: 'owner-changed', id: 'PC', label: 'PC', personal: true, before: ['A'], after: [] },
      { section: 'devices', kind: 'owner-changed', id: 'SP', label: 'SP', personal: true, before: [], after: ['A'] },
    ]);
    expect(changes(person({ end_date: '2026-10-31', account_status: 'active', mcs_password_changed: '2026-01-01', role: 'x' }), person({ account_status: 'deleted', mcs_password_changed: '2026-02-01', role: 'y' }))).toEqual([
      { ...who, kind: 'returned', before: '2026-10-31' },
      { ...who, kind: 'account-deleted', before: 'active', after: 'deleted' },
      { ...who, kind: 'password-changed', before: '2026-01-01', after: '2026-02-01' },
      { ...who, kind: 'changed', keys: [{ key: 'role', before: 'x', after: 'y' }] },
    ]);
  });

  it('changed keys: nested keys dotted, in the new version\'s order, then those only the old one had; lists and empty objects as values', () => {
    const before = { users: [{ name: 'A', z: 1, gone: { deep: 1 }, sec: { a: 1, b: [1, 2], c: { d: 1 } }, empty: {}, list: [{ a: 1 }] }] };
    const after = { users: [{ name: 'A', sec: { c: { d: 2 }, b: [2, 1], a: 1 }, z: 2, added: 'x', empty: { now: 1 }, list: [{ a: 1 }] }] };
    expect(changes(before, after)).toEqual([
      {
        section: 'staff', kind: 'changed', id: 'A', label: 'A', personal: true,
        keys: [
          { key: 'sec.c.d', before: 1, after: 2 },
          { key: 'sec.b', before: [1, 2], after: [2, 1] },
          { key: 'z', before: 1, after: 2 },
          { key: 'added', before: undefined, after: 'x' },
          { key: 'empty.now', before: undefined, after: 1 },
          { key: 'gone.deep', before: 1, after: undefined },
        ],
      },
    ]);
  });
});

describe('devices', () => {
  it('added with its users, status changes by kind, owners passed on, other keys, removed', () => {
    const before = {
      users: [{ name: 'A', devices: ['PC', 'SP', 'TB'] }, { name: 'B', devices: 'PC' }, { name: 'C', devices: [5, 'TB'] }],
      devices: [{ id: 'PC', status: 'active' }, { id: 'SP', status: 'active' }, { id: 'TB', status: 'lost' }, { id: 'OLD' }, { id: 'R', status: 'active' }, { id: 'X', status: 'active' }, { id: '' }],
    };
    const after = {
      users: [{ name: 'C', devices: ['TB', 'NEW'] }, { mcs_id: 'b@x', devices: ['SP', 'NEW'] }, { name: 'A', devices: ['PC', 'TB'] }],
      devices: [{ id: 'NEW' }, { id: 'PC', status: 'retired' }, { id: 'SP', status: 'lost' }, { id: 'TB', status: 'active' }, { id: 'R', status: 'repair' }, { id: 'X', status: 'active', os: 'w11' }, { id: 'ALONE' }],
    };
    const device = (id: string) => ({ section: 'devices', id, label: id, personal: false });
    expect(changes(before, after).filter((change) => change.section === 'devices')).toEqual([
      { ...device('NEW'), kind: 'added', after: ['C', 'b@x'] },
      { ...device('ALONE'), kind: 'added' },
      { ...device('PC'), kind: 'retired', before: 'active', after: 'retired' },
      { ...device('SP'), kind: 'lost', before: 'active', after: 'lost' },
      { ...device('SP'), kind: 'owner-changed', personal: true, before: ['A'], after: ['b@x'] },
      { ...device('TB'), kind: 'reactivated', before: 'lost', after: 'active' },
      // C and A use TB before and after, listed in another order: no change of owner
      { ...device('R'), kind: 'changed', before: 'active', after: 'repair' },
      { ...device('X'), kind: 'changed', keys: [{ key: 'os', before: undefined, after: 'w11' }] },
      { ...device('OLD'), kind: 'removed' },
    ]);
  });

  it('a status that is not text, a status that goes, an owner whose name is the MCS id or ?', () => {
    const device = (id: string) => ({ section: 'devices', id, label: id, personal: false });
    expect(changes({ devices: [{ id: 'PC', status: 'active' }] }, { devices: [{ id: 'PC' }] })).toEqual([{ ...device('PC'), kind: 'changed', before: 'active', after: undefined }]);
    expect(changes({ devices: [{ id: 'PC', status: ['lost'] }] }, { devices: [{ id: 'PC', status: 'lost' }] })).toEqual([{ ...device('PC'), kind: 'lost', before: ['lost'], after: 'lost' }]);
    expect(changes({ users: [{ devices: ['PC'] }], devices: [{ id: 'PC' }] }, { users: [{ devices: ['PC'], mcs_id: 'm@x' }], devices: [{ id: 'PC' }] })).toEqual([
      { section: 'staff', kind: 'added', id: 'm@x', label: 'm@x', personal: true },
      { ...device('PC'), kind: 'owner-changed', personal: true, before: ['?'], after: ['m@x'] },
    ]);
    expect(changes({ users: [{ name: 'A', devices: ['PC'] }, { name: 'B', devices: ['PC'] }], devices: [{ id: 'PC' }] }, { users: [{ name: 'B', devices: ['PC'] }, { name: 'A', devices: ['PC'] }], devices: [{ id: 'PC' }] })).toEqual([]);
    expect(changes({ users: [{ name: 'B', devices: ['PC'] }, { name: 'A', devices: ['PC'] }], devices: [{ id: 'PC' }] }, { users: [{ name: 'A', devices: ['PC'] }, { name: 'C', devices: ['PC'] }], devices: [{ id: 'PC' }] })).toEqual([
      { section: 'staff', kind: 'added', id: 'C', label: 'C', personal: true },
      { section: 'staff', kind: 'removed', id: 'B', label: 'B', personal: true },
      { ...device('PC'), kind: 'owner-changed', personal: true, before: ['B', 'A'], after: ['A', 'C'] },
    ]);
  });
});

describe('exceptions', () => {
  const exception = (id: string, label: string, personal = false) => ({ section: 'exceptions', id, label, personal });

  it('by rule and target: added (or added already expired), renewed, expired, changed, removed; a target with @ is personal', () => {
    const before = { exceptions: [{ rule: 'mfa', target: 'PC', expires: '2026-12-01' }, { rule: 'mfa', target: 'a@x', expires: '2026-12-01' }, { rule: 'av', target: 'SP', expires: '2026-12-01', reason: 'x' }, { rule: 'old', target: 'TB' }, { reason: 'no id' }] };
    const after = {
      exceptions: [
        { rule: 'new', target: 'PC', expires: '2027-01-01' }, { rule: 'late', target: 'PC', expires: '2026-11-23' }, { rule: 'today', target: 'PC', expires: '2026-11-24' }, { rule: 'open', target: 'PC' }, { rule: 'r' },
        { rule: 'mfa', target: 'PC', expires: '2027-06-01' }, { rule: 'mfa', target: 'a@x', expires: '2026-11-01' }, { rule: 'av', target: 'SP', expires: '2026-12-01', reason: 'y' },
      ],
    };
    expect(changes(before, after)).toEqual([
      { ...exception('new>PC', 'new → PC'), kind: 'added', after: '2027-01-01' },
      { ...exception('late>PC', 'late → PC'), kind: 'expired', after: '2026-11-23' },
      { ...exception('today>PC', 'today → PC'), kind: 'added', after: '2026-11-24' },
      { ...exception('open>PC', 'open → PC'), kind: 'added', after: null },
      { ...exception('r>undefined', 'r → undefined'), kind: 'added', after: null },
      { ...exception('mfa>PC', 'mfa → PC'), kind: 'renewed', before: '2026-12-01', after: '2027-06-01' },
      { ...exception('mfa>a@x', 'mfa → a@x', true), kind: 'expired', before: '2026-12-01', after: '2026-11-01' },
      { ...exception('av>SP', 'av → SP'), kind: 'changed', keys: [{ key: 'reason', before: 'x', after: 'y' }] },
      { ...exception('old>TB', 'old → TB'), kind: 'removed', before: null },
    ]);
    expect(changes({ exceptions: [{ target: 'T', expires: '2027-01-01' }, { rule: 'x', target: 'T', expires: 5 }] }, { exceptions: [{ target: 'T' }, { rule: 'x', target: 'T' }] })).toEqual([
      { ...exception('undefined>T', 'undefined → T'), kind: 'renewed', before: '2027-01-01', after: null },
      { ...exception('x>T', 'x → T'), kind: 'renewed', before: 5, after: null },
    ]);
    expect(changes({ exceptions: [{ rule: 'x', target: 'T', expires: '2026-01-01' }] }, { exceptions: [{ rule: 'x', target: 'T', expires: 20260101 }] })).toEqual([
      { ...exception('x>T', 'x → T'), kind: 'renewed', before: '2026-01-01', after: 20260101 },
    ]);
  });

  it('the same date run out between the two versions\' reviews (facility.updated), or before as-of when the new one has none', () => {
    const version = (updated: unknown, expires: unknown = '2026-06-30') => ({ facility: updated === undefined ? undefined : { updated }, exceptions: [{ rule: 'r', target: 'T', expires }] });
    const expired = [{ section: 'exceptions', id: 'r>T', label: 'r → T', personal: false, kind: 'expired', before: '2026-06-30', after: '2026-06-30' }];
    const without = (list: unknown[]) => list.filter((change: any) => change.section === 'exceptions');
    const asOf = '2026-11-24';
    expect(without(changes(version('2026-06-01'), version('2026-07-01'), asOf))).toEqual(expired);
    expect(without(changes(version('2026-06-30'), version('2026-07-01'), asOf))).toEqual(expired); // reviewed on the last day: still running then
    expect(without(changes(version('2026-07-01'), version('2026-08-01'), asOf))).toEqual([]); // already out at the first review
    expect(without(changes(version('2026-06-01'), version('2026-06-30'), asOf))).toEqual([]); // its last day at the second review
    expect(without(changes(version('2026-06-01'), version('2026-06-01'), asOf))).toEqual([]);
    expect(without(changes(version('2026-06-01'), version(undefined), asOf))).toEqual(expired);
    expect(without(changes(version('2026-06-01'), version(''), asOf))).toEqual(expired);
    expect(without(changes(version('2026-06-01'), version(undefined), '2026-06-30'))).toEqual([]);
    expect(without(changes(version('2026-06-01'), version(undefined), '2026-07-01'))).toEqual(expired);
    // the new review after as-of: as-of decides
    expect(without(changes(version('2026-06-01'), version('2026-12-31'), '2026-06-30'))).toEqual([]);
    expect(without(changes(version('2026-06-01'), version('2026-12-31'), '2026-07-01'))).toEqual(expired);
    expect(without(changes(version('2026-06-01', '2026-08-01'), version('2026-07-01', '2026-08-01'), asOf))).toEqual([]);
    expect(without(changes(version(undefined), version('2026-07-01'), asOf))).toEqual([]);
    expect(without(changes(version(''), version('2026-07-01'), asOf))).toEqual([]);
    expect(without(changes(version(20260601), version('2026-07-01'), asOf))).toEqual([]);
    expect(without(changes(version('2026-06-01', 20260630), version('2026-07-01', 20260630), asOf))).toEqual([]);
    expect(without(changes(version('2026-06-01', ''), version('2026-07-01', ''), asOf))).toEqual([]);
    expect(without(changes({ facility: 'x', exceptions: version('').exceptions }, version('2026-07-01'), asOf))).toEqual([]);
    expect(without(changes([], version('2026-07-01'), asOf))).toEqual([{ section: 'exceptions', id: 'r>T', label: 'r → T', personal: false, kind: 'expired', after: '2026-06-30' }]);
    // and changed keys beside it
    const reasoned = (updated: string, reason: string) => ({ facility: { updated }, exceptions: [{ rule: 'r', target: 'T', expires: '2026-06-30', reason }] });
    expect(without(changes(reasoned('2026-06-01', 'a'), reasoned('2026-07-01', 'b'), asOf))).toEqual([...expired, { section: 'exceptions', id: 'r>T', label: 'r → T', personal: false, kind: 'changed', keys: [{ key: 'reason', before: 'a', after: 'b' }] }]);
  });
});

describe('administrators, incidents and the facility', () => {
  it('administrators by MCS id in any case, else name; changed keys', () => {
    const before = { facility: { mcs_admins: [{ mcs_id: 'Adm@x', name: 'Adm', phone: 1 }, { name: 'N' }, 'x'] } };
    const after = { facility: { mcs_admins: [{ mcs_id: 'adm@x', name: 'Adm', phone: 2 }, { name: 'M' }] } };
    expect(changes(before, after)).toEqual([
      { section: 'admins', kind: 'added', id: 'M', label: 'M', personal: true },
      { section: 'admins', kind: 'changed', id: 'adm@x', label: 'Adm', personal: true, keys: [{ key: 'mcs_id', before: 'Adm@x', after: 'adm@x' }, { key: 'phone', before: 1, after: 2 }] },
      { section: 'admins', kind: 'removed', id: 'N', label: 'N', personal: true },
    ]);
  });

  it('incidents by device and date; changed keys', () => {
    const before = { incidents: [{ device: 'SP', date: '2026-01-01', police: false }, { device: 'PC', date: '2026-02-01' }, {}] };
    const after = { incidents: [{ device: 'SP', date: '2026-01-01', police: true }, { device: 'PC', date: '2026-02-02' }, {}] };
    expect(changes(before, after)).toEqual([
      { section: 'incidents', kind: 'added', id: 'PC@2026-02-02', label: 'PC (2026-02-02)', personal: false },
      { section: 'incidents', kind: 'changed', id: 'SP@2026-01-01', label: 'SP (2026-01-01)', personal: false, keys: [{ key: 'police', before: false, after: true }] },
      { section: 'incidents', kind: 'removed', id: 'PC@2026-02-01', label: 'PC (2026-02-01)', personal: false },
    ]);
  });

  it('the facility: one change per key, nested keys dotted, its administrators apart; a name or MCS id inside it personal, its own name not', () => {
    const before = { facility: { name: 'F', updated: '2026-01-01', manager: { name: 'M', mcs_id: 'm@x', phone: '1' }, mcs_admins: [{ mcs_id: 'a@x' }], network: { vpn_name: 'v' } } };
    const after = { facility: { name: 'G', updated: '2026-02-01', manager: { name: 'N', mcs_id: 'n@x', phone: '2' }, mcs_admins: [{ mcs_id: 'a@x', x: 1 }], network: { vpn_name: 'w' } } };
    const facility = (id: string, personal: boolean, before: unknown, after: unknown) => ({ section: 'facility', kind: 'changed', id, label: id, personal, before, after });
    expect(changes(before, after)).toEqual([
      facility('name', false, 'F', 'G'),
      facility('updated', false, '2026-01-01', '2026-02-01'),
      facility('manager.name', true, 'M', 'N'),
      facility('manager.mcs_id', true, 'm@x', 'n@x'),
      facility('manager.phone', false, '1', '2'),
      facility('network.vpn_name', false, 'v', 'w'),
      { section: 'admins', kind: 'changed', id: 'a@x', label: 'a@x', personal: true, keys: [{ key: 'x', before: undefined, after: 1 }] },
    ]);
    expect(changes({ facility: { mcs_id: 'a@x', surname: 's', name_kana: 'k' } }, { facility: { mcs_id: 'b@x', surname: 't', name_kana: 'l' } })).toEqual([
      facility('mcs_id', true, 'a@x', 'b@x'),
      facility('surname', false, 's', 't'),
      facility('name_kana', false, 'k', 'l'),
    ]);
    expect(changes({ facility: ['x'] }, { facility: { name: 'F' } })).toEqual([facility('name', false, undefined, 'F')]);
    expect(changes({ facility: { name: 'F' } }, 'x')).toEqual([facility('name', false, 'F', undefined)]);
  });
});
