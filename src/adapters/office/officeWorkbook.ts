import type { CellGrid } from '../../engine/grid/cellGrid';
import type { SheetSpec } from '../../engine/sheets/sheetSpec';
import { createLogger } from '../../log/logger';
import type {
  ProgressListener,
  SheetInfo,
  SheetVisibility,
  WorkbookPort,
} from '../../port/workbookPort';
import { toReceivablesError } from './errors';
import { PAYLOAD_BUDGET } from './payload';
import { findSheet, readUsedRange } from './readRange';
import { layoutSheet } from './sheetLayout';
import { readStateValue, writeStateValue } from './stateSheet';
import { writeLayout } from './writeLayout';

const log = createLogger('office-adapter');

/** Excel.run's shape: the adapter takes it as a parameter so tests can pass the double's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Characters of JSON per sync; lower it only in tests. */
  payloadBudget?: number;
}

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

/**
 * The workbook port inside Excel, over the Excel JavaScript API. The only
 * code in the project that talks to Excel.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly budget: number;
  private date1904: boolean | undefined;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  }

  private async call<T>(doing: string, batch: (context: Excel.RequestContext) => Promise<T>) {
    try {
      return await this.run(batch);
    } catch (error) {
      log.warn(`${doing} failed`, error);
      throw toReceivablesError(error, doing);
    }
  }

  /** Each sheet's id is Excel's worksheet id, which stays the same through renames and moves. */
  // Limitation: Excel promises the worksheet id through renames and moves, not across closing and
  // reopening; a host that gave new ids on reopening would have the next run take the add-in's
  // sheets for the user's and write 'Name (2)' ones beside them.
  listSheets(): Promise<SheetInfo[]> {
    return this.call('Listing the sheets', async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility,items/id');
      await context.sync();
      return sheets.items.map((sheet) => ({
        name: sheet.name,
        visibility: VISIBILITY[sheet.visibility] ?? 'visible',
        id: `excel:${sheet.id}`,
      }));
    });
  }

  /**
   * Whether the workbook counts dates from 1904. Excel's JavaScript API has no
   * property for the date system, but the DATE worksheet function answers in
   * the workbook's own system: DATE(1904,1,1) is 0 there, 1462 in the 1900
   * system.
   */
  private async readDate1904(context: Excel.RequestContext): Promise<boolean> {
    if (this.date1904 !== undefined) return this.date1904;
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load('value');
    try {
      await context.sync();
      this.date1904 = probe.value === 0;
    } catch (error) {
      // Limitation: if Excel cannot evaluate DATE here, the 1900 date system is assumed;
      // a 1904 workbook's dates are then read four years early.
      log.warn('Could not tell the date system; assuming 1900', error);
      this.date1904 = false;
    }
    return this.date1904;
  }

  readSheetHead(sheet: string, maxRows: number): Promise<CellGrid> {
    return this.call(`Reading the top of the sheet '${sheet}'`, async (context) => {
      const name = await findSheet(context, sheet);
      const date1904 = await this.readDate1904(context);
      return readUsedRange(context, name, {
        maxRows,
        withFormats: true,
        budget: this.budget,
        date1904,
      });
    });
  }

  /**
   * Reads values only: number formats would double the traffic, and the
   * engine reads numbers in date columns as serials whatever their format.
   * Excel tables lie inside the used range, so a ledger kept as a table is
   * read like any other range.
   */
  readSheet(sheet: string, onProgress?: ProgressListener): Promise<CellGrid> {
    // Limitation: a whole-sheet read carries no number formats, so nothing downstream can tell
    // a date cell from a plain number by its format; the column it is in decides.
    return this.call(`Reading the sheet '${sheet}'`, async (context) => {
      const name = await findSheet(context, sheet);
      const date1904 = await this.readDate1904(context);
      return readUsedRange(context, name, {
        withFormats: false,
        budget: this.budget,
        date1904,
        ...(onProgress ? { onProgress } : {}),
      });
    });
  }

  writeSheet(spec: SheetSpec, replacing?: string, onProgress?: ProgressListener): Promise<void> {
    const layout = layoutSheet(spec);
    return this.call(`Writing the sheet '${spec.name}'`, (context) =>
      writeLayout(context, spec.name, replacing, layout, {
        budget: this.budget,
        ...(onProgress ? { onProgress } : {}),
      }),
    );
  }

  readState(key: string): Promise<string | undefined> {
    return this.call('Reading the add-in\u2019s saved settings', (context) =>
      readStateValue(context, key, this.budget),
    );
  }

  writeState(key: string, value: string): Promise<void> {
    return this.call('Saving the add-in\u2019s settings', (context) =>
      writeStateValue(context, key, value, this.budget),
    );
  }

  activateSheet(sheet: string): Promise<void> {
    return this.call(`Showing the sheet '${sheet}'`, async (context) => {
      const name = await findSheet(context, sheet);
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  selectCell(sheet: string, row: number, column: number): Promise<void> {
    return this.call(`Selecting row ${row} of the sheet '${sheet}'`, async (context) => {
      const name = await findSheet(context, sheet);
      const worksheet = context.workbook.worksheets.getItem(name);
      worksheet.activate();
      worksheet.getRangeByIndexes(row - 1, column - 1, 1, 1).select();
      await context.sync();
    });
  }
}

/** The workbook port for the workbook open in Excel (uses the global Excel.run). */
export function createOfficeWorkbook(): WorkbookPort {
  return new OfficeWorkbook((batch) => Excel.run(batch));
}
