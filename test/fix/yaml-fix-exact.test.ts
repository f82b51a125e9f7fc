// fix for a YAML ledger (src/fix/yaml-fix.ts), called directly, each answer exact: the repair of a value
// the schema finds wrong, by what the schema wants there (yes/no, a date, a choice, a whole number, text),
// and its kind; each repaired scalar written over its own text in its own quoting; what cannot be written
// in place (a block scalar, a tagged or anchored value, a value with a line break) left alone; a repair
// that does not clear its problem not made. The module is loaded inside each test.
import { readFileSync } from 'node:fs';

beforeEach(() => jest.resetModules());

const yamlFix = () => require('../../src/fix/yaml-fix') as typeof import('../../src/fix/yaml-fix');

const CLEAN = readFileSync('examples/home-nursing-clean.yaml', 'utf8');

describe('repairValue', () => {
  it('by what the schema wants at the path, with its kind', () => {
    const { repairValue } = yamlFix();
    const device = (...path: Array<string | number>) => ['devices', 0, ...path];
    expect([
      repairValue(device('security', 'antivirus'), '〇'), repairValue(device('security', 'antivirus'), 'true'), repairValue(device('security', 'antivirus'), ' はい '), repairValue(device('security', 'antivirus'), '1'),
      repairValue(['facility', 'updated'], '令和8年11月1日'), repairValue(['facility', 'updated'], '1/11/2026'), repairValue(['users', 0, 'mcs_password_changed'], '2026/4/1'),
      repairValue(device('type'), 'ＰＣ'), repairValue(device('type'), ' pc '), repairValue(device('type'), 'pc'), repairValue(device('type'), 'パソコン'), repairValue(device('type'), 'zzzz'), repairValue(device('ownership'), 'facility '),
      repairValue(device('security', 'lock_password', 'min_length'), '１０'), repairValue(device('security', 'lock_password', 'min_length'), '10'), repairValue(device('security', 'lock_password', 'min_length'), ' 10 '), repairValue(device('security', 'lock_password', 'min_length'), 'ten'),
      repairValue(device('id'), 'ＰＣ－０１'), repairValue(device('id'), ' PC-01 '), repairValue(device('id'), 'PC-01'),
      repairValue(device('networks', 0), 'facility_wired_lam'), repairValue(['users', 0, 'mcs_id'], 'a＠b.jp'),
      repairValue(['nothing', 'here'], '〇'), repairValue(device('security', 'antivirus'), 1), repairValue(device('security'), 'x'), repairValue(['version'], '1'),
    ]).toEqual([
      { after: true, kind: 'yes-no' }, { after: true, kind: 'quotes' }, { after: true, kind: 'yes-no' }, undefined,
      { after: '2026-11-01', kind: 'date' }, undefined, { after: '2026-04-01', kind: 'date' },
      { after: 'pc', kind: 'choice' }, { after: 'pc', kind: 'spaces' }, undefined, { after: 'pc', kind: 'choice' }, undefined, { after: 'facility', kind: 'spaces' },
      { after: 10, kind: 'half-width' }, { after: 10, kind: 'quotes' }, { after: 10, kind: 'spaces' }, undefined,
      { after: 'PC-01', kind: 'half-width' }, { after: 'PC-01', kind: 'spaces' }, undefined,
      { after: 'facility_wired_lan', kind: 'choice' }, { after: 'a@b.jp', kind: 'half-width' },
      undefined, undefined, undefined, undefined,
    ]);
  });
  it('at its edges: a path through nothing or through a value, a non-text value, a date that may also be null, a value of no type the repairs know', () => {
    const { repairValue } = yamlFix();
    expect([
      repairValue(['nothing', 0], '〇'), repairValue(['version', 'x'], ' 1 '), repairValue(['facility', 'updated'], 5), repairValue(['facility', 'updated'], null),
      repairValue(['incidents', 0, 'carrier_remote_lock'], '令和8年4月1日'), repairValue(['incidents', 0, 'carrier_remote_lock'], ' ｎｏｔ '),
      repairValue(['devices', 0, 'security'], ' x '), repairValue(['devices', 0, 'security'], 'ｘ'), repairValue(['facility'], ' x '),
    ]).toEqual([undefined, undefined, undefined, undefined, { after: '2026-04-01', kind: 'date' }, undefined, undefined, undefined, undefined]);
  });
});

