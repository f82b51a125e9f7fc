// The workbook layout and its cell codec, without a workbook: every example and odd values survive
// ledger → cells → ledger, and the reader's locate() names the cell that shows a path.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cellsToLedger, decodeCell, encodeCell, ledgerToCells, type SheetCells } from '../../src/workbook/codec';
import { columnFor, keyText, parseKeyText, workbookLayout, YAML_MARKER } from '../../src/workbook/layout';

const layout = workbookLayout();
const EXAMPLES = ['examples/home-nursing-clean.yaml', 'examples/clinic-with-findings.yaml', 'examples/visiting-nurse-exceptions.yaml'];

/** The sheets as the writer lays them out (what a workbook read back holds). */
function sheetsOf(ledger: unknown): SheetCells[] {
  const written = ledgerToCells(ledger, layout);
  const sheets: SheetCells[] = [{ name: '施設', rows: [['項目', 'キー', '値', '説明'], ...written.facility.map(({ spec, cell }) => [spec.label, keyText(spec.path), cell])] }];
  for (const table of written.tables) {
    sheets.push({ name: table.spec.name, rows: [table.columns.map((spec) => spec.label), table.columns.map((spec) => keyText(spec.path)), ...table.rows] });
  }
  return sheets;
}

const roundTrip = (ledger: unknown) => cellsToLedger(sheetsOf(ledger), layout).value;
const column = (sheet: string, key: string) => {
  const table = layout.tables.find((candidate) => candidate.name === sheet);
  return columnFor(table ? table.columns : layout.facility.rows, key.split('.'))!;
};

