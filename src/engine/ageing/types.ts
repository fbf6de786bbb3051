import type { CivilDay } from '../dates/civilDay';
import type { Cents } from '../money/cents';
import type { AgeingBasis } from '../ledger/fields';
import type { OpenItem } from '../ledger/types';

/** Upper bounds in days of the overdue buckets; `Not due` (0 or less) always comes first. */
export const DEFAULT_BUCKET_BOUNDS: readonly number[] = [30, 60, 90, 180, 365];

export interface AgeingOptions {
  asOf: CivilDay;
  basis: AgeingBasis;
  /** Strictly increasing positive whole numbers, e.g. [30, 60, 90, 180, 365]. */
  bounds: readonly number[];
}

/** One ageing bucket: days past due from `minDays` to `maxDays` inclusive. */
export interface Bucket {
  /** 'Not due', '1-30', ..., '>365' (the label is the same in French but for Not due). */
  label: string;
  /** Undefined for Not due (no lower end). */
  minDays?: number;
  /** Undefined for the last bucket (no upper end). */
  maxDays?: number;
}

/** Amounts in one currency. `byBucket` follows the analysis' buckets. */
export interface AgeingTotals {
  count: number;
  open: Cents;
  notDue: Cents;
  /** Days past due above 0. */
  overdue: Cents;
  /** Days past due above 90. */
  over90: Cents;
  /** Days past due above 365. */
  over365: Cents;
  byBucket: Cents[];
}

export interface CurrencyTotals extends AgeingTotals {
  currency: string;
}

export interface CustomerTotals extends AgeingTotals {
  /** The customer code when the ledger has one, else the name. */
  key: string;
  name: string;
  /** The first customer code seen for this customer, when the ledger gives one. */
  code?: string;
  currency: string;
  /** Open amount of items flagged as disputed. */
  disputed: Cents;
  /** Oldest days past due among the customer's items with a positive amount; 0 when none is overdue. */
  maxDaysPastDue: number;
}

export interface EntityTotals extends AgeingTotals {
  entity: string;
  currency: string;
}

export interface AgedItem extends OpenItem {
  /** As-of date minus the basis date (due or invoice date), in calendar days. */
  daysPastDue: number;
  /** Index into `AgeingAnalysis.buckets`. */
  bucketIndex: number;
}

export interface AgeingAnalysis {
  asOf: CivilDay;
  basis: AgeingBasis;
  buckets: Bucket[];
  items: AgedItem[];
  /** Sorted by currency code. */
  currencies: CurrencyTotals[];
  /** Sorted by currency, then overdue amount, largest first. */
  customers: CustomerTotals[];
  /**
   * Sorted by entity, then currency; items with no entity are under ''. Empty
   * when no item has an entity.
   */
  entities: EntityTotals[];
}
