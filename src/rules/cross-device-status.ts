import { defineCrossRule, devicesAcross, elsewhereOf, othersAmong } from './cross';
import { sameDevices } from './cross-device';
import { deviceTarget } from './helpers';

// The same device (id, type and model) lost in one facility's ledger and not in another's: the other
// facility may not know, and keeps using or listing a device whose MCS access must be stopped.
export default defineCrossRule({
  id: 'cross-device-status',
  severity: 'warning',
  category: 'cross',
  options: {},
  sources: [],
  description: {
    ja: '同じ端末が一つの施設の台帳で紛失・盗難になっているのに、別の施設の台帳ではそうなっていないこと（台帳をまたいだ確認）',
    en: 'The same device is not lost in one facility\'s ledger and in use in another\'s (a check across ledgers)',
  },
  help: {
    ja: '同じ端末なら、紛失・盗難を両方の施設に伝え、両方の台帳で status を lost にして incidents に記録してください。別の端末なら、施設ごとに区別できる管理番号にしてください。',
    en: 'If it is the same device, tell both facilities of the loss, set status to lost and record the incident in both ledgers. If they are different devices, give them ids that tell them apart.',
  },
  messages: {
    default: {
      ja: '端末 {device}（{model}）はこの台帳では {@devices:status={status}} ですが、{otherFacility} の台帳（{otherFile}）では {@devices:status={otherStatus}} です。同じ端末なら両方の施設で紛失・盗難の対応をし、台帳の {@devices:status} をそろえてください',
      en: 'Device {device} ({model}) is {@devices:status={status}} in this ledger but {@devices:status={otherStatus}} in the ledger of {otherFacility} ({otherFile}). If it is the same device, handle the loss at both facilities and make {@devices:status} agree',
    },
    many: {
      ja: '端末 {device}（{model}）はこの台帳では {@devices:status={status}} ですが、{otherFacility} の台帳（{otherFile}）ほか {more} 件の台帳では {@devices:status={otherStatus}} です。同じ端末なら関係する施設すべてで紛失・盗難の対応をし、台帳の {@devices:status} をそろえてください',
      en: 'Device {device} ({model}) is {@devices:status={status}} in this ledger but {@devices:status={otherStatus}} in the ledger of {otherFacility} ({otherFile}) and {more} more. If it is the same device, handle the loss at every facility involved and make {@devices:status} agree',
    },
  },
  crossCheck(context) {
    for (const group of devicesAcross(context)) {
      for (const { lost, kept } of sameDevices(group)) {
        // Stryker disable next-line LogicalOperator: a short-cut: with none lost or none kept, the loop below finds no others and reports nothing
        if (lost.length === 0 || kept.length === 0) continue;
        for (const [part, opposite] of [[lost, othersAmong(context, kept)], [kept, othersAmong(context, lost)]] as const) {
          for (const entry of part) {
            const others = opposite(entry);
            if (!others) continue;
            context.report({
              ledger: entry.ledger,
              path: ['devices', entry.index, 'status'],
              target: deviceTarget(entry.item),
              data: { device: entry.item.id, model: entry.item.model, status: entry.item.status, otherStatus: others.first.item.status },
              elsewhere: elsewhereOf(others, (other) => ['devices', other.index, 'status']),
            });
          }
        }
      }
    }
  },
});
