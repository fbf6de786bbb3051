import { civilDayFromIso, type CivilDay } from '../dates/civilDay';
import { centsFromUnits } from '../money/cents';
import type { LedgerReadResult, OpenItem } from '../ledger/types';

/**
 * Builders for tests of the ageing, summary and sheet code: open items with
 * explicit dates, written the way a person reads them.
 */

/**
 * A calendar day from `YYYY-MM-DD`; throws on a day that does not exist.
 *
 * @example
 * day('2026-11-30') // 20787
 */
export function day(iso: string): CivilDay {
  const parsed = civilDayFromIso(iso);
  if (parsed === undefined) throw new Error(`Not a real day in a test: ${iso}`);
  return parsed;
}

export interface ItemInput {
  row?: number;
  customerCode?: string;
  customerName?: string;
  invoice?: string;
  invoiceDate?: string;
  dueDate: string;
  dueDateDerived?: boolean;
  /** In currency units, e.g. 1234.56. */
  amount: number;
  currency?: string;
  entity?: string;
  disputed?: boolean;
}

let nextRow = 5;

/**
 * An open item; the customer key is the code when given, else the name.
 *
 * @example
 * openItem({ customerCode: '411001', dueDate: '2026-10-31', amount: 1234.56 })
 */
export function openItem(input: ItemInput): OpenItem {
  const item: OpenItem = {
    row: input.row ?? nextRow++,
    customerKey: input.customerCode ?? input.customerName ?? 'C001',
    dueDate: day(input.dueDate),
    dueDateDerived: input.dueDateDerived ?? false,
    amount: centsFromUnits(input.amount),
    currency: input.currency ?? 'EUR',
    disputed: input.disputed ?? false,
  };
  if (input.customerCode !== undefined) item.customerCode = input.customerCode;
  if (input.customerName !== undefined) item.customerName = input.customerName;
  if (input.invoice !== undefined) item.invoice = input.invoice;
  if (input.invoiceDate !== undefined) item.invoiceDate = day(input.invoiceDate);
  if (input.entity !== undefined) item.entity = input.entity;
  return item;
}

/**
 * A ledger as readLedger would return it, around some items.
 *
 * @example
 * ledgerOf([openItem({ dueDate: '2026-10-31', amount: 10 })]).counts // { accepted: 1, rejected: 0, skipped: 0 }
 */
export function ledgerOf(
  items: OpenItem[],
  extra: Partial<LedgerReadResult> = {},
): LedgerReadResult {
  const rejected = extra.rejected ?? [];
  const skipped = extra.skipped ?? [];
  return {
    source: {
      sheet: 'Grand livre',
      headerRow: 4,
      columns: {
        customerCode: 'Compte',
        customerName: 'Raison sociale',
        dueDate: 'Échéance',
        openAmount: 'Solde',
      },
      columnIndexes: { customerCode: 0, customerName: 1, dueDate: 2, openAmount: 3 },
      headers: ['Compte', 'Raison sociale', 'Échéance', 'Solde'],
    },
    items,
    rejected,
    skipped,
    warnings: [],
    counts: { accepted: items.length, rejected: rejected.length, skipped: skipped.length },
    ...extra,
  };
}
