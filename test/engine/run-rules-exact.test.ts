// Running the rules (src/engine/run-rules.ts) and the per-rule cap's closing finding (src/finding-cap.ts),
// called directly, each answer exact: a rule's options (its defaults, then the configuration's), its
// severity, the message a report names (else the default), its data and cell path, a rule off or without
// a check skipped, another rule's options and an unknown one refused; the cap's message in both
// languages, where it is placed. The modules are loaded inside each test, the rules stood in for.
import type { Rule } from '../../src/rules/rule';

beforeEach(() => jest.resetModules());
afterEach(() => jest.dontMock('../../src/rules'));

const message = (en: string) => ({ ja: `ja:${en}`, en });

function fakeRules(check: Rule['check']): Rule[] {
  const base = { category: 'device', sources: ['s'], description: message('d'), help: message('h') } as unknown as Rule;
  return [
    { ...base, id: 'fake', severity: 'warning', options: { days: { type: 'integer', default: 30 }, words: { type: 'string', default: 'x' } }, messages: { default: message('default'), other: message('other') }, check } as unknown as Rule,
    { ...base, id: 'quiet', severity: 'error', options: {}, messages: { default: message('q') }, check: () => { throw new Error('ran'); } } as Rule,
    { ...base, id: 'nocheck', severity: 'error', options: { n: { type: 'integer', default: 1 } }, messages: { default: message('n') } } as unknown as Rule,
  ];
}

function runWith(check: Rule['check'], config: Record<string, unknown>) {
  const rules = fakeRules(check);
  jest.doMock('../../src/rules', () => ({ ...jest.requireActual('../../src/rules'), RULES: rules, getRule: (id: string) => rules.find((rule) => rule.id === id) }));
  const { runRules } = require('../../src/engine/run-rules') as typeof import('../../src/engine/run-rules');
  return runRules({} as never, '2026-11-24', { rules: { quiet: { severity: 'off' }, ...config } } as never);
}

describe('runRules', () => {
  it('each report as a finding: the message it names, else the default; its data, target and cell path', () => {
    const seen: unknown[] = [];
    const findings = runWith((context) => {
      seen.push(context.options, context.asOf, context.optionsOf('nocheck'), context.isOff('quiet'), context.isOff('nocheck'), context.isOff('fake'));
      context.report({ path: ['a'], messageId: 'other', data: { n: 1 }, target: { kind: 'device', id: 'PC', label: 'PC' }, cellPath: ['b'] });
      context.report({ path: ['c'], messageId: 'missing' });
      context.report({ path: ['d'] });
      expect(() => context.optionsOf('nope')).toThrow('unknown rule nope');
      expect(() => context.isOff('nope')).toThrow('unknown rule nope');
    }, { fake: { severity: 'error', options: { days: 7 } } });
    expect(seen).toEqual([{ days: 7, words: 'x' }, '2026-11-24', { n: 1 }, true, false, false]);
    expect(findings).toEqual([
      { ruleId: 'fake', severity: 'error', path: ['a'], target: { kind: 'device', id: 'PC', label: 'PC' }, cellPath: ['b'], message: message('other'), data: { n: 1 }, sources: ['s'] },
      { ruleId: 'fake', severity: 'error', path: ['c'], target: undefined, message: message('default'), data: {}, sources: ['s'] },
      { ruleId: 'fake', severity: 'error', path: ['d'], target: undefined, message: message('default'), data: {}, sources: ['s'] },
    ]);
    expect('cellPath' in findings[1]!).toBe(false);
  });

  it('the rule\'s own severity and options without configuration; nothing from a rule that is off', () => {
    const seen: unknown[] = [];
    const findings = runWith((context) => {
      seen.push(context.options);
      context.report({ path: [] });
    }, {});
    expect(seen).toEqual([{ days: 30, words: 'x' }]);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['fake', 'warning']]);
    expect(runWith(() => { throw new Error('ran'); }, { fake: { severity: 'off' } })).toEqual([]);
  });
});

describe('leftOutFinding', () => {
  it('placed where the first left out is, its key pointed at, the count in both languages', () => {
    const { leftOutFinding, MAX_FINDINGS_PER_RULE } = require('../../src/finding-cap') as typeof import('../../src/finding-cap');
    const first = { ruleId: 'r', severity: 'error' as const, path: ['devices', 3], pointsAtKey: true, position: { line: 4, column: 2 }, message: message('m'), data: { x: 1 }, sources: ['s'], target: { kind: 'device' as const, id: 'D', label: 'D' } };
    expect(leftOutFinding(first, 5)).toEqual({
      ruleId: 'r', severity: 'error', path: ['devices', 3], pointsAtKey: true, position: { line: 4, column: 2 },
      message: {
        ja: 'このルールの指摘がほかに {count} 件あります（1 ファイル・1 ルールにつき最初の 10,000 件だけを示しています）。示された指摘を直してから、もう一度チェックしてください',
        en: '{count} more findings of this rule were left out (only the first 10,000 per rule and file are shown). Fix the ones shown, then check again',
      },
      data: { count: 5 }, sources: ['s'],
    });
    const plain = leftOutFinding({ ...first, pointsAtKey: undefined, position: undefined }, 1);
    expect(Object.keys(plain)).toEqual(['ruleId', 'severity', 'path', 'message', 'data', 'sources']);
    expect(MAX_FINDINGS_PER_RULE).toBe(10_000);
  });
});
