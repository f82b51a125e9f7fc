// Schema findings in a workbook, in the workbook's words: the column by its label and a value by what
// the cell shows or its dropdown offers (「OS・ブラウザを最新にしているかの有無」は「はい」か「いいえ」を選んで
// ください), not the YAML's keys and spelling (`os_up_to_date` … true か false で記入). The YAML message is
// worded by schema/messages.ts from the finding's path; the same functions give the exact phrases this
// module says again in the workbook's words. What the words cannot say (the cell's own kind: a date typed
// as text, a number stored as text) gets a hint of how to put it right in Excel.
import { closest } from '../schema/validate';
import { conditionText, entrySubject, firstTest, formOf, isNullable, jp, keySubject, notText, recordedNote, tooFew, typesOf, writeAs } from '../schema/messages';
import type { Condition, LiteralWords, SchemaNode } from '../schema/messages';
import type { Bilingual, Finding, NodePath } from '../types';
import { FALSE_WORD, keyText, NONE_WORD, NOT_APPLICABLE_WORD, NOT_APPLICABLE_WORDS, SHEET_NAMES, TRUE_WORD, workbookLayout } from './layout';
import type { ColumnSpec } from './layout';
import { enumFieldAt, enumLabel } from '../i18n/enums';
import { shownAt } from './words';
import type { Shown } from './words';

