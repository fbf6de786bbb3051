import type { CellGrid } from '../engine/grid/cellGrid';
import type { SheetSpec } from '../engine/sheets/sheetSpec';

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
  /**
   * A stable identifier of the sheet within its workbook: it survives renames,
   * moves and save/reopen, and no two sheets of one workbook share it. Written
   * `kind:value`, where the kind says where it comes from ('excel', 'xlsx',
   * 'memory'): ids of different kinds cannot be compared. Absent where the
   * adapter cannot tell; then sheets are known by name alone.
   */
  id?: string;
}

/** Reports how far a long read or write has got, `done` out of `total` rows. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * Everything the user actions need from a workbook, and nothing more. Two
 * adapters implement it: Office.js inside Excel, and .xlsx files for the
 * command line, the browser demo and the tests.
 *
 * Rules every adapter keeps:
 * - the user's sheets are only read; `writeSheet` and `writeState` touch only
 *   sheets the add-in owns;
 * - text is written as text, never as a formula;
 * - what the adapter cannot do comes back as a `ReceivablesError` with a
 *   message a person can act on.
 */
export interface WorkbookPort {
  /** Every sheet in tab order, including hidden ones. */
  listSheets(): Promise<SheetInfo[]>;

  /** The top `maxRows` rows of a sheet's used range, to look for a header. */
  readSheetHead(sheet: string, maxRows: number): Promise<CellGrid>;

  /** A sheet's whole used range. */
  readSheet(sheet: string, onProgress?: ProgressListener): Promise<CellGrid>;

  /**
   * Writes a sheet the add-in owns. When `replacing` names an existing sheet
   * (one the add-in wrote earlier), that sheet is cleared and renamed to
   * `spec.name` in place, keeping its position; otherwise a new sheet is
   * added after the last one. Never called with the name of a user's sheet.
   */
  writeSheet(spec: SheetSpec, replacing?: string, onProgress?: ProgressListener): Promise<void>;

  /** The add-in's own saved value for `key`, kept in the workbook, or undefined. */
  readState(key: string): Promise<string | undefined>;

  /** Saves a value (usually JSON) under `key` inside the workbook, out of the user's sight. */
  writeState(key: string, value: string): Promise<void>;

  /** Shows a sheet to the user (a no-op where nothing is shown). */
  activateSheet(sheet: string): Promise<void>;

  /**
   * Shows and selects one cell (1-based row and column), e.g. a rejected row
   * on the user's ledger. Adapters with no user interface leave it out.
   */
  selectCell?(sheet: string, row: number, column: number): Promise<void>;
}
