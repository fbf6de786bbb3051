import { frenchTypographyFaults } from '../engine/i18n/testTypography';
import { MemoryWorkbook } from '../port/memoryWorkbook';
import { AS_OF, errorOf, workbook } from './actionFixtures';
import { analyseAgeing } from './analyseAgeing';
import type { AnalyseAgeingRequest } from './analyseAgeingTypes';

const FR: AnalyseAgeingRequest = { ...AS_OF, language: 'fr' };

describe('analyseAgeing: French errors follow French typography', () => {
  it.each<[string, AnalyseAgeingRequest]>([
    ['an as-of date that does not exist', { ...FR, asOf: '2026-02-31' }],
    ['an unknown basis', { ...FR, basis: 'paid' as never }],
    ['a currency that is not a code', { ...FR, currency: 'euro' }],
    ['an unknown date order', { ...FR, dateOrder: 'ymd' as never }],
    ['bounds that do not increase', { ...FR, bounds: [60, 30] }],
    ['an unknown sheet', { ...FR, sheet: 'Ledger' }],
  ])('for %s', async (_case, request) => {
    const error = await errorOf(analyseAgeing(workbook(), request));
    expect(frenchTypographyFaults(error.message)).toEqual([]);
  });

  it('for a workbook with no ledger', async () => {
    const port = MemoryWorkbook.withSheets({
      Notes: [['Lire ceci']],
      Clients: [
        ['Nom', 'Ville'],
        ['Dupont', 'Lyon'],
      ],
    });
    const error = await errorOf(analyseAgeing(port, FR));
    expect(frenchTypographyFaults(error.message)).toEqual([]);
  });

  it('names an unknown sheet in guillemets, as typed', async () => {
    const error = await errorOf(analyseAgeing(workbook(), { ...FR, sheet: `L'état "x"` }));
    expect(error.message).toContain(`La feuille «\u00a0L'état "x"\u00a0» n’existe pas`);
  });
});
