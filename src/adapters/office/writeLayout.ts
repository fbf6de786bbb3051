import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { ProgressListener } from '../../port/workbookPort';
import { isPayloadTooLarge } from './errors';
import { takeBlock } from './payload';
import {
  documentReference,
  NUMBER_FORMATS,
  type PlacedTable,
  type SheetLayout,
  totalsFormulas,
  widthInPoints,
} from './sheetLayout';
import { toExcelInput } from './textCells';

export interface WriteLayoutOptions {
  budget: number;
  onProgress?: ProgressListener;
}

/**
 * Suspends calculation for the commands queued after this call, until the
 * next sync: so it goes first in every batch that writes.
 */
function suspendCalculation(context: Excel.RequestContext): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
}

/** Queued commands and their estimated size, synced before the budget would be passed. */
class Batch {
  private size = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  /** Queues a command of about `size` characters, syncing first if it would not fit. */
  async add(size: number, queue: () => void): Promise<void> {
    if (this.size > 0 && this.size + size > this.budget) await this.flush();
    if (this.size === 0) suspendCalculation(this.context);
    queue();
    this.size += size;
  }

  async flush(always = false): Promise<void> {
    if (this.size === 0 && !always) return;
    await this.context.sync();
    this.size = 0;
  }
}

/** The sheet to write, and the table names taken elsewhere in the workbook once it is ready. */
interface PreparedSheet {
  worksheet: Excel.Worksheet;
  takenTableNames: Set<string>;
}

/**
 * Gets the sheet to write: the add-in's earlier sheet `replacing`, emptied
 * (tables deleted, cells and formats cleared) and renamed in place, or a new
 * sheet at the end. The workbook's table names are listed in the same sync as
 * its sheets, less those of the tables deleted here. Synced on its own, so
 * that a block of values Excel refuses for its size can be sent again,
 * smaller, without them.
 */
async function prepareSheet(
  context: Excel.RequestContext,
  name: string,
  replacing: string | undefined,
): Promise<PreparedSheet> {
  const sheets = context.workbook.worksheets.load('items/name');
  const workbookTables = context.workbook.tables.load('items/name');
  await context.sync();
  const names = sheets.items.map((sheet) => sheet.name);
  const takenTableNames = new Set(workbookTables.items.map((table) => table.name.toUpperCase()));
  const same = (a: string) => (b: string) => a.toLowerCase() === b.toLowerCase();
  const taken = names.find(same(name));
  const previous = replacing === undefined ? undefined : names.find(same(replacing));
  if (taken !== undefined && taken !== previous) {
    throw new ReceivablesError(
      'SHEET_NAME_TAKEN',
      `A sheet named '${taken}' already exists and the add-in did not write it, so it was left alone. Rename that sheet, then run the analysis again.`,
    );
  }
  if (previous === undefined) {
    suspendCalculation(context);
    const added = context.workbook.worksheets.add(name);
    await context.sync();
    return { worksheet: added, takenTableNames };
  }

  const worksheet = context.workbook.worksheets.getItem(previous);
  const tables = worksheet.tables.load('items/name');
  await context.sync();
  suspendCalculation(context);
  for (const table of tables.items) {
    table.delete();
    takenTableNames.delete(table.name.toUpperCase());
  }
  worksheet.getRange().clear('All');
  if (previous !== name) worksheet.name = name;
  await context.sync();
  return { worksheet, takenTableNames };
}

/**
 * Writes every value in row blocks, one sync each, calculation suspended.
 * Each block is as many rows as fit the budget once serialised, so the
 * adapter sends what it measured rather than a guess. A block Excel still
 * refuses for its size is sent again at half the rows, and no later block is
 * allowed that many rows again.
 */
async function writeValues(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  layout: SheetLayout,
  options: WriteLayoutOptions,
): Promise<void> {
  const { rows, width } = layout;
  const rowAt = (index: number) =>
    Array.from({ length: width }, (_, c) => toExcelInput(rows[index]?.[c] ?? null));
  let ceiling = Number.POSITIVE_INFINITY;
  let done = 0;
  while (done < rows.length) {
    const matrix = takeBlock(rows.length, rowAt, done, options.budget, ceiling);
    const count = matrix.length;
    suspendCalculation(context);
    worksheet.getRangeByIndexes(done, 0, count, width).values = matrix;
    try {
      await context.sync();
    } catch (error) {
      // Excel measures its own wire format, not JSON. A refused block ran nothing.
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      ceiling = Math.ceil(count / 2);
      continue;
    }
    done += count;
    options.onProgress?.(done, rows.length);
  }
}

