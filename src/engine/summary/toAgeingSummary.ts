import type { AgeingAnalysis, AgeingTotals } from '../ageing/types';
import { civilDayToIso } from '../dates/civilDay';
import type { LedgerReadResult } from '../ledger/types';
import { centsToUnits, type Cents } from '../money/cents';
import type { AgeingSummary } from './types';

/** Cents as currency units, with no negative zero in the JSON. */
function units(cents: Cents): number {
  return cents === 0 ? 0 : centsToUnits(cents);
}

function currencyAmounts(totals: AgeingTotals) {
  return {
    count: totals.count,
    open: units(totals.open),
    notDue: units(totals.notDue),
    overdue: units(totals.overdue),
    over90: units(totals.over90),
    over365: units(totals.over365),
    byBucket: totals.byBucket.map(units),
  };
}

/**
 * The summary the command line writes with `--json`: amounts in currency
 * units rounded to cents, dates as `YYYY-MM-DD`, bucket labels in the
 * analysis' language, and every rejected row with its reason.
 *
 * @example
 * const summary = toAgeingSummary(ledger, ageItems(ledger.items, options));
 * summary.asOf                    // '2026-11-30'
 * summary.currencies[0]?.overdue  // 1234.56
 */
export function toAgeingSummary(ledger: LedgerReadResult, analysis: AgeingAnalysis): AgeingSummary {
  return {
    asOf: civilDayToIso(analysis.asOf),
    basis: analysis.basis,
    buckets: analysis.buckets.map((bucket) => bucket.label),
    source: {
      sheet: ledger.source.sheet,
      headerRow: ledger.source.headerRow,
      columns: { ...ledger.source.columns },
    },
    rows: { ...ledger.counts },
    currencies: analysis.currencies.map((totals) => ({
      currency: totals.currency,
      ...currencyAmounts(totals),
    })),
    customers: analysis.customers.map((totals) => ({
      key: totals.key,
      name: totals.name,
      currency: totals.currency,
      open: units(totals.open),
      overdue: units(totals.overdue),
      byBucket: totals.byBucket.map(units),
    })),
    rejected: ledger.rejected.map((rejection) => ({
      row: rejection.row,
      field: rejection.field,
      value: rejection.value,
      reason: rejection.reason,
    })),
  };
}
