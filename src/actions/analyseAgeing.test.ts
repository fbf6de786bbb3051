import { MemoryWorkbook } from '../port/memoryWorkbook';
import { AS_OF, errorOf, LEDGER, visibleNames, workbook } from './actionFixtures';
import { analyseAgeing, loadSavedRequest } from './analyseAgeing';
import type { AnalyseAgeingRequest, AnalysePhase } from './analyseAgeingTypes';

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
      'Détail balance âgée',
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
