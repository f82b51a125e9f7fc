// MHLW's inspection checklist, 「医療機関におけるサイバーセキュリティ対策チェックリスト」, as far as its
// 令和7年度 text could be read (docs/guideline-map.md, "The inspection checklist"): the items a
// device-and-user ledger can evidence, the ones it can only partly show, and the ones it cannot, each with
// the rules behind it. Only the draft manual (2025-03-13) could be read, so every item is marked as such;
// its status in a ledger is the coverage table's, over the item's rules.
import type { ReportFile } from '../report/model';
import type { Bilingual, Lang } from '../types';
import { coverageStatus } from './coverage';
import type { CoverageStatus } from './coverage';

/** Where the item's wording was read: the checklist manual's draft, a news report of that draft, or
 * nowhere in the checklist (a related duty the ledger shows, listed so that its absence is said). */
export type ChecklistBasis = 'draft' | 'news-of-draft' | 'not-in-checklist';

/** What a ledger can show of the item. */
export type ChecklistEvidence = 'yes' | 'partly' | 'no';

export interface ChecklistItem {
  /** A stable name: the item's number in the draft manual (`2①`), or a word where no number was read. */
  id: string;
  /** The item's number in the draft manual, or null where none was read. */
  number: string | null;
  title: Bilingual;
  /** The checklist's words, as docs/guideline-map.md quotes them (Japanese only), or null. */
  quote: string | null;
  readAt: string | null;
  basis: ChecklistBasis;
  evidence: ChecklistEvidence;
  /** What the ledger shows of it, or why it cannot. */
  shows: Bilingual;
  rules: string[];
}

/** The checklist's name and the edition read. */
export const CHECKLIST_NAME: Bilingual = {
  ja: '医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度・案）',
  en: 'MHLW cyber-security checklist for medical institutions (FY2025 / 令和7年度, draft)',
};

export const CHECKLIST_NOTE: Bilingual = {
  ja: '令和7年度のチェックリストは、案のマニュアル（2025-03-13）しか読めていません。確定版と令和8年度版の本文は未確認です。各項目の文言と出典は docs/guideline-map.md にあります。',
  en: "Only the draft manual of the FY2025 checklist (2025-03-13) could be read; the final text and any FY2026 checklist were not. Each item's words and where they were read: docs/guideline-map.md.",
};