const HINTS: Array<{ when: RegExp; add: Bilingual }> = [
  {
    when: /is not written YYYY-MM-DD|cannot be used here\. Use YYYY-MM-DD|is not a date/,
    add: {
      ja: 'ブックでは、セルに 2026/11/1 のように入力して日付のセルにしてください（先頭の \' や「文字列」の書式は外します）',
      en: 'In the workbook, type the date (e.g. 2026/11/1) so that Excel makes it a date cell, not text (no leading \', no Text format)',
    },
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
 * Where a missing item is written in the workbook, when that is not a cell of a row: a row of 施設 (found
 * by its key in column B). A missing table is its sheet, said by sheetWords.
 */
function missingPlace(finding: Finding): Bilingual | undefined {
  // Stryker disable next-line ArrowFunction,StringLiteral: no row of 施設 has an index in its path, so a path with one matches no row either way
  if (finding.missingKey === undefined || finding.path.some((key) => typeof key === 'number')) return undefined;
  const path = [...finding.path.map(String), finding.missingKey];
  const layout = workbookLayout();
  const row = layout.facility.rows.find((candidate) => startsWith(candidate.path, path));
  if (!row) return undefined;
  const key = keyText(row.path);
  return {
    ja: `ブックでは「${SHEET_NAMES.facility}」シートの、キー（B 列）が ${key} の行に記入します`,
    en: `In the workbook, write it on the sheet 「${SHEET_NAMES.facility}」, in the row whose key (column B) is ${key}`,
  };
}

// ---- The finding's key, and the schema node the YAML message was worded from.

let ledgerSchema: SchemaNode | undefined;
const schema = () => (ledgerSchema ??= require('../../schemas/ledger.schema.json') as SchemaNode);

function schemaAt(path: NodePath): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema();
  for (const segment of path) node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
  return node;
}

const keysOf = (path: NodePath) => path.filter((key): key is string => typeof key === 'string');

/** The YAML message's subject, as validate.ts words it for the node at `path`. */
function yamlSubject(path: NodePath): Bilingual | undefined {
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  if (typeof last === 'string') return keySubject(last, schemaAt(path));
  const list = path[path.length - 2];
  return entrySubject(typeof list === 'string' ? list : '', last, schemaAt(path.slice(0, -1)));
}

// ---- The workbook's words.

const bracketed = (text: string) => `「${text}」`;

function columnWords(columns: readonly ColumnSpec[]): Bilingual {
  const ja = columns.map((spec) => bracketed(spec.label)).join('・');
  // Stryker disable next-line MethodExpression: no description has a space at either end once its trailing note is cut (the pattern takes the space before it)
  const en = columns.map((spec) => spec.description.en.replace(/\s*\([^()]*\)$/, '').trim() || spec.label).join(' / ');
  return { ja, en: `“${en}” (${columns.map((spec) => spec.label).join('・')})` };
}

function workbookSubject(path: NodePath, shown: Shown): Bilingual {
  const subject = columnWords(shown.columns);
  const last = path[path.length - 1];
  return typeof last === 'number' ? { ja: `${subject.ja}の ${last + 1} 件目`, en: `Entry ${last + 1} of ${subject.en}` } : subject;
}

/** The labels a value of the column can take: its dropdown, はい / いいえ, with なし where null is allowed. */
function choiceWords(shown: Shown, node: SchemaNode | undefined): Array<{ value: string; words: Bilingual }> | undefined {
  const spec = shown.columns.length === 1 ? shown.columns[0] : undefined;
  if (!spec) return undefined;
  // Stryker disable next-line ObjectLiteral,StringLiteral: no dropdown or yes/no column of the schema takes null, so `none` is always empty (a nullable column is a date or a mapping)
  const none = typesOf(node).includes('null') ? [{ value: 'null', words: { ja: NONE_WORD, en: 'None' } }] : [];
  if (spec.kind === 'boolean') return [{ value: 'true', words: { ja: TRUE_WORD, en: 'Yes' } }, { value: 'false', words: { ja: FALSE_WORD, en: 'No' } }, ...none];
  const field = enumFieldAt(keysOf(shown.path)) ?? enumFieldAt([...keysOf(shown.path), 'place']);
  if (!field || !spec.choices) return undefined;
  return [...spec.choices.map((choice) => ({ value: choice.value, words: { ja: choice.label, en: enumLabel(field, choice.value, 'en') } })), ...none];
}

const saidJa = (words: Bilingual) => bracketed(words.ja);
const saidEn = (words: Bilingual) => (words.en === words.ja ? bracketed(words.ja) : `${words.en} (${words.ja})`);

function listWords(choices: ReadonlyArray<{ words: Bilingual }>): Bilingual {
  const ja = choices.map(({ words }) => saidJa(words));
  const en = choices.map(({ words }) => saidEn(words));
  return {
    ja: ja.length <= 2 ? ja.join('か') : `${ja.join('、')}のいずれか`,
    en: en.length <= 2 ? en.join(' or ') : `${en.slice(0, -1).join(', ')} or ${en[en.length - 1]}`,
  };
}

// ---- A conditional requirement's values, as the condition's own dropdown shows them.

let schemaConditions: Condition[] | undefined;

function conditionsIn(node: SchemaNode | undefined, found: Condition[]): Condition[] {
  if (!node) return found;
  const condition = node.if ? firstTest(node.if) : undefined;
  if (condition) found.push(condition);
  // Stryker disable next-line ArrayDeclaration: a stand-in text among the children has no `if` and no children of its own
  for (const child of [...Object.values(node.properties ?? {}), ...(node.allOf ?? []), ...(node.anyOf ?? []), node.items]) conditionsIn(child, found);
  return found;
}

/** 「`type` が tablet か smartphone のとき」 in the workbook's words: the tested column by its label and the
 * values as its dropdown shows them (「端末の種類」が「タブレット」か「スマートフォン」). Undefined for a
 * condition on another list's columns. A condition tests values, never null: no なし among the words. */
function conditionInWorkbook(condition: Condition, keyPath: NodePath): Bilingual | undefined {
  // Stryker disable next-line ArrayDeclaration: firstTest always gives the path; the key alone is for a Condition made elsewhere
  const shown = shownAt([...scopeOf(keyPath), ...(condition.path ?? [condition.key])]);
  if (!shown) return undefined;
  const choices = choiceWords(shown, undefined);
  // Stryker disable next-line OptionalChaining: each of the schema's conditions tests a dropdown or yes/no column, with values in its list
  const words = condition.values.map((value) => choices?.find((choice) => choice.value === String(value))?.words);
  // Stryker disable next-line MethodExpression,ArrowFunction: as above, so no word is missing (some, every and none agree)
  if (words.some((word) => word === undefined)) return undefined;
  const column = columnWords(shown.columns);
  const list = listWords(words.map((word) => ({ words: word! })));
  return { ja: `${column.ja}が${list.ja}のときは必須です`, en: `it is required when ${column.en} is ${list.en}` };
}

function conditionPairs(keyPath: NodePath): Array<[Bilingual, Bilingual]> {
  // Stryker disable next-line ArrayDeclaration: a string among the pairs has no `ja` or `en`: split(undefined) keeps the message whole
  const pairs: Array<[Bilingual, Bilingual]> = [];
  // Stryker disable next-line ArrayDeclaration: a string among the conditions names no column (its key is undefined): shownAt finds none
  for (const condition of (schemaConditions ??= conditionsIn(schema(), []))) {
    const words = conditionInWorkbook(condition, keyPath);
    if (words) pairs.push([conditionText(condition), words]);
  }
  return pairs;
}

/** The values a form without a dropdown names, as the cells say them: なし for null, 対象外 for `not_applicable`
 * (true and false are a yes/no column's, which has its dropdown; a const like version's 1 as it is). */
const cellLiteral: LiteralWords = (value) => {
  if (value === null) return { ja: bracketed(NONE_WORD), en: `${NONE_WORD} (none)` };
  if (value === NOT_APPLICABLE_WORDS[1]) return { ja: bracketed(NOT_APPLICABLE_WORD), en: `${NOT_APPLICABLE_WORD} (not applicable)` };
  return { ja: String(value), en: String(value) };
};

/** Why an empty cell is not the same as an answer, said where the YAML says why a missing or empty key is not. */
function emptyCellNote(yesNo: boolean): Bilingual {
  const answer = yesNo ? { ja: `無い場合も「${FALSE_WORD}」を選びます`, en: `Choose No (${FALSE_WORD}) when the answer is no` } : { ja: `無い・不明の場合も「${NONE_WORD}」と入力します`, en: `Write ${NONE_WORD} (none) when there is none` };
  return { ja: `（${answer.ja}。空欄は「未記録」の扱いになります）`, en: ` ${answer.en}: an empty cell means "not recorded".` };
}

/** Each phrase the YAML's message may end with, with its period and without (a finding's English loses its last one). */
function withAndWithoutPeriod(from: Bilingual, to: Bilingual): Array<[Bilingual, Bilingual]> {
  return [
    [from, to],
    [{ ja: from.ja, en: from.en.replace(/\.$/, '') }, { ja: to.ja, en: to.en.replace(/\.$/, '') }],
  ];
}

/**
 * A column without a dropdown (a date, a number, text; なし, 対象外), or the columns of one item (a mapping):
 * what to write, composed as the YAML's own phrase is but with the cells' words (「なし」 for null,
 * 「対象外」 for `not_applicable`; the columns themselves for a mapping's keys), and why an empty cell matters.
 */
function writePairs(node: SchemaNode | undefined, shown: Shown, noted: boolean): Array<[Bilingual, Bilingual]> {
  const yaml = formOf(node);
  const cells = formOf(node, cellLiteral);
  const nullable = isNullable(node);
  const mapping = typesOf(node).includes('object');
  // A mapping that may be null (training: なし in its first column): なし said once, by the note where one follows (`noted`).
  // 施設 shows a mapping's keys as rows, a table sheet as columns.
  // Stryker disable next-line MethodExpression: shownAt gives the columns of one sheet or rows of 施設 only, so every and some agree
  const onFacility = shown.columns.every((spec) => workbookLayout().facility.rows.includes(spec));
  const where = onFacility ? { ja: '行', en: 'row' } : { ja: '列', en: 'column' };
  // One column left when only one of the mapping's items is required (the manager's name).
  const each = shown.columns.length === 1 ? { ja: '記入してください', en: 'Fill it in.' } : { ja: `それぞれの${where.ja}に記入してください`, en: `Fill in each ${where.en}.` };
  const eachOrNone = { ja: `それぞれの${where.ja}に記入するか「${NONE_WORD}」と入力してください`, en: `Fill in each ${where.en}, or write ${NONE_WORD} (none).` };
  const write = mapping ? (nullable && !noted ? eachOrNone : each) : writeAs(cells);
  const add = mapping ? each : { ja: write.ja, en: `Add it ${cells.prep} ${cells.en}.` };
  const pairs = [
    ...withAndWithoutPeriod(writeAs(yaml), write),
    ...withAndWithoutPeriod({ ja: jp(yaml.ja, 'で記入してください'), en: `Add it ${yaml.prep} ${yaml.en}.` }, add),
  ];
  if (nullable) for (const gap of ['missing', 'empty'] as const) pairs.push(...withAndWithoutPeriod(recordedNote(node, gap), emptyCellNote(false)));
  return pairs;
}

/** A number or TRUE / FALSE in a text column: what Excel made of the cell (the hint after it says how to make it text). */
function notTextInWorkbook(subject: Bilingual, given: 'number' | 'boolean'): Bilingual {
  if (given === 'number') return { ja: jp(subject.ja, 'の', '{value}', 'は数値として読み取られます'), en: `${subject.en}: {value} is read as a number` };
  return { ja: `${subject.ja}のセルは文字ではなく論理値（TRUE / FALSE）として読み取られます`, en: `${subject.en}: the cell is read as a logical value (TRUE or FALSE), not as text` };
}

/** What the workbook asks for instead of the YAML's "write it as …": a choice from the dropdown. */
function chooseWords(choices: ReadonlyArray<{ words: Bilingual }>): Bilingual {
  const list = listWords(choices);
  return { ja: `${list.ja}を選んでください`, en: `Choose ${list.en}.` };
}

function replaced(message: Bilingual, pairs: ReadonlyArray<[Bilingual, Bilingual]>): Bilingual {
  let { ja, en } = message;
  for (const [from, to] of pairs) {
    if (from.ja !== '') ja = ja.split(from.ja).join(to.ja);
    if (from.en !== '') en = en.split(from.en).join(to.en);
  }
  return { ja, en };
}

/** The YAML's `value` (a key, a value) inside a message, in backquotes or as a bare word, as the workbook says it. */
function otherKeys(message: Bilingual, scope: readonly string[]): Bilingual {
  const say = (lang: 'ja' | 'en') => (text: string) =>
    text.replace(/`([A-Za-z_][\w.]*)`/g, (written, key: string) => {
      const shown = shownAt([...scope, ...key.split('.')]) ?? shownAt(key.split('.'));
      return shown && shown.columns.length > 0 ? (lang === 'ja' ? columnWords(shown.columns).ja : columnWords(shown.columns).en) : written;
    });
  return { ja: say('ja')(message.ja), en: say('en')(message.en) };
}

/** The list of entries a path is in (['devices'] for devices/3/…), or the root. */
function scopeOf(path: NodePath): string[] {
  const index = path.findIndex((key) => typeof key === 'number');
  // Stryker disable next-line ArrayDeclaration: a scope naming no list finds no column: otherKeys then looks from the root, and the conditions (devices' columns) are found from the root in neither case
  return index === -1 ? [] : keysOf(path.slice(0, index));
}

/** A value outside the dropdown's list: its labels, and the label probably meant (`{guess…}` filled by the caller). */
function outsideTheList(subject: Bilingual, choices: ReadonlyArray<{ value: string; words: Bilingual }>): Bilingual {
  return {
    ja: `${subject.ja}に「{value}」は使えません。{guessJa}一覧から${listWords(choices).ja}を選んでください`,
    en: `${subject.en}: "{value}" cannot be used.{guessEn} Choose ${listWords(choices).en} from the list`,
  };
}

/** A label in 「」, which may itself hold 「」 (「「提供元不明のアプリ」の無効化の有無」). */
const BRACKETED_LABEL = '「(?:[^「」]|「[^「」]*」)*」';
const REQUIRED_LABELS_MISSING = new RegExp(`^必須項目(${BRACKETED_LABEL}(?:・${BRACKETED_LABEL})*)がありません`);

/**
 * Japanese spacing once the keys are bracketed: no space between 「…」 and Japanese text. `missing`: what a
 * missing key is in the workbook, a table's cell (空欄, empty) or a row of 施設 (an empty cell or no row at
 * all: がありません, missing, without the YAML's "key").
 */
function spaced(message: Bilingual, missing: 'cell' | 'row' | undefined): Bilingual {
  let ja = message.ja.replace(/(?<=[^\x00-\x7f]) (?=「)/g, '').replace(/(?<=」) (?=[^\x00-\x7f])/g, '');
  let en = message.en;
  if (missing === 'cell') {
    ja = ja.replace(REQUIRED_LABELS_MISSING, '必須項目$1が空欄です');
    en = en.replace(/^Required key (.*?) is missing/, 'Required $1 is empty');
  }
  if (missing === 'row') en = en.replace(/^Required key (.*?) is missing/, 'Required $1 is missing');
  return { ja, en };
}

/**
 * A whole list of entries is its sheet (users → 利用者): missing (a renamed sheet is not read), or with
 * fewer rows than the list needs. Said whole: the YAML's sentence names the key and how to write a list.
 */
function sheetWords(finding: Finding, sheet: string, yaml: Bilingual | undefined, node: SchemaNode | undefined): Finding {
  const subject = { ja: `${bracketed(sheet)}シート`, en: `The sheet ${bracketed(sheet)}` };
  const minimum = node?.minItems ?? 0;
  const rows = { ja: jp(`${minimum}`, '行以上'), en: `at least ${minimum === 1 ? 'one row' : `${minimum} rows`}` };
  if (finding.missingKey === undefined) {
    if (!yaml || finding.message.ja !== tooFew(yaml, minimum).ja) return finding;
    return { ...finding, message: { ja: jp(`${subject.ja}には`, rows.ja, '記入してください'), en: `${subject.en} needs ${rows.en}` } };
  }
  const fill = minimum > 0 ? { ja: `${rows.ja}記入してください`, en: `Fill in ${rows.en}` } : { ja: '記入する行が無ければ、見出しの行だけを残してください', en: 'With nothing to list, keep only its header rows' };
  return { ...finding, message: { ja: `${subject.ja}がありません（シート名を変えると読み取れません）。${fill.ja}`, en: `${subject.en} is missing (a sheet under another name is not read). ${fill.en}` } };
}

/** A missing mapping is named by the items it requires: 「管理責任者の氏名」, not also the optional 「管理責任者の役職」. */
function requiredOnly(shown: Shown, node: SchemaNode | undefined): Shown {
  const required = shown.columns.filter((spec) => requiredAllTheWay(node, spec.path.slice(shown.inner.length)));
  return required.length > 0 ? { ...shown, columns: required } : shown;
}

function requiredAllTheWay(node: SchemaNode | undefined, keys: readonly string[]): boolean {
  let at = node;
  for (const key of keys) {
    if (!at?.required?.includes(key)) return false;
    at = at.properties?.[key];
  }
  return true;
}

/** A schema finding in the workbook's words; `value` is what the cell holds (data.value); `inRow`: a missing item is a row of 施設. */
function inWorkbookWords(finding: Finding, inRow: boolean): Finding {
  const keyPath: NodePath = finding.missingKey !== undefined ? [...finding.path, finding.missingKey] : finding.path;
  if (finding.pointsAtKey || keyPath.length === 0) return finding;
  const found = shownAt(keysOf(keyPath));
  if (found?.sheet !== undefined) return sheetWords(finding, found.sheet, yamlSubject(keyPath), schemaAt(keyPath));
  if (!found || found.columns.length === 0) return finding;
  const node = schemaAt(keyPath);
  const shown = finding.missingKey === undefined ? found : requiredOnly(found, node);
  const yaml = yamlSubject(keyPath);
  const subject = workbookSubject(keyPath, shown);
  const choices = choiceWords(shown, node);
  const value = typeof finding.data.value === 'string' ? finding.data.value : undefined;
  // A number or TRUE / FALSE where text belongs: what Excel made of the cell, not YAML's quotes.
  for (const given of ['number', 'boolean'] as const) {
    if (yaml && finding.message.ja === notText(yaml, given).ja) return { ...finding, message: notTextInWorkbook(subject, given) };
  }
  // Stryker disable next-line ArrayDeclaration: a string among the pairs has no `ja` or `en`: split(undefined) keeps the message whole
  const pairs: Array<[Bilingual, Bilingual]> = [];
  if (yaml) pairs.push([yaml, subject]);
  // An entry's finding that speaks of its list (「に「{value}」が 2 回以上あります」): the list's own subject too.
  const list = keyPath[keyPath.length - 2];
  if (typeof keyPath[keyPath.length - 1] === 'number' && typeof list === 'string') pairs.push([keySubject(list, schemaAt(keyPath.slice(0, -1))), columnWords(shown.columns)]);

  // A value outside the dropdown's list (not a yes/no column: its own words follow): the labels, and a did-you-mean to the exact one.
  // Stryker disable next-line OptionalChaining: shown has a column here (inWorkbookWords returned without one)
  if (choices && value !== undefined && /cannot be used/.test(finding.message.en) && shown.columns[0]?.kind !== 'boolean') {
    const meant = closest(value, choices.map((choice) => choice.words.ja)) ?? closest(value, choices.map((choice) => choice.value));
    const choice = choices.find((candidate) => candidate.words.ja === meant || candidate.value === meant);
    const message = outsideTheList(subject, choices);
    const guess = choice ? { ja: `${saidJa(choice.words)}の誤りではありませんか？`, en: ` Did you mean ${saidEn(choice.words)}?` } : { ja: '', en: '' };
    return { ...finding, message: { ja: message.ja.replace('{guessJa}', guess.ja), en: message.en.replace('{guessEn}', guess.en) } };
  }

  if (choices) {
    // Stryker disable next-line MethodExpression,StringLiteral: no dropdown or yes/no column takes null (choiceWords' `none` is empty): there is no なし to leave out
    const chooseFirst = chooseWords(choices.filter((choice) => choice.value !== 'null'));
    // notBoolean: 「X」は「{value}」ではなく「はい」か「いいえ」を選んでください（「{value}」なら「はい」）
    // Stryker disable next-line MethodExpression: a yes/no column's choices are はい and いいえ only (no なし)
    pairs.push([{ ja: 'は "{value}" ではなく true か false で記入してください', en: ': use true or false, not "{value}"' }, { ja: `は「{value}」ではなく${chooseFirst.ja}`, en: `: choose ${listWords(choices.slice(0, 2)).en}, not "{value}"` }]);
    pairs.push([{ ja: '（"{value}" なら true）', en: ' (for "{value}" write true)' }, { ja: `（「{value}」なら「${TRUE_WORD}」）`, en: ` (for "{value}" choose Yes (${TRUE_WORD}))` }]);
    pairs.push([{ ja: '（"{value}" なら false）', en: ' (for "{value}" write false)' }, { ja: `（「{value}」なら「${FALSE_WORD}」）`, en: ` (for "{value}" choose No (${FALSE_WORD}))` }]);
    const form = formOf(node);
    const write = writeAs(form);
    // Stryker disable next-line MethodExpression,StringLiteral: no dropdown or yes/no column takes null (choiceWords' `none` is empty): there is no なし to leave out
    const choose = chooseWords(choices.filter((choice) => choice.value !== 'null'));
    pairs.push([write, { ja: choose.ja, en: choose.en }]);
    // The same where they end the message: a finding's English has lost its last period (validate.ts).
    // Stryker disable next-line Regex: no dropdown form and no choice's English has a period before its end
    pairs.push([{ ja: '', en: write.en.replace(/\.$/, '') }, { ja: '', en: choose.en.replace(/\.$/, '') }]);
    // Stryker disable next-line Regex: no choice's English has a period before its end
    pairs.push([{ ja: '', en: `Add it ${form.prep} ${form.en}` }, { ja: '', en: choose.en.replace(/\.$/, '') }]);
    for (const gap of ['missing', 'empty'] as const) pairs.push(...withAndWithoutPeriod(recordedNote(node, gap), emptyCellNote(shown.columns[0]?.kind === 'boolean')));
  } else {
    pairs.push(...writePairs(node, shown, finding.missingKey !== undefined));
  }
  if (finding.missingKey !== undefined) pairs.push(...conditionPairs(keyPath));
  let message = spaced(otherKeys(replaced(finding.message, pairs), scopeOf(keyPath)), finding.missingKey === undefined ? undefined : inRow ? 'row' : 'cell');
  // A 〇 that LibreOffice kept as the number 0 in a yes/no column: the same hint as for ○.
  // Stryker disable next-line OptionalChaining: shown has a column here (inWorkbookWords returned without one)
  if (shown.columns[0]?.kind === 'boolean' && value === '0' && !message.ja.includes('なら')) {
    message = { ja: `${message.ja}（〇 なら「${TRUE_WORD}」）`, en: `${message.en} (for 〇 choose Yes (${TRUE_WORD}))` };
  }
  return { ...finding, message };
}

export function withWorkbookHint(finding: Finding): Finding {
  if (finding.ruleId !== 'schema') return finding;
  const place = missingPlace(finding);
  const worded = inWorkbookWords(finding, place !== undefined);
  const add = place ?? HINTS.find(({ when }) => when.test(finding.message.en))?.add;
  if (!add) return worded;
  return { ...worded, message: { ja: joined(worded.message.ja, add.ja, '。'), en: joined(worded.message.en, add.en, '. ') } };
}
