// One pass (src/engine/one-pass.ts) and a file's check (src/engine/check-file.ts) called directly, each
// answer exact: which entry a path is in (every list of entries, and paths that are in none), who an entry
// names, the ledger without its broken entries (in list order, then index order), paths mapped back, what a
// content finding must wait for; and a loaded workbook through a stand-in reader (where each kind of finding
// is placed, the sheets' order, warnings that do not stop the rules). The modules are loaded inside each
// test: their tables (ENTRY_LISTS) then count for every test that reads them, not only the first.
import type { ParsedLedger } from '../../src/load/parse';
import type { Finding, LocatedFinding, NodePath, Position } from '../../src/types';
import { cleanLedger, EMPTY_CONFIG, FIXTURE_AS_OF } from '../helpers/ledger-fixture';
import { handWorkbook } from '../fixtures/bad/workbooks';

beforeEach(() => jest.resetModules());

const onePass = () => require('../../src/engine/one-pass') as typeof import('../../src/engine/one-pass');
const checkFile = () => require('../../src/engine/check-file') as typeof import('../../src/engine/check-file');

const finding = (path: NodePath, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'schema', severity: 'error', path, message: { ja: 'j', en: 'e' }, data: {}, sources: [], ...extra,
});

describe('entryAt', () => {
  it('finds the entry of each list a path is inside, and none outside the lists', () => {
    const { entryAt } = onePass();
    expect([
      ['users', 2, 'name'], ['devices', 0], ['incidents', 1, 'date'], ['exceptions', 3, 'rule'], ['facility', 'mcs_admins', 4, 'mcs_id'],
    ].map((path) => entryAt(path))).toEqual([
      { list: ['users'], index: 2 }, { list: ['devices'], index: 0 }, { list: ['incidents'], index: 1 }, { list: ['exceptions'], index: 3 }, { list: ['facility', 'mcs_admins'], index: 4 },
    ]);
    expect([[], ['users'], ['users', 'x'], ['facility', 'name'], ['facility', 'mcs_admins'], ['facility', 'other', 0], ['other', 'mcs_admins', 0], ['x', 0], ['facility', 0]].map((path) => entryAt(path))).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });
});

describe('entryTarget', () => {
  const root = {
    users: [{ mcs_id: 'Sato@X', name: '佐藤' }, { mcs_id: 'ito@x' }, { mcs_id: 'kato@x', name: '' }, { mcs_id: '', name: '空' }, { mcs_id: 5, name: '数' }, null, ['a'], 'text', { mcs_id: 'n@x', name: 7 }],
    devices: [{ id: 'PC-01', mcs_id: 'u@x' }, { id: '' }, { mcs_id: 'u@x' }],
    incidents: [{ device: 'SP-01', id: 'INC-1' }, { device: '' }, { id: 'PC-01' }],
    exceptions: [{ target: 'Sato@X', mcs_id: 'Sato@X', name: '佐藤' }],
    facility: { mcs_admins: [{ mcs_id: 'adm@x', name: '管理' }] },
  };

  it('a user or an MCS administrator by mcs_id and name (the id when no name), a device by id, an incident by its device', () => {
    const { entryTarget } = onePass();
    const at = (list: string[], index: number) => entryTarget(root, { list, index });
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((index) => at(['users'], index))).toEqual([
      { kind: 'user', id: 'Sato@X', label: '佐藤' }, { kind: 'user', id: 'ito@x', label: 'ito@x' }, { kind: 'user', id: 'kato@x', label: 'kato@x' },
      undefined, undefined, undefined, undefined, undefined, { kind: 'user', id: 'n@x', label: 'n@x' }, undefined,
    ]);
    expect([0, 1, 2].map((index) => at(['devices'], index))).toEqual([{ kind: 'device', id: 'PC-01', label: 'PC-01' }, undefined, undefined]);
    expect([0, 1, 2].map((index) => at(['incidents'], index))).toEqual([{ kind: 'device', id: 'SP-01', label: 'SP-01' }, undefined, undefined]);
    expect(at(['exceptions'], 0)).toBeUndefined();
    expect(at(['facility', 'mcs_admins'], 0)).toEqual({ kind: 'user', id: 'adm@x', label: '管理' });
  });

  it('names nothing where the ledger has no such list, or is not an object', () => {
    const { entryTarget } = onePass();
    const users = { list: ['users'], index: 0 };
    const listed = Object.assign([], { users: [{ mcs_id: 'a@x' }] });
    expect([null, undefined, 'text', 3, listed, { users: 'x' }, { users: { 0: { mcs_id: 'a@x' } } }, { facility: null }].map((value) => entryTarget(value, users))).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
    expect(entryTarget({ facility: ['x'] }, { list: ['facility', 'mcs_admins'], index: 0 })).toBeUndefined();
    expect(entryTarget(Object.assign([], { facility: { mcs_admins: [{ mcs_id: 'a@x' }] } }), { list: ['facility', 'mcs_admins'], index: 0 })).toBeUndefined();
  });
});