export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: '1①',
    number: '1①',
    title: { ja: '医療情報システム安全管理責任者の設置', en: 'A person responsible for the security of medical information systems' },
    quote: '「医療情報システム安全管理責任者を設置している。」',
    readAt: 'https://wic-net.com/material/document/19102/2',
    basis: 'draft',
    evidence: 'partly',
    shows: {
      ja: '台帳はどこでも連絡帳の管理責任者と MCS の管理者を記録します（安全管理責任者そのものではありません）',
      en: 'The ledger names the person responsible for どこでも連絡帳 and the MCS administrators, not the 安全管理責任者 itself',
    },
    rules: ['admin-is-user'],
  },
  {
    id: '2①',
    number: '2①',
    title: { ja: '機器の台帳管理', en: 'A ledger of servers, PCs and network devices' },
    quote: '「サーバ、端末 PC、ネットワーク機器の台帳管理を行っている。」',
    readAt: 'https://wic-net.com/material/document/19102/2',
    basis: 'draft',
    evidence: 'yes',
    shows: { ja: 'MCS に使う端末の台帳と、その見直し', en: 'The ledger of the devices used for MCS, and its review' },
    rules: ['duplicate-id', 'user-devices', 'ledger-review'],
  },
  {
    id: '2⑥',
    number: '2⑥',
    title: { ja: 'セキュリティパッチの適用', en: 'Security patches applied' },
    quote: '「セキュリティパッチ(最新ファームウェアや更新プログラム)を適用している。」',
    readAt: 'https://wic-net.com/material/document/19101/9',
    basis: 'draft',
    evidence: 'yes',
    shows: { ja: '端末ごとの OS・ブラウザが最新か', en: 'Whether each device’s OS and browser are up to date' },
    rules: ['os-up-to-date'],
  },
  {
    id: '2⑦',
    number: '2⑦',
    title: { ja: 'パスワード（二要素認証または 13 文字以上なら定期変更は不要）', en: 'Passwords (no periodic change needed with two-factor login or 13+ characters)' },
    quote: '「※二要素認証、または 13 文字以上の場合は定期的な変更は不要」',
    readAt: 'https://wic-net.com/material/document/19102/10',
    basis: 'draft',
    evidence: 'partly',
    shows: {
      ja: '画面ロックのパスワードの長さと文字の種類、MCS パスワードの変更日（MCS パスワードの長さは記録しません）',
      en: 'The lock password’s length and characters, and MCS password change dates (not the MCS password’s length)',
    },
    rules: ['lock-password-strength', 'mcs-password-age'],
  },
  {
    id: '2⑧',
    number: '2⑧',
    title: { ja: 'パスワードの使い回しの禁止', en: 'Password reuse prohibited' },
    quote: '「パスワードの使い回しを禁止している。」',
    readAt: 'https://wic-net.com/material/document/19102/11',
    basis: 'draft',
    evidence: 'no',
    shows: { ja: '台帳はパスワードの使い回しを記録しません（別途確認してください）', en: 'The ledger records nothing about password reuse (check it separately)' },
    rules: [],
  },
  {
    id: '2⑫',
    number: '2⑫',
    title: { ja: '不要なソフトウェア・サービスの停止', en: 'Unneeded software and services stopped' },
    quote: '「バックグラウンドで動作している不要なソフトウェア及びサービスを停止している」',
    readAt: 'https://wic-net.com/material/document/19102/13',
    basis: 'draft',
    evidence: 'yes',
    shows: { ja: '端末ごとの業務に使用しないアプリ・機能の扱い', en: 'What was done with each device’s unused apps' },
    rules: ['unused-apps'],
  },
  {
    id: 'two-factor',
    number: null,
    title: { ja: '二要素認証の実装（令和9年度までの導入が目標、案）', en: 'Two-factor authentication (introduction targeted by FY2027, draft)' },
    quote: '「二要素認証の実装(令和9年度までの導入を目標)」',
    readAt: 'https://zaitakuiryo-c.com/useful/system/15.html',
    basis: 'news-of-draft',
    evidence: 'yes',
    shows: {
      ja: '端末ごとの二要素認証の有無（MCS のアプリ認証はアカウントごとの設定です）',
      en: 'Whether each device uses two-factor login (MCS’s app authentication is set per account)',
    },
    rules: ['mfa'],
  },
  {
    id: 'leavers',
    number: null,
    title: { ja: '利用を終えた人のアカウントの削除・停止', en: 'Accounts of people who left removed or suspended' },
    quote: null,
    readAt: null,
    basis: 'not-in-checklist',
    evidence: 'yes',
    shows: { ja: '利用終了日と MCS アカウントの状態', en: 'The end date and the MCS account’s status' },
    rules: ['departed-user'],
  },
];

export const BASIS_WORDS: Record<ChecklistBasis, Bilingual> = {
  draft: { ja: '案（マニュアル案で確認）', en: 'draft (read in the draft manual)' },
  'news-of-draft': { ja: '案（案の報道で確認、番号未確認）', en: 'draft (read in a news report of the draft; number not seen)' },
  'not-in-checklist': { ja: 'チェックリストの本文には見つからず（台帳で示せる関連事項）', en: 'not found in the checklist text read (a related duty the ledger shows)' },
};

export const EVIDENCE_WORDS: Record<ChecklistEvidence, Bilingual> = {
  yes: { ja: '示せる', en: 'yes' },
  partly: { ja: '一部', en: 'partly' },
  no: { ja: '示せない', en: 'no' },
};

/** The item's status in a checked ledger: the coverage table's over its rules; `no-rule` where a ledger cannot show it. */
export function checklistStatus(item: ChecklistItem, file: ReportFile): CoverageStatus {
  return coverageStatus({ item: { id: item.id, title: item.title }, rules: item.rules }, file);
}

/** The item as `rules --checklist -f json` gives it, in one language. */
export function checklistEntry(item: ChecklistItem, lang: Lang) {
  return {
    id: item.id,
    number: item.number,
    title: item.title[lang],
    quote: item.quote,
    readAt: item.readAt,
    basis: item.basis,
    draft: item.basis !== 'not-in-checklist',
    evidence: item.evidence,
    shows: item.shows[lang],
    rules: item.rules,
  };
}
