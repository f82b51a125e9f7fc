// Which YAML files a walk leaves out (src/cli/other-yaml.ts), called directly on real files: a ledger is
// kept wherever its first key is (in the first 4 KB read, in the 64 KB read next, or past them), another
// tool's YAML is left out whatever its size.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isOtherYamlFile } from '../../src/cli/other-yaml';

let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'other-yaml-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const comments = (bytes: number) => `${'# コメント行です。台帳の説明。\n'.repeat(Math.ceil(bytes / 46))}`;
const LEDGER_TAIL = 'version: 1\nfacility:\n  name: さくら\n';
const WORKFLOW_TAIL = 'on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n';

describe('isOtherYamlFile', () => {
  it.each([
    ['a ledger key on the first line', LEDGER_TAIL, false],
    ['a ledger key after 3 KB of comments', comments(3000) + LEDGER_TAIL, false],
    ['a ledger key after 5 KB of comments (past the first look)', comments(5000) + LEDGER_TAIL, false],
    ['a ledger key after 70 KB of comments (past the head: parsed whole)', comments(70000) + LEDGER_TAIL, false],
    ['a small workflow', WORKFLOW_TAIL, true],
    ['a workflow after 5 KB of comments', comments(5000) + WORKFLOW_TAIL, true],
    ['a workflow after 70 KB of comments', comments(70000) + WORKFLOW_TAIL, true],
    ['a key that only starts like a ledger key', `${comments(5000)}versions: 2\n`, true],
  ])('%s', (_name, text, other) => {
    const file = join(root, 'x.yaml');
    writeFileSync(file, text);
    const whole: string[] = [];
    expect(isOtherYamlFile(file, (path) => (whole.push(path), readFileSync(path)))).toBe(other);
    // Only a file whose first 64 KB decide nothing is read whole.
    expect(whole).toEqual(Buffer.byteLength(text) > 64 * 1024 && /70 KB/.test(_name) ? [file] : []);
  });

  it('a folder, a missing file: kept for the check to say what is wrong', () => {
    expect(isOtherYamlFile(root, () => Buffer.alloc(0))).toBe(false);
    expect(isOtherYamlFile(join(root, 'missing.yaml'), () => Buffer.alloc(0))).toBe(false);
  });
});
