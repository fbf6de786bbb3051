import { ReceivablesError } from '../engine/errors/receivablesError';
import type { CellGrid, CellValue } from '../engine/grid/cellGrid';
import { EXCEL_MAX_ROWS, isValidTableName, sheetNameProblem } from '../engine/sheets/excelNames';
import { renderSheetRows } from '../engine/sheets/renderRows';
import type { SheetSpec } from '../engine/sheets/sheetSpec';
import type { ProgressListener, SheetInfo, SheetVisibility, WorkbookPort } from './workbookPort';

/** The very hidden sheet that holds the add-in's saved state. */
export const MEMORY_STATE_SHEET = 'RD_State';

/** One thing a caller changed in the workbook, in order. */
export type MemoryWrite =
  | { kind: 'writeSheet'; sheet: string; replacing?: string }
  | { kind: 'writeState'; key: string }
  | { kind: 'activateSheet'; sheet: string }
  | { kind: 'selectCell'; sheet: string; row: number; column: number };

interface MemorySheet {
  /** From a counter of the workbook: never given to two sheets, even after a delete. */
  id: string;
  name: string;
  visibility: SheetVisibility;
  /** values[r][c] is the cell at sheet row r + 1, column c + 1. */
  values: CellValue[][];
  /** The spec last written to the sheet; undefined for the user's sheets. */
  spec?: SheetSpec;
}

