// Words of the offline page in both languages; the report's own words (columns, severities, summaries,
// due list) come from src/i18n/ui.ts, as in every CLI format.
import type { Lang } from '../types';

const JA = {
  title: 'どこでも連絡帳 管理台帳チェック',
  privacy: 'このページはオフラインで動きます。台帳はこのパソコンの中だけで確認され、どこにも送信・保存されません。',
  ledger: '台帳ファイル',
  ledgerHint: '.yaml / .yml / .xlsx — ここにドラッグ＆ドロップしても選べます',
  asOf: '基準日',
  asOfNeeded: '基準日を入力してください。',
  within: '期限の一覧',
  withinUnit: '日先まで',
  config: '設定ファイル',
  configNone: 'なし（既定の設定）',
  configChoose: '選ぶ…',
  configRemove: '外す',
  print: '監査レポートを印刷',
  waiting: '台帳ファイルを選ぶと、ここに結果が表示されます。',
  /** The progress line while a check runs in the page's worker (see runner.ts). */
  progress: (stage: 'reading' | 'checking', file: string) => `${stage === 'reading' ? '読み込み中…' : '確認中…'} ${file}`,
  seconds: (seconds: number) => `${seconds} 秒`,
  cancel: 'キャンセル',
  error: 'エラー',
  result: '結果',
  file: 'ファイル',
  facility: '施設',
  configApplied: '設定',
  rulesOff: '無効にしたルール',
  findings: '指摘',
  noFindings: '指摘はありません。',
  due: (within: number) => `期限の一覧（期限切れと ${within} 日以内）`,
  checkedIn: (ms: number) => `${ms} ms で確認`,
  printEmpty: '台帳を確認すると、ここに監査レポートが印刷されます。',
};

type PageWords = typeof JA;

const EN: PageWords = {
  title: 'どこでも連絡帳 ledger check',
  privacy: 'This page works offline. The ledger is checked on this PC only: it is never sent or stored anywhere.',
  ledger: 'Ledger file',
  ledgerHint: '.yaml / .yml / .xlsx — or drag and drop it here',
  asOf: 'As of',
  asOfNeeded: 'Enter the as-of day.',
  within: 'Due list',
  withinUnit: 'days ahead',
  config: 'Configuration',
  configNone: 'none (built-in defaults)',
  configChoose: 'Choose…',
  configRemove: 'Remove',
  print: 'Print audit report',
  waiting: 'Choose a ledger file and the result appears here.',
  progress: (stage: 'reading' | 'checking', file: string) => `${stage === 'reading' ? 'Reading…' : 'Checking…'} ${file}`,
  seconds: (seconds: number) => `${seconds} s`,
  cancel: 'Cancel',
  error: 'Error',
  result: 'Result',
  file: 'File',
  facility: 'Facility',
  configApplied: 'Configuration',
  rulesOff: 'Rules turned off',
  findings: 'Findings',
  noFindings: 'No findings.',
  due: (within: number) => `Due list (overdue and due within ${within} days)`,
  checkedIn: (ms: number) => `checked in ${ms} ms`,
  printEmpty: 'Check a ledger and its audit report prints here.',
};

export function pageWords(lang: Lang): PageWords {
  return lang === 'ja' ? JA : EN;
}
