// What makes two findings the same finding (src/diff/identity.ts), called directly, each answer exact: file
// names as two runs name them, the key and the loose key of a finding, each kind of entry's id, ids read
// from a ledger, from a finding's target, and from a check whose broken entries were left out, and the
// one-to-one matching. The module is loaded inside each test (its patterns count for every test).
beforeEach(() => jest.resetModules());

const identity = () => require('../../src/diff/identity') as typeof import('../../src/diff/identity');

describe('sameFileName and identify', () => {
  it('names a file as another run from the same folder names it; <stdin> as it is', () => {
    const { sameFileName } = identity();
    expect(['./a/../b.yaml', 'dir/./x.yaml', './x.yaml', 'a//b.yaml', 'x.yaml', '<stdin>', '<./a>', '../up/x.yaml', '.x.yaml'].map(sameFileName)).toEqual([
      'b.yaml', 'dir/x.yaml', 'x.yaml', 'a/b.yaml', 'x.yaml', '<stdin>', '<./a>', '../up/x.yaml', '.x.yaml',
    ]);
  });

  it('writes each index as the id it resolves to, or as its position when none; the loose key has every index a wildcard', () => {
    const { identify } = identity();
    const calls: string[] = [];
    const resolve = (prefix: readonly (string | number)[], index: number) => {
      calls.push(`${prefix.join('/')}#${index}`);
      return index === 0 ? 'PC-01' : undefined;
    };
    expect(identify({ ruleId: 'mfa', path: ['devices', 0, 'security', 'mfa'], target: 'PC-01' }, './x.yaml', resolve)).toEqual({
      key: JSON.stringify(['mfa', 'x.yaml', 'PC-01', '/devices["PC-01"]/security/mfa']), loose: JSON.stringify(['mfa', 'x.yaml', 'PC-01', '/devices[*]/security/mfa']), resolved: true,
    });
    expect(identify({ ruleId: 'r', path: ['users', 0, 'devices', 3], target: null }, 'y.yaml', resolve)).toEqual({
      key: JSON.stringify(['r', 'y.yaml', null, '/users["PC-01"]/devices[#3]']), loose: JSON.stringify(['r', 'y.yaml', null, '/users[*]/devices[*]']), resolved: false,
    });
    expect(identify({ ruleId: 'r', path: [], target: 'facility' }, 'z.yaml', resolve)).toEqual({ key: JSON.stringify(['r', 'z.yaml', 'facility', '']), loose: JSON.stringify(['r', 'z.yaml', 'facility', '']), resolved: true });
    expect(calls).toEqual(['devices#0', 'users#0', 'users/0/devices#3']);
  });
});

describe('entryId', () => {
  it('a device and an incident by device id, an exception by rule and target, a person by MCS id or else name', () => {
    const { entryId } = identity();
    expect([
      entryId(['devices'], { id: 'PC-01', mcs_id: 'x' }), entryId(['devices'], { id: '' }), entryId(['devices'], { id: 5 }), entryId(['devices'], 'PC-01'), entryId(['devices'], null), entryId(['devices'], ['PC-01']),
      entryId(['incidents'], { device: 'SP-01', id: 'I' }), entryId(['incidents'], {}),
      entryId(['exceptions'], { rule: 'mfa', target: 'SP-01' }), entryId(['exceptions'], { rule: 'mfa' }), entryId(['exceptions'], { target: 'a' }), entryId(['exceptions'], { reason: 'x' }),
      entryId(['users'], { mcs_id: 'a@x', name: 'A' }), entryId(['users'], { mcs_id: '', name: 'A' }), entryId(['users'], { name: 'A' }), entryId(['users'], { id: 'D' }),
      entryId(['facility', 'mcs_admins'], { mcs_id: 'adm@x' }),
    ]).toEqual([
      'PC-01', undefined, undefined, undefined, undefined, undefined,
      'SP-01', undefined,
      'mfa>SP-01', 'mfa>undefined', 'undefined>a', undefined,
      'a@x', 'A', 'A', undefined,
      'adm@x',
    ]);
  });

  it('an item of any other list by its value: text as it is, anything else as JSON with its keys sorted', () => {
    const { entryId } = identity();
    expect([undefined, 'PC-01', '', 5, true, null, { b: [2, { d: 1, c: null }], a: 'x' }, [{ z: 1, y: 2 }], () => 1].map((item) => entryId(undefined, item))).toEqual([
      undefined, 'PC-01', '', '5', 'true', 'null', '{"a":"x","b":[2,{"c":null,"d":1}]}', '[{"y":2,"z":1}]', 'null',
    ]);
  });
});

