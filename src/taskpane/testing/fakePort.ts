import type { CellGrid, CellValue } from '../../engine/grid/cellGrid';
import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { SheetSpec } from '../../engine/sheets/sheetSpec';
import type { SheetInfo, WorkbookPort } from '../../port/workbookPort';

/**
 * A workbook in memory for pane tests. It fails where a workbook fails: an
 * unknown sheet or a cell outside the sheet is an error, and writing over a
 * user's sheet is refused.
 */
export class FakePort implements WorkbookPort {
  readonly selections: { sheet: string; row: number; column: number }[] = [];
  readonly state = new Map<string, string>();
  private readonly sheets: Map<string, CellValue[][]>;
  private readonly firstColumn: number;

  constructor(sheets: Record<string, CellValue[][]>, options: { firstColumn?: number } = {}) {
    this.sheets = new Map(Object.entries(sheets));
    this.firstColumn = options.firstColumn ?? 1;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return [...this.sheets.keys()].map((name) => ({ name, visibility: 'visible' }));
  }

  async readSheetHead(sheet: string, maxRows: number): Promise<CellGrid> {
    return this.grid(sheet, this.rowsOf(sheet).slice(0, maxRows));
  }

  async readSheet(sheet: string): Promise<CellGrid> {
    return this.grid(sheet, this.rowsOf(sheet));
  }

  async writeSheet(spec: SheetSpec, replacing?: string): Promise<void> {
    if (this.sheets.has(spec.name) && replacing !== spec.name) {
      throw new ReceivablesError(
        'SHEET_NAME_TAKEN',
        `A sheet named "${spec.name}" already exists.`,
      );
    }
    if (replacing !== undefined) this.sheets.delete(replacing);
    this.sheets.set(spec.name, []);
  }

  async readState(key: string): Promise<string | undefined> {
    return this.state.get(key);
  }

  async writeState(key: string, value: string): Promise<void> {
    this.state.set(key, value);
  }

  async activateSheet(sheet: string): Promise<void> {
    this.rowsOf(sheet);
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    this.rowsOf(sheet);
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
      throw new ReceivablesError('EXCEL_ERROR', `Row ${row}, column ${column} is not a cell.`);
    }
    this.selections.push({ sheet, row, column });
  }

  private rowsOf(sheet: string): CellValue[][] {
    const rows = this.sheets.get(sheet);
    if (!rows) throw new ReceivablesError('SHEET_NOT_FOUND', `No sheet named "${sheet}".`);
    return rows;
  }

  private grid(sheet: string, values: CellValue[][]): CellGrid {
    return {
      sheetName: sheet,
      values,
      firstRow: 1,
      firstColumn: this.firstColumn,
      date1904: false,
    };
  }
}
