import { toExcelInput } from './textCells';

/** The add-in's very hidden sheet: one row per key, `key | chunk count | chunk 1 | chunk 2 ...`. */
export const STATE_SHEET = 'RD_State';

/** Text per cell, under Excel's 32,767-character limit with room to spare. */
export const STATE_CHUNK = 30_000;

async function stateSheetExists(context: Excel.RequestContext): Promise<boolean> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return sheets.items.some((sheet) => sheet.name.toLowerCase() === STATE_SHEET.toLowerCase());
}

/** The keys in column A, by 0-based row; empty when the sheet is empty. */
async function readKeys(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
): Promise<string[]> {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,rowCount');
  await context.sync();
  if (used.isNullObject) return [];
  const column = worksheet.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, 1);
  column.load('values');
  await context.sync();
  return (column.values as unknown[][]).map((row) => String(row[0] ?? ''));
}

/** Splits a value into cells Excel can hold. */
export function toChunks(value: string): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < value.length; at += STATE_CHUNK) {
    chunks.push(value.slice(at, at + STATE_CHUNK));
  }
  return chunks;
}

/** Reads the value saved under `key`, or undefined. */
export async function readStateValue(
  context: Excel.RequestContext,
  key: string,
  budget: number,
): Promise<string | undefined> {
  if (!(await stateSheetExists(context))) return undefined;
  const worksheet = context.workbook.worksheets.getItem(STATE_SHEET);
  const row = (await readKeys(context, worksheet)).indexOf(key);
  if (row < 0) return undefined;
  const head = worksheet.getRangeByIndexes(row, 1, 1, 1);
  head.load('values');
  await context.sync();
  const count = Number((head.values as unknown[][])[0]?.[0]);
  if (!Number.isInteger(count) || count < 0) return undefined;

  const perSync = Math.max(1, Math.floor(budget / (STATE_CHUNK + 10)));
  let text = '';
  for (let first = 0; first < count; first += perSync) {
    const cells = worksheet.getRangeByIndexes(row, 2 + first, 1, Math.min(perSync, count - first));
    cells.load('values');
    await context.sync();
    text += ((cells.values as unknown[][])[0] ?? []).map((cell) => String(cell)).join('');
  }
  return text;
}

/** Saves `value` under `key`, creating the very hidden state sheet the first time. */
export async function writeStateValue(
  context: Excel.RequestContext,
  key: string,
  value: string,
  budget: number,
): Promise<void> {
  let worksheet: Excel.Worksheet;
  let row: number;
  if (await stateSheetExists(context)) {
    worksheet = context.workbook.worksheets.getItem(STATE_SHEET);
    const keys = await readKeys(context, worksheet);
    row = keys.indexOf(key);
    if (row < 0) row = keys.length;
    worksheet.getRangeByIndexes(row, 0, 1, 16_384).clear('All');
  } else {
    worksheet = context.workbook.worksheets.add(STATE_SHEET);
    worksheet.visibility = 'VeryHidden';
    row = 0;
  }
  const chunks = toChunks(value);
  worksheet.getRangeByIndexes(row, 0, 1, 2).values = [[toExcelInput(key), chunks.length]];
  const perSync = Math.max(1, Math.floor(budget / (STATE_CHUNK + 10)));
  for (let first = 0; first < chunks.length; first += perSync) {
    const part = chunks.slice(first, first + perSync).map(toExcelInput);
    worksheet.getRangeByIndexes(row, 2 + first, 1, part.length).values = [part];
    await context.sync();
  }
  if (chunks.length === 0) await context.sync();
}
