import { defineRule } from './rule';
import type { RuleContext } from './rule';
import type { NodePath } from '../types';

/** Reports every occurrence of a key after its first, with `toKey` normalising (mcs_ids ignore case). */
function reportRepeats(context: RuleContext, keys: string[], pathOf: (index: number) => NodePath, messageId: string, dataKey: string): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    const normal = dataKey === 'mcsId' ? key.toLowerCase() : key;
    if (!seen.has(normal)) {
      seen.add(normal);
      return;
    }
    context.report({ path: pathOf(index), messageId, data: { [dataKey]: key } });
  });
}

export default defineRule({
  id: 'duplicate-id',
  severity: 'error',
  category: 'structure',
  options: {},
  sources: ['C-5', '6.0 企9'],
  description: { ja: '端末の管理番号と利用者の mcs_id が重複していないこと', en: 'Device ids and user mcs_ids are unique' },
  help: { ja: '同じ端末・利用者を 2 回書いていないか確認し、1 つにまとめるか別の管理番号にしてください。', en: 'Check for a device or user written twice; merge them or give the device another id.' },
  messages: {
    default: {
      ja: '端末の管理番号 {device} が重複しています。1 つにまとめるか別の管理番号にしてください',
      en: 'Device id {device} is used twice. Merge the entries or give one another id',
    },
    user: {
      ja: '利用者の {@users:mcs_id} {mcsId} が重複しています（大文字小文字は区別しません）。同じ人を 2 回書いていないか確認してください',
      en: 'User {@users:mcs_id} {mcsId} is listed twice (case does not matter). Check for the same person written twice',
    },
  },
  check(context) {
    const { devices, users } = context.ledger;
    reportRepeats(context, devices.map((device) => device.id), (i) => ['devices', i, 'id'], 'default', 'device');
    reportRepeats(context, users.map((user) => user.mcs_id), (i) => ['users', i, 'mcs_id'], 'user', 'mcsId');
  },
});
