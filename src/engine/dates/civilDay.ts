/**
 * A calendar day with no time and no time zone, counted in days since
 * 1970-01-01. Two ledgers read on machines in Paris and in Nouméa give the
 * same `CivilDay` for the same cell, and the difference of two days is a
 * plain subtraction.
 */
export type CivilDay = number & { readonly __brand: 'CivilDay' };

/** A calendar day written `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const MS_PER_DAY = 86_400_000;

/** Excel serial 25569 is 1970-01-01 in the 1900 date system. */
const EXCEL_1900_EPOCH_OFFSET = 25_569;
/** The 1904 date system counts from 1904-01-01: 1462 days later. */
const EXCEL_1904_SHIFT = 1_462;

/**
 * Builds a calendar day from its parts, or `undefined` when the parts do not
 * name a real day (31 February, month 13...).
 *
 * @example
 * civilDayFromParts(2026, 2, 28) // 20512
 * civilDayFromParts(2026, 2, 31) // undefined
 */
export function civilDayFromParts(year: number, month: number, day: number): CivilDay | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    return undefined;
  }
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
    return undefined;
  }
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear undoes that.
  check.setUTCFullYear(year);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(check.getTime() / MS_PER_DAY) as CivilDay;
}

/**
 * The year, month (1-12) and day of a calendar day.
 *
 * @example
 * civilDayToParts(civilDayFromParts(2026, 11, 30)!) // { year: 2026, month: 11, day: 30 }
 */
export function civilDayToParts(day: CivilDay): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Writes a calendar day as `YYYY-MM-DD`.
 *
 * @example
 * civilDayToIso(civilDayFromParts(2026, 11, 30)!) // '2026-11-30'
 */
export function civilDayToIso(day: CivilDay): IsoDate {
  const parts = civilDayToParts(day);
  const yyyy = String(parts.year).padStart(4, '0');
  const mm = String(parts.month).padStart(2, '0');
  const dd = String(parts.day).padStart(2, '0');
  return `${yyyy}-${mm}-${dd}` as IsoDate;
}

/**
 * Reads a strict `YYYY-MM-DD` string, or gives `undefined`.
 *
 * @example
 * civilDayFromIso('2026-11-30') // 20787
 * civilDayFromIso('2026-11-31') // undefined
 */
export function civilDayFromIso(text: string): CivilDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return civilDayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The calendar day an Excel date serial stands for. The fraction (a time of
 * day) is dropped. Serials below 1 or past 9999-12-31 give `undefined`.
 *
 * In the 1900 system Excel counts a 29 February 1900 that never was (serial
 * 60), so serials 1-59 are one day later than a plain count would say.
 *
 * @example
 * civilDayFromExcelSerial(46356, false) // 2026-11-30
 * civilDayFromExcelSerial(44894, true)  // 2026-11-30 in a 1904 workbook
 */
export function civilDayFromExcelSerial(serial: number, date1904: boolean): CivilDay | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < 1 && !date1904) return undefined;
  if (whole < 0) return undefined;
  let days: number;
  if (date1904) {
    days = whole + EXCEL_1904_SHIFT - EXCEL_1900_EPOCH_OFFSET;
  } else if (whole < 60) {
    days = whole + 1 - EXCEL_1900_EPOCH_OFFSET;
  } else if (whole === 60) {
    // 1900-02-29 does not exist; Excel shows it, we read it as 1 March.
    days = 61 - EXCEL_1900_EPOCH_OFFSET;
  } else {
    days = whole - EXCEL_1900_EPOCH_OFFSET;
  }
  if (days > MAX_CIVIL_DAY) return undefined;
  return days as CivilDay;
}

/**
 * The Excel serial (1900 system unless `date1904`) of a calendar day.
 *
 * @example
 * civilDayToExcelSerial(civilDayFromIso('2026-11-30')!) // 46356
 */
export function civilDayToExcelSerial(day: CivilDay, date1904 = false): number {
  if (date1904) return day + EXCEL_1900_EPOCH_OFFSET - EXCEL_1904_SHIFT;
  const serial = day + EXCEL_1900_EPOCH_OFFSET;
  return serial <= 60 ? serial - 1 : serial;
}

/**
 * The calendar day of a JavaScript `Date` read in UTC, which is how
 * spreadsheet libraries hand over date cells (midnight UTC of that day).
 * Undefined for an invalid `Date`.
 *
 * @example
 * civilDayToIso(civilDayFromUtcDate(new Date(Date.UTC(2026, 10, 30)))!) // '2026-11-30'
 * civilDayFromUtcDate(new Date('not a date'))                           // undefined
 */
export function civilDayFromUtcDate(date: Date): CivilDay | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  return Math.floor(time / MS_PER_DAY) as CivilDay;
}

/**
 * Today as the person at the machine sees it on the wall calendar: the
 * local date, whatever the time zone.
 *
 * @example
 * civilDayToIso(todayCivilDay(new Date(2026, 11, 3, 23, 30))) // '2026-12-03' in every zone
 */
export function todayCivilDay(now: Date = new Date()): CivilDay {
  return civilDayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as CivilDay;
}

/**
 * Adds whole days to a calendar day; a negative amount goes back.
 *
 * @example
 * civilDayToIso(addCivilDays(civilDayFromIso('2026-11-30')!, 1))   // '2026-12-01'
 * civilDayToIso(addCivilDays(civilDayFromIso('2026-03-01')!, -1))  // '2026-02-28'
 */
export function addCivilDays(day: CivilDay, amount: number): CivilDay {
  return (day + amount) as CivilDay;
}

/** The last day a spreadsheet can hold: 9999-12-31. */
export const MAX_CIVIL_DAY = 2_932_896;
