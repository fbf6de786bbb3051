import type { CellValue } from '../engine/grid/cellGrid';
import { ReceivablesError } from '../engine/errors/receivablesError';
import { MemoryWorkbook } from '../port/memoryWorkbook';
import {
  analyseAgeing,
  inspectLedgerSheet,
  listLedgerCandidates,
  loadSavedRequest,
} from './analyseAgeing';
import type { AnalyseAgeingRequest, AnalysePhase } from './analyseAgeingTypes';

const LEDGER: CellValue[][] = [
  ['Balance âgée clients au 30/11/2026'],
  [],
  ['Compte', 'Raison sociale', 'N° pièce', 'Date pièce', 'Échéance', 'Solde', 'Devise'],
  ['411001', 'Garage Martin', 'F-1001', '01/09/2026', '01/10/2026', '1 200,50', 'EUR'],
  ['411001', 'Garage Martin', 'AV-12', '15/10/2026', '15/11/2026', '-200,25', 'EUR'],
  ['411002', '=HYPERLINK("http://x")', 'F-1002', '01/05/2025', '30/06/2025', '80,00', 'EUR'],
  ['411003', '+33 6 12 34 56 78', 'F-1003', '01/10/2026', '31/02/2026', '100', 'EUR'],
  ['Total', null, null, null, null, '1 180,25', null],
];

const AS_OF: AnalyseAgeingRequest = { asOf: '2026-11-30' };

function workbook(): MemoryWorkbook {
  return MemoryWorkbook.withSheets({ Notes: [['Read me first']], 'Grand livre': LEDGER });
}

async function errorOf(promise: Promise<unknown>): Promise<ReceivablesError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
  throw new Error('Expected a ReceivablesError, but the call succeeded');
}

const visibleNames = async (port: MemoryWorkbook) =>
  (await port.listSheets()).filter((s) => s.visibility === 'visible').map((s) => s.name);

describe('analyseAgeing: a first run', () => {
  it('finds the ledger on the first sheet with a recognised header', async () => {
    const result = await analyseAgeing(workbook(), AS_OF);
    expect([result.ledger.source.sheet, result.ledger.source.headerRow]).toEqual([
      'Grand livre',
      3,
    ]);
  });

  it('writes the three sheets after the user sheets and shows the aged balance', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    expect(await visibleNames(port)).toEqual([
      'Notes',
      'Grand livre',
      'Aged balance',
      'Ageing detail',
      'Rejected rows',
    ]);
    expect(port.activeSheet).toBe('Aged balance');
  });

  it('returns the summary of the JSON contract', async () => {
    const { summary } = await analyseAgeing(workbook(), AS_OF);
    expect([summary.asOf, summary.rows, summary.currencies[0]?.open]).toEqual([
      '2026-11-30',
      { accepted: 3, rejected: 1, skipped: 1 },
      1080.25,
    ]);
  });

  it('never writes the user sheets', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    expect(port.userSheetsWritten()).toEqual([]);
    expect(port.cells('Grand livre')).toEqual(LEDGER);
  });

  it('writes ledger text as the same literal text', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    const names = port.cells('Ageing detail').map((row) => row[1]);
    expect(names).toContain('=HYPERLINK("http://x")');
  });

  it('links rejected rows to the blamed cell of the ledger', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    const table = port.writtenSpec('Rejected rows')?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.links : undefined).toEqual([
      { sheet: 'Grand livre', row: 7, column: 5 },
    ]);
  });

  it('reports its phases in order, ending with done', async () => {
    const phases: AnalysePhase[] = [];
    await analyseAgeing(workbook(), AS_OF, (phase) => {
      if (phases[phases.length - 1] !== phase) phases.push(phase);
    });
    expect(phases).toEqual(['finding', 'reading', 'analysing', 'writing', 'done']);
  });

  it('keeps each progress fraction between 0 and 1', async () => {
    const fractions: number[] = [];
    await analyseAgeing(workbook(), AS_OF, (_phase, fraction) => fractions.push(fraction));
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
  });
});

