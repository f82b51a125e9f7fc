import { defineRule } from './rule';

// Findings come from the CLI (src/cli/spreadsheets.ts): a directory walk reads *.yaml, *.yml and *.xlsx,
// and a spreadsheet in another format beside them (.xls, .ods, .numbers, .csv, …) is this finding for
// that file instead of vanishing from the report without a word. Not `unreadable-file`: that one cannot
// be configured, and a folder may keep other spreadsheets on purpose (an export from MCS, a list of
// phone numbers): this rule can be turned `off` (or made a warning) in .dokodemo-check.yaml for it.
// One message per kind of file, each saying what it is and how to save it as .xlsx.
const SAVE_IN_EXCEL = {
  ja: 'Excel で開き「名前を付けて保存」でファイルの種類「Excel ブック (*.xlsx)」を選んで保存し直してください',
  en: 'open it in Excel and use Save As with the type "Excel Workbook (*.xlsx)"',
};
const NOT_CHECKED = { ja: 'このファイルは確認されていません', en: 'nothing in this file was checked' };

export default defineRule({
  id: 'spreadsheet-format',
  severity: 'error',
  category: 'structure',
  options: {},
  sources: [],
  description: {
    ja: '台帳のフォルダにある表計算ファイルが .xlsx 形式であること（.xls・.ods・.numbers・.csv などは読めず、確認されません）',
    en: 'Spreadsheets in a ledger folder are .xlsx workbooks (.xls, .ods, .numbers, .csv and the like cannot be read, so they are not checked)',
  },
  help: {
    ja: 'メッセージの手順で .xlsx 形式で保存し直し、元のファイルはフォルダから外してください。台帳でない表計算ファイルを置いておくなら、そのフォルダの .dokodemo-check.yaml でこのルールを off にしてください。',
    en: 'Save the file again as .xlsx as the message says, and take the original out of the folder. To keep spreadsheets that are not ledgers there, turn this rule off in that folder\'s .dokodemo-check.yaml.',
  },
  messages: {
    default: {
      ja: `.xlsx 以外の表計算ファイルは読めません。${SAVE_IN_EXCEL.ja}（${NOT_CHECKED.ja}）`,
      en: `a spreadsheet other than .xlsx cannot be read: ${SAVE_IN_EXCEL.en} (${NOT_CHECKED.en})`,
    },
    xls: {
      ja: `古い Excel 形式（.xls）のブックは読めません。${SAVE_IN_EXCEL.ja}（${NOT_CHECKED.ja}）`,
      en: `this is an old-format Excel workbook (.xls), which cannot be read: ${SAVE_IN_EXCEL.en} (${NOT_CHECKED.en})`,
    },
    xlsm: {
      ja: `マクロ有効ブック（.xlsm）は読みません（マクロは実行しません）。${SAVE_IN_EXCEL.ja}（${NOT_CHECKED.ja}）`,
      en: `this is a macro-enabled workbook (.xlsm), which is not read (macros are never run): ${SAVE_IN_EXCEL.en} (${NOT_CHECKED.en})`,
    },
    xlsb: {
      ja: `Excel バイナリブック（.xlsb）は読めません。${SAVE_IN_EXCEL.ja}（${NOT_CHECKED.ja}）`,
      en: `this is an Excel binary workbook (.xlsb), which cannot be read: ${SAVE_IN_EXCEL.en} (${NOT_CHECKED.en})`,
    },
    template: {
      ja: `Excel のテンプレート（.xltx・.xlt）は台帳として読みません。テンプレートから台帳を作り、${SAVE_IN_EXCEL.ja}（${NOT_CHECKED.ja}）`,
      en: `this is an Excel template (.xltx, .xlt), which is not read as a ledger: make the ledger from it and ${SAVE_IN_EXCEL.en} (${NOT_CHECKED.en})`,
    },
    ods: {
      ja: `OpenDocument 形式（.ods、LibreOffice Calc など）の表計算ファイルは読めません。LibreOffice Calc で開き「名前を付けて保存」でファイルの種類「Excel 2007-365 (.xlsx)」を選んで保存し直してください（${NOT_CHECKED.ja}）`,
      en: `this is an OpenDocument spreadsheet (.ods, from LibreOffice Calc and the like), which cannot be read: open it in LibreOffice Calc and use Save As with the type "Excel 2007-365 (.xlsx)" (${NOT_CHECKED.en})`,
    },
    numbers: {
      ja: `Apple Numbers の書類（.numbers）は読めません。Numbers で開き「ファイル」→「書き出す」→「Excel…」で .xlsx に書き出してください（${NOT_CHECKED.ja}）`,
      en: `this is an Apple Numbers document (.numbers), which cannot be read: open it in Numbers and use File → Export To → Excel... to write an .xlsx (${NOT_CHECKED.en})`,
    },
    csv: {
      ja: `CSV・TSV ファイルは台帳として読めません（列の見出しやシートがありません）。台帳なら dokodemo-check init ledger.xlsx で作ったブックに内容を写し、.xlsx のまま保存してください（${NOT_CHECKED.ja}）`,
      en: `a CSV or TSV file cannot be read as a ledger (it has no sheets or labelled columns): if it is a ledger, copy its contents into a workbook made by dokodemo-check init ledger.xlsx and keep it as .xlsx (${NOT_CHECKED.en})`,
    },
    wps: {
      ja: `WPS Spreadsheets の形式（.et）は読めません。WPS で開き「名前を付けて保存」でファイルの種類「Excel ブック (*.xlsx)」を選んで保存し直してください（${NOT_CHECKED.ja}）`,
      en: `this is a WPS Spreadsheets file (.et), which cannot be read: open it in WPS and use Save As with the type "Excel Workbook (*.xlsx)" (${NOT_CHECKED.en})`,
    },
  },
});
