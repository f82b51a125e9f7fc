// The rule catalogue and the inspection checklist as `rules` prints them, pinned whole in both languages
// (the snapshot beside this file): every table, Markdown and JSON text, the guideline items' titles, and
// where each table gives way to a borderless one on a narrow terminal. The modules are loaded inside each
// test: their words are module-level data, which mutation testing's per-test coverage counts only for a
// test that loads them (the CLI loads them lazily, in whichever test runs `rules` first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayWidth } from '../../src/text/display-width';

type Render = typeof import('../../src/catalogue/render');
type ChecklistRender = typeof import('../../src/catalogue/checklist-render');
type Checklist = typeof import('../../src/catalogue/checklist');
type Entries = typeof import('../../src/catalogue/entries');
type CatalogueEntry = import('../../src/catalogue/entries').CatalogueEntry;

beforeEach(() => jest.resetModules());
afterEach(() => {
  delete process.env.FORCE_COLOR;
});

const LANGS = ['ja', 'en'] as const;
const widest = (text: string) => Math.max(...text.split('\n').map((line) => displayWidth(line)));

describe('the rule catalogue', () => {
  it('as a table, each rule in full, and Markdown, in both languages', () => {
    const { catalogueDetail, catalogueMarkdown, catalogueTable } = require('../../src/catalogue/render') as Render;
    const { catalogue } = require('../../src/catalogue/entries') as Entries;
    for (const lang of LANGS) {
      const entries = catalogue(lang);
      expect(catalogueTable(entries, lang)).toMatchSnapshot(`table ${lang}`);
      expect(catalogueMarkdown(entries, lang)).toMatchSnapshot(`markdown ${lang}`);
      expect(entries.map((entry) => catalogueDetail(entry, lang)).join('\n')).toMatchSnapshot(`details ${lang}`);
    }
  });

  it('keeps the box while every line fits the terminal, and is borderless and wrapped when one does not', () => {
    const { catalogueDetail, catalogueTable } = require('../../src/catalogue/render') as Render;
    const { catalogue } = require('../../src/catalogue/entries') as Entries;
    const entries = catalogue('en');
    const boxed = catalogueTable(entries, 'en');
    const width = widest(boxed);
    expect(catalogueTable(entries, 'en', width)).toBe(boxed);
    const narrow = catalogueTable(entries, 'en', width - 1);
    expect(narrow).not.toContain('┌');
    expect(widest(narrow)).toBeLessThanOrEqual(width - 1);
    expect(catalogueTable(catalogue('ja'), 'ja', 60)).toMatchSnapshot('table ja at 60 columns');
    expect(catalogueDetail(entries.find((entry) => entry.id === 'mcs-password-age')!, 'en', 50)).toMatchSnapshot('detail en at 50 columns');
  });

  it('escapes bars and line breaks in Markdown cells and says when there are no sources or options', () => {
    const { catalogueMarkdown, catalogueDetail } = require('../../src/catalogue/render') as Render;
    const entry: CatalogueEntry = { id: 'made-up', severity: 'warning', category: 'device', description: 'a|b\r\nc\nd', help: 'e\rf', sources: [], options: [] } as unknown as CatalogueEntry;
    expect(catalogueMarkdown([entry], 'en').split('\n')[2]).toBe('| `made-up` | warning | a\\|b c d | e\rf | none | none |');
    expect(catalogueMarkdown([entry], 'ja').split('\n')[2]).toBe('| `made-up` | 警告 | a\\|b c d | e\rf | なし | なし |');
    expect(catalogueDetail(entry, 'en')).toBe('made-up\n  Default severity: warning\n  Checks: a|b\r\nc\nd\n  What to do: e\rf\n  Sources: none\n  Options: none\n');
    const options = { ...entry, sources: ['C-1', 'note 2'], options: [{ name: 'days', default: 30, description: 'd' }, { name: 'months', default: 2, description: 'm' }] };
    expect(catalogueDetail(options, 'en').split('\n').slice(-3, -1)).toStrictEqual(['  Sources: C-1; note 2', '  Options: days=30 (d), months=2 (m)']);
  });

  it('has no colours, even on a terminal that shows them', () => {
    process.env.FORCE_COLOR = '1';
    const { catalogueTable } = require('../../src/catalogue/render') as Render;
    const { catalogue } = require('../../src/catalogue/entries') as Entries;
    const { checklistTable } = require('../../src/catalogue/checklist-render') as ChecklistRender;
    expect(require('@colors/colors/safe').enabled).toBe(true);
    expect(catalogueTable(catalogue('en'), 'en')).not.toContain('\u001b');
    expect(checklistTable('en')).not.toContain('\u001b');
  });

  it('is every file generated from the rule modules, by path', () => {
    const { generatedFiles } = require('../../src/catalogue/generated') as typeof import('../../src/catalogue/generated');
    const files = generatedFiles();
    expect(Object.keys(files)).toStrictEqual(['docs/rules.md', 'schemas/config.schema.json', 'schemas/ledger.schema.json']);
    for (const [path, text] of Object.entries(files)) expect([path, readFileSync(join(__dirname, '..', '..', path), 'utf8')]).toStrictEqual([path, text]);
  });
});

