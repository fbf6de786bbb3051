import { OfficeWorkbook } from './officeWorkbook';
import { formatBlockRows, readBlockRows, writeBlockRows } from './payload';
import { EXCEL_PAYLOAD_LIMIT, FakeExcel } from './testing/fakeExcel';
import { detailSpec, ledgerRows } from './testing/specs';

const ROWS = 100_000;

describe('OfficeWorkbook on a 100,000-row ledger', () => {
  it('reads it in blocks: a sync per block after three to find it, each under 5 MB', async () => {
    const excel = new FakeExcel();
    const rows = ledgerRows(ROWS);
    excel.addSheet('Ledger', rows);
    const workbook = new OfficeWorkbook(excel.run);

    const grid = await workbook.readSheet('Ledger');

    // Finding the sheet, the date system and the used range, then the blocks.
    const columns = rows[2]?.length ?? 0;
    const expectedSyncs = 3 + Math.ceil(rows.length / readBlockRows(columns));
    expect({
      rows: grid.values.length,
      last: grid.values.at(-1),
      syncs: excel.stats.syncs,
      under5MB: excel.largestPayload < EXCEL_PAYLOAD_LIMIT,
    }).toEqual({
      rows: rows.length,
      last: rows.at(-1),
      syncs: expectedSyncs,
      under5MB: true,
    });
  });

  it('writes a 100,000-row detail sheet: values blocks, then format blocks, then one finishing sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', []);
    const workbook = new OfficeWorkbook(excel.run);
    const spec = detailSpec(ROWS);

    await workbook.writeSheet(spec);

    // Title, blank, header, the rows and the totals row; 9 columns, 3 with a number format.
    const sheetRows = 3 + ROWS + 1;
    // Listing the sheets and adding one, then the blocks, then listing the workbook's tables, then
    // tables, widths and links.
    const expectedSyncs =
      2 + Math.ceil(sheetRows / writeBlockRows(9)) + Math.ceil(sheetRows / formatBlockRows(3)) + 2;
    expect({
      syncs: excel.stats.syncs,
      under5MB: excel.largestPayload < EXCEL_PAYLOAD_LIMIT,
      lastInvoice: excel.cell('Detail', 3 + ROWS, 3).value,
      total: excel.cell('Detail', sheetRows, 7).formula,
    }).toEqual({
      syncs: expectedSyncs,
      under5MB: true,
      lastInvoice: `FA-2026-${String(ROWS - 1).padStart(6, '0')}`,
      total: `=SUBTOTAL(109,G4:G${3 + ROWS})`,
    });
  });
});
