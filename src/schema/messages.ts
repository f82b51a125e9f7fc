// One ajv error → one message in Japanese and English that says what is wrong and what to write.
// Values from the ledger go into data.value (masked by --redact), never into the text itself.
import type { ErrorObject } from 'ajv';
import type { Bilingual, MessageData } from '../types';
import { allowedKeys, propertyOf } from './schema-walk';
import type { SchemaNode } from './schema-walk';
import { closest } from './suggest';

export interface Problem {
  /** A key below the error's node that the finding points at (missing or unknown key). */
  key?: string | number;
  pointsAtKey?: boolean;
  message: Bilingual;
  data: MessageData;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const YES_NO_WORDS = new Set(['yes', 'no', 'y', 'n', 'on', 'off', 'true', 'false', 'はい', 'いいえ', '○', '〇', '×', '有', '無', 'あり', 'なし']);

function keyOf(error: ErrorObject): string {
  const last = error.instancePath.split('/').pop() ?? '';
  return /^\d+$/.test(last) || last === '' ? '' : last.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** "`updated`（台帳を最後に見直した日）" — the key with its 台帳 meaning, from the schema description. */
function named(key: string, node: SchemaNode | undefined): Bilingual {
  if (!key) return { ja: 'この値', en: 'This value' };
  // Descriptions are "日本語 / English"; the meaning is the part before any parenthesis or colon.
  const description = node?.description ?? '';
  const separator = description.indexOf(' / ');
  const meaning = (text: string) => text.replace(/^\d\)\s*/, '').replace(/[（(:：].*$/, '').trim();
  const ja = separator === -1 ? '' : meaning(description.slice(0, separator));
  const en = separator === -1 ? '' : meaning(description.slice(separator + 3));
  return { ja: ja ? `\`${key}\`（${ja}）` : `\`${key}\``, en: en ? `\`${key}\` (${en})` : `\`${key}\`` };
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function problem(message: Bilingual, value?: unknown): Problem {
  return { message, data: value === undefined ? {} : { value: shown(value) } };
}

function missing(error: ErrorObject, node: SchemaNode | undefined): Problem {
  const key = String(error.params.missingProperty);
  const property = propertyOf(node, key);
  const name = named(key, property);
  const isFlag = property?.type === 'boolean';
  return {
    message: {
      ja: `必須項目 ${name.ja} がありません。${isFlag ? '無い場合も false と記入してください（未記入は「記録なし」になります）' : '記入してください'}`,
      en: `Required key ${name.en} is missing. ${isFlag ? 'Write it even when the answer is no (false): a missing key means "not recorded"' : 'Add it'}`,
    },
    data: {},
  };
}

function unknownKey(error: ErrorObject, node: SchemaNode | undefined): Problem {
  const key = String(error.params.additionalProperty);
  const guess = closest(key, allowedKeys(node));
  return {
    key,
    pointsAtKey: true,
    message: {
      ja: `不明な項目 \`${key}\` です。${guess ? `\`${guess}\` の誤りではありませんか？` : ''}施設独自の項目は x- で始まるキーにしてください`,
      en: `Unknown key \`${key}\`.${guess ? ` Did you mean \`${guess}\`?` : ''} Custom fields must start with x-`,
    },
    data: {},
  };
}

function wrongBoolean(name: Bilingual, value: unknown): Problem {
  if (typeof value === 'string' && YES_NO_WORDS.has(value.trim().toLowerCase())) {
    return problem({ ja: `${name.ja} は "{value}" ではなく true か false で記入してください`, en: `${name.en}: use true or false, not "{value}"` }, value);
  }
  return problem({ ja: `${name.ja} は true か false で記入してください（{value} は使えません）`, en: `${name.en}: use true or false (not {value})` }, value);
}

function wrongDate(name: Bilingual, value: unknown): Problem {
  if (typeof value === 'string' && DATE_SHAPE.test(value)) {
    return problem({ ja: `${name.ja} の {value} は存在しない日付です`, en: `${name.en}: {value} is not a real calendar date` }, value);
  }
  return problem(
    { ja: `${name.ja} は YYYY-MM-DD の形式で記入してください（例 2026-11-01。{value} は使えません）`, en: `${name.en}: use YYYY-MM-DD, e.g. 2026-11-01 (not {value})` },
    value,
  );
}

const TYPE_WORDS: Record<string, Bilingual> = {
  string: { ja: '文字列', en: 'text' },
  array: { ja: '一覧（- で始まる行、または [ ]）', en: 'a list (lines starting with -, or [ ])' },
  object: { ja: '「キー: 値」の対応表', en: 'a mapping of "key: value" lines' },
  integer: { ja: '整数', en: 'a whole number' },
  number: { ja: '数値', en: 'a number' },
};

function wrongType(error: ErrorObject, name: Bilingual, node: SchemaNode | undefined): Problem {
  const value = error.data;
  const expected = String(error.params.type).split(',').filter((type) => type !== 'null');
  if (expected.includes('boolean')) return wrongBoolean(name, value);
  if (node?.format === 'date') return wrongDate(name, value);
  if (error.instancePath === '') {
    return problem({
      ja: value === null ? '台帳が空です。version, facility, devices, users を記入してください（dokodemo-check init でひな形を作れます）' : '台帳は version, facility, devices, users を持つ「キー: 値」の形にしてください',
      en: value === null ? 'The ledger is empty. Write version, facility, devices and users (dokodemo-check init writes a starter)' : 'The ledger must be a mapping with version, facility, devices and users',
    });
  }
  const words = TYPE_WORDS[expected[0] ?? ''] ?? { ja: expected.join(', '), en: expected.join(', ') };
  const orNull = String(error.params.type).includes('null') ? { ja: '（または null）', en: ' (or null)' } : { ja: '', en: '' };
  return problem({ ja: `${name.ja} は${words.ja}${orNull.ja}で記入してください（{value} は使えません）`, en: `${name.en} must be ${words.en}${orNull.en} (not {value})` }, value);
}

function wrongEnum(error: ErrorObject, name: Bilingual): Problem {
  const allowed = (error.params.allowedValues as unknown[]).map(String);
  const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
  const hint = guess ? { ja: `。\`${guess}\` の誤りではありませんか？`, en: `. Did you mean \`${guess}\`?` } : { ja: '', en: '' };
  return problem(
    { ja: `${name.ja} は ${allowed.join('、')} のいずれかにしてください（{value} は使えません）${hint.ja}`, en: `${name.en} must be one of ${allowed.join(', ')} (not {value})${hint.en}` },
    error.data,
  );
}

function wrongFormat(error: ErrorObject, name: Bilingual): Problem {
  if (error.params.format === 'date') return wrongDate(name, error.data);
  return problem({ ja: `${name.ja} はメールアドレスの形式ではありません（{value}）`, en: `${name.en} is not an e-mail address ({value})` }, error.data);
}

function wrongPattern(error: ErrorObject, name: Bilingual): Problem {
  if (error.params.pattern === '\\S') return problem({ ja: `${name.ja} を空白だけにせず記入してください`, en: `${name.en} must not be blank` });
  return problem(
    { ja: `${name.ja} には半角英数字と . _ - だけを使い、英数字で始めてください（{value} は使えません）`, en: `${name.en} may hold only letters, digits, ".", "_" and "-", starting with a letter or digit (not {value})` },
    error.data,
  );
}

function tooFew(name: Bilingual): Problem {
  return problem({ ja: `${name.ja} には 1 つ以上記入してください`, en: `${name.en} needs at least one entry` });
}

function repeated(error: ErrorObject, name: Bilingual): Problem {
  return { key: Number(error.params.i), message: { ja: `${name.ja} に同じ値が 2 回あります。1 つにしてください`, en: `${name.en} lists the same value twice. Keep one` }, data: {} };
}

function anyOfMismatch(error: ErrorObject, name: Bilingual, key: string): Problem {
  if (key === 'carrier_remote_lock') {
    if (typeof error.data === 'string' && DATE_SHAPE.test(error.data)) return wrongDate(name, error.data);
    return problem(
      { ja: `${name.ja} は日付（YYYY-MM-DD）、null、not_applicable のいずれかで記入してください（{value} は使えません）`, en: `${name.en}: use YYYY-MM-DD, null or not_applicable (not {value})` },
      error.data,
    );
  }
  return problem(
    { ja: `${name.ja} は「kind: lecture か video」と「date: YYYY-MM-DD」で記入するか、受講していなければ null にしてください`, en: `${name.en}: write kind (lecture or video) and date (YYYY-MM-DD), or null when there was none` },
  );
}

/** node: the schema of the node the error is about (for required/additionalProperties, the object). */
export function describeError(error: ErrorObject, node: SchemaNode | undefined): Problem {
  const key = keyOf(error);
  const name = named(key, node);
  switch (error.keyword) {
    case 'required':
      return missing(error, node);
    case 'additionalProperties':
      return unknownKey(error, node);
    case 'type':
      return wrongType(error, name, node);
    case 'enum':
      return wrongEnum(error, name);
    case 'format':
      return wrongFormat(error, name);
    case 'pattern':
      return wrongPattern(error, name);
    case 'minItems':
      return tooFew(name);
    case 'uniqueItems':
      return repeated(error, name);
    case 'anyOf':
      return anyOfMismatch(error, name, key);
    case 'const':
      return problem({ ja: `${name.ja} は 1 にしてください（{value} は使えません）`, en: `${name.en} must be 1 (not {value})` }, error.data);
    case 'minLength':
      return problem({ ja: `${name.ja} を記入してください（空欄です）`, en: `${name.en} must not be empty` });
    case 'minimum':
      return problem({ ja: `${name.ja} は ${error.params.limit} 以上にしてください（{value} は使えません）`, en: `${name.en} must be at least ${error.params.limit} (not {value})` }, error.data);
    default:
      return problem({ ja: `${name.ja} が台帳の形式に合いません`, en: `${name.en} does not match the ledger format` });
  }
}