describe('the inspection checklist', () => {
  it('as a table, Markdown and JSON, in both languages', () => {
    const { checklistJson, checklistMarkdown, checklistTable } = require('../../src/catalogue/checklist-render') as ChecklistRender;
    for (const lang of LANGS) {
      expect(checklistTable(lang)).toMatchSnapshot(`table ${lang}`);
      expect(checklistMarkdown(lang)).toMatchSnapshot(`markdown ${lang}`);
      expect(checklistJson(lang)).toMatchSnapshot(`json ${lang}`);
    }
  });

  it('keeps the box while every line fits the terminal, and is borderless and wrapped when one does not', () => {
    const { checklistTable } = require('../../src/catalogue/checklist-render') as ChecklistRender;
    const boxed = checklistTable('en');
    const box = boxed.split('\n').filter((line) => /^[┌│├└]/.test(line)).join('\n');
    const width = widest(box);
    const fitted = checklistTable('en', width);
    expect(fitted.split('\n').filter((line) => /^[┌│├└]/.test(line)).join('\n')).toBe(box);
    const narrow = checklistTable('en', width - 1);
    expect(narrow).not.toContain('┌');
    expect(widest(narrow)).toBeLessThanOrEqual(width - 1);
    expect(checklistTable('ja', 70)).toMatchSnapshot('table ja at 70 columns');
    expect(checklistTable('en', 70)).toMatchSnapshot('table en at 70 columns');
  });

  it('escapes bars and line breaks in Markdown cells', () => {
    const { CHECKLIST } = require('../../src/catalogue/checklist') as Checklist;
    const { checklistMarkdown } = require('../../src/catalogue/checklist-render') as ChecklistRender;
    (CHECKLIST as unknown as unknown[]).push({
      id: 'made-up',
      number: null,
      title: { ja: 'a|b', en: 'a|b\r\nc\nd' },
      quote: 'q|r',
      readAt: 'x',
      basis: 'draft',
      evidence: 'no',
      shows: { ja: 's', en: 't\nu' },
      rules: ['mfa', 'byod'],
    });
    expect(checklistMarkdown('en').trimEnd().split('\n').pop()).toBe('| — | a\\|b c d | q\\|r (x) | no | t u | `mfa`, `byod` | draft (read in the draft manual) |');
  });
});

describe('the guideline items', () => {
  it('have these titles and rules', () => {
    const { coverageRows } = require('../../src/catalogue/coverage') as typeof import('../../src/catalogue/coverage');
    expect(coverageRows().map((row) => [row.item.id, row.item.title.ja, row.item.title.en, row.rules.join(' ')])).toMatchSnapshot();
  });
});
