// Data flows one way: input → document with positions → findings → exceptions → report model →
// reporter. A module never imports from a layer above its own; this pins the rooms that hold that rule
// (the import graph of src/, read from the sources themselves).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

const SRC = join(__dirname, '..', 'src');

/** Every relative import of every module: [importing room, imported room, file]. */
function imports(): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  const room = (path: string) => {
    const parts = relative(SRC, path).split(sep);
    if (parts[0] === '..') return '.'; // data beside the sources (schemas/*.json, package.json)
    return parts.length > 1 ? parts[0]! : '.';
  };
  for (const file of readdirSync(SRC, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    const path = join(SRC, file);
    for (const match of readFileSync(path, 'utf8').matchAll(/(?:from|require\()\s*'(\.[^']+)'/g)) {
      found.push([room(path), room(normalize(join(dirname(path), match[1]!))), file]);
    }
  }
  return found;
}

/** What each room may import besides itself and the root's shared types, errors and dates. */
const ALLOWED: Record<string, readonly string[]> = {
  text: [],
  i18n: [],
  load: [],
  rules: [],
  schema: ['load'],
  workbook: ['load', 'schema', 'i18n', 'catalogue'],
  config: ['load', 'rules'],
  engine: ['load', 'schema', 'rules', 'config', 'workbook', 'text'],
};

describe('the layers of src/', () => {
  const all = imports();

  it.each(Object.keys(ALLOWED))('%s imports nothing from a layer above it', (room) => {
    const above = all.filter(([from, to]) => from === room && to !== room && to !== '.' && !ALLOWED[room]!.includes(to)).map(([, to, file]) => `${file} → ${to}`);
    expect(above).toEqual([]);
  });

  it('only the CLI imports the CLI, only the page imports the page', () => {
    expect(all.filter(([from, to]) => (to === 'cli' && from !== 'cli') || (to === 'web' && from !== 'web')).map(([, to, file]) => `${file} → ${to}`)).toEqual([]);
  });

  it('sees the graph it judges (the test cannot pass on nothing)', () => {
    expect(all.filter(([from, to]) => from === 'engine' && to === 'schema').length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(500);
  });
});
