// The per-rule cap (issue 14): bounded reports that still account for every finding.
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { MAX_FINDINGS_PER_RULE, capFindings } from '../../src/finding-cap';
import { flowTooDeep } from '../../src/load/flow-depth';
import type { Finding } from '../../src/types';
import { propertyOptions } from '../helpers/fast-check';

const finding = (ruleId: string, index: number): Finding => ({
  ruleId,
  severity: 'error',
  path: ['devices', index],
  message: { ja: '', en: '' },
  data: {},
  sources: [],
});

describe('capFindings', () => {
  it('keeps the first findings of each rule in order and counts every other one in a closing finding', () => {
    const rules = fc.constantFrom('antivirus', 'mfa', 'byod');
    fc.assert(
      fc.property(fc.array(fc.tuple(rules, fc.integer({ min: 1, max: 40 })), { maxLength: 6 }), (runs) => {
        const findings = runs.flatMap(([rule, count], run) => Array.from({ length: count * 300 }, (_, index) => finding(rule, run * 100_000 + index)));
        const kept = capFindings(findings);
        for (const rule of ['antivirus', 'mfa', 'byod']) {
          const all = findings.filter((item) => item.ruleId === rule);
          const mine = kept.filter((item) => item.ruleId === rule);
          const closing = mine.filter((item) => item.data.count !== undefined);
          expect(mine.length - closing.length).toBe(Math.min(all.length, MAX_FINDINGS_PER_RULE));
          expect(mine.slice(0, mine.length - closing.length)).toEqual(all.slice(0, MAX_FINDINGS_PER_RULE));
          expect(closing).toEqual(all.length > MAX_FINDINGS_PER_RULE ? [expect.objectContaining({ path: all[MAX_FINDINGS_PER_RULE]!.path, data: { count: all.length - MAX_FINDINGS_PER_RULE } })] : []);
        }
      }),
      propertyOptions(14, 12),
    );
  });
});

describe('flowTooDeep (the precise path\'s look at nesting before it composes)', () => {
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 5 }), fc.integer(), tie('list'), tie('map')),
    list: fc.array(tie('tree'), { maxLength: 3 }),
    map: fc.dictionary(fc.string({ maxLength: 4 }), tie('tree'), { maxKeys: 3 }),
  }));

  it('never flags a document nested 100 levels or less, whatever its style', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: -1, max: 3 }), (value, flowLevel) => {
        expect(flowTooDeep(dump({ devices: value }, { flowLevel }), 100)).toBeUndefined();
      }),
      propertyOptions(14, 300),
    );
  });

  it('flags 101 nested brackets wherever they open, but not brackets inside text, quotes or comments', () => {
    fc.assert(
      fc.property(fc.constantFrom('a: ', '- ', 'a:\n  - ', '? '), fc.constantFrom('[', '{a: '), (before, opening) => {
        expect(flowTooDeep(`${before}${opening.repeat(101)}`, 100)).toBe(before.length + opening.length * 100);
        expect(flowTooDeep(`${before}${opening.repeat(100)}`, 100)).toBeUndefined();
      }),
      propertyOptions(14, 100),
    );
    expect(flowTooDeep(`note: a${'['.repeat(200)}\n# ${'['.repeat(200)}\nq: "${'['.repeat(200)}"\nr: '${'{'.repeat(200)}'\n`, 100)).toBeUndefined();
  });
});
