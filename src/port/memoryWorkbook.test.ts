import { ReceivablesError } from '../engine/errors/receivablesError';
import type { SheetSpec } from '../engine/sheets/sheetSpec';
import { MEMORY_STATE_SHEET, MemoryWorkbook } from './memoryWorkbook';

function spec(name: string, tableName = 'RD_Test'): SheetSpec {
  return {
    role: 'detail',
    name,
    blocks: [
      { kind: 'title', text: name },
      {
        kind: 'table',
        table: {
          name: tableName,
          columns: [
            { header: 'Customer', format: 'text' },
            { header: 'Amount', format: 'amount' },
          ],
          rows: [['=HYPERLINK("x")', 12.5]],
          totals: [
            { kind: 'label', text: 'Total' },
            { kind: 'sum', value: 12.5 },
          ],
        },
      },
    ],
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof ReceivablesError ? error.code : 'not a ReceivablesError';
  }
  return undefined;
}

describe('MemoryWorkbook: reading', () => {
  it('reads the used range, with its first row and column', async () => {
    const workbook = MemoryWorkbook.withSheets({
      Ledger: [[], [null, null], [null, 'Client', 'Montant'], [null, 'Dupont', 12]],
    });
    const grid = await workbook.readSheet('Ledger');
    expect([grid.firstRow, grid.firstColumn, grid.values]).toEqual([
      3,
      2,
      [
        ['Client', 'Montant'],
        ['Dupont', 12],
      ],
    ]);
  });

  it('reads only the head rows asked for', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a'], ['b'], ['c']] });
    expect((await workbook.readSheetHead('Ledger', 2)).values).toEqual([['a'], ['b']]);
  });

  it('finds a sheet whatever the case of its name, as Excel does', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']] });
    expect((await workbook.readSheet('LEDGER')).sheetName).toBe('Ledger');
  });

  it('throws SHEET_NOT_FOUND naming the sheets for an unknown sheet', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']], Notes: [] });
    await expect(workbook.readSheet('Grand livre')).rejects.toThrow(
      'There is no sheet "Grand livre" in this workbook. Its sheets: "Ledger", "Notes".',
    );
    expect(await codeOf(workbook.readSheet('Grand livre'))).toBe('SHEET_NOT_FOUND');
  });
});

describe('MemoryWorkbook: sheet names', () => {
  it.each([
    ['A'.repeat(32), 'EXCEL_ERROR'],
    ['Q1/Q2', 'EXCEL_ERROR'],
    ['History', 'EXCEL_ERROR'],
    ['ledger', 'SHEET_NAME_TAKEN'],
  ])('refuses to write a sheet named "%s" (%s)', async (name, code) => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']] });
    expect(await codeOf(workbook.writeSheet(spec(name)))).toBe(code);
  });

  it('refuses to replace a sheet that does not exist', async () => {
    const workbook = new MemoryWorkbook();
    expect(await codeOf(workbook.writeSheet(spec('Detail'), 'Old detail'))).toBe('SHEET_NOT_FOUND');
  });

  it('refuses a table name already used on another sheet', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheet(spec('One'));
    expect(await codeOf(workbook.writeSheet(spec('Two')))).toBe('EXCEL_ERROR');
  });
});

describe('MemoryWorkbook: writing', () => {
  it('writes the table cells, text as given and the totals row with its value', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheet(spec('Detail'));
    expect(workbook.cells('Detail')).toEqual([
      ['Detail'],
      ['Customer', 'Amount'],
      ['=HYPERLINK("x")', 12.5],
      ['Total', 12.5],
    ]);
  });

  it('replaces a sheet in place, renaming it and keeping its position', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']] });
    await workbook.writeSheet(spec('Detail'));
    workbook.addUserSheet('Notes', []);
    await workbook.writeSheet(spec('Détail'), 'Detail');
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual([
      'Ledger',
      'Détail',
      'Notes',
    ]);
  });

  it('records a replaced user sheet, so tests can catch it', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']] });
    await workbook.writeSheet(spec('Ledger copy'), 'Ledger');
    expect(workbook.userSheetsWritten()).toEqual(['Ledger']);
  });
});

describe('MemoryWorkbook: sheet ids', () => {
  const idOf = async (workbook: MemoryWorkbook, name: string) =>
    (await workbook.listSheets()).find((sheet) => sheet.name === name)?.id;

  it('keeps a sheet its id when the user renames it', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']], Notes: [] });
    const before = await idOf(workbook, 'Notes');
    workbook.renameSheetAsUser('Notes', 'Read me');
    expect(await idOf(workbook, 'Read me')).toBe(before);
  });

  it('keeps a replaced sheet its id', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']] });
    await workbook.writeSheet(spec('Detail'));
    const before = await idOf(workbook, 'Detail');
    await workbook.writeSheet(spec('Détail'), 'Detail');
    expect(await idOf(workbook, 'Détail')).toBe(before);
  });

  it('never gives a deleted sheet id to a new sheet', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']], Notes: [] });
    const deleted = await idOf(workbook, 'Notes');
    workbook.deleteSheetAsUser('Notes');
    workbook.addUserSheet('Notes', []);
    await workbook.writeSheet(spec('Detail'));
    const ids = (await workbook.listSheets()).map((sheet) => sheet.id);
    expect([ids.includes(deleted), new Set(ids).size]).toEqual([false, 3]);
  });
});

describe('MemoryWorkbook: state', () => {
  it('keeps state in a very hidden sheet', async () => {
    const workbook = MemoryWorkbook.withSheets({ Ledger: [['a']] });
    await workbook.writeState('settings', '{"basis":"due"}');
    expect(await workbook.listSheets()).toEqual([
      { name: 'Ledger', visibility: 'visible', id: 'memory:1' },
      { name: MEMORY_STATE_SHEET, visibility: 'veryHidden', id: 'memory:2' },
    ]);
  });

  it('reads back what was saved, and undefined for an unknown key', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeState('settings', '{"basis":"due"}');
    expect([await workbook.readState('settings'), await workbook.readState('other')]).toEqual([
      '{"basis":"due"}',
      undefined,
    ]);
  });

  it('refuses to show a very hidden sheet', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeState('settings', '{}');
    expect(await codeOf(workbook.activateSheet(MEMORY_STATE_SHEET))).toBe('EXCEL_ERROR');
  });
});
