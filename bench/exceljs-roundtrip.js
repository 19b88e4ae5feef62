// Baseline for the CLI benchmark: read an .xlsx with ExcelJS and write it again, nothing else.
const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  await wb.xlsx.writeFile(process.argv[3]);
})();
