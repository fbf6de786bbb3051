import type { CellValue } from '../grid/cellGrid';
import { CURRENCY_WORDS } from './currencyMarks';

const CODE = /^[A-Za-z]{3}$/;

/**
 * Reads a currency cell as an upper-case ISO 4217 code, or `undefined` when
 * the cell names no currency. Three-letter codes, signs (€, $, £) and words
 * such as 'euro(s)' are understood.
 *
 * @example
 * parseCurrency('eur')    // 'EUR'
 * parseCurrency('€')      // 'EUR'
 * parseCurrency('Euros')  // 'EUR'
 * parseCurrency('E')      // undefined
 */
export function parseCurrency(value: CellValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (CODE.test(text)) return text.toUpperCase();
  const word = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
  return CURRENCY_WORDS.get(word);
}
