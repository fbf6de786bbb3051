import type { DateOrder } from '../ledger/fields';
import { foldWord, MONTH_NUMBERS, WEEKDAY_NAMES } from './monthNames';

/** A day as written, not yet checked: 31 February passes here. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const TIME = String.raw`(?:[ T]+\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const NUMERIC_DATE = new RegExp(String.raw`^(\d{1,4})([/.\- ])(\d{1,2})\2(\d{1,4})${TIME}$`);
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const TIME_TOKEN = /^\d{1,2}[:h]\d{2}/;
const WORD_SPLIT = /[\s,/.-]+/;

/**
 * The year, month and day a date text names, before checking that the day
 * exists; `undefined` when the text is not written like a date. See
 * `parseDate` for the forms understood.
 *
 * @example
 * textDateParts('31/02/2026', 'dmy')    // { year: 2026, month: 2, day: 31 }
 * textDateParts('Nov 30, 2026', 'dmy')  // { year: 2026, month: 11, day: 30 }
 */
export function textDateParts(text: string, order: DateOrder): DateParts | undefined {
  const body = text.trim();
  if (body.length < 6 || body.length > 40) return undefined;

  const numeric = NUMERIC_DATE.exec(body);
  if (numeric)
    return numericParts(numeric[1] as string, numeric[3] as string, numeric[4] as string, order);
  const compact = COMPACT_DATE.exec(body);
  if (compact) {
    return { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]) };
  }
  return namedMonthParts(body);
}

function numericParts(first: string, second: string, third: string, order: DateOrder) {
  if (first.length === 4) {
    if (third.length > 2) return undefined;
    return { year: Number(first), month: Number(second), day: Number(third) };
  }
  if (first.length > 2) return undefined;
  const year = fullYear(third);
  if (year === undefined) return undefined;
  const a = Number(first);
  const b = Number(second);
  return order === 'mdy' ? { year, month: a, day: b } : { year, month: b, day: a };
}

/** Four-digit years as written; two-digit ones 00-69 in the 2000s, 70-99 in the 1900s. */
function fullYear(text: string): number | undefined {
  if (text.length === 4) return Number(text);
  if (text.length !== 2) return undefined;
  const short = Number(text);
  return short < 70 ? 2000 + short : 1900 + short;
}

/** '30 nov. 2026', '1er décembre 2026', 'Nov 30, 2026', 'Mon, 30-Nov-26 10:00'. */
function namedMonthParts(text: string): DateParts | undefined {
  if (!/[A-Za-zÀ-ÿ]/.test(text)) return undefined;
  const words = text.split(WORD_SPLIT).filter((word) => word !== '');
  const tokens: string[] = [];
  for (const word of words) {
    if (TIME_TOKEN.test(word)) break;
    const folded = foldWord(word);
    if (WEEKDAY_NAMES.has(folded) && tokens.length === 0) continue;
    tokens.push(folded === '1er' ? '1' : folded);
  }
  if (tokens.length !== 3) return undefined;
  const [a, b, c] = tokens as [string, string, string];

  const monthFirst = MONTH_NUMBERS.get(a);
  if (monthFirst !== undefined) return dayYear(monthFirst, b, c);
  const monthSecond = MONTH_NUMBERS.get(b);
  if (monthSecond !== undefined) return dayYear(monthSecond, a, c);
  return undefined;
}

function dayYear(month: number, dayText: string, yearText: string): DateParts | undefined {
  if (!/^\d{1,2}$/.test(dayText) || !/^\d{2}(?:\d{2})?$/.test(yearText)) return undefined;
  const year = fullYear(yearText);
  return year === undefined ? undefined : { year, month, day: Number(dayText) };
}
