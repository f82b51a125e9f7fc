// check --baseline's parts (src/diff/baseline.ts, src/diff/git.ts), called directly, each answer exact:
// a JSON Pointer back into a path, an earlier report read (and each way it can be refused), a git
// revision's ledgers checked, this run's findings new or unchanged, the counts, and the options' checks.
// The modules are loaded inside each test (their patterns count for every test).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult, LocatedFinding } from '../../src/types';
import { tempDirs } from '../helpers/temp';
import { gitIn } from './fixtures';

beforeEach(() => jest.resetModules());

const baselines = () => require('../../src/diff/baseline') as typeof import('../../src/diff/baseline');
const gitModule = () => require('../../src/diff/git') as typeof import('../../src/diff/git');
const config = () => (require('../../src/config/types') as typeof import('../../src/config/types')).DEFAULT_CONFIG;

const temp = tempDirs();

/** The error's English text, or 'none'. */
function refusal(run: () => unknown): string {
  try {
    run();
    return 'none';
  } catch (error) {
    return `${(error as Error).name}: ${(error as { text?: { en: string } }).text?.en ?? (error as Error).message}`;
  }
}

const located = (ruleId: string, path: Array<string | number>, target?: string): LocatedFinding => ({
  ruleId, severity: 'error', path, message: { ja: '', en: '' }, data: {}, sources: [], position: { line: 1, column: 1 },
  ...(target ? { target: { kind: 'device', id: target, label: target } } : {}),
} as LocatedFinding);

describe('fromPointer', () => {
  it('reads list indexes as numbers and unescapes ~1 and ~0, in that order', () => {
    const { fromPointer } = baselines();
    expect([fromPointer(''), fromPointer('/'), fromPointer('/devices/0/security'), fromPointer('/devices/10/a~1b/c~0d/~01'), fromPointer('/x/01/-1/1.5/ 1/1 '), fromPointer('/0')]).toEqual([
      [], [''], ['devices', 0, 'security'], ['devices', 10, 'a/b', 'c~d', '~1'], ['x', '01', '-1', '1.5', ' 1', '1 '], [0],
    ]);
  });
});

