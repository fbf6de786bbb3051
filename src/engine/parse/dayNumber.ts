import type { CivilDay } from '../dates/civilDay';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The same day number as `civilDayFromParts`, by arithmetic alone (no `Date`
 * object), for the million-row loop: days since 1970-01-01, or `undefined`
 * when the parts name no real day in years 1-9999.
 *
 * @example
 * dayNumber(2026, 2, 28) // 20512
 * dayNumber(2026, 2, 29) // undefined
 */
export function dayNumber(year: number, month: number, day: number): CivilDay | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > monthDays) return undefined;

  // Counting years from March puts the leap day last, so the month offsets are regular.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) as CivilDay;
}
