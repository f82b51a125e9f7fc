// `dokodemo-check rules [id]`: the catalogue from the rule modules. `schema`: the ledger JSON Schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistJson, checklistMarkdown, checklistTable } from '../catalogue/checklist-render';
import { catalogue } from '../catalogue/entries';
import { catalogueDetail, catalogueMarkdown, catalogueTable } from '../catalogue/render';
import { UsageError } from '../errors';
import { detectLang } from '../i18n/lang';
import type { Io } from './check-command';
import { terminalWidth, validLang } from './check-command';

export interface RulesCommandOptions {
  format: string;
  lang?: string;
  /** The inspection checklist's items and the rules that evidence each, instead of the rules. */
  checklist?: boolean;
}

const RULES_FORMATS = ['table', 'json', 'markdown'];

export function runRules(id: string | undefined, options: RulesCommandOptions, io: Io): number {
  const lang = detectLang(io.env, validLang(options.lang));
  if (!RULES_FORMATS.includes(options.format)) {
    throw new UsageError({
      ja: `--format は table, json, markdown のいずれかにしてください（${options.format} は使えません）`,
      en: `--format must be one of table, json, markdown (not ${options.format})`,
    });
  }
  if (options.checklist) return runChecklist(id, options.format, lang, io);
  const entries = catalogue(lang).filter((entry) => id === undefined || entry.id === id);
  if (entries.length === 0) {
    throw new UsageError({ ja: `不明なルール ID です: ${id}（dokodemo-check rules で一覧を表示できます）`, en: `unknown rule id: ${id} (dokodemo-check rules lists them)` });
  }
  if (options.format === 'json') io.writeStdout(`${JSON.stringify(id === undefined ? entries : entries[0], null, 2)}\n`);
  else if (options.format === 'markdown') io.writeStdout(catalogueMarkdown(entries, lang));
  else {
    const width = terminalWidth({}, io);
    io.writeStdout(id === undefined ? catalogueTable(entries, lang, width) : catalogueDetail(entries[0]!, lang, width));
  }
  return 0;
}

/** `rules --checklist`: MHLW's inspection checklist (令和7年度 as far as it could be read), each item
 * with what a ledger can show of it and the rules behind it. */
function runChecklist(id: string | undefined, format: string, lang: ReturnType<typeof detectLang>, io: Io): number {
  if (id !== undefined) {
    throw new UsageError({
      ja: `--checklist にはルール ID を付けられません（${id}）。dokodemo-check rules ${id} でそのルールを表示できます`,
      en: `--checklist takes no rule id (${id}); dokodemo-check rules ${id} shows that rule`,
    });
  }
  if (format === 'json') io.writeStdout(checklistJson(lang));
  else if (format === 'markdown') io.writeStdout(checklistMarkdown(lang));
  else io.writeStdout(checklistTable(lang, terminalWidth({}, io)));
  return 0;
}

export const LEDGER_SCHEMA_FILE = join(__dirname, '..', '..', 'schemas', 'ledger.schema.json');

export function runSchema(io: Io): number {
  io.writeStdout(readFileSync(LEDGER_SCHEMA_FILE, 'utf8'));
  return 0;
}
