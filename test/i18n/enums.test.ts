// The enum label table covers exactly the schema's enumerated values, each in both languages, and the
// Japanese report shows them in Japanese.
import { choicesAt, enumLabel, enumLabels } from '../../src/i18n/enums';
import { workbookLayout } from '../../src/workbook/layout';
import type { EnumField } from '../../src/i18n/enums';
import { runCli } from '../helpers/cli';

const SCHEMA = require('../../schemas/ledger.schema.json');

/** Where each field's enum is in the schema. */
const SCHEMA_PATHS: Record<EnumField, string> = {
  'device.type': 'properties/devices/items/properties/type',
  'device.os': 'properties/devices/items/properties/os',
  'device.ownership': 'properties/devices/items/properties/ownership',
  'device.status': 'properties/devices/items/properties/status',
  'location.place': 'properties/devices/items/properties/locations/items/properties/place',
  'device.networks': 'properties/devices/items/properties/networks/items',
  'lock_password.composition': 'properties/devices/items/properties/security/properties/lock_password/properties/composition',
  'security.unused_apps': 'properties/devices/items/properties/security/properties/unused_apps',
  'user.account_status': 'properties/users/items/properties/account_status',
  'training.kind': 'properties/users/items/properties/training/properties/kind',
  'incident.kind': 'properties/incidents/items/properties/kind',
};

function enumAt(path: string): string[] {
  return path.split('/').reduce((node, key) => node[key], SCHEMA).enum;
}

/** Every enum in the schema outside `if` conditions (those repeat values defined elsewhere). */
function schemaEnums(node: unknown, path: string[] = []): string[] {
  if (!node || typeof node !== 'object') return [];
  const here = Array.isArray((node as { enum?: unknown }).enum) ? [path.join('/')] : [];
  return [...here, ...Object.entries(node).flatMap(([key, child]) => (key === 'if' ? [] : schemaEnums(child, [...path, key])))];
}

describe('the one table of labels', () => {
  it('has a field for every enum of the schema', () => {
    expect(schemaEnums(SCHEMA).sort()).toEqual(Object.values(SCHEMA_PATHS).sort());
  });

  it.each(Object.keys(SCHEMA_PATHS) as EnumField[])('labels every value of %s, in both languages', (field) => {
    expect(Object.keys(enumLabels()[field])).toEqual(enumAt(SCHEMA_PATHS[field]));
    for (const label of Object.values(enumLabels()[field]) as Array<{ ja: string; en: string }>) {
      expect(label.ja).toMatch(/\S/);
      expect(label.en).toMatch(/\S/);
    }
  });

  it('takes its Japanese labels from the schema: the words a workbook holds and its dropdowns offer', () => {
    const networks = enumLabels()['device.networks'];
    expect(networks.carrier).toEqual({ ja: '携帯電話会社の回線', en: 'Mobile carrier' });
    expect(enumLabels()['device.ownership'].personal!.ja).toBe('個人所有端末');
    expect(enumLabels()['user.account_status'].active!.ja).toBe('利用中');
    expect(enumLabels()['device.os'].windows).toEqual({ ja: 'windows', en: 'Windows' });
  });

  it('is the table the workbook layout offers in its dropdowns (one table, not two)', () => {
    for (const table of workbookLayout().tables) {
      for (const column of table.columns) {
        if (!column.choices) continue;
        const path = [...table.path.slice(-1), ...column.path, ...(column.kind === 'locations' ? ['place'] : [])];
        expect(column.choices).toEqual(choicesAt(path));
      }
    }
  });

  it('shows a value it does not know as written (never a prototype key)', () => {
    expect(enumLabel('device.type', 'smartphone', 'ja')).toBe('スマートフォン');
    expect(enumLabel('device.type', 'toString', 'ja')).toBe('toString');
    expect(enumLabel('device.type', 'phablet', 'en')).toBe('phablet');
  });
});

describe('the HTML report', () => {
  it('shows types, owners, states and accounts in Japanese with --lang ja', () => {
    const { stdout } = runCli(['--as-of', '2026-11-24', '-f', 'html', '--lang', 'ja', 'examples/clinic-with-findings.yaml']);
    expect(stdout).toContain('<td>MD-TB-01</td><td>タブレット</td>');
    expect(stdout).toContain('<td>SP-03</td><td>スマートフォン</td><td>iPhone 13</td><td>個人所有端末</td><td>利用中</td>');
    expect(stdout).toContain('<td>MD-SP-04</td><td>スマートフォン</td>');
    expect(stdout).toMatch(/<td>MD-PC-OLD<\/td><td>パソコン<\/td><td>[^<]*<\/td><td>施設<\/td><td>利用終了<\/td>/);
    expect(stdout).toContain('<td>事務</td><td>利用中</td>');
    for (const raw of ['smartphone', 'facility', 'active', 'personal', 'retired']) expect(stdout).not.toContain(`<td>${raw}</td>`);
  });
});
