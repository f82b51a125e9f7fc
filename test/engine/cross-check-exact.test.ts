// The checks across ledgers as the engine runs them (src/engine/cross-check.ts), called directly (the
// CLI's tests of them spawn the bin): each finding on the file it is about, at its place there, with
// that file's severity and exceptions, naming the other file (its line, or its sheet and cell) and
// counting the rest; exception-unused for a cross rule only where the cross checks ran. The modules are
// loaded inside each test (their tables count for every test).
import type { Ledger } from '../../src/ledger';
import type { LocatedFinding, NodePath } from '../../src/types';
import { cleanLedger } from '../helpers/ledger-fixture';

beforeEach(() => jest.resetModules());

const AS_OF = '2026-11-24';
const cross = () => require('../../src/engine/cross-check') as typeof import('../../src/engine/cross-check');
const places = () => require('../../src/engine/places') as typeof import('../../src/engine/places');

type CrossFile = import('../../src/engine/cross-check').CrossFile;

function ledgerOf(name: string, edit: (ledger: Ledger) => void = () => undefined): Ledger {
  const ledger = cleanLedger();
  ledger.facility.name = name;
  edit(ledger);
  return ledger;
}

/** A file as a check leaves it: its places at line 10 + index, column 3 (or a cell). */
function fileOf(file: string, ledger: Ledger | undefined, extra: Partial<CrossFile> = {}, cells = false): CrossFile {
  const located = ledger && places().placesOf(ledger, (path) => {
    const line = 10 + (typeof path[1] === 'number' ? path[1] : 0);
    return cells ? { line: 1, column: 1, cell: { sheet: path[0] === 'devices' ? '端末' : '利用者 (2)', ref: `C${line}`, sheetIndex: 1 } } : { line, column: 3 };
  });
  return { file, findings: [], ...(ledger ? { ledger } : {}), ...(located ? { places: located } : {}), ...extra };
}

const brief = (findings: readonly LocatedFinding[]) => findings.map((finding) => ({
  rule: finding.ruleId, severity: finding.severity, at: `${finding.position.line}:${finding.position.column}`, path: finding.path.join('/'), data: finding.data, message: finding.message.en, ...(finding.suppression ? { suppression: finding.suppression } : {}),
}));

