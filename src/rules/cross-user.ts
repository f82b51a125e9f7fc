import { activeIn, defineCrossRule, elsewhereOf, othersAmong, partition, sameWords, usersAcross } from './cross';
import { userData, userTarget } from './helpers';

// The same person (one mcs_id, one name) is an active user in two facilities' ledgers. A person may
// work at two facilities, and each keeps her in its own ledger (note 2-4): that is no error, so this is
// advice naming the other ledger, for the day she leaves one of them or loses a device.
export default defineCrossRule({
  id: 'cross-user',
  severity: 'info',
  category: 'cross',
  options: {},
  sources: [],
  description: {
    ja: '同じ人（同じ MCS ID と氏名）が複数の施設の台帳に有効な利用者として記載されていること（複数の施設で働く人。台帳をまたいだ確認）',
    en: 'The same person (one MCS id and name) is an active user in more than one facility\'s ledger (someone working at several facilities; a check across ledgers)',
  },
  help: {
    ja: '複数の施設で働いているなら問題ありません。退職・異動や端末の紛失のときは、関係するすべての施設の台帳と MCS を更新してください。記入誤りなら mcs_id を直してください。',
    en: 'Nothing to fix if the person works at each facility. When they leave one, or lose a device, update every facility\'s ledger and MCS. If it is a typing mistake, correct the mcs_id.',
  },
  messages: {
    default: {
      ja: '{user} さん（{mcsId}）は {otherFacility} の台帳（{otherFile}）にも有効な利用者として記載されています。両方の施設で働いているなら問題ありません。利用を終えるときは両方の台帳を更新してください',
      en: '{user} ({mcsId}) is also an active user in the ledger of {otherFacility} ({otherFile}). Nothing to fix if they work at both; when they stop at one, update both ledgers',
    },
    many: {
      ja: '{user} さん（{mcsId}）は {otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳にも有効な利用者として記載されています。それぞれの施設で働いているなら問題ありません。利用を終えるときは関係する台帳をすべて更新してください',
      en: '{user} ({mcsId}) is also an active user in the ledger of {otherFacility} ({otherFile}) and {more} more. Nothing to fix if they work at each; when they stop at one, update every ledger involved',
    },
  },
  crossCheck(context) {
    for (const group of usersAcross(context)) {
      const byName = partition(group.filter((entry) => activeIn(context, entry)), (entry) => sameWords(entry.item.name));
      for (const sameName of byName.values()) {
        const othersOf = othersAmong(context, sameName);
        for (const entry of sameName) {
          const others = othersOf(entry);
          if (!others) continue;
          context.report({
            ledger: entry.ledger,
            path: ['users', entry.index, 'mcs_id'],
            target: userTarget(entry.item),
            data: userData(entry.item),
            elsewhere: elsewhereOf(others, (other) => ['users', other.index, 'mcs_id']),
          });
        }
      }
    }
  },
});
