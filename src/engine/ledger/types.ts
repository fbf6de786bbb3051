import type { CivilDay } from '../dates/civilDay';
import type { Cents } from '../money/cents';
import type { AgeingBasis, DateOrder, LedgerField, RejectionField } from './fields';

/** One open invoice or credit note, read from one ledger row. */
export interface OpenItem {
  /** 1-based row on the user's sheet. */
  row: number;
  /** How the item's customer is grouped: the code when there is one, else the name. */
  customerKey: string;
  customerCode?: string;
  customerName?: string;
  invoice?: string;
  invoiceDate?: CivilDay;
  dueDate: CivilDay;
  /** True when the due date was derived from the invoice date and default terms. */
  dueDateDerived: boolean;
  /** The open amount; negative for credit notes and unapplied payments. */
  amount: Cents;
  /** ISO 4217 code, upper case. */
  currency: string;
  entity?: string;
  disputed: boolean;
  collector?: string;
  paymentTerms?: string;
}

/** A row that could not become an item, and what to do about it. */
export interface RejectedRow {
  row: number;
  field: RejectionField;
  /** The raw cell as text, exactly as found ('' for a blank cell). */
  value: string;
  /** What was wrong and what was expected, in the output language. */
  reason: string;
}

export type SkipKind = 'blank' | 'subtotal';

export interface SkippedRow {
  row: number;
  kind: SkipKind;
}

export type LedgerWarningCode = 'duplicateRows' | 'derivedDueDates' | 'ambiguousColumn';

/** Something a person should look at that did not stop a row being read. */
export interface LedgerWarning {
  code: LedgerWarningCode;
  /** Sheet rows concerned, when the warning is about rows. */
  rows: number[];
  message: string;
}

/** Where the ledger was found and how its columns were understood. */
export interface LedgerSource {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** The header text each recognised field was read from. */
  columns: Partial<Record<LedgerField, string>>;
  /** 0-based index into the grid's columns of each recognised field. */
  columnIndexes: Partial<Record<LedgerField, number>>;
  /** Every header cell of the header row, in order, as text. */
  headers: string[];
}

export interface LedgerReadResult {
  source: LedgerSource;
  items: OpenItem[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  warnings: LedgerWarning[];
  /** accepted + rejected + skipped = every row below the header. */
  counts: { accepted: number; rejected: number; skipped: number };
}

export type Language = 'fr' | 'en';

export interface ReadLedgerOptions {
  /** Header text to use for a field, overriding detection: { dueDate: 'Échéance nette' }. */
  map?: Partial<Record<LedgerField, string>>;
  /** How text dates are read; ISO year-month-day is always understood. Default dmy. */
  dateOrder?: DateOrder;
  /** Derive a missing due date as invoice date + this many days, and flag the row. */
  defaultTermsDays?: number;
  /** Currency of every row when the ledger has no currency column. Default EUR. */
  defaultCurrency?: string;
  /** With basis 'invoice' a row needs a readable invoice date. Default 'due'. */
  basis?: AgeingBasis;
  /** Language of rejection reasons and warnings. Default 'en'. */
  language?: Language;
}
