// Baseline for `npm run bench`: what exceljs alone costs to read a workbook (the project's exceljs).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const ExcelJS = require(require.resolve('exceljs', { paths: [join(__dirname, '..')] }));

new ExcelJS.Workbook().xlsx.load(readFileSync(process.argv[2])).catch((error) => {
  console.error(`baseline-exceljs: ${error.message}`);
  process.exitCode = 2;
});
