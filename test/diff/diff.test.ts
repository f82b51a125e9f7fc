// `dokodemo-check diff`: two versions of a ledger, in YAML and as workbooks (made by `convert`), and
// against a git revision in a real repository. Entries are matched by what they are, so reordering
// alone is no change and no finding appears or goes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { tempDirs } from '../helpers/temp';
import { AS_OF, changed, EXPECTED_CHANGES, gitIn, original, reordered } from './fixtures';

const temp = tempDirs();
const EN = { env: { LANG: 'en_US.UTF-8' } };

interface DiffJson {
  changes: Array<Record<string, unknown>>;
  findings: { appeared: Array<{ ruleId: string; target: string | null }>; went: Array<{ ruleId: string; target: string | null }> };
  summary: { changes: number; appeared: number; went: number };
}

function diffJson(args: string[], cwd?: string): DiffJson {
  const run = runCli(['diff', '--as-of', AS_OF, '-f', 'json', ...args], { ...EN, ...(cwd ? { cwd } : {}) });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as DiffJson;
}

const ruleAndTarget = (findings: Array<{ ruleId: string; target: string | null }>) => findings.map((finding) => `${finding.ruleId} ${finding.target}`).sort();

describe('diff of two files', () => {
  const folder = temp.make('dokodemo-diff-');
  const file = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const old = file('old.yaml', original());
  const moved = file('reordered.yaml', reordered());
  const now = file('new.yaml', changed());

  it('finds nothing when only the order of entries and every line changed', () => {
    const result = diffJson([old, moved]);
    expect(result.changes).toEqual([]);
    expect(result.findings).toEqual({ appeared: [], went: [] });
  });

  it('lists staff, devices and exceptions by id, and the findings that appeared and went', () => {
    const result = diffJson([old, now]);
    expect(result.changes).toEqual(EXPECTED_CHANGES);
    const appeared = ruleAndTarget(result.findings.appeared);
    const went = ruleAndTarget(result.findings.went);
    expect(appeared).toContain('lost-device-incident MD-TB-01');
    expect(went).toEqual(expect.arrayContaining(['mcs-password-age Nakamura@midori-clinic.example.jp', 'departed-user yamamoto@midori-clinic.example.jp', 'retired-device-wiped MD-PC-OLD']));
    // SP-03 moved to another person and to another place in the list: its own findings stay.
    expect([...appeared, ...went].filter((finding) => finding.endsWith(' SP-03'))).toEqual([]);
    expect(result.summary).toEqual({ changes: EXPECTED_CHANGES.length, appeared: result.findings.appeared.length, went: result.findings.went.length });
  });

  it('says the same of the two versions as workbooks, and of a workbook against YAML', () => {
    const oldBook = join(folder, 'old.xlsx');
    const newBook = join(folder, 'new.xlsx');
    const movedBook = join(folder, 'reordered.xlsx');
    for (const [from, to] of [[old, oldBook], [now, newBook], [moved, movedBook]] as const) expect(runCli(['convert', from, to], EN).code).toBe(0);
    const yaml = diffJson([old, now]);
    const books = diffJson([oldBook, newBook]);
    expect(books.changes).toEqual(EXPECTED_CHANGES);
    expect(ruleAndTarget(books.findings.appeared)).toEqual(ruleAndTarget(yaml.findings.appeared));
    expect(ruleAndTarget(books.findings.went)).toEqual(ruleAndTarget(yaml.findings.went));
    expect(diffJson([oldBook, movedBook])).toMatchObject({ changes: [], findings: { appeared: [], went: [] } });
    const mixed = diffJson([old, newBook]);
    expect(mixed.changes).toEqual(EXPECTED_CHANGES);
    expect(ruleAndTarget(mixed.findings.appeared)).toEqual(ruleAndTarget(yaml.findings.appeared));
  });

  it('prints a table and Markdown a reviewer reads, masked with --redact', () => {
    const table = runCli(['diff', '--as-of', AS_OF, old, now], EN);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Staff');
    expect(table.stdout).toMatch(/password changed\s+中村 誠\s+MCS password changed 2026-05-10 → 2026-11-01/);
    expect(table.stdout).toMatch(/changed owner\s+SP-03\s+used by 小林 恵 → 佐藤 花子/);
    expect(table.stdout).toContain('Findings that appeared');
    const japanese = runCli(['diff', '--as-of', AS_OF, '--lang', 'ja', old, now], EN);
    expect(japanese.stdout).toMatch(/アカウント削除\s+山本 翔太/);
    const markdown = runCli(['diff', '--as-of', AS_OF, '-f', 'markdown', '--redact', old, now], EN);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^## dokodemo-check diff/);
    expect(markdown.stdout).toContain('| added | 佐\\* |');
    expect(markdown.stdout).not.toContain('佐藤');
    expect(markdown.stdout).not.toContain('sato@');
  });

  it('refuses what it cannot compare with exit 2 and one line', () => {
    expect(runCli(['diff', old], EN)).toMatchObject({ code: 2, stderr: expect.stringContaining('give two ledgers') });
    expect(runCli(['diff', '--staged', old, now], EN)).toMatchObject({ code: 2, stderr: expect.stringContaining('--staged goes with --git') });
    expect(runCli(['diff', '-f', 'sarif', old, now], EN)).toMatchObject({ code: 2 });
    expect(runCli(['diff', old, join(folder, 'missing.yaml')], EN).code).toBe(2);
  });
});

describe('diff --git', () => {
  const repo = temp.make('dokodemo-diff-git-');
  const git = gitIn(repo);
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'ledgers'));
  const ledger = join(repo, 'ledgers', 'みどり 台帳.yaml');
  writeFileSync(ledger, original());
  git('add', 'ledgers');
  git('commit', '-q', '-m', 'the reviewed ledger');

  it('compares the working file with a revision', () => {
    writeFileSync(ledger, changed());
    expect(diffJson(['--git', 'HEAD', ledger]).changes).toEqual(EXPECTED_CHANGES);
    expect(diffJson(['--git', 'main', 'ledgers/みどり 台帳.yaml'], repo).changes).toEqual(EXPECTED_CHANGES);
  });

  it('compares the staged file with a revision, whatever the working file holds', () => {
    writeFileSync(ledger, changed());
    git('add', 'ledgers');
    writeFileSync(ledger, original()); // the working file back as it was: the index still has the change
    expect(diffJson(['--git', 'HEAD', '--staged', ledger]).changes).toEqual(EXPECTED_CHANGES);
    expect(diffJson(['--git', 'HEAD', ledger]).changes).toEqual([]);
    git('reset', '-q', '--', 'ledgers');
  });

  it('takes a ledger the revision did not have as all added, and refuses an unknown revision', () => {
    const added = join(repo, 'ledgers', 'new.yaml');
    writeFileSync(added, original());
    const result = diffJson(['--git', 'HEAD', added]);
    expect(result.changes.filter((change) => change.change === 'added').map((change) => change.id)).toEqual(
      expect.arrayContaining(['MD-PC-01', 'MD-TB-01', 'Nakamura@midori-clinic.example.jp']),
    );
    expect(result.findings.went).toEqual([]);
    expect(runCli(['diff', '--git', 'no-such-branch', ledger], EN)).toMatchObject({ code: 2, stderr: expect.stringContaining('git revision no-such-branch not found') });
    expect(runCli(['diff', '--git', '--upload-pack=touch', ledger], EN).code).toBe(2);
  });
});