describe('baselineFromReport', () => {
  const report = (files: unknown) => JSON.stringify({ formatVersion: 1, files });

  it('names each finding by rule, file as two runs name it, target and item; a file named twice keeps both lists', () => {
    const { baselineFromReport } = baselines();
    const baseline = baselineFromReport(report([
      { file: './a/../x.yaml', findings: [{ ruleId: 'mfa', path: '/devices/3/security/mfa', target: 'PC-01' }, { ruleId: 'exception-expired', path: '/exceptions/0/expires', target: null }] },
      { file: 'y.yaml', findings: [] },
      { file: 'x.yaml', findings: [{ ruleId: 'r', path: '', target: 'facility' }] },
    ]), 'b.json');
    expect([...baseline.files.keys()]).toEqual(['x.yaml', 'y.yaml']);
    expect(baseline.files.get('y.yaml')).toEqual([]);
    expect(baseline.files.get('x.yaml')).toEqual([
      { key: JSON.stringify(['mfa', 'x.yaml', 'PC-01', '/devices["PC-01"]/security/mfa']), loose: JSON.stringify(['mfa', 'x.yaml', 'PC-01', '/devices[*]/security/mfa']), resolved: true },
      { key: JSON.stringify(['exception-expired', 'x.yaml', null, '/exceptions[#0]/expires']), loose: JSON.stringify(['exception-expired', 'x.yaml', null, '/exceptions[*]/expires']), resolved: false },
      { key: JSON.stringify(['r', 'x.yaml', 'facility', '']), loose: JSON.stringify(['r', 'x.yaml', 'facility', '']), resolved: true },
    ]);
  });

  it('refuses what is not a report of -f json, saying why', () => {
    const { baselineFromReport } = baselines();
    const refused = (text: string) => refusal(() => baselineFromReport(text, 'b.json'));
    const prefix = 'UsageError: --baseline b.json is not a report of dokodemo-check -f json';
    expect([
      refused('{'), refused(JSON.stringify({ version: '2.1.0', runs: [] })), refused('[]'), refused('null'), refused(JSON.stringify({ formatVersion: 2, files: [] })), refused(JSON.stringify({ formatVersion: 1, files: {} })), refused(JSON.stringify({ formatVersion: 1 })),
      refused(report([null])), refused(report([['x']])), refused(report([{ file: 1, findings: [] }])), refused(report([{ file: 'x', findings: {} }])),
      refused(report([{ file: 'x', findings: [null] }])), refused(report([{ file: 'x', findings: [{ ruleId: 1, path: '', target: null }] }])), refused(report([{ file: 'x', findings: [{ ruleId: 'r', path: [], target: null }] }])),
      refused(report([{ file: 'x', findings: [{ ruleId: 'r', path: '' }] }])), refused(report([{ file: 'x', findings: [{ ruleId: 'r', path: '', target: 5 }] }])), refused(report([{ file: 'x', findings: [['r']] }])),
      refused(JSON.stringify({ formatVersion: 1, files: [], runs: {} })), refused(report([])),
    ]).toEqual([
      `${prefix} (not JSON)`, `${prefix} (it is SARIF: give a report made with -f json)`, `${prefix} (no formatVersion 1 and files)`, `${prefix} (no formatVersion 1 and files)`, `${prefix} (no formatVersion 1 and files)`, `${prefix} (no formatVersion 1 and files)`, `${prefix} (no formatVersion 1 and files)`,
      `${prefix} (an entry of files is not as written)`, `${prefix} (an entry of files is not as written)`, `${prefix} (an entry of files is not as written)`, `${prefix} (an entry of files is not as written)`,
      `${prefix} (a finding has no ruleId, path and target as written)`, `${prefix} (a finding has no ruleId, path and target as written)`, `${prefix} (a finding has no ruleId, path and target as written)`,
      `${prefix} (a finding has no ruleId, path and target as written)`, `${prefix} (a finding has no ruleId, path and target as written)`, `${prefix} (a finding has no ruleId, path and target as written)`,
      'none', 'none',
    ]);
    const error = (() => {
      try {
        baselineFromReport('{', 'b.json');
      } catch (caught) {
        return caught as { text: { ja: string } };
      }
      return undefined;
    })();
    expect(error?.text.ja).toBe('--baseline b.json は dokodemo-check -f json のレポートではありません（JSON として読めません）');
    const japanese = (text: string) => {
      try {
        baselineFromReport(text, 'b.json');
      } catch (caught) {
        return (caught as { text: { ja: string } }).text.ja.replace('--baseline b.json は dokodemo-check -f json のレポートではありません', '');
      }
      return 'none';
    };
    expect([japanese(JSON.stringify({ runs: [] })), japanese('[]'), japanese(report([null])), japanese(report([{ file: 'x', findings: [null] }]))]).toEqual([
      '（SARIF です。-f json で作ったレポートを指定してください）', '（formatVersion 1 と files がありません）', '（files の項目の形が違います）', '（指摘の ruleId, path, target の形が違います）',
    ]);
  });
});

