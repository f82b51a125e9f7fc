import type { KeptDevice } from '../ledger';
import { defineCrossRule, devicesAcross, elsewhereOf, othersAmong, partition, sameWords } from './cross';
import type { Entry } from './cross';
import { deviceTarget } from './helpers';

/** Device ids are asset tags unique within one ledger (ledger.md): two facilities may both have a
 * PC-01. Only the same id with the same type and model is taken for one device. */
export function deviceKind(entry: Entry<KeptDevice>): string {
  return `${entry.item.type}\u0000${sameWords(entry.item.model)}`;
}

/** The same devices of a group (id, type, model), split into those lost and the others. */
export function sameDevices(group: ReadonlyArray<Entry<KeptDevice>>): Array<{ lost: Array<Entry<KeptDevice>>; kept: Array<Entry<KeptDevice>> }> {
  return [...partition(group, deviceKind).values()].map((same) => ({ lost: same.filter((entry) => entry.item.status === 'lost'), kept: same.filter((entry) => entry.item.status !== 'lost') }));
}

// The same device (id, type and model) in two facilities' ledgers: one device used at both (a person
// working at two facilities with one smartphone), or a ledger copied from another facility's. Advice,
// naming the other ledger: the two records must stay in step.
export default defineCrossRule({
  id: 'cross-device',
  severity: 'info',
  category: 'cross',
  options: {},
  sources: [],
  description: {
    ja: '同じ端末（管理番号・種類・機種が同じ）が複数の施設の台帳に記載されていること（台帳をまたいだ確認）',
    en: 'The same device (same id, type and model) is listed in more than one facility\'s ledger (a check across ledgers)',
  },
  help: {
    ja: '一台を複数の施設で使っているなら、状態（紛失・廃棄）とセキュリティ設定を両方の台帳でそろえてください。別の端末なら、施設ごとに区別できる管理番号にしてください。',
    en: 'If one device is used at several facilities, keep its status (lost, retired) and security settings the same in every ledger. If they are different devices, give them ids that tell them apart.',
  },
  messages: {
    default: {
      ja: '端末 {device}（{model}）は {otherFacility} の台帳（{otherFile}）にも記載されています。同じ端末なら両方の台帳の記載をそろえ、別の端末なら区別できる管理番号にしてください',
      en: 'Device {device} ({model}) is also listed in the ledger of {otherFacility} ({otherFile}). If it is the same device keep both records the same; if not, give them ids that tell them apart',
    },
    many: {
      ja: '端末 {device}（{model}）は {otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳にも記載されています。同じ端末ならすべての台帳の記載をそろえ、別の端末なら区別できる管理番号にしてください',
      en: 'Device {device} ({model}) is also listed in the ledger of {otherFacility} ({otherFile}) and {more} more. If it is the same device keep every record the same; if not, give them ids that tell them apart',
    },
  },
  crossCheck(context) {
    for (const group of devicesAcross(context)) {
      // Lost in one ledger and not in the other is cross-device-status's.
      for (const part of sameDevices(group).flatMap(({ lost, kept }) => [lost, kept])) {
        const othersOf = othersAmong(context, part);
        for (const entry of part) {
          const others = othersOf(entry);
          if (!others) continue;
          context.report({
            ledger: entry.ledger,
            path: ['devices', entry.index, 'id'],
            target: deviceTarget(entry.item),
            data: { device: entry.item.id, model: entry.item.model },
            elsewhere: elsewhereOf(others, (other) => ['devices', other.index, 'id']),
          });
        }
      }
    }
  },
});
