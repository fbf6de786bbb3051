import type { OutputCell } from '../../engine/sheets/sheetSpec';

/** Excel's limit on the characters in one cell. */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * What the adapter hands to `Range.values` (or `formulas`) for one cell.
 *
 * Excel types what it is given: a string starting with =, + or - (and @)
 * becomes a formula, and '00123', '1/2', '1e5' or 'TRUE' become a number, a
 * date or a boolean. A leading apostrophe tells Excel to keep the rest as
 * text, exactly as typed; Excel stores it as the cell's quote prefix, shows
 * no apostrophe and gives the text without it back through `values`. So
 * every non-empty string is written with one more apostrophe in front, which
 * also keeps a text that itself starts with an apostrophe intact.
 *
 * An empty string clears the cell (null would leave it unchanged).
 */
export function toExcelInput(cell: OutputCell): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'string') {
    if (cell === '') return '';
    // Limitation: text longer than a cell holds (32,767 characters) is cut, ending in '…'; only
    // the add-in's own long messages can get there, never a cell read from the ledger.
    if (cell.length >= CELL_TEXT_LIMIT) return `'${cell.slice(0, CELL_TEXT_LIMIT - 2)}\u2026`;
    return `'${cell}`;
  }
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  return cell;
}