describe('compareWithBaseline, identitiesOf, baselineSummary', () => {
  it('each finding new or unchanged within its own file, one to one; the baseline\'s unmatched counted as gone; a file listed twice compared once', () => {
    const { compareWithBaseline, baselineFromReport } = baselines();
    const baseline = baselineFromReport(JSON.stringify({ formatVersion: 1, files: [
      { file: 'x.yaml', findings: [{ ruleId: 'mfa', path: '/devices/0/security/mfa', target: 'PC-01' }, { ruleId: 'gone', path: '', target: null }, { ruleId: 'mfa', path: '/devices/1/security/mfa', target: 'PC-02' }] },
      { file: 'other.yaml', findings: [{ ruleId: 'mfa', path: '/devices/0/security/mfa', target: 'PC-01' }] },
    ] }), 'b.json');
    const same = located('mfa', ['devices', 5, 'security', 'mfa'], 'PC-01');
    const fresh = located('antivirus', ['devices', 5, 'security', 'antivirus'], 'PC-01');
    const twin = located('mfa', ['devices', 6, 'security', 'mfa'], 'PC-02');
    const again = located('mfa', ['devices', 0, 'security', 'mfa'], 'PC-01');
    const result: CheckResult = { asOf: '2026-11-24', files: [
      { file: './x.yaml', findings: [same, fresh, twin], ledger: { devices: [{ id: 'PC-01' }] } as never },
      { file: 'x.yaml', findings: [again] },
      { file: 'new.yaml', findings: [located('mfa', ['devices', 0, 'security', 'mfa'], 'PC-01')] },
    ] };
    const outcome = compareWithBaseline(result, baseline);
    expect([...outcome.stateOf.values()]).toEqual(['unchanged', 'new', 'unchanged', 'new', 'new']);
    expect(outcome.stateOf.get(fresh)).toBe('new');
    expect(outcome.absent).toBe(1);
    expect(compareWithBaseline({ asOf: '2026-11-24', files: [] }, baseline)).toEqual({ stateOf: new Map(), absent: 0 });
  });

  it('identitiesOf names an entry from the ledger the rules saw, past the entries left out, else by the target', () => {
    const { identitiesOf } = baselines();
    const ids = identitiesOf([located('mfa', ['devices', 1, 'security', 'mfa'], 'T'), located('mfa', ['devices', 0, 'x']), located('r', [])], 'x.yaml', { devices: [{ id: 'B' }] }, [
      { path: ['devices', 0], target: { kind: 'device', id: 'A', label: 'A' }, position: { line: 1, column: 1 } },
    ]);
    expect(ids.map((id) => id.key)).toEqual([
      JSON.stringify(['mfa', 'x.yaml', 'T', '/devices["B"]/security/mfa']), JSON.stringify(['mfa', 'x.yaml', null, '/devices["A"]/x']), JSON.stringify(['r', 'x.yaml', null, '']),
    ]);
  });

  it('baselineSummary counts the new among the findings listed, the rest unchanged', () => {
    const { baselineSummary } = baselines();
    expect(baselineSummary([{ baselineState: 'new' }, { baselineState: 'unchanged' }, {}, { baselineState: 'new' }, { baselineState: 'new' }], 4)).toEqual({ new: 3, unchanged: 2, absent: 4 });
    expect(baselineSummary([], 0)).toEqual({ new: 0, unchanged: 0, absent: 0 });
  });
});

describe('BASELINE_WORDS', () => {
  it('the baseline column, its states and the summary line, in both languages', () => {
    const { BASELINE_WORDS } = require('../../src/diff/words') as typeof import('../../src/diff/words');
    const counts = { new: 1, unchanged: 2, absent: 3 };
    expect([BASELINE_WORDS.en.column, BASELINE_WORDS.en.state, BASELINE_WORDS.en.summary(counts), BASELINE_WORDS.ja.column, BASELINE_WORDS.ja.state, BASELINE_WORDS.ja.summary(counts)]).toEqual([
      'Baseline', { new: 'new', unchanged: 'unchanged' }, 'Against the baseline: 1 new, 2 unchanged, 3 gone',
      '基準比', { new: '新規', unchanged: '既存' }, '基準との比較: 新規 1 件、既存 2 件、解消 3 件',
    ]);
  });
});

