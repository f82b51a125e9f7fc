// Guideline items (the note's sections, MHLW guideline 5th ed. §6.9 B, C-1…C-10, D-1…D-4) and the rules
// that check each, derived from the rules' `sources` so that the coverage table cannot drift from them.
import type { ReportFile } from '../report/model';
import { RULES } from '../rules';
import type { Bilingual } from '../types';

export interface GuidelineItem {
  /** As rules cite it: `note 1`, `note 2-4`, `6.9 B`, `C-6`, `D-2`. */
  id: string;
  title: Bilingual;
}

export const GUIDELINE_ITEMS: readonly GuidelineItem[] = [
  {
    id: 'note 1',
    title: {
      ja: 'どこでも連絡帳のセキュリティ対策（利用機器とパスワード、紛失・盗難時の対応、スマホ・タブレット、ウイルス感染対策、情報漏洩対策）',
      en: 'Security measures (devices and passwords, loss and theft, smartphones and tablets, viruses, data leaks)',
    },
  },
  { id: 'note 2-1', title: { ja: '台帳: どこでも連絡帳の管理責任者', en: 'Ledger: the person responsible for どこでも連絡帳' } },
  { id: 'note 2-2', title: { ja: '台帳: MCS の施設管理者（スタッフの登録・削除・変更を行う者）', en: 'Ledger: the MCS facility administrator (registers, removes and changes staff)' } },
  { id: 'note 2-3', title: { ja: '台帳: MCS の管理権限を付与した者', en: 'Ledger: the people given MCS administrator rights' } },
  {
    id: 'note 2-4',
    title: { ja: '台帳: MCS 利用者のリスト（氏名・ID・利用開始日・利用端末・利用場所・ネットワーク）', en: 'Ledger: the MCS users (name, ID, start date, devices, places of use, networks)' },
  },
  {
    id: 'note 2-5',
    title: {
      ja: '台帳: 施設の利用規程（公衆無線 LAN 不可・起動時パスワード・ウイルス対策・不要なアプリ、運用ポリシー・講習・誓約書）',
      en: "Ledger: the facility's rules of use (no public Wi-Fi, startup password, antivirus, unused apps; policy, training, pledge)",
    },
  },
  {
    id: '6.9 B',
    title: { ja: '6.9 B 考え方（タブレット・スマートフォンで守るべき事項、BYOD、2要素認証）', en: '6.9 B Explanation (what tablets and smartphones must meet, BYOD, two-factor login)' },
  },
  { id: 'C-1', title: { ja: 'リスク分析を行い、持ち出しの方針を運用管理規程で定める', en: 'Risk analysis, and a policy on taking information and devices out in the operating rules' } },
  { id: 'C-2', title: { ja: '持ち出した情報・情報機器の管理方法を運用管理規程に定める', en: 'The operating rules say how information and devices taken out are managed' } },
  { id: 'C-3', title: { ja: '盗難・紛失時の対応を運用管理規程に定める', en: 'The operating rules say what to do on theft or loss' } },
  { id: 'C-4', title: { ja: '盗難・紛失時の対応を従業者に周知し、教育する', en: 'Staff are told and trained what to do on theft or loss' } },
  { id: 'C-5', title: { ja: '情報機器の所在を台帳等で把握する', en: 'A register of where the devices are' } },
  { id: 'C-6', title: { ja: '起動パスワードを設定し、推定しにくくし、定期的に変更する', en: 'A startup password that is hard to guess and changed regularly' } },
  { id: 'C-7', title: { ja: '暗号化・アクセスパスワードで容易に読み取られないようにする', en: 'Encryption or access passwords, so that data cannot be read easily' } },
  { id: 'C-8', title: { ja: 'ウイルス対策ソフト等を導入し、公衆無線 LAN は原則使わない', en: 'Antivirus or a personal firewall; no public wireless LAN unless it is the only network' } },
  { id: 'C-9', title: { ja: '必要最小限のアプリのみ（不要なものは削除・停止、または影響がないことを確認）', en: 'Only the applications needed (others removed, stopped, or confirmed harmless)' } },
  { id: 'C-10', title: { ja: '個人所有の機器にも 1～5 の対策と 6～9 の要件を守らせる', en: 'Personally owned devices: measures 1–5 and requirements 6–9 apply too' } },
  { id: 'D-1', title: { ja: '覗き見防止フィルタ（推奨）', en: 'Privacy filters against shoulder surfing (recommended)' } },
  { id: 'D-2', title: { ja: '複数の認証要素の組み合わせ（推奨）', en: 'Multi-factor authentication (recommended)' } },
  { id: 'D-3', title: { ja: '情報機器をすべて登録し、未登録機器での持ち出しを禁止する（推奨）', en: 'Every device registered; unregistered devices not allowed (recommended)' } },
  {
    id: 'D-4',
    title: {
      ja: 'スマホ・タブレット: BYOD は原則行わず設定変更は管理者のみ、患者情報を端末に置かない、誤入力で初期化（推奨）',
      en: 'Smartphones and tablets: no BYOD, settings locked by an administrator, no patient data on the device, wipe after wrong passwords (recommended)',
    },
  },
];

// The note's section-1 headings appear in sources with or without the word "note".
const NOTE_SECTION_1_HEADINGS = /^(ウイルス感染対策|情報漏洩対策|紛失・盗難)/;

