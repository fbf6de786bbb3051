import { civilDayFromIso } from '../../engine/dates/civilDay';
import type { PaneStrings } from '../i18n/strings';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Reads the bucket bounds the user typed ('30,60,90,180,365'; spaces and
 * semicolons are accepted too) into strictly increasing whole days.
 */
export function checkBucketText(text: string, strings: PaneStrings): Checked<number[]> {
  const pieces = text
    .split(/[,;\s]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length === 0) return { ok: false, message: strings.bucketsEmpty };

  const bounds: number[] = [];
  for (const piece of pieces) {
    const bound = /^\d+$/.test(piece) ? Number(piece) : NaN;
    if (!Number.isSafeInteger(bound) || bound < 1) {
      return { ok: false, message: strings.bucketsNotWhole(piece) };
    }
    const previous = bounds[bounds.length - 1];
    if (previous !== undefined && bound <= previous) {
      return { ok: false, message: strings.bucketsNotIncreasing(previous, bound) };
    }
    bounds.push(bound);
  }
  return { ok: true, value: bounds };
}

/** Checks the as-of date a date input gives (YYYY-MM-DD, or '' when cleared). */
export function checkAsOf(text: string, strings: PaneStrings): Checked<string> {
  return civilDayFromIso(text) === undefined
    ? { ok: false, message: strings.asOfInvalid }
    : { ok: true, value: text };
}
