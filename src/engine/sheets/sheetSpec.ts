/**
 * A description of one sheet the add-in writes, independent of where it is
 * written. The engine builds these; the Office and file adapters write them
 * the same way.
 */

/** How a column's cells are shown. Dates are Excel serials (1900 system). */
export type CellFormat = 'text' | 'amount' | 'integer' | 'date' | 'percent';

/** A cell the add-in writes: text is always written as text, never as a formula. */
export type OutputCell = string | number | boolean | null;

export interface TableColumn {
  header: string;
  format: CellFormat;
  /** Width in characters, as Excel counts them. */
  width?: number;
}

/** The totals row of a table: a label, a sum (with its value, for readers that do not calculate) or nothing. */
export type TotalCell =
  { kind: 'label'; text: string } | { kind: 'sum'; value: number } | { kind: 'none' };

export interface TableSpec {
  /** A workbook-wide unique Excel table name: letters, digits and _, starting with a letter. */
  name: string;
  columns: TableColumn[];
  rows: OutputCell[][];
  /** A totals row under the data, one cell per column. */
  totals?: TotalCell[];
}

/** A link from a cell to a cell on another sheet (a rejected row on the user's ledger). */
export interface CellLink {
  sheet: string;
  /** 1-based row and column on that sheet. */
  row: number;
  column: number;
}

export type SheetBlock =
  /** A bold heading line. */
  | { kind: 'title'; text: string }
  /** A line of plain cells (labels and values), with optional formats per cell. */
  | { kind: 'line'; cells: OutputCell[]; formats?: (CellFormat | undefined)[] }
  /** An empty line. */
  | { kind: 'blank' }
  /** An Excel table; `links[r]` makes the first cell of data row r a link. */
  | { kind: 'table'; table: TableSpec; links?: (CellLink | undefined)[] };

/** The sheets the analysis writes, by role; the name depends on the language. */
export type SheetRole = 'agedBalance' | 'detail' | 'rejected';

export interface SheetSpec {
  role: SheetRole;
  name: string;
  /** Blocks from row 1 down, each starting in column A. */
  blocks: SheetBlock[];
  /** Rows frozen at the top when the sheet opens (usually through a table header). */
  freezeRows?: number;
}
