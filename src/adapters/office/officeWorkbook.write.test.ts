import type { SheetSpec } from '../../engine/sheets/sheetSpec';
import { OfficeWorkbook } from './officeWorkbook';
import { customersSpec, errorOf, setUp } from './testing/adapterSetup';
import { FakeExcel } from './testing/fakeExcel';
import { detailSpec } from './testing/specs';

describe('OfficeWorkbook writing text', () => {
  const strings = [
    '=HYPERLINK("http://x","y")',
    '+33 6 12 34 56 78',
    '-2+3 Carrosserie',
    '@SUM(A1)',
    '00123',
    "'quoted",
    '1/2',
    '1e5',
    'TRUE',
  ];

  it.each(strings)('writes %j as that literal text, not a formula or number', async (text) => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeSheet(customersSpec([text]));
    expect(excel.cell('Detail', 2, 1)).toEqual({
      value: text,
      numberFormat: 'General',
      bold: false,
    });
  });

  it('reads the same texts back unchanged', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeSheet(customersSpec(strings));
    const grid = await workbook.readSheet('Detail');
    expect(grid.values.slice(1).map((row) => row[0])).toEqual(strings);
  });
});

describe('OfficeWorkbook writing sheets', () => {
  describe('a small detail sheet', () => {
    let excel: FakeExcel;

    beforeAll(async () => {
      const made = setUp();
      excel = made.excel;
      excel.addSheet('Ledger', []);
      await made.workbook.writeSheet(detailSpec(3));
    });

    it('writes the title in bold', () => {
      expect(excel.cell('Detail', 1, 1)).toEqual({
        value: 'Invoice detail',
        numberFormat: 'General',
        bold: true,
      });
    });

    it('makes an Excel table with its name and a totals row', () => {
      expect(excel.model.tables.map((table) => [table.name, table.showTotals])).toEqual([
        ['RD_Detail', true],
      ]);
    });

    it.each([
      ['due date', 4, 'dd/mm/yyyy'],
      ['amount', 7, '#,##0.00'],
      ['customer', 1, 'General'],
    ])('formats the %s column', (_column, column, format) => {
      expect(excel.cell('Detail', 4, column).numberFormat).toBe(format);
    });

    it('totals the amounts with SUBTOTAL, which follows filters', () => {
      expect(excel.cell('Detail', 7, 7)).toEqual({
        value: 79.19 + 158.38,
        formula: '=SUBTOTAL(109,G4:G6)',
        numberFormat: '#,##0.00',
        bold: false,
      });
    });

    it('labels the totals row as text', () => {
      expect(excel.cell('Detail', 7, 1)).toMatchObject({ value: 'Total' });
    });

    it('freezes the rows the spec asks for', () => {
      expect(excel.sheet('Detail').frozenRows).toBe(3);
    });
  });

  it('writes a message longer than a cell holds, cut to fit', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    const spec: SheetSpec = {
      role: 'rejected',
      name: 'Rejected',
      blocks: [{ kind: 'line', cells: ['row '.repeat(10_000)] }],
    };
    await workbook.writeSheet(spec);
    expect(String(excel.cell('Rejected', 1, 1).value)).toMatch(/^row row .*\u2026$/);
  });

  it('sends a block of values Excel refuses for its size again in smaller blocks', async () => {
    // The adapter's budget is above what this Excel takes, as if its estimate were off.
    const excel = new FakeExcel(3_000);
    const workbook = new OfficeWorkbook(excel.run, { payloadBudget: 4_000 });
    excel.addSheet('Ledger', []);
    const long = Array.from({ length: 40 }, (_, i) => `${i} ${'é'.repeat(150)}`);
    await workbook.writeSheet(customersSpec(long));
    expect(excel.cell('Detail', 41, 1).value).toBe(long[39]);
  });

  it('refuses a sync Excel on the web would refuse, saying so plainly', async () => {
    const excel = new FakeExcel(100);
    excel.addSheet('Ledger', []);
    const error = await errorOf(new OfficeWorkbook(excel.run).writeSheet(detailSpec(50)));
    expect([error.code, error.message]).toEqual([
      'EXCEL_ERROR',
      expect.stringContaining('larger than Excel on the web accepts (5 MB)'),
    ]);
  });

  it('links a rejected row to its cell on the ledger', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet("Grand livre d'Anne", []);
    const spec = customersSpec(['Garage']);
    const block = spec.blocks[0];
    if (block?.kind === 'table')
      block.links = [{ sheet: "Grand livre d'Anne", row: 17, column: 2 }];
    await workbook.writeSheet(spec);
    expect(excel.cell('Detail', 2, 1).hyperlink).toBe("'Grand livre d''Anne'!B17");
  });

  it('suspends calculation for every sync that writes', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeSheet(detailSpec(10));
    // Only the sync that lists the sheets and the workbook's tables writes nothing.
    expect([excel.stats.writeSyncs, excel.stats.suspendedSyncs]).toEqual([
      excel.stats.syncs - 1,
      excel.stats.writeSyncs,
    ]);
  });

  it('suspends calculation for every sync that writes when replacing a sheet', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeSheet(detailSpec(10));
    excel.resetStats();
    await workbook.writeSheet(detailSpec(5), 'Detail');
    // Listing the sheets and the workbook's tables, then the old sheet's tables, write nothing.
    expect([excel.stats.writeSyncs, excel.stats.suspendedSyncs]).toEqual([
      excel.stats.syncs - 2,
      excel.stats.writeSyncs,
    ]);
  });

  it('refuses to write over a sheet it did not write, leaving it as it was', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('detail', [['mine']]);
    const error = await errorOf(workbook.writeSheet(detailSpec(2)));
    expect([error.code, excel.cell('detail', 1, 1).value]).toEqual(['SHEET_NAME_TAKEN', 'mine']);
  });

  it('replaces its earlier sheet in place: same position, new name, old rows and tables gone', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeSheet(detailSpec(20, 'Détail'));
    excel.addSheet('Notes', []);
    await workbook.writeSheet(detailSpec(2, 'Detail'), 'Détail');
    expect({
      sheets: excel.model.sheets.map((sheet) => sheet.name),
      rows: excel.sheet('Detail').usedBox()?.rowCount,
      tables: excel.model.tables.map((table) => table.name),
    }).toEqual({ sheets: ['Ledger', 'Detail', 'Notes'], rows: 6, tables: ['RD_Detail'] });
  });

  it('names a table Name_2 when a sheet it no longer replaces holds one of that name', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeSheet(detailSpec(2));
    await workbook.writeSheet(detailSpec(3, 'Detail (2)'));
    expect(excel.model.tables.map((table) => [table.sheet.name, table.name])).toEqual([
      ['Detail', 'RD_Detail'],
      ['Detail (2)', 'RD_Detail_2'],
    ]);
  });

  it('unfreezes rows an earlier version of its sheet froze', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeSheet(detailSpec(2));
    await workbook.writeSheet({ ...detailSpec(2), freezeRows: 0 }, 'Detail');
    expect(excel.sheet('Detail').frozenRows).toBe(0);
  });

  it('turns an Excel error into a message a person can act on, keeping the cause', async () => {
    const cellEditing = Object.assign(
      new Error('The operation is not allowed in cell edit mode.'),
      {
        name: 'RichApi.Error',
        code: 'InvalidOperationInCellEditMode',
      },
    );
    const workbook = new OfficeWorkbook(() => Promise.reject(cellEditing));
    const error = await errorOf(workbook.writeSheet(detailSpec(1)));
    expect([error.code, error.message, error.cause]).toEqual([
      'EXCEL_ERROR',
      "Writing the sheet 'Detail' failed: Excel is editing a cell. Finish editing the cell first (press Enter or Esc), then try again. (Excel: InvalidOperationInCellEditMode: The operation is not allowed in cell edit mode.)",
      cellEditing,
    ]);
  });
});
