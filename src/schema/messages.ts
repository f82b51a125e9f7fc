// The schema finding messages, in Japanese and English, for a facility administrator: what is wrong and
// what to write instead. Ledger values never appear in the text: templates say {value} and the caller
// puts the value in data.value, so that --redact can mask it. Key names and allowed values are inlined.
import type { Bilingual } from '../types';

/** The part of a JSON Schema node that messages read. */
export interface SchemaNode {
  description?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  minItems?: number;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  if?: SchemaNode;
}

/** How a value is written, as a noun phrase ("true or false"); `prep` is the English "Add it with/as". */
export interface Form extends Bilingual {
  prep: 'with' | 'as';
}

/** "`type` is tablet or smartphone": the condition of a conditional requirement. */
export interface Condition {
  key: string;
  values: unknown[];
  /** The keys from the tested object down to `key` (`security`, `startup_password`): where its column is. */
  path?: string[];
}

export const DEVICE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
export const NOT_BLANK_PATTERN = '\\S';

// ---- Japanese spacing: a space between ASCII and Japanese text, none next to full-width punctuation.

const FULL_WIDTH_PUNCTUATION = /[（）「」『』、。？！：]/;

function needsSpace(left: string, right: string): boolean {
  const a = left.slice(-1);
  const b = right.charAt(0);
  if (!a || !b || a === ' ' || b === ' ' || FULL_WIDTH_PUNCTUATION.test(a) || FULL_WIDTH_PUNCTUATION.test(b)) return false;
  return /[\x21-\x7e]/.test(a) || /[\x21-\x7e]/.test(b);
}

/** Joins Japanese phrases, spacing ASCII words the way the rest of the messages do ("true か false"). */
export function jp(...parts: string[]): string {
  return parts.reduce((text, part) => (needsSpace(text, part) ? `${text} ${part}` : text + part));
}

/** "a か b", "a、b、c のいずれか" / "a or b", "a, b or c". */
export function alternatives(items: readonly string[]): Bilingual {
  if (items.length <= 2) return { ja: items.slice(1).reduce((text, item) => jp(text, 'か', item), items[0] ?? ''), en: items.join(' or ') };
  return { ja: jp(items.join('、'), 'のいずれか'), en: `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` };
}

// ---- Subjects: the key and its 台帳 meaning, taken from the schema description "日本語 / English".

/** Drops one trailing parenthetical, nested ones included: "利用開始日（YYYY-MM-DD）" → "利用開始日". */
function withoutTrailingNote(text: string, open: string, close: string): string {
  if (!text.endsWith(close)) return text;
  let depth = 0;
  // Stryker disable next-line ArithmeticOperator: starting past the end reads two undefined characters, neither a bracket
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    if (text[i] === open && --depth === 0) return text.slice(0, i).trim();
  }
  return text;
}

