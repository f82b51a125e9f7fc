// The rule catalogue as data, in one language: feeds `rules`, docs/rules.md and SARIF's rule list.
import { RULES } from '../rules';
import type { Rule } from '../rules/rule';
import type { Lang, Severity } from '../types';

export interface CatalogueOption {
  name: string;
  default: number;
  description: string;
}

export interface CatalogueEntry {
  id: string;
  severity: Severity;
  category: Rule['category'];
  description: string;
  help: string;
  sources: readonly string[];
  options: CatalogueOption[];
}

export function catalogueEntry(rule: Rule, lang: Lang): CatalogueEntry {
  return {
    id: rule.id,
    severity: rule.severity,
    category: rule.category,
    description: rule.description[lang],
    help: rule.help[lang],
    sources: rule.sources,
    options: Object.entries(rule.options).map(([name, spec]) => ({ name, default: spec.default, description: spec.description[lang] })),
  };
}

export function catalogue(lang: Lang): CatalogueEntry[] {
  return RULES.map((rule) => catalogueEntry(rule, lang));
}