describe('withEntryTarget', () => {
  it('adds the target of the entry a format finding is in; keeps a finding that has one, or is in no entry, as it is', () => {
    const { withEntryTarget } = onePass();
    const root = { users: [{ mcs_id: 'a@x', name: 'A' }], devices: [{ id: 'PC-01' }] };
    const inUser = finding(['users', 0, 'start_date']);
    expect(withEntryTarget(inUser, root)).toEqual({ ...inUser, target: { kind: 'user', id: 'a@x', label: 'A' } });
    expect(inUser.target).toBeUndefined();
    const missing = finding(['devices', 0], { missingKey: 'type' });
    expect(withEntryTarget(missing, root)).toEqual({ ...missing, target: { kind: 'device', id: 'PC-01', label: 'PC-01' } });
    const targeted = finding(['users', 0, 'x'], { target: { kind: 'device', id: 'Z', label: 'Z' } });
    expect(withEntryTarget(targeted, root)).toBe(targeted);
    for (const plain of [finding(['facility', 'name']), finding(['users'], { missingKey: '0' }), finding(['devices', 1, 'id']), finding([], { missingKey: 'facility' })]) {
      expect(withEntryTarget(plain, root)).toBe(plain);
    }
  });
});

describe('withoutBrokenEntries', () => {
  const people = (count: number) => Array.from({ length: count }, (_, index) => ({ mcs_id: `U${index}@X`, name: `n${index}` }));

  it('is none when an error is outside the entries', () => {
    const { withoutBrokenEntries } = onePass();
    expect(withoutBrokenEntries({ users: people(2) }, [finding(['users', 1, 'name']), finding(['facility', 'name'])])).toBeUndefined();
    expect(withoutBrokenEntries({ users: people(2) }, [finding(['users'])])).toBeUndefined();
  });

  it('leaves out the broken entries (list order, then index order as numbers), names them, and keeps the ledger as it was', () => {
    const { withoutBrokenEntries } = onePass();
    const root = {
      users: [...people(11), { name: 'no id' }],
      devices: [{ id: 'PC-01' }, { id: 'PC-02' }],
      incidents: [{ device: 'PC-02' }],
      exceptions: [{ rule: 'mfa', target: 'PC-01' }, { rule: 'mfa', target: 'PC-02' }],
      facility: { name: 'f', mcs_admins: [{ mcs_id: 'adm@x', name: '管理' }, { mcs_id: 'adm2@x', name: '管理2' }] },
    };
    const before = structuredClone(root);
    const errors = [9, 10, 2, 11].map((index) => finding(['users', index, 'name']))
      .concat([finding(['exceptions', 0, 'expires']), finding(['facility', 'mcs_admins', 0, 'mcs_id']), finding(['devices', 1, 'id']), finding(['users', 9, 'start_date'])]);
    const partial = withoutBrokenEntries(root, errors)!;
    expect(partial.leftOut).toEqual([
      { path: ['users', 2], target: { kind: 'user', id: 'U2@X', label: 'n2' } },
      { path: ['users', 9], target: { kind: 'user', id: 'U9@X', label: 'n9' } },
      { path: ['users', 10], target: { kind: 'user', id: 'U10@X', label: 'n10' } },
      { path: ['users', 11] },
      { path: ['devices', 1], target: { kind: 'device', id: 'PC-02', label: 'PC-02' } },
      { path: ['exceptions', 0] },
      { path: ['facility', 'mcs_admins', 0], target: { kind: 'user', id: 'adm@x', label: '管理' } },
    ]);
    expect(Object.keys(partial.leftOut[3]!)).toEqual(['path']);
    const value = partial.value as typeof root;
    expect(value.users.map((user) => (user as { mcs_id?: string }).mcs_id)).toEqual(['U0@X', 'U1@X', 'U3@X', 'U4@X', 'U5@X', 'U6@X', 'U7@X', 'U8@X']);
    expect(value.devices).toEqual([{ id: 'PC-01' }]);
    expect(value.incidents).toEqual([{ device: 'PC-02' }]);
    expect(value.exceptions).toEqual([{ rule: 'mfa', target: 'PC-02' }]);
    expect(value.facility).toEqual({ name: 'f', mcs_admins: [{ mcs_id: 'adm2@x', name: '管理2' }] });
    expect(root).toEqual(before);
  });

  it('maps a path in the ledger without them back to the ledger as written', () => {
    const { withoutBrokenEntries } = onePass();
    const root = { users: people(4), devices: [{ id: 'A' }, { id: 'B' }], facility: { mcs_admins: [{ mcs_id: 'a@x' }, { mcs_id: 'b@x' }, { mcs_id: 'c@x' }] } };
    const partial = withoutBrokenEntries(root, [finding(['users', 0, 'name']), finding(['users', 2, 'name']), finding(['facility', 'mcs_admins', 1, 'name'])])!;
    expect([
      ['users', 0, 'name'], ['users', 1], ['users', 5, 'x'], ['devices', 1, 'id'], ['facility', 'mcs_admins', 1, 'mcs_id'], ['facility', 'mcs_admins', 0], ['facility', 'name'], [],
    ].map((path) => partial.toOriginal(path))).toEqual([
      ['users', 1, 'name'], ['users', 3], ['users', 5, 'x'], ['devices', 1, 'id'], ['facility', 'mcs_admins', 2, 'mcs_id'], ['facility', 'mcs_admins', 0], ['facility', 'name'], [],
    ]);
  });

  it('a content finding waits when its target or a text in its data is a left-out person or device, in any case; a broken exception names no one', () => {
    const { withoutBrokenEntries } = onePass();
    const root = { users: [{ mcs_id: 'Sato@X', name: '佐藤' }, { name: 'no id' }], devices: [{ id: 'PC-01' }], exceptions: [{ rule: 'mfa', target: 'other@x' }] };
    const partial = withoutBrokenEntries(root, [finding(['users', 0, 'x']), finding(['users', 1, 'x']), finding(['devices', 0, 'x']), finding(['exceptions', 0, 'x'])])!;
    const user = (id: string) => finding(['x'], { target: { kind: 'user', id, label: id } });
    expect([
      user('sato@x'), user('SATO@X'), user('Sato@X'), user('other@x'), user('pc-01'), finding(['x'], { data: { device: 'pc-01' } }), finding(['x'], { data: { user: 'SATO@x', count: 5 } }),
      finding(['x'], { data: { count: 5, list: ['sato@x'] as never } }), finding(['x'], { data: { user: 'other@x' } }), finding(['x']),
    ].map((candidate) => partial.speaksOfLeftOut(candidate))).toEqual([true, true, true, false, true, true, true, false, false, false]);
  });
});

