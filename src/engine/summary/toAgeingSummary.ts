import { bucketLabel } from '../ageing/buckets';
import type { AgeingAnalysis, AgeingTotals } from '../ageing/types';
import { civilDayToIso } from '../dates/civilDay';
import type { LedgerReadResult } from '../ledger/types';
import { centsToUnits } from '../money/cents';
import type { AgeingSummary } from './types';

function currencyAmounts(totals: AgeingTotals) {
  return {
    count: totals.count,
    open: centsToUnits(totals.open),
    notDue: centsToUnits(totals.notDue),
    overdue: centsToUnits(totals.overdue),
    over90: centsToUnits(totals.over90),
    over365: centsToUnits(totals.over365),
    byBucket: totals.byBucket.map(centsToUnits),
  };
}

/**
 * The summary the command line writes with `--json`: amounts in currency
 * units rounded to cents, dates as `YYYY-MM-DD`, and every rejected row with
 * its reason. The JSON is read by programs, so the bucket labels are always
 * the English ones ('Not due', '1-30', ... '>365') whatever the analysis'
 * language; the reasons stay in the language the ledger was read in.
 *
 * @example
 * const summary = toAgeingSummary(ledger, ageItems(ledger.items, options));
 * summary.asOf                    // '2026-11-30'
 * summary.buckets[0]              // 'Not due', also for a French analysis
 * summary.currencies[0]?.overdue  // 1234.56
 */
export function toAgeingSummary(ledger: LedgerReadResult, analysis: AgeingAnalysis): AgeingSummary {
  return {
    asOf: civilDayToIso(analysis.asOf),
    basis: analysis.basis,
    buckets: analysis.buckets.map((bucket) => bucketLabel(bucket, 'en')),
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
      open: centsToUnits(totals.open),
      overdue: centsToUnits(totals.overdue),
      byBucket: totals.byBucket.map(centsToUnits),
    })),
    rejected: ledger.rejected.map((rejection) => ({
      row: rejection.row,
      field: rejection.field,
      value: rejection.value,
      reason: rejection.reason,
    })),
  };
}