describe('workbook layout', () => {
  test.each(EXAMPLES)('%s survives ledger → cells → ledger', (file) => {
    const ledger = parse(readFileSync(file, 'utf8'));
    expect(roundTrip(ledger)).toStrictEqual(ledger);
  });

  test('labels and dropdown values come from the schema descriptions', () => {
    expect(column('端末', 'type').choices).toEqual([
      { value: 'pc', label: 'パソコン' },
      { value: 'tablet', label: 'タブレット' },
      { value: 'smartphone', label: 'スマートフォン' },
    ]);
    expect(column('端末', 'ownership').choices?.map((choice) => choice.label)).toEqual(['施設', '個人所有端末']);
    expect(column('端末', 'os').choices?.map((choice) => choice.label)).toEqual(['windows', 'macos', 'ios', 'ipados', 'android', 'chromeos', 'linux', 'other']);
    expect(column('端末', 'security.antivirus').label).toBe('ウイルス対策ソフトの導入の有無');
    expect(column('端末', 'security.file_sharing_software').label).toBe('ファイル交換（P2P）ソフトのインストールの有無');
  });

  test('cells in their natural form: dates, はい/いいえ, labels, lists, places', () => {
    const devices = ledgerToCells(parse(readFileSync(EXAMPLES[2], 'utf8')), layout).tables.find((table) => table.spec.name === '端末')!;
    const row = Object.fromEntries(devices.columns.map((spec, index) => [keyText(spec.path), devices.rows[0][index]]));
    expect(row).toMatchObject({
      type: 'タブレット',
      locations: '施設外: 山間部の利用者宅（携帯電話の電波が届かない）',
      networks: '携帯電話会社の回線, 公衆無線 LAN',
      'security.startup_password': 'はい',
      'security.lock_password.min_length': 8,
      'security.file_sharing_software': 'いいえ',
      'x-vpn': '常時 VPN（施設の VPN 装置に接続）',
    });
    expect(encodeCell(column('利用者', 'start_date'), '2026-11-01')).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(encodeCell(column('利用者', 'pledge_date'), null)).toBe('なし');
    expect(encodeCell(column('利用者', 'devices'), [])).toBe('なし');
    expect(encodeCell(column('事故', 'carrier_remote_lock'), 'not_applicable')).toBe('対象外');
  });

  test('what a person types is understood', () => {
    expect(decodeCell(column('利用者', 'devices'), 'MD-PC-01、MD-TB-01\nMD-SP-01, ')).toEqual({ present: true, value: ['MD-PC-01', 'MD-TB-01', 'MD-SP-01'] });
    expect(decodeCell(column('端末', 'type'), 'tablet')).toEqual({ present: true, value: 'tablet' });
    expect(decodeCell(column('端末', 'os'), ' Windows ')).toEqual({ present: true, value: 'windows' });
    expect(decodeCell(column('端末', 'networks'), '施設内の有線LAN、公衆無線ＬＡＮ')).toEqual({ present: true, value: ['facility_wired_lan', 'public_wireless_lan'] });
    expect(decodeCell(column('端末', 'os'), 'Windows 11')).toEqual({ present: true, value: 'Windows 11' });
    expect(decodeCell(column('端末', 'security.antivirus'), true)).toEqual({ present: true, value: true });
    expect(decodeCell(column('端末', 'locations'), '施設内\n施設外：訪問先')).toEqual({ present: true, value: [{ place: 'in_facility' }, { place: 'outside', detail: '訪問先' }] });
    // carried as typed, so that the schema reports it at its cell
    expect(decodeCell(column('利用者', 'start_date'), '2026/11/01')).toEqual({ present: true, value: '2026/11/01' });
    expect(decodeCell(column('端末', 'security.antivirus'), '○')).toEqual({ present: true, value: '○' });
    expect(decodeCell(column('利用者', 'name'), '  ')).toEqual({ present: false });
    // a yaml: cell that is not YAML, or nests deeper than a ledger may, stays the text it is
    const deep = `yaml:${'['.repeat(150)}${']'.repeat(150)}`;
    expect(decodeCell(column('利用者', 'name'), deep)).toEqual({ present: true, value: deep });
    expect(decodeCell(column('利用者', 'name'), 'yaml: [unclosed')).toEqual({ present: true, value: 'yaml: [unclosed' });
    expect(decodeCell(column('利用者', 'name'), 'yaml:{ a: [1] }')).toEqual({ present: true, value: { a: [1] } });
  });

  test('values a column cannot show as themselves are carried as yaml: cells and come back', () => {
    const ledger = parse(readFileSync(EXAMPLES[0], 'utf8'));
    const odd = {
      ...ledger,
      note: '',
      'x-top': { nested: [1, 'two', null] },
      'x-odd.key': 'yaml:not a marker',
      facility: { ...ledger.facility, manager: { name: null, 'x-n': -0 }, rules: {}, 'x-inf': Infinity },
      devices: [{ ...ledger.devices[0], security: null, locations: [{ place: 'outside', detail: ' spaced', note: 'n' }], networks: ['carrier', '携帯電話会社の回線'], 'x-list': [] }],
      users: [{ ...ledger.users[0], training: { kind: null }, devices: ['なし'], end_date: null, name: 'line\r\nbreak\u0001' }, { ...ledger.users[1], training: null, start_date: '1899-12-31', pledge_date: '2026-02-30', policy_read: 'はい' }],
      incidents: [],
      exceptions: 'not a list',
    };
    expect(roundTrip(odd)).toStrictEqual(odd);
    const written = ledgerToCells(odd, layout);
    expect(written.tables.map((table) => table.spec.name)).toEqual(['管理者', '端末', '利用者', '事故']);
    const facilityCell = (key: string) => written.facility.find((cell) => keyText(cell.spec.path) === key)?.cell;
    expect(facilityCell('exceptions')).toBe('not a list');
    expect(facilityCell('x-top')).toBe(`${YAML_MARKER}{ nested: [ 1, two, null ] }`);
    expect(facilityCell('["x-odd.key"]')).toBe(`${YAML_MARKER}yaml:not a marker`);
    expect(facilityCell('facility.rules')).toBe(`${YAML_MARKER}{}`);
  });

  test('a value that is not an object at all is carried too', () => {
    expect(roundTrip([1, 2])).toStrictEqual([1, 2]);
    expect(roundTrip('text')).toStrictEqual('text');
    expect(roundTrip(null)).toStrictEqual(null);
    // a ledger whose only key is spelled like the marker stays a mapping
    expect(roundTrip({ 'yaml:': 5 })).toStrictEqual({ 'yaml:': 5 });
  });

  test('key paths with dots are written as JSON arrays', () => {
    expect(keyText(['security', 'antivirus'])).toBe('security.antivirus');
    expect(keyText(['x-a.b'])).toBe('["x-a.b"]');
    expect(parseKeyText('["x-a.b"]')).toEqual(['x-a.b']);
    expect(parseKeyText(' security.antivirus ')).toEqual(['security', 'antivirus']);
  });

  test('locate names the cell of a value, the empty cell of a missing one, or the row', () => {
    const ledger = parse(readFileSync(EXAMPLES[2], 'utf8'));
    const decoded = cellsToLedger(sheetsOf(ledger), layout);
    expect(decoded.locate(['devices', 0, 'security', 'remote_wipe'])).toEqual({ sheet: '端末', cell: 'Q3' });
    expect(decoded.locate(['devices', 0, 'security', 'unknown_sources_blocked'])).toEqual({ sheet: '端末', cell: 'R3' });
    expect(decoded.locate(['devices', 0, 'locations', 0, 'detail'])).toEqual({ sheet: '端末', cell: 'G3' });
    expect(decoded.locate(['users', 1, 'training', 'date'])).toEqual({ sheet: '利用者', cell: 'K4' });
    expect(decoded.locate(['users', 1, 'x-unknown'])).toEqual({ sheet: '利用者', cell: 'A4' });
    expect(decoded.locate(['devices', 1, 'security'])).toEqual({ sheet: '端末', cell: 'I4' });
    expect(decoded.locate(['devices', 0, 'security', 'lock_password'])).toEqual({ sheet: '端末', cell: 'J3' });
    expect(decoded.locate(['facility', 'updated'])).toEqual({ sheet: '施設', cell: 'C4' });
    expect(decoded.locate(['facility', 'rules'])).toEqual({ sheet: '施設', cell: 'C9' });
    expect(decoded.locate(['facility', 'mcs_admins', 0, 'mcs_id'])).toEqual({ sheet: '管理者', cell: 'B3' });
  });
});