describe('withoutBrokenEntries: ids as typed, entries without one', () => {
  const RULES = ['unknown-reference', 'admin-is-user', 'lost-device-incident', 'user-devices', 'device-not-active', 'duplicate-id'];

  it('compares ids as typed: full-width letters and ＠ are the same id, in any case', () => {
    const { withoutBrokenEntries } = onePass();
    const partial = withoutBrokenEntries({ users: [{ mcs_id: 'ｔａｋａｈａｓｈｉ＠Ｘ', name: '高橋' }] }, [finding(['users', 0, 'mcs_id'])])!;
    const about = (id: string) => finding(['x'], { ruleId: 'mfa', target: { kind: 'user', id, label: id } });
    expect([about('takahashi@x'), about('TAKAHASHI@X'), about('ｔａｋａｈａｓｈｉ＠ｘ'), about('takahashi@y')].map((candidate) => partial.speaksOfLeftOut(candidate))).toEqual([true, true, true, false]);
    expect(partial.speaksOfLeftOut(finding(['x'], { ruleId: 'mfa', data: { user: 'Takahashi＠x' } }))).toBe(true);
    // without case is lower case: a dotless ı is its own letter (ı and i share an upper case, I)
    const dotless = withoutBrokenEntries({ users: [{ mcs_id: 'kıra@x' }] }, [finding(['users', 0, 'mcs_id'])])!;
    expect([about('kira@x'), about('KIRA@X'), about('kıra@x')].map((candidate) => dotless.speaksOfLeftOut(candidate))).toEqual([false, false, true]);
  });

  it('an entry with no readable id holds back the rules that look entries up, and only those', () => {
    const { withoutBrokenEntries } = onePass();
    const partial = withoutBrokenEntries({ devices: [{ id: 1 }, { id: 'PC-02' }] }, [finding(['devices', 0, 'id'])])!;
    expect(partial.leftOut).toEqual([{ path: ['devices', 0] }]);
    expect([...RULES, 'mfa', 'schema', 'antivirus'].map((ruleId) => partial.speaksOfLeftOut(finding(['devices', 0], { ruleId })))).toEqual([...RULES.map(() => true), false, false, false]);
  });

  it('a broken exception names no one and holds nothing back', () => {
    const { withoutBrokenEntries } = onePass();
    const partial = withoutBrokenEntries({ users: [{ mcs_id: 'a@x' }], exceptions: [{ rule: 'mfa', target: 'a@x' }, { rule: 'mfa' }] }, [finding(['exceptions', 1, 'target']), finding(['exceptions', 0, 'expires'])])!;
    expect(partial.leftOut).toEqual([{ path: ['exceptions', 0] }, { path: ['exceptions', 1] }]);
    expect([...RULES, 'mfa'].map((ruleId) => partial.speaksOfLeftOut(finding(['users', 0], { ruleId, target: { kind: 'user', id: 'a@x', label: 'a@x' }, data: { user: 'a@x' } })))).toEqual([...RULES, 'mfa'].map(() => false));
  });
});