describe('resolvers', () => {
  const ledger = {
    users: [{ mcs_id: 'a@x', devices: ['PC-01', 'SP-01'] }, { mcs_id: 'b@x' }, { mcs_id: 'c@x', devices: ['TB-01'] }],
    devices: [{ id: 'PC-01' }],
    exceptions: [{ rule: 'mfa', target: 'PC-01' }],
    facility: { mcs_admins: [{ mcs_id: 'adm@x' }], name: 'f' },
  };

  it('valueResolver reads the entry or the listed value where the path leads, and nothing elsewhere', () => {
    const { valueResolver } = identity();
    const resolve = valueResolver(ledger);
    expect([
      resolve(['users'], 0), resolve(['users'], 9), resolve(['users', 0, 'devices'], 1), resolve(['devices'], 0), resolve(['exceptions'], 0), resolve(['facility', 'mcs_admins'], 0),
      resolve(['facility'], 0), resolve(['facility', 'name'], 0), resolve(['users', 'x'], 0), resolve([0], 0), resolve(['nothing'], 0),
    ]).toEqual(['a@x', undefined, 'SP-01', 'PC-01', 'mfa>PC-01', 'adm@x', undefined, undefined, undefined, undefined, undefined]);
    expect(valueResolver([['x']])([0], 0)).toBe('x');
    expect(valueResolver(null)(['users'], 0)).toBeUndefined();
  });

  it('targetResolver names a device, an incident or a person by the finding\'s target; nothing else', () => {
    const { targetResolver } = identity();
    const resolve = targetResolver('T');
    expect([['devices'], ['incidents'], ['users'], ['exceptions'], ['facility', 'mcs_admins'], ['users', 0, 'devices'], ['other']].map((prefix) => resolve(prefix, 0))).toEqual([
      'T', 'T', 'T', undefined, undefined, undefined, undefined,
    ]);
    expect([targetResolver(null)(['users'], 0), targetResolver('facility')(['users'], 0)]).toEqual([undefined, undefined]);
  });

  it('checkResolver maps an index past left-out entries to the kept one, names a left-out entry by its target, and falls back to the finding\'s', () => {
    const { checkResolver } = identity();
    // the ledger as the rules saw it: users[1] (b@x) and users[3] (no id) were left out
    const seen = { users: [ledger.users[0], ledger.users[2], { mcs_id: 'e@x' }], devices: ledger.devices };
    const leftOut = [
      { path: ['users', 1], target: { kind: 'user' as const, id: 'b@x', label: 'b@x' }, position: { line: 1, column: 1 } },
      { path: ['users', 3], position: { line: 2, column: 1 } },
    ];
    const resolve = checkResolver(seen, leftOut, 'T');
    expect([resolve(['users'], 0), resolve(['users'], 1), resolve(['users'], 2), resolve(['users'], 3), resolve(['users'], 4), resolve(['users'], 7), resolve(['users', 2, 'devices'], 0), resolve(['devices'], 0), resolve(['exceptions'], 0)]).toEqual([
      'a@x', 'b@x', 'c@x', 'T', 'e@x', 'T', 'TB-01', 'PC-01', undefined,
    ]);
    expect(checkResolver(undefined, leftOut, 'T')(['users'], 0)).toBe('T');
    expect(checkResolver(seen, undefined, null)(['users'], 1)).toBe('c@x');
  });
});

describe('matchIdentities', () => {
  const id = (key: string, loose = key, resolved = true) => ({ key, loose, resolved });

  it('one to one by key in order, then by loose key only where one side could not resolve an index; the rest of the baseline is gone', () => {
    const { matchIdentities } = identity();
    expect(matchIdentities([id('a'), id('a'), id('b')], [id('a'), id('c'), id('b')])).toEqual({ unchanged: [true, false, true], gone: [1] });
    expect(matchIdentities([id('k1', 'L', false), id('k2', 'L'), id('k3', 'L')], [id('k9', 'L'), id('k8', 'L', false), id('k7', 'L')])).toEqual({ unchanged: [true, true, false], gone: [2] });
    expect(matchIdentities([id('k1', 'L')], [id('k2', 'L')])).toEqual({ unchanged: [false], gone: [0] });
    expect(matchIdentities([id('k1', 'L', false), id('x')], [id('x'), id('k2', 'M', false)])).toEqual({ unchanged: [false, true], gone: [1] });
    expect(matchIdentities([], [id('a')])).toEqual({ unchanged: [], gone: [0] });
    expect(matchIdentities([id('a', 'L', false)], [id('a', 'L'), id('b', 'L', false)])).toEqual({ unchanged: [true], gone: [1] });
  });
});
