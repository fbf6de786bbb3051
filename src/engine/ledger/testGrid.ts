import type { CellGrid, CellValue } from '../grid/cellGrid';

/**
 * A grid as a sheet read from A1 would give it, for tests.
 *
 * @example
 * gridOf([['Client', 'Échéance', 'Montant']], { firstRow: 4 }).sheetName // 'Ledger'
 */
export function gridOf(values: CellValue[][], options: Partial<CellGrid> = {}): CellGrid {
  return { sheetName: 'Ledger', firstRow: 1, firstColumn: 1, date1904: false, values, ...options };
}
