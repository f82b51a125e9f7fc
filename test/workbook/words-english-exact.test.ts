// A column's English meaning in the workbook's words: its description without the trailing note in
// brackets, and only that one (「Start-up password (screen lock) set」 keeps its own). Loaded inside each test.
import type * as Words from '../../src/workbook/words';
import { freshFunctionsPerTest } from '../helpers/fresh';

const { workbookWords } = freshFunctionsPerTest(() => require('../../src/workbook/words') as typeof Words);

describe('workbookWords(en).key', () => {
  it('drops only a note in brackets at the end of the description', () => {
    const key = (scope: string, path: string) => workbookWords('en').key(scope, path);
    expect([key('devices', 'security.startup_password'), key('devices', 'type'), key('devices', 'security.mfa'), key('users', 'end_date'), key('', 'facility.name')]).toEqual([
      '“Start-up password (screen lock) set” (端末起動時パスワード（画面ロック）の設定の有無)',
      '“Device type” (端末の種類)',
      '“Two-factor login used” (二要素認証の利用の有無)',
      '“Date the person stopped using MCS” (利用終了日)',
      '“Facility name” (施設名)',
    ]);
  });
});
