import { defineRule } from './rule';
import { reportActiveUsers } from './helpers';

export default defineRule({
  id: 'training',
  severity: 'error',
  category: 'users',
  options: {},
  sources: ['note 2-5', 'C-4', '6.0: none found'],
  description: { ja: '利用者が講習会を受講したか講習ビデオを視聴していること', en: 'Users attended the training or watched the training video' },
  help: { ja: '講習会を受講するか講習ビデオを視聴してもらい、training に種類（lecture / video）と日付を記入してください。', en: 'Have the user attend the training or watch the video, then record kind (lecture or video) and date in training.' },
  messages: {
    default: {
      ja: '{user} さんが講習会の受講・講習ビデオの視聴をしていません。受講または視聴してもらい、{@users:training} に種類と日付を記入してください',
      en: '{user} has neither attended the training nor watched the video. Have them do one and record it in {@users:training}',
    },
  },
  check(context) {
    reportActiveUsers(context, (user, i) => user.training === null && ['users', i, 'training']);
  },
});
