// docs/guideline-map.md against the rule modules: every rule has a row; the 6.0 clauses a rule's `sources`
// cite (`6.0 …`) are the ones its rows name; a row without a clause says why; quotes stay within 60
// characters and come with the address they were read at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/rules';

interface MapRow {
  rule: string;
  clause: string;
  quote: string;
  readAt: string;
  confidence: string;
}

const CONFIDENCE = ['final text', 'Q&A', 'checklist', 'draft', 'not found', 'n/a'];
const NO_CLAUSE = ['6.0: none found', '6.0: none found (note only)'];

function mapRows(): MapRow[] {
  const text = readFileSync(join(__dirname, '..', '..', 'docs', 'guideline-map.md'), 'utf8');
  const section = text.split('\n## Rules\n')[1].split('\n## ')[0];
  return section
    .split('\n')
    .filter((line) => /^\| `[a-z-]+` \|/.test(line))
    .map((line) => {
      const cells = line.slice(1, -1).split(' | ').map((cell) => cell.trim());
      expect(cells).toHaveLength(7);
      return { rule: cells[0].replace(/`/g, ''), clause: cells[3], quote: cells[4], readAt: cells[5], confidence: cells[6] };
    });
}

function currentSources(sources: readonly string[]): string[] {
  return sources.filter((source) => source.startsWith('6.0 ')).map((source) => source.slice('6.0 '.length));
}

describe('docs/guideline-map.md', () => {
  const rows = mapRows();

  it('has a row for every rule, and only for rules', () => {
    const ids = RULES.map((rule) => rule.id);
    expect([...new Set(rows.map((row) => row.rule))].sort()).toEqual([...ids].sort());
  });

  it("names, for each rule, exactly the 6.0 clauses its sources cite", () => {
    for (const rule of RULES) {
      const mapped = rows.filter((row) => row.rule === rule.id && row.clause !== '—').map((row) => row.clause);
      expect([rule.id, [...mapped].sort()]).toEqual([rule.id, currentSources(rule.sources).sort()]);
    }
  });

  it('gives a reason where a rule cites no 6.0 clause, and says so in its sources when the guideline had one', () => {
    for (const rule of RULES) {
      if (currentSources(rule.sources).length > 0) continue;
      const [row, ...more] = rows.filter((r) => r.rule === rule.id);
      expect([rule.id, more]).toEqual([rule.id, []]);
      expect([rule.id, row.clause, row.quote.startsWith('Reason: '), ['not found', 'n/a'].includes(row.confidence)]).toEqual([rule.id, '—', true, true]);
      // A rule with a note or guideline basis says in its sources that 6.0 had nothing; a ledger-hygiene rule has no basis to qualify.
      const saysNone = rule.sources.some((source) => NO_CLAUSE.includes(source));
      expect([rule.id, saysNone]).toEqual([rule.id, row.confidence === 'not found']);
    }
  });

  it('quotes at most 60 characters, with the address read at and a confidence mark', () => {
    for (const row of rows) {
      expect([row.rule, CONFIDENCE.includes(row.confidence)]).toEqual([row.rule, true]);
      if (row.clause === '—') continue;
      const quote = /^「(.+)」$/.exec(row.quote);
      expect([row.rule, row.clause, quote !== null && [...quote[1]].length <= 60, /^https:\/\/\S+$/.test(row.readAt)]).toEqual([row.rule, row.clause, true, true]);
      // A clause read only in a draft is marked (案) in the sources, so reports do not present it as final text.
      expect([row.rule, row.clause, row.clause.endsWith('(案)')]).toEqual([row.rule, row.clause, row.confidence === 'draft' || (row.confidence === 'checklist' && row.clause.endsWith('(案)'))]);
    }
  });
});
