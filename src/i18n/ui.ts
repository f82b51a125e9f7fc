// Words of the interface (headings, labels, summaries) in both languages; rule messages live in the rules.
import type { Lang, Severity } from '../types';

const JA = {
  severity: { error: 'エラー', warning: '警告', info: '情報' } as Record<Severity, string>,
  suppressed: '抑止',
  columns: { severity: '重大度', position: '行:列', cell: 'シート!セル', target: '対象', rule: 'ルール', message: 'メッセージ' },
  noProblems: '問題はありません',
  leftOut: (count: number, names: string, rows: boolean) => `形式の問題がある ${count} ${rows ? '行' : '件の項目'}（${names}）は、直すと内容も確認されます`,
  /** The facility as a finding's or due item's target, in a column of names and device ids. */
  facilityTarget: '施設',
  summary: (total: number, counts: Record<Severity, number>, suppressed: number) =>
    `${total} 件 (エラー ${counts.error}, 警告 ${counts.warning}, 情報 ${counts.info}), 抑止 ${suppressed}`,
  suppressedBy: (reason: string, expires: string) => `抑止: ${reason}（${expires} まで）`,
  files: (count: number) => `${count} ファイル`,
  rollup: { heading: '施設ごとの集計（問題の多い順）', facility: '施設', file: 'ファイル', error: 'エラー', warning: '警告', info: '情報', overdue: '期限切れ', notLoaded: '-' },
  /** Which configuration a ledger was checked with (null: none found, the built-in defaults). */
  configuration: (file: string | null, rulesOff: number) =>
    file === null ? '設定: なし（既定の設定）' : `設定: ${file}${rulesOff > 0 ? `（無効にしたルール ${rulesOff} 件）` : ''}`,
  due: {
    columns: { due: '期限', left: '残り', target: '対象', what: 'すること', file: 'ファイル' },
    today: '今日まで',
    daysLeft: (days: number) => `あと ${days} 日`,
    overdueBy: (days: number) => `期限切れ ${days} 日`,
    /** Overdue because the day it counts from is not recorded. */
    overdueNow: '期限切れ',
    overduePrefix: '【期限切れ】',
    nothingDue: (within: number) => `期限切れのもの、${within} 日以内に期限を迎えるものはありません`,
    summary: (count: number, overdue: number, within: number) => `期限切れ・${within} 日以内の期限 ${count} 件（うち期限切れ ${overdue} 件）`,
    calendarName: 'どこでも連絡帳 台帳の期限',
    /** An overdue item sits on the as-of day in the calendar: its description says when it was due. */
    calendarDue: (due: string, left: string) => `期限 ${due}（${left}）`,
    invalidLedger: (file: string, count: number) => `台帳 ${file} に ${count} 件の形式の誤りがあり期限を一覧にできません。dokodemo-check で確認して直してください`,
    partialLedger: (file: string, count: number) => `台帳 ${file} に ${count} 件の形式の誤りがあり、その行の期限は一覧にありません。dokodemo-check で確認して直してください`,
    incomplete: '形式の問題があるため、この一覧は不完全です。上の問題を直すと、残りの期限も一覧になります',
  },
  report: {
    title: 'どこでも連絡帳 管理台帳 監査レポート',
    asOf: '基準日',
    generated: '作成日',
    summary: '概要',
    file: 'ファイル',
    facility: '施設',
    total: '合計',
    result: '結果',
    suppressedFindings: '抑止された指摘（承認済みの例外）',
    noSuppressed: '抑止された指摘はありません',
    reason: '理由',
    approvedBy: '承認者',
    until: '期限',
    coverage: 'ガイドライン項目の確認状況',
    coverageNote:
      '各項目を確認するルールと、この台帳での結果です（抑止されていない警告・エラーが無ければ適合。情報レベルの助言や抑止された指摘だけなら「適合（助言あり）」）。設定で無効にしたルールは確認していません。ルールの無い項目は台帳では確認できないため、別途確認してください。',
    item: '項目',
    requirement: '内容',
    rules: 'ルール',
    coverageStatus: {
      pass: '✓ 適合',
      advisory: '✓ 適合（助言あり）',
      fail: '✗ 指摘あり',
      unchecked: '– 未確認（ルールを無効化）',
      notRun: '– 未確認（台帳の形式に誤り）',
      noRule: '– ルールなし（別途確認）',
    },
    offRules: '無効化したルール（未確認）:',
    config: '設定ファイル',
    noConfig: 'なし（既定の設定）',
    rulesOff: '無効化したルール',
    none: 'なし',
    leftOutByQuiet: (count: number) => `--quiet: エラーだけを一覧にしています。警告・情報の ${count} 件は一覧にありませんが、確認状況には含めています。`,
    findings: '指摘',
    users: '利用者',
    devices: '端末',
    mark: '指摘',
    name: '氏名',
    mcsId: 'MCS の ID',
    jobType: '職種',
    accountStatus: 'アカウント',
    deviceId: '管理番号',
    type: '種類',
    model: '機種',
    ownership: '所有',
    status: '状態',
    notLoaded: 'この台帳は読み込めなかったため、ルールは実行されていません。上の形式の誤りを直してから、もう一度確認してください。',
  },
};

