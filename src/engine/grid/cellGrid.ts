/**
 * One cell's value as a spreadsheet or a file gives it. Numbers in date
 * columns are Excel serials; a `Date` is read as midnight UTC of its day, the
 * way spreadsheet libraries hand date cells over. Errors such as `#N/A` come
 * as their text.
 */
export type CellValue = string | number | boolean | Date | null;

/**
 * A rectangular block of a sheet, as read: a plain range or an Excel table.
 * Rows may be shorter than the widest one; missing cells are blank.
 */
export interface CellGrid {
  /** The sheet the block comes from. */
  sheetName: string;
  /** values[r][c]: row r below the block's top, column c right of its left edge. */
  values: CellValue[][];
  /** Number formats in step with `values`, where the source knows them. */
  numberFormats?: (string | undefined)[][];
  /** 1-based sheet row of values[0]. */
  firstRow: number;
  /** 1-based sheet column of values[r][0]. */
  firstColumn: number;
  /** True when the workbook counts serials from 1904 (old Mac workbooks). */
  date1904: boolean;
}

/**
 * The A1 letters of a 1-based column number.
 *
 * @example
 * columnLetters(1)  // 'A'
 * columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