/** Where the stand-in reader places things: each kind of place named in its cell reference. */
function standIn(value: unknown, extra: Partial<ParsedLedger> = {}): ParsedLedger & { calls: string[] } {
  const calls: string[] = [];
  const at = (ref: string, sheetIndex = 0): Position => ({ line: 1, column: 1, cell: { sheet: 's', sheetIndex, ref } });
  return {
    value,
    calls,
    locate: (path: NodePath, pointsAtKey?: boolean) => {
      calls.push(`locate ${path.join('/')}${pointsAtKey ? ' key' : ''}`);
      return at(`locate:${path.join('/')}`);
    },
    locateMissing: (path: NodePath, key: string) => {
      calls.push(`missing ${path.join('/')} ${key}`);
      return at(`missing:${path.join('/')}:${key}`);
    },
    ...extra,
  };
}

const refs = (findings: readonly LocatedFinding[]) => findings.map((item) => `${item.ruleId} ${item.position.cell?.ref}`);
const options = { asOf: FIXTURE_AS_OF, config: EMPTY_CONFIG };

describe('a workbook ledger through a stand-in reader', () => {
  it('places a missing key at its empty cell, an unrecorded key at its own cell, the rest at its node; a placed finding stays', () => {
    const ledger = cleanLedger();
    delete (ledger.devices[1]!.security as { mfa?: boolean }).mfa;
    const placed = finding(['devices', 0], { ruleId: 'layout', severity: 'warning', position: { line: 9, column: 9, cell: { sheet: 's', sheetIndex: 0, ref: 'given' } } });
    const parsed = standIn(ledger, { problems: [placed] });
    const loaded = checkFile().loadWorkbookLedger(parsed, (item) => item);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(refs(loaded.readFindings)).toEqual(['layout given']);
    const check = checkFile().checkLoaded(loaded, { ...options, places: true });
    expect(refs(check.findings)).toEqual(['mfa locate:devices/1/security/mfa', 'layout given']);
    expect(parsed.calls.filter((call) => !call.startsWith('locate users') && !call.startsWith('locate devices/0') && !call.startsWith('locate facility'))).toEqual([
      'locate devices/1/security/mfa', 'locate devices/1/id', 'locate devices/1/status',
    ]);
    expect(check.leftOut).toBeUndefined();
    expect('leftOut' in check).toBe(false);
  });

  it('a schema finding for a missing key goes to locateMissing; a YAML-like ledger (no locateMissing) is placed at its node', () => {
    const ledger = cleanLedger() as unknown as { users: Array<Record<string, unknown>> };
    delete ledger.users[0]!.name;
    const parsed = standIn(ledger);
    const loaded = checkFile().loadWorkbookLedger(parsed, (item) => ({ ...item, message: { ja: 'ヒント', en: 'hint' } }));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(refs(loaded.readFindings)).toEqual(['schema missing:users/0:name']);
    expect(loaded.readFindings.map((item) => [item.message.en, item.target?.id])).toEqual([['hint', 'sato@sakura.example.jp']]);
    expect(loaded.leftOut!.entries).toEqual([{ path: ['users', 0], target: { kind: 'user', id: 'sato@sakura.example.jp', label: 'sato@sakura.example.jp' }, position: { line: 1, column: 1, cell: { sheet: 's', sheetIndex: 0, ref: 'locate:users/0' } } }]);
    const yamlLike = standIn(structuredClone(ledger), { locateMissing: undefined });
    const plain = checkFile().loadWorkbookLedger(yamlLike, (item) => item);
    expect(plain.ok && refs(plain.readFindings)).toEqual(['schema locate:users/0']);
  });

  it('an unrecorded key in an entry after a left-out one is placed at its own cell in the sheet as written', () => {
    const ledger = cleanLedger() as unknown as { devices: Array<{ security: Record<string, unknown>; type: unknown }> };
    ledger.devices[0]!.type = 'toaster';
    delete ledger.devices[1]!.security.mfa;
    const parsed = standIn(ledger);
    const loaded = checkFile().loadWorkbookLedger(parsed, (item) => item);
    const check = checkFile().checkLoaded(loaded, { ...options, places: true });
    expect(refs(check.findings)).toEqual(['mfa locate:devices/1/security/mfa', 'schema locate:devices/0/type']);
    expect(check.findings[0]!.path).toEqual(['devices', 1, 'security']);
    expect(check.leftOut!.map((entry) => entry.path)).toEqual([['devices', 0]]);
    expect((require('../../src/engine/places') as typeof import('../../src/engine/places')).placeOf(check.places!, ['devices', 0, 'id'])).toEqual({ path: ['devices', 1, 'id'], position: { line: 1, column: 1, cell: { sheet: 's', sheetIndex: 0, ref: 'locate:devices/1/id' } } });
    // Only a run that checks across ledgers asks for places: a check alone keeps none.
    expect(checkFile().checkLoaded(checkFile().loadWorkbookLedger(standIn(ledger), (item) => item), options).places).toBeUndefined();
  });

  it('a warning while reading does not stop the rules; an error while reading does', () => {
    const warning = finding(['devices', 0], { ruleId: 'layout', severity: 'warning' });
    const ledger = cleanLedger();
    ledger.users[1]!.policy_read = false;
    const warned = checkFile().loadWorkbookLedger(standIn(ledger, { problems: [warning] }), (item) => item);
    expect(warned.ok).toBe(true);
    expect(refs(checkFile().checkLoaded(warned, options).findings)).toEqual(['layout locate:devices/0', 'policy-read locate:users/1/policy_read']);
    const stopped = checkFile().loadWorkbookLedger(standIn(cleanLedger(), { problems: [finding(['users', 0, 'name'])] }), (item) => item);
    expect(stopped.ok).toBe(false);
    expect(!stopped.ok && refs(stopped.findings)).toEqual(['schema locate:users/0/name']);
  });

  it('condenses located format findings as the format says them', () => {
    const ledger = cleanLedger() as unknown as { users: Array<Record<string, unknown>> };
    delete ledger.users[0]!.name;
    delete ledger.users[1]!.name;
    const condense = (located: LocatedFinding[]) => located.slice(0, 1);
    const loaded = checkFile().loadWorkbookLedger(standIn(ledger, { condense }), (item) => item);
    expect(loaded.ok && refs(loaded.readFindings)).toEqual(['schema missing:users/0:name']);
  });
});

