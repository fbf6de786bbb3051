import type { AgeingBasis, LedgerField, RejectionField } from '../ledger/fields';

/**
 * The `--json` summary of an analysis. Amounts are in currency units rounded
 * to cents; dates are YYYY-MM-DD. The README documents every field.
 */
export interface AgeingSummary {
  asOf: string;
  basis: AgeingBasis;
  buckets: string[];
  source: { sheet: string; headerRow: number; columns: Partial<Record<LedgerField, string>> };
  rows: { accepted: number; rejected: number; skipped: number };
  currencies: SummaryCurrency[];
  customers: SummaryCustomer[];
  rejected: SummaryRejection[];
}

export interface SummaryCurrency {
  currency: string;
  count: number;
  open: number;
  notDue: number;
  overdue: number;
  over90: number;
  over365: number;
  byBucket: number[];
}

export interface SummaryCustomer {
  key: string;
  name: string;
  currency: string;
  open: number;
  overdue: number;
  byBucket: number[];
}

export interface SummaryRejection {
  row: number;
  field: RejectionField;
  value: string;
  reason: string;
}
