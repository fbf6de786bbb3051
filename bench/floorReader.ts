import type { CellGrid } from '../src/engine/grid/cellGrid';

/**
 * The baseline the engine is measured against: the least any ledger reader
 * must do with a grid, which is to walk its rows once and add up an amount
 * column per currency. No header search, no parsing of text, no dates, no
 * checks. Amounts are added in cents, as the engine does.
 */
export function floorTotals(
  grid: CellGrid,
  amountColumn: number,
  currencyColumn: number,
): Map<string, number> {
  const totals = new Map<string, number>();
  const { values } = grid;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const amount = row?.[amountColumn];
    if (typeof amount !== 'number') continue;
    const currency = String(row?.[currencyColumn] ?? '');
    totals.set(currency, (totals.get(currency) ?? 0) + Math.round(amount * 100));
  }
  return totals;
}
