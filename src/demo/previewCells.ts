import {
  civilDayFromExcelSerial,
  civilDayFromUtcDate,
  civilDayToParts,
  type CivilDay,
} from '../engine/dates/civilDay';
import type { CellGrid, CellValue } from '../engine/grid/cellGrid';
import type { Language } from '../engine/ledger/types';
import { localeOf } from '../taskpane/i18n/language';

/** How many rows of each written sheet the demo shows. */
export const PREVIEW_ROWS = 50;

/** One cell of the preview: its text, and whether it is a number (right-aligned, as Excel does). */
export interface PreviewCell {
  text: string;
  numeric: boolean;
}

// Limitation: the preview writes numbers and dates the way the pane's language does, from a
// few kinds of number format (dates, percentages, decimals); it does not render Excel's format
// codes, so a custom format (colours, "days" suffixes) shows as a plain number.

/**
 * The rows of a grid as a preview table shows them, in the pane's language:
 * dates (date cells or serials in a date format) as the language writes a
 * day, percentages and amounts with its decimal sign and digit grouping.
 */
export function previewRows(grid: CellGrid, language: Language = 'en'): PreviewCell[][] {
  const width = Math.max(0, ...grid.values.map((row) => row.length));
  const locale = localeOf(language);
  return grid.values.map((row, r) =>
    Array.from({ length: width }, (_unused, c) =>
      previewCell(row[c] ?? null, grid.numberFormats?.[r]?.[c], grid.date1904, locale),
    ),
  );
}

function previewCell(
  value: CellValue,
  format: string | undefined,
  date1904: boolean,
  locale: string,
): PreviewCell {
  if (value === null) return { text: '', numeric: false };
  if (value instanceof Date) {
    const day = civilDayFromUtcDate(value);
    return { text: day === undefined ? '' : dayText(day, locale), numeric: true };
  }
  if (typeof value !== 'number') return { text: String(value), numeric: false };

  const codes = format?.replace(/"[^"]*"|\[[^\]]*\]/g, '') ?? '';
  if (/[dy]/i.test(codes) || /m{3,}/i.test(codes)) {
    const day = civilDayFromExcelSerial(value, date1904);
    if (day !== undefined) return { text: dayText(day, locale), numeric: true };
  }
  const style: Intl.NumberFormatOptions = codes.includes('%')
    ? { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }
    : /0\.00/.test(codes)
      ? { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: codes.includes(',') }
      : { maximumFractionDigits: 10, useGrouping: false };
  return { text: new Intl.NumberFormat(locale, style).format(value), numeric: true };
}

function dayText(day: CivilDay, locale: string): string {
  const { year, month, day: dayOfMonth } = civilDayToParts(day);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, dayOfMonth),
  );
}