describe('analyseAgeing: re-runs', () => {
  it('replaces its sheets rather than adding new ones', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    await analyseAgeing(port, { asOf: '2026-12-31' });
    expect(await visibleNames(port)).toEqual([
      'Notes',
      'Grand livre',
      'Aged balance',
      'Ageing detail',
      'Rejected rows',
    ]);
    expect(port.cells('Aged balance')[1]).toEqual(['As of', 46387]);
  });

  it('renames its sheets in place when the language changes', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    await analyseAgeing(port, { ...AS_OF, language: 'fr' });
    expect(await visibleNames(port)).toEqual([
      'Notes',
      'Grand livre',
      'Balance âgée',
      'Détail âgé',
      'Lignes rejetées',
    ]);
  });

  it('leaves a user sheet named Aged balance alone and writes "Aged balance (2)"', async () => {
    const port = workbook();
    port.addUserSheet('Aged balance', [['my own notes']]);
    const result = await analyseAgeing(port, AS_OF);
    expect(result.sheets.agedBalance).toBe('Aged balance (2)');
    expect(port.cells('Aged balance')).toEqual([['my own notes']]);
    expect(port.userSheetsWritten()).toEqual([]);
  });

  it('keeps "Aged balance (2)" on a re-run while the user sheet is there', async () => {
    const port = workbook();
    port.addUserSheet('Aged balance', [['my own notes']]);
    await analyseAgeing(port, AS_OF);
    await analyseAgeing(port, AS_OF);
    expect((await visibleNames(port)).filter((name) => name.startsWith('Aged'))).toEqual([
      'Aged balance',
      'Aged balance (2)',
    ]);
  });

  it('does not take its own sheets for a ledger', async () => {
    const port = MemoryWorkbook.withSheets({ 'Grand livre': LEDGER });
    await analyseAgeing(port, AS_OF);
    port.deleteSheetAsUser('Grand livre');
    const error = await errorOf(analyseAgeing(port, AS_OF));
    expect(error.code).toBe('NO_LEDGER_FOUND');
  });

  it('writes a new sheet when the user deleted the previous one', async () => {
    const port = workbook();
    await analyseAgeing(port, AS_OF);
    port.deleteSheetAsUser('Ageing detail');
    await analyseAgeing(port, AS_OF);
    expect((await visibleNames(port)).slice(2)).toEqual([
      'Aged balance',
      'Rejected rows',
      'Ageing detail',
    ]);
  });

  it('refuses a ledger renamed to a name it once used, rather than overwrite it', async () => {
    const port = MemoryWorkbook.withSheets({ 'Grand livre': LEDGER });
    await analyseAgeing(port, AS_OF);
    port.deleteSheetAsUser('Ageing detail');
    port.renameSheetAsUser('Grand livre', 'Ageing detail');
    const error = await errorOf(analyseAgeing(port, { ...AS_OF, sheet: 'Ageing detail' }));
    expect([error.code, port.userSheetsWritten()]).toEqual(['INVALID_OPTION', []]);
  });
});

describe('analyseAgeing: saved settings', () => {
  it('saves the request without its as-of date, and loads it back', async () => {
    const port = workbook();
    const request: AnalyseAgeingRequest = {
      sheet: 'Grand livre',
      asOf: '2026-11-30',
      basis: 'invoice',
      bounds: [30, 60],
      currency: 'EUR',
      map: { dueDate: 'Échéance' },
      dateOrder: 'dmy',
      defaultTermsDays: 30,
      language: 'fr',
    };
    await analyseAgeing(port, request);
    const expected = { ...request };
    delete expected.asOf;
    expect(await loadSavedRequest(port)).toEqual(expected);
  });

  it('loads an empty request from a workbook with no settings', async () => {
    expect(await loadSavedRequest(workbook())).toEqual({});
  });

  it('ignores saved values that do not fit and keeps the others', async () => {
    const port = workbook();
    await port.writeState('settings', '{"basis":"weekly","bounds":[30,90],"map":{"nope":"x"}}');
    expect(await loadSavedRequest(port)).toEqual({ bounds: [30, 90], map: {} });
  });

  it('loads an empty request when the saved settings are not JSON', async () => {
    const port = workbook();
    await port.writeState('settings', '{basis');
    expect(await loadSavedRequest(port)).toEqual({});
  });
});

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
    expect(error.message).toContain('La date d\'arrêté "2026-13-01" n\'est pas un jour qui existe');
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
