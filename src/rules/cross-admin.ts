import type { Person } from '../ledger';
import type { NodePath } from '../types';
import { defineCrossRule } from './cross';
import { FACILITY_TARGET, activeUsers } from './helpers';

// An MCS administrator (the facility administrator, or one given admin rights) who is an active user in
// none of the ledgers checked together. admin-is-user says so of one ledger, where an administrator from
// a sister facility is normal; across the network's ledgers it means someone who left may still hold
// MCS admin rights, or an id mistyped everywhere.
export default defineCrossRule({
  id: 'cross-admin',
  severity: 'warning',
  category: 'cross',
  options: {},
  sources: [],
  description: {
    ja: 'MCS の施設管理者・管理権限者が、一緒に確認したいずれかの施設の台帳で有効な利用者であること（台帳をまたいだ確認）',
    en: 'MCS administrators are active users in at least one of the facilities\' ledgers checked together (a check across ledgers)',
  },
  help: {
    ja: '管理者がどの施設のスタッフかを確認し、その施設の台帳の利用者に記入するか、mcs_id の誤りを直してください。退職した人なら MCS の管理権限を外し、台帳の管理者を今の担当者にしてください。',
    en: 'Find which facility the administrator works for and list them among its users, or correct the mcs_id. If they have left, remove their MCS admin rights and name the current administrator in the ledger.',
  },
  messages: {
    default: {
      ja: 'MCS の施設管理者 {user}（{mcsId}）は、一緒に確認した {count} 件の台帳のどれにも有効な利用者として記載されていません。どの施設のスタッフか確認して台帳に記入するか、退職していれば施設管理者を替えてください',
      en: 'MCS facility administrator {user} ({mcsId}) is an active user in none of the {count} ledgers checked together. List them in the ledger of the facility they work for, or if they have left, appoint another facility administrator',
    },
    admin: {
      ja: 'MCS の管理権限者 {user}（{mcsId}）は、一緒に確認した {count} 件の台帳のどれにも有効な利用者として記載されていません。どの施設のスタッフか確認して台帳に記入するか、退職していれば MCS の管理権限を外してください',
      en: 'MCS administrator {user} ({mcsId}) is an active user in none of the {count} ledgers checked together. List them in the ledger of the facility they work for, or if they have left, remove their MCS admin rights',
    },
  },
  crossCheck(context) {
    const staff = new Set<string>();
    for (const { ledger } of context.ledgers) for (const { item } of activeUsers(ledger, context.asOf)) staff.add(item.mcs_id.toLowerCase());
    const count = context.ledgers.length;
    context.ledgers.forEach(({ ledger }, ledgerIndex) => {
      const check = (person: Person, path: NodePath, messageId?: string) => {
        if (staff.has(person.mcs_id.toLowerCase())) return;
        context.report({ ledger: ledgerIndex, path, target: FACILITY_TARGET, messageId, data: { user: person.name, mcsId: person.mcs_id, count } });
      };
      check(ledger.facility.mcs_facility_admin, ['facility', 'mcs_facility_admin', 'mcs_id']);
      ledger.facility.mcs_admins.forEach((admin, index) => check(admin, ['facility', 'mcs_admins', index, 'mcs_id'], 'admin'));
    });
  },
});
