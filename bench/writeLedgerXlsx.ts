import ExcelJS from 'exceljs';

import { HEADERS, ledgerRows } from './generateLedger';

/** Excel serial 25569 is 1970-01-01. */
function serialToDate(serial: number): Date {
  return new Date((serial - 25_569) * 86_400_000);
}

/**
 * Writes a generated ledger as an .xlsx with real date cells and number
 * formats, streaming so that a million rows fit in memory.
 */
export async function writeLedgerXlsx(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet('Balance');
  sheet.columns = HEADERS.map((header, index) => ({
    header,
    key: String(index),
    width: 14,
    style:
      index === 3 || index === 4
        ? { numFmt: 'dd/mm/yyyy' }
        : index === 5 || index === 6
          ? { numFmt: '#,##0.00' }
          : {},
  }));
  for (const row of ledgerRows(rows)) {
    const cells = [...row];
    cells[3] = serialToDate(row[3] as number);
    cells[4] = serialToDate(row[4] as number);
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await workbook.commit();
}
