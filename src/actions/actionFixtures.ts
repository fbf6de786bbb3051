import type { CellValue } from '../engine/grid/cellGrid';
import { MemoryWorkbook } from '../port/memoryWorkbook';
import type { AnalyseAgeingRequest } from './analyseAgeingTypes';

/**
 * A small French ledger for the action tests: a title line, a header on
 * row 3, three good rows (one a credit note, one a customer named like a
 * formula), one impossible due date and a total line.
 */
export const LEDGER: CellValue[][] = [
  ['Balance âgée clients au 30/11/2026'],
  [],
  ['Compte', 'Raison sociale', 'N° pièce', 'Date pièce', 'Échéance', 'Solde', 'Devise'],
  ['411001', 'Garage Martin', 'F-1001', '01/09/2026', '01/10/2026', '1 200,50', 'EUR'],
  ['411001', 'Garage Martin', 'AV-12', '15/10/2026', '15/11/2026', '-200,25', 'EUR'],
  ['411002', '=HYPERLINK("http://x")', 'F-1002', '01/05/2025', '30/06/2025', '80,00', 'EUR'],
  ['411003', '+33 6 12 34 56 78', 'F-1003', '01/10/2026', '31/02/2026', '100', 'EUR'],
  ['Total', null, null, null, null, '1 180,25', null],
];

export const AS_OF: AnalyseAgeingRequest = { asOf: '2026-11-30' };

export function workbook(): MemoryWorkbook {
  return MemoryWorkbook.withSheets({ Notes: [['Read me first']], 'Grand livre': LEDGER });
}

export { errorOf } from '../../test/support/errorOf';

export const visibleNames = async (port: MemoryWorkbook) =>
  (await port.listSheets()).filter((s) => s.visibility === 'visible').map((s) => s.name);
