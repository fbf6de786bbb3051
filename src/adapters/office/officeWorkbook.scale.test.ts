import type { CellGrid } from '../../engine/grid/cellGrid';
import { OfficeWorkbook } from './officeWorkbook';
import { PAYLOAD_BUDGET, READ_HEADROOM } from './payload';
import { layoutSheet } from './sheetLayout';
import { EXCEL_PAYLOAD_LIMIT, FakeExcel } from './testing/fakeExcel';
import { detailSpec, ledgerRows } from './testing/specs';
import { toExcelInput } from './textCells';

const ROWS = 100_000;

/** JSON characters of rows sent or received as one array, and of the largest row. */
function jsonSize(rows: readonly unknown[][]): { total: number; largestRow: number } {
  let total = 2 + Math.max(0, rows.length - 1);
  let largestRow = 0;
  for (const row of rows) {
    const length = JSON.stringify(row).length;
    total += length;
    largestRow = Math.max(largestRow, length);
  }
  return { total, largestRow };
}

describe('OfficeWorkbook on a 100,000-row ledger', () => {
  const rows = ledgerRows(ROWS);
  const width = Math.max(...rows.map((row) => row.length));
  // What Excel answers for the used range: every row as wide as the range, blanks as ''.
  const answered = jsonSize(
    rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? '')),
  );
  // Finding the sheet, the date system and the used range come before the blocks.
  const lookups = 3;

  const excel = new FakeExcel();
  let grid: CellGrid;

  beforeAll(async () => {
    excel.addSheet('Ledger', rows);
    grid = await new OfficeWorkbook(excel.run).readSheet('Ledger');
  });

  it('reads every row', () => {
    expect([grid.values.length, grid.values.at(-1)]).toEqual([rows.length, rows.at(-1)]);
  });

  it('reads it in no fewer blocks than the budget needs', () => {
    expect(excel.stats.syncs).toBeGreaterThanOrEqual(
      lookups + Math.ceil(answered.total / PAYLOAD_BUDGET),
    );
  });

  it('reads it in blocks grown to the budget after the first, less the headroom', () => {
    // Rows alike in size: each block after the first carries the budget less the headroom left
    // for larger rows, less the part of a row lost to rounding down.
    const perBlock = PAYLOAD_BUDGET / READ_HEADROOM - answered.largestRow;
    expect(excel.stats.syncs).toBeLessThanOrEqual(
      lookups + 1 + Math.ceil(answered.total / perBlock),
    );
  });

  it('reads it with every response under 5 MB', () => {
    expect(excel.largestPayload).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
  });
});

describe('OfficeWorkbook writing a 100,000-row detail sheet', () => {
  const spec = detailSpec(ROWS);
  const layout = layoutSheet(spec);
  const sent = jsonSize(
    layout.rows.map((cells) =>
      Array.from({ length: layout.width }, (_, c) => toExcelInput(cells[c] ?? null)),
    ),
  );
  // Listing the sheets and the workbook's tables, then adding the sheet, before the values; one
  // finishing sync (number formats, tables, widths, links, frozen rows) after them.
  const around = 2 + 1;

  const excel = new FakeExcel();

  beforeAll(async () => {
    excel.addSheet('Ledger', []);
    await new OfficeWorkbook(excel.run).writeSheet(spec);
  });

  it('writes the values in as few blocks as the budget allows, give or take a row per block', () => {
    const fewest = Math.ceil(sent.total / PAYLOAD_BUDGET);
    const most = Math.ceil(sent.total / (PAYLOAD_BUDGET - sent.largestRow - 1));
    expect(excel.stats.syncs - around).toBeGreaterThanOrEqual(fewest);
    expect(excel.stats.syncs - around).toBeLessThanOrEqual(most);
  });

  it('writes it with every request under 5 MB', () => {
    expect(excel.largestPayload).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
  });

  it('suspends calculation in every sync that writes', () => {
    expect(excel.stats.suspendedSyncs).toBe(excel.stats.writeSyncs);
  });

  it('writes every value, the totals formula and the formats down to the last row', () => {
    const last = 3 + ROWS;
    expect({
      lastInvoice: excel.cell('Detail', last, 3).value,
      lastAmountFormat: excel.cell('Detail', last, 7).numberFormat,
      total: excel.cell('Detail', last + 1, 7).formula,
    }).toEqual({
      lastInvoice: `FA-2026-${String(ROWS - 1).padStart(6, '0')}`,
      lastAmountFormat: '#,##0.00',
      total: `=SUBTOTAL(109,G4:G${last})`,
    });
  });
});
