import type { CellValue } from '../grid/cellGrid';

const TOTAL_LABEL =
  /(?:^|[^a-z])(?:sous.?totale?s?|sub.?totals?|totale?s?|totaux|grand.?totals?)(?:[^a-z]|$)/;

/**
 * True when a text cell of the row carries a total label: Total, Sous-total,
 * Subtotal, Total général, Total client, Grand total, "DUPONT Total" (as
 * Excel's Subtotal command writes it)... in any case, with or without accents.
 *
 * @example
 * hasTotalLabel([null, 'Total client 411001', 1250]) // true
 * hasTotalLabel(['Totalement payé', 10])             // false
 */
export function hasTotalLabel(row: readonly CellValue[]): boolean {
  // Limitation: a customer whose name holds the word Total (Total Energies) on a row with no
  // invoice reference and no readable due date is skipped as a subtotal line, not rejected.
  for (const cell of row) {
    if (typeof cell !== 'string' || cell.length < 5) continue;
    const folded = cell
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    if (TOTAL_LABEL.test(folded)) return true;
  }
  return false;
}

/**
 * True when every cell of the row is blank (null or spaces).
 *
 * @example
 * isBlankRow([null, '  ', '']) // true
 */
export function isBlankRow(row: readonly CellValue[]): boolean {
  for (const cell of row) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell !== 'string') return false;
    if (cell !== '' && cell.trim() !== '') return false;
  }
  return true;
}
