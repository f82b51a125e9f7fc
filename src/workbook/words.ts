// A workbook's words for the messages (i18n/lang.ts's Words): a key is the label of the column or row
// that shows it (「OS・ブラウザを最新にしているかの有無」), a list of entries is its sheet (「端末」シート), a
// value is what the cell shows and its dropdown offers (「はい」, 「携帯電話会社の回線」). English names
// the English meaning and, in brackets, the words on the sheet, which stay Japanese.
import { enumFieldAt, enumLabel } from '../i18n/enums';
import type { Words } from '../i18n/lang';
import type { Bilingual, Lang } from '../types';
import { FALSE_WORD, NONE_WORD, NOT_APPLICABLE_WORD, samePath, TRUE_WORD, workbookLayout } from './layout';
import type { ColumnSpec, WorkbookLayout } from './layout';

/** Where a ledger path is shown: a table's sheet, or columns (rows of 施設) with their labels. */
export interface Shown {
  /** The sheet of a whole list of entries (['devices'] → 端末). */
  sheet?: string;
  /** The columns (or 施設's rows) that show the path: one, or the several an object is spread over. */
  columns: readonly ColumnSpec[];
  /** The enumerated field of the path (['devices', 'networks']), for its values' labels. */
  path: readonly string[];
  /** The path inside its sheet's entries (or 施設's rows): what every column's own path starts with when the path is a mapping spread over them. */
  inner: readonly string[];
}

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.length <= path.length && prefix.every((key, index) => path[index] === key);

/** The columns showing `rest`: its own, else its nearest ancestor's, else those of the keys inside it. */
function columnsShowing(columns: readonly ColumnSpec[], rest: readonly string[]): ColumnSpec[] {
  for (let length = rest.length; length > 0; length--) {
    const own = columns.find((spec) => samePath(spec.path, rest.slice(0, length)));
    if (own) return [own];
  }
  return columns.filter((spec) => spec.path.length > rest.length && startsWith(spec.path, rest));
}

/** How the workbook shows the ledger path (keys only, from the root), or undefined when it has no place for it. */
export function shownAt(path: readonly string[], layout: WorkbookLayout = workbookLayout()): Shown | undefined {
  for (const table of layout.tables) {
    if (samePath(table.path, path)) return { sheet: table.name, columns: [], path, inner: [] };
    if (!startsWith(path, table.path)) continue;
    const inner = path.slice(table.path.length);
    const columns = columnsShowing(table.columns, inner);
    return columns.length > 0 ? { columns, path, inner } : undefined;
  }
  const columns = columnsShowing(layout.facility.rows, path);
  return columns.length > 0 ? { columns, path, inner: path } : undefined;
}

/** 「ウイルス対策ソフトの導入の有無（…）」's English meaning, without its trailing note. */
function englishOf(spec: ColumnSpec): string {
  const english = spec.description.en.replace(/\s*\([^()]*\)$/, '').trim();
  return english === '' ? spec.label : english;
}

const bracketed = (text: string) => `「${text}」`;

function keyWords(shown: Shown, lang: Lang): string {
  if (shown.sheet !== undefined) return lang === 'ja' ? `${bracketed(shown.sheet)}シート` : `the sheet ${bracketed(shown.sheet)}`;
  const ja = shown.columns.map((spec) => bracketed(spec.label)).join('・');
  if (lang === 'ja') return ja;
  const en = shown.columns.map(englishOf).join(' / ');
  return `“${en}” (${shown.columns.map((spec) => spec.label).join('・')})`;
}

const BOOLEAN_WORDS: Record<string, Bilingual> = {
  true: { ja: TRUE_WORD, en: 'Yes' },
  false: { ja: FALSE_WORD, en: 'No' },
};

/** A value as its cell shows it: はい / いいえ, a dropdown's label, なし, 対象外, else as written. */
function valueWords(shown: Shown, value: string, lang: Lang): string {
  const spec = shown.columns.length === 1 ? shown.columns[0] : undefined;
  const field = enumFieldAt(shown.path) ?? enumFieldAt([...shown.path, 'place']);
  let words: Bilingual | undefined;
  if (spec?.kind === 'boolean' && Object.hasOwn(BOOLEAN_WORDS, value)) words = BOOLEAN_WORDS[value];
  else if (field) words = { ja: enumLabel(field, value, 'ja'), en: enumLabel(field, value, 'en') };
  else if (value === 'null') words = { ja: NONE_WORD, en: 'None' };
  else if (value === 'not_applicable') words = { ja: NOT_APPLICABLE_WORD, en: 'Not applicable' };
  if (!words) return bracketed(value);
  return lang === 'ja' || words.en === words.ja ? bracketed(words.ja) : `${words.en} (${words.ja})`;
}

const pathOf = (scope: string, path: string) => [...(scope === '' ? [] : scope.split('.')), ...path.split('.')];

/** The workbook's words in one language; a path the workbook has no place for is said as the YAML says it. */
export function workbookWords(lang: Lang): Words {
  return {
    key(scope, path) {
      const shown = shownAt(pathOf(scope, path));
      return shown ? keyWords(shown, lang) : path;
    },
    value(scope, path, value) {
      const shown = shownAt(pathOf(scope, path));
      return shown ? valueWords(shown, value, lang) : value;
    },
    entry(scope, path, value) {
      const shown = shownAt(pathOf(scope, path));
      if (!shown) return `${path}: ${value}`;
      return lang === 'ja' ? `${keyWords(shown, lang)}に${valueWords(shown, value, lang)}` : `${keyWords(shown, lang)}: ${valueWords(shown, value, lang)}`;
    },
  };
}
