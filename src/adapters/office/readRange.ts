import { ReceivablesError } from '../../engine/errors/receivablesError';
import type { CellGrid, CellValue } from '../../engine/grid/cellGrid';
import type { ProgressListener } from '../../port/workbookPort';
import { isPayloadTooLarge } from './errors';
import { readBlockRows, readRowsAfterMeasure } from './payload';

export interface ReadRangeOptions {
  /** Read at most this many rows from the top of the used range. */
  maxRows?: number;
  /** Also read number formats (worth it for a header search, not for a whole ledger). */
  withFormats: boolean;
  budget: number;
  date1904: boolean;
  onProgress?: ProgressListener;
}

/** Finds a sheet by name as Excel does (case-insensitively) or explains which sheets exist. */
export async function findSheet(context: Excel.RequestContext, name: string): Promise<string> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = sheets.items.map((sheet) => sheet.name);
  const found = names.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (found === undefined) {
    throw new ReceivablesError(
      'SHEET_NOT_FOUND',
      `There is no sheet named '${name}' in this workbook; its sheets are ${names.map((n) => `'${n}'`).join(', ')}.`,
    );
  }
  return found;
}

function toCell(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

/**
 * Reads a sheet's used range (cells with values; formatting alone does not
 * count) in blocks of rows, one sync each, every response under the payload
 * budget. The first block size is a cautious guess from the column count;
 * each later block is sized from the characters per row measured on the one
 * before, growing or shrinking to land near the budget. A block Excel still
 * refuses for its size is retried at half the rows, and no later block is
 * allowed that many rows again.
 */
export async function readUsedRange(
  context: Excel.RequestContext,
  sheetName: string,
  options: ReadRangeOptions,
): Promise<CellGrid> {
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  const grid: CellGrid = {
    sheetName,
    values: [],
    firstRow: 1,
    firstColumn: 1,
    date1904: options.date1904,
  };
  if (used.isNullObject) return grid;

  const { rowIndex, columnIndex, columnCount } = used;
  const total = Math.min(used.rowCount, options.maxRows ?? used.rowCount);
  grid.firstRow = rowIndex + 1;
  grid.firstColumn = columnIndex + 1;
  const formats: (string | undefined)[][] = [];
  const properties = options.withFormats ? 'values,numberFormat' : 'values';
  let blockRows = readBlockRows(columnCount, options.withFormats, options.budget);
  let ceiling = Number.POSITIVE_INFINITY;
  let done = 0;
  while (done < total) {
    const rows = Math.min(blockRows, total - done);
    const block = worksheet.getRangeByIndexes(rowIndex + done, columnIndex, rows, columnCount);
    block.load(properties);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows === 1) throw error;
      ceiling = Math.ceil(rows / 2);
      blockRows = ceiling;
      continue;
    }
    const values = block.values as unknown[][];
    let measured = JSON.stringify(values).length;
    for (const row of values) grid.values.push(row.map(toCell));
    if (options.withFormats) {
      const numberFormats = block.numberFormat as unknown[][];
      measured += JSON.stringify(numberFormats).length;
      for (const row of numberFormats) {
        formats.push(row.map((format) => (typeof format === 'string' ? format : undefined)));
      }
    }
    done += rows;
    blockRows = readRowsAfterMeasure(rows, measured, options.budget, ceiling);
    options.onProgress?.(done, total);
  }
  if (options.withFormats) grid.numberFormats = formats;
  return grid;
}
