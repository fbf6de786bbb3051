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

  const simple = scanNumericDate(body, order);
  if (simple !== null) return simple;
  const numeric = NUMERIC_DATE.exec(body);
  if (numeric) {
    const [, first, , second, third] = numeric as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    return numericParts(
      Number(first),
      first.length,
      Number(second),
      Number(third),
      third.length,
      order,
    );
  }
  const compact = COMPACT_DATE.exec(body);
  if (compact) {
    return { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]) };
  }
  return namedMonthParts(body);
}

/**
 * Reads "30/11/2026" and its kin with no regular expression or allocation;
 * null when the text has more (a time) or another shape, for the full reading.
 */
function scanNumericDate(text: string, order: DateOrder): DateParts | undefined | null {
  const length = text.length;
  let at = 0;
  let first = 0;
  let second = 0;
  let third = 0;
  let firstWidth = 0;
  let thirdWidth = 0;
  let separator = -1;
  for (let part = 0; part < 3; part += 1) {
    let value = 0;
    const start = at;
    while (at < length) {
      const code = text.charCodeAt(at);
      if (code < 48 || code > 57) break;
      value = value * 10 + (code - 48);
      at += 1;
    }
    const width = at - start;
    if (width === 0 || width > 4) return null;
    if (part === 0) {
      first = value;
      firstWidth = width;
    } else if (part === 1) {
      if (width > 2) return null;
      second = value;
    } else {
      third = value;
      thirdWidth = width;
      break;
    }
    const code = text.charCodeAt(at);
    if (separator === -1) {
      if (code !== 47 && code !== 45 && code !== 46 && code !== 32) return null;
      separator = code;
    } else if (code !== separator) return null;
    at += 1;
  }
  if (at !== length) return null;
  return numericParts(first, firstWidth, second, third, thirdWidth, order);
}

function numericParts(
  first: number,
  firstWidth: number,
  second: number,
  third: number,
  thirdWidth: number,
  order: DateOrder,
): DateParts | undefined {
  if (firstWidth === 4) {
    if (thirdWidth > 2) return undefined;
    return { year: first, month: second, day: third };
  }
  if (firstWidth > 2) return undefined;
  const year = fullYear(third, thirdWidth);
  if (year === undefined) return undefined;
  return order === 'mdy'
    ? { year, month: first, day: second }
    : { year, month: second, day: first };
}

/** Four-digit years as written; two-digit ones 00-69 in the 2000s, 70-99 in the 1900s. */
function fullYear(value: number, width: number): number | undefined {
  if (width === 4) return value;
  if (width !== 2) return undefined;
  return value < 70 ? 2000 + value : 1900 + value;
}

/** '30 nov. 2026', '1er décembre 2026', 'Nov 30, 2026', 'Mon, 30-Nov-26 10:00'. */
// Limitation: dates written with a month name are read only as day-month-year or
// month-day-year with nothing else around them ("le 30 novembre 2026 à 10h" is not read).
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
  const year = fullYear(Number(yearText), yearText.length);
  return year === undefined ? undefined : { year, month, day: Number(dayText) };
}