describe('compareFindings and checkBytes', () => {
  it('orders by sheet first (a sheet without a cell counts as the first), then line, column and rule', () => {
    const { compareFindings } = checkFile();
    const at = (ruleId: string, line: number, column: number, sheetIndex?: number): LocatedFinding => ({
      ...finding([], { ruleId }), position: { line, column, ...(sheetIndex === undefined ? {} : { cell: { sheet: 's', sheetIndex, ref: 'A1' } }) },
    });
    const sorted = [at('b', 1, 1, 2), at('a', 5, 1, 1), at('c', 3, 1), at('b', 3, 1), at('a', 3, 2, 0), at('z', 1, 9, 1)].sort(compareFindings);
    expect(sorted.map((item) => `${item.ruleId}${item.position.line}${item.position.column}${item.position.cell?.sheetIndex ?? '-'}`)).toEqual(['b31-', 'c31-', 'a320', 'z191', 'a511', 'b112']);
  });

  it('reads a workbook by its name or its bytes, on this thread, to its findings at sheet!cell', () => {
    const bytes = handWorkbook(Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'));
    const check = checkFile().checkBytes(bytes, options, '台帳.xlsx');
    expect(check.findings.length).toBeGreaterThan(0);
    expect(check.findings.every((item) => item.position.cell !== undefined)).toBe(true);
    expect(checkFile().checkBytes(bytes, options).findings).toEqual(check.findings);
    const yaml = checkFile().checkBytes(Buffer.from('version: 1\n'), options, 'ledger.yaml');
    expect(yaml.findings.every((item) => item.position.cell === undefined && item.ruleId === 'schema')).toBe(true);
  });

  it('a workbook that cannot be read is refused with the file\'s name, and with no name when none is given', () => {
    const cut = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    const refusal = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return [(error as Error).name, (error as Error).message];
      }
      return ['none'];
    };
    const named = refusal(() => checkFile().checkBytes(cut, options, 'x.xlsx'));
    expect(named[0]).toBe('UsageError');
    expect(named[1]).toMatch(/^x\.xlsx: the workbook /);
    const reason = named[1]!.slice('x.xlsx'.length);
    expect(refusal(() => checkFile().checkBytes(cut, options))).toEqual(['UsageError', reason]);
    expect(refusal(() => checkFile().loadLedger(cut))).toEqual(['UsageError', reason]);
  });
});
