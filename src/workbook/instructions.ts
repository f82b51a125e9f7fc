// The text of the workbook's 説明 (instructions) sheet: how to fill it in, Japanese first, then
// English, then what each dropdown word means in the YAML ledger.
import { EDITION_IN_FORCE, MAP_CHECKED, clauseRows } from '../catalogue/clauses';
import { NONE_WORD, NOT_APPLICABLE_WORD, SHEET_NAMES, TRUE_WORD, FALSE_WORD, YAML_MARKER, keyText, type WorkbookLayout } from './layout';

export interface InstructionLine {
  text: string;
  heading?: 1 | 2;
}

const S = SHEET_NAMES;

const JAPANESE: readonly InstructionLine[] = [
  { text: 'どこでも連絡帳 管理台帳（Excel 版）の書き方', heading: 1 },
  { text: `シート: ${S.facility}（施設名・管理責任者・利用規程など。「値」の列に記入）、${S.admins}（MCS の管理権限を付与した者。1 人 1 行）、${S.devices}（利用端末。1 台 1 行）、${S.users}（MCS 利用者。1 人 1 行）、${S.incidents}（端末の紛失・盗難。1 件 1 行）、${S.exceptions}（管理責任者が書面で承認した例外。1 件 1 行）。` },
  { text: '各シートの 1 行目は項目名、2 行目（灰色）はキーです。キーで列を見分けるので、2 行目は消したり書き換えたりしないでください。列の順番は入れ替えてかまいません。濃い青の項目は必須（条件つきを含む）です。' },
  { text: '黄色の行は記入例です。自分の施設の内容に書き換えるか、行ごと削除してください。行の間の空行は無視されます。' },
  { text: '日付は日付として入力します（例 2026-11-01、2026/11/1）。「令和8年11月1日」のような文字は日付として扱われず、チェックでエラーになります。' },
  { text: `「${TRUE_WORD}・${FALSE_WORD}」の項目は一覧から選びます。「有無」を記録する項目は、無い場合も「${FALSE_WORD}」を選びます（空欄は「未記入」としてエラーになります）。` },
  { text: `「${NONE_WORD}」: 日付が無いとき（誓約書が未取得、パスワード変更日が不明など）、利用端末の無い利用者、講習を受けていない利用者の「講習の種類」に書きます。` },
  { text: '利用端末（利用者シート）: 端末の管理番号を「,」「、」または改行で区切って複数書けます（例 MD-PC-01, MD-TB-01）。' },
  { text: '利用場所（端末シート）: 1 行に 1 か所、「施設内: 事務所」「施設外: 訪問先」のように書きます（セル内の改行は Alt+Enter）。' },
  { text: `「${NOT_APPLICABLE_WORD}」: 事故シートの携帯電話会社へのリモートロック依頼日で、携帯電話の回線の無い端末に書きます。` },
  { text: '施設独自の項目は、2 行目のキーが x- で始まる列を追加して記録できます（例 x-内線番号）。補足は「補足」の列に書きます。' },
  { text: `「${YAML_MARKER}」で始まるセルは、YAML の台帳から変換したときに表の形では書けなかった値です。そのままにしてください。` },
  { text: 'チェック: npx dokodemo-check ledger.xlsx 。指摘はシートとセル（例 利用者!F12）で示されます。' },
  { text: 'YAML との変換: npx dokodemo-check convert ledger.xlsx ledger.yaml （逆向きは convert ledger.yaml ledger.xlsx）。' },
];

