import type { Person } from '../ledger';
import type { NodePath } from '../types';
import { defineRule } from './rule';
import { FACILITY_TARGET, activeUsers } from './helpers';

export default defineRule({
  id: 'admin-is-user',
  severity: 'warning',
  category: 'facility',
  options: {},
  sources: ['note 2-2', 'note 2-3', '6.0: none found (note only)'],
  description: { ja: 'MCS の施設管理者・管理権限者が利用者リストにいる有効な利用者であること', en: 'MCS administrators are active users in the ledger' },
  help: { ja: '管理者を利用者リスト（users）に記入するか、mcs_id の記入誤りを直してください。退職した管理者は MCS の管理権限を外してください。', en: 'List the administrator in users, or correct the mcs_id. Remove MCS admin rights from people who left.' },
  messages: {
    default: {
      ja: 'MCS の管理者 {user}（{mcsId}）が有効な利用者として {@:users} にいません。{@:users} に記入するか、{@facility.mcs_admins:mcs_id|mcs_id} の誤りを直してください',
      en: 'MCS administrator {user} ({mcsId}) is not an active user in {@:users}. Add them to {@:users} or correct {@facility.mcs_admins:mcs_id|the mcs_id}',
    },
  },
  check(context) {
    const active = new Set(activeUsers(context.ledger, context.asOf).map(({ item }) => item.mcs_id.toLowerCase()));
    const check = (person: Person, path: NodePath) => {
      if (active.has(person.mcs_id.toLowerCase())) return;
      context.report({ path, target: FACILITY_TARGET, data: { user: person.name, mcsId: person.mcs_id } });
    };
    const { facility } = context.ledger;
    check(facility.mcs_facility_admin, ['facility', 'mcs_facility_admin', 'mcs_id']);
    facility.mcs_admins.forEach((admin, i) => check(admin, ['facility', 'mcs_admins', i, 'mcs_id']));
  },
});