/**
 * Number formats, one command per column run whatever its length: a format
 * set as a single code applies to every cell of the range, so the size of
 * the request does not grow with the rows. Queued into the finishing batch.
 */
function numberFormatCommands(
  worksheet: Excel.Worksheet,
  layout: SheetLayout,
): { size: number; queue: () => void }[] {
  return layout.formatRuns.flatMap((run) => {
    const code = NUMBER_FORMATS[run.format];
    if (code === undefined || run.rowCount < 1) return [];
    return [
      {
        size: 80 + code.length,
        queue: () => {
          const range = worksheet.getRangeByIndexes(run.firstRow, run.column, run.rowCount, 1);
          // Excel takes one code for a whole range; the type declarations only know the 2-D form.
          // Limitation: one code for a whole range is how Excel's API reference describes it; the
          // test double follows that reference, and it has not been run against Excel here.
          range.numberFormat = code as unknown as string[][];
        },
      },
    ];
  });
}

/**
 * The tables to add, each renamed 'Name_2', 'Name_3'... when a table
 * elsewhere in the workbook already has its name (Excel refuses two tables of
 * one name): a sheet of ours the add-in no longer owns may still hold them.
 */
function freeTableNames(tables: PlacedTable[], taken: Set<string>): PlacedTable[] {
  return tables.map((table) => {
    let name = table.name;
    for (let suffix = 2; taken.has(name.toUpperCase()); suffix += 1)
      name = `${table.name}_${suffix}`;
    taken.add(name.toUpperCase());
    return name === table.name ? table : { ...table, name };
  });
}

/** Number formats, bold titles, widths, tables with totals, links and frozen rows: few commands, few syncs. */
async function writeFinish(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  layout: SheetLayout,
  budget: number,
): Promise<void> {
  const batch = new Batch(context, budget);
  for (const format of numberFormatCommands(worksheet, layout)) {
    await batch.add(format.size, format.queue);
  }
  for (const { row, column } of layout.boldCells) {
    await batch.add(60, () => {
      worksheet.getRangeByIndexes(row, column, 1, 1).format.font.bold = true;
    });
  }
  for (const [column, width] of layout.widths.entries()) {
    if (width === undefined) continue;
    await batch.add(60, () => {
      worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = widthInPoints(width);
    });
  }
  for (const placed of layout.tables) {
    const totals = placed.totals ? [totalsFormulas(placed)] : undefined;
    await batch.add(200 + JSON.stringify(totals ?? '').length, () => {
      const { headerRow, dataRowCount, columnCount } = placed;
      const range = worksheet.getRangeByIndexes(headerRow, 0, 1 + dataRowCount, columnCount);
      const table = worksheet.tables.add(range, true);
      table.name = placed.name;
      if (totals) {
        table.showTotals = true;
        table.getTotalRowRange().formulas = totals;
      }
    });
  }
  for (const link of layout.links) {
    const reference = documentReference(link.target);
    await batch.add(80 + reference.length, () => {
      // Only the target is set: a textToDisplay would be typed by Excel like any written value.
      worksheet.getRangeByIndexes(link.row, link.column, 1, 1).hyperlink = {
        documentReference: reference,
        screenTip: reference,
      };
    });
  }
  // Zero unfreezes what an earlier version of the sheet may have frozen.
  await batch.add(40, () => worksheet.freezePanes.freezeRows(layout.freezeRows));
  // Always one last sync, so a sheet with nothing to format is still created.
  await batch.flush(true);
}

/**
 * Writes a laid-out sheet: values first in row blocks, then number formats
 * (one command per column run), bold, widths, tables, links and frozen rows. Every sync stays under
 * the payload budget and runs with calculation suspended.
 */
export async function writeLayout(
  context: Excel.RequestContext,
  name: string,
  replacing: string | undefined,
  layout: SheetLayout,
  options: WriteLayoutOptions,
): Promise<void> {
  const { worksheet, takenTableNames } = await prepareSheet(context, name, replacing);
  await writeValues(context, worksheet, layout, options);
  const tables = freeTableNames(layout.tables, takenTableNames);
  await writeFinish(context, worksheet, { ...layout, tables }, options.budget);
  options.onProgress?.(layout.rows.length, layout.rows.length);
}
