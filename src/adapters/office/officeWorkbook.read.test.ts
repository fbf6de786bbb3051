import { OfficeWorkbook } from './officeWorkbook';
import { errorOf, setUp } from './testing/adapterSetup';
import { FakeExcel } from './testing/fakeExcel';
import { ledgerRows } from './testing/specs';

describe('OfficeWorkbook reading', () => {
  it('lists sheets in tab order with their visibility and worksheet id', async () => {
    const { excel, workbook } = setUp();
    const ledger = excel.addSheet('Ledger', [['a']]);
    const hidden = excel.addSheet('Hidden', [], { visibility: 'VeryHidden' });
    await expect(workbook.listSheets()).resolves.toEqual([
      { name: 'Ledger', visibility: 'visible', id: `excel:${ledger.id}` },
      { name: 'Hidden', visibility: 'veryHidden', id: `excel:${hidden.id}` },
    ]);
  });

  it('reads the head of the used range where it starts, blanks as null, with number formats', async () => {
    const { excel, workbook } = setUp();
    const rows = [
      [null, null, null],
      [null, 'Code', 'Échéance'],
      [null, '411001', 46356],
    ];
    const formats = [[], [], [undefined, 'General', 'dd/mm/yyyy']];
    excel.addSheet('Ledger', rows, { numberFormats: formats });
    const grid = await workbook.readSheetHead('Ledger', 30);
    expect(grid).toEqual({
      sheetName: 'Ledger',
      values: [
        ['Code', 'Échéance'],
        ['411001', 46356],
      ],
      numberFormats: [
        ['General', 'General'],
        ['General', 'dd/mm/yyyy'],
      ],
      firstRow: 2,
      firstColumn: 2,
      date1904: false,
    });
  });

  it('reads no more than maxRows rows for the head', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', ledgerRows(100));
    const grid = await workbook.readSheetHead('Ledger', 30);
    expect(grid.values).toHaveLength(30);
  });

  it('reads a whole sheet, finding it case-insensitively', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', ledgerRows(5));
    const grid = await workbook.readSheet('LEDGER');
    expect(grid.values).toEqual(ledgerRows(5).map((row) => row.map((cell) => cell ?? null)));
  });

  it('tells a 1904 workbook apart', async () => {
    const { excel, workbook } = setUp();
    excel.model.date1904 = true;
    excel.addSheet('Ledger', [['x']]);
    await expect(workbook.readSheet('Ledger')).resolves.toMatchObject({ date1904: true });
  });

  it('gives an empty grid for an empty sheet', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Empty', []);
    await expect(workbook.readSheet('Empty')).resolves.toMatchObject({ values: [], firstRow: 1 });
  });

  it('names the sheets there are when the sheet is missing', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    const error = await errorOf(workbook.readSheet('Grand livre'));
    expect([error.code, error.message]).toEqual([
      'SHEET_NOT_FOUND',
      "There is no sheet named 'Grand livre' in this workbook; its sheets are 'Ledger'.",
    ]);
  });

  it('reads every row when rows are larger than guessed and Excel refuses a block', async () => {
    const excel = new FakeExcel(10_000);
    const workbook = new OfficeWorkbook(excel.run, { payloadBudget: 4_000 });
    const rows = Array.from({ length: 120 }, (_, i) => [`${i}`.padEnd(200, 'x'), i]);
    excel.addSheet('Wide', rows);
    const grid = await workbook.readSheet('Wide');
    expect(grid.values).toEqual(rows);
  });

  it('never again asks for a block as large as one Excel refused', async () => {
    const excel = new FakeExcel(10_000);
    const workbook = new OfficeWorkbook(excel.run, { payloadBudget: 40_000 });
    // Each row is 200 characters of JSON, so a block of n rows answers 201n + 13 ('{"values":').
    const rows = Array.from({ length: 200 }, () => ['x'.repeat(196)]);
    excel.addSheet('Wide', rows);
    await workbook.readSheet('Wide');
    // 200 rows, 100 and 50 (10,063 characters) are refused; 25 fit, and later blocks stay at 25
    // though the budget alone would let them grow.
    const refused = 3;
    expect(excel.stats.syncs).toBe(3 + refused + Math.ceil(rows.length / 25));
  });

  it('reports progress as blocks arrive', async () => {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook(excel.run, { payloadBudget: 2_000 });
    excel.addSheet('Ledger', ledgerRows(40));
    const seen: number[] = [];
    await workbook.readSheet('Ledger', (done) => seen.push(done));
    expect(seen.at(-1)).toBe(43);
  });
});
