import { MemoryWorkbook } from '../port/memoryWorkbook';
import { AS_OF, errorOf, LEDGER, visibleNames, workbook } from './actionFixtures';
import { analyseAgeing } from './analyseAgeing';
import { OWNED_SHEETS_KEY } from './savedState';

const NOTES: (string | number | null)[][] = [
  ['Relances', null, 'Montant'],
  ['Garage Martin', '=SUM(A1)', 1200.5],
];

/** A workbook analysed once, whose user then deleted our aged balance and reused its name. */
async function takenOver(): Promise<MemoryWorkbook> {
  const port = workbook();
  port.addUserSheet('Relances', NOTES);
  await analyseAgeing(port, AS_OF);
  port.deleteSheetAsUser('Aged balance');
  port.renameSheetAsUser('Relances', 'Aged balance');
  return port;
}

describe('analyseAgeing: a user sheet given the name of a deleted analysis sheet', () => {
  it('leaves the user sheet untouched, cell for cell', async () => {
    const port = await takenOver();
    await analyseAgeing(port, AS_OF);
    expect([port.cells('Aged balance'), port.userSheetsWritten()]).toEqual([NOTES, []]);
  });

  it('writes its aged balance as "Aged balance (2)"', async () => {
    const port = await takenOver();
    const result = await analyseAgeing(port, AS_OF);
    expect([result.sheets.agedBalance, port.writtenSpec('Aged balance (2)')?.role]).toEqual([
      'Aged balance (2)',
      'agedBalance',
    ]);
  });

  it('still replaces its other sheets in place', async () => {
    const port = await takenOver();
    await analyseAgeing(port, AS_OF);
    expect((await visibleNames(port)).slice(2)).toEqual([
      'Aged balance',
      'Ageing detail',
      'Rejected rows',
      'Aged balance (2)',
    ]);
  });

  it('reads a ledger renamed to the name of a deleted analysis sheet', async () => {
    const port = MemoryWorkbook.withSheets({ 'Grand livre': LEDGER });
    await analyseAgeing(port, AS_OF);
    port.deleteSheetAsUser('Ageing detail');
    port.renameSheetAsUser('Grand livre', 'Ageing detail');
    const result = await analyseAgeing(port, { ...AS_OF, sheet: 'Ageing detail' });
    expect([result.sheets.detail, port.cells('Ageing detail'), port.userSheetsWritten()]).toEqual([
      'Ageing detail (2)',
      LEDGER,
      [],
    ]);
  });
});

describe('analyseAgeing: the saved record of its sheets', () => {
  it('saves the name and id of each sheet it wrote', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    const ids = new Map((await port.listSheets()).map((sheet) => [sheet.name, sheet.id]));
    expect(JSON.parse((await port.readState(OWNED_SHEETS_KEY)) ?? '')).toEqual({
      agedBalance: { name: 'Aged balance', id: ids.get('Aged balance') },
      detail: { name: 'Ageing detail', id: ids.get('Ageing detail') },
      rejected: { name: 'Rejected rows', id: ids.get('Rejected rows') },
    });
  });

  it('replaces the sheets named in the older saved form (names only) in place', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    await port.writeState(
      OWNED_SHEETS_KEY,
      '{"agedBalance":"Aged balance","detail":"Ageing detail","rejected":"Rejected rows"}',
    );
    await analyseAgeing(port, AS_OF);
    expect([(await visibleNames(port)).slice(2), port.userSheetsWritten()]).toEqual([
      ['Aged balance', 'Ageing detail', 'Rejected rows'],
      [],
    ]);
  });

  it('saves ids over the older form once it has run', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    await port.writeState(
      OWNED_SHEETS_KEY,
      '{"agedBalance":"Aged balance","detail":"Ageing detail","rejected":"Rejected rows"}',
    );
    await analyseAgeing(port, AS_OF);
    const saved = JSON.parse((await port.readState(OWNED_SHEETS_KEY)) ?? '') as {
      agedBalance: { id?: string };
    };
    expect(typeof saved.agedBalance.id).toBe('string');
  });

  it('with the older form, takes a ledger carrying a recorded name for its own sheet', async () => {
    const port = MemoryWorkbook.withSheets({ 'Ageing detail': LEDGER });
    await port.writeState(OWNED_SHEETS_KEY, '{"detail":"Ageing detail"}');
    const error = await errorOf(analyseAgeing(port, { ...AS_OF, sheet: 'Ageing detail' }));
    expect([error.code, port.userSheetsWritten()]).toEqual(['INVALID_OPTION', []]);
  });

  it.each([
    ['not JSON', '{agedBalance'],
    ['a number for a name', '{"agedBalance":12}'],
    ['an entry with no name', '{"agedBalance":{"id":"memory:3"}}'],
  ])('ignores a saved entry that is %s and writes a new sheet', async (_what, saved) => {
    const port = workbook();
    await port.writeState(OWNED_SHEETS_KEY, saved);
    const result = await analyseAgeing(port, AS_OF);
    expect(result.sheets.agedBalance).toBe('Aged balance');
  });
});
