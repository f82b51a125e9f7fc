// The offline page's own words (src/web/words.ts) and why a check stopped (src/web/stops.ts), every
// sentence in both languages, exactly. The modules are loaded inside each test: their tables are built when
// a module loads, which coverage per test (mutation runs) credits only to a test that loads it.
import { freshFunctionsPerTest, freshPerTest } from '../helpers/fresh';

const words = freshFunctionsPerTest(() => require('../../src/web/words') as typeof import('../../src/web/words'));
const stopsModule = freshPerTest(() => require('../../src/web/stops') as typeof import('../../src/web/stops'));
const stops = freshFunctionsPerTest(() => require('../../src/web/stops') as typeof import('../../src/web/stops'));

describe('the page\'s words (words.ts)', () => {
  it('Japanese: every word and sentence', () => {
    const ja = words.pageWords('ja');
    const { progress, seconds, due, checkedIn, repairs, making, ...plain } = ja;
    expect(plain).toEqual({
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
      cancel: 'キャンセル',
      error: 'エラー',
      result: '結果',
      file: 'ファイル',
      facility: '施設',
      configApplied: '設定',
      rulesOff: '無効にしたルール',
      findings: '指摘',
      noFindings: '指摘はありません。',
      printEmpty: '台帳を確認すると、ここに監査レポートが印刷されます。',
      copies: 'コピーを保存',
      saveMarked: '指摘付きのブックを保存',
      markedHint: '台帳のブックのコピーに、指摘のあるセルの色とメモ、先頭に「指摘一覧」のシートを付けて保存します（基準日・設定・言語はこの結果のとおり）。元のファイルはそのままです。',
      saveTidy: '整形したコピーを保存',
      tidyHint: '〇/×、和暦や文字の日付、全角の英数字、選択肢の表記ゆれ、前後の空白など、意味の変わらない直しだけをしたコピーを保存します。元のファイルはそのままです。',
      saved: '保存しました: ',
    });
    expect([progress('reading', 'a.yaml'), progress('checking', 'a.yaml'), progress('making', 'a.yaml')]).toEqual(['読み込み中… a.yaml', '確認中… a.yaml', '作成中… a.yaml']);
    expect([seconds(3), due(30), checkedIn(125), repairs(2), making('b.xlsx')]).toEqual(['3 秒', '期限の一覧（期限切れと 30 日以内）', '125 ms で確認', '整形で直せるもの（2 か所）', '作成中… b.xlsx']);
  });

  it('English: every word and sentence', () => {
    const en = words.pageWords('en');
    const { progress, seconds, due, checkedIn, repairs, making, ...plain } = en;
    expect(plain).toEqual({
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
      cancel: 'Cancel',
      error: 'Error',
      result: 'Result',
      file: 'File',
      facility: 'Facility',
      configApplied: 'Configuration',
      rulesOff: 'Rules turned off',
      findings: 'Findings',
      noFindings: 'No findings.',
      printEmpty: 'Check a ledger and its audit report prints here.',
      copies: 'Save a copy',
      saveMarked: 'Save the marked workbook',
      markedHint: 'Saves a copy of the ledger’s workbook with each finding’s cell coloured and noted, and a first sheet listing the findings (for this result’s day, configuration and language). The original file stays as it is.',
      saveTidy: 'Save a tidied copy',
      tidyHint: 'Saves a copy with only the repairs that keep the meaning: 〇/× and the like, era and text dates, full-width letters and digits, near misses of a dropdown’s labels, spaces around values. The original file stays as it is.',
      saved: 'Saved: ',
    });
    expect([progress('reading', 'a.yaml'), progress('checking', 'a.yaml'), progress('making', 'a.yaml')]).toEqual(['Reading… a.yaml', 'Checking… a.yaml', 'Making… a.yaml']);
    expect([seconds(3), due(30), checkedIn(125), repairs(2), making('b.xlsx')]).toEqual(['3 s', 'Due list (overdue and due within 30 days)', 'checked in 125 ms', 'What the tidy copy repairs (2)', 'Making… b.xlsx']);
  });
});

describe('why a check stopped (stops.ts)', () => {
  it('the time limit is a minute a stage', () => {
    expect(stopsModule().STAGE_TIME_LIMIT_MS).toBe(60000);
  });

  it('cancelled', () => {
    expect(stops.cancelledMessage('a.yaml')).toEqual({ ja: '確認をキャンセルしました: a.yaml', en: 'check cancelled: a.yaml' });
  });

  it('over the time limit, in each stage, the limit given in seconds (rounded) or the default minute', () => {
    expect(stops.timedOutMessage('a.yaml', 'reading')).toEqual({
      ja: 'a.yaml: 60 秒以内に読み込めなかったため、確認を止めました（ファイルが大きすぎるか壊れています）。台帳を施設ごとのファイルに分けるか、保存し直してください',
      en: 'a.yaml: the file could not be read within 60 s, so the check was stopped (too large or damaged); split the ledger into one file per facility, or save it again',
    });
    expect(stops.timedOutMessage('a.yaml', 'checking', 1499)).toEqual({
      ja: 'a.yaml: 1 秒以内に確認を終えられなかったため、止めました（台帳が大きすぎます）。台帳を施設ごとのファイルに分けてください',
      en: 'a.yaml: the check did not finish within 1 s and was stopped (the ledger is too large); split the ledger into one file per facility',
    });
    expect(stops.timedOutMessage('b.xlsx', 'making', 2500)).toEqual({
      ja: 'b.xlsx: 3 秒以内に保存するコピーを作れなかったため、止めました（台帳が大きすぎます）。コマンド（dokodemo-check）で作ってください',
      en: 'b.xlsx: the copy to save was not made within 3 s and was stopped (the ledger is too large); make it with the dokodemo-check command',
    });
  });

  it('failed', () => {
    expect(stops.failedMessage('a.yaml', 'Out of memory')).toEqual({
      ja: 'a.yaml: 確認が途中で止まりました（Out of memory）。ほかのタブを閉じてもう一度選ぶか、台帳を施設ごとのファイルに分けてください',
      en: 'a.yaml: the check stopped unexpectedly (Out of memory); close other tabs and choose the file again, or split the ledger into one file per facility',
    });
  });
});
