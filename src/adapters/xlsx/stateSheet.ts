/**
 * The add-in's own saved values, kept in a very hidden sheet the user never
 * sees: one row per key, the key in column A and the value in B. A value
 * longer than a cell can hold continues in C, D... and is joined on reading.
 */
import type { CellGrid } from '../../engine/grid/cellGrid';
import { columnLetters } from '../../engine/grid/cellGrid';
import { MAIN_NS } from './sheetXmlWriter';
import { escapeCellText } from './xmlText';

export const STATE_SHEET_NAME = 'RD_State';

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARACTERS = 32_767;

/**
 * Cuts a text into pieces of at most `size` UTF-16 units, never between the
 * two halves of a surrogate pair (an emoji stays whole).
 *
 * @example
 * splitForCells('abcde', 2) // ['ab', 'cd', 'e']
 */
export function splitForCells(text: string, size = MAX_CELL_CHARACTERS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** The worksheet XML holding every saved value. */
export function buildStateSheetXml(entries: ReadonlyMap<string, string>): string {
  const rows: string[] = [];
  let row = 1;
  for (const [key, value] of entries) {
    const cells = [key, ...splitForCells(value)].map(
      (text, index) =>
        `<c r="${columnLetters(index + 1)}${row}" t="inlineStr"><is><t xml:space="preserve">` +
        `${escapeCellText(text)}</t></is></c>`,
    );
    rows.push(`<row r="${row}">${cells.join('')}</row>`);
    row += 1;
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}"><sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

/** The saved values of a state sheet read as a grid. */
export function readStateEntries(grid: CellGrid): Map<string, string> {
  const entries = new Map<string, string>();
  if (grid.firstColumn !== 1) return entries;
  for (const cells of grid.values) {
    const key = cells[0];
    if (typeof key !== 'string' || key === '') continue;
    entries.set(
      key,
      cells
        .slice(1)
        .map((cell) => (cell === null ? '' : String(cell)))
        .join(''),
    );
  }
  return entries;
}
