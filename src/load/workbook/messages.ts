// Schema findings in a workbook say how to put it right in Excel too: the YAML wording (YYYY-MM-DD,
// true or false, quotes) names what the ledger needs; a person at a spreadsheet also needs the cell.
import type { Bilingual, Finding } from '../../types';
import { keyText, SHEET_NAMES, workbookLayout } from '../workbook-layout';

const HINTS: Array<{ when: RegExp; add: Bilingual }> = [
  {
    when: /is not written YYYY-MM-DD|cannot be used here\. Use YYYY-MM-DD/,
    add: {
      ja: 'ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
      en: 'In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
    },
  },
  {
    when: /use true or false/,
    add: { ja: 'ブックでは「はい」か「いいえ」を選んでください', en: 'In the workbook, choose はい (yes) or いいえ (no)' },
  },
  {
    when: /without quotes/,
    add: {
      ja: 'ブックでは、セルが文字列になっています。数値として入力し直してください（「文字列」の書式を外すか、Excel の「数値に変換」を使います）',
      en: 'In the workbook, the cell holds text: enter it as a number (clear the Text format, or use Excel\'s Convert to Number)',
    },
  },
  {
    when: /Write it as text in quotes/,
    add: { ja: 'ブックでは、セルの書式を「文字列」にするか、先頭に \' を付けて入力してください', en: 'In the workbook, format the cell as Text or type a leading \'' },
  },
];

const joined = (message: string, add: string, separator: string) => `${message.replace(/[.。]$/, '')}${separator}${add}`;

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((key, index) => path[index] === key);

/**
 * Where a missing item is written in the workbook, when that is not a cell of a row: a table's sheet
 * (users → 利用者; a renamed sheet is not read), or a row of 施設 (found by its key in column B).
 */
function missingPlace(finding: Finding): Bilingual | undefined {
  if (finding.missingKey === undefined || finding.path.some((key) => typeof key === 'number')) return undefined;
  const path = [...finding.path.map(String), finding.missingKey];
  const layout = workbookLayout();
  const table = layout.tables.find((candidate) => candidate.path.join('\u0000') === path.join('\u0000'));
  if (table) {
    return {
      ja: `ブックでは「${table.name}」シートに記入します（シート名を変えると読み取れません）`,
      en: `In the workbook, this is the sheet 「${table.name}」 (a sheet under another name is not read)`,
    };
  }
  const row = layout.facility.rows.find((candidate) => startsWith(candidate.path, path));
  if (!row) return undefined;
  const key = keyText(row.path);
  return {
    ja: `ブックでは「${SHEET_NAMES.facility}」シートの、キー（B 列）が ${key} の行に記入します`,
    en: `In the workbook, write it on the sheet 「${SHEET_NAMES.facility}」, in the row whose key (column B) is ${key}`,
  };
}

export function withWorkbookHint(finding: Finding): Finding {
  if (finding.ruleId !== 'schema') return finding;
  const add = missingPlace(finding) ?? HINTS.find(({ when }) => when.test(finding.message.en))?.add;
  if (!add) return finding;
  return { ...finding, message: { ja: joined(finding.message.ja, add.ja, '。'), en: joined(finding.message.en, add.en, '. ') } };
}
