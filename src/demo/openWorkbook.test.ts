import { ReceivablesError } from '../engine/errors/receivablesError';
import { analysedFileName, openWorkbook, sheetNameFromFile } from './openWorkbook';

describe('sheetNameFromFile', () => {
  it.each([
    ['ledger.csv', 'ledger'],
    ['C:\\exports\\balance [Q1].csv', 'balance (Q1)'],
    ['/tmp/a:b?c*.csv', 'a_b_c_'],
    ["'quoted'.csv", 'quoted'],
    ['.csv', 'Ledger'],
    ['History.csv', 'Ledger'],
    ['a very long export file name from the ERP.csv', 'a very long export file name fr'],
  ])('names the sheet of %j %j', (fileName, sheet) => {
    expect(sheetNameFromFile(fileName)).toBe(sheet);
  });
});

describe('analysedFileName', () => {
  it.each([
    ['balance-agee-fr.xlsx', false, 'balance-agee-fr.analysed.xlsx'],
    ['ledger.csv', false, 'ledger.analysed.xlsx'],
    ['macros.xlsm', true, 'macros.analysed.xlsm'],
  ])('saves %j as %j', (fileName, macroEnabled, saved) => {
    expect(analysedFileName(fileName, macroEnabled)).toBe(saved);
  });
});

describe('openWorkbook', () => {
  it('opens a semicolon CSV as one sheet named after the file, text kept as text', async () => {
    const bytes = new TextEncoder().encode('Client;Montant\n=HYPERLINK("x");12,50\n');
    const workbook = openWorkbook('export du 30.csv', bytes);
    const grid = await workbook.readSheet('export du 30');
    expect(grid.values).toEqual([
      ['Client', 'Montant'],
      ['=HYPERLINK("x")', '12,50'],
    ]);
  });

  it('reopens a workbook it saved', async () => {
    const first = openWorkbook('ledger.csv', new TextEncoder().encode('a,b\n1,2\n'));
    const again = openWorkbook('ledger.xlsx', first.save());
    expect((await again.listSheets()).map((sheet) => sheet.name)).toContain('ledger');
  });

  it('refuses bytes that are no workbook with UNREADABLE_FILE', () => {
    const attempt = () => openWorkbook('notes.xlsx', new TextEncoder().encode('plain text'));
    expect(attempt).toThrow(ReceivablesError);
  });
});