describe('the options, and runBaseline', () => {
  it('validBaselineOptions: not both, and --fail-on-new only with one', () => {
    const { validBaselineOptions } = baselines();
    expect([
      refusal(() => validBaselineOptions({ baseline: 'a', baselineGit: 'HEAD' })), refusal(() => validBaselineOptions({ baseline: '', baselineGit: '' })), refusal(() => validBaselineOptions({ failOnNew: true })),
      refusal(() => validBaselineOptions({ failOnNew: true, baseline: '' })), refusal(() => validBaselineOptions({ failOnNew: true, baselineGit: 'HEAD' })), refusal(() => validBaselineOptions({})), refusal(() => validBaselineOptions({ failOnNew: false })),
    ]).toEqual([
      'UsageError: --baseline and --baseline-git cannot be used together', 'UsageError: --baseline and --baseline-git cannot be used together', 'UsageError: --fail-on-new needs --baseline or --baseline-git',
      'none', 'none', 'none', 'none',
    ]);
    const japanese = (options: Parameters<typeof validBaselineOptions>[0]) => {
      try {
        validBaselineOptions(options);
      } catch (error) {
        return (error as { text: { ja: string } }).text.ja;
      }
      return 'none';
    };
    expect([japanese({ baseline: 'a', baselineGit: 'b' }), japanese({ failOnNew: true })]).toEqual(['--baseline と --baseline-git は一緒に使えません', '--fail-on-new には --baseline か --baseline-git が必要です']);
  });

  it('runBaseline: a report read from the working folder, its reading error said, none without a baseline', () => {
    const { runBaseline } = baselines();
    const { UsageError } = require('../../src/errors') as typeof import('../../src/errors');
    const result: CheckResult = { asOf: '2026-11-24', files: [{ file: 'x.yaml', findings: [located('r', [])] }] };
    const read: string[] = [];
    const text = JSON.stringify({ formatVersion: 1, files: [{ file: 'x.yaml', findings: [{ ruleId: 'r', path: '', target: null }, { ruleId: 'q', path: '', target: null }] }] });
    const outcome = runBaseline({ baseline: 'b.json' }, result, [], '/work', (path) => {
      read.push(path);
      return Buffer.from(text);
    });
    expect(read).toEqual(['/work/b.json']);
    expect([...outcome!.stateOf.values()]).toEqual(['unchanged']);
    expect(outcome!.absent).toBe(1);
    expect(runBaseline({}, result, [], '/work', () => Buffer.from(''))).toBeUndefined();
    expect(runBaseline({ failOnNew: true }, result, [], '/work', () => Buffer.from(''))).toBeUndefined();
    expect(refusal(() => runBaseline({ baseline: 'b.json' }, result, [], '/work', () => {
      throw new UsageError({ ja: '読めません', en: 'cannot read' });
    }))).toBe('UsageError: cannot read the --baseline report b.json (cannot read)');
    expect(refusal(() => runBaseline({ baseline: 'b.json' }, result, [], '/work', () => {
      throw new TypeError('other');
    }))).toBe('TypeError: other');
    let japanese = '';
    try {
      runBaseline({ baseline: 'b.json' }, result, [], '/work', () => {
        throw new UsageError({ ja: '読めません', en: 'cannot read' });
      });
    } catch (error) {
      japanese = (error as { text: { ja: string } }).text.ja;
    }
    expect(japanese).toBe('--baseline のレポートを読めません: b.json（読めません）');
  });
});

