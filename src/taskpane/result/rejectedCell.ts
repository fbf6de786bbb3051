import type { LedgerField, RejectionField } from '../../engine/ledger/fields';
import type { LedgerSource } from '../../engine/ledger/types';
import type { WorkbookPort } from '../../port/workbookPort';

const COLUMNS_OF: Record<RejectionField, LedgerField[]> = {
  customer: ['customerName', 'customerCode'],
  invoice: ['invoice'],
  invoiceDate: ['invoiceDate'],
  dueDate: ['dueDate'],
  amount: ['openAmount', 'amount'],
  currency: ['currency'],
};

/**
 * Selects the cell a rejected row was blamed on, on the user's ledger sheet:
 * the field's column when the ledger has one, else the row's first column.
 */
export async function selectRejectedCell(
  port: WorkbookPort,
  source: LedgerSource,
  row: number,
  field: RejectionField,
): Promise<void> {
  if (!port.selectCell) return;
  // Column indexes count from the left edge of the used range, which the head read tells.
  const head = await port.readSheetHead(source.sheet, 1);
  const index = COLUMNS_OF[field]
    .map((ledgerField) => source.columnIndexes[ledgerField])
    .find((found) => found !== undefined);
  await port.selectCell(source.sheet, row, head.firstColumn + (index ?? 0));
}
