import type { Bucket } from '../ageing/types';
import type { OutputLabels } from '../i18n/outputLabels';
import { centsToUnits, type Cents } from '../money/cents';

/**
 * An amount in cents as the number a cell shows, in currency units, with no
 * negative zero.
 *
 * @example
 * amountCell(123456 as Cents) // 1234.56
 */
export function amountCell(cents: Cents): number {
  return cents === 0 ? 0 : centsToUnits(cents);
}

/**
 * A bucket's label in the sheets' language: the analysis may have been made
 * in another one, and only Not due differs between them.
 *
 * @example
 * bucketLabel({ label: 'Not due', maxDays: 0 }, outputLabels('fr')) // 'Non échu'
 */
export function bucketLabel(bucket: Bucket, labels: OutputLabels): string {
  return bucket.minDays === undefined ? labels.notDue : bucket.label;
}
