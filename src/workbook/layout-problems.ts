// What a person at the sheet is told when the sheets show something the ledger cannot hold without a
// silent choice (workbook-codec.ts's LayoutProblem): where, why it matters, and what to do.
import type { Bilingual, Finding, Position } from '../types';
import { EXAMPLE_MARKER } from './codec';
import type { LayoutProblem, LayoutProblemKind } from './codec';

type Words = (problem: LayoutProblem) => Bilingual;

const at = (location: { sheet: string; cell: string } | undefined) => (location ? `「${location.sheet}」${location.cell}` : '');

const WORDS: Record<LayoutProblemKind, Words> = {
  keyRowMissing: (problem) => ({
    ja: `「${problem.sheet}」シートの 2 行目（項目のキーの行）がないため、このシートは読み取っていません。テンプレートの 2 行目を戻してください（削除した行は「元に戻す」で戻せます）`,
    en: `The sheet 「${problem.sheet}」 has lost its row 2 (the row of keys), so it is not read. Put the template's row 2 back (undo the deletion)`,
  }),
  duplicateKey: (problem) => ({
    ja: `キー ${problem.key} は ${at(problem.other)} にもあります。同じキーが二つあると、どちらの値を確かめるか決められません。どちらか一方を削除してください（このセルの列・行は読み取っていません）`,
    en: `The key ${problem.key} is also at ${at(problem.other)}. With the same key twice, which value to check cannot be decided: delete one of them (this column or row is not read)`,
  }),
  overlappingKey: (problem) => ({
    ja: `${problem.key} の値は、${at(problem.other)} から始まる ${problem.key}.… の列・行と重なります。値はそれぞれの列・行に記入し、このセルを空にしてください（このセルは読み取っていません）`,
    en: `The value of ${problem.key} overlaps the ${problem.key}.… columns or rows starting at ${at(problem.other)}. Write each value in its own column or row and empty this cell (it is not read)`,
  }),
  tableTwice: (problem) => ({
    ja: `${problem.key} は「${problem.other?.sheet}」シートにあるのに、この行でも書かれています。この行を削除し、「${problem.other?.sheet}」シートに記入してください（この行は読み取っていません）`,
    en: `${problem.key} is given on the sheet 「${problem.other?.sheet}」 and again in this row. Delete this row and keep the sheet 「${problem.other?.sheet}」 (this row is not read)`,
  }),
  emptyKey: (problem) => ({
    ja: `キー「${problem.key}」は空のキーを含むため、読み取れません。正しいキーを書くか、この列・行を削除してください`,
    en: `The key 「${problem.key}」 is empty or has an empty part, so it is not read. Write the right key or delete this column or row`,
  }),
  internalKey: (problem) => ({
    ja: `キー「${problem.key}」（__proto__、constructor、prototype を含むもの）は台帳のキーとして使えないため、読み取っていません。この列・行を削除してください`,
    en: `The key 「${problem.key}」 (naming __proto__, constructor or prototype) cannot be a ledger key and is not read. Delete this column or row`,
  }),
  unkeyedValue: () => ({
    ja: 'この行には値がありますが、キー（B 列）がないため読み取っていません。B 列にキーを書くか、値を「説明」列か別のシートに移してください',
    en: 'This row has a value but no key (column B), so it is not read. Write its key in column B, or move the value to the description column or another sheet',
  }),
  duplicateSheet: (problem) => ({
    ja: `同じ名前のシート「${problem.other?.sheet}」がもう一つあり、このシートは読み取っていません。どちらか一方にまとめて、もう一方を削除してください`,
    en: `Another sheet is named 「${problem.other?.sheet}」; this one is not read. Merge them into one and delete the other`,
  }),
  veryHiddenSheet: (problem) => ({
    ja: `シート「${problem.sheet}」は Excel のメニューでは再表示できない「非常に非表示（veryHidden）」になっています。内容は確認に使いましたが、見えない台帳は見直せません。VBA やほかのツールで表示に戻すか、内容を見えるシートに移してください`,
    en: `The sheet 「${problem.sheet}」 is very hidden (Excel's menus cannot show it). It was checked, but a ledger no one can see cannot be reviewed: make it visible again (with VBA or another tool) or move its rows to a visible sheet`,
  }),
  exampleRow: () => ({
    ja: `この行は記入例です（「${EXAMPLE_MARKER}」で始まるセルがあります）。確認には使っていません。行ごと削除するか、自分の施設の内容に書き換えてください（「${EXAMPLE_MARKER}」も消します）`,
    en: `This row is a worked example (a cell starts with 「${EXAMPLE_MARKER}」) and was not checked. Delete the row, or write your own entry over it (「${EXAMPLE_MARKER}」 included)`,
  }),
};

/** Kinds that leave the rest of the workbook checked: a sheet no menu shows, an example row left in. */
const WARNINGS: ReadonlySet<LayoutProblemKind> = new Set(['veryHiddenSheet', 'exampleRow']);

/**
 * A layout problem as a finding: a schema error (it stops the rules, as a wrong value does), a warning
 * for a sheet no menu shows, or a schema warning for an example row (it is not read, the rest is checked).
 */
export function layoutProblemFinding(problem: LayoutProblem, position: Position): Finding {
  const warning = WARNINGS.has(problem.kind);
  return {
    ruleId: problem.kind === 'veryHiddenSheet' ? 'hidden-sheet' : 'schema',
    severity: warning ? 'warning' : 'error',
    path: [],
    position,
    message: WORDS[problem.kind](problem),
    data: {},
    sources: ['ledger.md'],
  };
}