/** The guideline item a rule source cites (`note 1 情報漏洩対策 3` → `note 1`), or undefined (`ledger.md`). */
export function guidelineItemOf(source: string): string | undefined {
  const note2 = /^note 2-(\d+)/.exec(source);
  if (note2) return `note 2-${note2[1]}`;
  // `note`, `note 1`, `note 1 …`, `note ウイルス感染対策 3`: all cite the note's section 1, never `note 3`.
  if (/^note(?: 1)?(?:$| (?!\d))/.test(source) || NOTE_SECTION_1_HEADINGS.test(source)) return 'note 1';
  const item = /^(?:6\.9 )?([CD]-\d+|6\.9 B)$/.exec(source);
  return item ? item[1] : undefined;
}

export interface CoverageRow {
  item: GuidelineItem;
  /** Rule ids whose sources cite the item, in catalogue order; empty = not checked by a rule. */
  rules: string[];
}

export function coverageRows(): CoverageRow[] {
  return GUIDELINE_ITEMS.map((item) => ({
    item,
    rules: RULES.filter((rule) => rule.sources.some((source) => guidelineItemOf(source) === item.id)).map((rule) => rule.id),
  }));
}

export type CoverageStatus =
  /** No unsuppressed finding at warning or error; `offRules` were turned off, so they did not look. */
  | { kind: 'pass'; offRules: string[] }
  /** Only info-level or suppressed findings: passing, with advice from `advisoryRules`. */
  | { kind: 'advisory'; advisoryRules: string[]; offRules: string[] }
  | { kind: 'fail'; failingRules: string[]; offRules: string[] }
  /** Every rule of the item is turned off in the configuration: nothing looked at it. */
  | { kind: 'unchecked' }
  /** The ledger did not parse or match the schema, so no rule ran on it. */
  | { kind: 'not-run' }
  | { kind: 'no-rule' };

/** The file's findings with those --quiet left out of the listing. */
function everyFinding(file: ReportFile): ReportFile['findings'] {
  return file.leftOutByQuiet ? [...file.findings, ...file.leftOutByQuiet] : file.findings;
}

/**
 * An item fails in a file when one of its rules has an unsuppressed warning or error there; info-level
 * advice and suppressed findings leave it passing with advice. A rule turned off is not a pass.
 */
export function coverageStatus(row: CoverageRow, file: ReportFile): CoverageStatus {
  if (row.rules.length === 0) return { kind: 'no-rule' };
  const offRules = row.rules.filter((rule) => file.disabledRules.includes(rule));
  if (offRules.length === row.rules.length) return { kind: 'unchecked' };
  if (!file.inventory) return { kind: 'not-run' };
  const rulesWith = (keep: (finding: ReportFile['findings'][number]) => boolean) => {
    const found = new Set(everyFinding(file).filter(keep).map((finding) => finding.ruleId));
    return row.rules.filter((rule) => found.has(rule));
  };
  const failingRules = rulesWith((finding) => !finding.suppressed && finding.severity !== 'info');
  if (failingRules.length > 0) return { kind: 'fail', failingRules, offRules };
  const advisoryRules = rulesWith(() => true);
  return advisoryRules.length > 0 ? { kind: 'advisory', advisoryRules, offRules } : { kind: 'pass', offRules };
}

// ---- the network scorecard: facilities × guideline items ------------------------------------------

/** A facility's mark for one item in the scorecard (HTML and CSV): four words a network can sort by. */
export type ScoreKind = 'pass' | 'findings' | 'not-recorded' | 'off';

export interface Score {
  kind: ScoreKind;
  /** For `findings`: the unsuppressed warnings and errors of the item's rules in that file. */
  count: number;
  /** The rules behind the mark: failing ones for `findings`, advising ones for a pass with advice. */
  rules: string[];
}

/** The scorecard's columns: the items a rule checks. The others (`note 2-1`, `C-10`, `D-3`) would read
 * the same for every facility; the reports name them once, to be checked separately. */
export function scorecardRows(): CoverageRow[] {
  return coverageRows().filter((row) => row.rules.length > 0);
}

export function uncheckedItems(): GuidelineItem[] {
  return coverageRows().filter((row) => row.rules.length === 0).map((row) => row.item);
}

/**
 * The item's mark in a file: `pass` (with or without advice), `findings` (how many), `not-recorded` (the
 * ledger could not be read, so it records nothing the rules could judge) or `off` (every rule of the item
 * turned off by the configuration).
 */
export function scoreOf(row: CoverageRow, file: ReportFile): Score {
  const status = coverageStatus(row, file);
  switch (status.kind) {
    case 'fail': {
      const rules = new Set(status.failingRules);
      const count = everyFinding(file).filter((finding) => rules.has(finding.ruleId) && !finding.suppressed && finding.severity !== 'info').length;
      return { kind: 'findings', count, rules: status.failingRules };
    }
    case 'advisory':
      return { kind: 'pass', count: 0, rules: status.advisoryRules };
    case 'pass':
      return { kind: 'pass', count: 0, rules: [] };
    case 'unchecked':
      return { kind: 'off', count: 0, rules: [] };
    case 'not-run':
    case 'no-rule':
      return { kind: 'not-recorded', count: 0, rules: [] };
  }
}

export const SCORE_WORDS: Record<ScoreKind, Bilingual> = {
  pass: { ja: '適合', en: 'pass' },
  findings: { ja: '指摘', en: 'findings' },
  'not-recorded': { ja: '記録なし', en: 'not recorded' },
  off: { ja: '無効', en: 'off' },
};

/** A mark as a word, for a spreadsheet cell: `指摘 3`, `findings 3`, `適合`, `pass`. */
export function scoreText(score: Score, lang: 'ja' | 'en'): string {
  return score.kind === 'findings' ? `${SCORE_WORDS.findings[lang]} ${score.count}` : SCORE_WORDS[score.kind][lang];
}
