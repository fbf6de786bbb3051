import { MemoryWorkbook } from '../port/memoryWorkbook';
import { AS_OF, errorOf, workbook } from './actionFixtures';
import { analyseAgeing, inspectLedgerSheet, listLedgerCandidates } from './analyseAgeing';
import type { AnalyseAgeingRequest } from './analyseAgeingTypes';

describe('analyseAgeing: errors', () => {
  it.each<[string, AnalyseAgeingRequest, string]>([
    [
      'an as-of date that does not exist',
      { asOf: '2026-02-31' },
      'As-of date "2026-02-31" is not a real day; expected YYYY-MM-DD',
    ],
    [
      'an as-of date in another form',
      { asOf: '30/11/2026' },
      'As-of date "30/11/2026" is not a real day',
    ],
    [
      'bounds that do not increase',
      { ...AS_OF, bounds: [60, 30] },
      'bound 2 (30) is not above the bound before it (60)',
    ],
    [
      'a currency that is not a code',
      { ...AS_OF, currency: 'euro' },
      'Currency "euro" is not a three-letter ISO code',
    ],
  ])('refuses %s with INVALID_OPTION', async (_case, request, message) => {
    const error = await errorOf(analyseAgeing(workbook(), request));
    expect([error.code, error.message]).toEqual([
      'INVALID_OPTION',
      expect.stringContaining(message),
    ]);
  });

  it('says in French what is wrong when the language is French', async () => {
    const error = await errorOf(analyseAgeing(workbook(), { asOf: '2026-13-01', language: 'fr' }));
    expect(error.message).toContain(
      'La date d’arrêté «\u00a02026-13-01\u00a0» n’est pas un jour qui existe\u00a0;',
    );
  });

  it('names the sheets of the workbook for an unknown sheet', async () => {
    const error = await errorOf(analyseAgeing(workbook(), { ...AS_OF, sheet: 'Ledger' }));
    expect([error.code, error.message]).toEqual([
      'SHEET_NOT_FOUND',
      'There is no sheet "Ledger" in this workbook. Its sheets: "Notes", "Grand livre".',
    ]);
  });

  it('lists each sheet and the headers it saw when no ledger is found', async () => {
    const port = MemoryWorkbook.withSheets({
      Notes: [['Read me first']],
      Clients: [
        ['Nom', 'Ville'],
        ['Dupont', 'Lyon'],
      ],
    });
    const error = await errorOf(analyseAgeing(port, AS_OF));
    expect(error.code).toBe('NO_LEDGER_FOUND');
    expect(error.message).toContain('"Notes" (row 1: "Read me first")');
    expect(error.message).toContain('"Clients" (row 1: "Nom", "Ville")');
  });

  it('refuses a mapped header the ledger does not have', async () => {
    const error = await errorOf(analyseAgeing(workbook(), { ...AS_OF, map: { dueDate: 'Due' } }));
    expect(error.code).toBe('UNKNOWN_COLUMN');
  });

  it('refuses one of its own sheets as the ledger', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    const error = await errorOf(analyseAgeing(port, { ...AS_OF, sheet: 'Ageing detail' }));
    expect([error.code, error.message]).toEqual([
      'INVALID_OPTION',
      'Sheet "Ageing detail" is one Receivables Desk writes; choose the ledger sheet instead.',
    ]);
  });
});

describe('listLedgerCandidates and inspectLedgerSheet', () => {
  it('lists the user sheets with the header row of those that hold a ledger', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    expect(await listLedgerCandidates(port)).toEqual([
      { sheet: 'Notes' },
      { sheet: 'Grand livre', headerRow: 3 },
    ]);
  });

  it('describes the columns of a ledger sheet, with a mapping applied', async () => {
    const inspection = await inspectLedgerSheet(workbook(), 'Grand livre', { invoiceDate: '' });
    expect(inspection).toEqual({
      sheet: 'Grand livre',
      headerRow: 3,
      columns: {
        customerCode: 'Compte',
        customerName: 'Raison sociale',
        invoice: 'N° pièce',
        dueDate: 'Échéance',
        openAmount: 'Solde',
        currency: 'Devise',
      },
      headers: [
        'Compte',
        'Raison sociale',
        'N° pièce',
        'Date pièce',
        'Échéance',
        'Solde',
        'Devise',
      ],
    });
  });

  it('gives undefined for a sheet with no ledger header', async () => {
    expect(await inspectLedgerSheet(workbook(), 'Notes')).toBeUndefined();
  });
});