/**
 * A workbook held in memory, for tests and the demo. It is as strict as
 * Excel: unknown sheets, names Excel refuses, duplicate names (case-insensitive),
 * duplicate table names and sheets over 1,048,576 rows all throw a
 * ReceivablesError. Every change is recorded in `writes`, so a test can
 * check that the user's sheets were never written.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly writes: MemoryWrite[] = [];
  activeSheet: string | undefined;
  private readonly sheets: MemorySheet[] = [];
  private readonly state = new Map<string, string>();
  private readonly userSheetsReplaced: string[] = [];
  private sheetsCreated = 0;

  /** A workbook with the user's sheets, given as rows from A1. */
  static withSheets(sheets: Record<string, CellValue[][]>): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    for (const [name, rows] of Object.entries(sheets)) workbook.addUserSheet(name, rows);
    return workbook;
  }

  /** Adds a sheet as the user would (not recorded as a write). */
  addUserSheet(name: string, rows: CellValue[][], visibility: SheetVisibility = 'visible'): void {
    this.assertNewName(name);
    this.sheets.push({
      id: this.newId(),
      name,
      visibility,
      values: rows.map((row) => [...row]),
    });
  }

  /** Renames a sheet as the user would (not recorded as a write). */
  renameSheetAsUser(from: string, to: string): void {
    const sheet = this.sheet(from);
    this.assertNewName(to, sheet);
    sheet.name = to;
  }

  /** Deletes a sheet as the user would (not recorded as a write). */
  deleteSheetAsUser(name: string): void {
    this.sheets.splice(this.sheets.indexOf(this.sheet(name)), 1);
  }

  /** The cells of a sheet, from A1, as last written. */
  cells(name: string): CellValue[][] {
    return this.sheet(name).values.map((row) => [...row]);
  }

  /**
   * Names of the user's sheets (added with addUserSheet) that a writeSheet call
   * replaced; an add-in that keeps its promise leaves this empty.
   */
  userSheetsWritten(): string[] {
    return [...this.userSheetsReplaced];
  }

  /** The spec last written to a sheet, or undefined for a user's sheet. */
  writtenSpec(name: string): SheetSpec | undefined {
    return this.sheet(name).spec;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map(({ id, name, visibility }) => ({ name, visibility, id }));
  }

  async readSheetHead(name: string, maxRows: number): Promise<CellGrid> {
    const grid = this.usedRange(this.sheet(name));
    return { ...grid, values: grid.values.slice(0, maxRows) };
  }

  async readSheet(name: string, onProgress?: ProgressListener): Promise<CellGrid> {
    const grid = this.usedRange(this.sheet(name));
    onProgress?.(grid.values.length, grid.values.length);
    return grid;
  }

  async writeSheet(
    spec: SheetSpec,
    replacing?: string,
    onProgress?: ProgressListener,
  ): Promise<void> {
    const replaced = replacing === undefined ? undefined : this.sheet(replacing);
    this.assertNewName(spec.name, replaced);
    this.assertTables(spec, replaced);
    const values = renderSheetRows(spec) as CellValue[][];
    if (values.length > EXCEL_MAX_ROWS) {
      throw new ReceivablesError(
        'EXCEL_ERROR',
        `Sheet "${spec.name}" would have ${values.length} rows; Excel holds at most ${EXCEL_MAX_ROWS}.`,
      );
    }
    if (replaced) {
      if (replaced.spec === undefined) this.userSheetsReplaced.push(replaced.name);
      replaced.name = spec.name;
      replaced.values = values;
      replaced.spec = spec;
    } else {
      this.sheets.push({ id: this.newId(), name: spec.name, visibility: 'visible', values, spec });
    }
    this.writes.push(
      replacing === undefined
        ? { kind: 'writeSheet', sheet: spec.name }
        : { kind: 'writeSheet', sheet: spec.name, replacing },
    );
    onProgress?.(values.length, values.length);
  }

  async readState(key: string): Promise<string | undefined> {
    return this.state.get(key);
  }

  async writeState(key: string, value: string): Promise<void> {
    if (!this.sheets.some((sheet) => sheet.name === MEMORY_STATE_SHEET)) {
      this.assertNewName(MEMORY_STATE_SHEET);
      this.sheets.push({
        id: this.newId(),
        name: MEMORY_STATE_SHEET,
        visibility: 'veryHidden',
        values: [],
      });
    }
    this.state.set(key, value);
    this.sheet(MEMORY_STATE_SHEET).values = [...this.state].map(([k, v]) => [k, v]);
    this.writes.push({ kind: 'writeState', key });
  }

  async activateSheet(name: string): Promise<void> {
    const sheet = this.sheet(name);
    if (sheet.visibility !== 'visible') {
      throw new ReceivablesError('EXCEL_ERROR', `Sheet "${name}" is hidden and cannot be shown.`);
    }
    this.activeSheet = sheet.name;
    this.writes.push({ kind: 'activateSheet', sheet: sheet.name });
  }

  async selectCell(name: string, row: number, column: number): Promise<void> {
    await this.activateSheet(name);
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
      throw new ReceivablesError('EXCEL_ERROR', `No cell at row ${row}, column ${column}.`);
    }
    this.writes.push({ kind: 'selectCell', sheet: name, row, column });
  }

  private newId(): string {
    this.sheetsCreated += 1;
    return `memory:${this.sheetsCreated}`;
  }

  /** Finds a sheet as Excel does, ignoring case. */
  private sheet(name: string): MemorySheet {
    const lower = name.toLowerCase();
    const sheet = this.sheets.find((candidate) => candidate.name.toLowerCase() === lower);
    if (!sheet) {
      const names = this.sheets
        .filter((s) => s.visibility !== 'veryHidden')
        .map((s) => `"${s.name}"`);
      throw new ReceivablesError(
        'SHEET_NOT_FOUND',
        `There is no sheet "${name}" in this workbook. Its sheets: ${names.join(', ') || 'none'}.`,
      );
    }
    return sheet;
  }

  /** Throws as Excel does for a name it refuses or one already used (case-insensitive). */
  private assertNewName(name: string, renaming?: MemorySheet): void {
    const problem = sheetNameProblem(name);
    if (problem) {
      throw new ReceivablesError(
        'EXCEL_ERROR',
        `Excel refuses the sheet name "${name}": ${problem}.`,
      );
    }
    const lower = name.toLowerCase();
    const clash = this.sheets.find((s) => s !== renaming && s.name.toLowerCase() === lower);
    if (clash) {
      throw new ReceivablesError(
        'SHEET_NAME_TAKEN',
        `A sheet named "${clash.name}" already exists; Excel does not allow two sheets named "${name}".`,
      );
    }
  }

  private assertTables(spec: SheetSpec, replacing: MemorySheet | undefined): void {
    const taken = new Map<string, string>();
    for (const sheet of this.sheets) {
      if (sheet === replacing) continue;
      for (const block of sheet.spec?.blocks ?? []) {
        if (block.kind === 'table') taken.set(block.table.name.toLowerCase(), sheet.name);
      }
    }
    for (const block of spec.blocks) {
      if (block.kind !== 'table') continue;
      const { name, columns, rows } = block.table;
      if (!isValidTableName(name)) {
        throw new ReceivablesError('EXCEL_ERROR', `Excel refuses the table name "${name}".`);
      }
      const owner = taken.get(name.toLowerCase());
      if (owner !== undefined) {
        throw new ReceivablesError(
          'EXCEL_ERROR',
          `A table named "${name}" already exists on sheet "${owner}".`,
        );
      }
      taken.set(name.toLowerCase(), spec.name);
      const headers = new Set(columns.map((column) => column.header.toLowerCase()));
      if (headers.size !== columns.length) {
        throw new ReceivablesError(
          'EXCEL_ERROR',
          `Table "${name}" has two columns with one header.`,
        );
      }
      const badRow = rows.findIndex((row) => row.length !== columns.length);
      if (badRow >= 0) {
        throw new ReceivablesError(
          'EXCEL_ERROR',
          `Table "${name}" row ${badRow + 1} has ${rows[badRow]?.length} cells for ${columns.length} columns.`,
        );
      }
    }
  }

  /** The used range as Excel reports it: from the first to the last non-blank row and column. */
  private usedRange(sheet: MemorySheet): CellGrid {
    const isBlank = (value: CellValue | undefined) =>
      value === null || value === undefined || value === '';
    let top = -1;
    let bottom = -1;
    let left = Number.POSITIVE_INFINITY;
    let right = -1;
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (isBlank(value)) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    const base = { sheetName: sheet.name, date1904: false };
    if (top < 0) return { ...base, values: [], firstRow: 1, firstColumn: 1 };
    const values = sheet.values
      .slice(top, bottom + 1)
      .map((row) => Array.from({ length: right - left + 1 }, (_, c) => row[left + c] ?? null));
    return { ...base, values, firstRow: top + 1, firstColumn: left + 1 };
  }
}
