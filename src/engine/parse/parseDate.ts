import {
  civilDayFromExcelSerial,
  civilDayFromUtcDate,
  MAX_CIVIL_DAY,
  type CivilDay,
} from '../dates/civilDay';
import type { CellValue } from '../grid/cellGrid';
import type { DateOrder } from '../ledger/fields';
import { textDateParts } from './dateParts';
import { dayNumber } from './dayNumber';

export interface ParseDateOptions {
  /** The workbook counts serials from 1904. */
  date1904: boolean;
  /** How 03/04/2026 is read; default 'dmy'. ISO year-month-day is always understood. */
  dateOrder?: DateOrder;
}

/** Serials a ledger date can plausibly have: 1950-01-01 to 2199-12-31 (1900 system). */
const MIN_PLAUSIBLE_SERIAL = 18_264;
const MAX_PLAUSIBLE_SERIAL = 109_574;
const DATE_1904_SHIFT = 1_462;

/**
 * Reads a date cell as a calendar day, or `undefined` when it holds no date.
 *
 * - numbers are Excel serials (1904 system when `date1904`), read only within
 *   1950-2199 so that an amount or a code in a date column is not taken for a
 *   date; 8-digit numbers such as 20261130 are read as YYYYMMDD;
 * - a `Date` is the UTC day it holds;
 * - text: day/month/year (or month/day/year with `dateOrder: 'mdy'`) with
 *   `/`, `-`, `.` or a space, two-digit years 00-69 as 2000s and 70-99 as
 *   1900s, ISO `YYYY-MM-DD` always, an optional time after the date, and
 *   month names in French or English ('30 nov. 2026', 'Nov 30, 2026').
 *
 * The result never depends on the machine's time zone.
 *
 * @example
 * parseDate(46356, { date1904: false })                        // 2026-11-30
 * parseDate('30/11/2026', { date1904: false })                 // 2026-11-30
 * parseDate('11/30/2026', { date1904: false, dateOrder: 'mdy' }) // 2026-11-30
 * parseDate('31/02/2026', { date1904: false })                 // undefined
 */
export function parseDate(
  value: CellValue | undefined,
  options: ParseDateOptions,
): CivilDay | undefined {
  if (typeof value === 'number') return dateFromNumber(value, options.date1904);
  if (typeof value === 'string') {
    const parts = textDateParts(value, options.dateOrder ?? 'dmy');
    return parts && dayNumber(parts.year, parts.month, parts.day);
  }
  if (value instanceof Date) {
    const day = civilDayFromUtcDate(value);
    if (day === undefined || day > MAX_CIVIL_DAY || day < MIN_CIVIL_DAY) return undefined;
    return day;
  }
  return undefined;
}

/** 0001-01-01, the first day a calendar day can be. */
const MIN_CIVIL_DAY = -719_162;

function dateFromNumber(value: number, date1904: boolean): CivilDay | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (value >= 19_000_101 && value <= 29_991_231 && Number.isInteger(value)) {
    const year = Math.floor(value / 10_000);
    return dayNumber(year, Math.floor(value / 100) % 100, value % 100);
  }
  const serial1900 = date1904 ? value + DATE_1904_SHIFT : value;
  if (serial1900 < MIN_PLAUSIBLE_SERIAL || serial1900 >= MAX_PLAUSIBLE_SERIAL + 1) return undefined;
  return civilDayFromExcelSerial(value, date1904);
}

/**
 * True when a number would be read as a date by {@link parseDate}.
 *
 * @example
 * isPlausibleDateNumber(46356, false) // true
 * isPlausibleDateNumber(12.5, false)  // false
 */
export function isPlausibleDateNumber(value: number, date1904: boolean): boolean {
  return dateFromNumber(value, date1904) !== undefined;
}
