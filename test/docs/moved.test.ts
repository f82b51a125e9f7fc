// The README was cut to one page per reader (issue 27) and its topics moved to docs/: nothing it said
// may get lost on the way or later. Each heading it had on 2026-12-05 is a heading of README.md or of a
// page under docs/, and phrases that only its topics' text holds are still written somewhere. The
// performance tables of earlier days are left out on purpose: the page shows the latest run, git the rest.
import { pages, readPage, withoutFences } from './pages';

const HEADINGS = [
  'Installing / インストール',
  '管理者の方へ / For facility administrators',
  'A to-do list per person / 人ごとの対応リスト',
  'Typing mistakes / 入力ミス',
  'Excel で台帳を管理する / Excel ledgers',
  'What is due / 期限の一覧',
  'Printable report / 印刷用レポート',
  'A network of facilities / 複数施設の集計レポート',
  'ブラウザで確認する（オフライン） / Offline page',
  'In CI / CI での利用',
  'Only what a change makes worse / 新しい指摘だけで失敗させる',
  'What changed / 変更点',
  'With pre-commit / pre-commit での利用',
  'Exit codes / 終了コード',
  'Usage / 使い方',
  'On a terminal / 端末での表示',
  'Ledger text is shown as text / 台帳の値は文字として表示',
  'Configuration / 設定ファイル',
  'The ledger / 台帳の書き方',
  'Exceptions / 例外',
  'JSON output / JSON 出力',
  'Limits / 制限',
  'Performance / 性能',
  'Development / 開発',
  'Mutation testing / ミューテーションテスト',
];

const PHRASES = [
  'allowScripts',
  'npm install --strict-allow-scripts ./dokodemo-check-1.0.0.tgz',
  '--group-by target',
  '全角で入力した数字',
  '-f xlsx -o ledger-指摘.xlsx',
  'iCalendar',
  'facilityPages',
  "Content-Security-Policy (`default-src 'none'`",
  'fetch-depth: 0',
  'baselineState',
  'eslint/eslint#21226',
  'bridgecrewio/checkov#7647',
  'npm/cli#8440',
  '`unreadable-file` finding (error)',
  'Trojan Source',
  'world-writable',
  'yaml-language-server',
  'approved_on <= as-of <= expires',
  '"formatVersion": 1',
  '`leftOut`',
  '64 MB per ledger',
  'How it gets there, each step chosen by measurement',
  'What remains, for the 20,000-staff ledger',
  'Stryker disable next-line',
  'FC_NUM_RUNS=2000',
  'scripts/mutant-inputs.js',
  'DOKODEMO_CHECK_JOBS',
];

const all = pages().map((page) => readPage(page));
const headings = new Set(all.flatMap((text) => [...withoutFences(text).matchAll(/^#{1,6} (.*)$/gm)].map((match) => match[1]!.trim())));

describe("what the README said is still said (README.md or docs/)", () => {
  it.each(HEADINGS)('heading: %s', (heading) => {
    expect(headings.has(heading)).toBe(true);
  });

  it.each(PHRASES)('phrase: %s', (phrase) => {
    expect(all.some((text) => text.includes(phrase))).toBe(true);
  });
});
