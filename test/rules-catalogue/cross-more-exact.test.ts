// The checks across ledgers as the catalogue lists them (src/rules/cross-*.ts): each rule's id, severity,
// category, options, sources, description and help in both languages, and its message ids, exact. Their
// messages' words are pinned where the engine picks them (cross-exact.test.ts). The modules are loaded
// inside each test (jest.resetModules): their definitions are module-level data, which per-test coverage
// counts only for a test that loads them.
import type { CrossRule } from '../../src/rules/cross';

beforeEach(() => jest.resetModules());

const CATALOGUE: Record<string, { severity: string; description: { ja: string; en: string }; help: { ja: string; en: string }; messages: string[] }> = {
  'cross-user': {
    severity: 'info',
    description: {
      ja: '同じ人（同じ MCS ID と氏名）が複数の施設の台帳に有効な利用者として記載されていること（複数の施設で働く人。台帳をまたいだ確認）',
      en: 'The same person (one MCS id and name) is an active user in more than one facility\'s ledger (someone working at several facilities; a check across ledgers)',
    },
    help: {
      ja: '複数の施設で働いているなら問題ありません。退職・異動や端末の紛失のときは、関係するすべての施設の台帳と MCS を更新してください。記入誤りなら mcs_id を直してください。',
      en: 'Nothing to fix if the person works at each facility. When they leave one, or lose a device, update every facility\'s ledger and MCS. If it is a typing mistake, correct the mcs_id.',
    },
    messages: ['default',  'many'],
  },
  'cross-user-name': {
    severity: 'warning',
    description: {
      ja: '同じ MCS ID が別の施設の台帳で別の氏名になっていないこと（台帳をまたいだ確認）',
      en: 'One MCS id is not written under another name in another facility\'s ledger (a check across ledgers)',
    },
    help: {
      ja: 'MCS の ID（登録メールアドレス）は一人に一つです。どちらかの mcs_id か氏名の記入誤りなら直してください。二人で一つのアカウントを使っているなら、それぞれのアカウントを作ってください。',
      en: 'An MCS id (the registered e-mail address) belongs to one person. Correct the mcs_id or the name where one is mistyped; if two people share one account, give each their own.',
    },
    messages: ['default',  'many'],
  },
  'cross-departed': {
    severity: 'warning',
    description: {
      ja: '一つの施設で利用を終えた人が、別の施設の台帳で有効な利用者のままになっていないか（台帳をまたいだ確認）',
      en: 'Someone who stopped using MCS at one facility is not still an active user in another facility\'s ledger without reason (a check across ledgers)',
    },
    help: {
      ja: '両方の施設に確認してください。もう一方の施設でも利用を終えていれば、その台帳に end_date を記入し、施設管理者が MCS から削除してください。引き続き利用しているなら問題ありません。',
      en: 'Ask both facilities. If the person stopped at the other facility too, record end_date in its ledger and have its facility administrator delete them in MCS; if they still work there, nothing to fix.',
    },
    messages: ['default',  'many',  'activeElsewhere',  'activeElsewhereMany'],
  },
  'cross-device': {
    severity: 'info',
    description: {
      ja: '同じ端末（管理番号・種類・機種が同じ）が複数の施設の台帳に記載されていること（台帳をまたいだ確認）',
      en: 'The same device (same id, type and model) is listed in more than one facility\'s ledger (a check across ledgers)',
    },
    help: {
      ja: '一台を複数の施設で使っているなら、状態（紛失・廃棄）とセキュリティ設定を両方の台帳でそろえてください。別の端末なら、施設ごとに区別できる管理番号にしてください。',
      en: 'If one device is used at several facilities, keep its status (lost, retired) and security settings the same in every ledger. If they are different devices, give them ids that tell them apart.',
    },
    messages: ['default',  'many'],
  },
  'cross-device-status': {
    severity: 'warning',
    description: {
      ja: '同じ端末が一つの施設の台帳で紛失・盗難になっているのに、別の施設の台帳ではそうなっていないこと（台帳をまたいだ確認）',
      en: 'The same device is not lost in one facility\'s ledger and in use in another\'s (a check across ledgers)',
    },
    help: {
      ja: '同じ端末なら、紛失・盗難を両方の施設に伝え、両方の台帳で status を lost にして incidents に記録してください。別の端末なら、施設ごとに区別できる管理番号にしてください。',
      en: 'If it is the same device, tell both facilities of the loss, set status to lost and record the incident in both ledgers. If they are different devices, give them ids that tell them apart.',
    },
    messages: ['default',  'many'],
  },
  'cross-admin': {
    severity: 'warning',
    description: {
      ja: 'MCS の施設管理者・管理権限者が、一緒に確認したいずれかの施設の台帳で有効な利用者であること（台帳をまたいだ確認）',
      en: 'MCS administrators are active users in at least one of the facilities\' ledgers checked together (a check across ledgers)',
    },
    help: {
      ja: '管理者がどの施設のスタッフかを確認し、その施設の台帳の利用者に記入するか、mcs_id の誤りを直してください。退職した人なら MCS の管理権限を外し、台帳の管理者を今の担当者にしてください。',
      en: 'Find which facility the administrator works for and list them among its users, or correct the mcs_id. If they have left, remove their MCS admin rights and name the current administrator in the ledger.',
    },
    messages: ['default',  'admin'],
  },
};

describe('the cross rules\' catalogue entries', () => {
  it.each(Object.keys(CATALOGUE))('%s', (id) => {
    const rule = (require(`../../src/rules/${id}`) as { default: CrossRule }).default;
    const { crossCheck, messages, ...entry } = rule;
    const expected = CATALOGUE[id]!;
    expect(entry).toEqual({ id, severity: expected.severity, category: 'cross', options: {}, sources: [], description: expected.description, help: expected.help });
    expect(Object.keys(messages)).toEqual(expected.messages);
    expect(typeof crossCheck).toBe('function');
    const { isCrossRule } = require('../../src/rules/cross') as typeof import('../../src/rules/cross');
    expect(isCrossRule(rule)).toBe(true);
  });

  it('the registry\'s cross rules are these six', () => {
    const { CROSS_RULES } = require('../../src/rules') as typeof import('../../src/rules');
    expect(CROSS_RULES.map((rule) => rule.id).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });
});
