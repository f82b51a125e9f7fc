// Renders the rule catalogue for `dokodemo-check rules` (table, json, markdown) and docs/rules.md.
import Table from 'cli-table3';
import { ui } from '../i18n/ui';
import { renderBorderlessTable } from '../text/borderless-table';
import { displayWidth } from '../text/display-width';
import { fitToWidth } from '../text/wrap';
import type { Lang } from '../types';
import type { CatalogueEntry } from './entries';

const HEADINGS = {
  ja: { id: 'ルール', severity: '既定の重大度', description: '内容', sources: '根拠', options: 'オプション', help: '対処', none: 'なし' },
  en: { id: 'Rule', severity: 'Default severity', description: 'Checks', sources: 'Sources', options: 'Options', help: 'What to do', none: 'none' },
};

function optionsText(entry: CatalogueEntry, lang: Lang): string {
  if (entry.options.length === 0) return HEADINGS[lang].none;
  return entry.options.map((option) => `${option.name}=${option.default} (${option.description})`).join(', ');
}

function sourcesText(entry: CatalogueEntry, lang: Lang): string {
  return entry.sources.length > 0 ? entry.sources.join('; ') : HEADINGS[lang].none;
}

/** The catalogue as a box table; on a terminal too narrow for the box, a borderless table whose
 * descriptions wrap (`width`: the terminal's columns, absent when piped). */
export function catalogueTable(entries: readonly CatalogueEntry[], lang: Lang, width?: number): string {
  const words = HEADINGS[lang];
  const head = [words.id, words.severity, words.description];
  const rows = entries.map((entry) => [entry.id, ui(lang).severity[entry.severity], entry.description]);
  // Stryker disable next-line ArrayDeclaration: a style no colour is named by ("Stryker was here") is ignored
  const table = new Table({ head, style: { head: [], border: [] } });
  table.push(...rows);
  const boxed = `${table.toString()}\n`;
  if (width === undefined || boxed.split('\n').every((line) => displayWidth(line) <= width)) return boxed;
  return `${fitToWidth(renderBorderlessTable(head, rows, { width, flow: [2] }), width)}\n`;
}

/** One rule in full, as `dokodemo-check rules ID` shows it. */
export function catalogueDetail(entry: CatalogueEntry, lang: Lang, width?: number): string {
  const words = HEADINGS[lang];
  const text = [
    `${entry.id}`,
    `  ${words.severity}: ${ui(lang).severity[entry.severity]}`,
    `  ${words.description}: ${entry.description}`,
    `  ${words.help}: ${entry.help}`,
    `  ${words.sources}: ${sourcesText(entry, lang)}`,
    `  ${words.options}: ${optionsText(entry, lang)}`,
    '',
  ].join('\n');
  return width === undefined ? text : fitToWidth(text, width);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function catalogueMarkdown(entries: readonly CatalogueEntry[], lang: Lang): string {
  const words = HEADINGS[lang];
  const header = `| ${words.id} | ${words.severity} | ${words.description} | ${words.help} | ${words.sources} | ${words.options} |\n| --- | --- | --- | --- | --- | --- |\n`;
  const rows = entries.map((entry) =>
    `| \`${entry.id}\` | ${ui(lang).severity[entry.severity]} | ${[entry.description, entry.help, sourcesText(entry, lang), optionsText(entry, lang)].map(escapeCell).join(' | ')} |`,
  );
  return `${header}${rows.join('\n')}\n`;
}
