import { documentReference, layoutSheet, totalsFormulas, widthInPoints } from './sheetLayout';
import { detailSpec } from './testing/specs';

describe('layoutSheet', () => {
  it('places title, blank line, header, rows and an empty totals row from the top', () => {
    const layout = layoutSheet(detailSpec(2));
    expect(layout.rows.map((row) => row[0] ?? null)).toEqual([
      'Invoice detail',
      null,
      'Customer',
      '411000',
      '411001',
      null,
    ]);
  });

  it('gives an empty table one blank data row, as Excel tables need one', () => {
    expect(layoutSheet(detailSpec(0)).tables[0]).toMatchObject({ headerRow: 2, dataRowCount: 1 });
  });

  it('formats a column over its data and totals rows', () => {
    const amount = layoutSheet(detailSpec(5)).formatRuns.find((run) => run.column === 6);
    expect(amount).toEqual({ column: 6, firstRow: 3, rowCount: 6, format: 'amount' });
  });

  it('writes totals as a text label and SUBTOTAL over the data rows', () => {
    const [table] = layoutSheet(detailSpec(5)).tables;
    const formulas = table ? totalsFormulas(table) : [];
    expect([formulas[0], formulas[1], formulas[6]]).toEqual(["'Total", '', '=SUBTOTAL(109,G4:G8)']);
  });
});

describe('layoutSheet on a very long table', () => {
  it('measures the width of 300,000 rows without overflowing the stack', () => {
    const spec = detailSpec(0);
    const block = spec.blocks[2];
    if (block?.kind === 'table') block.table.rows = Array.from({ length: 300_000 }, () => ['a']);
    expect(layoutSheet(spec).width).toBe(9);
  });
});

describe('documentReference', () => {
  it('quotes the sheet name and doubles its apostrophes', () => {
    expect(documentReference({ sheet: "Ledger d'Anne", row: 17, column: 28 })).toBe(
      "'Ledger d''Anne'!AB17",
    );
  });
});

describe('widthInPoints', () => {
  it('turns 10 characters into 56.25 points', () => {
    expect(widthInPoints(10)).toBe(56.25);
  });
});
