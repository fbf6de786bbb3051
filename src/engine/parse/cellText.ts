import type { CellValue } from '../grid/cellGrid';

/**
 * A cell as trimmed text, or `undefined` when it is blank. Whole numbers are
 * written without a decimal part, so a numeric customer code 411001 reads
 * '411001' (never '411001.0'); booleans read TRUE/FALSE and dates YYYY-MM-DD.
 *
 * @example
 * cellText('  Dupont SA ') // 'Dupont SA'
 * cellText(411001)         // '411001'
 * cellText('   ')          // undefined
 */
export function cellText(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? undefined : text;
  }
  return rawCellText(value);
}

/**
 * A cell exactly as found, as text: strings untouched, '' for a blank cell.
 * This is what a rejected row reports as its value.
 *
 * @example
 * rawCellText(' 31/02/2026') // ' 31/02/2026'
 * rawCellText(12.5)          // '12.5'
 * rawCellText(null)          // ''
 */
export function rawCellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return dateText(value);
}

/**
 * True for a cell with nothing in it: null, or text made only of spaces.
 *
 * @example
 * isBlankCell('  ') // true
 * isBlankCell(0)    // false
 */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  if (value === '') return true;
  return value.trim() === '';
}

/** Whole numbers below 1e21 print without a decimal part or exponent already. */
function numberText(value: number): string {
  return String(value);
}

function dateText(value: Date): string {
  const time = value.getTime();
  if (Number.isNaN(time)) return 'Invalid Date';
  return value.toISOString().slice(0, 10);
}
