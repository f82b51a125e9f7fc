// Which message data --redact masks (src/types.ts' PERSONAL_DATA_KEYS), read by the running test: the
// modules are loaded inside it, so mutation testing counts the set as covered by this test.
import { fresh } from '../helpers/fresh';

type Redact = typeof import('../../src/report/redact');

it('masks a person (user, mcsId), a value as written and its half-width form; leaves device, rule and dates', () => {
  const { redactData } = fresh(() => require('../../src/report/redact') as Redact);
  expect(
    redactData({ user: '田中 美咲', mcsId: 'tanaka@sakura.example.jp', value: '山田 花子', halfWidth: 'ﾔﾏﾀﾞ', device: 'SP-01', rule: 'mfa', date: '2026-11-24', count: 3 }),
  ).toEqual({ user: '田*', mcsId: 't***@sakura.example.jp', value: '山*', halfWidth: 'ﾔ*', device: 'SP-01', rule: 'mfa', date: '2026-11-24', count: 3 });
});
