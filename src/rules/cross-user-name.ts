import type { KeptUser } from '../ledger';
import { defineCrossRule, elsewhereOf, othersAmong, partition, sameWords, usersAcross } from './cross';
import type { Entry } from './cross';
import { userData, userTarget } from './helpers';

// One mcs_id (an MCS account, its registered e-mail address) under different names in two facilities'
// ledgers: an account used by two people, or a mistyped id or name. A deleted account is left out (its
// address may have been registered again by someone else).
export default defineCrossRule({
  id: 'cross-user-name',
  severity: 'warning',
  category: 'cross',
  options: {},
  sources: [],
  description: {
    ja: '同じ MCS ID が別の施設の台帳で別の氏名になっていないこと（台帳をまたいだ確認）',
    en: 'One MCS id is not written under another name in another facility\'s ledger (a check across ledgers)',
  },
  help: {
    ja: 'MCS の ID（登録メールアドレス）は一人に一つです。どちらかの mcs_id か氏名の記入誤りなら直してください。二人で一つのアカウントを使っているなら、それぞれのアカウントを作ってください。',
    en: 'An MCS id (the registered e-mail address) belongs to one person. Correct the mcs_id or the name where one is mistyped; if two people share one account, give each their own.',
  },
  messages: {
    default: {
      ja: '{@users:mcs_id} {mcsId} は {otherFacility} の台帳（{otherFile}）では {value} さんとして記載されています（この台帳では {user} さん）。記入誤りなら直し、二人で一つのアカウントを使っているならそれぞれのアカウントを作ってください',
      en: '{@users:mcs_id} {mcsId} is written for {value} in the ledger of {otherFacility} ({otherFile}), for {user} here. Correct whichever is mistyped; if two people share the account, give each their own',
    },
    many: {
      ja: '{@users:mcs_id} {mcsId} は {otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳で {value} さんなど別の氏名で記載されています（この台帳では {user} さん）。記入誤りなら直し、複数人で一つのアカウントを使っているならそれぞれのアカウントを作ってください',
      en: '{@users:mcs_id} {mcsId} is written for {value} in the ledger of {otherFacility} ({otherFile}) and for other names in {more} more, for {user} here. Correct whichever is mistyped; if people share the account, give each their own',
    },
  },
  crossCheck(context) {
    for (const group of usersAcross(context)) {
      const current = group.filter((entry) => entry.item.account_status !== 'deleted');
      const nameOf = (entry: Entry<KeptUser>) => sameWords(entry.item.name);
      const anyName = othersAmong(context, current);
      for (const sameName of partition(current, nameOf).values()) {
        const sameNameElsewhere = othersAmong(context, sameName);
        for (const entry of sameName) {
          const count = (anyName(entry)?.count ?? 0) - (sameNameElsewhere(entry)?.count ?? 0);
          if (count === 0) continue;
          const facility = context.ledgers[entry.ledger]!.facility;
          const first = current.find((other) => context.ledgers[other.ledger]!.facility !== facility && nameOf(other) !== nameOf(entry))!;
          context.report({
            ledger: entry.ledger,
            path: ['users', entry.index, 'mcs_id'],
            target: userTarget(entry.item),
            data: { ...userData(entry.item), value: first.item.name },
            elsewhere: elsewhereOf({ first, count }, (other) => ['users', other.index, 'mcs_id']),
          });
        }
      }
    }
  },
});
