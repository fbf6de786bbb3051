import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { SheetSpec } from '../../engine/sheets/sheetSpec';
import { OfficeWorkbook } from './officeWorkbook';
import { FakeExcel } from './testing/fakeExcel';
import { detailSpec, ledgerRows } from './testing/specs';

function setUp(): { excel: FakeExcel; workbook: OfficeWorkbook } {
  const excel = new FakeExcel();
  return { excel, workbook: new OfficeWorkbook(excel.run) };
}

function customersSpec(names: string[]): SheetSpec {
  return {
    role: 'detail',
    name: 'Detail',
    blocks: [
      {
        kind: 'table',
        table: {
          name: 'RD_Detail',
          columns: [
            { header: 'Customer', format: 'text' },
            { header: 'Amount', format: 'amount' },
          ],
          rows: names.map((name) => [name, 10]),
        },
      },
    ],
  };
}

async function errorOf(promise: Promise<unknown>): Promise<ReceivablesError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
  throw new Error('expected a ReceivablesError');
}

describe('OfficeWorkbook reading', () => {
  it('lists sheets in tab order with their visibility', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', [['a']]);
    excel.addSheet('Hidden', [], { visibility: 'VeryHidden' });
    await expect(workbook.listSheets()).resolves.toEqual([
      { name: 'Ledger', visibility: 'visible' },
      { name: 'Hidden', visibility: 'veryHidden' },
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

  it('reports progress as blocks arrive', async () => {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook(excel.run, { payloadBudget: 2_000 });
    excel.addSheet('Ledger', ledgerRows(40));
    const seen: number[] = [];
    await workbook.readSheet('Ledger', (done) => seen.push(done));
    expect(seen.at(-1)).toBe(43);
  });
});

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
    // Only the sync that lists the sheets writes nothing.
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
    // Listing the sheets and the old sheet's tables write nothing.
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

describe('OfficeWorkbook state and navigation', () => {
  it('keeps state in a very hidden sheet and reads it back', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeState('settings', '{"bounds":[30,60]}');
    expect([await workbook.readState('settings'), excel.sheet('RD_State').visibility]).toEqual([
      '{"bounds":[30,60]}',
      'VeryHidden',
    ]);
  });

  it('round-trips a value longer than a cell can hold, in cells under the limit', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    const long = Array.from({ length: 80_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(
      '',
    );
    await workbook.writeState('ownedSheets', long);
    const longest = Math.max(
      ...excel
        .sheet('RD_State')
        .values.flat()
        .map((v) => String(v ?? '').length),
    );
    expect([await workbook.readState('ownedSheets'), longest <= 32_767]).toEqual([long, true]);
  });

  it('saves and reads a value larger than one sync may carry, over several syncs', async () => {
    const excel = new FakeExcel(100_000);
    const workbook = new OfficeWorkbook(excel.run, { payloadBudget: 70_000 });
    excel.addSheet('Ledger', []);
    const log = Array.from({ length: 250_000 }, (_, i) => String(i % 10)).join('');
    await workbook.writeState('reminderLog', log);
    await expect(workbook.readState('reminderLog')).resolves.toBe(log);
  });

  it('overwrites one key without touching another', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await workbook.writeState('settings', 'x'.repeat(70_000));
    await workbook.writeState('ownedSheets', '{"detail":"Detail"}');
    await workbook.writeState('settings', '-1');
    expect([await workbook.readState('settings'), await workbook.readState('ownedSheets')]).toEqual(
      ['-1', '{"detail":"Detail"}'],
    );
  });

  it('gives undefined for a key never saved', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    await expect(workbook.readState('settings')).resolves.toBeUndefined();
  });

  it('selects a cell on the user sheet, activating it first', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    excel.addSheet('Other', []);
    await workbook.selectCell('Other', 17, 2);
    expect(excel.model.selection).toEqual({ sheet: 'Other', row: 17, column: 2 });
  });

  it('explains that a very hidden sheet cannot be shown', async () => {
    const { excel, workbook } = setUp();
    excel.addSheet('Ledger', []);
    excel.addSheet('Secret', [], { visibility: 'VeryHidden' });
    const error = await errorOf(workbook.activateSheet('Secret'));
    expect(error.message).toMatch(
      /^Showing the sheet 'Secret' failed: Excel refused the operation/,
    );
  });
});
