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

/** Adds a table named `name` over A1:A2 of `sheet`. */
function addTable(excel: FakeExcel, sheet: string, name: string): Promise<void> {
  return excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.tables.add(worksheet.getRangeByIndexes(0, 0, 2, 1), true).name = name;
    await context.sync();
  });
}

describe('the Excel test double: the workbook tables', () => {
  it('gives the names of the tables on every sheet', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', [['h'], [1]]);
    excel.addSheet('B', [['h'], [1]]);
    await addTable(excel, 'A', 'RD_Detail');
    await addTable(excel, 'B', 'RD_Rejected');
    const names = await excel.run(async (context) => {
      const tables = context.workbook.tables.load('items/name');
      await context.sync();
      return tables.items.map((table) => table.name);
    });
    expect(names).toEqual(['RD_Detail', 'RD_Rejected']);
  });

  it('throws PropertyNotLoaded when the tables are read before the sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', []);
    const code = await codeOf(
      excel.run(async (context) => context.workbook.tables.load('items/name').items),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('refuses a load it does not model', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', []);
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.tables.load('items/name,items/style');
        await context.sync();
      }),
    );
    expect(code).toBe('NotModelled');
  });
});
