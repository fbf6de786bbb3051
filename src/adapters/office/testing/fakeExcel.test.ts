import { FakeExcel, FakeExcelError, NotModelledError } from './fakeExcel';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeExcelError) return error.code;
    if (error instanceof NotModelledError) return 'NotModelled';
    throw error;
  }
  return 'no error';
}

describe('the Excel test double', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', [['a']]);
    const code = await codeOf(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Ledger').getRangeByIndexes(0, 0, 1, 1);
        range.load('values');
        return range.values;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('gives a loaded property after the sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', [['a', 2]]);
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ledger').getRangeByIndexes(0, 0, 1, 2);
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([['a', 2]]);
  });

  it.each([
    ['too few rows', [['x', 'y']]],
    ['too few columns', [['x'], ['y']]],
    ['not an array', 'x'],
  ])('refuses values whose shape does not match the range (%s)', async (_case, matrix) => {
    const excel = new FakeExcel();
    excel.addSheet('Out', []);
    const code = await codeOf(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Out').getRangeByIndexes(0, 0, 2, 2);
        range.values = matrix as unknown as string[][];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('refuses number formats whose shape does not match the range', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Out', []);
    const code = await codeOf(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Out').getRangeByIndexes(0, 0, 3, 1);
        range.numberFormat = [['0.00']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('applies a single number format code to every cell of the range', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Out', []);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Out').getRangeByIndexes(1, 2, 3, 1);
      range.numberFormat = '0.00' as unknown as string[][];
      await context.sync();
    });
    const formats = [1, 2, 3, 4, 5].map((row) => excel.cell('Out', row, 3).numberFormat);
    expect(formats).toEqual(['General', '0.00', '0.00', '0.00', 'General']);
  });

  it('throws when the sheets are read before the collection is loaded', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', []);
    const code = await codeOf(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        return sheets.items;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('leaves a cell unchanged for a null in a values array, as Excel does', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Out', [['keep', 'old']]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Out').getRangeByIndexes(0, 0, 1, 2);
      range.values = [[null, 'new']] as unknown as string[][];
      await context.sync();
    });
    expect([excel.cell('Out', 1, 1).value, excel.cell('Out', 1, 2).value]).toEqual(['keep', 'new']);
  });

  it.each([
    ['', 'InvalidArgument'],
    ['x'.repeat(32), 'InvalidArgument'],
    ['a:b', 'InvalidArgument'],
    ['a/b', 'InvalidArgument'],
    ['a?b', 'InvalidArgument'],
    ['a*b', 'InvalidArgument'],
    ['a[b]', 'InvalidArgument'],
    ['a\\b', 'InvalidArgument'],
    ['History', 'InvalidArgument'],
    ['LEDGER', 'ItemAlreadyExists'],
    ['x'.repeat(31), 'no error'],
  ])('applies Excel sheet name rules to %j', async (name, expected) => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', []);
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(code).toBe(expected);
  });

  it('fails getItem of a missing sheet with ItemNotFound at the sync', async () => {
    const excel = new FakeExcel();
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('gives a null object for getItemOrNullObject of a missing sheet', async () => {
    const excel = new FakeExcel();
    const isNull = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Nope');
      await context.sync();
      return sheet.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', { formula: '=HYPERLINK("http://x","y")' }],
    ['+33 6 12 34 56 78', { formula: '=+33 6 12 34 56 78' }],
    ['-2+3 Carrosserie', { formula: '=-2+3 Carrosserie' }],
    ['@SUM(A1)', { formula: '=@SUM(A1)' }],
    ['00123', { value: 123 }],
    ['1e5', { value: 100000 }],
    ['TRUE', { value: true }],
    ["'quoted", { value: 'quoted' }],
    ["'=SUM(A1)", { value: '=SUM(A1)' }],
    ['Garage Dupont', { value: 'Garage Dupont' }],
  ])('types the written string %j as Excel does', async (text, expected) => {
    const excel = new FakeExcel();
    excel.addSheet('Out', []);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Out').getRangeByIndexes(0, 0, 1, 1).values = [[text]];
      await context.sync();
    });
    const cell = excel.cell('Out', 1, 1);
    expect('formula' in expected ? { formula: cell.formula } : { value: cell.value }).toEqual(
      expected,
    );
  });

  it('refuses text longer than a cell holds', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Out', []);
    const code = await codeOf(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Out').getRangeByIndexes(0, 0, 1, 1);
        range.values = [['x'.repeat(32_768)]];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('fails a sync whose request is over 5 MB', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Out', []);
    const big = Array.from({ length: 1000 }, () => ['x'.repeat(6000)]);
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Out').getRangeByIndexes(0, 0, 1000, 1).values = big;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
  });

  it('fails a sync whose response is over 5 MB', async () => {
    const excel = new FakeExcel();
    excel.addSheet(
      'In',
      Array.from({ length: 1000 }, () => ['y'.repeat(6000)]),
    );
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('In').getRangeByIndexes(0, 0, 1000, 1).load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('counts syncs, including the one Excel.run makes for what is left queued', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Out', []);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      sheet.getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      await context.sync();
      sheet.getRangeByIndexes(1, 0, 1, 1).values = [[2]];
    });
    expect(excel.stats.syncs).toBe(2);
  });

  it('throws on a member it does not model instead of returning undefined', async () => {
    const excel = new FakeExcel();
    const code = await codeOf(
      excel.run(async (context) => {
        (context.workbook as unknown as Record<string, () => void>)['getSelectedRange']?.();
      }),
    );
    expect(code).toBe('NotModelled');
  });

  it('refuses a table name already used elsewhere in the workbook', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', [['h'], [1]]);
    excel.addSheet('B', [['h'], [1]]);
    const code = await codeOf(
      excel.run(async (context) => {
        for (const name of ['A', 'B']) {
          const sheet = context.workbook.worksheets.getItem(name);
          sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, 1), true).name = 'Detail';
        }
        await context.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
  });

  it('gives the names of loaded tables', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', [['h'], [1]]);
    const names = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, 1), true).name = 'RD_Detail';
      const tables = sheet.tables.load('items/name');
      await context.sync();
      return tables.items.map((table) => table.name);
    });
    expect(names).toEqual(['RD_Detail']);
  });

  it.each([
    ['before the writes', true, 1],
    ['after the writes', false, 0],
  ])('counts a sync as suspended only when suspended %s', async (_case, first, expected) => {
    const excel = new FakeExcel();
    excel.addSheet('Out', []);
    await excel.run(async (context) => {
      const suspend = () => context.workbook.application.suspendApiCalculationUntilNextSync();
      if (first) suspend();
      context.workbook.worksheets.getItem('Out').getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      if (!first) suspend();
      await context.sync();
    });
    expect(excel.stats.suspendedSyncs).toBe(expected);
  });

  it('refuses to hide the last visible sheet', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Only', []);
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Only').visibility = 'VeryHidden';
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });

  it('answers DATE(1904,1,1) with 0 in a 1904 workbook', async () => {
    const excel = new FakeExcel();
    excel.model.date1904 = true;
    const value = await excel.run(async (context) => {
      const result = context.workbook.functions.date(1904, 1, 1).load('value');
      await context.sync();
      return result.value;
    });
    expect(value).toBe(0);
  });
});
