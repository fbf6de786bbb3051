import { bucketLabel } from '../ageing/buckets';
import type { AgeingAnalysis, AgedItem } from '../ageing/types';
import { civilDayToExcelSerial } from '../dates/civilDay';
import type { OutputLabels } from '../i18n/outputLabels';
import { centsToUnits } from '../money/cents';
import { EXCEL_MAX_ROWS } from './excelNames';
import type { OutputCell, SheetBlock, SheetSpec, TableColumn } from './sheetSpec';

/** Rows above the detail table: title, as-of line, blank. */
const ROWS_ABOVE_TABLE = 3;

/** The most items the detail table holds: the sheet's rows less the lines above and the header. */
export const MAX_DETAIL_ITEMS = EXCEL_MAX_ROWS - ROWS_ABOVE_TABLE - 1;

function detailColumns(labels: OutputLabels): TableColumn[] {
  return [
    { header: labels.customerCode, format: 'text', width: 14 },
    { header: labels.customerName, format: 'text', width: 32 },
    { header: labels.invoice, format: 'text', width: 16 },
    { header: labels.invoiceDate, format: 'date', width: 12 },
    { header: labels.dueDate, format: 'date', width: 12 },
    { header: labels.dueDateDerived, format: 'text', width: 10 },
    { header: labels.daysPastDue, format: 'integer', width: 10 },
    { header: labels.bucket, format: 'text', width: 10 },
    { header: labels.amount, format: 'amount', width: 15 },
    { header: labels.currency, format: 'text', width: 8 },
    { header: labels.entity, format: 'text', width: 12 },
    { header: labels.disputed, format: 'text', width: 10 },
    { header: labels.ledgerRow, format: 'integer', width: 10 },
  ];
}

function itemRow(item: AgedItem, bucketLabels: string[], labels: OutputLabels): OutputCell[] {
  return [
    item.customerCode ?? '',
    item.customerName ?? '',
    item.invoice ?? '',
    item.invoiceDate === undefined ? null : civilDayToExcelSerial(item.invoiceDate),
    civilDayToExcelSerial(item.dueDate),
    item.dueDateDerived ? labels.yes : labels.no,
    item.daysPastDue,
    bucketLabels[item.bucketIndex] ?? '',
    centsToUnits(item.amount),
    item.currency,
    item.entity ?? '',
    item.disputed ? labels.yes : labels.no,
    item.row,
  ];
}

/**
 * The invoice-level detail sheet: one table, RD_Detail, with a row per open
 * item in ledger order. It has no totals row, since its amounts mix currencies.
 * Items past `maxItems` (by default as many as fit on a sheet) are left off,
 * and a line above the table says so.
 *
 * @example
 * buildDetailSheet(analysis, outputLabels('en')).name // 'Ageing detail'
 */
export function buildDetailSheet(
  analysis: AgeingAnalysis,
  labels: OutputLabels,
  maxItems: number = MAX_DETAIL_ITEMS,
): SheetSpec {
  // Limitation: an Excel sheet has 1,048,576 rows, so items past MAX_DETAIL_ITEMS are left off
  // the detail sheet (a line above the table says so); the aged balance still counts them all.
  const shown = Math.min(analysis.items.length, maxItems);
  const bucketLabels = analysis.buckets.map((bucket) => bucketLabel(bucket, labels.language));
  const rows: OutputCell[][] = new Array<OutputCell[]>(shown);
  for (let index = 0; index < shown; index += 1) {
    rows[index] = itemRow(analysis.items[index] as AgedItem, bucketLabels, labels);
  }
  const asOfLine: OutputCell[] = [labels.asOf, civilDayToExcelSerial(analysis.asOf)];
  if (shown < analysis.items.length) {
    asOfLine.push(labels.detailCut(shown, analysis.items.length));
  }
  const blocks: SheetBlock[] = [
    { kind: 'title', text: labels.sheetNames.detail },
    { kind: 'line', cells: asOfLine, formats: ['text', 'date', 'text'] },
    { kind: 'blank' },
    { kind: 'table', table: { name: 'RD_Detail', columns: detailColumns(labels), rows } },
  ];
  return {
    role: 'detail',
    name: labels.sheetNames.detail,
    blocks,
    freezeRows: ROWS_ABOVE_TABLE + 1,
  };
}
