// Every file derived from the rule modules, by repository path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfigSchema } from '../config/schema';
import { RULES } from '../rules';
import { rulesDocument } from './docs';

const ROOT = join(__dirname, '..', '..');

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The ledger schema with `exceptions[].rule` listing the exceptable rule ids for editor completion. */
function ledgerSchemaWithRuleIds(): string {
  const path = join(ROOT, 'schemas', 'ledger.schema.json');
  // Stryker disable next-line StringLiteral: JSON.parse reads the Buffer that no encoding gives as UTF-8 text as well
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  schema.properties.exceptions.items.properties.rule.examples = RULES.filter((rule) => rule.id !== 'yaml-syntax' && rule.id !== 'schema').map((rule) => rule.id);
  return json(schema);
}

export function generatedFiles(): Record<string, string> {
  return {
    'docs/rules.md': rulesDocument(),
    'schemas/config.schema.json': json(buildConfigSchema()),
    'schemas/ledger.schema.json': ledgerSchemaWithRuleIds(),
  };
}
