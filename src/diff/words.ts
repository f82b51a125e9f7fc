// The words of the baseline column and of `diff`, in both languages.
import type { Lang } from '../types';

export interface BaselineWords {
  column: string;
  state: { new: string; unchanged: string };
  summary(counts: { new: number; unchanged: number; absent: number }): string;
}

export const BASELINE_WORDS: Record<Lang, BaselineWords> = {
  ja: {
    column: '基準比',
    state: { new: '新規', unchanged: '既存' },
    summary: (counts) => `基準との比較: 新規 ${counts.new} 件、既存 ${counts.unchanged} 件、解消 ${counts.absent} 件`,
  },
  en: {
    column: 'Baseline',
    state: { new: 'new', unchanged: 'unchanged' },
    summary: (counts) => `Against the baseline: ${counts.new} new, ${counts.unchanged} unchanged, ${counts.absent} gone`,
  },
};

export interface DiffWords {
  title(oldName: string, newName: string): string;
  asOf(day: string): string;
  sections: { facility: string; staff: string; admins: string; devices: string; incidents: string; exceptions: string; appeared: string; went: string };
  kinds: Record<string, string>;
  nothing: string;
  noFindings: string;
  changedKeys: string;
  usedBy(before: string, after: string): string;
  password(before: string, after: string): string;
  expires(day: string): string;
  /** A value the ledger leaves null (a date not recorded). */
  notRecorded: string;
  expired(day: string): string;
  summary(counts: { changes: number; appeared: number; went: number }): string;
  columns: { change: string; who: string; detail: string; severity: string; position: string; target: string; rule: string; message: string };
  none: string;
}

export const DIFF_WORDS: Record<Lang, DiffWords> = {
  ja: {
    title: (oldName, newName) => `${oldName} → ${newName}`,
    asOf: (day) => `基準日 ${day}`,
    sections: { facility: '施設', staff: '利用者', admins: 'MCS 管理者', devices: '端末', incidents: '紛失・盗難', exceptions: '例外', appeared: '新たに出た指摘', went: 'なくなった指摘' },
    kinds: {
      added: '追加',
      removed: '削除',
      departed: '利用終了',
      returned: '利用終了の取消',
      'account-deleted': 'アカウント削除',
      'account-status': 'アカウント状態',
      'password-changed': 'パスワード変更',
      retired: '利用終了（端末）',
      lost: '紛失・盗難',
      reactivated: '利用再開',
      'owner-changed': '利用者の変更',
      changed: '変更',
      renewed: '期限の変更',
      expired: '期限切れ',
    },
    nothing: '変更はありません',
    noFindings: 'なし',
    changedKeys: '変更した項目',
    usedBy: (before, after) => `利用者 ${before} → ${after}`,
    password: (before, after) => `MCS パスワード変更日 ${before} → ${after}`,
    expires: (day) => `期限 ${day}`,
    notRecorded: '未記入',
    expired: (day) => `期限 ${day} を過ぎています`,
    summary: ({ changes, appeared, went }) => `変更 ${changes} 件、新たな指摘 ${appeared} 件、なくなった指摘 ${went} 件`,
    columns: { change: '変更', who: '対象', detail: '内容', severity: '重大度', position: '行:列', target: '対象', rule: 'ルール', message: 'メッセージ' },
    none: 'なし',
  },
  en: {
    title: (oldName, newName) => `${oldName} → ${newName}`,
    asOf: (day) => `as of ${day}`,
    sections: { facility: 'Facility', staff: 'Staff', admins: 'MCS administrators', devices: 'Devices', incidents: 'Losses and thefts', exceptions: 'Exceptions', appeared: 'Findings that appeared', went: 'Findings that went' },
    kinds: {
      added: 'added',
      removed: 'removed',
      departed: 'departed',
      returned: 'end date withdrawn',
      'account-deleted': 'account deleted',
      'account-status': 'account status',
      'password-changed': 'password changed',
      retired: 'retired',
      lost: 'lost or stolen',
      reactivated: 'back in use',
      'owner-changed': 'changed owner',
      changed: 'changed',
      renewed: 'renewed',
      expired: 'expired',
    },
    nothing: 'nothing changed',
    noFindings: 'none',
    changedKeys: 'changed',
    usedBy: (before, after) => `used by ${before} → ${after}`,
    password: (before, after) => `MCS password changed ${before} → ${after}`,
    expires: (day) => `expires ${day}`,
    notRecorded: 'not recorded',
    expired: (day) => `expired on ${day}`,
    summary: ({ changes, appeared, went }) => `${changes} changes, ${appeared} findings appeared, ${went} went`,
    columns: { change: 'Change', who: 'Who / what', detail: 'Detail', severity: 'Severity', position: 'Line:Col', target: 'Target', rule: 'Rule', message: 'Message' },
    none: 'none',
  },
};
