import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { SheetSpec } from '../../engine/sheets/sheetSpec';
import { XlsxWorkbook } from './xlsxWorkbook';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

function detailSpec(name: string, rows: (string | number)[][]): SheetSpec {
  return {
    role: 'detail',
    name,
    blocks: [
      {
        kind: 'table',
        table: {
          name: 'RD_Detail',
          columns: [
            { header: 'Customer', format: 'text' },
            { header: 'Amount', format: 'amount' },
          ],
          rows,
          totals: [
            { kind: 'label', text: 'Total' },
            { kind: 'sum', value: 0 },
          ],
        },
      },
    ],
  };
}

/** The bytes with xl/workbook.xml edited, as another program saving the file would leave it. */
function editWorkbookXml(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts['xl/workbook.xml'] = strToU8(edit(strFromU8(parts['xl/workbook.xml'] as Uint8Array)));
  return zipSync(parts);
}

function partNames(workbook: XlsxWorkbook): string[] {
  return Object.keys(unzipSync(workbook.save()));
}

describe('XlsxWorkbook: reading', () => {
  it('lists every sheet with its visibility and its sheetId as id', async () => {
    const workbook = XlsxWorkbook.open(fixture('rich-openpyxl.xlsx'));
    expect(await workbook.listSheets()).toEqual([
      { name: 'Ledger', visibility: 'visible', id: 'xlsx:1' },
      { name: 'Customers', visibility: 'visible', id: 'xlsx:2' },
      { name: 'Notes', visibility: 'visible', id: 'xlsx:3' },
      { name: 'Hidden', visibility: 'hidden', id: 'xlsx:4' },
    ]);
  });

  it('reads a ledger header below its title lines, with date formats', async () => {
    const grid = await XlsxWorkbook.open(fixture('rich-openpyxl.xlsx')).readSheetHead('Ledger', 5);
    expect(grid.values[3]?.slice(0, 5)).toEqual([
      'Code client',
      'Nom client',
      'N° facture',
      'Date facture',
      'Échéance',
    ]);
    expect(grid.values[4]?.[1]).toBe('=HYPERLINK("http://x","y")');
    expect(grid.numberFormats?.[4]?.[4]).toBe('dd/mm/yyyy');
    expect(grid.values).toHaveLength(5);
  });

  it('says the workbook counts dates from 1904 when it does', async () => {
    const grid = await XlsxWorkbook.open(fixture('date1904.xlsx')).readSheet('Ledger');
    expect(grid.date1904).toBe(true);
    // 30 November 2026 is serial 44894 in the 1904 system.
    expect(grid.values[1]?.[4]).toBe(44894);
  });

  it('names the sheets it has when asked for one it has not', async () => {
    const workbook = XlsxWorkbook.open(fixture('date1904.xlsx'));
    await expect(workbook.readSheet('Grand livre')).rejects.toThrow(
      'The workbook has no sheet named "Grand livre". Its sheets are: "Ledger".',
    );
  });

  it('tells a macro-enabled workbook from a plain one', () => {
    expect(XlsxWorkbook.open(fixture('macro.xlsm')).isMacroEnabled).toBe(true);
    expect(XlsxWorkbook.open(fixture('rich-openpyxl.xlsx')).isMacroEnabled).toBe(false);
  });
});

describe('XlsxWorkbook: progress', () => {
  const rows = Array.from({ length: 12_000 }, (_, index) => [`C${index}`, index]);

  it('reports reading progress on a long sheet, ending near the total', async () => {
    const workbook = XlsxWorkbook.open(XlsxWorkbook.fromRows('Ledger', rows).save());
    const reports: [number, number][] = [];
    await workbook.readSheet('Ledger', (done, total) => reports.push([done, total]));
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every(([done, total]) => done <= total && total === 12_000)).toBe(true);
  });

  it('reports writing progress on a long table', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    const reports: number[] = [];
    await workbook.writeSheet(detailSpec('Detail', rows), undefined, (done) => reports.push(done));
    expect(reports).toEqual([10_000]);
  });
});

describe('XlsxWorkbook.fromRows', () => {
  it('keeps strings as text and numbers as numbers through a save and a read', async () => {
    const rows = [
      ['Code', 'Montant', 'Note'],
      ['00412', 12.5, '+33 6 12 34 56 78'],
      [null, -3, '=1+1'],
    ];
    const reopened = XlsxWorkbook.open(XlsxWorkbook.fromRows('Grand livre', rows).save());
    expect((await reopened.readSheet('Grand livre')).values).toEqual(rows);
  });

  it('refuses more rows than an Excel sheet holds, saying how many', () => {
    const rows = Array.from({ length: 1_048_577 }, () => []);
    expect(() => XlsxWorkbook.fromRows('Ledger', rows)).toThrow(
      'The data has 1,048,577 rows and up to 0 columns; an Excel sheet holds at most 1,048,576 rows',
    );
  });

  it('refuses a sheet name Excel would refuse', () => {
    expect(() => XlsxWorkbook.fromRows('a/b', [])).toThrow(ReceivablesError);
  });
});