describe('checkAcrossLedgers', () => {
  it('the same device in two facilities: a finding on each, at its place, naming the other file by line and column', () => {
    const a = fileOf('a.yaml', ledgerOf('A'));
    const b = fileOf('b.yaml', ledgerOf('B', (ledger) => ledger.devices.reverse()));
    const devices = cleanLedger().devices.length;
    cross().checkAcrossLedgers([a, b], AS_OF, true);
    const pc = a.ledger!.devices.findIndex((device) => device.id === 'PC-01');
    const pcB = b.ledger!.devices.findIndex((device) => device.id === 'PC-01');
    const ofA = a.findings.filter((finding) => finding.ruleId === 'cross-device');
    expect(ofA).toHaveLength(devices);
    const first = ofA.find((finding) => finding.data.device === 'PC-01')!;
    expect(brief([first])).toEqual([{
      rule: 'cross-device', severity: 'info', at: `${10 + pc}:3`, path: `devices/${pc}/id`,
      data: { device: 'PC-01', model: a.ledger!.devices[pc]!.model, otherFacility: 'B', otherFile: `b.yaml:${10 + pcB}:3`, more: 0 },
      message: 'Device {device} ({model}) is also listed in the ledger of {otherFacility} ({otherFile}). If it is the same device keep both records the same; if not, give them ids that tell them apart',
    }]);
    expect(first.target).toEqual({ kind: 'device', id: 'PC-01', label: 'PC-01' });
    expect(first.sources).toEqual([]);
    // sorted by place
    expect(a.findings.map((finding) => finding.position.line)).toEqual([...a.findings.map((finding) => finding.position.line)].sort((x, y) => x - y));
    expect(b.findings.filter((finding) => finding.ruleId === 'cross-device').find((finding) => finding.data.device === 'PC-01')!.data).toMatchObject({ otherFacility: 'A', otherFile: `a.yaml:${10 + pc}:3`, more: 0 });
  });

  it('three facilities: the many message, counting the others; a workbook named by sheet and cell; a file without places at its start', () => {
    const only = (name: string) => ledgerOf(name, (ledger) => {
      ledger.devices = ledger.devices.slice(0, 1);
    });
    const a = fileOf('a.yaml', only('A'));
    const b = fileOf('b.xlsx', only('B'), {}, true);
    const c = fileOf('c.yaml', only('C'), { places: undefined });
    cross().checkAcrossLedgers([a, b, c], AS_OF, true);
    const device = (file: CrossFile) => brief(file.findings.filter((finding) => finding.ruleId === 'cross-device'));
    const many = 'Device {device} ({model}) is also listed in the ledger of {otherFacility} ({otherFile}) and {more} more. If it is the same device keep every record the same; if not, give them ids that tell them apart';
    const model = a.ledger!.devices[0]!.model;
    expect(device(a)).toEqual([{ rule: 'cross-device', severity: 'info', at: '10:3', path: 'devices/0/id', data: { device: 'PC-01', model, otherFacility: 'B', otherFile: 'b.xlsx 端末!C10', more: 1 }, message: many }]);
    expect(device(b)).toEqual([{ rule: 'cross-device', severity: 'info', at: '1:1', path: 'devices/0/id', data: { device: 'PC-01', model, otherFacility: 'A', otherFile: 'a.yaml:10:3', more: 1 }, message: many }]);
    expect(b.findings.find((finding) => finding.ruleId === 'cross-device')!.position.cell).toEqual({ sheet: '端末', ref: 'C10', sheetIndex: 1 });
    expect(device(c)).toEqual([{ rule: 'cross-device', severity: 'info', at: '1:1', path: 'devices/0/id', data: { device: 'PC-01', model, otherFacility: 'A', otherFile: 'a.yaml:10:3', more: 1 }, message: many }]);
  });

  it('a file\'s own severity, off in one file or in all; nothing with one ledger, with --no-cross, or two files of one facility', () => {
    const check = (configs: Array<Record<string, unknown> | undefined>, enabled = true, names = ['A', 'B']) => {
      const files = configs.map((config, index) => fileOf(`${index}.yaml`, ledgerOf(names[index]!), config ? { config: { rules: { 'cross-device': config } } as never } : {}));
      cross().checkAcrossLedgers(files, AS_OF, enabled);
      return files.map((file) => file.findings.filter((finding) => finding.ruleId === 'cross-device').map((finding) => finding.severity));
    };
    const devices = cleanLedger().devices.length;
    expect(check([{ severity: 'error' }, { severity: 'off' }])).toEqual([Array(devices).fill('error'), []]);
    expect(check([{ severity: 'off' }, { severity: 'off' }])).toEqual([[], []]);
    expect(check([undefined, undefined], false)).toEqual([[], []]);
    expect(check([undefined, undefined], true, ['Midori Clinic', 'ＭＩＤＯＲＩ　ｃｌｉｎｉｃ'])).toEqual([[], []]);
    expect(check([undefined])).toEqual([[]]);
    const alone = [fileOf('a.yaml', ledgerOf('A')), fileOf('b.yaml', undefined)];
    cross().checkAcrossLedgers(alone, AS_OF, true);
    expect(alone.map((file) => file.findings)).toEqual([[], []]);
  });

  it('an exception in force in the file suppresses its finding and is used; a person matched by MCS id in any case', () => {
    const exception = (rule: string, target: string, extra: Record<string, string> = {}) => ({ rule, target, reason: 'shared', approved_by: '院長', approved_on: '2026-01-01', expires: '2027-01-01', ...extra });
    const a = fileOf('a.yaml', ledgerOf('A', (ledger) => {
      ledger.exceptions = [exception('cross-device', 'PC-01'), exception('cross-device', 'pc-02'), exception('cross-device', 'SP-01', { approved_on: '2026-11-25' }), exception('cross-user', ledger.users[0]!.mcs_id.toUpperCase())];
    }));
    const b = fileOf('b.yaml', ledgerOf('B'));
    cross().checkAcrossLedgers([a, b], AS_OF, true);
    const suppressed = a.findings.filter((finding) => finding.suppression).map((finding) => `${finding.ruleId} ${finding.target!.id}`);
    expect(suppressed).toEqual(expect.arrayContaining(['cross-device PC-01', `cross-user ${a.ledger!.users[0]!.mcs_id}`]));
    expect(suppressed).toHaveLength(2);
    expect(a.findings.find((finding) => finding.suppression)!.suppression).toEqual({ reason: 'shared', approvedBy: '院長', expires: '2027-01-01' });
    expect(b.findings.some((finding) => finding.suppression)).toBe(false);
  });

  it('exception-unused for a cross rule: dropped when a cross finding used the exception or the checks did not run; kept otherwise, and for other rules', () => {
    const unused = (rule: string, data: Record<string, unknown>, line: number): LocatedFinding => ({ ruleId: 'exception-unused', severity: 'warning', path: ['exceptions', line], message: { ja: '', en: '' }, data: { device: '', mcsId: '', rule, ...data }, sources: [], position: { line, column: 1 } });
    const userId = cleanLedger().users[0]!.mcs_id;
    const run = (enabled: boolean, second: boolean) => {
      const a = fileOf('a.yaml', ledgerOf('A', (ledger) => {
        ledger.exceptions = [
          { rule: 'cross-device', target: 'PC-01', reason: 'r', approved_by: 'x', approved_on: '2026-01-01', expires: '2027-01-01' },
          { rule: 'cross-user', target: userId.toUpperCase(), reason: 'r', approved_by: 'x', approved_on: '2026-01-01', expires: '2027-01-01' },
        ];
      }), { findings: [unused('cross-device', { device: 'PC-01' }, 50), unused('cross-device', { device: 'NONE' }, 51), unused('cross-user', { mcsId: userId.toUpperCase() }, 52), unused('antivirus', { device: 'PC-01' }, 53), unused('cross-user', { mcsId: '', device: 'PC-01' }, 54)] });
      const files = second ? [a, fileOf('b.yaml', ledgerOf('B'))] : [a];
      cross().checkAcrossLedgers(files, AS_OF, enabled);
      return a.findings.filter((finding) => finding.ruleId === 'exception-unused').map((finding) => finding.position.line);
    };
    expect(run(true, true)).toEqual([51, 53, 54]);
    expect(run(false, true)).toEqual([53]);
    expect(run(true, false)).toEqual([53]);
  });

  it('sorts a file\'s findings only when it changed them', () => {
    const finding = (ruleId: string, line: number): LocatedFinding => ({ ruleId, severity: 'error', path: [], message: { ja: '', en: '' }, data: {}, sources: [], position: { line, column: 1 } });
    const a = fileOf('a.yaml', ledgerOf('A'), { findings: [finding('z', 9), finding('a', 1)] });
    const b = fileOf('b.yaml', ledgerOf('B', (ledger) => {
      ledger.devices = [];
      ledger.users = [];
      ledger.facility.mcs_admins = [];
      ledger.facility.mcs_facility_admin.mcs_id = 'nobody@else.example.jp';
    }), { findings: [finding('z', 9), finding('a', 1)] });
    cross().checkAcrossLedgers([a, fileOf('c.yaml', undefined), b], AS_OF, false);
    expect(a.findings.map((one) => one.ruleId)).toEqual(['z', 'a']);
    const dropped = fileOf('d.yaml', ledgerOf('D'), { findings: [finding('z', 9), { ...finding('exception-unused', 5), data: { rule: 'cross-user', mcsId: 'x', device: '' } }, finding('a', 1)] });
    cross().checkAcrossLedgers([dropped], AS_OF, true);
    expect(dropped.findings.map((one) => one.ruleId)).toEqual(['a', 'z']);
  });
});