describe('against a git revision', () => {
  const repo = temp.make('dokodemo-baseline-exact-');
  const git = gitIn(repo);
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'sub'));
  const ledger = 'version: 1\nfacility:\n  name: x\n';
  writeFileSync(join(repo, 'sub', 'a.yaml'), ledger);
  writeFileSync(join(repo, 'sub', 'broken.xlsx'), 'not a zip');
  git('add', '.');
  git('commit', '-q', '-m', 'one');
  const first = git('rev-parse', 'HEAD');

  it('verifyRevision: the commit a revision names; a UsageError for a word that is no revision, outside a repository, or unknown', () => {
    const { verifyRevision } = gitModule();
    const outside = temp.make('dokodemo-baseline-outside-');
    expect(verifyRevision(join(repo, 'sub'), 'main')).toBe(first);
    expect(verifyRevision(repo, 'HEAD')).toBe(first);
    expect([
      refusal(() => verifyRevision(repo, '')), refusal(() => verifyRevision(repo, '-x')), refusal(() => verifyRevision(repo, 'a\nb')), refusal(() => verifyRevision(repo, 'a\0b')),
      refusal(() => verifyRevision(outside, 'HEAD')), refusal(() => verifyRevision(repo, 'nope')), refusal(() => verifyRevision(repo, `${first}:sub`)),
    ]).toEqual([
      'UsageError: not a git revision: ', 'UsageError: not a git revision: -x', 'UsageError: not a git revision: a\nb', 'UsageError: not a git revision: a\0b',
      `UsageError: not inside a git repository: ${outside}`, 'UsageError: git revision nope not found (in a shallow CI clone, use fetch-depth: 0 or fetch that revision)', `UsageError: git revision ${first}:sub not found (in a shallow CI clone, use fetch-depth: 0 or fetch that revision)`,
    ]);
  });

  it('verifyRevision\'s refusals in Japanese', () => {
    const { verifyRevision } = gitModule();
    const outside = temp.make('dokodemo-baseline-outside-ja-');
    const japanese = (folder: string, revision: string) => {
      try {
        verifyRevision(folder, revision);
      } catch (error) {
        return (error as { text: { ja: string } }).text.ja;
      }
      return 'none';
    };
    expect([japanese(repo, '-x'), japanese(outside, 'HEAD'), japanese(repo, 'nope')]).toEqual([
      'git のリビジョンとして使えません: -x', `git リポジトリの中にありません: ${outside}`, 'git のリビジョン nope が見つかりません（CI の浅い clone なら fetch-depth: 0 にするか、そのリビジョンを fetch してください）',
    ]);
  });

  it('readAtRevision: a file at a commit or in the index, named from its own folder; undefined where it was not', () => {
    const { readAtRevision, folderOf } = gitModule();
    writeFileSync(join(repo, 'sub', 'a.yaml'), `${ledger}# staged\n`);
    git('add', 'sub/a.yaml');
    writeFileSync(join(repo, 'sub', 'a.yaml'), `${ledger}# working\n`);
    expect(readAtRevision(join(repo, 'sub', 'a.yaml'), first)?.toString()).toBe(ledger);
    expect(readAtRevision(join(repo, 'sub', 'a.yaml'), 'staged')?.toString()).toBe(`${ledger}# staged\n`);
    expect(readAtRevision(join(repo, 'sub', 'new.yaml'), first)).toBeUndefined();
    expect(readAtRevision(join(repo, 'sub', 'new.yaml'), 'staged')).toBeUndefined();
    expect(folderOf(join(repo, 'sub', 'a.yaml'))).toBe(join(repo, 'sub'));
    git('reset', '-q', '--', 'sub/a.yaml');
  });

  it('baselineFromGit: each file checked at the revision; a file it did not have, or cannot read, has no findings; standard input needs a name', () => {
    const { baselineFromGit } = baselines();
    writeFileSync(join(repo, 'sub', 'b.yaml'), ledger);
    const baseline = baselineFromGit('main', [
      { name: 'sub/a.yaml', path: 'sub/a.yaml', config: config() },
      { name: './sub/b.yaml', path: 'sub/b.yaml', config: config() },
      { name: 'sub/broken.xlsx', path: 'sub/broken.xlsx', config: config() },
    ], '2026-11-24', repo);
    expect([...baseline.files.keys()]).toEqual(['sub/a.yaml', 'sub/b.yaml', 'sub/broken.xlsx']);
    expect(baseline.files.get('sub/b.yaml')).toEqual([]);
    expect(baseline.files.get('sub/broken.xlsx')).toEqual([]);
    expect(baseline.files.get('sub/a.yaml')!.length).toBeGreaterThan(0);
    expect(baseline.files.get('sub/a.yaml')!.every((identity) => JSON.parse(identity.key)[1] === 'sub/a.yaml')).toBe(true);
    expect(refusal(() => baselineFromGit('main', [{ name: '<stdin>', config: config() }], '2026-11-24', repo))).toBe('UsageError: --baseline-git with standard input (-) needs --stdin-filename naming the ledger');
    try {
      baselineFromGit('main', [{ name: '<stdin>', config: config() }], '2026-11-24', repo);
    } catch (error) {
      expect((error as { text: { ja: string } }).text.ja).toBe('標準入力 (-) に --baseline-git を使うには --stdin-filename で台帳のパスを指定してください');
    }
    expect(refusal(() => baselineFromGit('nope', [{ name: 'sub/a.yaml', path: 'sub/a.yaml', config: config() }], '2026-11-24', repo))).toMatch(/^UsageError: git revision nope not found/);
  });

  it('asks git once per folder', () => {
    jest.doMock('node:child_process', () => {
      const actual = jest.requireActual('node:child_process');
      return { ...actual, execFileSync: jest.fn(actual.execFileSync) };
    });
    const { baselineFromGit } = baselines();
    const { execFileSync: spied } = require('node:child_process') as { execFileSync: jest.Mock };
    baselineFromGit('main', [{ name: 'sub/a.yaml', path: 'sub/a.yaml', config: config() }, { name: 'sub/broken.xlsx', path: 'sub/broken.xlsx', config: config() }], '2026-11-24', repo);
    const verbs = spied.mock.calls.map((call) => (call[1] as string[]).slice(0, 2).join(' '));
    expect(verbs).toEqual(['rev-parse --show-toplevel', 'rev-parse --verify', 'cat-file -s', 'cat-file blob', 'cat-file -s', 'cat-file blob']);
    jest.dontMock('node:child_process');
  });

  it('refuses a file too large at that revision, and says when git is missing', () => {
    jest.doMock('../../src/load/limits', () => ({ ...jest.requireActual('../../src/load/limits'), MAX_LEDGER_BYTES: ledger.length - 1 }));
    const path = join(repo, 'sub', 'a.yaml');
    expect(refusal(() => gitModule().readAtRevision(path, first))).toBe(`UsageError: ${path} at that revision is too large (${ledger.length} bytes)`);
    try {
      gitModule().readAtRevision(path, first);
    } catch (error) {
      expect((error as { text: { ja: string } }).text.ja).toBe(`${path} のそのリビジョンの内容が大きすぎます（${ledger.length} バイト）`);
    }
    jest.resetModules();
    jest.doMock('../../src/load/limits', () => ({ ...jest.requireActual('../../src/load/limits'), MAX_LEDGER_BYTES: ledger.length }));
    expect(gitModule().readAtRevision(path, first)?.toString()).toBe(ledger);
    jest.dontMock('../../src/load/limits');
    jest.resetModules();
    jest.doMock('node:child_process', () => ({
      ...jest.requireActual('node:child_process'),
      execFileSync: () => {
        throw Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
      },
    }));
    const { readAtRevision, verifyRevision } = gitModule();
    try {
      verifyRevision(repo, 'HEAD');
    } catch (error) {
      expect((error as { text: { ja: string } }).text.ja).toBe('git コマンドが見つかりません（--git と --baseline-git には git が必要です）');
    }
    const missing = 'UsageError: git was not found (--git and --baseline-git need git)';
    expect([refusal(() => readAtRevision(path, first)), refusal(() => verifyRevision(repo, 'HEAD'))]).toEqual([missing, missing]);
    jest.dontMock('node:child_process');
  });

  it('renamesSince: the files renamed since a commit, now → then, past changes of one path; readRenamedAtRevision reads one under its name then', () => {
    const { renamesSince, readRenamedAtRevision, topOf } = gitModule();
    const other = temp.make('dokodemo-renames-');
    const run = gitIn(other);
    run('init', '-q', '-b', 'main');
    mkdirSync(join(other, 'sub'));
    const text = (name: string) => `version: 1\nfacility:\n  name: ${name}\n  note: ${'x'.repeat(200)}\n`;
    for (const name of ['a-first.yaml', 'sub/b.yaml', 'sub/c.yaml', 'z.yaml']) writeFileSync(join(other, name), text(name));
    run('add', '.');
    run('commit', '-q', '-m', 'one');
    const commit = run('rev-parse', 'HEAD');
    writeFileSync(join(other, 'a-first.yaml'), text('changed'));
    mkdirSync(join(other, 'moved'));
    run('mv', 'sub/b.yaml', 'moved/b2.yaml');
    run('rm', '-q', 'sub/c.yaml');
    run('mv', 'z.yaml', 'zz.yaml');
    const top = topOf(join(other, 'moved'));
    expect(top).toBe(other);
    const renames = renamesSince(top, commit);
    expect(renames).toEqual({ top: other, from: new Map([['moved/b2.yaml', 'sub/b.yaml'], ['zz.yaml', 'z.yaml']]) });
    expect(readRenamedAtRevision('moved/b2.yaml', join(other, 'moved', 'b2.yaml'), commit, renames)?.toString()).toBe(text('sub/b.yaml'));
    expect(readRenamedAtRevision('zz.yaml', join(other, 'zz.yaml'), commit, renames)?.toString()).toBe(text('z.yaml'));
    expect(readRenamedAtRevision('a-first.yaml', join(other, 'a-first.yaml'), commit, renames)).toBeUndefined();
    expect(readRenamedAtRevision('x', `${other}x/zz.yaml`, commit, renames)).toBeUndefined();
    expect(readRenamedAtRevision('x', 'zz.yaml', commit, renames)).toBeUndefined();
    // a path outside the repository whose tail past the top folder's length is a renamed file
    expect(readRenamedAtRevision('x', `${'X'.repeat(other.length)}/zz.yaml`, commit, renames)).toBeUndefined();
    expect(renamesSince(top, run('rev-parse', 'HEAD'))).toEqual({ top: other, from: new Map([['moved/b2.yaml', 'sub/b.yaml'], ['zz.yaml', 'z.yaml']]) });
  });
});
