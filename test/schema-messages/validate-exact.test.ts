// src/schema/validate.ts at its edges: the key probably meant (closest), the yes/no words, how a value is
// shown in a finding (numbers JSON cannot write, long values), quoted values that are right without their
// quotes, and the cap of 10,000 findings with the one finding that counts the rest. The yes/no words and the
// date shape are module-level: their tests load the module inside the test (fresh), so that they count there.
import { closest, validateLedger } from '../../src/schema/validate';
import type { Finding } from '../../src/types';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { cleanLedger } from '../helpers/ledger-fixture';

const fresh = freshFunctionsPerTest(() => require('../../src/schema/validate') as typeof import('../../src/schema/validate'));

describe('closest', () => {
  it.each([
    ['osuptodate', ['os_up_to_date'], 'os_up_to_date'],
    ['Os Up-To Date', ['os_up_to_date_x', 'os_up_to_date'], 'os_up_to_date'],
    ['ss', ['ß'], undefined],
    ['mfx', ['mfa'], 'mfa'],
    ['mxx', ['mfa'], undefined],
    ['abcd', ['abxy'], 'abxy'],
    ['abcd', ['axyz'], undefined],
    ['abce', ['abxx', 'abcf', 'zzzz'], 'abcf'],
    ['abce', ['zbxe', 'abxx', 'abcf'], 'abcf'],
    ['antivirussoftware', ['mfa', 'antivirus'], 'antivirus'],
    ['anti', ['mfa', 'antivirus'], 'antivirus'],
    ['softwareantivirus', ['antivirus'], undefined],
    ['ab', ['abcdef'], undefined],
    ['abc', ['abcdef'], 'abcdef'],
  ])('%j among %j → %j', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe('meantBoolean', () => {
  it.each<[unknown, boolean | undefined]>([
    ...['yes', 'y', 'on', 'true', 'はい', '○', '〇', '◯', '有', '有り', 'あり', '済', '済み'].map((word): [unknown, boolean] => [word, true]),
    ...['no', 'n', 'off', 'false', 'いいえ', '×', '✕', '無', '無し', 'なし', '未'].map((word): [unknown, boolean] => [word, false]),
    [' ＹＥＳ ', true],
    ['Yes', true],
    ['ｎｏ', false],
    ['NO', false],
    ['maybe', undefined],
    ['', undefined],
    [true, undefined],
    [1, undefined],
  ])('%j → %j', (value, meant) => {
    expect(fresh.meantBoolean(value)).toBe(meant);
  });
});

describe('a date the shape of YYYY-MM-DD that does not exist, and text that only contains one', () => {
  it.each([
    ['2026-02-30', '`updated` (date the ledger was last reviewed): {value} is not a real calendar date. Check the month and day'],
    ['x2026-02-30', '`updated` (date the ledger was last reviewed): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01)'],
    ['2026-02-30x', '`updated` (date the ledger was last reviewed): "{value}" is not written YYYY-MM-DD. Use YYYY-MM-DD (e.g. 2026-11-01)'],
  ])('%j', (updated, en) => {
    const ledger = cleanLedger();
    ledger.facility.updated = updated;
    expect(fresh.validateLedger(ledger).map((finding) => [finding.path, finding.message.en])).toStrictEqual([[['facility', 'updated'], en]]);
  });
});

function findingsOf(change: (ledger: Record<string, any>) => void): Finding[] {
  const ledger = cleanLedger() as unknown as Record<string, any>;
  change(ledger);
  return validateLedger(ledger);
}

describe('a value as a finding shows it', () => {
  it.each([
    [Infinity, '.inf'],
    [-Infinity, '-.inf'],
    [NaN, '.nan'],
    [12, '12'],
    ['x'.repeat(80), 'x'.repeat(80)],
    ['x'.repeat(81), `${'x'.repeat(79)}…`],
  ])('%j as %j', (value, shown) => {
    const findings = findingsOf((ledger) => {
      ledger.devices[0].type = value;
    });
    expect(findings.map((finding) => [finding.path, finding.data])).toStrictEqual([[['devices', 0, 'type'], { value: shown }]]);
  });

  it('gives no value to a message that does not show one, and a half-width form to one that asks for it', () => {
    const missing = findingsOf((ledger) => {
      delete ledger.devices[0].type;
    });
    expect(missing.map((finding) => [finding.path, finding.missingKey, finding.data])).toStrictEqual([[['devices', 0], 'type', {}]]);
    const full = findingsOf((ledger) => {
      ledger.devices[0].type = 'ｐｃ';
    });
    expect(full.map((finding) => finding.data)).toStrictEqual([{ value: 'ｐｃ', halfWidth: 'pc' }]);
  });
});

describe('values right without their quotes', () => {
  it('a boolean and a whole number written in quotes are told to drop them; other text is not', () => {
    const quotedTrue = findingsOf((ledger) => {
      ledger.devices[0].security.mfa = 'true';
    });
    expect(quotedTrue.map((finding) => finding.message.en)).toStrictEqual(['`mfa` (two-factor login used): write {value} without quotes']);
    const quotedNumber = findingsOf((ledger) => {
      ledger.devices[0].security.lock_password = { ...ledger.devices[0].security.lock_password, min_length: '8' };
    });
    expect(quotedNumber[0]!.message.en).toMatch(/write \{value\} without quotes$/);
    for (const value of ['8a', 'a8', '-8', '']) {
      const other = findingsOf((ledger) => {
        ledger.devices[0].security.lock_password = { ...ledger.devices[0].security.lock_password, min_length: value };
      });
      expect([value, other[0]!.message.en.includes('without quotes')]).toStrictEqual([value, false]);
    }
  });
});

describe('the cap', () => {
  it('keeps the first 10,000 findings and adds one counting the rest, placed at the first left out', () => {
    const findings = findingsOf((ledger) => {
      ledger.devices = Array.from({ length: 10_003 }, (_, index) => ({ ...ledger.devices[0], id: `PC-${index}`, type: 7 }));
    });
    expect(findings).toHaveLength(10_001);
    expect(findings[9_999]!.path).toStrictEqual(['devices', 9_999, 'type']);
    expect(findings[10_000]).toMatchObject({ ruleId: 'schema', severity: 'error', path: ['devices', 10_000, 'type'], data: { count: 3 } });
  });

  it('gives exactly 10,000 findings with no count when there are no more', () => {
    const findings = findingsOf((ledger) => {
      ledger.devices = Array.from({ length: 10_000 }, (_, index) => ({ ...ledger.devices[0], id: `PC-${index}`, type: 7 }));
    });
    expect(findings).toHaveLength(10_000);
    expect(findings[9_999]!.data).toStrictEqual({ value: '7' });
  });
});

describe('right without quotes, only when the quotes are all that is wrong', () => {
  const quotedTail = /write \{value\} without quotes$/;
  it.each([
    ['min_length', '10', true],
    ['min_length', '1', true],
    ['min_length', '0', false],
    ['min_length', ' 8', false],
    ['min_length', '8 ', false],
    ['min_length', [8], false],
    ['mfa', 'false', true],
    ['mfa', 'False', false],
    ['version', '1', true],
    ['version', '2', false],
    ['networks', '8', false],
  ])('%s: %j → %j', (key, value, quoted) => {
    const findings = findingsOf((ledger) => {
      if (key === 'min_length') ledger.devices[0].security.lock_password.min_length = value;
      else if (key === 'mfa') ledger.devices[0].security.mfa = value;
      else if (key === 'version') ledger.version = value;
      else ledger.devices[0].networks = value;
    });
    expect(findings.map((finding) => [finding.message.en, quotedTail.test(finding.message.en)])).toStrictEqual([[expect.any(String), quoted]]);
    expect(findings[0]!.message.en).toMatchSnapshot();
  });
});

describe('a value of the wrong kind is named by what it is', () => {
  it.each([
    ['mcs_id', 12],
    ['model', true],
    ['model', 12],
    ['model', { a: 1 }],
    ['carrier_remote_lock', ['2026-11-01']],
    ['type', ['ｐｃ']],
    ['type', { x: 1 }],
    ['type', [1, 2]],
  ])('%s: %j', (key, value) => {
    const findings = findingsOf((ledger) => {
      if (key === 'mcs_id') ledger.users[0].mcs_id = value;
      else if (key === 'carrier_remote_lock') {
        ledger.incidents = [{ date: '2026-11-01', device: 'SP-01', user: 'sato@sakura.example.jp', kind: 'lost', mcs_password_changed: null, secretariat_notified: null, carrier_remote_lock: value }];
      } else ledger.devices[0][key] = value;
    });
    expect(findings.map((finding) => [finding.path, finding.message.en, finding.data])).toMatchSnapshot();
  });
});

describe('keys', () => {
  it('a key typed in full width is named with its half-width form, and explains the missing key it stands for', () => {
    const standsForMissing = findingsOf((ledger) => {
      delete ledger.devices[0].security.antivirus;
      ledger.devices[0].security['ａｎｔｉｖｉｒｕｓ'] = true;
    });
    expect(standsForMissing.map((finding) => [finding.path, finding.pointsAtKey, finding.missingKey, finding.message.en, finding.data])).toStrictEqual([
      [['devices', 0, 'security', 'ａｎｔｉｖｉｒｕｓ'], true, undefined, 'The key `ａｎｔｉｖｉｒｕｓ` contains a full-width (全角) character "ａ". Write it in half-width characters: `antivirus`', {}],
    ]);
    const besideItsKey = findingsOf((ledger) => {
      ledger.devices[0].security['ａｎｔｉｖｉｒｕｓ'] = true;
    });
    expect(besideItsKey.map((finding) => [finding.path, finding.message.en])).toStrictEqual([
      [['devices', 0, 'security', 'ａｎｔｉｖｉｒｕｓ'], 'The key `ａｎｔｉｖｉｒｕｓ` contains a full-width (全角) character "ａ". Write it in half-width characters: `antivirus`'],
    ]);
  });

  it('two unknown keys in one mapping are two findings', () => {
    const findings = findingsOf((ledger) => {
      ledger.devices[0].security.zzz = 1;
      ledger.devices[0].security.yyy = 2;
    });
    expect(findings.map((finding) => finding.path)).toStrictEqual([
      ['devices', 0, 'security', 'zzz'],
      ['devices', 0, 'security', 'yyy'],
    ]);
  });

  it('a key spelled like a placeholder gets no value to fill it', () => {
    const findings = findingsOf((ledger) => {
      ledger.devices[0]['{value}'] = 1;
      ledger.devices[0]['{halfWidth}'] = 2;
    });
    expect(findings.map((finding) => [finding.path, finding.data])).toStrictEqual([
      [['devices', 0, '{value}'], {}],
      [['devices', 0, '{halfWidth}'], {}],
    ]);
  });
});
