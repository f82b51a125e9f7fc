import { defineRule } from './rule';

// Findings come from the CLI (src/cli/unreadable.ts): a file that cannot be read is a finding for that
// file, so one bad file never stops the check of the others. This module is the rule's catalogue entry.
export default defineRule({
  id: 'unreadable-file',
  severity: 'error',
  category: 'structure',
  options: {},
  sources: [],
  description: {
    ja: '台帳のファイルを読めること（壊れた・パスワード付きのブック、大きすぎるファイル、読み取り権限のないファイルやフォルダ、確認中に消えたファイル、リポジトリの外へのリンクでないこと）',
    en: 'The ledger file can be read (not a damaged or password-protected workbook, a file too large, a file or folder without read permission, a file gone during the check, nor a link leading out of the repository)',
  },
  help: {
    ja: 'メッセージの理由を解消してください。ブックは Excel で開いてパスワードを外し .xlsx で保存し直す、64 MB を超える台帳は施設ごとに分ける、権限を直す、リンクではなくファイルそのものをリポジトリに入れる、などです。このファイルの内容は確認されていません。',
    en: 'Remove the cause the message names: open the workbook in Excel, remove its password and save it again as .xlsx; split a ledger over 64 MB into one file per facility; fix the permissions; put the file itself in the repository instead of a link to it. Nothing in this file was checked.',
  },
  messages: { default: { ja: '{detail}', en: '{detail}' } },
});
