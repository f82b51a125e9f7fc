import { defineRule } from './rule';

// Findings come from the workbook reader (src/workbook/layout-problems.ts); this module is the
// rule's catalogue entry. Hiding a sheet is ordinary and such a sheet is read like any other; a very
// hidden one (Excel's menus cannot show it) is where a ledger can hold rows no reviewer sees.
export default defineRule({
  id: 'hidden-sheet',
  severity: 'warning',
  category: 'structure',
  options: {},
  sources: ['ledger.md'],
  description: {
    ja: 'Excel の台帳に、メニューから再表示できない（veryHidden の）シートがないこと',
    en: 'An Excel ledger has no very hidden sheet (one that Excel\'s menus cannot show)',
  },
  help: {
    ja: 'そのシートの内容は確認に使いましたが、見えないシートは見直しができません。表示に戻すか、内容を見えるシートに移してください。',
    en: 'The sheet was checked, but a sheet no one can see cannot be reviewed: make it visible again, or move its rows to a visible sheet.',
  },
  messages: { default: { ja: '{detail}', en: '{detail}' } },
});
