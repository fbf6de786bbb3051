import { formatCount } from '../format';
import type { PaneStrings } from './strings';

/** A count with its noun: "1 row", "12,345 rows". */
function count(value: number, one: string, many: string): string {
  return `${formatCount(value, 'en')} ${value === 1 ? one : many}`;
}

/** The pane's English texts. */
export const en: PaneStrings = {
  appTitle: 'Receivables Desk',
  tabsLabel: 'Pages',
  tabAnalyse: 'Analyse',
  tabReminders: 'Reminders',
  tabKpis: 'KPIs',
  remindersSoon:
    'Reminders will list the customers to chase, draft the letters by ageing level and keep a log of every reminder sent. This page is not available yet.',
  kpisSoon:
    'KPIs will show days sales outstanding, the overdue rate and their trend from one analysis to the next. This page is not available yet.',

  loadingWorkbook: 'Reading the workbook…',
  ledgerSheet: 'Ledger sheet',
  ledgerSheetHint: 'The sheet holding the open items. The detected one is preselected.',
  sheetWithHeader: (sheet, headerRow) => `${sheet} (header on row ${headerRow})`,
  sheetWithoutHeader: (sheet) => `${sheet} (no header recognised)`,
  noSheets: 'This workbook has no sheet to read.',
  columnsHeading: 'Columns',
  columnsHint:
    'Change a column if it was not recognised. Your choices are saved with the workbook.',
  noHeaderOnSheet: (sheet) =>
    `No ledger header was recognised in the first rows of "${sheet}". Choose another sheet.`,
  fieldLabels: {
    customerCode: 'Customer code',
    customerName: 'Customer name',
    invoice: 'Invoice number',
    invoiceDate: 'Invoice date',
    dueDate: 'Due date',
    amount: 'Amount',
    openAmount: 'Open amount',
    currency: 'Currency',
    entity: 'Entity',
    dispute: 'Dispute',
    collector: 'Collector',
    paymentTerms: 'Payment terms',
  },
  columnNone: '(none)',
  requiredColumnsHeading: 'Required',
  requiredColumnsHint:
    'At least one of each pair: customer code or name, due or invoice date, open amount or amount.',
  optionalColumnsHeading: 'Optional',
  requiredGroupEmpty: {
    customer:
      'The analysis needs the customer code or the customer name: keep a column for one of them.',
    date: 'The analysis needs the due date or the invoice date: keep a column for one of them.',
    amount: 'The analysis needs the open amount or the amount: keep a column for one of them.',
  },
  useDetectedColumns: 'Use the detected columns',

  asOf: 'As-of date',
  asOfInvalid: 'Enter a date such as 2026-11-30.',
  asOfInFull: (day) => `Ages are counted to ${day}.`,
  buckets: 'Bucket bounds (days)',
  bucketsHint: 'Upper bounds of the overdue buckets, e.g. 30,60,90,180,365.',
  bucketsEmpty: 'Enter at least one bound, e.g. 30,60,90,180,365.',
  bucketsNotWhole: (piece) => `"${piece}" is not a whole number of days above 0.`,
  bucketsNotIncreasing: (previous, next) =>
    `Bounds must increase: ${next} comes after ${previous}.`,
  analyse: 'Analyse ageing',
  analysing: 'Analysing…',
  phases: {
    finding: 'Finding the ledger',
    reading: 'Reading the ledger',
    analysing: 'Ageing the open items',
    writing: 'Writing the analysis sheets',
    done: 'Done',
  },
  progressLabel: 'Progress',

  errorTitle: 'The analysis could not run',
  requirementsTitle: 'This version of Excel cannot run Receivables Desk',
  // The Office adapter's own message is English already.
  requirementsMissing: undefined,
  unexpectedError: (message) => `Something unexpected happened: ${message}`,

  resultHeading: 'Result',
  rowsRead: (accepted, rejected, skipped) =>
    `${count(accepted, 'row', 'rows')} accepted, ${formatCount(rejected, 'en')} rejected, ${formatCount(skipped, 'en')} skipped.`,
  sheetsWritten: (names) => `Sheets written: ${names}.`,
  totalsHeading: 'Totals per currency',
  currency: 'Currency',
  count: 'Items',
  open: 'Open',
  notDue: 'Not due',
  overdue: 'Overdue',
  over90: 'Over 90 days',
  over365: 'Over one year',
  chartTitle: (currency) => `Open amount per bucket, ${currency}`,
  chartTableCaption: (currency) => `Open amount per bucket, ${currency} (table)`,
  bucket: 'Bucket',
  amount: 'Amount',
  topCustomersHeading: 'Top overdue customers',
  topCustomersCaption: (currency) => `Top overdue customers, ${currency}`,
  noOverdueCustomers: 'No customer is overdue.',
  customer: 'Customer',
  rejectedHeading: 'Rejected rows',
  noRejectedRows: 'No row was rejected.',
  rowNumber: (row) => `Row ${row}`,
  goToRow: (row) => `Go to row ${row}`,
  moreRejected: (more) =>
    `And ${count(more, 'more row', 'more rows')}: see the rejected rows sheet.`,
  warningsHeading: 'Warnings',
};
