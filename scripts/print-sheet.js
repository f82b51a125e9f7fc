// For scripts/screenshot-workbook.sh: a copy of a workbook in which only one sheet prints, landscape
// A3 at a readable scale with grid lines and row/column headings, as LibreOffice then renders it.
// Usage: node scripts/print-sheet.js <in.xlsx> <sheet name> <out.xlsx>
'use strict';
const ExcelJS = require('exceljs');

async function printOneSheet(input, sheetName, output) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  for (const sheet of workbook.worksheets) {
    if (sheet.name !== sheetName) {
      sheet.state = 'hidden'; // hidden sheets are not printed
      continue;
    }
    sheet.pageSetup = {
      paperSize: 8, // A3
      orientation: 'landscape',
      fitToPage: false,
      scale: 80,
      showGridLines: true,
      showRowColHeaders: true,
      margins: { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 },
    };
  }
  const active = workbook.worksheets.findIndex((sheet) => sheet.name === sheetName);
  if (active === -1) throw new Error(`no sheet ${sheetName}`);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' }];
  await workbook.xlsx.writeFile(output);
}

const [input, sheetName, output] = process.argv.slice(2);
printOneSheet(input, sheetName, output).catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
