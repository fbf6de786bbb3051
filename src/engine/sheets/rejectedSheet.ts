import type { OutputLabels } from '../i18n/outputLabels';
import type { LedgerField, RejectionField } from '../ledger/fields';
import type { LedgerReadResult, LedgerSource } from '../ledger/types';
import { blockRowCount } from './renderRows';
import { EXCEL_MAX_ROWS } from './excelNames';
import type { CellLink, OutputCell, SheetBlock, SheetSpec } from './sheetSpec';

/** The ledger columns a rejection can be blamed on, best first. */
const COLUMNS_OF_FIELD: Record<RejectionField, LedgerField[]> = {
  customer: ['customerCode', 'customerName'],
  invoice: ['invoice'],
  invoiceDate: ['invoiceDate'],
  dueDate: ['dueDate', 'invoiceDate'],
  amount: ['openAmount', 'amount'],
  currency: ['currency'],
};

/** The 1-based sheet column holding a rejected field, or the ledger's first column. */
function ledgerColumnOf(field: RejectionField, source: LedgerSource, firstColumn: number): number {
  for (const candidate of COLUMNS_OF_FIELD[field]) {
    const index = source.columnIndexes[candidate];
    if (index !== undefined) return firstColumn + index;
  }
  return firstColumn;
}

function countLines(ledger: LedgerReadResult, labels: OutputLabels): SheetBlock[] {
  const blank = ledger.skipped.filter((row) => row.kind === 'blank').length;
  const subtotal = ledger.skipped.length - blank;
  const counts: [string, number][] = [
    [labels.rowsAccepted, ledger.counts.accepted],
    [labels.rowsRejected, ledger.counts.rejected],
    [labels.rowsSkippedBlank, blank],
    [labels.rowsSkippedSubtotal, subtotal],
  ];
  return counts.map(([label, count]) => ({
    kind: 'line',
    cells: [label, count],
    formats: ['text', 'integer'],
  }));
}

/**
 * The rejected rows sheet: how many rows were accepted, rejected and
 * skipped, the warnings, then the table RD_Rejected with each rejected row's
 * sheet row, field, raw value (as text, exactly) and reason, each row linked
 * to its cell on the ledger sheet. With nothing rejected a line says so; the
 * sheet is still written so a re-run replaces it.
 *
 * `ledgerFirstColumn` is the 1-based sheet column of the ledger grid's first
 * column, for the links.
 *
 * @example
 * buildRejectedSheet(ledger, outputLabels('fr'), 1).name // 'Lignes rejetées'
 */
export function buildRejectedSheet(
  ledger: LedgerReadResult,
  labels: OutputLabels,
  ledgerFirstColumn = 1,
): SheetSpec {
  const blocks: SheetBlock[] = [
    { kind: 'title', text: labels.sheetNames.rejected },
    { kind: 'line', cells: [labels.sourceSheet, ledger.source.sheet] },
    ...countLines(ledger, labels),
    { kind: 'blank' },
  ];
  if (ledger.warnings.length > 0) {
    blocks.push({ kind: 'title', text: labels.warnings });
    for (const warning of ledger.warnings) blocks.push({ kind: 'line', cells: [warning.message] });
    blocks.push({ kind: 'blank' });
  }
  const rowsAbove = blocks.reduce((sum, block) => sum + blockRowCount(block), 0);
  if (ledger.rejected.length === 0) {
    blocks.push({ kind: 'line', cells: [labels.noRejectedRows] });
    return { role: 'rejected', name: labels.sheetNames.rejected, blocks, freezeRows: 1 };
  }

  // Limitation: rejected rows past the sheet's 1,048,576th row are left off this sheet; the
  // counts above and the JSON summary still include every one of them.
  const shown = ledger.rejected.slice(0, EXCEL_MAX_ROWS - rowsAbove - 1);
  const rows: OutputCell[][] = shown.map((rejection) => [
    rejection.row,
    labels.field[rejection.field],
    rejection.value,
    rejection.reason,
  ]);
  const links: CellLink[] = shown.map((rejection) => ({
    sheet: ledger.source.sheet,
    row: rejection.row,
    column: ledgerColumnOf(rejection.field, ledger.source, ledgerFirstColumn),
  }));
  blocks.push({
    kind: 'table',
    table: {
      name: 'RD_Rejected',
      columns: [
        { header: labels.ledgerRow, format: 'integer', width: 12 },
        { header: labels.fieldColumn, format: 'text', width: 18 },
        { header: labels.value, format: 'text', width: 24 },
        { header: labels.reason, format: 'text', width: 70 },
      ],
      rows,
    },
    links,
  });
  return {
    role: 'rejected',
    name: labels.sheetNames.rejected,
    blocks,
    freezeRows: rowsAbove + 1,
  };
}
