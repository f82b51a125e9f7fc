// Every rule's text, as users read it: the catalogue in docs/rules.md and the schemas (description, help,
// sources, options) and every message template in both languages (the snapshot beside this file). The
// rule modules are loaded inside each test: their text is module-level data, and mutation testing with
// ignoreStatic counts only a test that reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

beforeEach(() => jest.resetModules());

function freshRules(): typeof import('../../src/rules').RULES {
  return (require('../../src/rules') as typeof import('../../src/rules')).RULES;
}

describe('the rule catalogue, loaded afresh', () => {
  it('generates docs/rules.md and the schemas as committed (run `npm run generate` after a change)', () => {
    const { generatedFiles } = require('../../src/catalogue/generated') as typeof import('../../src/catalogue/generated');
    for (const [path, text] of Object.entries(generatedFiles())) expect([path, readFileSync(join(__dirname, '..', '..', path), 'utf8')]).toEqual([path, text]);
  });

  it('has these message templates, in Japanese and English', () => {
    const messages = Object.fromEntries(freshRules().map((rule) => [rule.id, rule.messages]));
    expect(messages).toMatchSnapshot();
  });

  it('has these categories and sources', () => {
    expect(freshRules().map((rule) => `${rule.id} ${rule.category} ${rule.sources.join('; ')}`)).toMatchSnapshot();
  });
});
