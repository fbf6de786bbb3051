import { FakeExcel, FakeExcelError } from './fakeExcel';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeExcelError) return error.code;
    throw error;
  }
  return 'no error';
}

/** The ids of every sheet, loaded as the adapter loads them. */
function sheetIds(excel: FakeExcel): Promise<string[]> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/id');
    await context.sync();
    return sheets.items.map((sheet) => sheet.id);
  });
}

describe('the Excel test double: worksheet ids', () => {
  it('throws PropertyNotLoaded for an id not loaded with the sheets', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', []);
    const code = await codeOf(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        return sheets.items[0]?.id;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('throws PropertyNotLoaded for the id of a sheet got by name and not loaded', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', []);
    const code = await codeOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Ledger');
        await context.sync();
        return sheet.id;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('gives the id of a sheet got by name once loaded', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', []);
    const id = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ledger').load('id');
      await context.sync();
      return sheet.id;
    });
    expect(id).toBe((await sheetIds(excel))[0]);
  });

  it('keeps a sheet its id through a rename', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', []);
    const [before] = await sheetIds(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Ledger').name = 'Grand livre';
      await context.sync();
    });
    expect(await sheetIds(excel)).toEqual([before]);
  });

  it('never gives a deleted sheet id to a sheet added later', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ledger', []);
    excel.addSheet('Notes', []);
    const [, deleted] = await sheetIds(excel);
    excel.model.deleteSheet('Notes');
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Notes');
      await context.sync();
    });
    const ids = await sheetIds(excel);
    expect([ids.length, ids.includes(deleted ?? '')]).toEqual([2, false]);
  });
});
