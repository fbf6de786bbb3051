import { assertNever, ReceivablesError } from '../errors/receivablesError';
import { french, guillemets } from '../i18n/frenchTypography';
import { outputLabels } from '../i18n/outputLabels';
import type { Language } from '../ledger/types';
import { DEFAULT_BUCKET_BOUNDS, type Bucket } from './types';

const EXAMPLE = DEFAULT_BUCKET_BOUNDS.join(',');

/** What can be wrong with bucket bounds, said in each output language. */
type BoundsProblem =
  | { kind: 'none' }
  | { kind: 'emptyText' }
  | { kind: 'notNumber'; entry: number; text: string; found: string }
  | { kind: 'notWhole'; bound: number; index: number }
  | { kind: 'notPositive'; bound: number; index: number }
  | { kind: 'notIncreasing'; bound: number; index: number; previous: number };

function describe(problem: BoundsProblem, language: Language): string {
  const fr = language === 'fr';
  switch (problem.kind) {
    case 'none':
      return fr ? 'aucune borne donnée' : 'none were given';
    case 'emptyText':
      return fr ? 'le texte est vide' : 'the text is empty';
    case 'notNumber':
      return fr
        ? french`l'élément ${problem.entry} de ${guillemets(problem.text)} est ${problem.found === '' ? 'vide' : guillemets(problem.found)}, pas un nombre entier de jours`
        : `entry ${problem.entry} of "${problem.text}" is ${problem.found === '' ? 'an empty entry' : `"${problem.found}"`}, not a whole number of days`;
    case 'notWhole':
      return fr
        ? french`la borne ${problem.index} (${problem.bound}) n'est pas un nombre entier`
        : `bound ${problem.index} (${problem.bound}) is not a whole number`;
    case 'notPositive':
      return fr
        ? french`la borne ${problem.index} (${problem.bound}) n'est pas supérieure à 0`
        : `bound ${problem.index} (${problem.bound}) is not above 0`;
    case 'notIncreasing':
      return fr
        ? french`la borne ${problem.index} (${problem.bound}) n'est pas supérieure à la précédente (${problem.previous})`
        : `bound ${problem.index} (${problem.bound}) is not above the bound before it (${problem.previous})`;
    default:
      return assertNever(problem, 'bounds problem');
  }
}

function invalidBounds(problem: BoundsProblem, language: Language): ReceivablesError {
  const message =
    language === 'fr'
      ? french`Bornes des tranches : ${describe(problem, language)}. Attendu des nombres entiers de jours supérieurs à 0 et croissants, par exemple ${EXAMPLE}.`
      : `Bucket bounds: ${describe(problem, language)}. Expected strictly increasing whole numbers of days above 0, e.g. ${EXAMPLE}.`;
  return new ReceivablesError('INVALID_OPTION', message);
}

/**
 * Checks bucket bounds and throws `INVALID_OPTION` saying which one is wrong,
 * in `language` (default English).
 *
 * @example
 * assertValidBucketBounds([30, 60, 90]) // passes
 * assertValidBucketBounds([60, 30])     // throws: bound 2 (30) is not above the bound before it (60)
 */
export function assertValidBucketBounds(
  bounds: readonly number[],
  language: Language = 'en',
): void {
  if (bounds.length === 0) throw invalidBounds({ kind: 'none' }, language);
  let previous = 0;
  for (const [position, bound] of bounds.entries()) {
    const index = position + 1;
    if (!Number.isSafeInteger(bound))
      throw invalidBounds({ kind: 'notWhole', bound, index }, language);
    if (bound <= 0) throw invalidBounds({ kind: 'notPositive', bound, index }, language);
    if (bound <= previous) {
      throw invalidBounds({ kind: 'notIncreasing', bound, index, previous }, language);
    }
    previous = bound;
  }
}

/**
 * Reads bucket bounds written as a comma-separated list of days. Spaces
 * around the numbers are allowed; anything else throws `INVALID_OPTION` with
 * a message naming the part that is wrong, in `language` (default English).
 *
 * @example
 * parseBucketBounds('30,60,90,180,365') // [30, 60, 90, 180, 365]
 * parseBucketBounds('30, 45')           // [30, 45]
 * parseBucketBounds('30,x')             // throws: "x" is not a whole number of days
 */
export function parseBucketBounds(text: string, language: Language = 'en'): number[] {
  if (text.trim() === '') throw invalidBounds({ kind: 'emptyText' }, language);
  const bounds = text.split(',').map((part, index) => {
    const found = part.trim();
    if (!/^\d+$/.test(found)) {
      throw invalidBounds({ kind: 'notNumber', entry: index + 1, text, found }, language);
    }
    return Number(found);
  });
  assertValidBucketBounds(bounds, language);
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
  assertValidBucketBounds(bounds, language);
  const ranges: Omit<Bucket, 'label'>[] = [{ maxDays: 0 }];
  let minDays = 1;
  for (const maxDays of bounds) {
    ranges.push({ minDays, maxDays });
    minDays = maxDays + 1;
  }
  ranges.push({ minDays });
  return ranges.map((range) => ({ label: bucketLabel(range, language), ...range }));
}

/**
 * The label of a bucket from its range of days: `Not due` (or `Non échu`)
 * when it has no lower end, `>N` when it has no upper end, else `min-max`.
 *
 * @example
 * bucketLabel({ maxDays: 0 }, 'fr')             // 'Non échu'
 * bucketLabel({ minDays: 31, maxDays: 60 })     // '31-60'
 * bucketLabel({ minDays: 30, maxDays: 30 })     // '30'
 * bucketLabel({ minDays: 366 })                 // '>365'
 */
export function bucketLabel(range: Omit<Bucket, 'label'>, language: Language = 'en'): string {
  const { minDays, maxDays } = range;
  if (minDays === undefined) return outputLabels(language).notDue;
  if (maxDays === undefined) return `>${minDays - 1}`;
  return minDays === maxDays ? String(maxDays) : `${minDays}-${maxDays}`;
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