describe('placesOf and placeOf', () => {
  it('each user\'s mcs_id and end date, each device\'s id and status, the administrators\' ids, at their paths as written', () => {
    const { placesOf, placeOf } = places();
    const ledger = cleanLedger();
    ledger.users[0]!.end_date = '2026-10-31';
    ledger.users[1]!.end_date = '';
    const asked: string[] = [];
    const at = (path: NodePath) => { asked.push(path.join('/')); return { line: 10 + asked.length, column: path.length }; };
    const located = placesOf(ledger, at, (path) => (path[0] === 'users' ? ['users', (path[1] as number) + 1, ...path.slice(2)] : path));
    const written = [
      ...ledger.users.flatMap((user, index) => [`users/${index + 1}/mcs_id`, ...(user.end_date ? [`users/${index + 1}/end_date`] : [])]),
      ...ledger.devices.flatMap((_device, index) => [`devices/${index}/id`, `devices/${index}/status`]),
      'facility/mcs_facility_admin/mcs_id',
      ...ledger.facility.mcs_admins.map((_admin, index) => `facility/mcs_admins/${index}/mcs_id`),
    ];
    expect(asked).toEqual(written);
    const line = (path: string) => 11 + written.indexOf(path);
    expect(placeOf(located, ['users', 0, 'end_date'])).toEqual({ path: ['users', 1, 'end_date'], position: { line: line('users/1/end_date'), column: 3 } });
    expect(placeOf(located, ['users', 1, 'end_date'])).toBeUndefined(); // an empty end date is not written
    expect(placeOf(located, ['users', 1, 'mcs_id'])).toEqual({ path: ['users', 2, 'mcs_id'], position: { line: line('users/2/mcs_id'), column: 3 } });
    expect(placeOf(located, ['devices', 1, 'status'])).toEqual({ path: ['devices', 1, 'status'], position: { line: line('devices/1/status'), column: 3 } });
    expect(placeOf(located, ['facility', 'mcs_facility_admin', 'mcs_id'])).toEqual({ path: ['facility', 'mcs_facility_admin', 'mcs_id'], position: { line: line('facility/mcs_facility_admin/mcs_id'), column: 3 } });
    const last = ledger.facility.mcs_admins.length - 1;
    expect(placeOf(located, ['facility', 'mcs_admins', last, 'mcs_id'])).toEqual({ path: ['facility', 'mcs_admins', last, 'mcs_id'], position: { line: line(`facility/mcs_admins/${last}/mcs_id`), column: 4 } });
    // Nodes it does not keep, and entries past the ledger's ends.
    for (const path of [['users', ledger.users.length, 'mcs_id'], ['users', 0, 'name'], ['users', 0], ['users', 0, 'mcs_id', 'x'], ['users', -1, 'mcs_id'], ['users', 0.5, 'mcs_id'], ['users', '0', 'mcs_id'],
      ['devices', ledger.devices.length, 'id'], ['devices', 0, 'model'], ['facility', 'mcs_admins', last + 1, 'mcs_id'], ['facility', 'mcs_admins', -1, 'mcs_id'], ['facility', 'mcs_admins', 0, 'name'],
      ['facility', 'mcs_admins', 0, 'mcs_id', 'x'], ['facility', 'mcs_facility_admin', 'name'], ['facility', 'mcs_facility_admin', 'mcs_id', 'x'], ['facility', 'name'], ['incidents', 0, 'device'], []] as NodePath[]) {
      expect([path, placeOf(located, path)]).toEqual([path, undefined]);
    }
  });

  it('a ledger without left-out entries keeps no paths; a workbook keeps each node\'s cell', () => {
    const { placesOf, placeOf } = places();
    const ledger = cleanLedger();
    const plain = placesOf(ledger, () => ({ line: 1, column: 2 }));
    expect(plain.written).toBeUndefined();
    expect(plain.cells).toBeUndefined();
    expect(placeOf(plain, ['users', 0, 'mcs_id'])).toEqual({ path: ['users', 0, 'mcs_id'], position: { line: 1, column: 2 } });
    const cell = (path: NodePath) => ({ line: 7, column: 3, ...(path[0] === 'devices' ? { cell: { sheet: '端末', sheetIndex: 1, ref: `C${(path[1] as number) + 2}` } } : {}) });
    const book = placesOf(ledger, cell);
    expect(placeOf(book, ['devices', 1, 'id'])).toEqual({ path: ['devices', 1, 'id'], position: { line: 7, column: 3, cell: { sheet: '端末', sheetIndex: 1, ref: 'C3' } } });
    expect(placeOf(book, ['users', 0, 'mcs_id'])).toEqual({ path: ['users', 0, 'mcs_id'], position: { line: 7, column: 3 } });
    // Carried to the main thread as data: a worker's structured clone keeps it whole.
    expect(placeOf(structuredClone(book), ['devices', 1, 'status'])).toEqual(placeOf(book, ['devices', 1, 'status']));
  });
});