type UiText = typeof JA;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const EN: UiText = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  suppressed: 'suppressed',
  columns: { severity: 'Severity', position: 'Line:Col', cell: 'Sheet!Cell', target: 'Target', rule: 'Rule', message: 'Message' },
  noProblems: 'No problems found',
  leftOut: (count, names, rows) => `${count} ${rows ? (count === 1 ? 'row' : 'rows') : count === 1 ? 'entry' : 'entries'} with format problems (${names}) ${count === 1 ? 'is' : 'are'} checked for content once the format is fixed`,
  facilityTarget: 'facility',
  summary: (total, counts, suppressed) =>
    `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info), ${suppressed} suppressed`,
  suppressedBy: (reason, expires) => `suppressed: ${reason} (until ${expires})`,
  files: (count) => plural(count, 'file'),
  rollup: { heading: 'By facility (worst first)', facility: 'Facility', file: 'File', error: 'Errors', warning: 'Warnings', info: 'Info', overdue: 'Overdue', notLoaded: '-' },
  configuration: (file, rulesOff) =>
    file === null ? 'configuration: none (built-in defaults)' : `configuration: ${file}${rulesOff > 0 ? ` (${plural(rulesOff, 'rule')} off)` : ''}`,
  due: {
    columns: { due: 'Due', left: 'Left', target: 'Target', what: 'To do', file: 'File' },
    today: 'due today',
    daysLeft: (days) => `in ${plural(days, 'day')}`,
    overdueBy: (days) => `overdue by ${plural(days, 'day')}`,
    overdueNow: 'overdue',
    overduePrefix: '[overdue] ',
    nothingDue: (within) => `Nothing is overdue or due within ${plural(within, 'day')}`,
    summary: (count, overdue, within) => `${plural(count, 'item')} overdue or due within ${plural(within, 'day')} (${overdue} overdue)`,
    calendarName: 'どこでも連絡帳 ledger deadlines',
    calendarDue: (due, left) => `Due ${due} (${left})`,
    invalidLedger: (file, count) => `The ledger ${file} has ${plural(count, 'format problem')}, so its deadlines cannot be listed: check it with dokodemo-check and fix it`,
    partialLedger: (file, count) => `The ledger ${file} has ${plural(count, 'format problem')}: the deadlines of the entries they are in are not listed. Check it with dokodemo-check and fix it`,
    incomplete: 'This list is incomplete because of the format problems above: fix them and the rest of the deadlines are listed too',
  },
  report: {
    title: 'どこでも連絡帳 ledger audit report',
    asOf: 'As of',
    generated: 'Generated',
    summary: 'Summary',
    file: 'File',
    facility: 'Facility',
    total: 'Total',
    result: 'Result',
    suppressedFindings: 'Suppressed findings (approved exceptions)',
    noSuppressed: 'No findings were suppressed',
    reason: 'Reason',
    approvedBy: 'Approved by',
    until: 'Until',
    coverage: 'Coverage of the guideline items',
    coverageNote:
      'The rules that check each item and the result in this ledger (it passes when none of them has an unsuppressed warning or error; info-level advice or suppressed findings alone read "pass, with advice"). Rules turned off in the configuration checked nothing. Items no rule checks cannot be seen in a ledger: check them separately.',
    item: 'Item',
    requirement: 'Requirement',
    rules: 'Rules',
    coverageStatus: {
      pass: '✓ pass',
      advisory: '✓ pass, with advice',
      fail: '✗ findings',
      unchecked: '– not checked (rules turned off)',
      notRun: '– not checked (ledger format errors)',
      noRule: '– no rule (check separately)',
    },
    offRules: 'turned off (not checked):',
    config: 'Configuration file',
    noConfig: 'none (built-in defaults)',
    rulesOff: 'Rules turned off',
    none: 'none',
    leftOutByQuiet: (count) =>
      `--quiet: only errors are listed; ${count === 1 ? '1 warning or info finding is' : `${count} warning and info findings are`} left out of the lists but counted in the coverage table.`,
    findings: 'Findings',
    users: 'Users',
    devices: 'Devices',
    mark: 'Findings',
    name: 'Name',
    mcsId: 'MCS ID',
    jobType: 'Job',
    accountStatus: 'Account',
    deviceId: 'Asset tag',
    type: 'Type',
    model: 'Model',
    ownership: 'Owner',
    status: 'Status',
    notLoaded: 'This ledger could not be read, so no rule ran on it. Fix the format problems above and check it again.',
  },
};

export function ui(lang: Lang): UiText {
  return lang === 'ja' ? JA : EN;
}
