// yaml-syntax messages in both languages, by the `yaml` package's error code.
import type { Bilingual } from '../types';

export const SYNTAX_MESSAGES = {
  severalDocuments: {
    ja: 'ファイルに YAML 文書が複数あります（`---` または `...` の行）。台帳は 1 ファイルに 1 つにしてください',
    en: 'The file holds several YAML documents (a `---` or `...` line). Keep one ledger per file',
  },
  tooManyAliases: {
    ja: 'エイリアス（*名前）が多すぎます。台帳ではエイリアスを使わずに値をそのまま書いてください',
    en: 'Too many aliases (*name). Write the values out in the ledger instead of using aliases',
  },
  largeSyntaxError: {
    ja: 'YAML の書き方に誤りがあります（{reason}）。この行とその前の行の字下げ・引用符・括弧を確認してください（12 MB を超える台帳では詳しい説明を省きます）',
    en: 'The YAML is not well formed ({reason}). Check the indentation, quotes and brackets on this line and the one before (a ledger over 12 MB gets this shorter message)',
  },
  largeUnusualYaml: {
    ja: 'ここから先は、12 MB を超える台帳では読めない YAML の書き方です（%YAML 1.2 以外の指示、複数行にまたがる引用符の特殊な書き方など）。値を 1 行で書くなど、ふつうの書き方に直してください',
    en: 'From here the ledger uses YAML that is not read in a ledger over 12 MB (a directive other than %YAML 1.x, an unusual multi-line quoted value, …). Write it the ordinary way, e.g. the value on one line',
  },
  tooDeep: {
    ja: '入れ子が深すぎます（100 段まで）。インデントと括弧 [ ] { } の対応を確認してください',
    en: 'The nesting is too deep (100 levels at most). Check the indentation and that every [ ] { } is closed',
  },
  fullWidthIndent: {
    ja: 'インデント（行頭の空白）に全角スペースがあります。半角スペースでインデントしてください',
    en: 'The indentation (the spaces at the start of the line) has a full-width (全角) space. Indent with half-width spaces',
  },
  fullWidthColon: {
    ja: 'キーの後のコロンが全角「：」です。半角で `{key}: {value}` と記入してください（コロンの後に半角スペース）',
    en: 'The colon after the key is a full-width (全角) "：". Write it in half-width characters: `{key}: {value}` (a space after the colon)',
  },
  colonWithoutSpace: {
    ja: 'キー `{key}` のコロンの後に半角スペースがありません。`{key}: {value}` と記入してください',
    en: 'There is no space after the colon of `{key}`. Write `{key}: {value}`',
  },
  fullWidthDash: {
    ja: '一覧の項目の「- 」が全角の「－」です。半角のハイフンと半角スペース「- 」で書いてください',
    en: 'The list item starts with a full-width (全角) "－". Write a half-width hyphen and a space: `- `',
  },
  missingDash: {
    ja: 'この一覧の項目に `{key}` が 2 回あります。この行から新しい項目が始まるなら、行頭の「- 」が抜けています（`- {key}: …` と記入してください）。そうでなければ、どちらか一方を削除してください',
    en: '`{key}` appears twice in this list item. If this line starts a new item, it is missing its `- ` (write `- {key}: …`); otherwise remove one of the two',
  },
  unclosedQuote: {
    ja: 'ここで開いた引用符 {quote} が閉じられていません。値の終わりに {quote} を書いてください（値の中の {quote} は {escaped} と書きます）',
    en: 'The quote {quote} opened here is never closed. Write {quote} at the end of the value (inside it, write {escaped} for {quote})',
  },
} satisfies Record<string, Bilingual>;

/** A tag other than the core schema's (`!!binary`, `!!js/function`, `!foo`): named, never read as text. */
export function unsupportedTag(tag: string): Bilingual {
  return {
    ja: `タグ ${tag} は台帳では使えません。タグを削除し、値をそのまま書いてください`,
    en: `The tag ${tag} cannot be used in a ledger. Remove it and write the value as it is`,
  };
}

const BY_CODE: Record<string, Bilingual> = {
  DUPLICATE_KEY: {
    ja: '同じキーが 2 回書かれています。どちらか一方を削除してください',
    en: 'The same key appears twice in this mapping. Remove one of them',
  },
  BAD_INDENT: {
    ja: 'インデント（行頭の空白）がずれているか、括弧 [ ] { } が閉じられていません',
    en: 'The indentation is off, or a bracket [ ] { } is not closed',
  },
  TAB_AS_INDENT: {
    ja: 'インデントにタブ文字が使われています。タブではなく半角スペースでインデントしてください',
    en: 'A tab is used for indentation. Indent with spaces, not tabs',
  },
  MISSING_CHAR: {
    ja: '閉じ括弧または引用符が足りません。開いた " \' [ { が閉じられているか確認してください',
    en: 'A closing bracket or quote is missing. Check that every " \' [ { is closed',
  },
  // `a: x` followed by a line indented deeper than `a`, or `a: x: y`.
  BLOCK_AS_IMPLICIT_KEY: {
    ja: 'この値の中に「キー: 」があります。次の行のインデントがこのキーより深くなっていないか確認してください。値に「: 」を含めるときは引用符 " " で囲んでください',
    en: 'This value holds another "key:". Check that the next line is not indented deeper than this key; a value that contains ": " must be put in quotes',
  },
  MULTILINE_IMPLICIT_KEY: {
    ja: '「キー: 値」の形になっていません。コロンとその後の半角スペースが抜けていないか、インデントがずれていないか確認してください',
    en: 'This is not "key: value". Check for a missing colon or space after it, or indentation that is off',
  },
  UNEXPECTED_TOKEN: {
    ja: '予期しない記号や値があります。インデントと「- 」「キー: 値」の書き方を確認してください',
    en: 'Unexpected text. Check the indentation and the "- item" / "key: value" forms',
  },
  BAD_ALIAS: {
    ja: 'エイリアス（*名前）が定義されていないアンカーを指しています',
    en: 'An alias (*name) refers to an anchor that is not defined',
  },
  MULTIPLE_DOCS: SYNTAX_MESSAGES.severalDocuments,
  RESOURCE_EXHAUSTION: SYNTAX_MESSAGES.tooDeep, // the parser ran out of stack: nesting far too deep
  KEY_OVER_1024_CHARS: {
    ja: 'キーが長すぎます（1024 文字まで）',
    en: 'A key is too long (1024 characters at most)',
  },
};

const UNKNOWN_CODE: Bilingual = {
  ja: 'YAML の書き方に誤りがあります。示された位置の前後を確認してください',
  en: 'The YAML is malformed. Check the text around this position',
};

/** Our words for the parser's error code, then the parser's own first line as a detail. */
export function syntaxMessage(code: string, parserMessage: string): Bilingual {
  const hint = BY_CODE[code] ?? UNKNOWN_CODE;
  if (code === 'DUPLICATE_KEY' || code === 'RESOURCE_EXHAUSTION') return hint; // the parser's words add nothing
  const detail = (parserMessage.split('\n')[0] ?? code).replace(/ at line \d+, column \d+.*$/, '');
  return { ja: `${hint.ja}（詳細: ${detail}）`, en: `${hint.en} (${detail})` };
}
