import { decodeCsv } from '../adapters/csv/readCsv';
import { XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';

/** Where the demo finds its default workbook, relative to the page. */
export const SAMPLE_PATH = 'samples/balance-agee-fr.xlsx';

/**
 * Opens a file the user chose: a CSV becomes a one-sheet workbook named
 * after the file, anything else is read as .xlsx/.xlsm.
 */
export function openWorkbook(fileName: string, bytes: Uint8Array): XlsxWorkbook {
  if (/\.csv$/i.test(fileName)) {
    return XlsxWorkbook.fromRows(sheetNameFromFile(fileName), decodeCsv(bytes).rows);
  }
  return XlsxWorkbook.open(bytes);
}

/** A sheet name Excel accepts, made from a file name: 'ledger [Q1].csv' gives 'ledger (Q1)'. */
export function sheetNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const cleaned = base
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/[:\\/?*]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' || cleaned.toUpperCase() === 'HISTORY' ? 'Ledger' : cleaned;
}

/** The download name of an analysed workbook: '<name>.analysed.xlsx' (.xlsm when it has macros). */
export function analysedFileName(fileName: string, macroEnabled: boolean): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'workbook';
  return `${base}.analysed.${macroEnabled ? 'xlsm' : 'xlsx'}`;
}