describe('fixYamlText', () => {
  const fix = (text: string) => yamlFix().fixYamlText(text);
  const typed = (pairs: Array<[string, string]>) => pairs.reduce((text, [from, to]) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  }, CLEAN);

  it('each repair over its own scalar, in its own quoting, listed by line and column with the text before and after', () => {
    const text = typed([
      ['  updated: 2026-11-01', "  updated: '令和8年11月1日'"],
      ['    type: pc', '    type: "ＰＣ"'],
      ['      antivirus: true', '      antivirus: 〇'],
      ['{ min_length: 10,', '{ min_length: "１０",'],
    ]);
    const fixed = fix(text)!;
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(fixed.repairs).toEqual([
      { path: ['facility', 'updated'], line: lineOf('令和8年'), column: 12, before: '令和8年11月1日', after: '2026-11-01', kind: 'date', sourceBefore: "'令和8年11月1日'", sourceAfter: "'2026-11-01'" },
      { path: ['devices', 0, 'type'], line: lineOf('"ＰＣ"'), column: 11, before: 'ＰＣ', after: 'pc', kind: 'choice', sourceBefore: '"ＰＣ"', sourceAfter: '"pc"' },
      { path: ['devices', 0, 'security', 'lock_password', 'min_length'], line: lineOf('"１０"'), column: text.split('\n')[lineOf('"１０"') - 1]!.indexOf('"１０"') + 1, before: '１０', after: 10, kind: 'half-width', sourceBefore: '"１０"', sourceAfter: '10' },
      { path: ['devices', 0, 'security', 'antivirus'], line: lineOf('antivirus: 〇'), column: 18, before: '〇', after: true, kind: 'yes-no', sourceBefore: '〇', sourceAfter: 'true' },
    ]);
    expect(fixed.text).toBe(typed([['  updated: 2026-11-01', "  updated: '2026-11-01'"], ['    type: pc', '    type: "pc"']]));
  });

  it('a single-quoted value with an apostrophe', () => {
    const fixed = fix(typed([['    mcs_id: sato.yumi@sakura-houkan.example.jp', "    mcs_id: 'o''brien＠x.jp'"]]))!;
    expect(fixed.repairs.map((repair) => [repair.path.join('/'), repair.before, repair.after, repair.sourceBefore, repair.sourceAfter])).toEqual([
      ['facility/mcs_facility_admin/mcs_id', "o'brien＠x.jp", "o'brien@x.jp", "'o''brien＠x.jp'", "'o''brien@x.jp'"],
    ]);
  });

  it('leaves a block scalar, a tagged or anchored value, and a value it cannot clear; the same path once', () => {
    const block = fix(typed([['    type: pc', '    type: |\n      ＰＣ']]))!;
    expect(block.repairs).toEqual([]);
    const tagged = fix(typed([['    type: pc', '    type: !!str ＰＣ']]))!;
    expect(tagged.repairs).toEqual([]);
    const anchored = fix(typed([['    type: pc', '    type: &t ＰＣ']]))!;
    expect(anchored.repairs).toEqual([]);
    const unclear = fix(typed([['  updated: 2026-11-01', '  updated: 1/11/2026'], ['      antivirus: true', '      antivirus: 1']]))!;
    expect(unclear.repairs).toEqual([]);
    expect(unclear.text).toBe(typed([['  updated: 2026-11-01', '  updated: 1/11/2026'], ['      antivirus: true', '      antivirus: 1']]));
    expect(fix(CLEAN)).toEqual({ text: CLEAN, repairs: [] });
    // ０ read as 0 is still below min_length's minimum: not made, and the other repair on its line is
    const below = typed([['{ min_length: 10, composition: alphanumeric_symbols }', '{ min_length: ０, composition: alphanumeric_symbol }']]);
    expect(fix(below)!.repairs.map((repair) => [repair.path.join('/'), repair.after])).toEqual([['devices/0/security/lock_password/composition', 'alphanumeric_symbols']]);
    // two repairs on one line, listed by column
    const two = typed([['{ min_length: 10, composition: alphanumeric_symbols }', '{ min_length: １０, composition: alphanumeric_symbol }'], ['    type: pc', '    type: ＰＣ']]);
    expect(fix(two)!.repairs.map((repair) => repair.path.slice(-1)[0])).toEqual(['type', 'min_length', 'composition']);
  });

  it('a yes/no in single quotes written as the bare word; repairs listed by line and column however the schema orders the keys', () => {
    const quoted = fix(typed([['      antivirus: true', "      antivirus: '〇'"]]))!;
    expect(quoted.repairs.map((repair) => [repair.sourceBefore, repair.sourceAfter, repair.after, repair.kind])).toEqual([["'〇'", 'true', true, 'yes-no']]);
    const text = typed([
      ['    type: pc\n', ''], ['    shared_outside_staff: false\n', '    shared_outside_staff: false\n    type: ＰＣ\n'],
      ['      startup_password: true', '      startup_password: 〇'],
      ['{ min_length: 10, composition: alphanumeric_symbols }', '{ composition: alphanumeric_symbol, min_length: １０ }'],
      ['  updated: 2026-11-01\n', ''], ['  wireless_lan:\n', '  updated: 令和8年11月1日\n  wireless_lan:\n'],
    ]);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(fix(text)!.repairs.map((repair) => `${repair.path.join('/')} ${repair.line}:${repair.column}`)).toEqual([
      `facility/updated ${lineOf('令和8年')}:12`, `devices/0/security/startup_password ${lineOf('startup_password: 〇')}:25`,
      `devices/0/security/lock_password/composition ${lineOf('{ composition')}:37`, `devices/0/security/lock_password/min_length ${lineOf('{ composition')}:70`,
      `devices/0/type ${lineOf('type: ＰＣ')}:11`,
    ]);
  });

  it('throws when the repaired text would not read back as planned, and writes nothing', () => {
    for (const second of [(parsed: { ok: true; ledger: { value: Record<string, unknown> } }) => ({ ...parsed, ledger: { ...parsed.ledger, value: { ...parsed.ledger.value, version: 2 } } }), () => ({ ok: false })]) {
      jest.resetModules();
      const real = jest.requireActual('../../src/load/parse') as typeof import('../../src/load/parse');
      let calls = 0;
      jest.doMock('../../src/load/parse', () => ({ ...real, parseLedger: (text: string) => (++calls === 2 ? second(real.parseLedger(text) as never) : real.parseLedger(text)) }));
      expect(() => yamlFix().fixYamlText(CLEAN)).toThrow(new Error('fix: the repaired YAML does not read back as planned'));
      expect(calls).toBe(2);
      jest.dontMock('../../src/load/parse');
    }
  });

  it('undefined for text that is not YAML, or that the document API reads with errors', () => {
    expect(fix('a: [1\n')).toBeUndefined();
    expect(fix('a: 1\na: 2\n')).toBeUndefined();
  });
});
