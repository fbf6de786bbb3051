import { columnLetters } from '../../engine/grid/cellGrid';
import type {
  CellFormat,
  CellLink,
  OutputCell,
  SheetSpec,
  TotalCell,
} from '../../engine/sheets/sheetSpec';
import { toExcelInput } from './textCells';

/** A table placed on the sheet; rows are 0-based sheet rows. */
export interface PlacedTable {
  name: string;
  headerRow: number;
  /** At least 1: Excel tables need a data row, so an empty table gets a blank one. */
  dataRowCount: number;
  columnCount: number;
  totals?: TotalCell[];
}

/** A number format over one column, from `firstRow` for `rowCount` rows (0-based). */
export interface FormatRun {
  column: number;
  firstRow: number;
  rowCount: number;
  format: CellFormat;
}

export interface PlacedLink {
  row: number;
  column: number;
  target: CellLink;
}

/** A SheetSpec placed on the grid: what goes in which cell, 0-based. */
export interface SheetLayout {
  rows: OutputCell[][];
  width: number;
  boldCells: { row: number; column: number }[];
  formatRuns: FormatRun[];
  /** Widths in characters by column; undefined leaves Excel's default. */
  widths: (number | undefined)[];
  tables: PlacedTable[];
  links: PlacedLink[];
  freezeRows: number;
}

/**
 * Excel's number format code for each cell format, the same as the file
 * adapter writes; text keeps General (text is written as text).
 */
export const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  amount: '#,##0.00',
  integer: '0',
  date: 'dd/mm/yyyy',
  percent: '0.0%',
};

/**
 * Places a sheet's blocks from row 1 down. A table's totals row is left
 * empty in `rows`: Excel's own totals row fills it once the table exists.
 *
 * @example
 * layoutSheet({ role: 'rejected', name: 'Rejected', blocks: [{ kind: 'title', text: 'Rejected rows' }] })
 * // { rows: [['Rejected rows']], boldCells: [{ row: 0, column: 0 }], ... }
 */
export function layoutSheet(spec: SheetSpec): SheetLayout {
  const layout: SheetLayout = {
    rows: [],
    width: 1,
    boldCells: [],
    formatRuns: [],
    widths: [],
    tables: [],
    links: [],
    freezeRows: spec.freezeRows ?? 0,
  };
  for (const block of spec.blocks) {
    const row = layout.rows.length;
    switch (block.kind) {
      case 'title':
        layout.rows.push([block.text]);
        layout.boldCells.push({ row, column: 0 });
        break;
      case 'blank':
        layout.rows.push([]);
        break;
      case 'line':
        layout.rows.push(block.cells);
        block.formats?.forEach((format, column) => {
          if (format && NUMBER_FORMATS[format]) {
            layout.formatRuns.push({ column, firstRow: row, rowCount: 1, format });
          }
        });
        break;
      case 'table': {
        const { table } = block;
        const columnCount = table.columns.length;
        const dataRowCount = Math.max(1, table.rows.length);
        layout.rows.push(table.columns.map((column) => column.header));
        for (const cells of table.rows) layout.rows.push(cells);
        if (table.rows.length === 0) layout.rows.push([]);
        if (table.totals) layout.rows.push([]);
        const formattedRows = dataRowCount + (table.totals ? 1 : 0);
        table.columns.forEach((column, index) => {
          if (NUMBER_FORMATS[column.format]) {
            layout.formatRuns.push({
              column: index,
              firstRow: row + 1,
              rowCount: formattedRows,
              format: column.format,
            });
          }
          if (column.width !== undefined) {
            layout.widths[index] = Math.max(layout.widths[index] ?? 0, column.width);
          }
        });
        layout.tables.push({
          name: table.name,
          headerRow: row,
          dataRowCount,
          columnCount,
          ...(table.totals ? { totals: table.totals } : {}),
        });
        block.links?.forEach((target, index) => {
          if (target) layout.links.push({ row: row + 1 + index, column: 0, target });
        });
        break;
      }
    }
  }
  // A loop, not Math.max(...rows): a million arguments would overflow the stack.
  for (const cells of layout.rows) layout.width = Math.max(layout.width, cells.length);
  return layout;
}

/**
 * The totals row of a placed table as Excel formulas: a label stays text,
 * a sum becomes SUBTOTAL(109, ...) over the column's data, so it follows
 * the user's filters. Ready for `Range.formulas`.
 */
export function totalsFormulas(table: PlacedTable): (string | number | boolean)[] {
  const first = table.headerRow + 2;
  const last = table.headerRow + 1 + table.dataRowCount;
  return Array.from({ length: table.columnCount }, (_, column) => {
    const total = table.totals?.[column];
    if (!total || total.kind === 'none') return '';
    if (total.kind === 'label') return toExcelInput(total.text);
    const letters = columnLetters(column + 1);
    return `=SUBTOTAL(109,${letters}${first}:${letters}${last})`;
  });
}

/** A workbook location Excel's hyperlinks understand: 'Sheet name'!B17. */
export function documentReference(link: CellLink): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${columnLetters(link.column)}${link.row}`;
}

/** Excel column width in points for a width in characters (7 px a character, 5 px padding). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
