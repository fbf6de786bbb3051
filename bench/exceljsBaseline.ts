// The baseline the CLI is compared with, in a fresh process like the CLI:
// exceljs reads the ledger workbook and writes it back with one added sheet
// holding as many rows as the ledger (what the detail sheet adds).
// `node --import tsx bench/exceljsBaseline.ts <in.xlsx> <out.xlsx>`
import ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2) as [string, string];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const ledger = workbook.worksheets[0];
  if (ledger === undefined) throw new Error(`${input} has no sheet`);

  const added = workbook.addWorksheet('Detail');
  added.addRow([
    'Customer',
    'Invoice',
    'Due date',
    'Days past due',
    'Bucket',
    'Amount',
    'Currency',
  ]);
  ledger.eachRow((row, index) => {
    if (index === 1) return;
    const due = row.getCell(5).value as Date;
    const days = Math.round((Date.UTC(2026, 10, 30) - due.getTime()) / 86_400_000);
    added.addRow([
      row.getCell(2).value,
      row.getCell(3).value,
      due,
      days,
      days <= 0 ? 'Not due' : days <= 30 ? '1-30' : '>30',
      row.getCell(7).value,
      row.getCell(8).value,
    ]);
  });
  await workbook.xlsx.writeFile(output);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
