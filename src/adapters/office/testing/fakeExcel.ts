import type { Scalar } from './cellInput';
import { EXCEL_PAYLOAD_LIMIT, FakeExcelError, NotModelledError } from './fakeError';
import { createWorkbookTables } from './fakeTables';
import { createWorksheetCollection } from './fakeWorksheet';
import { FakeSession, Loadable, strict, type SyncStats } from './session';
import { FakeSheet, type FakeVisibility } from './sheetModel';
import { FakeWorkbookModel } from './workbookModel';

/** What a test reads back from one cell (1-based row and column). */
export interface CellSnapshot {
  value: Scalar | null;
  formula?: string;
  numberFormat: string;
  bold: boolean;
  hyperlink?: string;
}

export interface SeedOptions {
  visibility?: FakeVisibility;
  /** Number formats in step with the rows, e.g. 'dd/mm/yyyy' on date cells. */
  numberFormats?: (string | undefined)[][];
}

/**
 * A strict stand-in for the part of the Excel JavaScript API the Office
 * adapter uses. `run` has Excel.run's shape; everything else is for tests to
 * set a workbook up and look at what the adapter did.
 */
export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  readonly stats: SyncStats = {
    syncs: 0,
    largestRequest: 0,
    largestResponse: 0,
    writeSyncs: 0,
    suspendedSyncs: 0,
  };

  constructor(private readonly limit = EXCEL_PAYLOAD_LIMIT) {}

  /** Excel.run: a fresh context, and a last sync of whatever the batch left queued. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const session = new FakeSession(this.stats, this.limit);
    const result = await batch(this.context(session));
    if (session.pending > 0) await session.sync();
    return result;
  };

  /** The largest request or response of any sync so far. */
  get largestPayload(): number {
    return Math.max(this.stats.largestRequest, this.stats.largestResponse);
  }

  resetStats(): void {
    Object.assign(this.stats, {
      syncs: 0,
      largestRequest: 0,
      largestResponse: 0,
      writeSyncs: 0,
      suspendedSyncs: 0,
    });
  }

  /** Adds a sheet holding `rows` from A1 (values as Excel stores them: no typing of strings). */
  addSheet(name: string, rows: (Scalar | null)[][], options: SeedOptions = {}): FakeSheet {
    const sheet = new FakeSheet(name, this.model.newSheetId());
    sheet.visibility = options.visibility ?? 'Visible';
    rows.forEach((cells, r) => {
      sheet.values[r] = cells.map((value) => (value === null ? undefined : value));
    });
    if (options.numberFormats) {
      const width = options.numberFormats.reduce((widest, row) => Math.max(widest, row.length), 1);
      const box = { row: 0, column: 0, rowCount: options.numberFormats.length, columnCount: width };
      sheet.setNumberFormats(
        box,
        options.numberFormats.map((row) =>
          Array.from({ length: width }, (_, c) => row[c] ?? 'General'),
        ),
      );
    }
    this.model.sheets.push(sheet);
    this.model.activeSheet ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`No sheet '${name}' in the fake workbook.`);
    return sheet;
  }

  cell(sheetName: string, row: number, column: number): CellSnapshot {
    const sheet = this.sheet(sheetName);
    const r = row - 1;
    const c = column - 1;
    const formula = sheet.formulaAt(r, c);
    const hyperlink = sheet.hyperlinkAt(r, c);
    const value = sheet.valueAt(r, c, (text) => this.model.evaluate(sheet, text));
    return {
      value: value === '' && formula === undefined ? null : value,
      ...(formula === undefined ? {} : { formula }),
      numberFormat: sheet.numberFormatAt(r, c),
      bold: sheet.isBold(r, c),
      ...(hyperlink === undefined ? {} : { hyperlink }),
    };
  }

  private context(session: FakeSession): Excel.RequestContext {
    const model = this.model;
    const application = strict('Application', {
      suspendApiCalculationUntilNextSync: () => session.suspendCalculation(),
    });
    const functions = strict('Functions', {
      date(year: number, month: number, day: number) {
        const state = new Loadable(session, 'FunctionResult', {
          value: () => {
            const serial = Math.round(Date.UTC(year, month - 1, day) / 86_400_000) + 25_569;
            return model.date1904 ? serial - 1_462 : serial;
          },
        });
        const result = strict('FunctionResult', {
          load(names: string) {
            state.load(names);
            return result;
          },
          get value() {
            return state.get('value');
          },
        });
        return result;
      },
    });
    const workbook = strict('Workbook', {
      worksheets: createWorksheetCollection(session, model),
      tables: createWorkbookTables(session, model),
      application,
      functions,
    });
    return strict('RequestContext', {
      workbook,
      sync: () => session.sync(),
    }) as unknown as Excel.RequestContext;
  }
}

export { EXCEL_PAYLOAD_LIMIT, FakeExcelError, NotModelledError };
