// Limitation: payload sizes are JSON lengths of the values and formats, not Office.js's own wire
// format, which the add-in cannot see. The budget's wide margin stands in for that; read blocks
// and value blocks Excel still refuses are sent again in halves, other syncs are not.
/**
 * Excel on the web refuses any request or response over 5 MB. The adapter
 * keeps each sync under a budget of 2,000,000 characters of JSON: even if
 * every character travelled as two bytes (UTF-16, or accented UTF-8), that is
 * 4 MB, leaving room for the protocol's own wrapping.
 */
export const PAYLOAD_BUDGET = 2_000_000;

/**
 * A cautious guess of one cell's size in JSON before anything is measured:
 * quotes, a comma, and a customer name or a 17-digit number. Real ledgers
 * mostly average 10-20; the blocks after the first are sized from what the
 * first one measured.
 */
export const BYTES_PER_CELL = 40;

/** One cell's number format code in JSON ("#,##0.00", quotes, comma). */
export const BYTES_PER_FORMAT = 20;

/**
 * How much larger than the rows measured so far the next read block may turn
 * out, per row, and still fit the budget: a ledger's later rows can carry
 * longer names or notes than its first ones.
 */
export const READ_HEADROOM = 1.25;

/** Rows of the first read block for a range `columnCount` wide (values, and formats when asked). */
export function readBlockRows(
  columnCount: number,
  withFormats = false,
  budget = PAYLOAD_BUDGET,
): number {
  const perRow = Math.max(1, columnCount) * (BYTES_PER_CELL + (withFormats ? BYTES_PER_FORMAT : 0));
  return Math.max(1, Math.floor(budget / perRow));
}

// Limitation: a read block is sized from the rows just before it, so a stretch of rows more than a
// quarter larger than those can pass the budget; only past Excel's 5 MB is it refused and read
// again in halves, and after a refusal no later block of that sheet grows back past the half,
// even where its rows turn short again.
/**
 * The next read block's rows after a block of `measuredRows` rows came to
 * `measured` characters: as many rows like the measured ones, with
 * READ_HEADROOM to spare, as the budget holds. It grows after small rows as
 * well as shrinking after large ones, but never past `ceiling` (the rows of
 * a block Excel refused, halved).
 */
export function readRowsAfterMeasure(
  measuredRows: number,
  measured: number,
  budget = PAYLOAD_BUDGET,
  ceiling = Number.POSITIVE_INFINITY,
): number {
  if (measuredRows < 1 || measured <= 0) return Math.max(1, Math.min(ceiling, measuredRows));
  const perRow = (measured / measuredRows) * READ_HEADROOM;
  return Math.max(1, Math.min(ceiling, Math.floor(budget / perRow)));
}

/**
 * The rows from `start` that make one block of values: each row serialised
 * to JSON as it is taken, as many as fit `budget` as a JSON array
 * (`[row,row]`), at most `maxRows`, and always at least one (a row larger
 * than the budget on its own goes alone, for Excel to take or refuse).
 *
 * @example
 * takeBlock(3, () => ['a'.repeat(6)], 0, 25) // two rows: '[["aaaaaa"],["aaaaaa"]]' is 23 characters, three would be 34
 */
export function takeBlock<T>(
  total: number,
  rowAt: (index: number) => T,
  start: number,
  budget = PAYLOAD_BUDGET,
  maxRows = Number.POSITIVE_INFINITY,
): T[] {
  const block: T[] = [];
  let size = 2;
  for (let index = start; index < total && block.length < maxRows; index += 1) {
    const row = rowAt(index);
    const grown = size + JSON.stringify(row).length + (block.length > 0 ? 1 : 0);
    if (block.length > 0 && grown > budget) break;
    block.push(row);
    size = grown;
  }
  return block;
}
