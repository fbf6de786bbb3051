/**
 * The columns Receivables Desk looks for in a ledger. `amount` is the
 * invoice's original amount; `openAmount` what is still to be paid (Solde,
 * Reste à payer, Outstanding). When both are found the open one is used.
 */
export const LEDGER_FIELDS = [
  'customerCode',
  'customerName',
  'invoice',
  'invoiceDate',
  'dueDate',
  'amount',
  'openAmount',
  'currency',
  'entity',
  'dispute',
  'collector',
  'paymentTerms',
] as const;

export type LedgerField = (typeof LEDGER_FIELDS)[number];

/** The field a rejected row is blamed on. */
export type RejectionField =
  'customer' | 'invoice' | 'invoiceDate' | 'dueDate' | 'amount' | 'currency';

/** Which day the age of an item counts from. */
export type AgeingBasis = 'due' | 'invoice';

/** How a text date such as 03/04/2026 is read: 3 April (dmy) or 4 March (mdy). */
export type DateOrder = 'dmy' | 'mdy';

/**
 * True when a name (from `--map` or saved settings) is one of the ledger
 * fields.
 *
 * @example
 * isLedgerField('dueDate') // true
 * isLedgerField('duedate') // false: field names are case-sensitive
 */
export function isLedgerField(name: string): name is LedgerField {
  return (LEDGER_FIELDS as readonly string[]).includes(name);
}
