import type { KeptUser } from '../ledger';
import { activeIn, defineCrossRule, departedIn, elsewhereOf, othersAmong, partition, sameWords, usersAcross } from './cross';
import type { Entry } from './cross';
import { userData, userTarget } from './helpers';

/** Started at the other facility on or after the day they left this one: a move, which needs nothing. */
function movedThere(left: Entry<KeptUser>, there: Entry<KeptUser>): boolean {
  return there.item.start_date >= left.item.end_date!;
}

// The same person (one mcs_id, one name) has left one facility (an end date on or before as-of) and is
// an active user at another that they joined before leaving. They may have left only the first
// facility, or the network, with the other facility never told: each ledger gets a finding naming the
// other. Someone who joined the other facility on or after leaving (a move) is no finding.
export default defineCrossRule({
  id: 'cross-departed',
  severity: 'warning',
  category: 'cross',
  options: {},
  sources: [],
  description: {
    ja: '一つの施設で利用を終えた人が、別の施設の台帳で有効な利用者のままになっていないか（台帳をまたいだ確認）',
    en: 'Someone who stopped using MCS at one facility is not still an active user in another facility\'s ledger without reason (a check across ledgers)',
  },
  help: {
    ja: '両方の施設に確認してください。もう一方の施設でも利用を終えていれば、その台帳に end_date を記入し、施設管理者が MCS から削除してください。引き続き利用しているなら問題ありません。',
    en: 'Ask both facilities. If the person stopped at the other facility too, record end_date in its ledger and have its facility administrator delete them in MCS; if they still work there, nothing to fix.',
  },
  messages: {
    default: {
      ja: '{user} さん（{mcsId}）は {otherFacility} の台帳（{otherFile}）では {endDate} に利用を終えています。この施設でも利用を終えていれば {@users:end_date} を記入し、施設管理者が MCS から削除してください（引き続き利用しているなら問題ありません）',
      en: '{user} ({mcsId}) stopped using MCS on {endDate} according to the ledger of {otherFacility} ({otherFile}). If they stopped here too, record {@users:end_date} and have the facility administrator delete them in MCS (nothing to fix if they still work here)',
    },
    many: {
      ja: '{user} さん（{mcsId}）は {otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳で利用を終えています（{endDate}）。この施設でも利用を終えていれば {@users:end_date} を記入し、施設管理者が MCS から削除してください（引き続き利用しているなら問題ありません）',
      en: '{user} ({mcsId}) stopped using MCS according to the ledger of {otherFacility} ({otherFile}, on {endDate}) and {more} more. If they stopped here too, record {@users:end_date} and have the facility administrator delete them in MCS (nothing to fix if they still work here)',
    },
    activeElsewhere: {
      ja: '{user} さん（{mcsId}）は {endDate} にこの施設での利用を終えていますが、{otherFacility} の台帳（{otherFile}）では有効な利用者のままです。その施設でも利用を終えているなら、その施設の管理者に伝えてください',
      en: '{user} ({mcsId}) stopped using MCS here on {endDate} but is still an active user in the ledger of {otherFacility} ({otherFile}). If they left that facility too, tell its administrator',
    },
    activeElsewhereMany: {
      ja: '{user} さん（{mcsId}）は {endDate} にこの施設での利用を終えていますが、{otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳では有効な利用者のままです。それらの施設でも利用を終えているなら、各施設の管理者に伝えてください',
      en: '{user} ({mcsId}) stopped using MCS here on {endDate} but is still an active user in the ledger of {otherFacility} ({otherFile}) and {more} more. If they left those facilities too, tell their administrators',
    },
  },
  crossCheck(context) {
    for (const group of usersAcross(context)) {
      const byName = partition(group.filter((entry) => activeIn(context, entry) || departedIn(context, entry)), (entry) => sameWords(entry.item.name));
      for (const sameName of byName.values()) {
        const active = sameName.filter((entry) => activeIn(context, entry));
        const left = sameName.filter((entry) => !activeIn(context, entry));
        // Stryker disable next-line LogicalOperator: a short-cut: with no one active or no one left, the loops below find no others and report nothing
        if (active.length === 0 || left.length === 0) continue;
        for (const entry of active) {
          const others = othersAmong(context, left.filter((other) => !movedThere(other, entry)))(entry);
          if (!others) continue;
          context.report({
            ledger: entry.ledger,
            path: ['users', entry.index, 'mcs_id'],
            target: userTarget(entry.item),
            data: { ...userData(entry.item), endDate: others.first.item.end_date! },
            elsewhere: elsewhereOf(others, (other) => ['users', other.index, 'end_date']),
          });
        }
        for (const entry of left) {
          const others = othersAmong(context, active.filter((other) => !movedThere(entry, other)))(entry);
          if (!others) continue;
          context.report({
            ledger: entry.ledger,
            path: ['users', entry.index, 'end_date'],
            target: userTarget(entry.item),
            messageId: 'activeElsewhere',
            data: { ...userData(entry.item), endDate: entry.item.end_date! },
            elsewhere: elsewhereOf(others, (other) => ['users', other.index, 'mcs_id']),
          });
        }
      }
    }
  },
});
