import { ReceivablesError } from '../errors/receivablesError';
import { outputLabels } from '../i18n/outputLabels';
import type { Language } from '../ledger/types';
import { DEFAULT_BUCKET_BOUNDS, type Bucket } from './types';

const EXAMPLE = DEFAULT_BUCKET_BOUNDS.join(',');

function invalidBounds(detail: string): ReceivablesError {
  return new ReceivablesError(
    'INVALID_OPTION',
    `Bucket bounds: ${detail}. Expected strictly increasing whole numbers of days above 0, e.g. ${EXAMPLE}.`,
  );
}

/**
 * Checks bucket bounds and throws `INVALID_OPTION` saying which one is wrong.
 *
 * @example
 * assertValidBucketBounds([30, 60, 90]) // passes
 * assertValidBucketBounds([60, 30])     // throws: 30 is not above 60
 */
export function assertValidBucketBounds(bounds: readonly number[]): void {
  if (bounds.length === 0) throw invalidBounds('none were given');
  let previous = 0;
  for (const [index, bound] of bounds.entries()) {
    const position = `bound ${index + 1} (${String(bound)})`;
    if (!Number.isSafeInteger(bound)) throw invalidBounds(`${position} is not a whole number`);
    if (bound <= 0) throw invalidBounds(`${position} is not above 0`);
    if (bound <= previous) {
      throw invalidBounds(`${position} is not above the bound before it (${previous})`);
    }
    previous = bound;
  }
}

/**
 * Reads bucket bounds written as a comma-separated list of days. Spaces
 * around the numbers are allowed; anything else throws `INVALID_OPTION` with
 * a message naming the part that is wrong.
 *
 * @example
 * parseBucketBounds('30,60,90,180,365') // [30, 60, 90, 180, 365]
 * parseBucketBounds('30, 45')           // [30, 45]
 * parseBucketBounds('30,x')             // throws: "x" is not a whole number of days
 */
export function parseBucketBounds(text: string): number[] {
  if (text.trim() === '') throw invalidBounds('the text is empty');
  const bounds = text.split(',').map((part, index) => {
    const trimmed = part.trim();
    if (!/^\d+$/.test(trimmed)) {
      const found = trimmed === '' ? 'an empty entry' : `"${trimmed}"`;
      throw invalidBounds(
        `entry ${index + 1} of "${text}" is ${found}, not a whole number of days`,
      );
    }
    return Number(trimmed);
  });
  assertValidBucketBounds(bounds);
  return bounds;
}

/**
 * The buckets for some upper bounds: `Not due` (0 days or less), one bucket
 * per bound, and an open-ended last bucket. Labels follow the bounds.
 *
 * @example
 * bucketsFromBounds([30, 60]).map((b) => b.label)       // ['Not due', '1-30', '31-60', '>60']
 * bucketsFromBounds([30], 'fr').map((b) => b.label)     // ['Non échu', '1-30', '>30']
 */
export function bucketsFromBounds(
  bounds: readonly number[] = DEFAULT_BUCKET_BOUNDS,
  language: Language = 'en',
): Bucket[] {
  assertValidBucketBounds(bounds);
  const buckets: Bucket[] = [{ label: outputLabels(language).notDue, maxDays: 0 }];
  let minDays = 1;
  for (const maxDays of bounds) {
    const label = minDays === maxDays ? String(maxDays) : `${minDays}-${maxDays}`;
    buckets.push({ label, minDays, maxDays });
    minDays = maxDays + 1;
  }
  const last = bounds[bounds.length - 1] as number;
  buckets.push({ label: `>${last}`, minDays });
  return buckets;
}

/**
 * The index of the bucket a number of days past due falls in, for the
 * buckets `bucketsFromBounds(bounds)` builds: 0 (Not due) for 0 days or less.
 *
 * @example
 * bucketIndexOf(0, [30, 60])  // 0
 * bucketIndexOf(30, [30, 60]) // 1
 * bucketIndexOf(61, [30, 60]) // 3
 */
export function bucketIndexOf(daysPastDue: number, bounds: readonly number[]): number {
  if (daysPastDue <= 0) return 0;
  for (let index = 0; index < bounds.length; index += 1) {
    if (daysPastDue <= (bounds[index] as number)) return index + 1;
  }
  return bounds.length + 1;
}
