import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { analyseAgeing } from '../../actions/analyseAgeing';
import { XlsxWorkbook } from './xlsxWorkbook';

const FIXTURE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx', 'rich-openpyxl.xlsx');
const AS_OF = { asOf: '2026-11-30' };

/** The bytes with xl/workbook.xml edited, as another program saving the file would leave it. */
function withWorkbookXml(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts['xl/workbook.xml'] = strToU8(edit(strFromU8(parts['xl/workbook.xml'] as Uint8Array)));
  return zipSync(parts);
}

/**
 * What Excel leaves after the user deletes a sheet and renames another to its
 * name: the other sheets keep their sheetId.
 */
function deleteAndRename(bytes: Uint8Array, deleted: string, renamed: string): Uint8Array {
  return withWorkbookXml(bytes, (xml) =>
    xml
      .replace(new RegExp(`<sheet\\b[^>]*name="${deleted}"[^>]*/>`), '')
      .replace(`name="${renamed}"`, `name="${deleted}"`),
  );
}

async function analysedOnce(): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.open(new Uint8Array(readFileSync(FIXTURE)));
  await analyseAgeing(workbook, AS_OF);
  return workbook.save();
}

const idOf = async (workbook: XlsxWorkbook, name: string) =>
  (await workbook.listSheets()).find((sheet) => sheet.name === name)?.id;

describe('XlsxWorkbook: sheet ids', () => {
  it('gives no id to a sheet written without a sheetId', async () => {
    const bytes = withWorkbookXml(XlsxWorkbook.fromRows('Ledger', [['a']]).save(), (xml) =>
      xml.replace(/ sheetId="1"/, ''),
    );
    expect(await XlsxWorkbook.open(bytes).listSheets()).toEqual([
      { name: 'Ledger', visibility: 'visible' },
    ]);
  });

  it('keeps the id of an analysis sheet replaced in place under a new name, across a save', async () => {
    const first = XlsxWorkbook.open(await analysedOnce());
    const before = await idOf(first, 'Aged balance');
    await analyseAgeing(first, { ...AS_OF, language: 'fr' });
    expect(await idOf(XlsxWorkbook.open(first.save()), 'Balance âgée')).toBe(before);
  });

  it('gives a new sheet an id no other sheet has', async () => {
    const workbook = XlsxWorkbook.open(await analysedOnce());
    const ids = (await workbook.listSheets()).map((sheet) => sheet.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('analyseAgeing on an .xlsx whose user reused the name of a deleted analysis sheet', () => {
  async function rerun(): Promise<{ before: unknown; after: XlsxWorkbook; agedBalance: string }> {
    const original = XlsxWorkbook.open(new Uint8Array(readFileSync(FIXTURE)));
    const before = (await original.readSheet('Notes')).values;
    const edited = XlsxWorkbook.open(
      deleteAndRename(await analysedOnce(), 'Aged balance', 'Notes'),
    );
    const result = await analyseAgeing(edited, AS_OF);
    return {
      before,
      after: XlsxWorkbook.open(edited.save()),
      agedBalance: result.sheets.agedBalance,
    };
  }

  it('leaves the user sheet untouched, cell for cell', async () => {
    const { before, after } = await rerun();
    expect((await after.readSheet('Aged balance')).values).toEqual(before);
  });

  it('writes its aged balance as "Aged balance (2)"', async () => {
    const { after, agedBalance } = await rerun();
    const names = (await after.listSheets()).map((sheet) => sheet.name);
    expect([agedBalance, names.includes('Aged balance (2)')]).toEqual(['Aged balance (2)', true]);
  });

  it('replaces the sheets named in the older saved form (names only) in place', async () => {
    const workbook = XlsxWorkbook.open(await analysedOnce());
    await workbook.writeState(
      'ownedSheets',
      '{"agedBalance":"Aged balance","detail":"Ageing detail","rejected":"Rejected rows"}',
    );
    const reopened = XlsxWorkbook.open(workbook.save());
    const before = (await reopened.listSheets()).map((sheet) => sheet.name);
    await analyseAgeing(reopened, AS_OF);
    expect((await reopened.listSheets()).map((sheet) => sheet.name)).toEqual(before);
  });
});