/** Lower-cases the first letter for use mid-sentence, but not an acronym ("MCS id", "OS and browser"). */
function midSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) || /^[A-Z][^A-Za-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function meaningOf(node: SchemaNode | undefined): Bilingual | undefined {
  // Stryker disable next-line StringLiteral: any text without " / " gives no meaning, as '' does
  const description = node?.description ?? '';
  const separator = description.indexOf(' / ');
  if (separator === -1) return undefined;
  return {
    ja: withoutTrailingNote(description.slice(0, separator).trim(), '（', '）'),
    en: midSentence(withoutTrailingNote(description.slice(separator + 3).trim(), '(', ')')),
  };
}

/** "`antivirus`（ウイルス対策ソフトの導入の有無）" / "`antivirus` (antivirus software installed)". */
export function keySubject(key: string, node: SchemaNode | undefined): Bilingual {
  const meaning = meaningOf(node);
  if (!meaning) return { ja: `\`${key}\``, en: `\`${key}\`` };
  return { ja: `\`${key}\`（${meaning.ja}）`, en: `\`${key}\` (${meaning.en})` };
}

/** The n-th (0-based index) entry of a list: "`networks`（…）の 2 件目" / "Entry 2 of `networks` (…)". */
export function entrySubject(listKey: string, index: number, listNode: SchemaNode | undefined): Bilingual {
  const list = keySubject(listKey, listNode);
  return { ja: jp(list.ja, 'の', `${index + 1}`, '件目'), en: `Entry ${index + 1} of ${list.en}` };
}

export const LEDGER_SUBJECT: Bilingual = { ja: '台帳', en: 'The ledger' };

// ---- Forms: how a value of a schema node is written.

const ANY_FORM: Bilingual = { ja: '台帳フォーマットどおりの形', en: 'the form the ledger format gives' };
const DATE_FORM: Bilingual = { ja: 'YYYY-MM-DD の形式（例 2026-11-01）', en: 'YYYY-MM-DD (e.g. 2026-11-01)' };

function stringForm(node: SchemaNode): Bilingual {
  if (node.format === 'date') return DATE_FORM;
  if (node.format === 'email') return { ja: 'メールアドレス（例 name@example.jp）', en: 'an e-mail address (e.g. name@example.jp)' };
  if (node.pattern === DEVICE_ID_PATTERN) {
    return {
      ja: '半角英数字と . _ - だけの管理番号（先頭は英数字。例 PC-01）',
      en: 'an asset tag of letters, digits, ".", "_" and "-" only, starting with a letter or digit (e.g. PC-01)',
    };
  }
  if (node.pattern === NOT_BLANK_PATTERN) return { ja: '空白だけではない文字列', en: 'text that is not blank' };
  return { ja: '文字列', en: 'text' };
}

function listForm(node: SchemaNode): Bilingual {
  const minimum = node.minItems ?? 0;
  if (minimum > 0) {
    const count = minimum === 1 ? 'one entry' : `${minimum} entries`;
    return { ja: jp(`${minimum}`, '件以上の一覧（1 行に 1 件ずつ「- 」で始める）'), en: `a list of at least ${count} (one per line, starting with "- ")` };
  }
  return { ja: '一覧（1 行に 1 件ずつ「- 」で始める。無ければ []）', en: 'a list (one entry per line, starting with "- "; [] when there are none)' };
}

function mappingForm(node: SchemaNode): Bilingual {
  const keys = node.required ?? [];
  if (keys.length === 0 || keys.length > 3) return { ja: '「項目名: 値」の形', en: 'a mapping of "key: value" lines' };
  return { ja: jp(keys.join('・'), 'を含む「項目名: 値」の形'), en: `a mapping with ${andList(keys)}` };
}

function andList(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function integerForm(node: SchemaNode): Bilingual {
  if (node.minimum === undefined) return { ja: '整数', en: 'a whole number' };
  return { ja: jp(`${node.minimum}`, '以上の整数'), en: `a whole number, ${node.minimum} or more` };
}

/** How a form says a value it names (null, true, `not_applicable`, an enum's value): as YAML writes it, or
 * (the workbook) as its cell says it: 「なし」, 「はい」, 「対象外」. */
export type LiteralWords = (value: unknown) => Bilingual;

const AS_WRITTEN: LiteralWords = (value) => ({ ja: String(value), en: String(value) });

/** "a か b" / "a or b" of values, each said by `literal` in its language. */
function literalAlternatives(values: readonly unknown[], literal: LiteralWords): Bilingual {
  const words = values.map(literal);
  return { ja: alternatives(words.map((word) => word.ja)).ja, en: alternatives(words.map((word) => word.en)).en };
}

function baseForm(type: string, node: SchemaNode, literal: LiteralWords): Bilingual {
  switch (type) {
    case 'boolean':
      return literalAlternatives([true, false], literal);
    case 'string':
      return stringForm(node);
    case 'integer':
      return integerForm(node);
    case 'array':
      return listForm(node);
    case 'object':
      return mappingForm(node);
    case 'null':
      return literal(null);
    default:
      return { ja: '数値', en: 'a number' };
  }
}

export function typesOf(node: SchemaNode | undefined): string[] {
  const type = node?.type;
  return type === undefined ? [] : Array.isArray(type) ? type : [type];
}

function formText(node: SchemaNode, literal: LiteralWords): Bilingual {
  if (node.anyOf) return joinForms(node.anyOf.map((branch) => formText(branch, literal)));
  if (node.enum) return literalAlternatives(node.enum, literal);
  if ('const' in node) return literal(node.const);
  return joinForms(typesOf(node).map((type) => baseForm(type, node, literal)));
}

function joinForms(forms: Bilingual[]): Bilingual {
  if (forms.length === 0) return ANY_FORM;
  if (forms.length === 1) return forms[0]!;
  return { ja: alternatives(forms.map((form) => form.ja)).ja, en: alternatives(forms.map((form) => form.en)).en };
}

/** The form of a node's values; `literal` says the values it names (by default as YAML writes them). */
export function formOf(node: SchemaNode | undefined, literal: LiteralWords = AS_WRITTEN): Form {
  if (!node) return { ...ANY_FORM, prep: 'as' };
  const named = node.enum !== undefined || (typesOf(node).length === 1 && node.type === 'boolean');
  return { ...formText(node, literal), prep: named ? 'with' : 'as' };
}

/** null is a recorded answer ("not done", "not known") for this node. */
export function isNullable(node: SchemaNode | undefined): boolean {
  // Stryker disable next-line ArrayDeclaration: a string as the only branch has no type, so it is not null
  return typesOf(node).includes('null') || (node?.anyOf ?? []).some((branch) => typesOf(branch).includes('null'));
}

// ---- Messages.

/** ja: "…で記入してください"; en: "Use …." */
export function writeAs(form: Bilingual): Bilingual {
  return { ja: jp(form.ja, 'で記入してください'), en: `Use ${form.en}.` };
}

/** Why a missing or empty 有無 key is not the same as "no" (ledger.md: 有無 keys are required). */
export function recordedNote(node: SchemaNode | undefined, gap: 'missing' | 'empty'): Bilingual {
  const means = gap === 'missing' ? { ja: '項目がない', en: 'a missing key' } : { ja: '空欄だ', en: 'an empty value' };
  // Stryker disable next-line OptionalChaining: without a node there is no type, and the && stops before node.type
  const answer = typesOf(node).length === 1 && node?.type === 'boolean' ? { ja: '無い場合も false', en: 'Write false when the answer is no' } : undefined;
  const none = isNullable(node) ? { ja: '無い・不明の場合も null', en: 'Write null when there is none' } : undefined;
  const word = answer ?? none;
  if (!word) return { ja: '', en: '' };
  return { ja: `（${word.ja} と記入します。${means.ja}と「未記録」の扱いになります）`, en: ` ${word.en}: ${means.en} means "not recorded".` };
}

/** The condition an `if` tests: its first const or enum (the workbook's words name the same one). */
export function firstTest(node: SchemaNode | undefined, at: readonly string[] = []): Condition | undefined {
  // Stryker disable next-line OptionalChaining: called on an if and on its properties, always there
  for (const [key, property] of Object.entries(node?.properties ?? {})) {
    if ('const' in property) return { key, values: [property.const], path: [...at, key] };
    if (property.enum) return { key, values: property.enum, path: [...at, key] };
    const nested = firstTest(property, [...at, key]);
    if (nested) return nested;
  }
  return undefined;
}

export function conditionText(condition: Condition): Bilingual {
  const values = alternatives(condition.values.map(String));
  return { ja: jp(`\`${condition.key}\``, 'が', values.ja, 'のときは必須です'), en: `it is required when \`${condition.key}\` is ${values.en}` };
}

export function missingKey(key: string, node: SchemaNode | undefined, condition?: Condition): Bilingual {
  const subject = keySubject(key, node);
  const form = formOf(node);
  const why = condition ? conditionText(condition) : undefined;
  const note = recordedNote(node, 'missing');
  return {
    ja: `${jp('必須項目', subject.ja, 'がありません')}${why ? `（${why.ja}）` : ''}。${jp(form.ja, 'で記入してください')}${note.ja}`,
    en: `Required key ${subject.en} is missing${why ? ` (${why.en})` : ''}. Add it ${form.prep} ${form.en}.${note.en}`,
  };
}

export function unknownKey(key: string, suggestion: string | undefined, allowed: readonly string[]): Bilingual {
  const custom = { ja: '（施設独自の項目は `x-` で始めてください）', en: '(custom fields must start with `x-`)' };
  if (suggestion) {
    return {
      ja: `不明な項目 \`${key}\` です。\`${suggestion}\` の誤りではありませんか？${custom.ja}`,
      en: `Unknown key \`${key}\`. Did you mean \`${suggestion}\`? ${custom.en}`,
    };
  }
  return {
    ja: `不明な項目 \`${key}\` です。ここに書ける項目は ${allowed.join('、')} です${custom.ja}`,
    en: `Unknown key \`${key}\`. Keys allowed here: ${allowed.join(', ')} ${custom.en}`,
  };
}

/** A key typed (partly) in full width: `job_type　` (a full-width space), `ｍｆａ`. */
export function fullWidthKey(key: string, character: Bilingual, halfWidth: string): Bilingual {
  return {
    ja: `項目名 \`${key}\` に${character.ja}が含まれています。半角で \`${halfWidth}\` と記入してください`,
    en: `The key \`${key}\` contains ${character.en}. Write it in half-width characters: \`${halfWidth}\``,
  };
}

/** A value typed (partly) in full width that is ASCII once converted: `１２`, `２０２６-１０-３０`, `sato＠…`. */
export function fullWidthValue(subject: Bilingual, character: Bilingual): Bilingual {
  return {
    ja: `${jp(subject.ja, 'の「{value}」に')}${character.ja}が含まれています。${jp('半角で', '{halfWidth}', 'と記入してください')}`,
    en: `${subject.en}: "{value}" contains ${character.en}. Write it in half-width characters: {halfWidth}`,
  };
}

/** null (nothing after the colon) where a value is needed. */
export function emptyValue(subject: Bilingual, node: SchemaNode | undefined): Bilingual {
  const write = writeAs(formOf(node));
  // Stryker disable next-line StringLiteral: any gap but 'missing' reads as 'empty'
  const note = recordedNote(node, 'empty');
  return { ja: `${jp(subject.ja, 'が空欄です。')}${write.ja}${note.ja}`, en: `${subject.en} is empty. ${write.en}${note.en}` };
}

/** A value that is not one of the allowed ones; `suggestion` is the allowed value probably meant. */
export function notAllowed(subject: Bilingual, node: SchemaNode | undefined, suggestion?: string): Bilingual {
  const write = writeAs(formOf(node));
  const guess = suggestion ? { ja: `\`${suggestion}\` の誤りではありませんか？`, en: ` Did you mean \`${suggestion}\`?` } : { ja: '', en: '' };
  return {
    ja: `${jp(subject.ja, 'に「{value}」は使えません。')}${guess.ja}${write.ja}`,
    en: `${subject.en}: "{value}" cannot be used.${guess.en} ${write.en}`,
  };
}

/** A list or mapping where a single value belongs (or the other way round). */
export function wrongShape(subject: Bilingual, node: SchemaNode | undefined, given: 'list' | 'mapping'): Bilingual {
  const write = writeAs(formOf(node));
  const what = given === 'list' ? { ja: '一覧', en: 'a list' } : { ja: '「項目名: 値」の対応', en: 'a mapping' };
  return { ja: `${jp(subject.ja, 'に', what.ja, 'は書けません。')}${write.ja}`, en: `${subject.en}: ${what.en} cannot be used here. ${write.en}` };
}

/** `meant` is the boolean a word like はい / no stands for, when known. */
export function notBoolean(subject: Bilingual, meant?: boolean): Bilingual {
  const hint = meant === undefined ? { ja: '', en: '' } : { ja: `（"{value}" なら ${meant}）`, en: ` (for "{value}" write ${meant})` };
  return {
    ja: `${jp(subject.ja, 'は', '"{value}"', 'ではなく true か false で記入してください')}${hint.ja}`,
    en: `${subject.en}: use true or false, not "{value}"${hint.en}.`,
  };
}

/** A quoted value that is right without its quotes: `"true"`, `"8"`, `version: "1"`. */
export function quoted(subject: Bilingual): Bilingual {
  return {
    ja: jp(subject.ja, 'は引用符を付けずに', '{value}', 'と記入してください'),
    en: `${subject.en}: write {value} without quotes.`,
  };
}

/** A number or true/false that YAML read as such where text is expected (`id: 001`, `model: 1234`). */
export function notText(subject: Bilingual, given: 'number' | 'boolean'): Bilingual {
  const what = given === 'number' ? { ja: '数値', en: 'a number' } : { ja: '真偽値（true / false）', en: 'true or false' };
  return {
    ja: jp(subject.ja, 'の', '{value}', `は${what.ja}として読み取られます。文字列として`, '"{value}"', 'のように引用符で囲んで記入してください'),
    en: `${subject.en}: {value} is read as ${what.en}. Write it as text in quotes: "{value}".`,
  };
}

export function notDateShape(subject: Bilingual, node: SchemaNode | undefined): Bilingual {
  const write = writeAs(formOf(node));
  return {
    ja: `${jp(subject.ja, 'の「{value}」は YYYY-MM-DD の形式ではありません。')}${write.ja}`,
    en: `${subject.en}: "{value}" is not written YYYY-MM-DD. ${write.en}`,
  };
}

export function notRealDate(subject: Bilingual): Bilingual {
  return {
    ja: jp(subject.ja, 'の', '{value}', 'は存在しない日付です。月と日を確かめてください'),
    en: `${subject.en}: {value} is not a real calendar date. Check the month and day.`,
  };
}

export function notEmail(subject: Bilingual): Bilingual {
  return {
    ja: jp(subject.ja, 'の「{value}」はメールアドレスの形式ではありません。MCS に登録したメールアドレス（例 name@example.jp）を記入してください'),
    en: `${subject.en}: "{value}" is not an e-mail address. Write the address registered with MCS (e.g. name@example.jp).`,
  };
}

export function blank(subject: Bilingual): Bilingual {
  return { ja: jp(subject.ja, 'が空欄です。内容を記入してください'), en: `${subject.en} is blank. Fill it in.` };
}

export function tooFew(subject: Bilingual, minimum: number): Bilingual {
  return { ja: jp(subject.ja, 'には', `${minimum}`, '件以上記入してください'), en: `${subject.en} needs at least ${minimum === 1 ? 'one entry' : `${minimum} entries`}.` };
}

export function listedTwice(subject: Bilingual): Bilingual {
  return {
    ja: jp(subject.ja, 'に「{value}」が 2 回以上あります。1 回だけ記入してください'),
    en: `${subject.en} lists "{value}" more than once. List it once.`,
  };
}

export const LEDGER_EMPTY: Bilingual = {
  ja: '台帳が空です。version、facility、devices、users を記入してください（dokodemo-check init でひな形を作れます）',
  en: 'The ledger is empty. Write version, facility, devices and users (`dokodemo-check init` writes a starter).',
};

export const LEDGER_NOT_MAPPING: Bilingual = {
  ja: '台帳は「項目名: 値」の形で、version、facility、devices、users を記入してください',
  en: 'Write the ledger as "key: value" lines with version, facility, devices and users.',
};

/** Fallback for a schema keyword without its own message: never shows ajv's text. */
export function doesNotFit(subject: Bilingual): Bilingual {
  return { ja: jp(subject.ja, 'の書き方が台帳フォーマットに合いません。ledger.md の説明を確かめてください'), en: `${subject.en} does not follow the ledger format. See ledger.md.` };
}