const ENGLISH: readonly InstructionLine[] = [
  { text: 'How to fill in the どこでも連絡帳 (MCS) ledger workbook', heading: 1 },
  { text: `Sheets: ${S.facility} (facility, manager, usage rules: fill in the 値 column), ${S.admins} (MCS administrators, one per row), ${S.devices} (devices, one per row), ${S.users} (MCS users, one per row), ${S.incidents} (losses and thefts), ${S.exceptions} (risks the manager accepted in writing).` },
  { text: 'Row 1 of each sheet is the item, row 2 (grey) its key: columns are found by the key, so keep row 2 as it is; columns may be in any order. Dark blue items are required (some only in certain cases).' },
  { text: 'Yellow rows are worked examples: overwrite them or delete the rows. Blank rows are skipped.' },
  { text: `Enter dates as dates (2026-11-01). Yes/no items: choose ${TRUE_WORD} (yes) or ${FALSE_WORD} (no) — also when the answer is no; a blank cell means "not recorded" and is an error.` },
  { text: `${NONE_WORD} = none: no date (pledge not obtained, password change unknown), a user with no device, no training (in the training kind column). ${NOT_APPLICABLE_WORD} = not applicable (remote lock of a device with no mobile line).` },
  { text: 'Several devices in one cell: separate them with , 、 or line breaks. Places of use: one per line, "施設外: 訪問先" (place, colon, detail).' },
  { text: `Your own items: add a column whose key starts with x-. Cells starting with ${YAML_MARKER} hold values converted from a YAML ledger that a cell cannot show: leave them as they are.` },
  { text: 'Check it: npx dokodemo-check ledger.xlsx (findings name the sheet and cell, e.g. 利用者!F12). Convert: npx dokodemo-check convert ledger.xlsx ledger.yaml, and back.' },
];

/** What each dropdown word stands for in the YAML ledger (a table on the sheet). */
function choiceLines(layout: WorkbookLayout): InstructionLine[] {
  const lines: InstructionLine[] = [{ text: '選択肢と YAML の値 / Dropdown words and their YAML values', heading: 2 }];
  for (const table of layout.tables) {
    for (const spec of table.columns) {
      const labelled = (spec.choices ?? []).filter((choice) => choice.label !== choice.value);
      if (labelled.length === 0) continue;
      lines.push({ text: `${table.name} ${spec.label} (${keyText(spec.path)}): ${labelled.map((choice) => `${choice.label} = ${choice.value}`).join('、')}` });
    }
  }
  lines.push({ text: `${TRUE_WORD} = true、${FALSE_WORD} = false、${NONE_WORD} = null（一覧では []）、${NOT_APPLICABLE_WORD} = not_applicable` });
  return lines;
}

/** Each rule's basis: the facility note's item, the 5th edition's §6.9 item and the clause of the edition
 * in force (6.0), so that a finding's rule id leads to the clause an inspector reads today. */
function clauseLines(): InstructionLine[] {
  return [
    { text: 'ルールの根拠 / What each rule rests on', heading: 2 },
    {
      text: `チェックの根拠は施設の注意事項（注意事項）とガイドライン第5版 6.9（第5版）で、現行の${EDITION_IN_FORCE.ja}の条項（第6.0版）を併記しています。（案）は案の段階の文書でのみ確認したもの、「見つからず」は第6.0版に該当する条項を確認できなかったものです。引用と確認先: docs/guideline-map.md（${MAP_CHECKED} 確認）。`,
    },
    {
      text: `Each rule rests on the facility note (注意事項) and the guideline's 5th edition §6.9 (第5版); the clause of the edition in force, the ${EDITION_IN_FORCE.en}, is given beside them (第6.0版; (案) = read only in a draft; 見つからず = no 6.0 clause found). Quotes and where they were read: docs/guideline-map.md (checked ${MAP_CHECKED}).`,
    },
    ...clauseRows('ja').map((row) => ({ text: `${row.id}: 注意事項 ${row.note} · 第5版 ${row.fifth} · 第6.0版 ${row.current}` })),
  ];
}

export function instructionLines(layout: WorkbookLayout): InstructionLine[] {
  return [...JAPANESE, { text: '' }, ...choiceLines(layout), { text: '' }, ...ENGLISH, { text: '' }, ...clauseLines()];
}
