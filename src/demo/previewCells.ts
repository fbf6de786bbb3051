import {
  civilDayFromExcelSerial,
  civilDayFromUtcDate,
  civilDayToIso,
} from '../engine/dates/civilDay';
import type { CellGrid, CellValue } from '../engine/grid/cellGrid';

/** How many rows of each written sheet the demo shows. */
export const PREVIEW_ROWS = 50;

/**
 * The rows of a grid as the texts a preview table shows: dates (date cells
 * or serials in a date format) as YYYY-MM-DD, other values as they are.
 */
export function previewRows(grid: CellGrid): string[][] {
  const width = Math.max(0, ...grid.values.map((row) => row.length));
  return grid.values.map((row, r) =>
    Array.from({ length: width }, (_unused, c) =>
      cellText(row[c] ?? null, grid.numberFormats?.[r]?.[c], grid.date1904),
    ),
  );
}

function cellText(value: CellValue, format: string | undefined, date1904: boolean): string {
  if (value === null) return '';
  if (value instanceof Date) {
    const day = civilDayFromUtcDate(value);
    return day === undefined ? '' : civilDayToIso(day);
  }
  if (typeof value === 'number' && format !== undefined) {
    if (isDateFormat(format)) {
      const day = civilDayFromExcelSerial(value, date1904);
      if (day !== undefined) return civilDayToIso(day);
    }
    if (/%/.test(format.replace(/"[^"]*"/g, ''))) return `${(value * 100).toFixed(1)}%`;
  }
  return String(value);
}

function isDateFormat(format: string): boolean {
  // Quoted text and colours are not date codes: "days" or [Red] must not count.
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  return /[dy]/i.test(codes) || /m{3,}/i.test(codes);
}