describe('XlsxWorkbook: writing sheets', () => {
  it('adds a sheet after the last one', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await workbook.writeSheet(detailSpec('Detail', [['x', 1]]));
    const reopened = XlsxWorkbook.open(workbook.save());
    expect((await reopened.listSheets()).map((sheet) => sheet.name)).toEqual(['Ledger', 'Detail']);
  });

  it('replaces a sheet in place, renamed, with no second copy and no orphan table part', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await workbook.writeSheet(detailSpec('Detail', [['x', 1]]));
    await workbook.writeSheet(detailSpec('Ledger 2', [['y', 2]]));
    await workbook.writeSheet(detailSpec('Détail', [['z', 3]]), 'Detail');
    const reopened = XlsxWorkbook.open(workbook.save());
    expect((await reopened.listSheets()).map((sheet) => sheet.name)).toEqual([
      'Ledger',
      'Détail',
      'Ledger 2',
    ]);
    expect((await reopened.readSheet('Détail')).values[1]).toEqual(['z', 3]);
    expect(partNames(reopened).filter((name) => name.startsWith('xl/tables/'))).toHaveLength(2);
  });

  it('leaves the workbook as it was when a replacing sheet cannot be written', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await workbook.writeSheet(detailSpec('Detail', [['x', 1]]));
    const tooLong = detailSpec(
      'Detail',
      Array.from({ length: 1_048_576 }, () => ['y', 2]),
    );
    await expect(workbook.writeSheet(tooLong, 'Detail')).rejects.toThrow('1,048,576 rows');
    const reopened = XlsxWorkbook.open(workbook.save());
    expect((await reopened.readSheet('Detail')).values[1]).toEqual(['x', 1]);
    expect(partNames(reopened).filter((name) => name.startsWith('xl/tables/'))).toHaveLength(1);
  });

  it('gives a second table of the same wanted name a unique name', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await workbook.writeSheet(detailSpec('One', [['x', 1]]));
    await workbook.writeSheet(detailSpec('Two', [['x', 1]]));
    const files = unzipSync(workbook.save());
    const names = Object.keys(files)
      .filter((name) => name.startsWith('xl/tables/'))
      .map((name) => /displayName="([^"]*)"/.exec(new TextDecoder().decode(files[name]))?.[1]);
    expect(names).toEqual(['RD_Detail', 'RD_Detail_2']);
  });

  it('refuses to write over a sheet of the user', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await expect(workbook.writeSheet(detailSpec('ledger', []))).rejects.toMatchObject({
      code: 'SHEET_NAME_TAKEN',
    });
  });

  it('refuses a sheet name longer than 31 characters', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await expect(workbook.writeSheet(detailSpec('x'.repeat(32), []))).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
  });
});

describe('XlsxWorkbook: saved state', () => {
  it('keeps values in a very hidden sheet, across a save', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await workbook.writeState('settings', '{"bounds":[30,60]}');
    await workbook.writeState('ownedSheets', '{"detail":"Detail"}');
    const reopened = XlsxWorkbook.open(workbook.save());
    expect(await reopened.readState('settings')).toBe('{"bounds":[30,60]}');
    expect(await reopened.readState('ownedSheets')).toBe('{"detail":"Detail"}');
    expect(await reopened.listSheets()).toContainEqual({
      name: 'RD_State',
      visibility: 'veryHidden',
      id: 'xlsx:2',
    });
  });

  it('joins a value longer than one cell holds', async () => {
    const long = `${'é'.repeat(40_000)}\r\n_x0041_${'\u{1F600}'.repeat(20_000)}`;
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await workbook.writeState('log', long);
    expect(await XlsxWorkbook.open(workbook.save()).readState('log')).toBe(long);
  });

  it('rewrites the state sheet in place rather than adding another', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await workbook.writeState('settings', 'one');
    const reopened = XlsxWorkbook.open(workbook.save());
    await reopened.writeState('settings', 'two');
    const again = XlsxWorkbook.open(reopened.save());
    expect((await again.listSheets()).filter((sheet) => sheet.name === 'RD_State')).toHaveLength(1);
    expect(await again.readState('settings')).toBe('two');
  });

  it('neither reads nor overwrites a visible sheet of the user that has the state sheet name', async () => {
    const workbook = XlsxWorkbook.fromRows('RD_State', [['settings', 'user data']]);
    expect(await workbook.readState('settings')).toBeUndefined();
    await expect(workbook.writeState('settings', '{}')).rejects.toMatchObject({
      code: 'SHEET_NAME_TAKEN',
    });
    expect((await workbook.readSheet('RD_State')).values).toEqual([['settings', 'user data']]);
  });

  it('reads a state sheet LibreOffice saved as hidden, and hides it from the user again', async () => {
    const workbook = XlsxWorkbook.fromRows('Ledger', [['a']]);
    await workbook.writeState('settings', 'one');
    const resaved = XlsxWorkbook.open(
      editWorkbookXml(workbook.save(), (xml) =>
        xml.replace('state="veryHidden"', 'state="hidden"'),
      ),
    );
    const read = await resaved.readState('settings');
    await resaved.writeState('settings', 'two');
    const state = (await resaved.listSheets()).find((sheet) => sheet.name === 'RD_State');
    expect([read, state?.visibility]).toEqual(['one', 'veryHidden']);
  });

  it('gives undefined for a key never saved', async () => {
    expect(await XlsxWorkbook.fromRows('Ledger', [['a']]).readState('settings')).toBeUndefined();
  });
});
