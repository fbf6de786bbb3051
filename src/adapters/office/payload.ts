/**
 * Excel on the web refuses any request or response over 5 MB. The adapter
 * keeps each sync under a budget of 2,000,000 characters of JSON: even if
 * every character travelled as two bytes (UTF-16, or accented UTF-8), that is
 * 4 MB, leaving room for the protocol's own wrapping.
 */
// Limitation: payload sizes are estimated from the JSON of values and formats, not from Office.js's
// own wire format, which the add-in cannot see. The budget's wide margin stands in for that; read
// blocks and value blocks Excel still refuses are sent again in halves, other syncs are not.
export const PAYLOAD_BUDGET = 2_000_000;

/**
 * A cautious guess of one cell's size in JSON before anything is measured:
 * quotes, a comma, and a customer name or a 17-digit number. Real ledgers
 * mostly average 10-20; when a block comes back larger, later blocks shrink.
 */
// Limitation: read blocks only ever shrink after measuring, so a ledger of short cells is read in
// several times more syncs than the 5 MB limit needs (about 0.4 MB each for a typical ledger).
export const BYTES_PER_CELL = 40;

/** One cell's number format code in JSON ("#,##0.00", quotes, comma). */
export const BYTES_PER_FORMAT = 20;

/** Rows per read block for a range `columnCount` wide (values, and formats when asked). */
export function readBlockRows(
  columnCount: number,
  withFormats = false,
  budget = PAYLOAD_BUDGET,
): number {
  const perRow = Math.max(1, columnCount) * (BYTES_PER_CELL + (withFormats ? BYTES_PER_FORMAT : 0));
  return Math.max(1, Math.floor(budget / perRow));
}

/** Rows per write block of values for a sheet `width` columns wide. */
export function writeBlockRows(width: number, budget = PAYLOAD_BUDGET): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, width) * BYTES_PER_CELL)));
}

/** Rows per block of number formats when `formattedColumns` columns carry one. */
export function formatBlockRows(formattedColumns: number, budget = PAYLOAD_BUDGET): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, formattedColumns) * BYTES_PER_FORMAT)));
}

/**
 * The next block size after a block of `measuredRows` rows came to
 * `measured` characters: never larger than `blockRows`, and small enough that
 * a block like the measured one, with a quarter more, fits the budget.
 */
export function shrinkAfterMeasure(
  blockRows: number,
  measuredRows: number,
  measured: number,
  budget = PAYLOAD_BUDGET,
): number {
  if (measuredRows < 1 || measured <= 0) return Math.max(1, blockRows);
  const perRow = (measured / measuredRows) * 1.25;
  return Math.max(1, Math.min(blockRows, Math.floor(budget / perRow)));
}
